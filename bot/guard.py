"""Input guards shared by the channels (REST now; WeChat and Socket.IO can reuse them):
a per-sender token bucket with bounded memory, validation of a chat request, and the
polite texts. Plain Python: no Rasa, no Sanic.

* ``RateLimiter(per_minute, burst=None, max_senders=10_000)``: ``check(sender)`` takes one
  token of the sender's bucket and says whether the message may go on and, if not, after
  how many seconds it could. A bucket holds ``burst`` tokens (default ``per_minute``) and
  refills at ``per_minute / 60`` tokens a second. At most ``max_senders`` buckets are
  kept (least recently used dropped first; a dropped bucket comes back full, which only
  ever errs on the lenient side).
* ``parse_chat_request(content_type, body)``: the REST body as a ``ChatRequest`` or a
  ``RequestError`` (status 400 and a message for the JSON error).
* ``clean_text(text)``: control characters (other than tab and newline) become spaces and
  lone surrogates become U+FFFD, so nothing downstream (logs, SQLite, JSON) trips on them.
"""
from __future__ import annotations

import json
import math
import re
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from typing import Any, Callable, Dict, Optional, Tuple, Union

HOTLINE_HELP = "如需帮助，请拨打12345政务服务便民热线（7×24小时）。"
DEFAULT_MAX_MESSAGE_CHARS = 2000
DEFAULT_RATE_LIMIT_PER_MINUTE = 30
MAX_SENDER_CHARS = 255  # the tracker store's sender_id column is VARCHAR(255)

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def too_long_text(max_chars: int) -> str:
    return f"消息太长了，我一次读不完。请精简到{max_chars}字以内，说明您要办的事项后再发给我。{HOTLINE_HELP}"


def rate_limited_text(retry_after: float) -> str:
    seconds = max(1, math.ceil(retry_after))
    return f"您发送消息太频繁了，请{seconds}秒后再试。{HOTLINE_HELP}"


UNAVAILABLE_TEXT = f"抱歉，系统暂时无法回答您的问题，请稍后再试。{HOTLINE_HELP}"


class RateLimiter:
    """Token bucket per sender; thread-safe; memory bounded by ``max_senders``."""

    def __init__(self, per_minute: float, burst: Optional[float] = None, max_senders: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if per_minute <= 0:
            raise ValueError("per_minute must be positive")
        if max_senders < 1:
            raise ValueError("max_senders must be at least 1")
        self.per_minute = float(per_minute)
        self.rate = self.per_minute / 60.0
        self.burst = float(burst if burst is not None else per_minute)
        if self.burst < 1:
            raise ValueError("burst must be at least 1")
        self.max_senders = max_senders
        self._clock = clock
        self._buckets: "OrderedDict[str, Tuple[float, float]]" = OrderedDict()  # sender → (tokens, at)
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._buckets)

    def check(self, sender: str) -> Tuple[bool, float]:
        """``(allowed, retry_after_seconds)``; an allowed message spends one token."""
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.pop(sender, (self.burst, now))
            tokens = min(self.burst, tokens + (now - at) * self.rate)
            if tokens >= 1.0:
                allowed, retry_after = True, 0.0
                tokens -= 1.0
            else:
                allowed, retry_after = False, (1.0 - tokens) / self.rate
            self._buckets[sender] = (tokens, now)
            while len(self._buckets) > self.max_senders:
                self._buckets.popitem(last=False)
        return allowed, retry_after


@dataclass(frozen=True)
class RequestError:
    status: int
    message: str


@dataclass(frozen=True)
class ChatRequest:
    sender: str
    message: str
    metadata: Optional[Dict[str, Any]] = field(default=None)


def clean_text(text: str) -> str:
    return _SURROGATE.sub("\ufffd", _CONTROL.sub(" ", text))


def is_json_content_type(content_type: Optional[str]) -> bool:
    mime = (content_type or "").split(";", 1)[0].strip().lower()
    return mime == "application/json" or (mime.startswith("application/") and mime.endswith("+json"))


def parse_chat_request(content_type: Optional[str], body: Union[bytes, str]) -> Union[ChatRequest, RequestError]:
    """Validates ``{"sender": str, "message": str, "metadata"?: object}``.

    Wrong content type, not JSON, not an object, a missing or empty sender, a
    sender over 255 characters or with control characters, a message that is missing or
    not a string, metadata that is not an object → 400. The message is returned cleaned
    (``clean_text``) but not stripped and not length-checked (the caller answers an
    over-long message politely instead of rejecting it).
    """
    if not is_json_content_type(content_type):
        return RequestError(400, "Content-Type must be application/json")
    try:
        text = body.decode("utf-8") if isinstance(body, (bytes, bytearray)) else body
        data = json.loads(text)
    except (UnicodeDecodeError, ValueError, RecursionError):
        return RequestError(400, "the body is not valid JSON")
    if not isinstance(data, dict):
        return RequestError(400, "the body must be a JSON object")
    sender = data.get("sender")
    if isinstance(sender, int) and not isinstance(sender, bool):
        sender = str(sender)
    if not isinstance(sender, str) or not sender.strip():
        return RequestError(400, "`sender` is required (a non-empty string)")
    if len(sender) > MAX_SENDER_CHARS:
        return RequestError(400, f"`sender` is longer than {MAX_SENDER_CHARS} characters")
    if clean_text(sender) != sender:
        return RequestError(400, "`sender` contains control characters")
    message = data.get("message")
    if not isinstance(message, str):
        return RequestError(400, "`message` is required and must be a string")
    metadata = data.get("metadata")
    if metadata is not None and not isinstance(metadata, dict):
        return RequestError(400, "`metadata` must be a JSON object")
    return ChatRequest(sender=sender, message=clean_text(message), metadata=metadata)


def over_cap(message: str, max_chars: int) -> bool:
    """True when the message (without surrounding white space) is over ``max_chars``."""
    return len(message.strip()) > max_chars
