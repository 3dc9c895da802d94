"""WeChat official-account channel, over real HTTP.

A real Sanic server (the channel registered the way Rasa does it) on 127.0.0.1, a fake
agent standing in for Rasa, and a fake WeChat API (http.server in a thread) that records
token fetches and customer-service sends.
"""
import asyncio
import hashlib
import json
import socket
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Awaitable, Callable, Dict, List, Optional, Tuple
from urllib.parse import parse_qs, urlparse

import aiohttp
import pytest
import pytest_asyncio
import xmltodict
from rasa.core.channels.channel import register
from rasa.shared.exceptions import RasaException
from sanic import Sanic
from wechatpy.crypto import WeChatCrypto

from bot.channels.wechat import ReplyCache, WeChatInput, _Entry
from bot.channels.wechat_api import WeChatAPI
from bot.channels.wechat_text import (
    EXAMPLE_QUESTIONS,
    UNSUPPORTED_MESSAGE,
    BadRequest,
    format_reply,
    parse_safe_xml,
    split_message,
)

TOKEN = "rasa_wechat_test_token"
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 characters
APPID = "wx0123456789abcdef"
ACCOUNT = "gh_0123456789ab"
OPENID = "oUser_openid_001"

# ------------------------------------------------------------------------ fakes


class FakeWeChatAPI:
    """The WeChat API: /cgi-bin/token and /cgi-bin/message/custom/send."""

    def __init__(self) -> None:
        self.token_calls: List[Dict[str, List[str]]] = []
        self.sends: List[Dict[str, Any]] = []  # {"access_token": ..., "body": {...}}
        self.send_errcodes: List[int] = []  # errcodes for the next sends, then 0
        self.expires_in = 7200
        self.lock = threading.Lock()
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _json(self, data: Dict[str, Any]) -> None:
                body = json.dumps(data).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                url = urlparse(self.path)
                if url.path != "/cgi-bin/token":
                    return self._json({"errcode": 404, "errmsg": "not found"})
                with fake.lock:
                    fake.token_calls.append(parse_qs(url.query))
                    n = len(fake.token_calls)
                self._json({"access_token": f"ACCESS_{n}", "expires_in": fake.expires_in})

            def do_POST(self) -> None:
                url = urlparse(self.path)
                raw = self.rfile.read(int(self.headers["Content-Length"]))
                with fake.lock:
                    errcode = fake.send_errcodes.pop(0) if fake.send_errcodes else 0
                    if errcode == 0:
                        fake.sends.append({
                            "access_token": parse_qs(url.query)["access_token"][0],
                            "body": json.loads(raw.decode("utf-8")),
                            "raw": raw,
                        })
                self._json({"errcode": errcode, "errmsg": "ok" if not errcode else "err"})

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(
            target=self.server.serve_forever, args=(0.05,), daemon=True
        )
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def contents(self) -> List[str]:
        with self.lock:
            return [s["body"]["text"]["content"] for s in self.sends]

    async def wait_sends(self, n: int, timeout: float = 5.0) -> List[str]:
        deadline = time.monotonic() + timeout
        while len(self.contents()) < n and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        return self.contents()


Behaviour = Callable[[Any], Awaitable[Optional[str]]]


class FakeAgent:
    """Stands in for rasa's Agent: register() calls app.ctx.agent.handle_message."""

    def __init__(self, behaviour: Behaviour) -> None:
        self.behaviour = behaviour
        self.messages: List[Any] = []

    async def handle_message(self, message: Any) -> None:
        self.messages.append(message)
        reply = await self.behaviour(message)
        if reply is not None:
            await message.output_channel.send_text_message(message.sender_id, reply)


async def echo(message: Any) -> str:
    return f"您问的是：{message.text}"


class Harness:
    def __init__(self, url: str, agent: FakeAgent, channel: WeChatInput, api: FakeWeChatAPI):
        self.url, self.agent, self.channel, self.api = url, agent, channel, api
        self.session = aiohttp.ClientSession()

    async def get(self, params: Dict[str, str]) -> Tuple[int, str]:
        async with self.session.get(self.url, params=params) as r:
            return r.status, await r.text()

    async def post(self, body: Any, params: Optional[Dict[str, str]] = None) -> Tuple[int, str]:
        data = body.encode("utf-8") if isinstance(body, str) else body
        params = signed() if params is None else params
        async with self.session.post(self.url, params=params, data=data) as r:
            return r.status, await r.text()


