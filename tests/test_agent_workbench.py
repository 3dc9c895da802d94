"""Hotline agent workbench: the JSON API over real HTTP (a Sanic app with the channel
registered the way Rasa does it, a fake model, the fixture knowledge base), the
corrections export, and the page in Chromium against the real stack."""
import json
import socket
import sqlite3
import subprocess
import sys
import uuid

import aiohttp
import pytest
import pytest_asyncio
import yaml
from rasa.core.channels.channel import register
from rasa.shared.exceptions import RasaException
from sanic import Sanic

from bot.channels.agent import AgentWorkbench
from bot.channels.agent_script import read_out_script, suggested_items
from bot.feedback import FeedbackStore, corrections, export, to_nlu_yaml
from browser_support import DESKTOP, PHONE, XSS, browser, new_context, screenshot, stack  # noqa: F401
from support import REPO

TOKEN = "unit-agent-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


class FakeAgent:
    """Stands in for rasa's Agent: parse_message as the trained pipeline answers."""

    def __init__(self, ready=True):
        self.ready, self.texts = ready, []

    def is_ready(self):
        return self.ready

    async def parse_message(self, text):
        self.texts.append(text)
        return {
            "text": text, "intent": {"name": "ask_guide", "confidence": 0.9},
            "service_items": [
                {"id": "gongan.sfz.reissue", "name": "居民身份证补领", "score": 0.91234},
                {"id": "gongan.jzz.apply", "name": "居住证申领", "score": 0.2},
                {"id": "gongan.other", "name": "其他", "score": 0.1},
                {"id": "gongan.fourth", "name": "第四", "score": 0.05},
            ],
            "item_in_scope": "电动车" not in text, "item_ambiguous": False,
            "outside_service": {"name": "电动自行车登记上牌", "department": "公安机关交通管理部门"}
            if "电动车" in text else {"name": "人身安全保护令申请", "department": "人民法院"} if "保护令" in text else None,
            "named_items": [{"id": "gongan.jzz.apply", "name": "居住证申领", "score": 0.2},
                            {"id": "gongan.fourth", "name": "第四", "score": 0.05}] if "还有" in text else [],
            "entities": [{"entity": "district", "value": "城西区"}] if "城西" in text else [],
        }


@pytest_asyncio.fixture
async def api(fixture_db, tmp_path):
    """api(**channel_kwargs) → (base URL, channel, fake agent) of a running server."""
    servers, sessions = [], []

    async def start(agent=None, **kwargs):
        settings = dict(token=TOKEN, feedback_db=tmp_path / "feedback.db", knowledge_db=fixture_db)
        settings.update(kwargs)
        channel = AgentWorkbench(**settings)
        Sanic.test_mode = True
        app = Sanic(f"agent_test_{uuid.uuid4().hex[:12]}")
        app.ctx.agent = agent or FakeAgent()
        register([channel], app, route="/webhooks/")
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = await app.create_server(sock=sock, return_asyncio_server=True, access_log=False)
        await server.startup()
        await server.start_serving()
        servers.append(server)
        session = aiohttp.ClientSession()
        sessions.append(session)
        return Client(f"http://127.0.0.1:{port}/webhooks/agent/", session), channel, app.ctx.agent

    yield start
    for session in sessions:
        await session.close()
    for server in servers:
        server.close()
        await server.wait_closed()


class Client:
    def __init__(self, base, session):
        self.base, self.session = base, session

    async def call(self, method, path, body=None, headers=AUTH, raw=None, params=None):
        data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
        async with self.session.request(method, self.base + path, data=data, headers=headers, params=params) as r:
            text = await r.text()
            try:
                payload = json.loads(text)
            except ValueError:
                payload = text
            return r.status, payload, r.headers


# ------------------------------------------------------------------ configuration
def test_token_is_required_and_knowledge_base_opened_lazily(tmp_path):
    with pytest.raises(RasaException, match="AGENT_TOKEN"):
        AgentWorkbench.from_credentials({"token": "  "})
    with pytest.raises(RasaException):
        AgentWorkbench.from_credentials(None)
    channel = AgentWorkbench.from_credentials(
        {"token": "t", "feedback_db": "", "knowledge_db": str(tmp_path / "missing.db")})
    assert channel._store is None  # nothing opened yet, even though the file is missing
    assert str(channel.feedback.path) == "var/agent_feedback.db"


# ------------------------------------------------------------------ API
@pytest.mark.asyncio
async def test_every_api_call_needs_the_bearer_token(api):
    client, _, agent = await api()
    for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": "Bearer 令牌"}, {"Authorization": "Bearer"}):
        for method, path, body in (("POST", "suggest", {"text": "x"}), ("GET", "item/gongan.sfz.reissue", None),
                                   ("GET", "search?q=身份证", None), ("POST", "feedback", {"text": "x"}),
                                   ("GET", "ping", None)):
            status, payload, response_headers = await client.call(method, path, body, headers=headers)
            assert status == 401, (headers, path)
            assert response_headers["WWW-Authenticate"].startswith("Bearer")
    assert agent.texts == []
    assert (await client.call("GET", "ping"))[:2] == (200, {"ok": True})


@pytest.mark.asyncio
async def test_page_and_assets_need_no_token_and_have_their_content_types(api):
    client, _, _ = await api()
    for path, kind in (("", "text/html"), ("agent.js", "text/javascript"), ("agent.css", "text/css")):
        status, body, headers = await client.call("GET", path, headers={})
        assert status == 200 and headers["Content-Type"].startswith(kind)
        assert headers["X-Content-Type-Options"] == "nosniff"
    status, body, headers = await client.call("GET", "", headers={})
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "访问令牌" in body


