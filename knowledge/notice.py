"""Compose the 一次性告知 (one complete notice) and single-aspect answers from a guide.

Pure functions over the dicts ``GuideStore`` returns; every channel (REST, WeChat, the
web widget, the hotline workbench) shows the same text.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterator, List, Optional, Sequence

from knowledge.asking import GOT_AT_ONCE, aspects_asked, asks_amount, asks_yes_no

HOTLINE = "12345"
CLOSING = f"如有疑问，请拨打{HOTLINE}政务服务便民热线。"
SAMPLE_NOTE = "（示例数据，办理前请以当地最新办事指南为准）"
NOTICE_START = "【一次性告知】"   # how every one-time notice begins
ASPECTS = ("guide", "materials", "time_limit", "fee", "place", "online", "conditions", "process", "proxy", "progress",
           "amount")
# the sentences of a guide's conditions and process that say how much one gets
_AMOUNT = re.compile(r"额度|限额|金额|提取额|总额|\d元|元/|标准|本息|实际房租|购房款|比例|倍数|补助金|补贴")
_PAYING = re.compile(r"缴纳|工本费|收费|手续费|补税|纳税|缴费")   # what one pays: the fee, not the amount
# a sentence that gives an amount, not only a standard one is measured against (收入低于低保标准)
_FIGURES = re.compile(r"\d[\d.]*[万千百]?元|元/|金额|限额|额度|比例|\d%|不低于|不高于|计发")   # 最高2万元; 不低于…标准; 按…计发
_MONTHS_OR_TIMES = re.compile(r"\d个月|\d倍|倍数")   # 补助金为本人工资的7个月: an amount too
_SENTENCE_END = re.compile(r"(?<=[。；;])|\n")
_STEP = re.compile(r"^\d+[.、．]\s*(?:[^：:，。]{1,8}[：:])?")
NUMERALS = "一二三四五六七八九十"


def material_line(n: int, material: Dict[str, Any]) -> str:
    """``3. 居民户口簿（原件，1份）`` with the condition for optional materials."""
    details = [material.get("form") or "", f"{material.get('copies') or 1}份"]
    line = f"{n}. {material['name']}（{'，'.join(d for d in details if d)}）"
    note = material.get("note")
    if not material.get("required", True):
        line += f"〔需要时提供：{note}〕" if note else "〔视情况提供〕"
    elif note:
        line += f"〔{note}〕"
    return line


def materials_lines(materials: List[Dict[str, Any]]) -> List[str]:
    return [material_line(n, m) for n, m in enumerate(materials, 1)]


def time_limit_text(item: Dict[str, Any]) -> str:
    return f"法定办结时限：{item.get('legal_time_limit') or '无'}；承诺办结时限：{item.get('committed_time_limit') or '无'}"


def visits_text(item: Dict[str, Any]) -> str:
    visits = item.get("visits_needed")
    if visits == 0:
        return "全程网办，不用跑腿"
    if visits == 1:
        return "材料齐全最多跑一次"
    if visits is None:
        return "以窗口告知为准"
    return f"需到现场{visits}次"


def ready_text(item: Dict[str, Any]) -> str:
    """The notice's last word on the trips: one go once the materials are ready, or the trips
    the item itself needs (离婚登记 needs two: 一次办结 after 需到现场2次 contradicted it)."""
    visits = item.get("visits_needed")
    if visits == 0:
        return "材料备齐即可网上办结。"
    if visits is None or visits <= 1:
        return "材料备齐即可一次办结。"
    return f"材料备齐，按规定到场{visits}次即可办结，不用多跑。"


def trip_line(item: Dict[str, Any]) -> str:
    """After the places and what to bring (过户去哪办 asked first): how long it takes, what it costs and the trips, or
    the whole online way, in one line."""
    online = item.get("online_entry")
    trips = f"也可全程网上办理，不用跑腿：{online}。" if item.get("visits_needed") == 0 and online else ready_text(item)
    return (f"办理时限：{item.get('committed_time_limit') or item.get('legal_time_limit') or '以窗口告知为准'}；"
            f"收费标准：{item.get('fee') or '不收费'}。{trips}{CLOSING}")


def point_line(point: Dict[str, Any]) -> str:
    district = point.get("district")
    prefix = f"[{district}] " if district and district != "全市" else ""
    return (
        f"{prefix}{point.get('place') or ''}（地址：{point.get('address') or '见窗口公告'}；"
        f"时间：{point.get('hours') or '工作日'}；电话：{point.get('phone') or HOTLINE}）"
    )


def places_lines(points: List[Dict[str, Any]]) -> List[str]:
    return [point_line(p) for p in points] or [f"请拨打{HOTLINE}咨询办理地点"]


def one_time_notice(
    item: Dict[str, Any],
    materials: List[Dict[str, Any]],
    points: List[Dict[str, Any]],
    situation: Optional[str] = None,
) -> str:
    """The complete notice: everything needed to finish the item in one trip (or none)."""
    title = f"{NOTICE_START}{item['name']}（{item.get('department') or ''}）"
    sections = [
        ("办理条件", [item.get("conditions") or "无特别条件"]),
        (f"申请材料（共{len(materials)}项）", materials_lines(materials)),
        ("办理时限", [time_limit_text(item)]),
        ("收费标准", [item.get("fee") or "不收费"]),
        ("办理地点", places_lines(points)),
        ("网上办理", [item.get("online_entry") or "暂不支持网上办理"]),
        ("跑动次数", [visits_text(item)]),
    ]
    lines = [title]
    if situation:
        lines.append(f"办理情形：{situation}")
    for n, (heading, body) in enumerate(sections):
        if len(body) == 1 and "\n" not in body[0] and not heading.startswith("申请材料"):
            lines.append(f"{NUMERALS[n]}、{heading}：{body[0]}")
        else:
            lines.append(f"{NUMERALS[n]}、{heading}：")
            lines.extend(body)
    lines.append(f"{ready_text(item)}{CLOSING}")
    if item.get("sample"):
        lines.append(SAMPLE_NOTE)
    return "\n".join(lines)


def aspect_answer(
    aspect: str,
    item: Dict[str, Any],
    materials: List[Dict[str, Any]],
    points: List[Dict[str, Any]],
    situation: Optional[str] = None,
    faqs: Sequence[Dict[str, Any]] = (),
    asked: str = "",
) -> str:
    """A focused answer to one question about the item in context (要多久？在哪办？); ``faqs``, the guide's, for the
    amount; ``asked``, the message, whose yes-or-no question of the fee or the online entry is answered with a yes
    or a no first (收费吗: 收费。…; 能在手机上弄吗: 可以。…)."""
    name = item["name"]
    if aspect == "materials":
        head = f"{name}{'（' + situation + '）' if situation else ''}需要以下材料（共{len(materials)}项）："
        return "\n".join([head] + materials_lines(materials) + [CLOSING])
    if aspect == "time_limit":
        lead = same_day_yes_no(item) if asks_yes_no(asked) and GOT_AT_ONCE.search(asked or "") else ""
        return f"{lead}{name}的办理时限——{time_limit_text(item)}。"
    if aspect == "fee":
        text = f"{fee_yes_no(item) if yes_no_of(asked, 'fee') else ''}{name}的收费标准：{item.get('fee') or '不收费'}。"
        rule = contribution_rule(item) or contribution_faq(item, faqs)
        if rule:
            return f"{text}\n缴费（缴存）标准：{rule}"
        if pays_out(item) and says_amount(item):
            # 失业金多少钱: what one gets first (read aloud, 不收费 first sounded like "nothing"),
            # then what one pays
            return f"{amount_text(item, closing='', faqs=faqs)}\n办理本身的收费标准：{item.get('fee') or '不收费'}。{CLOSING}"
        return text
    if aspect == "place":
        return "\n".join([f"{name}的办理地点："] + places_lines(points))
    if aspect == "online":
        lead = online_yes_no(item) if yes_no_of(asked, "online") else ""
        return f"{lead}{name}的网上办理：{item.get('online_entry') or '暂不支持网上办理'}（{visits_text(item)}）。"
    if aspect == "conditions":
        return f"{name}的办理条件：{item.get('conditions') or '无特别条件'}"
    if aspect == "amount":
        return amount_text(item, faqs=faqs)
    if aspect == "progress":
        return progress_text(item, points)
    if aspect == "process":
        return f"{name}的办理流程：\n{item.get('process') or '请拨打' + HOTLINE + '咨询'}"
    return one_time_notice(item, materials, points, situation)


def progress_text(item: Dict[str, Any], points: List[Dict[str, Any]]) -> str:
    """办到哪一步了: the assistant cannot see a citizen's case; where the guide says to look."""
    phones = []
    for point in points:
        if point.get("phone") and point["phone"] not in phones:
            phones.append(point["phone"])
    return "\n".join([
        f"抱歉，我查不到您个人的办理进度。{item['name']}的进度可以这样查询：",
        f"网上：{item.get('online_entry') or '暂不支持网上查询'}",
        f"电话：{'、'.join(phones) or HOTLINE}（办理地点）；也可凭受理回执到窗口查询。",
        f"承诺办结时限：{item.get('committed_time_limit') or '无'}。",
    ])