@pytest.fixture
def fake_api():
    api = FakeWeChatAPI()
    yield api
    api.close()


@pytest_asyncio.fixture
async def start(fake_api):
    """start(behaviour, **channel_kwargs) → Harness with a running Sanic server."""
    servers, harnesses = [], []

    async def _start(behaviour: Behaviour = echo, **kwargs: Any) -> Harness:
        settings = dict(
            token=TOKEN, encoding_aes_key=AES_KEY, appid=APPID, secret="s3cret",
            api_base=fake_api.base, reply_timeout=0.3, followup_delay=0.0,
            menu={"GUIDE": "/ask_guide", "ID_CARD": "身份证丢了怎么补办"},
        )
        settings.update(kwargs)
        channel = WeChatInput(**settings)
        # Several apps in one process: let Sanic re-apply its touch-ups from the originals
        # (what sanic-testing does).
        Sanic.test_mode = True
        app = Sanic(f"wechat_test_{uuid.uuid4().hex[:12]}")
        agent = FakeAgent(behaviour)
        app.ctx.agent = agent
        register([channel], app, route="/webhooks/")
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = await app.create_server(
            sock=sock, return_asyncio_server=True, access_log=False
        )
        await server.startup()
        await server.start_serving()
        servers.append(server)
        harness = Harness(
            f"http://127.0.0.1:{port}/webhooks/wechat/webhook", agent, channel, fake_api
        )
        harnesses.append(harness)
        return harness

    yield _start
    for harness in harnesses:
        await harness.session.close()
        for task in list(harness.channel._background):
            task.cancel()
    for server in servers:
        server.close()
        await server.wait_closed()


# ------------------------------------------------------------------------ helpers