@pytest.mark.asyncio
async def test_suggest_returns_the_top_three_with_confidence(api):
    client, _, agent = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "  身份证丢了  "})
    assert status == 200
    assert agent.texts == ["身份证丢了"]
    assert [i["id"] for i in payload["items"]] == ["gongan.sfz.reissue", "gongan.jzz.apply", "gongan.other"]
    assert payload["items"][0] == {"id": "gongan.sfz.reissue", "name": "居民身份证补领",
                                   "department": "公安", "confidence": 0.9123, "named": False, "family": False,
                                   "faq": None, "situation": None, "district": None}
    assert payload["district"] is None
    assert payload["in_scope"] is True and payload["ambiguous"] is False and payload["outside_service"] is None


@pytest.mark.asyncio
async def test_suggest_does_not_echo_the_callers_numbers(api):
    """The text sent back had the caller's mobile number in clear (r13 QA)."""
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "身份证丢了，电话13812345678"})
    assert status == 200 and "13812345678" not in json.dumps(payload, ensure_ascii=False)
    assert payload["text"] == "身份证丢了，电话138****5678"


@pytest.mark.asyncio
async def test_suggest_gives_the_situation_and_district_the_caller_describes(api, fixture_store):
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "我在外地打工，身份证丢了，住城西区"})
    assert status == 200 and payload["district"] == "城西区"
    first = payload["items"][0]
    assert first["situation"] == "异地补领" and first["district"] == "城西区"
    for item in payload["items"][1:]:   # only a district the item has service points in
        assert item["district"] in (None, "城西区")
        if item["district"]:
            assert "城西区" in fixture_store.districts(item["id"])
    # and GET item/ accepts what suggest gave
    status, view, _ = await client.call("GET", "item/gongan.sfz.reissue",
                                        params={"situation": first["situation"], "district": first["district"]})
    assert status == 200 and view["situation"] == "异地补领" and view["district"] == "城西区"
    status, payload, _ = await client.call("POST", "suggest", {"text": "身份证怎么补"})
    assert payload["items"][0]["situation"] is None and payload["items"][0]["district"] is None


@pytest.mark.asyncio
async def test_suggest_adds_the_other_items_the_caller_named(api):
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "身份证丢了，还有第四件事"})
    assert status == 200
    # (the items named first, then the rest as read: a named one read faintly was below one not named; r36 QA)
    assert [(i["id"], i["named"]) for i in payload["items"]] == [
        ("gongan.sfz.reissue", True), ("gongan.jzz.apply", True), ("gongan.fourth", True), ("gongan.other", False)]


@pytest.mark.asyncio
async def test_suggest_lists_a_life_events_items(api):
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "孩子出生了要办哪些手续"})
    assert status == 200 and payload["life_event"] == "孩子出生"
    # the fixture knowledge base has none of the birth items: none is listed, nothing breaks
    assert payload["items"] == []
    assert payload["life_event_note"] is None
    status, payload, _ = await client.call("POST", "suggest", {"text": "身份证丢了"})
    assert payload["life_event"] is None and payload["topic"] is None and payload["life_event_note"] is None
    # an event with a note: which of its items not every caller needs (开店: 食品经营许可 only to sell food)
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人说想开个小超市要办哪些手续"})
    assert payload["life_event"] == "开店（个体经营）" and "食品经营许可只在卖食品" in payload["life_event_note"]
    # the event told with the things it touches, saying more than an event asked (no event; r39 QA)
    status, payload, _ = await client.call("POST", "suggest", {"text": "我老父亲昨天在医院走了 后面要办哪些手续 户口 社保 丧葬费这些"})
    assert payload["life_event"] == "家人去世（身后事）"



@pytest.mark.asyncio
async def test_a_life_events_items_listed_are_in_scope_and_asked(api, real_store):
    """我家老爷子昨天晚上走了 在医院走的 该办哪些手续 listed 家人去世's seven items with in_scope false and intent
    out_of_scope (r36 QA): they are what is asked."""
    from tests.conftest import REPO

    class OutOfScope(FakeAgent):   # (the trained pipeline reads such a story out of scope)
        async def parse_message(self, text):
            return {**await super().parse_message(text), "intent": {"name": "out_of_scope", "confidence": 0.92},
                    "item_in_scope": False}

    client, _, _ = await api(agent=OutOfScope(), knowledge_db=REPO / "knowledge" / "guides.db")
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人说想开个小超市要办哪些手续"})
    assert status == 200 and payload["life_event"] == "开店（个体经营）" and payload["items"]
    assert payload["in_scope"] is True and payload["intent"]["name"] != "out_of_scope"


@pytest.mark.asyncio
async def test_suggest_reads_the_callers_words_without_the_agents_frame(api):
    """来电人说家里老人去世了要办啥 had no life event: the frame was read as part of the question."""
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人说孩子出生了要办哪些手续"})
    assert status == 200 and payload["life_event"] == "孩子出生" and payload["text"] == "来电人说孩子出生了要办哪些手续"
    # the event said with nothing asked (来电人说他妈没了 had none: only "what is there to do" found one)
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人说他妈没了"})
    assert payload["life_event"] == "家人去世（身后事）"


@pytest.mark.asyncio
async def test_suggest_flags_a_complaint_about_the_service_with_where_it_goes(api):
    client, _, agent = await api()
    agent.parse_message = _out_of_scope(agent.parse_message)
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人投诉城西区户政大厅工作人员态度差，排了两个小时队"})
    # (the caller is on 12345: the agent says it is logged, not "call 12345")
    assert status == 200 and payload["complaint"]["kind"] == "service" and "已登记" in payload["complaint"]["script"]
    assert "拨打12345" not in payload["complaint"]["script"]
    assert payload["items"] == []   # nothing read in scope: no item beside it (r84 QA: 机动车注销登记 at 0.06 and others)
    status, payload, _ = await client.call("POST", "suggest", {"text": "我要投诉"})
    assert payload["complaint"]["kind"] == "bare"
    client, _, _ = await api()   # a complaint of the service beside an item read in scope: flagged too (r8 QA)
    status, payload, _ = await client.call("POST", "suggest", {"text": "市民说去办身份证补领窗口人员态度很差，让他跑了三趟"})
    assert payload["complaint"]["kind"] == "service" and payload["items"]
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人问好差评在哪评"})
    assert payload["complaint"]["kind"] == "rating" and "评价器" in payload["complaint"]["script"]
    client, _, _ = await api()   # an item in scope: no complaint flag
    status, payload, _ = await client.call("POST", "suggest", {"text": "身份证丢了"})
    assert payload["complaint"] is None


