"""Security and robustness of the running assistant (scripts/run.sh, real processes, one
stack for the module, well under a minute): CORS from configuration, the REST guards, a bad
input matrix, per-conversation ordering under concurrency, and no ID / mobile / bank card
number in clear in the tracker store or the server logs (DEBUG level, so Rasa logs texts)."""
import asyncio
import json
import sqlite3
import time

import aiohttp
import pytest

from reliability.stack import JSON, Stack

ALLOWED_ORIGIN = "https://zwfw.example.gov.cn"
ID_NUMBER = "11010119900107123X"
ID_NUMBER_15 = "110101900307123"
MOBILE = "13812345678"
CARD = "6222021200091234"
CLEAR = (ID_NUMBER, ID_NUMBER_15, MOBILE, CARD, "6222 0212 0009 1234", "138 1234 5678")


@pytest.fixture(scope="module")
def stack(tmp_path_factory):
    with Stack(tmp_path_factory.mktemp("hardening"),
               {"RASA_CORS_ORIGINS": f"{ALLOWED_ORIGIN} https://other.example.gov.cn", "LOG_LEVEL": "DEBUG"}) as s:
        yield s


def webhook(stack, body, headers=None):
    """(status, reply, headers with lower-case names)."""
    status, reply, response_headers = stack.post("/webhooks/rest/webhook", body, headers)
    return status, reply, {k.lower(): v for k, v in response_headers.items()}


# ------------------------------------------------------------------ CORS


def test_cors_allows_only_the_configured_origins(stack):
    message = {"sender": "cors", "message": "你好"}
    status, _, headers = webhook(stack, message, {"Origin": ALLOWED_ORIGIN})
    assert status == 200
    assert headers.get("access-control-allow-origin") == ALLOWED_ORIGIN
    status, _, headers = webhook(stack, message, {"Origin": "https://other.example.gov.cn"})
    assert headers.get("access-control-allow-origin") == "https://other.example.gov.cn"
    status, _, headers = webhook(stack, message, {"Origin": "https://evil.example.com"})
    assert status == 200  # the request itself is fine (not a browser); the browser blocks it
    assert "access-control-allow-origin" not in headers


@pytest.mark.parametrize("origin, allowed", [(ALLOWED_ORIGIN, True), ("https://evil.example.com", False),
                                             ("null", False)])