def guide_sentences(item: Dict[str, Any]) -> Iterator[str]:
    """The sentences of a guide's conditions, then its process, each step without its number
    and heading ("2. 核查：…" → its words); empty ones left out."""
    for field in ("conditions", "process"):
        for sentence in _SENTENCE_END.split(item.get(field) or ""):
            sentence = _STEP.sub("", sentence.strip())
            if sentence:
                yield sentence


# items that pay money out (失业保险金, 高龄津贴, 低保, 稳岗返还 …): "多少钱" may ask what one gets
_PAYS_OUT = re.compile(r"保险金|津贴|补贴|补助|救助|低保|最低生活保障|抚恤|待遇|返还|退税|补偿|奖励|丧葬费|育儿")


def pays_out(item: Dict[str, Any]) -> bool:
    """Whether the item pays money to the citizen, by its name."""
    return bool(_PAYS_OUT.search(item.get("name") or ""))


_FREE = re.compile(r"^(?:不收费|免费|免收|无)")


def yes_no_of(asked: str, aspect: str) -> bool:
    """Whether ``asked`` is a yes-or-no question of ``aspect`` by its own words (网上能办吗; not 能不能不去检测站, read as
    the online entry: it got "可以。"; r25 QA)."""
    return asks_yes_no(asked) and aspect in aspects_asked(asked)