def _out_of_scope(parse):
    async def parse_message(text):
        return {**await parse(text), "item_in_scope": False}
    return parse_message


@pytest.mark.asyncio
async def test_suggest_names_the_kinds_of_business_of_a_broad_word_said_alone(api):
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "公积金怎么办"})
    assert status == 200 and payload["topic"]["name"] == "公积金"
    assert payload["topic"]["groups"][0].startswith("提取公积金")
    # its kinds of business asked, in a caller's words: the groups, and no items read at random (企业简易注销登记 and
    # 非正常户解除 for 户口; r56 QA)
    for text, name in (("他问户口相关的业务都有哪些能办", "户口"), ("来电人说他想问公积金能办哪些业务", "公积金"),
                       ("他问社保方面都能办理哪些业务", "社保")):
        status, payload, _ = await client.call("POST", "suggest", {"text": text})
        assert payload["topic"] and payload["topic"]["name"] == name and payload["items"] == [], (text, payload)


@pytest.mark.asyncio
async def test_suggest_gives_the_faq_the_caller_asks(api):
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "身份证丢了，明天还要坐飞机咋办"})
    assert status == 200
    faq = payload["items"][0]["faq"]
    assert faq["question"] == "身份证丢了，明天还能坐飞机吗？" and "临时乘机证明" in faq["answer"] and faq["score"] >= 0.5
    assert payload["items"][1]["faq"] is None   # 居住证申领 has no such FAQ


@pytest.mark.asyncio
async def test_suggest_names_a_service_outside_the_catalog(api):
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "电动车上牌去哪"})
    assert status == 200 and payload["in_scope"] is False
    assert payload["outside_service"] == {"name": "电动自行车登记上牌", "department": "公安机关交通管理部门"}
    assert payload["items"] == []   # (机动车注册登记 at 0.64 misled agents; r16 QA)
    # one whose few facts the knowledge base keeps: them, to read out (r48 QA)
    status, payload, _ = await client.call("POST", "suggest", {"text": "她想申请保护令 去哪申请"})
    assert status == 200 and "基层人民法院" in payload["outside_service"]["how"] and "不收费" in payload["outside_service"]["how"]


@pytest.mark.asyncio
@pytest.mark.parametrize("raw, problem", [
    (b"", "not valid JSON"), (b"{bad", "not valid JSON"), (b"\xff\xfe", "not valid JSON"),
    (b"[1, 2]", "JSON object"), (b'"text"', "JSON object"), (b"{}", "`text` is required"),
    (b'{"text": "   "}', "`text` is required"), (b'{"text": 5}', "must be a string"),
    (json.dumps({"text": "长" * 2001}).encode(), "longer than"),
    (b'{"text": "\\ud800"}', "lone surrogate"), (b'{"agent": "\\udfff", "text": "ok"}', "lone surrogate"),
])
async def test_suggest_rejects_bad_bodies_with_400(api, raw, problem):
    client, _, agent = await api()
    status, payload, _ = await client.call("POST", "suggest", raw=raw)
    assert status == 400 and problem in payload["error"]
    assert agent.texts == []


@pytest.mark.asyncio
async def test_bodies_over_the_cap_get_413_and_no_model_503(api):
    client, _, _ = await api(max_body_bytes=1024)
    status, payload, _ = await client.call("POST", "suggest", raw=json.dumps({"text": "身" * 2000}).encode())
    assert status == 413
    client, _, _ = await api(agent=FakeAgent(ready=False))
    status, payload, _ = await client.call("POST", "suggest", {"text": "身份证"})
    assert status == 503


@pytest.mark.asyncio
async def test_item_returns_the_guide_the_script_and_districts(api, fixture_store):
    client, _, _ = await api()
    status, view, _ = await client.call("GET", "item/gongan.sfz.reissue")
    assert status == 200
    assert view["item"]["id"] == "gongan.sfz.reissue" and len(view["item"]["situations"]) == 2
    assert view["districts"] == ["城东区", "城西区"] and view["district"] is None
    assert view["situations"] == ["本地补领", "异地补领"] and view["situation"] == "本地补领"
    sections = [line["section"] for line in view["script"]]
    order = ["事项", "办理条件", "申请材料", "办理时限", "收费标准", "办理地点", "网上办理", "结束"]
    assert [s for i, s in enumerate(sections) if i == 0 or sections[i - 1] != s] == order
    texts = [line["text"] for line in view["script"]]
    assert "1. 居民户口簿（原件，1份）" in texts
    assert any(t.startswith("2. 近期免冠照片（原件，2份）〔需要时提供") for t in texts)
    assert sum(t.startswith("办理地点：") for t in texts) == 2  # both districts
    assert view["script_text"] == "\n".join(texts)
    assert view["summary"]["materials"][0] == "1. 居民户口簿（原件，1份）"

    status, view, _ = await client.call("GET", "item/gongan.sfz.reissue", params={"district": "城西区", "situation": "异地补领"})
    assert status == 200 and view["district"] == "城西区" and view["situation"] == "异地补领"
    assert [p["district"] for p in view["service_points"]] == ["城西区"]
    assert [m["name"] for m in view["materials"]] == ["居住证"]
    assert "按“异地补领”的情形办理" in view["script"][0]["text"]

    status, view, _ = await client.call("GET", "item/gongan.jzz.apply")
    assert status == 200 and view["districts"] == [] and view["situations"] == ["通用"]
    assert "情形" not in view["script"][0]["text"]
    # a district asked of an item whose points do not differ by district (suggest names the caller's): all its points
    status, same, _ = await client.call("GET", "item/gongan.jzz.apply", params={"district": "城东区"})
    assert status == 200 and same["district"] is None and same["service_points"] == view["service_points"]


