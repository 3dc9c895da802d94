"""Pure helpers of the WeChat channel: fixed replies, Rasa output → one text, byte
splitting, safe XML validation.

Pure functions only (no I/O), so they are tested directly.
"""
from typing import Any, Dict, Iterable, List

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

# Passive replies and customer-service text messages are limited to 2,048 bytes of UTF-8.
WECHAT_TEXT_LIMIT_BYTES = 2048

EXAMPLE_QUESTIONS = ("身份证丢了怎么补办", "提取公积金要带什么", "怎么办居住证")

DEFAULT_WELCOME = (
    "您好，欢迎关注！我是政务服务办事指南助手，可以告诉您办理各类政务事项需要的"
    "材料、流程、办理地点和时间。\n"
    "请直接输入您要办理的事项，例如：\n"
    + "\n".join(f"· {q}" for q in EXAMPLE_QUESTIONS)
)

UNSUPPORTED_MESSAGE = (
    "目前暂只支持文字消息，请直接输入您要办理的事项，例如：" + EXAMPLE_QUESTIONS[0]
)

BOT_ERROR_MESSAGE = "抱歉，系统暂时繁忙，请稍后再试。"


def utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))


def _button_block(text: str, buttons: Iterable[Any]) -> str:
    titles = [
        str(b.get("title") or "").strip() for b in buttons if isinstance(b, dict)
    ]
    titles = [t for t in titles if t]
    if not titles or all(t in text for t in titles):
        return ""  # our actions already print "1. xxx" options in the text
    return "\n".join(f"{i}. {t}" for i, t in enumerate(titles, 1))


def format_reply(messages: List[Dict[str, Any]]) -> str:
    """Join the messages a CollectingOutputChannel collected into one WeChat text.

    - each message's ``text`` (a ``custom`` json message contributes only its "text" key);
    - ``buttons`` become numbered lines "1. title" unless every title is already in the text;
    - an ``image`` contributes its URL on a line of its own;
    - messages are separated by a blank line (the collector splits text on blank lines, so
      this restores the bot's own paragraphs).
    """
    blocks: List[str] = []
    for message in messages or []:
        if not isinstance(message, dict):
            continue
        parts: List[str] = []
        text = message.get("text")
        custom = message.get("custom")
        if isinstance(custom, dict) and isinstance(custom.get("text"), str):
            text = custom["text"] if not text else f"{text}\n{custom['text']}"
        text = text.strip() if isinstance(text, str) else ""
        if text:
            parts.append(text)
        buttons = message.get("buttons")
        if isinstance(buttons, list):
            block = _button_block(text, buttons)
            if block:
                parts.append(block)
        image = message.get("image")
        if isinstance(image, str) and image.strip():
            parts.append(image.strip())
        if parts:
            blocks.append("\n".join(parts))
    reply = "\n\n".join(blocks)
    # Lone surrogates cannot be encoded to UTF-8: never let them reach the wire.
    return reply.encode("utf-8", "replace").decode("utf-8")


def split_message(text: str, limit_bytes: int = WECHAT_TEXT_LIMIT_BYTES) -> List[str]:
    """Split ``text`` into parts of at most ``limit_bytes`` UTF-8 bytes each.

    Contract: ``"".join(split_message(text, n)) == text`` — nothing is dropped or added.
    Parts break right after a newline (the "\\n" stays at the end of the earlier part),
    packing as many whole lines as fit; only a line longer than a whole part is cut, and
    then between two characters (never inside a multi-byte character), filling each part.
    Every part is non-empty; an empty text gives ``[]``.
    """
    if limit_bytes < 4:
        raise ValueError("limit_bytes must be at least 4 (the longest UTF-8 character)")
    if not text:
        return []
    pieces = text.split("\n")
    lines = [p + "\n" for p in pieces[:-1]] + ([pieces[-1]] if pieces[-1] else [])
    parts: List[str] = []
    current: List[str] = []
    size = 0
    for line in lines:
        n = utf8_len(line)
        if size + n > limit_bytes and n <= limit_bytes:  # start a new part at this line
            parts.append("".join(current))
            current, size = [], 0
        if size + n <= limit_bytes:
            current.append(line)
            size += n
            continue
        # A line longer than a whole part: cut it between characters, filling the parts.
        for char in line:
            c = utf8_len(char)
            if size + c > limit_bytes:
                parts.append("".join(current))
                current, size = [], 0
            current.append(char)
            size += c
    parts.append("".join(current))
    return [p for p in parts if p]


# Top-level fields we read: each must appear once, as plain text.
_KNOWN_FIELDS = {
    "ToUserName", "FromUserName", "CreateTime", "MsgType", "MsgId", "Content",
    "Event", "EventKey", "Recognition", "Encrypt",
}


class BadRequest(ValueError):
    """Malformed, unsafe or incomplete request (→ 400)."""


def parse_safe_xml(data: Any) -> Dict[str, str]:
    """Validate a WeChat XML document with defusedxml (no DOCTYPE, no ENTITY) and return
    its top-level text fields. Raises BadRequest."""
    try:
        text = data.decode("utf-8") if isinstance(data, (bytes, bytearray)) else str(data)
        root = SafeET.fromstring(text, forbid_dtd=True)
    except DefusedXmlException as e:
        raise BadRequest(f"forbidden XML construct: {type(e).__name__}")
    except Exception as e:  # ParseError, UnicodeDecodeError, ...
        raise BadRequest(f"malformed XML: {e}")
    if root.tag != "xml":
        raise BadRequest("root element is not <xml>")
    fields: Dict[str, str] = {}
    for child in root:
        if child.tag in _KNOWN_FIELDS and (child.tag in fields or len(child)):
            raise BadRequest(f"field {child.tag} repeated or not plain text")
        fields.setdefault(child.tag, (child.text or "").strip())
    return fields
