"""Opening days: 周六能办吗, 周末上班吗, 星期天开门不 answered from each service point's hours.

The hours are free text as the guides write them (``周一至周五 9:00-12:00，13:30-17:00；周六
9:00-12:00（仅身份证受理、领取）``): a day is open at a point when its hours name that day (or
a range or a word covering it: 周一至周日, 每天, 全天候), and the answer quotes what they say of
it, notes included. Plain Python, no Rasa.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple

from knowledge.asking import HOLIDAYS, NIGHT
from knowledge.notice import CLOSING, HOTLINE

HOLIDAY = "法定节假日"
# the days a citizen asks about, and how the hours or the citizen write each
DAY_WORDS = {"周六": ("周六", "星期六", "礼拜六", "週六"), "周日": ("周日", "星期日", "星期天", "礼拜天", "礼拜日", "週日"),
             HOLIDAY: HOLIDAYS}
WEEKEND = ["周六", "周日"]
_WEEKEND = re.compile(r"周末|双休")
_EVERY_DAY = re.compile(r"周一至周日|周一到周日|每天|每日|全天|24小时|7×24")
_NOTE = re.compile(r"[（(][^）)]*[）)]")
_NOT_THE_OFFICE = re.compile(r"热线|自助")   # 12348热线7×24小时, 自助查询机24小时可用: not the counter
_HOLIDAY_CLOSED = re.compile(r"节假日(?:除外|休息|不办公|不对外)")
_HOLIDAY_OPEN = re.compile(r"节假日(?:不休|照常|正常)")
_PART = re.compile(r"[；;，,]")


def days_asked(text: str) -> List[str]:
    """The days (``DAY_WORDS`` keys) ``text`` asks about: 周末 is both; holidays are one."""
    text = text or ""
    days = [day for day, words in DAY_WORDS.items() if any(w in text for w in words)]
    if _WEEKEND.search(text):
        days = WEEKEND + [day for day in days if day not in WEEKEND]
    return days


def every_day(hours: str) -> bool:
    """Whether the office's own hours (not a note, a hotline or a self-service machine) cover
    every day: 周一至周日 8:30-17:00, 全天24小时."""
    parts = _PART.split(_NOTE.sub("", hours or ""))
    return any(_EVERY_DAY.search(part) and not _NOT_THE_OFFICE.search(part) for part in parts)


def holidays_unsaid(hours: str) -> bool:
    """Whether ``hours`` say nothing of public holidays (most do not; offices close on them)."""
    return not (_HOLIDAY_CLOSED.search(hours or "") or _HOLIDAY_OPEN.search(hours or "") or every_day(hours))


def hours_on(hours: str, day: str) -> Optional[str]:
    """What ``hours`` say of ``day`` (``周六 9:00-12:00（仅身份证受理、领取）``), the whole
    hours when they cover every day, else None (closed that day, as far as they say).
    Holidays: the hours when open on them (节假日照常, 全天24小时), else None."""
    hours = hours or ""
    if day == HOLIDAY:
        closed = _HOLIDAY_CLOSED.search(hours)
        return hours if not closed and (_HOLIDAY_OPEN.search(hours) or every_day(hours)) else None
    if every_day(hours):
        return hours
    parts = [p.strip() for p in _PART.split(hours)]
    for n, part in enumerate(parts):
        if any(w in part for w in DAY_WORDS[day]) or (day == "周六" and "周一至周六" in part):
            times = [part] + [p for p in parts[n + 1:n + 2] if p and p[0].isdigit()]   # 周六 9:00-12:00，14:00-17:00
            return "，".join(times)
    return None


_ONLY = re.compile(r"仅(?:限|办理)?([^）)]+)")


def serves(hours: str, item: Dict[str, Any]) -> bool:
    """Whether hours that say they are only for some business (周六 9:00-12:00（仅身份证受理、
    领取）) serve ``item``: the business names a word of the item's name (身份证 for 居民身份证补领)."""
    only = _ONLY.search(hours)
    if only is None:
        return True
    name = item.get("name") or ""
    return any(len(word) >= 2 and word in name for word in re.split(r"[、，,和及]|受理|领取|办理", only.group(1)))


