"""Shared pieces of the web channels (widget, agent workbench): whitelisted static files
from ``bot/channels/static``, security headers, JSON errors and a capped body reader.

Static files are served from a fixed name → file table, never from a path built out of the
request, so no request can reach a file outside that table (no directory traversal).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Optional, Tuple

from sanic import response
from sanic.exceptions import PayloadTooLarge
from sanic.request import Request
from sanic.response import HTTPResponse

STATIC_DIR = Path(__file__).resolve().parent / "static"

CONTENT_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".svg": "image/svg+xml",
    ".txt": "text/plain; charset=utf-8",
}

# Pages may only load their own scripts, styles and API; nothing inline runs.
PAGE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'self'; "
    "form-action 'self'"
)


class BodyTooLarge(Exception):
    """The request body is over the channel's cap (→ 413)."""


class BadJSON(ValueError):
    """The body is not a JSON object (→ 400)."""


def security_headers(content_type: str) -> Dict[str, str]:
    headers = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}
    if content_type.startswith("text/html"):
        headers["Content-Security-Policy"] = PAGE_CSP
        headers["X-Frame-Options"] = "SAMEORIGIN"
    return headers


def static_response(
    files: Dict[str, str], name: str, replacements: Optional[Dict[str, str]] = None,
    cache: str = "no-cache",
) -> HTTPResponse:
    """The file ``files[name]`` of the static folder with its content type, else 404.

    ``replacements`` fills ``{{KEY}}`` placeholders (callers pass HTML-escaped values).
    """
    filename = files.get(name)
    if filename is None:
        return error(404, "not found")
    path = STATIC_DIR / filename
    content_type = CONTENT_TYPES.get(path.suffix, "application/octet-stream")
    try:
        body = path.read_bytes()
    except OSError:
        return error(404, "not found")
    if replacements:
        text = body.decode("utf-8")
        for key, value in replacements.items():
            text = text.replace("{{" + key + "}}", value)
        body = text.encode("utf-8")
    headers = {**security_headers(content_type), "Cache-Control": cache}
    return response.raw(body, content_type=content_type, headers=headers)


def error(status: int, message: str, **extra: Any) -> HTTPResponse:
    headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}
    if status == 401:
        headers["WWW-Authenticate"] = 'Bearer realm="agent"'
    return response.json({"error": message, **extra}, status=status, headers=headers,
                         dumps=_dumps)


def ok(data: Any, status: int = 200) -> HTTPResponse:
    headers = {"X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"}
    return response.json(data, status=status, headers=headers, dumps=_dumps)


def _dumps(data: Any, **kwargs: Any) -> str:
    return json.dumps(data, ensure_ascii=False)


def limit_body(request: Request, cap: int) -> None:
    """Let Sanic drop, rather than read on, a body far over ``cap`` (see WeChatInput)."""
    stream = request.stream
    if stream is not None and hasattr(stream, "request_max_size"):
        stream.request_max_size = min(stream.request_max_size, max(cap, 1 << 20))


async def read_body(request: Request, cap: int) -> bytes:
    """The request body (route registered with ``stream=True``), at most ``cap`` bytes."""
    limit_body(request, cap)
    length = (request.headers.get("content-length") or "").strip()
    if length.isdigit() and int(length) > cap:
        raise BodyTooLarge
    stream = request.stream
    if stream is None or getattr(request, "body", b""):
        body = bytes(request.body or b"")
        if len(body) > cap:
            raise BodyTooLarge
        return body
    chunks, size = [], 0
    try:
        while True:
            chunk = await stream.read()
            if chunk is None:
                break
            size += len(chunk)
            if size > cap:
                raise BodyTooLarge
            chunks.append(chunk)
    except PayloadTooLarge:
        raise BodyTooLarge
    return b"".join(chunks)


async def read_json_object(request: Request, cap: int) -> Dict[str, Any]:
    """The body as a JSON object; BodyTooLarge or BadJSON otherwise."""
    body = await read_body(request, cap)
    try:
        data = json.loads(body.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadJSON("the body is not valid JSON")
    if not isinstance(data, dict):
        raise BadJSON("the body must be a JSON object")
    try:   # \ud800 is valid JSON but no character: nothing could store or send it back
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise BadJSON("the body holds a lone surrogate (\\ud800-\\udfff), which is not text")
    return data


def text_field(data: Dict[str, Any], name: str, required: bool, max_chars: int) -> Tuple[Optional[str], Optional[str]]:
    """``(value, problem)``: a stripped string field of at most ``max_chars`` characters."""
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, (f"`{name}` is required" if required else None)
    if not isinstance(value, str):
        return None, f"`{name}` must be a string"
    value = value.strip()
    if len(value) > max_chars:
        return None, f"`{name}` is longer than {max_chars} characters"
    return value, None
