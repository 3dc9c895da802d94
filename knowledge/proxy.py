"""能不能让别人代办? — what a guide says about handling an item for someone else.

A guide says it in one of three places: a situation of its own (委托他人代办, 监护人代为申请)
with its own materials, materials needed only when someone else comes (授权委托书, 受托人
身份证), or a sentence in the conditions, process or online entry that it must be the
applicant (须本人到窗口核验). ``proxy_answer`` reads those, in that order, and says plainly
when the guide says nothing about it. Pure functions over the dicts ``GuideStore`` returns.
"""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Sequence

from knowledge.notice import HOTLINE, material_line, places_lines

# (父母代18岁以下未成年子女申领: the parents for their child)
PROXY_SITUATION = re.compile(r"代办|代为|代理|委托|他人|监护人|(?:父母|子女|配偶|家人|亲属|家属)代")   # (not 投靠配偶所在亲属家庭户)
PROXY_MATERIAL = re.compile(r"委托|代理人|代办人|代领人|受托|经办人")
# a sentence saying who may do it for the applicant (可由监护人或近亲属代为申领, 可委托他人办理)
# (可为家人添加亲情账号代为发起刷脸: 养老金资格认证 said 须本人 only; r14 QA)
PROXY_SENTENCE = re.compile(r"[^。；;\n]*(?:代为申领|代为申请|代为办理|代为提出|代为领取|代为发起|亲情账号|委托他人|委托代理人|委托亲属"
                            # (未满16周岁的由监护人陪同: 我和他爸都要去吗 of a child's passport got 须本人 only; r16 QA)
                            r"|近亲属代|监护人代|监护人陪同|可以代办|可代办)[^。；;\n]*")
_DENIED = re.compile(r"不能|不得|不可|不予|不允许")
PROXY_NOTE = re.compile(r"为家人代|代缴|代为|可由[^，,。；;]{0,8}代|可委托")
IN_PERSON = re.compile(r"[^。；;\n]*(?:须本人|(?<!无)需本人|必须本人|本人到|本人亲自|本人前往|不得代办|不能代办|不可代办"
                       r"|须亲自|须由?双方)[^。；;\n]*")
# a sentence saying who is to come (未办理公证的，全体法定继承人…可到不动产登记机构现场), and an FAQ asking who goes
PRESENT = re.compile(r"[^。；;\n]*(?:全体|双方|共同|一起|所有)[^。；;\n]{0,20}(?:到场|现场|亲自|到[^。；;\n]{0,12}(?:窗口|机构|机关|中心))"
                     r"[^。；;\n]*")
_WHO_GOES = re.compile(r"代办|代为|委托|本人|亲自|到场|现场|自己去|自己跑|都去|都要去|都到|两个人|俩人|跑")
NOT_SAID = "能否由他人代办，{name}的办事指南没有写明，建议先向办理地点电话确认："
ONLINE_ALL = "{name}可以全程网上办理，不用到现场：{online}。"
NOT_SAID_AT_WINDOW = "到窗口办理的，能否由他人代办，{name}的办事指南没有写明，可先向办理地点电话确认："


def proxy_answer(item: Dict[str, Any], situations: List[Dict[str, Any]], points: List[Dict[str, Any]],
                 faqs: Sequence[Dict[str, Any]] = (), chosen: Optional[str] = None) -> str:
    """``situations``: the item's situations, each with its ``materials``; ``faqs``: its FAQs, of which
    those asking who goes (补领要两个人都去吗, 解押要自己去办吗) are said after what the guide says; ``chosen``: the
    situation told, whose age leaves out the lines of the other ages (a 75-year-old's passport: not 未满16周岁的由
    监护人陪同; r20 QA)."""
    asked = [f for f in faqs if _WHO_GOES.search(f.get("question") or "")]
    if chosen and (other_age := _OTHER_AGE.get(_age_of(chosen))) is not None:
        item = {k: (_without(v, other_age) if k in ("conditions", "process", "online_entry") else v)
                for k, v in item.items()}
    answer = _proxy_answer(item, situations, points, asked)
    told = [f"常见问题——{f['question']}{f['answer']}" for f in asked if f["question"] not in answer]
    return "\n".join([answer] + told)


