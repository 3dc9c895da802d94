"""Masking of personal data (PII) before anything is persisted: tracker store events,
logs, agent feedback. Plain Python, no Rasa import.

``mask_pii(text)`` replaces, wherever they stand in a text:

* 18-digit resident ID numbers (居民身份证号码) whose GB 11643-1999 check digit is right,
  and 15-digit first-generation ones (valid region and birth date): ``110101********123X``
  (first 6 and last 4 kept; 15 digits: first 6 and last 3);
* mobile numbers ``1[3-9]`` + 9 digits, also ``86`` / ``+86`` in front: ``138****5678``;
* bank card numbers of 16-19 digits that pass the Luhn check: ``6222 **** **** 1234``
  (first 4 and last 4 kept, the middle starred in groups of four).

A number counts only as a whole: it may not touch another digit (``(?<!\\d)`` /
``(?!\\d)``); in JSON text escaped with ``ensure_ascii`` (Rasa's structured logs) the hex
digits of a ``\\uXXXX`` escape in front of a number do not count as touching it. The
usual written groupings are recognised too: ``138 1234 5678``,
``138-1234-5678``, ``6222 0212 3456 7890 123``, ``110101 19900307 123X``; full-width
digits (``１３８…``) as well. The masked forms contain no run of digits that could be
masked again, so masking is idempotent.

``mask_event(event_dict)`` returns a deep copy of a serialised Rasa event (or any
JSON-like value) in which every string value is masked, except identifier fields such as
``message_id`` (a uuid hex could contain 11 digits in a row).
"""
from __future__ import annotations

import re
import unicodedata
from typing import Any, Callable, List, Optional, Sequence, Tuple

__all__ = ["mask_pii", "mask_event", "contains_pii", "valid_id_number", "luhn_valid"]

_D = "0-9\uff10-\uff19"  # ASCII and full-width digits
_X = "Xx\uff38\uff58"  # check character X (also full-width)
_SEP = " \\-\u00a0\u3000"  # one space, hyphen, no-break space or ideographic space
# A run of digit groups separated by single separator characters; the last group may end
# in X (check character of an ID number). It must not touch another digit, except the
# last hex digit of a JSON escape (``\u53f7110101…`` in logs written with ensure_ascii),
# and it never starts inside such an escape.
_U, _H = r"\\u", "[0-9a-fA-F]"  # regex: a literal backslash-u, one hex digit
_START = (
    f"(?:(?<![{_D}])|(?<={_U}{_H}{{4}}))"
    f"(?<!{_U})(?<!{_U}{_H})(?<!{_U}{_H}{{2}})(?<!{_U}{_H}{{3}})"
)
_SHORTEST = 11  # digits of the shortest number masked (a mobile number)
_SPAN_BODY = f"{_START}[{_D}]+(?:[{_SEP}][{_D}]+)*(?:[{_X}])?(?![{_D}])"
# The lookahead first: it fails at once where no run of _SHORTEST digits, separators and X
# begins (most places in a text), before the lookbehinds of _START are tried; such a span is
# too short to hold a number masked and would be left as it is anyway.
_SPAN = re.compile(f"(?=[{_D}][{_D}{_SEP}{_X}]{{{_SHORTEST - 1}}})" + _SPAN_BODY)
_PART = re.compile(f"[{_D}]+[{_X}]?")
_QUICK = re.compile(f"[{_D}]{{2,}}")  # nothing to do without two digits in a row

_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_ID_CHECK = "10X98765432"
_DAYS = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)

# Keys whose values are identifiers, never free text (left untouched by mask_event).
SKIP_KEYS = frozenset({"message_id", "event", "timestamp", "sender_id", "conversation_id", "policy",
                       "model_id", "assistant_id"})


def _digits(text: str) -> str:
    """ASCII form of a string of (possibly full-width) digits and X."""
    out = []
    for char in text:
        if char in _X:
            out.append("X")
        else:
            out.append(str(unicodedata.digit(char)))
    return "".join(out)


