"""WeChat official account (微信公众号) input channel for Rasa.

Configured in credentials.yml under ``bot.channels.wechat.WeChatInput`` (docs/wechat.md).
Webhook: ``/webhooks/wechat/webhook`` (GET = URL verification, POST = messages).
Each MsgId is handled once; WeChat's retries get the same answer. An answer ready within
``reply_timeout`` is the passive reply; a slower one, and every part of a long one past
the first 2,048 bytes, goes through the customer-service API (see wechat_api.py).
"""
import asyncio
import logging
import time
from collections import OrderedDict
from typing import Any, Awaitable, Callable, Dict, Optional, Text

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.exceptions import InvalidSignatureException
from wechatpy.replies import TextReply
from wechatpy.utils import check_signature

from bot.channels.web_common import BodyTooLarge, limit_body, read_body
from bot.channels.wechat_api import DEFAULT_API_BASE, WeChatAPI
from bot.channels.wechat_text import (
    BOT_ERROR_MESSAGE,
    BadRequest,
    DEFAULT_WELCOME,
    UNSUPPORTED_MESSAGE,
    WECHAT_TEXT_LIMIT_BYTES,
    format_reply,
    parse_safe_xml,
    split_message,
)

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]


class _Entry:
    """One WeChat message (MsgId) in flight: its bot task and how its answer leaves."""

    __slots__ = ("task", "created", "async_delivery", "followup_queued")

    def __init__(self, task: "asyncio.Future[str]") -> None:
        self.task = task
        self.created = time.monotonic()
        self.async_delivery = False  # some request answered "success": API delivers all
        self.followup_queued = False  # parts after the passive one were queued once


class ReplyCache:
    """Bounded LRU map key → _Entry whose entries expire ``ttl`` s after creation."""

    def __init__(self, max_entries: int = 10_000, ttl: float = 60.0) -> None:
        self.max_entries, self.ttl = max_entries, ttl
        self._items: "OrderedDict[str, _Entry]" = OrderedDict()

    def __len__(self) -> int:
        return len(self._items)

    def get(self, key: str) -> Optional[_Entry]:
        entry = self._items.get(key)
        if entry is None:
            return None
        if time.monotonic() - entry.created >= self.ttl:
            del self._items[key]
            return None
        self._items.move_to_end(key)
        return entry

    def put(self, key: str, entry: _Entry) -> None:
        self._items[key] = entry
        self._items.move_to_end(key)
        while len(self._items) > self.max_entries:
            self._items.popitem(last=False)


def _config_error(message: str) -> RasaException:
    return RasaException(f"WeChat channel (bot.channels.wechat.WeChatInput): {message}")


