"""Whom to call about a kind of business: "公积金电话", "社保热线多少" ask for the offices' numbers,
not for one item's guide. Plain Python over the service points of the items concerned.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any, Dict, Iterable, List

# asks for a number to call (公积金电话, 社保的联系方式, 医保热线多少, 咨询电话是多少)
_CONTACT = re.compile(r"电话|联系方式|热线|号码|联系电话|打哪个")
MOST_PLACES = 5   # offices listed; the ones most of the items name first

CONTACTS = "{name}相关业务的咨询电话（各办理地点）：\n{lines}"


# the hotline itself asked about: 12345电话是多少, 便民热线怎么打, 12345几点有人接 (it was "not in scope …
# please call 12345")
# (12345 alone, not in a longer number: 手机13812345678 got the hotline's answer; r26 QA)
_HOTLINE_ASKED = re.compile(r"(?<!\d)12345(?!\d)|政务热线|便民热线|市长热线|服务热线")
_ABOUT_IT = re.compile(r"多少|是什么|怎么打|打不通|几点|什么时候|有人|能打|电话|号码|24小时|收费")
HOTLINE_ANSWER = ("12345是政务服务便民热线，全国统一号码，直接拨打12345即可（7×24小时，只收普通市话费）。"
                  "可以咨询政策和办事指南，也可以反映问题、投诉举报和提意见建议，热线会登记并转交有关部门办理答复。")


def asks_hotline(text: str) -> bool:
    """Whether ``text`` asks about the 12345 hotline itself (its number, its hours)."""
    text = text or ""
    return bool(_HOTLINE_ASKED.search(text)) and bool(_ABOUT_IT.search(_HOTLINE_ASKED.sub("", text)))


def asks_contact(text: str) -> bool:
    """Whether ``text`` asks for a number to call."""
    return bool(_CONTACT.search(text or ""))


def contact_lines(points: Iterable[Dict[str, Any]], most: int = MOST_PLACES) -> List[str]:
    """"· place：phone" for the distinct places with a phone among ``points`` (the service points
    of several items, repeated as often as items name them), the places most items name
    first, at most ``most``."""
    counted = Counter((p.get("place"), p.get("phone")) for p in points if p.get("place") and p.get("phone"))
    ranked = sorted(counted.items(), key=lambda entry: -entry[1])   # stable: first named first among equals
    return [f"· {place}：{phone}" for (place, phone), _ in ranked[:most]]


def contacts_answer(name: str, points: Iterable[Dict[str, Any]]) -> str:
    """The numbers to call about ``name`` (a topic: 公积金), or "" when no place has one."""
    lines = contact_lines(points)
    return CONTACTS.format(name=name, lines="\n".join(lines)) if lines else ""


# an office named (社保卡服务中心, 不动产登记中心, 车管所, 公积金管理中心): its own name's words, and the short names citizens
# use for what its name spells out
_OFFICE = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:中心|大厅|服务站|管理所|车管所|派出所|分局|支队|大队|办事处|窗口))")
# a bureau called by its everyday name, and how its windows are named (医保局的电话多少啊: "not in scope"; r56 QA)
_AGENCIES = {"医保局": ("医疗保障", "医保"), "医疗保障局": ("医疗保障", "医保"), "社保局": ("社会保险", "人社"),
             "人社局": ("人社", "社会保险"), "税务局": ("税务",), "社保中心": ("社会保险", "人社"), "医保中心": ("医疗保障", "医保")}
_SPELLED_OUT = (("社保卡", "社会保障卡"), ("社保", "社会保险"), ("公积金", "住房公积金"), ("医保", "医疗保障"))


def agency_named(text: str) -> bool:
    """Whether ``text`` names a bureau by its everyday name (社保局, 医保局)."""
    return any(agency in (text or "") for agency in _AGENCIES)


def office_named(text: str, points: Iterable[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The service points among ``points`` whose place is the office ``text`` names (社保卡服务中心的电话多少: 示例市社会保障卡
    服务中心), spelled out as the place is; [] when it names none of them."""
    found = [m.group(1) for m in _OFFICE.finditer(text or "")]
    agencies = {phrase for agency, phrases in _AGENCIES.items() if agency in (text or "") for phrase in phrases}
    if not found and not agencies:
        return []
    names = set(found) | agencies
    for short, long in _SPELLED_OUT:
        names |= {n.replace(short, long) for n in found if short in n and long not in n}
    return [p for p in points if p.get("place") and any(n in p["place"] for n in names)]