def _proxy_answer(item: Dict[str, Any], situations: List[Dict[str, Any]], points: List[Dict[str, Any]],
                  asked: Sequence[Dict[str, Any]]) -> str:
    name = item["name"]
    by_proxy = [s for s in situations if PROXY_SITUATION.search(s.get("name") or "")]
    if by_proxy:
        lines = [f"{name}可以由他人代办，按下面的情形准备材料："]
        for situation in by_proxy:
            lines.append(f"【{situation['name']}】")
            lines += [material_line(n, m) for n, m in enumerate(situation.get("materials") or [], 1)]
        return "\n".join(lines + [f"其他情形的材料，请问我“要带什么材料”。如有疑问，请拨打{HOTLINE}。"])
    extra, seen = [], set()
    for situation in situations:
        for material in situation.get("materials") or []:
            if PROXY_MATERIAL.search(material.get("name") or "") and material["name"] not in seen:
                seen.add(material["name"])
                extra.append(material)
    said = _sentences(item, IN_PERSON)
    if extra and said:   # 交通违法处理: the points are the driver's own; only a company car's by its 委托书
        # (劳动能力鉴定: applied for by kin, the appraisal itself in person): what must be done in person first
        lines = [f"{name}的办事指南中关于本人办理写到："] + [f"· {x}" for x in said]
        lines += ["他人代办时，办事指南列出的材料："] + [material_line(n, m) for n, m in enumerate(extra, 1)]
        return "\n".join(lines + [f"如有疑问，请拨打{HOTLINE}。"])
    if extra:
        lines = [f"{name}可以委托他人办理，代办时除本人的材料外还需要："]
        lines += [material_line(n, m) for n, m in enumerate(extra, 1)]
        return "\n".join(lines + ["完整的材料清单，请问我“要带什么材料”。"])
    allowed = [x for x in _sentences(item, PROXY_SENTENCE) if not _DENIED.search(x)]   # (不能委托他人代办: in person)
    # a material's note that someone else may (缴费人本人的支付账户或银行卡〔可为家人代缴〕: 能代交不 was "没有写明"; r21 QA)
    allowed += list(dict.fromkeys(f"{m['name']}（{m['note']}）" for sit in situations for m in sit.get("materials") or []
                                  if PROXY_NOTE.search(m.get("note") or "") and not _DENIED.search(m.get("note") or "")))
    if allowed:   # 居住证申领: 未满16周岁或行动不便的，可由监护人或近亲属代为申领 (it said "没有写明")
        lines = [f"{name}的办事指南中关于他人代办写到："] + [f"· {x}" for x in allowed]
        lines += [f"· {x}" for x in said if x not in allowed]
        return "\n".join(lines + [f"具体以办理地点要求为准，如有疑问，请拨打{HOTLINE}。"])
    # an office that takes applications for others (残疾人证换领 at 社区残疾人专职委员代办: it said "没有写明"; r24 QA)
    for_others = [p for p in points if "代办" in f"{p.get('place') or ''}{p.get('address') or ''}"]
    if for_others and not said:
        return "\n".join([f"{name}的办理地点中有可以代办的："] + places_lines(for_others)
                         + [f"具体以办理地点要求为准，如有疑问，请拨打{HOTLINE}。"])
    if said:
        return f"{name}一般须本人办理：" + "；".join(said) + "。"
    present = _sentences(item, PRESENT) + [f"情形“{s['name']}”" for s in situations if "到场" in (s.get("name") or "")]
    if present or asked:   # 继承过户 兄弟姐妹都要去吗: 全体法定继承人…到现场 (it said "没有写明"; r15 QA)
        lines = [f"{name}的办事指南中关于谁要到场写到："] + [f"· {x}" for x in present]
        lines += [f"· {f['question']}{f['answer']}" for f in asked]
        return "\n".join(lines + [NOT_SAID.format(name=name)] + places_lines(points))
    if item.get("visits_needed") == 0 and item.get("online_entry"):
        # 要本人去吗 of 购房提取, done wholly online: no one has to go (it said "没有写明"; r19 QA)
        online = item["online_entry"].rstrip("。；; ")
        return "\n".join([ONLINE_ALL.format(name=name, online=online), NOT_SAID_AT_WINDOW.format(name=name)]
                         + places_lines(points))
    return "\n".join([f"{name}的办事指南没有写明能否由他人代办，建议先向办理地点电话确认："]
                     + places_lines(points))


# a situation for adults or for minors, and the sentences that speak of the other
_ADULT = re.compile(r"年满\d+周岁|\d+周?岁以上|(?<!未)成年")
_MINOR = re.compile(r"未满\d+周岁|\d+周?岁以下|未成年")
_OTHER_AGE = {"adult": _MINOR, "minor": _ADULT}


def _age_of(situation: str) -> Optional[str]:
    return "minor" if _MINOR.search(situation) else "adult" if _ADULT.search(situation) else None


def _without(text: Any, pattern: "re.Pattern[str]") -> Any:
    """``text`` without its sentences that ``pattern`` finds."""
    if not isinstance(text, str):
        return text
    return "".join(p for p in re.split(r"(?<=[。；;\n])", text) if not pattern.search(p))


def _sentences(item: Dict[str, Any], pattern: "re.Pattern[str]") -> List[str]:
    """The sentences of a guide's conditions, process and online entry ``pattern`` finds, without
    their step numbers, each once."""
    said: List[str] = []
    for field in ("conditions", "process", "online_entry"):
        for sentence in pattern.findall(item.get(field) or ""):
            sentence = re.sub(r"^\s*\d+[.、．]\s*", "", sentence).strip()
            if sentence and sentence not in said:
                said.append(sentence)
    return said


# someone else the message says the item is for or done by (给我妈办, 帮我爸问, 替老人): not the applicant's own
# (or whose it is: 我爸91岁了, 我妈今年85了, 老人家)
FOR_SOMEONE_ELSE = re.compile(r"(?:(?:给|帮|替|代)(?:我|俺)?|(?:我|俺)(?:的|家)?)(?:的|家)?(?:妈|爸|父亲|母亲|父母|爸妈|老人"
                              r"|孩子|儿子|女儿|闺女|老伴|老公|老婆|媳妇|爷爷|奶奶|外公|外婆|姥姥|姥爷|家人|家里人|亲戚|朋友|同事|别人)"
                              r"|(?:给|帮|替|代)(?:他|她)|老人家|家属|代办|代领|委托")


def own_of_pair(situations: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """Of an item's two situations the applicant's own one, when the other is someone else doing it
    (本人办理 / 委托他人代办, 老人本人申请 / 家属代为申请); None for other situations."""
    if len(situations) != 2:
        return None
    own = [s for s in situations if "本人" in (s.get("name") or "") and not PROXY_SITUATION.search(s.get("name") or "")]
    other = [s for s in situations if PROXY_SITUATION.search(s.get("name") or "")]
    return own[0] if len(own) == 1 and len(other) == 1 else None


def proxy_extra(own: List[Dict[str, Any]], by_proxy: List[Dict[str, Any]]) -> List[str]:
    """The names of the materials someone else doing it brings beyond the applicant's own (the two
    situations' ``materials``)."""
    had = {m.get("name") for m in own}
    return list(dict.fromkeys(m["name"] for m in by_proxy if m.get("name") and m["name"] not in had))