@pytest.mark.asyncio
@pytest.mark.parametrize("path, params, expected", [
    ("item/no.such.item", None, 404), ("item/" + "x" * 300, None, 404),
    ("item/gongan.sfz.reissue", {"district": "月球区"}, 400),
    ("item/gongan.sfz.reissue", {"situation": "不存在"}, 400),
    ("search", None, 400), ("search", {"q": "  "}, 400), ("search", {"q": "身" * 201}, 400),
    ("search", {"q": "身份证", "limit": "0"}, 400), ("search", {"q": "身份证", "limit": "abc"}, 400),
])
async def test_bad_queries_get_400_or_404_never_500(api, path, params, expected):
    client, _, _ = await api()
    status, payload, _ = await client.call("GET", path, params=params)
    assert status == expected and "error" in payload


@pytest.mark.asyncio
async def test_search_finds_items(api):
    client, _, _ = await api()
    status, payload, _ = await client.call("GET", "search", params={"q": "居住证怎么办"})
    assert status == 200 and payload["results"][0]["id"] == "gongan.jzz.apply"
    assert set(payload["results"][0]) == {"id", "name", "department"}
    status, payload, _ = await client.call("GET", "search", params={"q": "<script>"})
    assert status == 200 and payload["results"] == []


@pytest.mark.asyncio
async def test_feedback_is_stored_with_created_at(api, tmp_path):
    client, channel, _ = await api()
    body = {"text": "身份证掉了<b>", "predicted_id": "gongan.jzz.apply", "correct_id": "gongan.sfz.reissue", "agent": "A1024"}
    status, row, _ = await client.call("POST", "feedback", body)
    assert status == 201 and row["id"] == 1 and row["created_at"].endswith("Z")
    status, _, _ = await client.call("POST", "feedback", {"text": "办居住证", "correct_id": "gongan.jzz.apply"})
    assert status == 201
    rows = sqlite3.connect(tmp_path / "feedback.db").execute(
        "SELECT text, predicted_id, correct_id, agent, created_at FROM agent_feedback ORDER BY id").fetchall()
    assert rows[0][:4] == ("身份证掉了<b>", "gongan.jzz.apply", "gongan.sfz.reissue", "A1024")
    assert rows[1][:4] == ("办居住证", None, "gongan.jzz.apply", None)
    assert all(r[4] for r in rows)


@pytest.mark.asyncio
@pytest.mark.parametrize("body, expected", [
    ({"correct_id": "gongan.sfz.reissue"}, 400), ({"text": "身份证"}, 400),
    ({"text": "身份证", "correct_id": "no.such.item"}, 404),
    ({"text": "身份证", "correct_id": ["gongan.sfz.reissue"]}, 400),
    ({"text": "身份证", "correct_id": "gongan.sfz.reissue", "agent": 7}, 400),
    ({"text": "身份证", "correct_id": "gongan.sfz.reissue", "predicted_id": "p" * 201}, 400),
    ("not an object", 400),
])
async def test_bad_feedback_gets_400_or_404(api, tmp_path, body, expected):
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "feedback", body)
    assert status == expected and "error" in payload
    assert FeedbackStore(tmp_path / "feedback.db").rows() == []


@pytest.mark.asyncio
async def test_missing_knowledge_base_is_503(api, tmp_path):
    client, _, _ = await api(knowledge_db=tmp_path / "missing.db")
    status, payload, _ = await client.call("GET", "item/gongan.sfz.reissue")
    assert status == 503


def test_read_out_script_reads_every_material_in_order(fixture_store):
    item = fixture_store.item("gongan.sfz.reissue")
    materials = fixture_store.materials("gongan.sfz.reissue", "本地补领")
    script = read_out_script(item, materials, fixture_store.service_points("gongan.sfz.reissue"))
    material_lines = [l["text"] for l in script if l["section"] == "申请材料"]
    assert material_lines[0] == "需要准备2项材料，我逐项念给您："
    assert material_lines[1:] == ["1. 居民户口簿（原件，1份）", "2. 近期免冠照片（原件，2份）〔需要时提供：窗口不能现场采集时〕"]


# ------------------------------------------------------------------ export
ROWS = [
    {"text": "身份证\n掉了 [急]", "correct_id": "gongan.sfz.reissue"},
    {"text": "办个暂住证", "correct_id": "gongan.jzz.apply"},
    {"text": "身份证 掉了 [急]", "correct_id": "gongan.sfz.reissue"},  # the same words again
    {"text": "身份证没了(身份证)", "correct_id": "gongan.sfz.reissue"},
]


def test_corrections_group_and_deduplicate_texts():
    assert corrections(ROWS) == {
        "gongan.sfz.reissue": ["身份证 掉了 ［急］", "身份证没了(身份证)"],
        "gongan.jzz.apply": ["办个暂住证"],
    }


def test_nlu_export_is_rasa_training_data():
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLReader

    text = to_nlu_yaml(corrections(ROWS), {"gongan.sfz.reissue": "居民身份证补领"})
    assert "# gongan.sfz.reissue 居民身份证补领" in text
    data = RasaYAMLReader().reads(text)
    examples = [(m.get("intent"), m.get("text"), m.get("entities") or []) for m in data.intent_examples]
    assert examples == [("ask_guide", "身份证 掉了 ［急］", []), ("ask_guide", "身份证没了(身份证)", []),
                        ("ask_guide", "办个暂住证", [])]
    assert RasaYAMLReader().reads(to_nlu_yaml({})).intent_examples == []


