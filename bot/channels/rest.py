"""The REST channel with guards: ``bot.channels.rest.GuardedRestInput``.

credentials.yml (replaces Rasa's ``rest:`` entry; the URL stays /webhooks/rest/webhook)::

    bot.channels.rest.GuardedRestInput:
      max_message_chars: 2000        # longer messages are not processed: polite reply, 200
      rate_limit_per_minute: 30      # per sender; over it: polite reply, 429 + Retry-After
      # optional:
      # rate_limit_burst: 30         # bucket size (default: rate_limit_per_minute)
      # max_body_bytes: 262144       # larger bodies: 413 JSON error, never read whole
      # reply_timeout_seconds: 20    # no answer by then: the apology (processing goes on)
      # action_timeout_seconds: 10   # Rasa's action server call (Rasa's default: 300)

``POST /webhooks/rest/webhook`` with ``Content-Type: application/json`` and
``{"sender": "...", "message": "...", "metadata"?: {...}}``; the reply is the JSON list of
bot messages (``[{"recipient_id", "text", "buttons"?, ...}]``), as with Rasa's channel,
also with ``?stream=true``. Errors:

* wrong content type, invalid JSON, no/empty sender, a message that is not a string,
  metadata that is not an object → 400 ``{"error": "..."}``; body too large → 413;
* over ``rate_limit_per_minute`` → 429 with one polite message (and ``Retry-After``);
* over ``max_message_chars`` → 200 with one polite message; the message is not processed
  (nor stored).

When the assistant produces no reply for a message (the action server is down or failing,
an internal error, no answer within ``reply_timeout_seconds``) the reply is an apology
naming the 12345 hotline instead of Rasa's empty list. Rasa itself only logs a failed
custom action (``MessageProcessor._run_action``) and goes on, so the conversation stays
consistent and the next message is answered normally once the action server is back.
``action_timeout_seconds`` replaces Rasa's 5-minute timeout of the action server call
(``rasa.core.actions.action.DEFAULT_REQUEST_TIMEOUT``; endpoints.yml has no setting for
it), so a hung action server fails the turn quickly and releases the conversation lock.
"""
from __future__ import annotations

import asyncio
import gc
import logging
from typing import Any, Awaitable, Callable, Dict, List, Optional, Text, Union

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from rasa.core.channels.rest import RestInput
from rasa.shared.exceptions import RasaException
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse, ResponseStream

from bot.rasa_patches import (set_action_timeout, use_fast_action_result_validator, use_kept_domain_emptiness,
                              use_kept_endpoint_sessions, use_kept_event_types, use_sequential_graph_runner,
                              use_turn_events_for_actions, use_uncopied_debug_log_values,
                              use_uncopied_trackers_for_reading_actions)
from bot.channels.web_common import BodyTooLarge, error, ok, read_body
from bot.guard import (
    DEFAULT_MAX_MESSAGE_CHARS,
    DEFAULT_RATE_LIMIT_PER_MINUTE,
    UNAVAILABLE_TEXT,
    ChatRequest,
    RateLimiter,
    RequestError,
    over_cap,
    parse_chat_request,
    rate_limited_text,
    too_long_text,
)
from knowledge.emergencies import danger_answer, danger_said

logger = logging.getLogger(__name__)

OnNewMessage = Callable[[UserMessage], Awaitable[Any]]

DEFAULT_MAX_BODY_BYTES = 256 * 1024
DEFAULT_REPLY_TIMEOUT = 20.0
DEFAULT_ACTION_TIMEOUT = 10.0


def _number(credentials: Dict[Text, Any], key: str, default: float, minimum: float) -> float:
    value = credentials.get(key)
    if value is None or value == "":
        return default
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise RasaException(f"GuardedRestInput: `{key}` must be a number, not {value!r}")
    if number < minimum:
        raise RasaException(f"GuardedRestInput: `{key}` must be at least {minimum}")
    return number