def valid_id_number(number: str) -> bool:
    """An 18-character ID number with a right GB 11643 check digit, or a 15-digit
    first-generation one with a plausible region and birth date (ASCII input)."""
    if len(number) == 18 and number[:17].isdigit() and (number[17].isdigit() or number[17] == "X"):
        total = sum(int(digit) * weight for digit, weight in zip(number[:17], _ID_WEIGHTS))
        return _ID_CHECK[total % 11] == number[17]
    if len(number) == 15 and number.isdigit():
        month, day = int(number[8:10]), int(number[10:12])
        return number[0] in "12345678" and 1 <= month <= 12 and 1 <= day <= _DAYS[month - 1]
    return False


def luhn_valid(number: str) -> bool:
    total = 0
    for index, char in enumerate(reversed(number)):
        value = int(char)
        if index % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def _is_mobile(number: str) -> bool:
    return len(number) == 11 and number[0] == "1" and number[1] in "3456789" and number.isdigit()


def _card_mask(original: str) -> str:
    middle = "*" * (len(original) - 8)
    groups = " ".join(middle[i:i + 4] for i in range(0, len(middle), 4))
    return f"{original[:4]} {groups} {original[-4:]}"


def _classify(original: str) -> Optional[str]:
    """The masked form of one number (its digits without separators), or None."""
    number = _digits(original)
    if len(number) in (15, 18) and valid_id_number(number):
        keep = 4 if len(number) == 18 else 3
        return original[:6] + "*" * (len(number) - 6 - keep) + original[-keep:]
    if number.endswith("X"):  # not an ID number: a letter after another number ("…5678x")
        masked = _classify(original[:-1]) if len(number) > 1 else None
        return None if masked is None else masked + original[-1]
    if not number.isdigit():
        return None
    if _is_mobile(number):
        return original[:3] + "****" + original[-4:]
    if len(number) == 13 and number.startswith("86") and _is_mobile(number[2:]):
        return original[:5] + "****" + original[-4:]
    if 16 <= len(number) <= 19 and luhn_valid(number):
        return _card_mask(original)
    return None


# Written groupings (lengths of the separated groups) of the numbers above, longest first.
_GROUPINGS: Sequence[Tuple[int, ...]] = (
    (4, 4, 4, 4, 3), (4, 4, 4, 4, 2), (4, 4, 4, 4, 1),  # 17-19 digit cards
    (6, 4, 4, 4), (4, 4, 4, 4),  # ID number 6-4-4-4, 16-digit card
    (6, 8, 4), (6, 6, 3),  # ID numbers 6-8-4 (18), 6-6-3 (15)
    (3, 4, 4),  # mobile 138 1234 5678
)


def _mask_span(span: str) -> str:
    """Masks the numbers in one run of digit groups."""
    parts: List[Tuple[int, int]] = [(m.start(), m.end()) for m in _PART.finditer(span)]
    if len(parts) == 1:
        return _classify(span) or span
    pieces: List[str] = []
    done = 0  # index into span up to which pieces are emitted
    index = 0
    while index < len(parts):
        masked, used = None, 0
        lengths = [b - a for a, b in parts[index:]]
        for grouping in _GROUPINGS:
            size = len(grouping)
            if tuple(lengths[:size]) == grouping:
                candidate = "".join(span[a:b] for a, b in parts[index:index + size])
                masked = _classify(candidate)
                if masked is not None:
                    used = size
                    break
        if masked is None:
            masked = _classify(span[parts[index][0]:parts[index][1]])
            used = 1 if masked is not None else 0
        if masked is None:
            index += 1
            continue
        start, end = parts[index][0], parts[index + used - 1][1]
        pieces.append(span[done:start])
        pieces.append(masked)
        done = end
        index += used
    pieces.append(span[done:])
    return "".join(pieces)


def mask_pii(text: Any) -> Any:
    """``text`` with ID, mobile and bank card numbers masked (non-strings unchanged)."""
    if not isinstance(text, str) or not _QUICK.search(text):
        return text
    return _SPAN.sub(_masked_span, text)