def sign(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


def signed(timestamp: str = "1700000000", nonce: str = "nonce123") -> Dict[str, str]:
    return {"timestamp": timestamp, "nonce": nonce, "signature": sign(TOKEN, timestamp, nonce),
            "openid": OPENID}


def msg_xml(msg_type: str = "text", openid: Optional[str] = OPENID,
            msg_id: Optional[str] = "24000000000000001", create_time: str = "1700000000",
            **fields: str) -> str:
    nodes = [f"<ToUserName><![CDATA[{ACCOUNT}]]></ToUserName>"]
    if openid is not None:
        nodes.append(f"<FromUserName><![CDATA[{openid}]]></FromUserName>")
    nodes.append(f"<CreateTime>{create_time}</CreateTime>")
    nodes.append(f"<MsgType><![CDATA[{msg_type}]]></MsgType>")
    nodes += [f"<{k}><![CDATA[{v}]]></{k}>" for k, v in fields.items()]
    if msg_id is not None:
        nodes.append(f"<MsgId>{msg_id}</MsgId>")
    return "<xml>" + "".join(nodes) + "</xml>"


def text_xml(content: str, msg_id: str = "24000000000000001", **kw: Any) -> str:
    return msg_xml("text", msg_id=msg_id, Content=content, **kw)


def event_xml(event: str, key: Optional[str] = None, openid: str = OPENID) -> str:
    fields = {"Event": event}
    if key is not None:
        fields["EventKey"] = key
    return msg_xml("event", openid=openid, msg_id=None, **fields)


def reply_content(xml: str) -> str:
    reply = xmltodict.parse(xml, strip_whitespace=False)["xml"]
    assert reply["MsgType"] == "text"
    assert reply["ToUserName"] == OPENID and reply["FromUserName"] == ACCOUNT
    return reply["Content"]


def utf8(text: str) -> int:
    return len(text.encode("utf-8"))


# ------------------------------------------------------------------------ URL verification


@pytest.mark.asyncio
async def test_get_url_verification(start):
    h = await start()
    params = dict(signed(), echostr="echo_8273645")
    assert await h.get(params) == (200, "echo_8273645")
    assert (await h.get(dict(params, signature="0" * 40)))[0] == 403
    assert (await h.get({"echostr": "x"}))[0] == 403
    assert (await h.get(signed()))[0] == 400  # no echostr


# ------------------------------------------------------------------------ plaintext, AES


@pytest.mark.asyncio
async def test_plaintext_text_round_trip(start):
    h = await start()
    status, body = await h.post(text_xml("身份证丢了怎么补办"))
    assert status == 200
    assert reply_content(body) == "您问的是：身份证丢了怎么补办"
    [message] = h.agent.messages
    assert message.sender_id == OPENID  # the openid, never the MsgId
    assert message.input_channel == "wechat"
    assert message.metadata["wechat"]["msg_id"] == "24000000000000001"


@pytest.mark.asyncio
async def test_post_wrong_signature_is_403(start):
    h = await start()
    bad = dict(signed(), signature=sign("wrong", "1700000000", "nonce123"))
    assert (await h.post(text_xml("你好"), bad))[0] == 403
    assert (await h.post(text_xml("你好"), {}))[0] == 403
    assert h.agent.messages == []


def encrypted_request(xml: str, timestamp: str = "1700000001", nonce: str = "aesnonce"):
    crypto = WeChatCrypto(TOKEN, AES_KEY, APPID)
    packet = xmltodict.parse(crypto.encrypt_message(xml, nonce, timestamp))["xml"]
    body = (f"<xml><ToUserName><![CDATA[{ACCOUNT}]]></ToUserName>"
            f"<Encrypt><![CDATA[{packet['Encrypt']}]]></Encrypt></xml>")
    params = dict(signed(timestamp, nonce), encrypt_type="aes",
                  msg_signature=packet["MsgSignature"])
    return body, params, crypto


@pytest.mark.asyncio
async def test_aes_safe_mode_round_trip(start):
    h = await start()
    body, params, crypto = encrypted_request(text_xml("提取公积金要带什么"))
    status, answer = await h.post(body, params)
    assert status == 200
    packet = xmltodict.parse(answer)["xml"]
    assert "Encrypt" in packet and "Content" not in packet  # the reply is encrypted too
    plain = crypto.decrypt_message(
        answer, packet["MsgSignature"], packet["TimeStamp"], packet["Nonce"]
    )
    assert reply_content(plain) == "您问的是：提取公积金要带什么"
    assert h.agent.messages[0].sender_id == OPENID

    tampered = dict(params, msg_signature="f" * 40)
    assert (await h.post(body, tampered))[0] == 403
    assert (await h.post(body, dict(params, signature="0" * 40)))[0] == 403
    # safe mode, but the inner document carries a DOCTYPE
    evil, evil_params, _ = encrypted_request(
        '<!DOCTYPE x [<!ENTITY e "boom">]>' + text_xml("&e;", msg_id="9")
    )
    assert (await h.post(evil, evil_params))[0] == 400
    assert len(h.agent.messages) == 1


# ------------------------------------------------------------------------ events


@pytest.mark.asyncio
async def test_subscribe_welcome_and_unsubscribe(start):
    h = await start()
    status, body = await h.post(event_xml("subscribe"))
    assert status == 200
    welcome = reply_content(body)
    assert all(q in welcome for q in EXAMPLE_QUESTIONS)
    status, body = await h.post(event_xml("subscribe", key="qrscene_42"))
    assert all(q in reply_content(body) for q in EXAMPLE_QUESTIONS)

    assert await h.post(event_xml("unsubscribe")) == (200, "success")
    assert await h.post(event_xml("VIEW", key="https://example.org")) == (200, "success")
    assert h.agent.messages == []
    await asyncio.sleep(0.05)
    assert h.api.sends == [] and h.api.token_calls == []


@pytest.mark.asyncio
async def test_menu_click_maps_to_message(start):
    h = await start()
    status, body = await h.post(event_xml("CLICK", key="GUIDE"))
    assert reply_content(body) == "您问的是：/ask_guide"
    assert [m.text for m in h.agent.messages] == ["/ask_guide"]
    assert h.agent.messages[0].sender_id == OPENID
    # an EventKey missing from `menu` gets the welcome text, not an error
    status, body = await h.post(msg_xml("event", msg_id=None, create_time="1700000009",
                                        Event="CLICK", EventKey="UNKNOWN"))
    assert status == 200 and EXAMPLE_QUESTIONS[0] in reply_content(body)


# ------------------------------------------------------------------------ message types


@pytest.mark.asyncio
async def test_image_and_location_get_polite_reply(start):
    h = await start()
    image = msg_xml("image", PicUrl="http://x/y.jpg", MediaId="m1")
    assert reply_content((await h.post(image))[1]) == UNSUPPORTED_MESSAGE
    location = msg_xml("location", msg_id="2", Label="某地")
    assert reply_content((await h.post(location))[1]) == UNSUPPORTED_MESSAGE
    assert "身份证丢了怎么补办" in UNSUPPORTED_MESSAGE
    assert h.agent.messages == []


@pytest.mark.asyncio
async def test_voice_recognition_is_text(start):
    h = await start()
    voice = msg_xml("voice", MediaId="m", Format="amr", Recognition="怎么办居住证")
    assert reply_content((await h.post(voice))[1]) == "您问的是：怎么办居住证"
    assert [m.text for m in h.agent.messages] == ["怎么办居住证"]
    unrecognised = msg_xml("voice", msg_id="77", MediaId="m", Format="amr")
    assert reply_content((await h.post(unrecognised))[1]) == UNSUPPORTED_MESSAGE
    assert len(h.agent.messages) == 1


# ------------------------------------------------------------------------ bad requests


@pytest.mark.asyncio
async def test_doctype_entity_is_400(start):
    h = await start()
    evil = ('<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY big "AAAA">]>'
            + text_xml("&big;"))
    assert (await h.post(evil))[0] == 400
    external = ('<!DOCTYPE xml [<!ENTITY ext SYSTEM "file:///etc/passwd">]>'
                + text_xml("&ext;"))
    assert (await h.post(external))[0] == 400
    assert h.agent.messages == []


@pytest.mark.asyncio
async def test_body_over_cap_is_413(start):
    h = await start(max_body_bytes=64 * 1024)
    big = text_xml("政" * 25_000)  # ~75 KB
    assert (await h.post(big))[0] == 413
    small = await start(max_body_bytes=200)
    assert (await small.post(text_xml("你好" * 100)))[0] == 413
    assert h.agent.messages == [] and small.agent.messages == []


@pytest.mark.asyncio
async def test_missing_fields_and_malformed_xml_are_400(start):
    h = await start()
    assert (await h.post(msg_xml("text", openid=None, Content="你好")))[0] == 400
    assert (await h.post(text_xml("你好").replace("</xml>", "")))[0] == 400
    assert (await h.post("<notxml/>"))[0] == 400
    assert (await h.post(b"\xff\xfe<xml>"))[0] == 400
    no_type = text_xml("你好").replace("<MsgType><![CDATA[text]]></MsgType>", "")
    assert (await h.post(no_type))[0] == 400
    twice = text_xml("你好").replace("</xml>", "<FromUserName>o2</FromUserName></xml>")
    assert (await h.post(twice))[0] == 400
    assert h.agent.messages == []


@pytest.mark.asyncio
async def test_bot_failure_is_a_polite_reply_not_500(start):
    async def broken(message: Any) -> str:
        raise RuntimeError("model not loaded")

    h = await start(broken)
    status, body = await h.post(text_xml("你好"))
    assert status == 200 and "稍后再试" in reply_content(body)


# ------------------------------------------------------------------------ deadline, retries


@pytest.mark.asyncio
async def test_retries_of_one_msgid_run_the_bot_once(start):
    calls = []

    async def slow_echo(message: Any) -> str:
        calls.append(message.text)
        await asyncio.sleep(0.1)
        return f"第{len(calls)}次回答：{message.text}"

    h = await start(slow_echo)
    xml = text_xml("居住证怎么办", msg_id="5550001")
    answers = await asyncio.gather(*(h.post(xml) for _ in range(3)))
    later = await h.post(xml)  # a retry arriving after the answer is ready
    assert calls == ["居住证怎么办"]
    # the same answer to each (the reply's CreateTime is the time it was sent)
    assert {status for status, _ in answers + [later]} == {200}
    assert {reply_content(body) for _, body in answers + [later]} == {
        reply_content(answers[0][1])
    }
    assert reply_content(answers[0][1]) == "第1次回答：居住证怎么办"
    # another MsgId from the same user is a new question
    await h.post(text_xml("居住证怎么办", msg_id="5550002"))
    assert len(calls) == 2


@pytest.mark.asyncio
async def test_slow_answer_goes_through_customer_service_api(start):
    gate = asyncio.Event()  # the bot answers only once the test opens it

    async def slow(message: Any) -> str:
        await gate.wait()
        return f"慢回答：{message.text}"

    h = await start(slow)
    # the bot is still thinking after reply_timeout: "success" now, the answer later
    assert await h.post(text_xml("第一问", msg_id="1")) == (200, "success")
    # WeChat's retry of the same MsgId: still "success", no second bot run
    assert await h.post(text_xml("第一问", msg_id="1")) == (200, "success")
    assert await h.post(text_xml("第二问", msg_id="2")) == (200, "success")
    assert h.api.contents() == []
    gate.set()
    sent = await h.api.wait_sends(2)
    assert sorted(sent) == ["慢回答：第一问", "慢回答：第二问"]
    assert [m.text for m in h.agent.messages] == ["第一问", "第二问"]
    send = next(s for s in h.api.sends if "第一问" in s["body"]["text"]["content"])
    assert send["body"] == {"touser": OPENID, "msgtype": "text",
                            "text": {"content": "慢回答：第一问"}}
    assert "慢回答".encode("utf-8") in send["raw"]  # UTF-8, not \\u escapes
    assert len(h.api.token_calls) == 1  # cached across both sends
    assert h.api.token_calls[0]["appid"] == [APPID]
    assert h.api.token_calls[0]["secret"] == ["s3cret"]
    assert h.api.token_calls[0]["grant_type"] == ["client_credential"]
    assert {s["access_token"] for s in h.api.sends} == {"ACCESS_1"}
    await asyncio.sleep(0.1)
    assert len(h.api.sends) == 2  # delivered once each


@pytest.mark.asyncio
async def test_invalid_token_is_refreshed_once_and_api_errors_do_not_crash(start):
    gates = {text: asyncio.Event() for text in "甲乙丙"}

    async def slow(message: Any) -> str:
        await gates[message.text].wait()
        return message.text

    h = await start(slow)
    h.api.send_errcodes = [40001]  # the cached token was invalidated
    assert await h.post(text_xml("甲", msg_id="1")) == (200, "success")
    gates["甲"].set()
    assert await h.api.wait_sends(1) == ["甲"]
    assert len(h.api.token_calls) == 2
    assert h.api.sends[0]["access_token"] == "ACCESS_2"

    h.api.send_errcodes = [45015]  # outside the 48 h window: logged, dropped
    assert await h.post(text_xml("乙", msg_id="2")) == (200, "success")
    gates["乙"].set()
    deadline = time.monotonic() + 5
    while h.api.send_errcodes and time.monotonic() < deadline:
        await asyncio.sleep(0.02)
    assert await h.post(text_xml("丙", msg_id="3")) == (200, "success")
    gates["丙"].set()
    assert await h.api.wait_sends(2) == ["甲", "丙"]
    assert len(h.api.token_calls) == 2


@pytest.mark.asyncio
async def test_long_notice_is_delivered_complete(start):
    lines = [f"第{i}条：请携带本人居民身份证原件及复印件到户籍所在地派出所办理相关手续。"
             for i in range(1, 61)]
    notice = "\n".join(lines[:30]) + "\n\n" + "\n".join(lines[30:])
    assert utf8(notice) > 6000

    async def long_answer(message: Any) -> str:
        return notice

    h = await start(long_answer)
    status, body = await h.post(text_xml("办理须知"))
    passive = reply_content(body)
    assert utf8(passive) <= 2048
    assert notice.startswith(passive)
    rest = await h.api.wait_sends(2)
    await asyncio.sleep(0.1)
    rest = h.api.contents()
    assert all(utf8(part) <= 2048 for part in rest)
    assert passive + "".join(rest) == notice
    assert len(rest) == len(split_message(notice, 2048)) - 1
    # a retry of the same MsgId: same passive part, the rest is not sent again
    assert reply_content((await h.post(text_xml("办理须知")))[1]) == passive
    await asyncio.sleep(0.1)
    assert h.api.contents() == rest


# ------------------------------------------------------------------------ pure helpers


def test_split_message_contract():
    assert split_message("", 2048) == []
    assert split_message("短消息", 2048) == ["短消息"]
    text = "\n".join(f"第{i}行：" + "办" * (i % 40) for i in range(300))
    parts = split_message(text, 2048)
    assert "".join(parts) == text
    assert all(0 < utf8(p) <= 2048 for p in parts)
    assert all(p.endswith("\n") for p in parts[:-1])  # cut on line boundaries
    # one over-long line: cut between characters, never inside one
    line = "证" * 1000 + "😀" * 10 + "a"
    parts = split_message(line, 2048)
    assert "".join(parts) == line and all(utf8(p) <= 2048 for p in parts)
    assert [utf8(p) for p in parts][0] == 2046  # 682 three-byte characters
    for limit in (4, 5, 7, 64):
        mixed = "a证😀\n\né" * 30
        parts = split_message(mixed, limit)
        assert "".join(parts) == mixed and all(0 < utf8(p) <= limit for p in parts)
    with pytest.raises(ValueError):
        split_message("abc", 3)


def test_format_reply_buttons_and_custom():
    buttons = [{"title": "身份证补办", "payload": "/a"}, {"title": "居住证", "payload": "/b"}]
    assert format_reply([{"text": "请选择：", "buttons": buttons}]) == (
        "请选择：\n1. 身份证补办\n2. 居住证"
    )
    numbered = "请选择：\n1. 身份证补办\n2. 居住证"
    assert format_reply([{"text": numbered, "buttons": buttons}]) == numbered
    assert format_reply([
        {"recipient_id": "u", "text": "第一段"},
        {"recipient_id": "u", "text": "第二段"},
        {"recipient_id": "u", "custom": {"text": "自定义文本", "blocks": [1]}},
        {"recipient_id": "u", "custom": {"payload": "ignored"}},
    ]) == "第一段\n\n第二段\n\n自定义文本"
    assert format_reply([]) == ""


def test_parse_safe_xml():
    assert parse_safe_xml(text_xml("你好").encode())["Content"] == "你好"
    for bad in ('<!DOCTYPE xml [<!ENTITY a "b">]><xml><Content>&a;</Content></xml>',
                "<xml><Content>x</Content>", "<root/>"):
        with pytest.raises(BadRequest):
            parse_safe_xml(bad)


def test_from_credentials():
    with pytest.raises(RasaException, match="token"):
        WeChatInput.from_credentials({"appid": APPID, "secret": "s"})
    with pytest.raises(RasaException):
        WeChatInput.from_credentials(None)
    with pytest.raises(RasaException, match="encoding_aes_key"):
        WeChatInput.from_credentials({"token": "t", "appid": APPID, "encoding_aes_key": "x"})
    channel = WeChatInput.from_credentials({
        "token": TOKEN, "encoding_aes_key": AES_KEY, "appid": APPID, "secret": "s",
        "menu": {"GUIDE": "/ask_guide"},
    })
    assert channel.name() == "wechat" and channel.url_prefix() == "wechat"
    assert channel.reply_timeout == 4.5 and channel.max_body_bytes == 64 * 1024
    assert channel.api.api_base == "https://api.weixin.qq.com"
    assert channel.menu == {"GUIDE": "/ask_guide"}


def test_reply_cache_is_bounded_and_expires():
    cache = ReplyCache(max_entries=3, ttl=60)
    entries = {k: _Entry(None) for k in "abcd"}
    for k in "abc":
        cache.put(k, entries[k])
    assert cache.get("a") is entries["a"]  # a is now the most recent
    cache.put("d", entries["d"])
    assert len(cache) == 3 and cache.get("b") is None and cache.get("a") is entries["a"]
    short = ReplyCache(ttl=0.01)
    short.put("x", _Entry(None))
    time.sleep(0.02)
    assert short.get("x") is None


def test_access_token_is_cached_until_shortly_before_expiry(fake_api):
    fake_api.expires_in = 0.4  # cached for expires_in minus a margin (here half of it)
    api = WeChatAPI(APPID, "s3cret", fake_api.base)
    assert api.send_text(OPENID, "一") and api.send_text(OPENID, "二")
    assert len(fake_api.token_calls) == 1
    time.sleep(0.25)
    assert api.send_text(OPENID, "三")
    assert len(fake_api.token_calls) == 2
    assert [s["access_token"] for s in fake_api.sends] == ["ACCESS_1", "ACCESS_1", "ACCESS_2"]


def test_api_network_errors_are_reported_not_raised():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    api = WeChatAPI(APPID, "s3cret", f"http://127.0.0.1:{port}", timeout=1)
    assert api.send_text(OPENID, "你好") is False
    assert api.send_texts(OPENID, ["a", "b"]) == 0
    assert WeChatAPI(None, None).send_text(OPENID, "x") is False  # not configured
