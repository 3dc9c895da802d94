"""The 12345 hotline agent-assist workbench, served by the running assistant.

credentials.yml::

    bot.channels.agent.AgentWorkbench:
      token: ${AGENT_TOKEN}                 # required: the agents' shared access token
      feedback_db: ${AGENT_FEEDBACK_DB}     # corrections (default var/agent_feedback.db)
      knowledge_db: ${KNOWLEDGE_DB}         # the guides (default knowledge/guides.db)

``GET /webhooks/agent/`` is the page (it asks for the token once). The JSON API under
/webhooks/agent/ needs ``Authorization: Bearer <token>`` (else 401):

  POST suggest        {"text"} → the top 3 items of the trained model, then any other item the
                      caller named in a list (身份证和驾驶证都丢了), each with confidence,
                      ``named`` (the caller listed it) and the item's FAQ that the text asks
                      (``faq``: question, answer, score; or null); ``life_event``: the
                      event whose items these are (孩子出生了要办哪些手续), else null, and
                      ``life_event_note``: which of them not every caller needs, or null;
                      ``topic``: a broad word said alone (公积金) with its kinds of business
                      to ask about first ({"name", "groups": [titles]}), else null;
                      each item's ``situation`` the caller's words describe (在外地 → 异地补领)
                      and ``district`` they name (if the item has service points there), else
                      null: the script opens with them; ``district`` alone: the one named;
                      ``complaint``: {"kind", "script"} for a complaint about the service
                      itself (排队三个小时, 态度差: where it goes), else null;
                      ``emergency``: {"kind", "script"} for someone in danger now (走失, 着火,
                      抽搐, 不想活了: 110 / 119 / 120 / 12356), else null;
                      ``notice``: {"script"} for an office's genuine notice asked about (养老金到账
                      短信 正常吗) or a pension paid more or less than before, else null
  GET  item/<id>      [?district=&situation=] → the guide, read-out script, districts
  GET  search?q=      → knowledge-base search
  POST feedback       {"text", "correct_id", "predicted_id"?, "agent"?} → 201
  GET  ping           → {"ok": true} (token check)

Malformed input → 400, unknown item → 404, body over ``max_body_bytes`` → 413. The
knowledge base is opened on first use, from the configured path.
"""
from __future__ import annotations

import asyncio
import hmac
import logging
from functools import partial
from pathlib import Path
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import InputChannel, UserMessage
from rasa.shared.exceptions import RasaException
from sanic import Blueprint
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels.agent_script import BadParameter, NotFound, district_named, item_view, suggested_items
from bot.privacy import mask_pii
from bot.text import caller_in_first_person, caller_words, to_simplified
from knowledge.complaints import EMPLOYER_ITEMS, complaint_kind, complaint_script
from knowledge.crisis_signs import CHECK_IN
from knowledge.emergencies import CRISIS, danger_answer, danger_said, service_read
from knowledge.life_events import event_asked, event_named, event_touched
from knowledge.notices import genuine_notice_answer
from knowledge.outside import how_it_is_done
from knowledge.topics import topic_asked
from bot.channels.web_common import (
    BadJSON,
    BodyTooLarge,
    error,
    limit_body,
    ok,
    read_json_object,
    static_response,
    text_field,
)
from bot.feedback import DEFAULT_DB as DEFAULT_FEEDBACK_DB
from bot.feedback import FeedbackStore

logger = logging.getLogger(__name__)

PAGES = {"": "agent.html", "agent.js": "agent.js", "agent.css": "agent.css"}
MAX_TEXT = 2000
MAX_ID = 200
MAX_QUERY = 200
TOP_N = 3

Handler = Callable[..., Awaitable[HTTPResponse]]


def _config_error(message: str) -> RasaException:
    return RasaException(f"Agent workbench (bot.channels.agent.AgentWorkbench): {message}")



# what the classifier says when a caller's words ask nothing it was trained on (他说车辆年审 车买了5年 私家车)
_NOTHING_ASKED = ("out_of_scope", "nlu_fallback")
_CUED = ("ask_progress", "ask_proxy")   # (IntentSettler's cued intents)
MIN_ASKED = 0.1