def _days_open(said: List[Tuple[str, Optional[str]]], hours: str) -> str:
    """周六 9:00-12:00；周日不办理本事项, from what the hours say of each day asked."""
    if not any(on for _, on in said):
        return f"{'、'.join(day for day, _ in said)}不办理本事项（{hours}）"
    opened = list(dict.fromkeys(on for _, on in said if on))
    closed = [day for day, on in said if not on]
    return "；".join(opened) + (f"；{'、'.join(closed)}不办理本事项" if closed else "")


# hours asked by the doors, the time of day or a date, not by a day of the week
# (晚上能火化吗: "周六、周日能否办理"; r27 QA)
_OTHER_TIMES = re.compile(r"开门|关门|几点|\d{1,2}月\d{1,2}[日号]|七夕|情人节|520|中午|午休|午饭|" + NIGHT)
# asked about the midday break (中午休息吗, 午休时间能办吗)
_MIDDAY = re.compile(r"中午|午休|午饭")
# a morning that ends by 12:xx and an afternoon from 12:xx–14:xx: the break between them
_MIDDAY_BREAK = re.compile(r"(1[12]:\d{2})\s*[，,、；;/\s]\s*(?:下午)?\s*(1[2-4]:\d{2})")
# one span across noon (9:00-17:00, 8:30—18:00): no break
_THROUGH_NOON = re.compile(r"(?:[89]|1[01]):\d{2}\s*[-—~～至到]\s*(?:1[3-9]|2\d):\d{2}")


def midday_said(hours: str) -> str:
    """What ``hours`` say of the midday break: 中午12:00—13:30休息, 中午不休息, or the hours as they are."""
    gap = _MIDDAY_BREAK.search(hours or "")
    if gap:
        return f"中午{gap.group(1)}—{gap.group(2)}休息（{hours}）"
    if _THROUGH_NOON.search(hours or ""):
        return f"中午不休息（{hours}）"
    return hours or "办公时间未写明"


def hours_answer(item: Dict[str, Any], points: List[Dict[str, Any]], text: str) -> str:
    """周六能办吗 about ``item``: for each of its service points, whether it is open on the days
    asked (the weekend when ``text`` names none: the question was asked before the item was
    chosen) and when, then the online service if the item has one."""
    days = days_asked(text)
    if not days and _OTHER_TIMES.search(text or ""):   # 几点开门, 520那天开门不: each office's hours as they are
        midday = bool(_MIDDAY.search(text or ""))   # 中午休息吗: the break, then the hours
        lines = [f"{item['name']}各办理地点的办公时间："]
        lines += [f"· {p.get('place') or ''}：{midday_said(p.get('hours') or '') if midday else p.get('hours') or '办公时间未写明'}"
                  for p in points]
        return "\n".join(lines + [CLOSING])
    days = days or WEEKEND
    asked = "、".join(days)
    lines = [f"{item['name']}{asked}能否办理，按各办理地点的办公时间："]
    for point in points:
        name, hours = point.get("place") or "", point.get("hours") or "办公时间未写明"
        said = [(day, hours_on(hours, day)) for day in days]
        said = [(day, on if on is None or serves(on, item) else None) for day, on in said]
        if HOLIDAY in days and holidays_unsaid(hours):   # not known: say so, with the days that are
            said = [(day, on) for day, on in said if day != HOLIDAY]
            known = f"{_days_open(said, hours)}；办公时间" if said else f"办公时间（{hours}）"
            lines.append(f"· {name}：{known}没有写明{HOLIDAY}安排，{HOLIDAY}一般不对外办公，以当地公告为准")
        else:
            lines.append(f"· {name}：{_days_open(said, hours)}")
    if not points:
        lines.append(f"· 办事指南没有写明办理地点，请拨打{HOTLINE}咨询")
    if item.get("online_entry"):
        lines.append(f"网上办理：{item['online_entry']}")
    return "\n".join(lines + [CLOSING])
