"""What tells the options on offer apart, for a citizen who asks "有啥区别" or "我该选哪个"
instead of choosing: for an item's situations, the materials each needs (户籍地补领: 居民户口簿;
异地补领: 户口簿、房屋权属证明); for items, the first sentence of each one's conditions (租房提取:
连续足额缴存满3个月，本人及配偶在本市无自有住房…); for districts, each one's office. Plain Python
over ``knowledge.guides.GuideStore``.
"""
from __future__ import annotations

import re
from typing import List, Optional, Sequence

_NOT_CONTENT = re.compile(r"[\W_]+")
# asking what tells them apart, or which one fits (有什么区别, 这几个有啥不一样, 我该选哪个, 哪个适合我)
# (not 也一样吗: 那医保呢 也一样吗 after 灵活就业养老 compares another thing with the item, not its options; r38 QA)
_DIFFERENCE = re.compile(r"区别|差别|差异|不同(?!意)|不一样|(?<![也都])一样吗|哪个(?:适合|对|是我|合适)|选哪|该选|选什么|选啥")
# a question of that alone: longer messages say more (户籍地补领和异地补领材料有啥不同 is still one)
MAX_CONTENT_CHARS = 24
# how much of an item's conditions is said for it
CONDITION_CHARS = 70
# how many sentences of an item's conditions on its situations are said beside their materials
TOLD_SENTENCES = 4


def asks_difference(text: str) -> bool:
    """Whether ``text`` asks what tells the options apart or which one to choose, and little else."""
    core = _NOT_CONTENT.sub("", text or "")
    return bool(core) and len(core) <= MAX_CONTENT_CHARS and bool(_DIFFERENCE.search(core))


def situations_compared(store, item_id: str, names: Sequence[str], told: bool = True) -> Optional[str]:
    """The materials each of ``names`` (situations of ``item_id``) needs, one line each, then (``told``) what the
    guide's conditions write of each; None when the guide lists materials for none of them."""
    lines: List[str] = []
    for number, name in enumerate(names, 1):
        materials = [m["name"] for m in store.materials(item_id, name)]
        lines.append(f"{number}. {name}：" + ("、".join(materials) if materials else "办事指南未列出材料"))
    if all(line.endswith("办事指南未列出材料") for line in lines):
        return None
    said = "这几种情形要带的材料不同：\n" + "\n".join(lines)
    lines = situations_told(store.item(item_id) or {}, names) if told else []
    return said + "\n办事指南对这几种情形写到：\n" + "\n".join(lines) if lines else said


def _pairs(text: str) -> set:
    return {text[i:i + 2] for i in range(len(text) - 1) if _NOT_CONTENT.sub("", text[i:i + 2]) == text[i:i + 2]}


def situations_told(item: dict, names: Sequence[str]) -> List[str]:
    """The sentences of an item's conditions that speak of one of its situations ``names`` in words the others and the
    item's name do not have (简易 of 简易注销（承诺制） beside 普通注销: 未发生债权债务……可由经营者书面承诺，按简易程序办理注销), each once, in the
    guide's order, at most ``TOLD_SENTENCES``, each cut to ``CONDITION_CHARS`` × 2."""
    # (not words of the item's own name: 机动车 of 海关监管机动车的转移登记 beside 所有权转移时转出, all of 机动车转让登记)
    common = _pairs(item.get("name") or "")
    own = [_pairs(name) - common - set().union(*(_pairs(other) for other in names if other != name)) for name in names]
    sentences = [p.strip() for p in re.split(r"(?<=[。；;])|\n", item.get("conditions") or "") if p and p.strip()]
    told = [sentence for sentence in sentences if any(words & _pairs(sentence) for words in own)]
    cut = CONDITION_CHARS * 2
    return [s if len(s) <= cut else s[:cut].rstrip("，,、") + "…" for s in told[:TOLD_SENTENCES]]


def items_compared(store, item_ids: Sequence[str]) -> Optional[str]:
    """Who each of ``item_ids`` is for (the first sentence of its conditions), one line each;
    None when no guide says."""
    lines: List[str] = []
    for number, item_id in enumerate(item_ids, 1):
        item = store.item(item_id)
        if item is None:
            continue
        lines.append(f"{number}. {item['name']}：{_first_sentence(item.get('conditions') or '') or '办事指南未写明办理条件'}")
    if not lines or all(line.endswith("办事指南未写明办理条件") for line in lines):
        return None
    return "这几项适用的情况不同：\n" + "\n".join(lines)


def _first_sentence(text: str) -> str:
    """The first sentence of ``text``, with the first of what it introduces (…之一的：（一）…), cut to
    ``CONDITION_CHARS``."""
    pieces = [p.strip() for p in re.split(r"(?<=[。；;])|\n", text.strip()) if p and p.strip()]
    sentence = pieces[0] if pieces else ""
    if sentence.endswith(("：", ":")) and len(pieces) > 1:
        sentence += pieces[1]
    return sentence if len(sentence) <= CONDITION_CHARS else sentence[:CONDITION_CHARS].rstrip("，,、") + "…"


def districts_compared(store, item_id: str, districts: Sequence[str]) -> Optional[str]:
    """Where ``item_id`` is handled in each of ``districts`` (这几个区有什么不同: the office of each),
    one line each; None when no district has an office listed."""
    lines: List[str] = []
    for number, district in enumerate(districts, 1):
        points = [p for p in store.service_points(item_id, district) if p.get("district") == district] \
            or store.service_points(item_id, district)
        said = "；".join(f"{p.get('place') or ''}（{p.get('address') or '地址未写明'}）" for p in points)
        lines.append(f"{number}. {district}：{said or '办事指南未列出办理地点'}")
    if all(line.endswith("办事指南未列出办理地点") for line in lines):
        return None
    return "这几个区的办理地点不同，材料和办理要求是一样的：\n" + "\n".join(lines)
