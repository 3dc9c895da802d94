"""What the hotline workbench shows for one item: the whole guide, the 一次性告知 as a
read-out script in spoken order, and the lines of the ticket (工单) summary.

Plain functions over ``knowledge.guides.GuideStore``; the texts come from
``knowledge.notice`` so the agent reads exactly what the chat channels write.
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional

from knowledge.notice import (
    SAMPLE_NOTE,
    material_line,
    places_lines,
    ready_text,
    time_limit_text,
    visits_text,
)
from knowledge.agencies import agency_asked, agency_items
from knowledge.faq_matching import FaqMatch, item_loss_faq
from knowledge.situations import situation_said
from knowledge.topics import group_asked, in_topic, topics_named

ALL_DISTRICTS = ("", "*", "全部")


class NotFound(LookupError):
    """No such item (→ 404)."""


class BadParameter(ValueError):
    """A query parameter names no situation / district of the item (→ 400)."""


def read_out_script(
    item: Dict[str, Any], materials: List[Dict[str, Any]], points: List[Dict[str, Any]],
    situation: Optional[str] = None,
) -> List[Dict[str, str]]:
    """``[{"section", "text"}]`` in the order an agent reads them to the caller: item,
    conditions, materials one by one, time limits, fee, place/hours/phone, online."""
    lines: List[Dict[str, str]] = []

    def say(section: str, text: str) -> None:
        lines.append({"section": section, "text": text})

    opening = f"您要办理的是“{item['name']}”，受理部门：{item.get('department') or '见办事指南'}。"
    if situation:
        opening += f"按“{situation}”的情形办理。"
    say("事项", opening)
    say("办理条件", f"办理条件：{' '.join((item.get('conditions') or '无特别条件').split())}")
    say("申请材料", f"需要准备{len(materials)}项材料，我逐项念给您：" if materials else "不需要提交材料。")
    for n, material in enumerate(materials, 1):
        say("申请材料", material_line(n, material))
    say("办理时限", f"{time_limit_text(item)}。")
    say("收费标准", f"收费标准：{item.get('fee') or '不收费'}。")
    for line in places_lines(points):
        say("办理地点", f"办理地点：{line}")
    say("网上办理", f"网上办理：{item.get('online_entry') or '暂不支持网上办理'}；{visits_text(item)}。")
    closing = f"{ready_text(item)}请问还有其他需要帮您的吗？"
    if item.get("sample"):
        closing += SAMPLE_NOTE
    say("结束", closing)
    return lines


def ticket_summary(item: Dict[str, Any], materials: List[Dict[str, Any]],
                   points: List[Dict[str, Any]]) -> Dict[str, Any]:
    """The parts of the 工单 text (the page adds the caller's question)."""
    return {
        "materials": [material_line(n, m) for n, m in enumerate(materials, 1)],
        "time_limit": time_limit_text(item),
        "places": places_lines(points),
    }


def item_view(store, item_id: str, district: Optional[str] = None,
              situation: Optional[str] = None) -> Dict[str, Any]:
    """Everything ``GET item/<id>`` returns; NotFound / BadParameter on bad input."""
    guide = store.guide(item_id)
    if guide is None:
        raise NotFound(item_id)
    situations = guide["situations"]
    chosen = situations[0] if situations else None
    if situation:
        matches = [s for s in situations if situation in (s["name"], str(s["id"]))]
        if not matches:
            raise BadParameter(f"unknown situation {situation!r}; one of: "
                               + "、".join(s["name"] for s in situations))
        chosen = matches[0]
    districts = store.districts(item_id)
    district = (district or "").strip()
    if district in ALL_DISTRICTS or not districts:
        district = ""   # (an item whose points do not differ by district: all of them, whatever was asked)
    elif district not in districts:
        raise BadParameter(f"unknown district {district!r}; one of: " + "、".join(districts))
    materials = chosen["materials"] if chosen else []
    points = store.service_points(item_id, district or None)
    name = chosen["name"] if chosen else None
    spoken_situation = name if len(situations) > 1 else None
    script = read_out_script(guide, materials, points, spoken_situation)
    return {
        "item": guide,
        "situation": name,
        "situations": [s["name"] for s in situations],
        "district": district or None,
        "districts": districts,
        "materials": materials,
        "service_points": points,
        "script": script,
        "script_text": "\n".join(line["text"] for line in script),
        "summary": ticket_summary(guide, materials, points),
    }


def suggested_items(store, parsed: Dict[str, Any], text: str, top_n: int, event=None) -> List[Dict[str, Any]]:
    """The linker's top candidates for ``suggest``, then any other item the caller named
    together with them (身份证和驾驶证都丢了), each with its department, whether the caller
    named it in a list (``named``), and the FAQ of that item the caller's words ask, if any
    (``faq``: question, answer, score; or None). When the candidates are close and two or
    more are of one small family (``GuideStore.shared_family``), the rest of that family
    follows (``family``: true, confidence 0): the agent asks the caller which one. For a
    caller asking what a life event needs (``event``: 孩子出生了要办哪些手续), the event's
    items in the knowledge base instead, all ``named``; for a topic's kind of business named by
    its words (想把户口迁走: ``knowledge.topics.group_asked``), that group's items, as a family."""
    group = group_asked(text) if event is None else None
    if event is not None:   # the event's items in the order they are done, those of a topic the caller names
        # first (养老金和公积金怎么处理: 遗属待遇, 死亡提取), each with the linker's score (all were 0.0; r17 QA)
        read = {c.get("id"): float(c.get("score") or 0.0) for c in parsed.get("service_items") or [] if isinstance(c, dict)}
        # (a need named beside it at the score its own part reads it: 还想问新生儿医保怎么办 beside 出生登记 at 0.08; r75 QA)
        for named_item in parsed.get("named_items") or []:
            if isinstance(named_item, dict) and named_item.get("id"):
                read[named_item["id"]] = max(read.get(named_item["id"], 0.0), float(named_item.get("score") or 0.0))
        topics = topics_named(text)
        candidates = [{"id": i, "score": read.get(i, 0.0)} for i in event.items if store.item(i)]
        candidates.sort(key=lambda c: not any(in_topic(t, c["id"]) for t in topics))
        # ...after another need the caller named beside it (社保卡丢了要补办，另外他上个月离职了想把公积金取出来: the event's
        # items alone, 社会保障卡补领 missing; r67, r68 QA)
        candidates = [{"id": i["id"], "score": read.get(i["id"], 0.0)} for i in parsed.get("named_items") or []
                      if isinstance(i, dict) and i.get("id") not in event.items and store.item(i.get("id"))] + candidates
        named = {c["id"] for c in candidates}
    elif group is not None:   # 想把户口迁走: the 户口迁移 items, to ask which (not what the linker read)
        candidates = [{"id": i, "family": True} for i in group.items if store.item(i)]
        named = set()
    elif (agency := agency_asked(text)) is not None:
        # 他问市场监管局都管哪些业务: the department's items (公章刻制备案, 公司注销 and 特困人员救助供养 read; r58 QA)
        candidates = [{"id": i["id"], "family": True} for i in agency_items(store, agency[1])]
        named = set()
    else:
        named = {i.get("id") for i in parsed.get("named_items") or [] if isinstance(i, dict)}
        # (a named item at the score its own part reads it, not the whole message's: 社保卡补领 at 0.056; r70 QA)
        named_score = {i.get("id"): i.get("score") for i in parsed.get("named_items") or [] if isinstance(i, dict)}
        candidates = [{**c, "score": max(c.get("score") or 0.0, named_score.get(c.get("id")) or 0.0)}
                      for c in (parsed.get("service_items") or [])[:top_n] if isinstance(c, dict)]
        if named and candidates and parsed.get("item_in_scope") and not parsed.get("item_ambiguous"):
            named.add(candidates[0].get("id"))   # the best item is one of those the caller named
        shown = {c.get("id") for c in candidates}
        candidates += [i for i in parsed.get("named_items") or [] if isinstance(i, dict) and i.get("id") not in shown]
        # the items the caller named first (退休了公积金怎么取 还有我那个医保卡丢了也要补: 社会保障卡补领, named, was listed
        # below 与单位终止劳动关系提取, read at 0.089 against its 0.078; r36 QA)
        candidates.sort(key=lambda c: c.get("id") not in named)
        if parsed.get("item_ambiguous"):   # 提取公积金要带什么: every reason to withdraw, to ask which
            shown = {c.get("id") for c in candidates}
            family = store.shared_family([c.get("id") for c in candidates if isinstance(c.get("id"), str)])
            candidates += [{**i, "family": True} for i in family if i["id"] not in shown]
    district = district_named(parsed)
    items = []
    for candidate in candidates:
        item = store.item(candidate.get("id")) or {}
        faq = (store.faq_matcher().match(candidate.get("id"), text) or lost_faq(store, item, text)) if item else None
        items.append({
            "id": candidate.get("id"), "name": candidate.get("name") or item.get("name"),
            "department": item.get("department"),
            "confidence": round(float(candidate.get("score") or 0.0), 4),
            "named": candidate.get("id") in named,
            "family": bool(candidate.get("family")),
            "faq": {"question": faq.question, "answer": faq.answer, "score": round(faq.score, 4)} if faq else None,
            "situation": situation_in(store, candidate.get("id"), text) if item else None,
            "district": district if item and district in store.districts(candidate.get("id")) else None,
        })
    return items


def lost_faq(store, item: Dict[str, Any], text: str):
    """小孩出生证明丢了怎么补 of 《出生医学证明》首次签发: its FAQ about a loss (``loss_faq``), as the chat
    answers it, scored 0 (found by the loss said, not by similarity)."""
    lost = item_loss_faq(store, item["id"], text)
    return FaqMatch(item["id"], store.faqs(item["id"]).index(lost) + 1, lost["question"], lost["answer"], 0.0, 0.0) \
        if lost else None


def district_named(parsed: Dict[str, Any]) -> Optional[str]:
    """The district the caller named (the model's ``district`` entity), if any."""
    value = next((e.get("value") for e in parsed.get("entities") or []
                  if isinstance(e, dict) and e.get("entity") == "district"), None)
    return value if isinstance(value, str) else None


def situation_in(store, item_id: str, text: str) -> Optional[str]:
    """The situation of an item with several that the caller's words describe (在外地 → 异地补领),
    for the workbench to open first; None when they describe none or the item has one."""
    names = [s["name"] for s in store.situations(item_id)]
    return situation_said(text, names) if len(names) > 1 else None
