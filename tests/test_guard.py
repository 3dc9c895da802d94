"""Input guards (bot/guard.py) and the guarded REST channel (bot/channels/rest.py).

The channel runs in a real Sanic server registered the way Rasa does it, with a fake agent
standing in for Rasa (no model needed)."""
import asyncio
import json
import socket
import uuid
from typing import Any, Awaitable, Callable, List, Optional

import aiohttp
import pytest
import pytest_asyncio
from rasa.core.channels.channel import register
from rasa.shared.exceptions import RasaException
from sanic import Sanic

from bot.channels.rest import GuardedRestInput, set_action_timeout
from bot.guard import (
    UNAVAILABLE_TEXT,
    ChatRequest,
    RateLimiter,
    RequestError,
    clean_text,
    is_json_content_type,
    over_cap,
    parse_chat_request,
    rate_limited_text,
    too_long_text,
)

JSON = "application/json"


# ------------------------------------------------------------------ token bucket


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_bucket_allows_the_burst_then_refuses_with_the_wait():
    clock = Clock()
    limiter = RateLimiter(per_minute=30, clock=clock)
    assert all(limiter.check("a")[0] for _ in range(30))
    allowed, retry_after = limiter.check("a")
    assert not allowed
    assert retry_after == pytest.approx(2.0)  # 30/min = one token every 2 s
    assert limiter.check("b") == (True, 0.0)  # other senders are not affected


def test_bucket_refills_at_the_configured_rate_up_to_the_burst():
    clock = Clock()
    limiter = RateLimiter(per_minute=60, burst=5, clock=clock)
    for _ in range(5):
        assert limiter.check("a")[0]
    assert not limiter.check("a")[0]
    clock.now += 1.0  # one token
    assert limiter.check("a")[0]
    assert not limiter.check("a")[0]
    clock.now += 3600  # never more than the burst
    assert sum(limiter.check("a")[0] for _ in range(10)) == 5


def test_refused_messages_do_not_spend_tokens():
    clock = Clock()
    limiter = RateLimiter(per_minute=60, burst=1, clock=clock)
    assert limiter.check("a")[0]
    for _ in range(100):
        assert not limiter.check("a")[0]
    clock.now += 1.0
    assert limiter.check("a")[0]


def test_bucket_memory_is_bounded_least_recently_used_first():
    clock = Clock()
    limiter = RateLimiter(per_minute=1, burst=1, max_senders=100, clock=clock)
    for n in range(10_000):
        limiter.check(f"sender-{n}")
    assert len(limiter) == 100
    assert not limiter.check("sender-9999")[0]  # recent: still remembered (empty bucket)
    assert limiter.check("sender-0")[0]  # dropped long ago: a new, full bucket


def test_bucket_rejects_nonsense_settings():
    for kwargs in ({"per_minute": 0}, {"per_minute": -1}, {"per_minute": 10, "burst": 0.5},
                   {"per_minute": 10, "max_senders": 0}):
        with pytest.raises(ValueError):
            RateLimiter(**kwargs)


# ------------------------------------------------------------------ validation