def _masked_span(match: "re.Match[str]") -> str:
    """One span found by ``_SPAN``, masked; one shorter than the shortest number masked
    (spaced digits such as "1 2 3 4 5 6" pass the lookahead) is left as it is."""
    span = match.group(0)
    return span if len(span) < _SHORTEST else _mask_span(span)


def contains_pii(text: str) -> bool:
    """True when ``mask_pii`` would change ``text``."""
    return mask_pii(text) != text


# a number as masked (110101********1234, 138****5678, 6222 **** **** 1234): what a message said, masked on its way
_MASKED_NUMBER = re.compile(r"\d{3,6}\*{4,}\d{0,4}[\dXx]|\d{4} (?:\*{4} ?)+\d{1,4}")


# a number shaped like one of them, valid or not (a mistyped ID number is still one not to send)
_NUMBER_SHAPED = re.compile(r"(?<![\d])(?:\d{17}[\dXx]|\d{15}|1[3-9]\d{9}|\d{16,19})(?![\d])")


def mentions_personal_number(text: str) -> bool:
    """Whether ``text`` holds an ID, mobile or bank card number, in clear (valid or only shaped
    like one) or already masked."""
    return isinstance(text, str) and (contains_pii(text) or bool(_MASKED_NUMBER.search(text))
                                      or bool(_NUMBER_SHAPED.search(unicodedata.normalize("NFKC", text))))


# whether the assistant keeps what one tells it (你能记住我的身份证号吗, 我的手机号你们会保存吗: the 身份证 lines of the item in
# hand; r38 QA)
_KEEPING = re.compile(r"(?:会|能|可以|是否|会不会|能不能|有没有)(?:被|给我|帮我)?(?:记住|记下|保存|存下|存着|留存|泄露|泄漏|外泄"
                      r"|卖给)|安全吗|安不安全"
                      # (你刚才记下我号码了吗: "not in scope"; r48 QA)
                      r"|(?:记下|记住|存下|保存|录下|留下)(?:了)?(?:我|我的)?[^，,。？?！!\s]{0,4}?(?:了)?(?:吗|么|没|没有)")
_PERSONAL = re.compile(r"身份证号|身份证|手机号|电话号|号码|卡号|个人信息|信息|隐私|资料")
KEPT_ANSWER = ("不会。对话里的身份证号、手机号和银行卡号在保存前都会被隐去，我也不会用它们查询或办理任何业务；"
               "办事时只需按办事指南把证件带到窗口或在政务服务App上实名认证。请不要在对话中发送这些号码。")


def asks_if_kept(text: str) -> bool:
    """Whether ``text`` asks whether the assistant keeps or leaks the personal numbers or details one tells it."""
    text = unicodedata.normalize("NFKC", text or "")
    return bool(_KEEPING.search(text)) and bool(_PERSONAL.search(text))


_UNMASKED = frozenset({int, float, bool, type(None)})  # JSON values without text


def mask_event(event: Any, mask: Callable[[str], str] = mask_pii) -> Any:
    """A copy of a JSON-like value (an event's ``as_dict()``) with every string masked,
    keys and identifier fields (``SKIP_KEYS``) excepted."""
    if isinstance(event, str):
        return mask(event)
    if isinstance(event, dict):
        return {key: (value if key in SKIP_KEYS else _masked(value, mask)) for key, value in event.items()}
    if isinstance(event, list):
        return [_masked(value, mask) for value in event]
    if isinstance(event, tuple):  # (token, start, end) in parse_data: same JSON, same type
        return tuple(_masked(value, mask) for value in event)
    return event


def _masked(value: Any, mask: Callable[[str], str]) -> Any:
    """``mask_event(value, mask)``, with one call less for strings and numbers (most values)."""
    kind = type(value)
    if kind in _UNMASKED:
        return value
    return mask(value) if kind is str else mask_event(value, mask)