class GuardedRestInput(RestInput):
    """Rasa's REST channel with validation, a message length cap, a per-sender rate
    limit and an apology instead of silence (see the module docstring)."""

    @classmethod
    def name(cls) -> Text:
        return "rest"

    @classmethod
    def from_credentials(cls, credentials: Optional[Dict[Text, Any]]) -> InputChannel:
        credentials = credentials or {}
        burst = credentials.get("rate_limit_burst")
        return cls(
            max_message_chars=int(_number(credentials, "max_message_chars", DEFAULT_MAX_MESSAGE_CHARS, 1)),
            rate_limit_per_minute=_number(credentials, "rate_limit_per_minute", DEFAULT_RATE_LIMIT_PER_MINUTE, 0.01),
            rate_limit_burst=None if burst in (None, "") else _number(credentials, "rate_limit_burst", 1, 1),
            max_body_bytes=int(_number(credentials, "max_body_bytes", DEFAULT_MAX_BODY_BYTES, 1024)),
            reply_timeout_seconds=_number(credentials, "reply_timeout_seconds", DEFAULT_REPLY_TIMEOUT, 0.1),
            action_timeout_seconds=_number(credentials, "action_timeout_seconds", DEFAULT_ACTION_TIMEOUT, 0.1),
        )

    def __init__(self, max_message_chars: int = DEFAULT_MAX_MESSAGE_CHARS,
                 rate_limit_per_minute: float = DEFAULT_RATE_LIMIT_PER_MINUTE,
                 rate_limit_burst: Optional[float] = None, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
                 reply_timeout_seconds: float = DEFAULT_REPLY_TIMEOUT,
                 action_timeout_seconds: Optional[float] = DEFAULT_ACTION_TIMEOUT) -> None:
        self.max_message_chars = max_message_chars
        self.limiter = RateLimiter(rate_limit_per_minute, burst=rate_limit_burst)
        self.max_body_bytes = max_body_bytes
        self.reply_timeout = reply_timeout_seconds
        if action_timeout_seconds is not None:
            set_action_timeout(action_timeout_seconds)
        use_fast_action_result_validator()
        use_kept_endpoint_sessions()
        use_sequential_graph_runner()
        use_kept_domain_emptiness()
        use_turn_events_for_actions()
        use_kept_event_types()
        use_uncopied_trackers_for_reading_actions()
        use_uncopied_debug_log_values()

    # -- one message ---------------------------------------------------------------------

    async def answer(self, on_new_message: OnNewMessage, chat: ChatRequest,
                     input_channel: Text) -> List[Dict[Text, Any]]:
        """The bot's messages for one accepted message, or the apology when there are none
        (or processing failed or did not finish within ``reply_timeout``)."""
        collector = CollectingOutputChannel()
        message = UserMessage(chat.message, collector, chat.sender, input_channel=input_channel,
                              metadata=chat.metadata)
        task = asyncio.ensure_future(on_new_message(message))
        task.add_done_callback(_log_failure)
        failed = False
        try:
            # shield: a timeout or a client that goes away does not cancel the turn half-way
            # (the tracker and the conversation lock stay consistent)
            await asyncio.wait_for(asyncio.shield(task), timeout=self.reply_timeout)
        except asyncio.TimeoutError:
            failed = True
            logger.warning("rest: no answer within %.1f s for sender %s; apologising",
                           self.reply_timeout, chat.sender)
        except asyncio.CancelledError:
            raise
        except Exception:  # logged by _log_failure
            failed = True
        messages = list(collector.messages)
        if failed or not messages:
            if not failed:
                logger.warning("rest: the assistant produced no reply for sender %s "
                               "(is the action server up?); apologising", chat.sender)
            messages.append({"recipient_id": chat.sender, "text": UNAVAILABLE_TEXT})
        return messages

    def blueprint(self, on_new_message: OnNewMessage) -> Blueprint:
        bp = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        async def health(_: Request) -> HTTPResponse:
            return response.json({"status": "ok"})

        async def receive(request: Request) -> Union[ResponseStream, HTTPResponse]:
            try:
                body = await read_body(request, self.max_body_bytes)
            except BodyTooLarge:
                return error(413, f"the body is larger than {self.max_body_bytes} bytes")
            chat = parse_chat_request(request.headers.get("content-type"), body)
            if isinstance(chat, RequestError):
                return error(chat.status, chat.message)
            allowed, retry_after = self.limiter.check(chat.sender)
            if not allowed:
                reply = [{"recipient_id": chat.sender, "text": rate_limited_text(retry_after)}]
                result = ok(reply, status=429)
                result.headers["Retry-After"] = str(max(1, int(retry_after + 0.999)))
                return result
            if over_cap(chat.message, self.max_message_chars):
                logger.info("rest: message of %d characters from sender %s not processed (cap %d)",
                            len(chat.message), chat.sender, self.max_message_chars)
                # (a long story ending 我真的不想活了，药都准备好了 got only "消息太长了"; r54 QA): a danger told is
                # answered first, whatever the length
                told = danger_said(chat.message)
                said = [danger_answer(told, chat.message)] if told else []
                return ok([{"recipient_id": chat.sender, "text": text}
                           for text in said + [too_long_text(self.max_message_chars)]])
            if _stream_requested(request):
                return response.stream(
                    self.stream_response(on_new_message, chat.message, chat.sender, self.name(), chat.metadata),
                    content_type="text/event-stream",
                )
            return ok(await self.answer(on_new_message, chat, self.name()))

        bp.add_route(health, "/", methods=["GET"])
        bp.add_route(receive, "/webhook", methods=["POST"], stream=True)
        bp.after_server_start(freeze_loaded_objects)
        return bp


async def freeze_loaded_objects(_app: Any, _loop: Any) -> None:
    """Once the model is loaded (Rasa loads it before the server starts), move everything
    alive to the garbage collector's permanent generation. The loaded model is about 500,000
    objects (vocabularies, dictionaries), and a full collection that walks them took about
    290 ms here: a turn that happened to trigger one waited that long."""
    gc.collect()
    gc.freeze()
    logger.debug("rest: %d objects frozen out of garbage collection", gc.get_freeze_count())


def _stream_requested(request: Request) -> bool:
    value = (request.args.get("stream") or "").strip().lower()
    return value in ("true", "1", "yes")


def _log_failure(task: "asyncio.Future[Any]") -> None:
    if task.cancelled():
        return
    exception = task.exception()
    if exception is not None:
        logger.error("rest: processing a message failed", exc_info=exception)