def test_export_command_writes_nlu_and_kb_yaml(tmp_path, fixture_db):
    db = tmp_path / "feedback.db"
    store = FeedbackStore(db)
    for row in ROWS:
        store.add(row["text"], row["correct_id"], "gongan.jzz.apply", "A1")
    command = [sys.executable, "-m", "bot.feedback", "export", "--db", str(db), "--knowledge-db", str(fixture_db)]
    out = tmp_path / "corrections.yml"
    result = subprocess.run(command + ["--out", str(out)], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    nlu = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert nlu["version"] == "3.1"
    assert nlu["nlu"][0] == {"intent": "ask_guide", "metadata": {"item_id": "gongan.sfz.reissue"},
                             "examples": "- 身份证 掉了 ［急］\n- 身份证没了(身份证)\n"}
    result = subprocess.run(command + ["--format", "kb"], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "# Merge: append each list" in result.stdout and "#   gongan.jzz.apply: 居住证申领" in result.stdout
    assert yaml.safe_load(result.stdout) == {"gongan.sfz.reissue": ["身份证 掉了 ［急］", "身份证没了(身份证)"],
                                             "gongan.jzz.apply": ["办个暂住证"]}
    assert export(db, "kb") == export(db, "kb")
    missing = subprocess.run([sys.executable, "-m", "bot.feedback", "export", "--db", str(tmp_path / "none.db")],
                             cwd=REPO, capture_output=True, text=True)
    assert missing.returncode == 2 and "no feedback database" in missing.stderr


# ------------------------------------------------------------------ in the browser
def test_workbench_in_chromium(browser, stack, real_store):  # noqa: F811
    context = new_context(browser, stack, DESKTOP)
    page = context.new_page()
    page.goto(f"{stack.base}/webhooks/agent/")
    page.fill("#token", "wrong-token")
    page.press("#token", "Enter")
    page.wait_for_selector("#login-error:has-text('令牌不正确')")
    page.fill("#token", stack.agent_token)
    page.press("#token", "Enter")
    page.wait_for_selector("#workbench", state="visible")
    page.fill("#agent-name", "A1024")
    page.dispatch_event("#agent-name", "change")

    caller = "我身份证丢了，要去哪里补办，要带什么"
    page.fill("#caller", caller)
    page.press("#caller", "Enter")
    page.wait_for_selector("#candidate-list li:nth-child(3)")
    first = page.text_content("#candidate-list li:nth-child(1) .ag-cand-name")
    assert first == "居民身份证补领"
    assert "置信度" in page.text_content("#candidate-list li:nth-child(1)")
    page.keyboard.press("1")
    page.wait_for_selector("#script-view", state="visible")
    assert page.locator("#faqs .ag-faq-asked").count() == 0   # the FAQs are listed, none asked
    assert page.locator("#faqs dt").count() == len(real_store.faqs("gongan.sfz.reissue"))
    script = page.text_content("#script")
    for material in real_store.materials("gongan.sfz.reissue"):
        assert material["name"] in script
    page.select_option("#district", "城东区")
    page.wait_for_function("!document.querySelector('#script').textContent.includes('[城西区]')")
    assert "[城东区]" in page.text_content("#script")
    screenshot(page, "agent-desktop", full_page=True)

    page.click("#copy-ticket")
    page.wait_for_selector("#action-status:has-text('已复制')")
    ticket = page.evaluate("window.__agentWorkbench.lastCopied")
    assert ticket.startswith(f"来电诉求：{caller}\n事项：居民身份证补领")
    assert "1. 居民户口簿（原件，1份）" in ticket and "办理时限：法定办结时限" in ticket and "[城东区]" in ticket
    assert page.evaluate("navigator.clipboard.readText()") == ticket

    # wrong item: the right one is chosen by search, the correction lands in SQLite
    page.click("#wrong-item")
    page.fill("#correction-search", "居住证")
    page.press("#correction-search", "Enter")
    page.click("#correction-results button:has-text('居住证申领')")
    page.click("#correction-submit")
    page.wait_for_selector("#correction-status:has-text('已记录纠错')")
    rows = sqlite3.connect(stack.feedback_db).execute(
        "SELECT text, predicted_id, correct_id, agent, created_at FROM agent_feedback").fetchall()
    assert rows[-1][:4] == (caller, "gongan.sfz.reissue", "gongan.jzz.apply", "A1024") and rows[-1][4]

    # the knowledge search opens a script too
    page.fill("#search", "公积金")
    page.press("#search", "Enter")
    page.wait_for_selector("#search-results button")
    page.click("#search-results li:nth-child(1) button")
    page.wait_for_function("!document.querySelector('#item-title').textContent.includes('身份证')")

    # a caller asking one of the guide's FAQs: the agent sees which, and its answer first
    page.fill("#caller", "身份证丢了，明天还得坐飞机出差，咋整")
    page.press("#caller", "Enter")
    page.wait_for_selector("#candidate-list li:nth-child(1) .ag-cand-faq")
    assert "明天要坐飞机" in page.text_content("#candidate-list li:nth-child(1) .ag-cand-faq")
    page.keyboard.press("1")
    page.wait_for_selector("#faqs dt.ag-faq-asked")
    assert page.text_content("#faqs dt:first-child").startswith("身份证丢了，明天要坐飞机怎么办？")
    assert "来电所问" in page.text_content("#faqs dt:first-child")

    # a caller who says where they are: the script opens on that situation (异地补领)
    page.fill("#caller", "我在外地打工，身份证丢了，要带什么")
    page.press("#caller", "Enter")
    page.wait_for_selector("#suggest-status:not(:has-text('正在识别'))")
    assert page.text_content("#candidate-list li:nth-child(1) .ag-cand-name") == "居民身份证补领"
    page.keyboard.press("1")
    page.wait_for_function("document.querySelector('#situation').value === '异地补领'")
    assert "异地补领" in page.text_content("#script")

    # a caller naming several items: each is a candidate, marked, and the status says so
    page.fill("#caller", "身份证和驾驶证都丢了，怎么补")
    page.press("#caller", "Enter")
    page.wait_for_selector("#suggest-status:has-text('来电提到2个事项')")
    named = page.locator("#candidate-list li:has(.ag-cand-named) .ag-cand-name").all_text_contents()
    assert set(named) == {"居民身份证补领", "机动车驾驶证遗失补证"}

    # a life event: its items in order, and the status says which event
    page.fill("#caller", "家里老人走了，要跑哪些部门")
    page.press("#caller", "Enter")
    page.wait_for_selector("#suggest-status:has-text('一般要办以下')")
    names = page.locator("#candidate-list .ag-cand-name").all_text_contents()
    assert names[0] == "《居民死亡医学证明（推断）书》开具" and "户口注销（死亡）" in names
    page.keyboard.press("3")
    page.wait_for_function("document.querySelector('#item-title').textContent.includes('户口注销')")

    # a vague question about one family of items: the rest of the family is listed to ask from
    page.fill("#caller", "提取公积金要带什么")
    page.press("#caller", "Enter")
    page.wait_for_selector("#suggest-status:has-text('已列出同类事项')")
    names = page.locator("#candidate-list .ag-cand-name").all_text_contents()
    assert {"租赁自住住房提取住房公积金", "购买自住住房提取住房公积金"} <= set(names) and len(names) == 6
    assert page.locator("#candidate-list .ag-cand-named:has-text('同类事项')").count() == 3

    # the status line tells the agent what the caller's words need: which kinds of business to ask about
    # (a broad word said alone), who handles a service the catalog does not cover, that a complaint is
    # logged and what to say, the number to give someone in danger, before anything else
    for caller, status, said in (("公积金", "来电人只说了“公积金”", "提取公积金"),
                                 ("电动车上牌要去哪里办", "不在事项清单内", "公安机关交通管理部门"),
                                 ("来电人投诉城西区户政大厅工作人员态度差，排了两个小时队", "请按投诉登记工单", "已登记"),
                                 ("来电人称孩子走失两小时了", "紧急情况", "110")):
        page.fill("#caller", caller)
        page.press("#caller", "Enter")
        page.wait_for_selector(f"#suggest-status:has-text('{status}')")
        assert said in page.text_content("#suggest-status"), caller

    # caller text is shown as text, never as HTML
    page.fill("#caller", XSS)
    page.press("#caller", "Enter")
    page.wait_for_selector("#suggest-status:not(:has-text('正在识别'))")
    page.click("#wrong-item")
    assert page.text_content("#correction-text") == XSS
    page.fill("#search", XSS)
    page.press("#search", "Enter")
    page.wait_for_selector("#search-status:not(:has-text('正在检索'))")
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.locator("#workbench img, #workbench script").count() == 0

    page.set_viewport_size(PHONE)
    page.evaluate("window.scrollTo(0, 0)")
    screenshot(page, "agent-phone")
    page.locator("#item-title").scroll_into_view_if_needed()
    screenshot(page, "agent-phone-script")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    context.close()


def test_suggested_items_list_the_rest_of_a_small_family_when_the_candidates_are_close(real_store):
    from bot.channels.agent_script import suggested_items

    parsed = {"item_in_scope": True, "item_ambiguous": True, "named_items": [], "service_items": [
        {"id": "gjj.withdraw.retire", "name": "离休、退休提取住房公积金", "score": 0.47},
        {"id": "gjj.withdraw.leave", "name": "与单位终止劳动关系提取住房公积金", "score": 0.17},
        {"id": "gjj.withdraw.death", "name": "职工死亡或被宣告死亡提取住房公积金", "score": 0.16}]}
    items = suggested_items(real_store, parsed, "提取公积金要带什么", 3)
    assert [(i["id"], i["family"]) for i in items] == [
        ("gjj.withdraw.retire", False), ("gjj.withdraw.leave", False), ("gjj.withdraw.death", False),
        ("gjj.withdraw.rent", True), ("gjj.withdraw.buy", True), ("gjj.withdraw.repay", True)]
    assert items[3]["confidence"] == 0.0 and items[3]["department"] == "公积金"
    clear = suggested_items(real_store, {**parsed, "item_ambiguous": False}, "退休提取公积金要带什么", 3)
    assert len(clear) == 3 and not any(i["family"] for i in clear)


def test_suggested_items_of_a_kind_of_business_named_by_its_words_are_that_groups(real_store):
    """想把户口迁走: the linker reads 养老保险转移 and 残疾人证迁移 (their aliases say 户口迁走); the
    agent gets the 户口迁移 items to ask the caller which one."""
    from bot.channels.agent_script import suggested_items

    parsed = {"item_in_scope": True, "item_ambiguous": True, "named_items": [], "service_items": [
        {"id": "renshe.yanglao.resident_transfer", "name": "城乡居民基本养老保险关系转移接续", "score": 0.14},
        {"id": "canlian.cert.transfer", "name": "残疾人证迁移", "score": 0.12}]}
    items = suggested_items(real_store, parsed, "想把户口迁走", 3)
    assert [i["id"] for i in items][:2] == ["gongan.hukou.move_job", "gongan.hukou.move_college"]
    assert all(i["family"] and i["id"].startswith("gongan.hukou.move") for i in items)


def test_suggested_items_give_the_faq_about_a_loss_of_a_document_issued_the_first_time(real_store):
    """来电人问小孩出生证明丢了怎么补: 《出生医学证明》首次签发 with no FAQ, though the chat answers by its
    reissue FAQ; not for an item whose name says it reissues (身份证丢了 to 居民身份证补领)."""
    parsed = {"service_items": [{"id": "weijian.birth.cert", "score": 0.6}], "item_in_scope": True}
    faq = suggested_items(real_store, parsed, "小孩出生证明丢了怎么补", 3)[0]["faq"]
    assert faq["question"] == "出生医学证明丢了（遗失、被盗）怎么补办？" and faq["score"] == 0.0
    parsed = {"service_items": [{"id": "gongan.sfz.reissue", "score": 0.6}], "item_in_scope": True}
    assert suggested_items(real_store, parsed, "身份证丢了怎么补", 3)[0]["faq"] is None


@pytest.mark.asyncio
async def test_suggest_flags_someone_in_danger_with_the_number_to_give(api):
    client, _, _ = await api()
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人称家中老人走失 询问怎么办"})
    assert status == 200 and payload["emergency"]["kind"] == "police" and "110" in payload["emergency"]["script"]
    # no service items beside it (煤气味很重 listed 户口注销（死亡）; r8 QA)
    assert payload["items"] == [] and payload["life_event"] is None and payload["topic"] is None
    status, payload, _ = await client.call("POST", "suggest", {"text": "身份证丢了"})
    assert payload["emergency"] is None and payload["items"]
    # a danger put as a complaint is no complaint of the service (你们管不管 was flagged a complaint; r21 QA)
    status, payload, _ = await client.call("POST", "suggest", {"text": "喂 我家孩子把老鼠药吃了 你们管不管"})
    assert payload["emergency"]["kind"] == "poison" and payload["complaint"] is None
    # one in crisis asking for help money: the script, and the items asked for (nothing was listed; r39 QA)
    status, payload, _ = await client.call("POST", "suggest", {"text": "我不想活了 身份证也丢了"})
    assert payload["emergency"]["kind"] == "crisis" and payload["items"]
    # shut in a lift (住宅专项维修资金 and 发票领用; r89 QA)
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人说被困在电梯里"})
    assert payload["emergency"]["kind"] == "lift" and "96333" in payload["emergency"]["script"] and payload["items"] == []


@pytest.mark.asyncio
async def test_one_in_crisis_gets_items_only_of_a_service_asked_beside_it(api):
    """来电人说不想活了，家里没人管他: 职工死亡提取公积金 and 遗属待遇 beside the script (r89 QA); the service is read without
    the despair."""
    class ReadsTheCard(FakeAgent):
        async def parse_message(self, text):
            return {**await super().parse_message(text), "item_in_scope": "身份证" in text}

    agent = ReadsTheCard()
    client, _, _ = await api(agent=agent)
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人说不想活了，家里没人管他"})
    assert payload["emergency"]["kind"] == "crisis" and payload["items"] == []
    status, payload, _ = await client.call("POST", "suggest", {"text": "我不想活了 身份证也丢了"})
    assert payload["emergency"]["kind"] == "crisis" and payload["items"] and "不想活" not in agent.texts[-1]
    # ...and a check-in too (来电人说最近压力很大很绝望…想问一下失业金怎么领: no items; r90 QA)
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人情绪很低落，说生活没希望，问身份证怎么补办"})
    assert payload["emergency"]["kind"] == "check_in" and payload["items"]


def test_the_intent_shown_beside_items_in_scope_is_a_question_not_out_of_scope():
    """他说车辆年审 车买了5年 私家车: out_of_scope at 0.99 beside 年检 in scope confused agents (r15 QA)."""
    from bot.channels.agent import intent_asked
    ranking = [{"name": "out_of_scope", "confidence": 0.8}, {"name": "ask_progress", "confidence": 0.15},
               {"name": "ask_conditions", "confidence": 0.12}, {"name": "ask_fee", "confidence": 0.01}]
    parsed = {"intent": ranking[0], "intent_ranking": ranking, "item_in_scope": True}
    # (not ask_progress, which stands only with its cue words: 年审 showed it; r17 QA)
    assert intent_asked(parsed, True) == {"name": "ask_conditions", "confidence": 0.12}
    faint = [ranking[0], {"name": "ask_fee", "confidence": 0.005}]
    assert intent_asked({**parsed, "intent_ranking": faint}, True)["name"] == "ask_guide"   # ranked faintly
    assert intent_asked({**parsed, "intent_ranking": ranking[:2]}, True)["name"] == "ask_guide"
    assert intent_asked({**parsed, "item_in_scope": False}, True)["name"] == "out_of_scope"   # nothing in scope
    assert intent_asked(parsed, False)["name"] == "out_of_scope"                             # no items listed
    asked = {"intent": {"name": "ask_fee", "confidence": 0.8}, "item_in_scope": True}
    assert intent_asked(asked, True) == {"name": "ask_fee", "confidence": 0.8}


def test_a_life_events_items_of_the_topics_the_caller_names_come_first(real_store):
    """来电人说他父亲去世了 想问养老金和公积金怎么处理: all seven at 0.0 in the order they are done (r17 QA); those of
    the topics named (养老金, 公积金) first, each with the linker's score; nothing named: the order they are done."""
    from bot.channels.agent_script import suggested_items
    from knowledge.life_events import default_events
    event = next(e for e in default_events() if "weijian.death.cert" in e.items)
    parsed = {"service_items": [{"id": "gjj.withdraw.death", "score": 0.55}, {"id": "renshe.yanglao.survivor", "score": 0.1}]}
    items = suggested_items(real_store, parsed, "他父亲去世了 想问养老金和公积金怎么处理", 3, event)
    assert {i["id"] for i in items[:2]} == {"gjj.withdraw.death", "renshe.yanglao.survivor"}
    assert next(i for i in items if i["id"] == "gjj.withdraw.death")["confidence"] == 0.55
    items = suggested_items(real_store, {}, "家里老人走了，要跑哪些部门", 3, event)
    assert [i["id"] for i in items] == [i for i in event.items if real_store.item(i)]


@pytest.mark.asyncio
async def test_a_complaint_about_the_service_lists_no_item_for_an_employers_wrongs(api):
    """来电人投诉说去车管所办过户窗口人员态度很差… listed 劳动保障监察举报投诉 first (r26 QA H5): that is for an employer's
    wrongs; the service complained of stays."""
    client, _, agent = await api()

    async def parse(text):
        return {"text": text, "intent": {"name": "out_of_scope", "confidence": 0.5}, "item_in_scope": True,
                "item_ambiguous": False, "named_items": [], "entities": [],
                "service_items": [{"id": "renshe.jiancha.complaint", "name": "劳动保障监察举报投诉", "score": 0.4},
                                  {"id": "jiaoguan.car.transfer", "name": "机动车转让登记（二手车过户）", "score": 0.3},
                                  {"id": "renshe.zhongcai.apply", "name": "劳动人事争议仲裁申请", "score": 0.1}]}
    agent.parse_message = parse
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人投诉说去车管所办过户窗口人员态度很差，让他跑了三趟还没办好"})
    assert status == 200 and payload["complaint"]["kind"] == "service"
    assert [i["id"] for i in payload["items"]] == ["jiaoguan.car.transfer"]
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人说老板拖欠工资三个月了"})   # an employer's
    assert payload["items"][0]["id"] == "renshe.jiancha.complaint"


def test_an_office_asked_what_it_handles_suggests_its_departments_items(real_store):
    """他问市场监管局都管哪些业务: 公章刻制备案, 公司注销 and 特困人员救助供养 read (r58 QA)."""
    from bot.channels.agent_script import suggested_items
    items = suggested_items(real_store, {"service_items": [{"id": "minzheng.tekun.support", "score": 0.1}]},
                            "他问市场监管局都管哪些业务", 3)
    assert len(items) > 3 and all(i["department"] == "市场监管" for i in items)


@pytest.mark.asyncio
async def test_suggest_gives_what_to_read_out_of_a_genuine_notice_or_a_pension_changed(api):
    """他问养老金这个月多发了一百多，正常不: out of scope with 资格认证 suggested (r63 QA)."""
    client, _, agent = await api()
    agent.parse_message = _out_of_scope(agent.parse_message)
    status, payload, _ = await client.call("POST", "suggest", {"text": "他问养老金这个月多发了一百多，正常不"})
    assert status == 200 and "基本养老金调整" in payload["notice"]["script"] and payload["emergency"] is None
    status, payload, _ = await client.call("POST", "suggest", {"text": "来电人说收到12333短信，养老金已到账，问是不是真的"})
    assert "12333" in payload["notice"]["script"]
    status, payload, _ = await client.call("POST", "suggest", {"text": "身份证丢了"})
    assert payload["notice"] is None


def test_suggested_items_of_a_life_event_follow_another_need_named_beside_it(real_store):
    """来电人说他社保卡丢了要补办，另外他上个月离职了想把公积金取出来: the 离职 event's items alone, 社会保障卡补领 missing
    (r67, r68 QA). The other need first, then the event's items."""
    from bot.channels.agent_script import suggested_items
    from knowledge.life_events import event_touched, event_named, event_asked

    text = "来电人说他社保卡丢了要补办，另外他上个月离职了想把公积金取出来"
    event = event_asked(text) or event_named(text) or event_touched(text)
    parsed = {"item_in_scope": True, "item_ambiguous": False,
              "named_items": [{"id": "renshe.shebaoka.reissue", "score": 0.55}, {"id": "gjj.withdraw.leave", "score": 0.28}],
              "service_items": [{"id": "renshe.shebaoka.reissue", "score": 0.55}, {"id": "gjj.withdraw.leave", "score": 0.28}]}
    items = suggested_items(real_store, parsed, text, 3, event)
    assert event is not None and items[0]["id"] == "renshe.shebaoka.reissue" and items[0]["named"]
    assert items[0]["confidence"] == 0.55 and "gjj.withdraw.leave" in [i["id"] for i in items[1:]]


def test_a_named_item_is_suggested_at_the_score_its_own_part_reads_it(real_store):
    """身份证丢了，另外他的社保卡也要补办: 社保卡补领 named but shown at 0.056, the whole message's reading, beside 0.866 (r70 QA)."""
    from bot.channels.agent_script import suggested_items
    parsed = {"service_items": [{"id": "gongan.sfz.reissue", "score": 0.87}, {"id": "renshe.shebaoka.reissue", "score": 0.059}],
              "item_in_scope": True, "item_ambiguous": False,
              "named_items": [{"id": "gongan.sfz.reissue", "score": 0.87}, {"id": "renshe.shebaoka.reissue", "score": 0.92}]}
    items = suggested_items(real_store, parsed, "身份证丢了，另外他的社保卡也要补办", 3)
    assert [(i["id"], i["confidence"], i["named"]) for i in items[:2]] == [
        ("gongan.sfz.reissue", 0.87, True), ("renshe.shebaoka.reissue", 0.92, True)]


def test_a_life_events_item_named_beside_it_is_suggested_at_its_own_parts_score(real_store):
    """孩子刚出生，想给孩子上户口，还想问新生儿医保怎么办: 城乡居民医保参保 shown at 0.08, the whole message's reading (r75 QA)."""
    from bot.channels.agent_script import suggested_items
    from knowledge.life_events import event_touched, event_named, event_asked

    text = "来电人说孩子刚出生，想给孩子上户口，还想问新生儿医保怎么办"
    event = event_asked(text) or event_named(text) or event_touched(text)
    parsed = {"item_in_scope": True, "item_ambiguous": False,
              "named_items": [{"id": "gongan.hukou.birth", "score": 0.97}, {"id": "yibao.resident.enroll", "score": 0.62}],
              "service_items": [{"id": "gongan.hukou.birth", "score": 0.85}, {"id": "yibao.resident.enroll", "score": 0.08}]}
    items = {i["id"]: i["confidence"] for i in suggested_items(real_store, parsed, text, 3, event)}
    assert event is not None and items["yibao.resident.enroll"] == 0.62 and items["gongan.hukou.birth"] == 0.97