def test_cors_preflight(stack, origin, allowed):
    import urllib.request

    request = urllib.request.Request(
        stack.base + "/webhooks/rest/webhook", method="OPTIONS",
        headers={"Origin": origin, "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "content-type"})
    with urllib.request.urlopen(request, timeout=10) as response:
        headers = {k.lower(): v for k, v in response.headers.items()}
    assert (headers.get("access-control-allow-origin") == origin) is allowed
    if not allowed:
        assert "access-control-allow-origin" not in headers


def test_http_api_still_needs_the_token(stack):
    status, _, _ = stack.post("/model/parse", {"text": "你好"})
    assert status == 401
    status, _, _ = stack.post("/conversations/x/messages", {"text": "hi", "sender": "user"})
    assert status == 401


# ------------------------------------------------------------------ guards and bad input

LONG = "我想问一下身份证怎么补办" * 1000  # 12,000 characters


@pytest.mark.parametrize("name, body, headers, expect", [
    ("empty", {"sender": "bad-1", "message": ""}, None, 200),
    ("whitespace", {"sender": "bad-2", "message": " \t\n  "}, None, 200),
    ("10,000 characters", {"sender": "bad-3", "message": "身" * 10_000}, None, 200),
    ("emoji only", {"sender": "bad-4", "message": "😀🙏🏻👍🇨🇳"}, None, 200),
    ("control characters", {"sender": "bad-5", "message": "\x00\x01\x07\x1b[31m身份证\x7f\x9b"}, None, 200),
    ("lone surrogate", b'{"sender": "bad-6", "message": "\\ud800\\udfff\\ud83d"}', None, 200),
    ("zero-width and RTL", {"sender": "bad-7", "message": "\u200b\u200e\u202e补办身份证\ufeff"}, None, 200),
    ("intent injection", {"sender": "bad-8", "message": "/restart"}, None, 200),
    ("entity injection", {"sender": "bad-9", "message": '/inform{"service_item": "' + "x" * 500 + '"}'}, None, 200),
    ("long text", {"sender": "bad-10", "message": LONG}, None, 200),
    ("invalid JSON", b'{"sender": "bad", "message": ', None, 400),
    ("not UTF-8", b'{"sender": "bad", "message": "\xff\xfe"}', None, 400),
    ("JSON array", [{"sender": "bad", "message": "hi"}], None, 400),
    ("JSON null", b"null", None, 400),
    ("empty body", b"", None, 400),
    ("deep nesting", b"[" * 50_000 + b"]" * 50_000, None, 400),
    ("wrong content type", {"sender": "bad", "message": "hi"}, {"Content-Type": "text/plain"}, 400),
    ("form content type", b"sender=bad&message=hi", {"Content-Type": "application/x-www-form-urlencoded"}, 400),
    ("missing sender", {"message": "hi"}, None, 400),
    ("empty sender", {"sender": "", "message": "hi"}, None, 400),
    ("sender not a string", {"sender": ["a"], "message": "hi"}, None, 400),
    ("message not a string", {"sender": "bad", "message": 12345}, None, 400),
    ("message missing", {"sender": "bad"}, None, 400),
    ("body too large", {"sender": "bad", "message": "身" * 200_000}, None, 413),
])
def test_bad_input_gets_a_polite_reply_or_4xx_never_5xx(stack, name, body, headers, expect):
    status, reply, response_headers = webhook(stack, body, headers)
    assert status == expect, (name, status, reply)
    if status == 200:
        assert isinstance(reply, list) and reply, name
        assert all(isinstance(m.get("text"), str) for m in reply if "text" in m)
        assert "".join(m.get("text", "") for m in reply).strip(), name
    else:
        assert isinstance(reply, dict) and reply.get("error"), (name, reply)
        assert response_headers["content-type"].startswith("application/json")


def test_over_long_message_is_answered_politely_and_not_processed(stack):
    status, reply, _ = webhook(stack, {"sender": "too-long", "message": "身" * 2001})
    assert status == 200
    assert len(reply) == 1 and "消息太长了" in reply[0]["text"] and "2000字以内" in reply[0]["text"]
    assert reply[0]["recipient_id"] == "too-long"
    events = stack.tracker("too-long")["events"]
    assert not [e for e in events if e["event"] == "user"]  # never reached Rasa


def test_over_the_rate_limit_gets_429_with_a_polite_reply(stack):
    # over-long messages are cheap (not processed) and spend tokens like any other
    for _ in range(30):
        assert webhook(stack, {"sender": "flood", "message": "身" * 2001})[0] == 200
    status, reply, headers = webhook(stack, {"sender": "flood", "message": "你好"})
    assert status == 429
    assert "太频繁" in reply[0]["text"] and "12345" in reply[0]["text"]
    assert int(headers["retry-after"]) >= 1
    assert "您好" in stack.say("not-flooding", "你好")  # other senders are served


def test_server_still_answers_after_the_bad_input(stack, real_store):
    reply = stack.say("after-bad-input", "补办身份证要多久")
    assert real_store.item("gongan.sfz.reissue")["legal_time_limit"] in reply
    assert stack.status_ok()


# ------------------------------------------------------------------ ordering


QUESTIONS = ["你好", "补办身份证要带什么材料", "要多久？", "在哪办", "要钱吗", "网上能办吗", "谢谢"]


def test_concurrent_messages_of_one_conversation_are_processed_in_order(stack):
    sender = "concurrent-one"
    texts = [f"{QUESTIONS[n % len(QUESTIONS)]}（{n:02d}）" for n in range(20)]

    async def run():
        connector = aiohttp.TCPConnector(limit=40)
        async with aiohttp.ClientSession(connector=connector) as session:
            async def send(n):
                await asyncio.sleep(n * 0.03)  # sent in this order, all in flight together
                async with session.post(stack.base + "/webhooks/rest/webhook", headers=JSON,
                                        data=json.dumps({"sender": sender, "message": texts[n]})) as r:
                    return r.status, await r.json()
            return await asyncio.gather(*(send(n) for n in range(20)))

    started = time.monotonic()
    results = asyncio.run(run())
    elapsed = time.monotonic() - started
    assert [status for status, _ in results] == [200] * 20
    events = stack.tracker(sender)["events"]
    users = [e["text"] for e in events if e["event"] == "user"]
    assert users == texts  # all there, once each, in the order sent
    # each user message is followed by its own bot messages before the next one starts
    turns, current = [], None
    for event in events:
        if event["event"] == "user":
            current = []
            turns.append(current)
        elif event["event"] == "bot" and current is not None:
            current.append(event.get("text") or "")
    assert len(turns) == 20 and all(turns), turns
    for (status, replies), bot_texts in zip(results, turns):
        assert [r.get("text") or "" for r in replies] == bot_texts
    print(f"20 concurrent messages of one conversation in {elapsed:.1f} s")


# ------------------------------------------------------------------ PII at rest and in logs


def test_no_pii_in_clear_in_the_tracker_store_or_the_logs(stack):
    sender = "pii-caller"
    stack.say(sender, f"补办身份证要带什么材料？我的身份证号是{ID_NUMBER}")
    stack.say(sender, f"手机{MOBILE}，老身份证{ID_NUMBER_15}")
    stack.say(sender, "银行卡号 6222 0212 0009 1234 能交费吗")
    stack.say(sender, f"电话 138 1234 5678，卡号{CARD}")
    stack.say("pii-other", f"{MOBILE}")
    time.sleep(0.5)  # log lines of the last turn

    # the HTTP API reads the tracker back from the store: masked
    tracker_json = json.dumps(stack.tracker(sender), ensure_ascii=False)
    assert "110101********123X" in tracker_json and "138****5678" in tracker_json
    assert "6222 **** **** 1234" in tracker_json

    db = stack.tracker_db
    raw = b"".join(p.read_bytes() for p in db.parent.glob(db.name + "*"))
    with sqlite3.connect(db) as connection:
        rows = connection.execute("SELECT sender_id, type_name, intent_name, action_name, data FROM events").fetchall()
    assert any(r[0] == sender for r in rows)
    cells = "\n".join(str(cell) for row in rows for cell in row)
    logs = stack.output()
    assert "138****5678" in logs  # Rasa logged the texts (DEBUG), masked
    for number in CLEAR:
        assert number.encode() not in raw, f"{number} in the tracker db file"
        assert number not in cells, f"{number} in a tracker row"
        assert number not in logs, f"{number} in the server logs"
    for number in (ID_NUMBER, MOBILE, CARD):  # not even JSON-escaped next to Chinese text
        assert number not in json.dumps(logs)