_SOME_FREE = re.compile(r"免费|免收|不收费|免缴|减免")


def fee_yes_no(item: Dict[str, Any]) -> str:
    """The yes or no to 收费吗 / 要钱吗 of ``item``: 不收费。 when its fee says so (or says nothing) and names no charge,
    收费。 when it names a charge and nothing free, else nothing (首套印章免费刻制 beside a charge: the standard says
    which; r24 QA)."""
    fee = item.get("fee") or "不收费"
    if _FREE.match(fee) and not _CHARGE.search(fee):
        return "不收费。"
    return "" if _SOME_FREE.search(fee) else "收费。"


_CHARGE = re.compile(r"\d+(?:\.\d+)?元")   # (免收工本费（首次）；补领20元: free and not)


def online_yes_no(item: Dict[str, Any]) -> str:
    """The yes or no to 能在手机上弄吗 / 网上能办吗 of ``item``: 可以。 when it is done wholly online, 可以网上申请，但… when
    the online entry leaves visits to make (身份证补领: 须本人到窗口核验; "可以。" alone misled; r24 QA), else 不能。"""
    if not item.get("online_entry"):
        return "不能。"
    return "可以。" if item.get("visits_needed") == 0 else "可以网上申请，但不能全程网上办完。"


_AT_ONCE = re.compile(r"即时办结|即时制卡|立等可取|当场|当日办结|当天办结|即办")
_TAKES_DAYS = re.compile(r"\d+\s*个?(?:工作日|日|天|月)")


def same_day_yes_no(item: Dict[str, Any]) -> str:
    """The yes or no to 是不是当天就能拿到 / 当天能拿到吗 of ``item`` (r35 QA: the time limit alone, no 不是): 可以当天办好。
    when its committed time limit is done at once, 要看办理方式： when it is for some ways and takes days for others,
    不能当天拿到。 when it takes days."""
    said = item.get("committed_time_limit") or item.get("legal_time_limit") or ""
    at_once, days = bool(_AT_ONCE.search(said)), bool(_TAKES_DAYS.search(said))
    if at_once and days:
        return "要看办理方式："
    if at_once and re.search(r"次月|下月", said):   # (失业金: 即时办结 …次月起按月发放: done today, paid next month)
        return "当天可以办好手续，钱从次月起发放。"
    if at_once:
        return "可以当天办好。"
    return "不能当天拿到。" if days else ""


def amount_sentences(item: Dict[str, Any]) -> List[str]:
    """The sentences of a guide's conditions and process about the amount one gets (amounts,
    limits, standards), not about what one pays."""
    return list(dict.fromkeys(x for x in guide_sentences(item) if _AMOUNT.search(x) and not _PAYING.search(x)))


def says_amount(item: Dict[str, Any]) -> bool:
    """Whether one of ``amount_sentences`` gives a figure (100元, 比例, 90%, 本人工资的7个月),
    not only a standard that a case is measured against (收入低于低保标准)."""
    return any(_FIGURES.search(x) or _MONTHS_OR_TIMES.search(x) for x in amount_sentences(item))