def intent_asked(parsed: Dict[str, Any], items_read: bool, in_scope: Optional[bool] = None) -> Dict[str, Any]:
    """The intent the agent sees: the classifier's, except out_of_scope beside items read in scope (``in_scope``:
    the linker's unless a life event's items are what is asked), where the best question intent it ranked (the caller
    asks about the items; out_of_scope at 0.99 beside 年检 in scope confused agents; r15 QA), else ask_guide; the
    classifier's own is kept apart."""
    intent = parsed.get("intent") or {}
    in_scope = bool(parsed.get("item_in_scope")) if in_scope is None else in_scope
    if intent.get("name") not in _NOTHING_ASKED or not (items_read and in_scope):
        return {"name": intent.get("name"), "confidence": intent.get("confidence")}
    # (not one ranked faintly, nor one that stands only with its cue words: 年审 showed ask_progress at 0.005; r17 QA)
    asked = next((e for e in parsed.get("intent_ranking") or [] if str(e.get("name", "")).startswith("ask_")
                  and e.get("name") not in _CUED and (e.get("confidence") or 0) >= MIN_ASKED), None)
    return {"name": asked["name"], "confidence": asked.get("confidence")} if asked else {"name": "ask_guide", "confidence": None}

class AgentWorkbench(InputChannel):
    """Serves the workbench page and its token-protected JSON API."""

    @classmethod
    def name(cls) -> Text:
        return "agent"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        if not str(credentials.get("token") or "").strip():
            raise _config_error("`token` is missing: set AGENT_TOKEN (scripts/run.sh generates "
                                "one into var/agent_token)")
        return cls(
            token=str(credentials["token"]).strip(),
            feedback_db=credentials.get("feedback_db"),
            knowledge_db=credentials.get("knowledge_db"),
            max_body_bytes=credentials.get("max_body_bytes", 16 * 1024),
        )

    def __init__(self, token: Text, feedback_db: Optional[Any] = None,
                 knowledge_db: Optional[Any] = None, max_body_bytes: int = 16 * 1024,
                 store: Any = None) -> None:
        if not token or not str(token).strip():
            raise _config_error("`token` is required")
        self._token = str(token).strip().encode("utf-8")
        feedback_path = str(feedback_db or "").strip()
        self.feedback = FeedbackStore(Path(feedback_path) if feedback_path else DEFAULT_FEEDBACK_DB)
        if knowledge_db and str(knowledge_db).strip():
            self.knowledge_db = Path(str(knowledge_db).strip())
        else:
            from bot.settings import from_environment

            self.knowledge_db = from_environment().knowledge_db
        try:
            self.max_body_bytes = int(max_body_bytes)
        except (TypeError, ValueError):
            raise _config_error("`max_body_bytes` must be a number")
        self._store = store

    # ---------------------------------------------------------------- helpers
    def store(self):
        """The GuideStore, opened on first use (never at import or start-up)."""
        if self._store is None:
            from knowledge.guides import GuideStore

            self._store = GuideStore(self.knowledge_db)
        return self._store

    def authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization") or ""
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            return False
        return hmac.compare_digest(token.strip().encode("utf-8"), self._token)

    def _api(self, handler: Handler, reads_body: bool = False) -> Handler:
        """Token check first, then the handler; input errors → 400/404/413, not 500."""

        async def wrapped(request: Request, **params: Any) -> HTTPResponse:
            if reads_body:
                limit_body(request, self.max_body_bytes)
            if not self.authorized(request):
                return error(401, "missing or wrong token (Authorization: Bearer <token>)")
            try:
                return await handler(request, **params)
            except BodyTooLarge:
                return error(413, f"body larger than {self.max_body_bytes} bytes")
            except BadJSON as e:
                return error(400, str(e))
            except BadParameter as e:
                return error(400, str(e))
            except NotFound as e:
                return error(404, f"unknown item {e.args[0]!r}")
            except Exception as e:  # KnowledgeBaseMissing and the unexpected
                from knowledge.guides import KnowledgeBaseMissing

                if isinstance(e, KnowledgeBaseMissing):
                    logger.error("Agent workbench: %s", e)
                    return error(503, "knowledge base not available")
                logger.exception("Agent workbench: %s failed", request.path)
                return error(500, "internal error")

        wrapped.__name__ = handler.__name__
        return wrapped

    async def _run(self, function: Callable, *args: Any, **kwargs: Any) -> Any:
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, partial(function, *args, **kwargs))

    # ---------------------------------------------------------------- API
    async def suggest(self, request: Request) -> HTTPResponse:
        data = await read_json_object(request, self.max_body_bytes)
        text, problem = text_field(data, "text", True, MAX_TEXT)
        if problem:
            return error(400, problem)
        agent = getattr(request.app.ctx, "agent", None)
        if agent is None or not agent.is_ready():
            return error(503, "no model loaded")
        parsed = await agent.parse_message(text)
        # 来电人说家里老人去世了要办啥: the caller's words, as the NLU reads them (公基金 as 公积金: text_read)
        said = to_simplified(caller_words(parsed.get("text_read") or text))   # (in traditional characters too; r84 QA)
        # (the caller's own danger said in the third person: 来电人说她不想活了 was someone else's crisis; r51 QA)
        danger = danger_said(to_simplified(caller_in_first_person(parsed.get("text_read") or text)))
        # someone in danger now: no service items (煤气味很重，人有点头晕 listed 户口注销（死亡）)
        # (来电人说他妈没了: nothing asked; 我老父亲昨天在医院走了 后面要办哪些手续 户口 社保 丧葬费这些: the event and the
        # things it touches; r39 QA)
        event = None if danger else event_asked(said) or event_named(said) or event_touched(said)
        topic = None if event or danger else topic_asked(said)
        # a service outside the catalog read with nothing in scope: no items (电动车上牌 listed 机动车注册登记 at 0.64,
        # 户口本丢了 three other 补证 items, while the chat says it is not one of them; r16 QA)
        outside_only = bool(parsed.get("outside_service")) and not parsed.get("item_in_scope")
        # (a caller in crisis asking for help money: the script first, and the items it asks for; r39 QA)
        # (the kinds of a topic asked, 他问户口相关的业务都有哪些能办: its groups, not 企业简易注销登记 and 非正常户解除; r56 QA)
        despair = danger in (CRISIS, CHECK_IN)   # (来电人说最近压力很大很绝望…想问一下失业金怎么领: no items; r90 QA)
        if (danger and not despair) or outside_only or topic:
            items = []
        elif despair:
            # the items of the service asked beside the despair, read without it; none when nothing else is asked
            # (来电人说不想活了，家里没人管他: 职工死亡提取公积金 and 遗属待遇 beside the script; r89 QA)
            rest = service_read(said)
            rest_parsed = await agent.parse_message(rest) if rest != said else {}
            items = await self._run(suggested_items, self.store(), rest_parsed, rest, TOP_N, None) \
                if rest_parsed.get("item_in_scope") else []
        else:
            items = await self._run(suggested_items, self.store(), parsed, said, TOP_N, event)
        intent = parsed.get("intent") or {}
        kind = complaint_kind(said)
        # beside items read in scope only a complaint of the service itself (窗口人员态度很差，让他跑了三趟: the
        # agent logs it, whatever item it was about) or how to rate it
        # (never beside a danger: 我家孩子把老鼠药吃了 你们管不管 is no complaint of the service; r21 QA)
        complaint = None if danger \
            else kind if not (parsed.get("item_in_scope") and items) or kind in ("service", "rating") else None
        if complaint == "service":   # (the service complained of, not 劳动保障监察 for an employer's wrongs)
            items = [i for i in items if i.get("id") not in EMPLOYER_ITEMS]
        if complaint and not parsed.get("item_in_scope"):
            # (车管所窗口工作人员态度恶劣 …要投诉: the complaint, beside 机动车注销登记 at 0.06 and others; r84 QA) no item read
            # surely is none to offer
            items = []
        # a life event's items are what the caller asks (我家老爷子昨天晚上走了…该办哪些手续: in_scope false and out_of_scope
        # beside the event's seven items; r36 QA)
        in_scope = bool(parsed.get("item_in_scope")) or bool(event and items)
        return ok({
            # (the caller's numbers masked: the answer may be kept by the agent's browser or a proxy)
            "text": mask_pii(text), "items": items, "district": district_named(parsed),
            "life_event": event.name if event else None,
            "life_event_note": (event.note or None) if event else None,   # which items not everyone needs
            "topic": {"name": topic.name, "groups": [g.title for g in topic.groups]} if topic else None,
            # a complaint about the service itself (排队三个小时, 态度差): where it goes, to read out or log
            "complaint": {"kind": complaint, "script": complaint_script(complaint)} if complaint else None,
            # someone in danger now (走失, 着火, 抽搐, 不想活了): the emergency number before anything else
            "emergency": {"kind": danger, "script": danger_answer(danger, said)} if danger else None,
            # an office's genuine notice asked about, or a pension changed (养老金这个月多发了一百多，正常不: out of scope,
            # 资格认证 suggested; r63 QA): what to read out
            "notice": {"script": notice} if not danger and (notice := genuine_notice_answer(said)) else None,
            "in_scope": in_scope,
            "ambiguous": bool(parsed.get("item_ambiguous")),
            # (with the few facts the knowledge base keeps of it, to read out: 人身安全保护令)
            "outside_service": _with_how(parsed.get("outside_service")),
            "outside_service_too": parsed.get("outside_service_too"),
            "intent": intent_asked(parsed, bool(items), in_scope),
            "classifier_intent": {"name": intent.get("name"), "confidence": intent.get("confidence")},
        })

    async def item(self, request: Request, item_id: str) -> HTTPResponse:
        if len(item_id) > MAX_ID:
            return error(404, "unknown item")
        district = request.args.get("district")
        situation = request.args.get("situation")
        view = await self._run(item_view, self.store(), item_id, district, situation)
        return ok(view)

    async def search(self, request: Request) -> HTTPResponse:
        query = (request.args.get("q") or "").strip()
        if not query:
            return error(400, "`q` is required")
        if len(query) > MAX_QUERY:
            return error(400, f"`q` is longer than {MAX_QUERY} characters")
        raw_limit = request.args.get("limit") or "10"
        if not raw_limit.isdigit() or not 1 <= int(raw_limit) <= 50:
            return error(400, "`limit` must be 1-50")
        results = await self._run(self.store().search, query, int(raw_limit))
        return ok({"query": query, "results": [
            {"id": r["id"], "name": r["name"], "department": r.get("department")} for r in results
        ]})

    async def record_feedback(self, request: Request) -> HTTPResponse:
        data = await read_json_object(request, self.max_body_bytes)
        fields = {}
        for name, required, limit in (("text", True, MAX_TEXT), ("correct_id", True, MAX_ID),
                                      ("predicted_id", False, MAX_ID), ("agent", False, 100)):
            fields[name], problem = text_field(data, name, required, limit)
            if problem:
                return error(400, problem)
        if await self._run(self.store().item, fields["correct_id"]) is None:
            raise NotFound(fields["correct_id"])
        row = await self._run(self.feedback.add, fields["text"], fields["correct_id"],
                              fields["predicted_id"], fields["agent"])
        return ok(row, status=201)

    async def ping(self, request: Request) -> HTTPResponse:
        return ok({"ok": True})

    # ---------------------------------------------------------------- routes
    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        bp = Blueprint("agent_workbench", __name__)

        @bp.route("/", methods=["GET", "HEAD"])
        async def page(_: Request) -> HTTPResponse:
            return static_response(PAGES, "")

        @bp.route("/agent.js", methods=["GET", "HEAD"])
        async def script(_: Request) -> HTTPResponse:
            return static_response(PAGES, "agent.js")

        @bp.route("/agent.css", methods=["GET", "HEAD"])
        async def style(_: Request) -> HTTPResponse:
            return static_response(PAGES, "agent.css")

        bp.add_route(self._api(self.suggest, True), "/suggest", methods=["POST"], stream=True)
        bp.add_route(self._api(self.record_feedback, True), "/feedback", methods=["POST"], stream=True)
        bp.add_route(self._api(self.item), "/item/<item_id:str>", methods=["GET"])
        bp.add_route(self._api(self.search), "/search", methods=["GET"])
        bp.add_route(self._api(self.ping), "/ping", methods=["GET"])
        return bp


def _with_how(service: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """A service outside the catalog as the NLU names it, with its ``how`` (``knowledge.outside``) when it has one."""
    if not isinstance(service, dict) or not isinstance(service.get("name"), str):
        return service
    how = how_it_is_done(service["name"])
    return {**service, "how": how} if how else service