def body(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def test_a_valid_request_is_parsed():
    chat = parse_chat_request("application/json; charset=utf-8",
                              body({"sender": "u1", "message": "你好", "metadata": {"k": 1}}))
    assert chat == ChatRequest(sender="u1", message="你好", metadata={"k": 1})
    assert parse_chat_request(JSON, body({"sender": 12, "message": ""})) == ChatRequest("12", "")


@pytest.mark.parametrize("content_type, raw, fragment", [
    ("text/plain", body({"sender": "u", "message": "hi"}), "Content-Type"),
    ("application/x-www-form-urlencoded", b"sender=u&message=hi", "Content-Type"),
    (None, body({"sender": "u", "message": "hi"}), "Content-Type"),
    (JSON, b"{bad json", "not valid JSON"),
    (JSON, b"\xff\xfe\x00", "not valid JSON"),
    (JSON, b"", "not valid JSON"),
    (JSON, b"[" * 100_000 + b"]" * 100_000, "not valid JSON"),
    (JSON, body(["sender", "message"]), "JSON object"),
    (JSON, body("hello"), "JSON object"),
    (JSON, body({"message": "hi"}), "sender"),
    (JSON, body({"sender": "", "message": "hi"}), "sender"),
    (JSON, body({"sender": "   ", "message": "hi"}), "sender"),
    (JSON, body({"sender": None, "message": "hi"}), "sender"),
    (JSON, body({"sender": True, "message": "hi"}), "sender"),
    (JSON, body({"sender": ["u"], "message": "hi"}), "sender"),
    (JSON, body({"sender": "u" * 256, "message": "hi"}), "255"),
    (JSON, body({"sender": "u\x00v", "message": "hi"}), "control"),
    (JSON, body({"sender": "u"}), "message"),
    (JSON, body({"sender": "u", "message": None}), "message"),
    (JSON, body({"sender": "u", "message": 5}), "message"),
    (JSON, body({"sender": "u", "message": ["hi"]}), "message"),
    (JSON, body({"sender": "u", "message": {"text": "hi"}}), "message"),
    (JSON, body({"sender": "u", "message": "hi", "metadata": "x"}), "metadata"),
])
def test_bad_requests_are_400_with_a_reason(content_type, raw, fragment):
    result = parse_chat_request(content_type, raw)
    assert isinstance(result, RequestError)
    assert result.status == 400
    assert fragment in result.message


def test_json_content_types():
    assert is_json_content_type("application/json")
    assert is_json_content_type("Application/JSON; charset=UTF-8")
    assert is_json_content_type("application/vnd.api+json")
    assert not is_json_content_type("text/json-ish")
    assert not is_json_content_type("")


def test_control_characters_and_lone_surrogates_are_cleaned():
    assert clean_text("a\x00b\x07c\x1bd\x7fe\x85f") == "a b c d e f"
    assert clean_text("line 1\nline 2\tend") == "line 1\nline 2\tend"
    assert clean_text("x\ud800y") == "x\ufffdy"
    chat = parse_chat_request(JSON, b'{"sender": "u", "message": "a\\u0000b\\ud83dc"}')
    assert chat.message == "a b\ufffdc"


def test_cap_counts_characters_without_surrounding_space():
    assert not over_cap("身" * 2000, 2000)
    assert over_cap("身" * 2001, 2000)
    assert not over_cap("  " + "a" * 2000 + "\n\n", 2000)


def test_polite_texts():
    assert "2000字以内" in too_long_text(2000) and "12345" in too_long_text(2000)
    assert "3秒" in rate_limited_text(2.1) and "1秒" in rate_limited_text(0.01)
    assert "12345" in UNAVAILABLE_TEXT


# ------------------------------------------------------------------ the channel over HTTP


Behaviour = Callable[[Any], Awaitable[Optional[str]]]


class FakeAgent:
    """Stands in for Rasa's Agent: register() calls app.ctx.agent.handle_message."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.messages: List[Any] = []

    async def handle_message(self, message: Any) -> None:
        self.messages.append(message)
        reply = await self.behaviour(message)
        if reply is not None:
            await message.output_channel.send_text_message(message.sender_id, reply)


async def echo(message: Any) -> str:
    return f"您说：{message.text}"


class Client:
    def __init__(self, url: str, agent: FakeAgent) -> None:
        self.url, self.agent = url, agent
        self.session = aiohttp.ClientSession()

    async def post(self, data: Any, content_type: str = JSON, params: Any = None):
        raw = data if isinstance(data, bytes) else body(data)
        async with self.session.post(self.url, data=raw, params=params,
                                     headers={"Content-Type": content_type}) as r:
            text = await r.text()
            try:
                parsed = json.loads(text)
            except ValueError:
                parsed = text
            return r.status, parsed, r.headers


@pytest_asyncio.fixture
async def start():
    """start(behaviour, **channel settings) → Client of a running Sanic server."""
    servers, clients = [], []

    async def _start(behaviour: Behaviour = echo, **settings: Any) -> Client:
        settings.setdefault("action_timeout_seconds", None)  # leave Rasa's global alone
        channel = GuardedRestInput(**settings)
        Sanic.test_mode = True
        app = Sanic(f"rest_test_{uuid.uuid4().hex[:12]}")
        agent = FakeAgent(behaviour)
        app.ctx.agent = agent
        register([channel], app, route="/webhooks/")
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = await app.create_server(sock=sock, return_asyncio_server=True, access_log=False)
        await server.startup()
        await server.start_serving()
        servers.append(server)
        client = Client(f"http://127.0.0.1:{port}/webhooks/rest/webhook", agent)
        clients.append(client)
        return client

    yield _start
    for client in clients:
        await client.session.close()
    for server in servers:
        server.close()
        await server.wait_closed()


@pytest.mark.asyncio
async def test_a_message_is_answered_like_rasas_rest_channel(start):
    client = await start()
    status, replies, _ = await client.post({"sender": "u1", "message": "你好"})
    assert status == 200
    assert replies == [{"recipient_id": "u1", "text": "您说：你好"}]
    message = client.agent.messages[0]
    assert (message.sender_id, message.text, message.input_channel) == ("u1", "你好", "rest")


@pytest.mark.asyncio
async def test_bad_requests_get_400_json_and_reach_nobody(start):
    client = await start()
    for data, content_type in [
        (b"{bad", JSON), (body({"sender": "u", "message": "hi"}), "text/plain"),
        (body({"message": "hi"}), JSON), (body({"sender": "", "message": "hi"}), JSON),
        (body({"sender": "u", "message": 42}), JSON), (body([1, 2]), JSON),
    ]:
        status, reply, headers = await client.post(data, content_type)
        assert status == 400, data
        assert isinstance(reply, dict) and reply["error"]
        assert headers["Content-Type"].startswith("application/json")
    assert client.agent.messages == []


@pytest.mark.asyncio
async def test_a_huge_body_is_413_without_being_read_whole(start):
    client = await start(max_body_bytes=64 * 1024)
    status, reply, _ = await client.post({"sender": "u", "message": "身" * 100_000})
    assert status == 413 and "error" in reply
    assert client.agent.messages == []


@pytest.mark.asyncio
async def test_an_over_long_message_gets_a_polite_reply_and_is_not_processed(start):
    client = await start(max_message_chars=2000)
    status, replies, _ = await client.post({"sender": "u", "message": "身" * 2001})
    assert status == 200
    assert len(replies) == 1 and replies[0]["recipient_id"] == "u"
    assert "消息太长了" in replies[0]["text"] and "2000字以内" in replies[0]["text"]
    assert client.agent.messages == []
    status, replies, _ = await client.post({"sender": "u", "message": "身" * 2000})
    assert status == 200 and replies[0]["text"].startswith("您说")


@pytest.mark.asyncio
async def test_an_over_long_message_telling_a_danger_gets_its_answer_first(start):
    """A 2,500-character story of unpaid wages ending 我真的不想活了，药都准备好了: only "消息太长了" (r54 QA)."""
    client = await start(max_message_chars=2000)
    story = "老板拖欠工资，" * 350 + "我真的不想活了，药都准备好了"
    status, replies, _ = await client.post({"sender": "u", "message": story})
    assert status == 200 and len(replies) == 2 and client.agent.messages == []
    assert "12356" in replies[0]["text"] and "消息太长了" in replies[1]["text"]


@pytest.mark.asyncio
async def test_over_the_rate_a_sender_gets_429_with_a_polite_reply(start):
    client = await start(rate_limit_per_minute=5)
    for n in range(5):
        status, _, _ = await client.post({"sender": "fast", "message": f"第{n}条"})
        assert status == 200
    status, replies, headers = await client.post({"sender": "fast", "message": "再来"})
    assert status == 429
    assert "太频繁" in replies[0]["text"] and replies[0]["recipient_id"] == "fast"
    assert int(headers["Retry-After"]) >= 1
    assert len(client.agent.messages) == 5
    status, _, _ = await client.post({"sender": "someone-else", "message": "你好"})
    assert status == 200


@pytest.mark.asyncio
async def test_no_reply_becomes_an_apology_with_the_hotline(start):
    async def silent(message: Any) -> None:
        return None

    client = await start(silent)
    status, replies, _ = await client.post({"sender": "u", "message": "要带什么"})
    assert status == 200
    assert replies == [{"recipient_id": "u", "text": UNAVAILABLE_TEXT}]


@pytest.mark.asyncio
async def test_a_failure_inside_rasa_becomes_an_apology_not_a_500(start):
    async def broken(message: Any) -> None:
        raise RuntimeError("tracker store on fire")

    client = await start(broken)
    status, replies, _ = await client.post({"sender": "u", "message": "要带什么"})
    assert status == 200 and "12345" in replies[-1]["text"]


@pytest.mark.asyncio
async def test_a_slow_turn_gets_the_apology_in_time_and_still_finishes(start):
    finished = asyncio.Event()

    async def slow(message: Any) -> str:
        await asyncio.sleep(1.0)
        finished.set()
        return "late"

    client = await start(slow, reply_timeout_seconds=0.2)
    loop = asyncio.get_running_loop()
    started = loop.time()
    status, replies, _ = await client.post({"sender": "u", "message": "要带什么"})
    assert status == 200 and replies[-1]["text"] == UNAVAILABLE_TEXT
    assert loop.time() - started < 0.9
    await asyncio.wait_for(finished.wait(), 3)  # the turn was not cancelled half-way


@pytest.mark.asyncio
async def test_stream_option_still_works(start):
    client = await start()
    async with client.session.post(client.url, params={"stream": "true"}, data=body({"sender": "s", "message": "hi"}),
                                   headers={"Content-Type": JSON}) as r:
        assert r.status == 200
        lines = [json.loads(line) for line in (await r.text()).splitlines() if line.strip()]
    assert lines == [{"recipient_id": "s", "text": "您说：hi"}]


@pytest.mark.asyncio
async def test_health_route(start):
    client = await start()
    async with client.session.get(client.url.rsplit("/", 1)[0] + "/") as r:
        assert r.status == 200 and (await r.json()) == {"status": "ok"}


def test_settings_from_credentials_yml():
    import rasa.core.actions.action as rasa_action

    before = rasa_action.DEFAULT_REQUEST_TIMEOUT
    try:
        channel = GuardedRestInput.from_credentials({"max_message_chars": 2000, "rate_limit_per_minute": 30})
        assert channel.name() == "rest"
        assert channel.max_message_chars == 2000
        assert channel.limiter.per_minute == 30 and channel.limiter.burst == 30
        assert channel.reply_timeout == 20 and rasa_action.DEFAULT_REQUEST_TIMEOUT == 10
        for bad in ({"max_message_chars": "lots"}, {"rate_limit_per_minute": 0}, {"max_message_chars": 0}):
            with pytest.raises(RasaException):
                GuardedRestInput.from_credentials(bad)
    finally:
        set_action_timeout(before)


def test_action_timeout_replaces_rasas_five_minutes():
    import rasa.core.actions.action as rasa_action

    before = rasa_action.DEFAULT_REQUEST_TIMEOUT
    try:
        GuardedRestInput.from_credentials({"action_timeout_seconds": 7})
        assert rasa_action.DEFAULT_REQUEST_TIMEOUT == 7
    finally:
        set_action_timeout(before)


REPLIES = [
    {"events": [], "responses": [{"text": "好"}]},
    {"events": [{"event": "slot", "name": "service_item", "value": "x", "timestamp": None},
                {"event": "bot", "text": "好", "data": {"buttons": []}},
                {"event": "followup", "name": "action_listen"}], "responses": []},
    {"events": "not a list"},
    {"events": [{"event": "slot", "name": 3}]},                  # slot name must be a string
    {"events": [{"event": "no_such_event"}]},
    {"events": [{"name": "x"}]},                                  # no event type
    {"events": [{"event": "bot", "timestamp": "yesterday"}]},
    {"responses": "no"},
    {"events": [{"event": "user", "text": "hi", "parse_data": {"intent": {"name": 1}}}]},
    [],
]


def test_fast_action_result_validator_accepts_exactly_what_rasas_schema_accepts():
    import pytest
    from jsonschema import ValidationError, validate
    from rasa.core.actions.action import RemoteAction
    from rasa.utils.endpoints import EndpointConfig

    from bot.rasa_patches import use_fast_action_result_validator

    use_fast_action_result_validator()
    action = RemoteAction("action_answer", EndpointConfig("http://localhost:1/webhook"))
    for reply in REPLIES:
        try:
            validate(reply, RemoteAction.action_response_format_spec())
            valid = True
        except ValidationError:
            valid = False
        if valid:
            assert action._validate_action_result(reply), reply
        else:
            with pytest.raises(ValidationError, match="Failed to validate Action server response"):
                action._validate_action_result(reply)


def test_action_calls_with_send_events_turn_carry_the_turn_and_the_whole_state():
    """`send_events: turn`: the events from the latest user message on; what our actions read
    (slots, latest message) is the same as in Rasa's full payload; without it, Rasa's payload."""
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.domain import Domain
    from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker
    from rasa.utils.endpoints import EndpointConfig
    from rasa_sdk import Tracker

    from actions.actions import turn_from_tracker
    from bot.rasa_patches import turn_events, use_turn_events_for_actions

    domain = Domain.from_yaml("""
version: "3.1"
intents: [ask_fee, ask_guide]
slots:
  service_item: {type: text, mappings: [{type: custom}]}
actions: [action_answer]
""")
    parse = {"intent": {"name": "ask_fee", "confidence": 1.0}, "entities": [], "service_items": [{"id": "a.b"}]}
    tracker = DialogueStateTracker.from_events("s", [
        ActionExecuted("action_listen"), UserUttered("身份证怎么办", {"name": "ask_guide", "confidence": 1.0}),
        ActionExecuted("action_answer"), SlotSet("service_item", "gongan.sfz.lost"), BotUttered("…"),
        ActionExecuted("action_listen"), UserUttered("要钱吗", parse_data=parse),
    ], slots=domain.slots)
    full = RemoteAction("action_answer", EndpointConfig("http://localhost:1/webhook"))._action_call_format(tracker, domain)
    use_turn_events_for_actions()
    unchanged = RemoteAction("action_answer", EndpointConfig("http://localhost:1/webhook"))
    assert unchanged._action_call_format(tracker, domain) == full
    turn = RemoteAction("action_answer", EndpointConfig("http://localhost:1/webhook", send_events="turn"))
    trimmed = turn._action_call_format(tracker, domain)
    # (and the last answer, said again on request: 刚才说的再说一遍; r85 QA: "没有完全理解", not the answer again)
    assert [e["event"] for e in trimmed["tracker"]["events"]] == ["user", "bot", "user"]
    assert [e["text"] for e in trimmed["tracker"]["events"]] == ["身份证怎么办", "…", "要钱吗"]
    assert {k: v for k, v in trimmed["tracker"].items() if k != "events"} == \
        {k: v for k, v in full["tracker"].items() if k != "events"}
    assert {k: v for k, v in trimmed.items() if k != "tracker"} == {k: v for k, v in full.items() if k != "tracker"}
    seen = turn_from_tracker(Tracker.from_dict(trimmed["tracker"]))
    assert seen == turn_from_tracker(Tracker.from_dict(full["tracker"]))
    assert seen.item == "gongan.sfz.lost" and seen.text == "要钱吗" and seen.candidates == [{"id": "a.b"}]
    assert seen.before == "身份证怎么办" and seen.said_last == [{"text": "…", "buttons": []}]
    assert turn_events([ActionExecuted("action_listen")]) == [ActionExecuted("action_listen")]


def test_kept_event_types_resolve_like_rasa():
    import pytest
    from rasa.shared.core.events import Event, SlotSet, UserUttered
    from rasa.shared.utils.common import all_subclasses

    from bot.rasa_patches import use_kept_event_types

    def rasa_lookup(name):
        return next((c for c in all_subclasses(Event) if c.type_name == name), None)

    names = sorted({c.type_name for c in all_subclasses(Event)})
    use_kept_event_types()
    for _ in range(2):   # the first round fills the cache, the second reads it
        assert all(Event.resolve_by_type(n) is rasa_lookup(n) for n in names)
    assert Event.resolve_by_type("slot") is SlotSet and Event.resolve_by_type("user") is UserUttered
    assert Event.resolve_by_type("no such event", default=SlotSet) is SlotSet
    assert Event.resolve_by_type("topic") is None
    with pytest.raises(ValueError, match="Unknown event name 'no such event'"):
        Event.resolve_by_type("no such event")
    assert Event.from_parameters({"event": "slot", "name": "a", "value": 1}) == SlotSet("a", 1)


def test_endpoint_requests_reuse_one_connection_and_survive_a_closed_one():
    """Keep-alive to the action server; a connection the server closed is retried."""
    import asyncio

    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    from bot.rasa_patches import use_kept_endpoint_sessions

    use_kept_endpoint_sessions()
    peers = []

    async def handler(request):
        peers.append(request.transport.get_extra_info("peername"))
        return web.json_response({"ok": len(peers)})

    async def scenario():
        app = web.Application()
        app.router.add_post("/webhook", handler)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]
        endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook")
        first = await endpoint.request(json={"a": 1})
        second = await endpoint.request(json={"a": 2})
        assert (first, second) == ({"ok": 1}, {"ok": 2})
        assert peers[0] == peers[1]                       # the same TCP connection
        await runner.cleanup()                            # the server goes away ...
        runner = web.AppRunner(app)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", port).start()   # ... and comes back
        assert await endpoint.request(json={"a": 3}) == {"ok": 3}
        await runner.cleanup()
        await endpoint.__dict__["_kept_session"].close()

    asyncio.run(scenario())


def test_loaded_objects_are_frozen_out_of_garbage_collection_after_start():
    import asyncio
    import gc

    from bot.channels.rest import GuardedRestInput, freeze_loaded_objects

    bp = GuardedRestInput().blueprint(lambda message: None)
    assert any(listener.listener is freeze_loaded_objects and listener.event == "after_server_start"
               for listener in bp._future_listeners)
    try:
        asyncio.run(freeze_loaded_objects(None, None))
        assert gc.get_freeze_count() > 1000
    finally:
        gc.unfreeze()