def faq_amount_sentences(faqs: Sequence[Dict[str, Any]]) -> List[str]:
    """The sentences about the amount of the answers of a guide's FAQs that ask how much one gets (低保批下来以后多久发钱？
    每月多少？: 金额为示例市低保标准与家庭人均收入的差额乘以家庭人数。…)."""
    # (each after its question: 工伤十级能拿多少钱's "7个月本人工资" read as the answer for a 九级 asked; r41 QA)
    said = []
    for f in faqs:
        if asks_amount(f.get("question") or "", gives_amounts=True):
            sentences = [x.strip() for x in _SENTENCE_END.split(f.get("answer") or "") if x.strip() and _AMOUNT.search(x)]
            if sentences:
                said.append(f"（{f.get('question')}）" + "".join(sentences))
    return said


def amount_text(item: Dict[str, Any], closing: str = CLOSING, faqs: Sequence[Dict[str, Any]] = ()) -> str:
    """能提多少 / 每个月能领多少: what the guide says of the amount (``amount_sentences``, and first what its FAQs
    asking how much answer: 低保一个月能拿多少 repeated the conditions, which only name the standard; r19 QA), never a
    figure of its own; the amount itself is decided by the office that handles the case. Beside an FAQ's answer, only
    the sentences with a figure are kept (not the conditions naming the standard a case is measured against)."""
    told = faq_amount_sentences(faqs)
    said = list(dict.fromkeys([x.strip() for x in told] + [
        x for x in amount_sentences(item) if not told or re.search(r"\d", x)]))
    if not said:
        return f"{item['name']}的办事指南没有写明具体金额，以经办机构审核核定为准。{closing}"
    return "\n".join([f"关于{item['name']}的金额，办事指南中有关的规定是："] + said
                     + [f"具体金额以经办机构审核核定为准。{closing}"])


# what one line per item answers, for a question asked before choosing among several items
BRIEF_ASPECTS = {"fee": "收费标准", "time_limit": "承诺办结时限", "online": "网上办理"}


def brief_answer(aspect: str, item: Dict[str, Any]) -> str:
    """One item's answer to ``aspect`` (one of ``BRIEF_ASPECTS``) in a line."""
    if aspect == "fee":
        return item.get("fee") or "不收费"
    if aspect == "time_limit":
        return item.get("committed_time_limit") or item.get("legal_time_limit") or "无"
    # (两个都能网上办吗 said 可以网上办理 of the passport and the ID card, which are applied for in person; r40 QA)
    if not item.get("online_entry"):
        return "暂不支持网上办理"
    if item.get("visits_needed") == 0:
        return "可以全程网上办理，不用跑腿"
    return f"可以网上申请或预约，但不能全程网上办完，需到现场（{visits_text(item)}）"


def answer_for_each(aspect: str, items: List[Dict[str, Any]]) -> str:
    """多少钱 while several items are offered: the answer of each (one line when all agree)."""
    answers = [brief_answer(aspect, item) for item in items]
    if len(set(answers)) == 1:
        return f"这几项的{BRIEF_ASPECTS[aspect]}都是：{answers[0]}。"
    return "\n".join([f"这几项的{BRIEF_ASPECTS[aspect]}分别是："]
                     + [f"{n}. {item['name']}：{answer}" for n, (item, answer) in enumerate(zip(items, answers), 1)])


# an item whose point is paying in (参保, 缴存, 缴费): what one pays is its contribution, which
# its conditions state (缴费基数…比例, 缴费档次), while its fee is that of the registration
_CONTRIBUTING = re.compile(r"参保|缴存|缴纳|缴费|汇缴")
_CONTRIBUTION = re.compile(r"(?:缴费|缴存)(?:基数|比例|档次)")


_PAYING_ASKED = re.compile(r"(?:交|缴)(?:多少|几多)")


def contribution_faq(item: Dict[str, Any], faqs: Sequence[Dict[str, Any]]) -> str:
    """For a contributing item whose guide states no base or rate (城乡居民医保参保登记: a yearly standard), the answer of
    its FAQ on how much one pays in (居民医保一年交多少钱: its fee \"不收费\" alone misled; r36 QA); "" for none."""
    if not _CONTRIBUTING.search(item.get("name") or ""):
        return ""
    return next((f["answer"] for f in faqs if _PAYING_ASKED.search(f.get("question") or "")), "")


def contribution_rule(item: Dict[str, Any]) -> str:
    """The sentences of a contributing item's conditions and process that say how much is paid in; "" for
    other items or none (灵活就业人员养老保险参保: 缴费基数在…60%至300%之间自选，缴费比例…)."""
    if not _CONTRIBUTING.search(item.get("name") or ""):
        return ""
    return "".join(dict.fromkeys(x for x in guide_sentences(item) if _CONTRIBUTION.search(x)))