class WeChatInput(InputChannel):
    """Rasa input channel for a WeChat official account (plaintext and safe mode)."""

    @classmethod
    def name(cls) -> Text:
        return "wechat"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        if not credentials:
            cls.raise_missing_credentials_exception()
        if not str(credentials.get("token") or "").strip():
            raise _config_error(
                "`token` is missing. Set it to the Token (令牌) configured in 公众号后台 → "
                "设置与开发 → 基本配置 → 服务器配置."
            )
        return cls(
            token=str(credentials["token"]).strip(),
            encoding_aes_key=credentials.get("encoding_aes_key"),
            appid=credentials.get("appid"),
            secret=credentials.get("secret"),
            api_base=credentials.get("api_base") or DEFAULT_API_BASE,
            menu=credentials.get("menu"),
            welcome=credentials.get("welcome"),
            reply_timeout=credentials.get("reply_timeout", 4.5),
            max_body_bytes=credentials.get("max_body_bytes", 64 * 1024),
        )

    def __init__(
        self,
        token: Text,
        encoding_aes_key: Optional[Text] = None,
        appid: Optional[Text] = None,
        secret: Optional[Text] = None,
        api_base: Text = DEFAULT_API_BASE,
        menu: Optional[Dict[Text, Text]] = None,
        welcome: Optional[Text] = None,
        reply_timeout: float = 4.5,
        max_body_bytes: int = 64 * 1024,
        followup_delay: float = 0.5,
        cache_size: int = 10_000,
        cache_ttl: float = 60.0,
    ) -> None:
        if not token:
            raise _config_error("`token` is required")
        self.token = str(token)
        self.appid = str(appid).strip() if appid else None
        self.crypto: Optional[WeChatCrypto] = None
        if encoding_aes_key:
            key = str(encoding_aes_key).strip()
            if not self.appid:
                raise _config_error("`appid` is required with `encoding_aes_key`")
            try:
                if len(key) != 43:
                    raise ValueError
                self.crypto = WeChatCrypto(self.token, key, self.appid)
            except Exception:
                raise _config_error("`encoding_aes_key` must be the 43-character key")
        if menu is not None and not (
            isinstance(menu, dict)
            and all(isinstance(v, str) and v.strip() for v in menu.values())
        ):
            raise _config_error("`menu` must map CLICK EventKeys to message texts")
        self.menu = {str(k): v.strip() for k, v in (menu or {}).items()}
        self.welcome = str(welcome).strip() if welcome else DEFAULT_WELCOME
        try:
            self.reply_timeout = float(reply_timeout)
            self.max_body_bytes = int(max_body_bytes)
        except (TypeError, ValueError):
            raise _config_error("`reply_timeout` and `max_body_bytes` must be numbers")
        if self.reply_timeout <= 0 or self.max_body_bytes <= 0:
            raise _config_error("`reply_timeout` and `max_body_bytes` must be positive")
        if self.reply_timeout >= 5:
            logger.warning("WeChat waits 5 s for an answer: reply_timeout should be < 5")
        self.followup_delay = followup_delay
        self.api = WeChatAPI(self.appid, secret, api_base)
        if not self.api.configured:
            logger.warning(
                "WeChat: no appid/secret; slow or long answers cannot be delivered"
            )
        self.replies = ReplyCache(cache_size, cache_ttl)
        self._last_send: Dict[str, "asyncio.Future[None]"] = {}
        self._background: set = set()

    # ---------------------------------------------------------------- signatures, body
    def _signature_ok(self, signature: Any, timestamp: Any, nonce: Any) -> bool:
        if not (signature and timestamp and nonce):
            return False
        try:
            check_signature(self.token, signature, timestamp, nonce)
            return True
        except InvalidSignatureException:
            return False


    # ---------------------------------------------------------------- answers
    def _spawn(self, coro: Awaitable[Any]) -> "asyncio.Future[Any]":
        task = asyncio.ensure_future(coro)
        self._background.add(task)
        task.add_done_callback(self._background.discard)
        return task

    def _queue_send(self, openid: str, parts: list, delay: float = 0.0) -> None:
        """Send parts through the customer-service API, in order per user."""
        previous = self._last_send.get(openid)

        async def send() -> None:
            if previous is not None:
                await asyncio.wait([previous])
            if delay:
                await asyncio.sleep(delay)
            loop = asyncio.get_running_loop()
            await loop.run_in_executor(None, self.api.send_texts, openid, parts)

        task = self._spawn(send())
        self._last_send[openid] = task

        def forget(done: "asyncio.Future[None]") -> None:
            if self._last_send.get(openid) is done:
                del self._last_send[openid]

        task.add_done_callback(forget)

    async def _deliver_later(self, entry: _Entry, openid: str) -> None:
        try:
            reply = await entry.task
        except Exception:
            logger.exception("WeChat: bot task failed")
            reply = BOT_ERROR_MESSAGE
        parts = split_message(reply, WECHAT_TEXT_LIMIT_BYTES)
        if parts:
            self._queue_send(openid, parts)

    async def _answer(
        self, key: str, openid: str, job: Callable[[], Awaitable[str]]
    ) -> Optional[str]:
        """Run ``job`` once per key; the passive reply text, or None for "success"."""
        entry = self.replies.get(key)
        if entry is None:
            entry = _Entry(self._spawn(job()))
            self.replies.put(key, entry)
        elif entry.async_delivery:
            return None
        try:
            reply = await asyncio.wait_for(asyncio.shield(entry.task), self.reply_timeout)
        except asyncio.TimeoutError:
            if not entry.async_delivery:
                entry.async_delivery = True
                self._spawn(self._deliver_later(entry, openid))
            return None
        except Exception:
            logger.exception("WeChat: bot task failed")
            reply = BOT_ERROR_MESSAGE
        if entry.async_delivery:  # another request for this MsgId already gave up
            return None
        parts = split_message(reply, WECHAT_TEXT_LIMIT_BYTES)
        if len(parts) > 1 and not entry.followup_queued:
            entry.followup_queued = True
            self._queue_send(openid, parts[1:], self.followup_delay)
        return parts[0] if parts else None

    async def _ask_bot(
        self, on_new_message: OnNewMessage, openid: str, text: str, meta: Dict
    ) -> str:
        collector = CollectingOutputChannel()
        message = UserMessage(
            text, collector, openid, input_channel=self.name(),
            message_id=meta.get("msg_id") or None, metadata={"wechat": meta},
        )
        try:
            await on_new_message(message)
        except Exception:
            logger.exception("WeChat: handling the message of %s failed", openid)
            return format_reply(collector.messages) or BOT_ERROR_MESSAGE
        return format_reply(collector.messages)

    async def _dispatch(
        self, fields: Dict[str, str], msg: Any, on_new_message: OnNewMessage
    ) -> Optional[str]:
        openid, msg_type = fields["FromUserName"], fields["MsgType"].lower()
        msg_id = fields.get("MsgId", "")
        event = fields.get("Event", "").lower() if msg_type == "event" else ""
        meta = {"msg_type": msg_type, "msg_id": msg_id, "event": event,
                "create_time": fields.get("CreateTime", ""), "to_user": fields["ToUserName"]}

        def fixed(text: str) -> Callable[[], Awaitable[str]]:
            async def job() -> str:
                return text
            return job

        def ask(text: str) -> Callable[[], Awaitable[str]]:
            return lambda: self._ask_bot(on_new_message, openid, text, meta)

        if msg_type == "event":
            if event.startswith("subscribe"):  # subscribe, subscribe via QR scene
                job = fixed(self.welcome)
            elif event == "click":
                key = str(getattr(msg, "key", "") or fields.get("EventKey", ""))
                meta["event_key"] = key
                if key in self.menu:
                    job = ask(self.menu[key])
                else:
                    logger.warning("WeChat: menu key %r is not in `menu`", key)
                    job = fixed(self.welcome)
            else:  # unsubscribe, VIEW, LOCATION, SCAN, ...: nothing to say
                return None
        elif msg_type == "text" and (getattr(msg, "content", "") or "").strip():
            job = ask(msg.content.strip())
        elif msg_type == "voice" and (getattr(msg, "recognition", "") or "").strip():
            job = ask(msg.recognition.strip())
        else:  # image, location, video, link, file, voice without recognition, ...
            job = fixed(UNSUPPORTED_MESSAGE)
        if msg_id:
            key = f"{openid}:{msg_id}"
        else:
            key = f"{openid}:{fields.get('CreateTime', '')}:{msg_type}:{event}"
        return await self._answer(key, openid, job)

    # ---------------------------------------------------------------- HTTP
    async def _receive(self, request: Request, on_new_message: OnNewMessage) -> HTTPResponse:
        limit_body(request, self.max_body_bytes)
        args = request.args
        timestamp, nonce = args.get("timestamp"), args.get("nonce")
        signature, msg_signature = args.get("signature"), args.get("msg_signature")
        encrypted = (args.get("encrypt_type") or "raw").lower() == "aes"
        if encrypted:
            if self.crypto is None:
                logger.error("WeChat: encrypted message but no encoding_aes_key set")
                return response.text("encryption not configured", status=403)
            if not (msg_signature and timestamp and nonce) or (
                signature is not None and not self._signature_ok(signature, timestamp, nonce)
            ):
                return response.text("invalid signature", status=403)
        elif not self._signature_ok(signature, timestamp, nonce):
            return response.text("invalid signature", status=403)
        try:
            body = await read_body(request, self.max_body_bytes)
        except BodyTooLarge:
            return response.text("payload too large", status=413)
        try:
            fields = parse_safe_xml(body)
            xml = body.decode("utf-8")
            if encrypted:
                if not fields.get("Encrypt"):
                    raise BadRequest("missing Encrypt")
                try:
                    xml = self.crypto.decrypt_message(xml, msg_signature, timestamp, nonce)
                except InvalidSignatureException:
                    return response.text("invalid signature", status=403)
                except Exception as e:
                    raise BadRequest(f"cannot decrypt: {type(e).__name__}")
                fields = parse_safe_xml(xml)
            for name in ("FromUserName", "ToUserName", "MsgType"):
                if not fields.get(name):
                    raise BadRequest(f"missing {name}")
            msg = parse_message(xml)
        except BadRequest as e:
            logger.warning("WeChat: rejected request: %s", e)
            return response.text("bad request", status=400)
        except Exception as e:
            logger.warning("WeChat: unparsable message: %r", e)
            return response.text("bad request", status=400)

        content = await self._dispatch(fields, msg, on_new_message)
        if not content:
            return response.text("success")
        content = content.replace("]]>", "]]]]><![CDATA[>")  # keep the CDATA intact
        reply = TextReply(message=msg, content=content).render()
        if encrypted:
            reply = self.crypto.encrypt_message(reply, nonce, timestamp)
        return response.text(reply, content_type="application/xml; charset=utf-8")

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        bp = Blueprint("wechat_webhook", __name__)

        @bp.route("/", methods=["GET"])
        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        @bp.route("/webhook", methods=["GET"])
        async def verify(request: Request) -> HTTPResponse:
            try:
                args = request.args
                if not self._signature_ok(
                    args.get("signature"), args.get("timestamp"), args.get("nonce")
                ):
                    return response.text("invalid signature", status=403)
                echostr = args.get("echostr")
                if echostr is None:
                    return response.text("missing echostr", status=400)
                return response.text(echostr)
            except Exception:
                logger.exception("WeChat: URL verification failed")
                return response.text("bad request", status=400)

        @bp.route("/webhook", methods=["POST"], stream=True)
        async def receive(request: Request) -> HTTPResponse:
            try:
                return await self._receive(request, on_new_message)
            except Exception:
                logger.exception("WeChat: unexpected error, answering 'success'")
                return response.text("success")

        return bp
