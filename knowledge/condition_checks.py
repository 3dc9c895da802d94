"""What the citizen says of their case, checked against an item's conditions: how long they
have paid in (交了5个月, 社保交了12年, 缴存才3个月) against how long the conditions require
(连续足额缴存住房公积金满6个月, 累计缴费满15年), and a household registered elsewhere (外地户口)
against conditions that require this city's (具有示例市户籍). The answer to "我交了5个月能贷吗" is
that five months are one short of six, not an FAQ sharing the word 贷. Plain Python, no Rasa.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Dict, List, Optional, Pattern, Sequence, Tuple
from unicodedata import normalize

from knowledge.retirement_age import (CADRE, WORKER, birth_year_said, born_said, minimum_months, post_kind, reach_years,
                                      reached_at_age, retirement_line)
from knowledge.specifics import asks_about_age

_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMBER = r"(\d{1,3}|[一二两三四五六七八九十半]{1,3})"   # (半年: six months)
_UNIT = r"(个月|年)"
# what the citizen says they paid: 交了5个月, 社保交了12年, 缴存才3个月, 我交了3年社保, 缴了快两年了
# (not a gap or arrears: 断交两个月再续上 报销会不会有等待期 got "您说缴了两个月…还差10个月"; r37 QA)
_PAID = re.compile(r"(?<![断没未停欠漏少补不])(?:交|缴|缴存|缴费|缴纳|参保|存)(?:了)?(?:社保|公积金|养老保险|失业保险|医保)?"
                   r"(?:才|只|刚|已经|都|快|差不多|有)?" + _NUMBER + r"\s*" + _UNIT
                   + r"(?!的?(?:房租|租金|学费|物业费?|水电费?|电费|水费|话费|房贷|车贷|贷款|罚款))")   # (交了5个月房租: no 缴存)
# what a guide's conditions require: 缴存住房公积金满6个月, 累计缴费满15年, 最低缴费年限…为15年
_REQUIRED = re.compile(r"(?:(?:缴存|缴费|缴纳|参保)[^。；;，,（(]{0,12}?满|最低缴费年限[^。；;，,]{0,10}?为)" + _NUMBER + _UNIT)
_SHORT_OF = re.compile(r"不足|不满|未满|不够")
_CLAUSE = re.compile(r"[^。；;，,\n]*(?:（[^）]*）[^。；;，,\n]*)*")   # (its notes in brackets kept whole)

SHORT = "您说缴了{said}，{name}的办理条件是“{rule}”，还差{gap}，目前还不符合这一条件，缴满{required}后才符合。"
ENOUGH = "您说缴了{said}，已满足{name}办理条件中“{rule}”的要求；其他条件以办理条件为准。"


def number(words: str) -> Optional[int]:
    """12 → 12, 十二 → 12, 两 → 2, 二十 → 20; None for what is no number."""
    if words.isdigit():
        return int(words)
    if "十" in words:
        tens, _, ones = words.partition("十")
        if any(c not in _DIGITS for c in tens + ones):
            return None
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
    return _DIGITS.get(words) if len(words) == 1 else None


def _months(count: str, unit: str) -> Optional[int]:
    if count == "半":
        return 6 if unit == "年" else None
    n = number(count)
    return None if n is None else n * (12 if unit == "年" else 1)


def _say(months: int) -> str:
    return f"{months // 12}年" if months % 12 == 0 else f"{months}个月"


def paid_months(text: str) -> Optional[Tuple[int, str]]:
    """(months, as said) of the time the citizen says they have paid in, or None."""
    found = _PAID.search(normalize("NFKC", text or ""))
    if found is None:
        return None
    months = _months(found.group(1), found.group(2))
    return None if months is None else (months, found.group(1) + found.group(2))


def required_months(conditions: str) -> Optional[Tuple[int, str]]:
    """(months, the sentence saying it) of the first time paid in that ``conditions`` require."""
    conditions = conditions or ""
    for found in _REQUIRED.finditer(conditions):
        start = max(conditions.rfind(mark, 0, found.start()) for mark in "。；;，,\n") + 1
        before = conditions[start:found.start()]
        if _SHORT_OF.search(before) or conditions.startswith("地", found.end()):
            continue   # 缴费不足最低缴费年限（…为15年）: whom an item is for; 最后参保满10年地: a place
        months = _months(found.group(1), found.group(2))
        if months is not None:
            return months, _CLAUSE.match(conditions, start).group(0).strip()
    return None


# nothing paid in (我没交社保, 社保一直没交过, 没有缴公积金), and a clause of the conditions asking it paid
_NOT_PAID = re.compile(r"(?:没|没有|未|从来没|一直没|从没)(?:交|缴|缴纳|缴过|交过|参保|参加)(?:过)?(?P<a>社保|社会保险|养老保险|医保|公积金)"
                       r"|(?P<b>社保|社会保险|公积金)(?:一直|从来)?(?:没|没有|未)(?:交|缴|缴纳)(?:过)?")
_INSURANCE = r"(?:社会保险|社保|养老保险|失业保险|医疗保险|生育保险|工伤保险)"
_PAID_RULE = {
    "社保": re.compile(rf"[^。；;，,（(]*(?:缴纳|缴费|参加)[^。；;，,（(]{{0,12}}?{_INSURANCE}[^。；;，,（(]*"
                     rf"|[^。；;，,（(]*{_INSURANCE}[^。；;，,（(]{{0,6}}?(?:缴纳|缴费)[^。；;，,（(]*"),
    "公积金": re.compile(r"[^。；;，,（(]*(?:缴存|缴纳)[^。；;，,（(]{0,12}?公积金[^。；;，,（(]*"),
}
_ANOTHERS = re.compile(r"她|他|老婆|媳妇|爱人|妻子|老公|丈夫|孩子|爸|妈|老人")
NOT_PAID = "您说没有交{thing}，{name}的办理条件中有“{rule}”，目前一般还不符合这一条件；具体以办理部门审核为准。"


def not_paid_check(text: str, item: Dict[str, Any]) -> Optional[str]:
    """Nothing paid in told (我没交社保 孩子还能在这上学吗 to 随迁子女入学: an FAQ sharing words; r30 QA) against a clause of
    ``item``'s conditions asking that fund paid; None otherwise."""
    text = normalize("NFKC", text or "")
    said = _NOT_PAID.search(text)
    if said is None or _ANOTHERS.search(text[max(0, said.start() - 4):said.start()]):
        return None   # (媳妇生了 她没交社保 我交了五险: the wife's case, not the asker's; r31 QA)
    thing = said.group("a") or said.group("b")
    return _rule_told(True, _PAID_RULE["公积金" if thing == "公积金" else "社保"], NOT_PAID, item, thing=thing)


_ENUMERATOR = re.compile(r"^[\d一二三四五六七八九十]+[）)、.．]\s*")   # (1）失业前… of a numbered list)


# whether the time paid in told before is enough, asked (够不够, 还差几年)
_ENOUGH_ASKED = re.compile(r"够不够|够吗|够了吗|够没|够了没|还差几年|差几年|还差多少"
                           # (她要是2032年才退 得交满多少年: the guide's lines on 2030; r45 QA)
                           r"|(?:得|要|需要|必须)(?:交|缴)(?:满|够|足)?多少年|(?:交|缴)(?:满|够)?多少年(?:才|就)?(?:够|行)")
# years asked whether enough, of a pension (2030年以后退休的话13年够吗: the guide's 2030年 lines; r43 QA)
_YEARS_ENOUGH = re.compile(_NUMBER + r"\s*年(?=(?:就|的话)?(?:够|足够|行不行|行吗|可以吗))")
# the minimum time paid in for a pension, rising by the year one reaches the retirement age (2029年底前为15年，自2030年1月1日
# 起每年提高6个月，逐步提高至20年): 缴了18年够吗 was "已满足…“最低缴费年限2029年底前为15年”" for a woman retiring in 2031 (r41 QA)
_RISING = re.compile(r"最低缴费年限[^。；;\n]*(?:每年提高6个月|逐步提高至20年)")
RISING = "您说缴了{said}。最低缴费年限按到龄那年算：2029年底前到龄的为15年，2030年起每年提高6个月，2039年起为20年；{verdict}。"
RISING_ENOUGH = "{last}年底前到龄的，{said}已经够了，之后到龄的要缴满当年的最低缴费年限（到龄前继续缴的年限都算）"
RISING_SHORT = "{said}还不够，2029年底前到龄的还差{gap}，之后到龄的差得更多（到龄前继续缴的年限都算）"
RISING_ALL = "{said}不论哪年到龄都够了"
RISING_KNOWN = "您说缴了{said}。按{born}出生的{who}{reach}年到龄算，最低缴费年限为{need}，{verdict}。"
STILL_TO_PAY = "还差{gap}，到龄前继续缴满即可"
RISING_YEAR = "您说缴了{said}。按{year}年到龄算，最低缴费年限为{need}（之后到龄的每年再提高6个月，2039年起为20年），{verdict}。"
_SUPPOSING = re.compile(r"要是|如果|假如|假设|若是|万一|的话")
_RETIRING_IN = re.compile(r"(20\d{2})年(?:以后|之后|后|左右)?(?:才)?(?:退休|到龄|退)")
PAST_AGE = "还差{gap}；已经到龄的，可以延长缴费（或按规定一次性补缴）到满最低缴费年限后按月领取，见“达到法定退休年龄缴费不满15年社保权益申请”"


def _years(months: int) -> str:
    """186 → 15年6个月, 180 → 15年."""
    return f"{months // 12}年" + (f"{months % 12}个月" if months % 12 else "")


def rising_minimum_check(have: int, said: str, told: str, today: Optional[date] = None, now: str = "") -> str:
    """The time paid in (``have`` months, ``said`` as told) against the minimum of the year one reaches the retirement
    age: of that year when ``told`` (the message and the one before it) gives the birth and sex (or post), else the
    rise by the year; one short who has reached the age already is told of paying on. A year of retirement supposed
    ``now`` (the message itself: 她要是2032年才退, after her birth year: 2032's minimum; r45 QA) goes before a birth told;
    one believed (她应该是2030年以后才退休吧) does not: the birth says when she reaches the age (r44 QA)."""
    born, sex = born_said(told), _sex_told(told, _KIN.search(told))
    if born and sex and not (_RETIRING_IN.search(now) and _SUPPOSING.search(now)):
        kind = post_kind(sex, told)
        first, last = reach_years(kind, born)
        low, high = minimum_months(first), minimum_months(last)
        past = last < (today or date.today()).year
        verdict = ("已经够了" if have >= high else (PAST_AGE if past else STILL_TO_PAY).format(gap=_years(high - have))
                   if have < low else "够不够要看出生月份（把出生年月告诉我可以算准）")
        return RISING_KNOWN.format(
            said=said, born=f"{born[0]}年{born[1]}月" if born[1] else f"{born[0]}年", who=_WHO_OF[kind],
            reach=str(first) if first == last else f"{first}至{last}", need=_years(low) if low == high
            else f"{_years(low)}至{_years(high)}", verdict=verdict)
    if (year := _RETIRING_IN.search(told)) and 2000 <= int(year.group(1)) <= 2060:
        # (2030年以后退休的话13年够吗: the minimum of that year, not 2029's; r43 QA)
        need = minimum_months(int(year.group(1)))
        verdict = "已经够了" if have >= need else STILL_TO_PAY.format(gap=_years(need - have))
        return RISING_YEAR.format(said=said, year=year.group(1), need=_years(need), verdict=verdict)
    if have >= 240:
        verdict = RISING_ALL.format(said=said)
    elif have >= 180:
        verdict = RISING_ENOUGH.format(last=2029 + (have - 180) // 6, said=said)
    else:
        verdict = RISING_SHORT.format(said=said, gap=_years(180 - have))
    return RISING.format(said=said, verdict=verdict)


def contribution_check(text: str, item: Dict[str, Any], before: str = "") -> Optional[str]:
    """Whether the time paid in that ``text`` (or, for a pension's minimum, the message ``before`` it) says is enough
    for ``item``'s conditions: a line
    saying how short it falls (交了5个月 against 满6个月), or that it is enough; that nothing paid in falls short of a
    clause asking it paid (我没交社保 孩子还能在这上学吗 to 随迁子女入学: an FAQ sharing words; r30 QA); None when the
    message says no such time or the conditions require none."""
    return _contribution(text, item, before)[0]


def _contribution(text: str, item: Dict[str, Any], before: str = "") -> Tuple[Optional[str], bool]:
    """(``contribution_check``'s line, whether it says the time paid in is enough); the pension's minimum by the year of
    retirement (``rising_minimum_check``), with the birth and sex told in this message or the one ``before`` it."""
    if (nothing := not_paid_check(text, item)) is not None:
        return nothing, False
    said = paid_months(text)
    rising = bool(_RISING.search(item.get("conditions") or ""))
    if said is None and rising and _ENOUGH_ASKED.search(normalize("NFKC", text or "")):
        said = paid_months(before)   # (她这样够不够 after 我妈是1968年生的 在厂里交了12年社保: the menu; r44 QA)
    if said is None and rising and (enough := _YEARS_ENOUGH.search(normalize("NFKC", text or ""))):
        said = (_months(enough.group(1), "年"), enough.group(1) + "年") if _months(enough.group(1), "年") else None
    required = required_months(item.get("conditions") or "") if said else None
    # the pension's minimum by the year of retirement: where the conditions require it, or where they are for one short
    # of it and require nothing (在厂里上班 交了13年社保 after 我舅舅1970年的, read as 缴费不满15年社保权益申请: the minimum
    # of his year, not its situations alone; r43 QA)
    if said is not None and rising and (required is None or "最低缴费年限" in required[1]):
        line = rising_minimum_check(said[0], said[1], f"{normalize('NFKC', before or '')}，{normalize('NFKC', text or '')}",
                                    now=normalize("NFKC", text or ""))
        return line, "已经够了" in line or "都够了" in line
    if said is None or required is None:
        return None, False
    (have, as_said), (need, rule) = said, required
    name = item.get("name") or ""
    if have < need:
        return SHORT.format(said=as_said, name=name, rule=rule, gap=_say(need - have), required=_say(need)), False
    return ENOUGH.format(said=as_said, name=name, rule=rule), True


# a household registered elsewhere, as citizens say it (not 户口在本市, 本地户口)
_ELSEWHERE = re.compile(r"外地户口|外地户籍|外省户口|外省户籍|外地的户口|非本地户|非本市户|不是本地户|不是本市户"
                        r"|户口不在本地|户口不在本市|户口不在这|户口在老家|户口在外地|户口在外省"
                        # (我户口不是本地的 能申请吗 of 公租房: "关于“户口”…居民户口簿"; r42 QA)
                        r"|户口不是(?:本地|本市|这边|这里|咱这)|户口是外(?:地|省)|户籍不是(?:本地|本市)"
                        # (我们是外地的 孩子明年上小学: the 本市户籍 notice alone; r21 QA)
                        # (孩子明年上小学 我们外地的 在这买了房 咋报名: the 本市户籍 notice; r29 QA)
                        r"|(?:我们|我|俺|俺们|咱|咱们)(?:都)?是?外地(?:的(?![朋亲同老客])|人)|外地人|外地来的|从外地来|外来务工"
                        # (我们是外地来打工的: the local notice; r25 QA)
                        r"|外地来(?:这边|这里)?(?:打工|上班|工作)")
# conditions requiring this city's household registration, with no way for others (居住证, 外埠)
# (not another's: 本市户籍居民的父母, 与本市户籍居民结婚 — whom one moves to)
_LOCAL_ONLY = re.compile(r"(?<!与)(?:具有|持有)?(?:示例市|本市)户籍(?!居民的|居民依法)")
_OTHERS_TOO = re.compile(r"居住证|非本市户籍|外埠|其他人员|常住|(?<!实际)居住地")   # (not 向户籍和实际居住地所在学区)
_FOR_OTHERS = re.compile(r"异地|外地|外省|跨省|非本市|居住证|外埠")
ELSEWHERE_KIN = "您说是外地户口，{name}的办理条件是“{rule}”；非本市户籍的，请按“{kin}”办理："
ELSEWHERE = ("您说是外地户口，{name}的办理条件是“{rule}”，外地户籍一般不符合这一条件；"
             "可向户籍所在地咨询同类待遇，或拨打12345确认。")


def residence_check(text: str, item: Dict[str, Any], situations: Sequence[str] = ()) -> Optional[str]:
    """A household registered elsewhere (老人是外地户口) when ``item``'s conditions require this
    city's and let no one else apply (具有示例市户籍、年满80周岁的老年人): a line saying so;
    None otherwise (most conditions also take a 居住证 holder), and when the conditions or the
    ``situations`` provide for those from elsewhere anywhere (异地补领)."""
    rule = local_only_rule(text, item, situations)
    return None if rule is None else ELSEWHERE.format(name=item.get("name") or "", rule=rule)


# a clause of the conditions for those from elsewhere (（三）在本市稳定就业的外来务工人员（持有本市居住证…）)
# (我是外地的 … 灵活就业那种 咋参保: nothing said of 在就业地参保不受户籍限制; r45 QA)
_FOR_INCOMERS = re.compile(r"外来|居住证|非本市户籍|非本地户籍|外地户籍|外省户籍|随迁|不受户籍限制|不限户籍|户籍不限")
ELSEWHERE_TOO = "您说是外地户口：{name}的办理条件中，外地户籍的可以按这一条办理：“{rule}”。"


def elsewhere_allowed(text: str, item: Dict[str, Any]) -> Optional[str]:
    """A household registered elsewhere told (我户口不是本地的 能申请吗 of 公租房: "关于“户口”…居民户口簿"; r42 QA) when a
    clause of ``item``'s conditions lists those from elsewhere among whom it is for: that clause; None otherwise."""
    if not _ELSEWHERE.search(normalize("NFKC", text or "")):
        return None
    clause = next((line.strip() for line in re.split(r"[。\n]", item.get("conditions") or "")
                   if _FOR_INCOMERS.search(line) and not re.search(r"不予|不能|不得|除外", line)), None)
    return ELSEWHERE_TOO.format(name=item.get("name") or "", rule=_ENUMERATOR.sub("", _CASE_OF_LIST.sub("", clause))) \
        if clause else None


def local_only_rule(text: str, item: Dict[str, Any], situations: Sequence[str] = ()) -> Optional[str]:
    """The clause of ``item``'s conditions that only this city's households meet, for a message saying the household
    is registered elsewhere (``residence_check``); None otherwise."""
    if not _ELSEWHERE.search(normalize("NFKC", text or "")) \
            or _FOR_OTHERS.search("".join([item.get("conditions") or "", *situations])):
        return None
    for sentence in re.split(r"[。\n]", item.get("conditions") or ""):
        if _LOCAL_ONLY.search(sentence) and not _OTHERS_TOO.search(sentence):
            return (sentence.split("，")[0] if len(sentence) > 60 else sentence).strip()
    return None


# a household registered here, as citizens say it (我是本市户口, 本地户籍的); not 非本市户, 不是本地户口
_HERE = re.compile(r"(?<![非不])(?:是)?(?:本市|本地|本区|这边|这里|咱市|咱们市)(?:的)?(?:户口|户籍|人)(?!吗|不)")
# one of a list of alternatives (（一）…（二）…) for those from elsewhere or who moved away
_CASE_OF_LIST = re.compile(r"^（[一二三四五六七八九十]+）")
_FOR_ELSEWHERE = re.compile(r"非本市户籍|非本地户籍|户口迁出本市|户籍迁出本市|外地户籍|外省户籍|非示例市户籍")
HERE = "您说是本市户口，{name}办理条件中的“{rule}”不适用于您；符合以下其他情形之一即可："


def local_check(text: str, item: Dict[str, Any]) -> Optional[str]:
    """A household registered here (我是本市户口) when ``item``'s conditions list alternatives (符合下列情形之一) one of
    which is for those from elsewhere (（二）户口迁出本市，或非本市户籍职工离开本市就业): that one does not apply, the
    others are listed; None otherwise. (The guide's lines naming 本市户 quoted that very alternative; r21 QA.)"""
    text = normalize("NFKC", text or "")
    if not _HERE.search(text) or _ELSEWHERE.search(text):
        return None
    cases = [line.strip() for line in (item.get("conditions") or "").splitlines() if _CASE_OF_LIST.match(line.strip())]
    apart = [case for case in cases if _FOR_ELSEWHERE.search(case)]
    if not apart or len(apart) == len(cases):
        return None
    rule = "”“".join(case.rstrip("；;。") for case in apart)
    return "\n".join([HERE.format(name=item.get("name") or "", rule=rule)]
                     + [f"· {case}" for case in cases if case not in apart])


# the asker's own age (我56了男的, 我今年58 男的, 俺都60了): not another's (孩子8岁), nor a count (我交了15年)
_OWN_AGE = re.compile(r"(?:我|俺|本人)(?:今年|已经|都)?(?:快|满|刚满|刚)?(\d{2,3}|[二三四五六七八九]十[一二三四五六七八九]?)"
                      r"(?:周岁|岁|(?=了)|(?=[\s，,]*[男女]))"
                      # (男 61岁 1964年3月生的, 我是女的 今年55: out of scope; r29 QA)
                      r"|(?:男|女)(?:的|性)?[\s，,]*(?:今年|已经)?(\d{2}|[二三四五六七八九]十[一二三四五六七八九]?)(?:周岁|岁)?"
                      r"(?![\d年月号元块万])")
# a clause of the conditions that sets the retirement age (达到法定退休年龄（…男职工由60周岁…）); an age below a plain
# minimum (年满80周岁的老年人) is said by ``knowledge.situations.age_below``
_AGE_RULE = re.compile(r"[^。；;\n]*退休年龄[^。；;\n]*")
AGE_TOLD = "您说今年{age}岁，{name}办理条件中关于年龄的规定是：“{rule}”。"


def age_check(text: str, item: Dict[str, Any], today: Optional[date] = None) -> Optional[str]:
    """The asker's own age or birth month told (我56了男的 养老金咋领 去哪办: the 退休申请 places and materials as if he
    could apply; r27 QA; 我今年58了 男的…能不能办退休拿养老金了, 男 61岁 1964年3月生的…到点了吗; r29 QA) beside the
    clause of ``item``'s conditions that sets the retirement age, and whether it is reached: by the birth month when
    told (``knowledge.retirement_age``), else surely not below the earliest age of one's sex and post; None when
    nothing is told or the conditions set no retirement age. (A question whether one may at an age, 我70岁了还能换吗,
    of another rule is answered by the guide's age lines elsewhere.)"""
    text = normalize("NFKC", text or "")
    rule = _AGE_RULE.search(item.get("conditions") or "")
    # a parent or spouse spoken of (我爸今年六十一了, 我妈是1975年2月的, 我老婆是护士 管理岗 今年五十二; r32 QA)
    kin = _KIN.search(text)
    said = _KIN_AGE.search(text) if kin else _OWN_AGE.search(text)
    sex = _sex_told(text, kin)
    if rule and not sex and not said and birth_year_said(text) and "未达到" not in rule.group() \
            and not _RETIRED_ALREADY.search(text):
        # a birth year told without who (我是1969年出生的 想问下我几岁能退休啊: the general rule; r36 QA): each kind's age
        return _of_kin(retirement_line(text, None, today), kin)
    if not rule or not (said or (sex and birth_year_said(text))) or (asks_about_age(text) and not sex) \
            or "未达到" in rule.group() or _RETIRED_ALREADY.search(text):
        # (提前退休's "未达到法定退休年龄…可申请提前退休": no age to wait for; 我58了 男的 刚办完退休: retired, early)
        return None
    if sex and (line := retirement_line(text, sex, today)):
        return _of_kin(line, kin)
    age = number(next(g for g in said.groups() if g))   # (我五十七 男: r30 QA)
    clause = rule.group().strip()
    line = AGE_TOLD.format(age=age, name=item.get("name") or "",
                           rule=clause.split("，且")[0] if len(clause) > 60 else clause)
    if sex:   # (by the age, when every birth month it leaves says the same; r30, r31 QA)
        kind = post_kind(sex, text)
        reached = reached_at_age(kind, age, today or date.today())
        line += (BY_BIRTH_MONTH if reached is None else AGE_REACHED if reached else NOT_YET_RETIRED).format(sex=_WHO[kind])
    return _of_kin(line, kin)


# a short message that adds who (我是男的, 女的 管理岗, 她是工人) and nothing else worth more than a few characters
_ADDS_WHO_MOST = 24   # (她不是工人 是在单位坐办公室当会计的; r39 QA)


def age_told_later(before: str, text: str, item: Dict[str, Any], today: Optional[date] = None) -> Optional[str]:
    """``age_check`` of the message ``before`` joined with the sex or post ``text`` adds to it (72年出生的啥时候能退休, each
    kind's age, then 我是男的: "抱歉，我没有完全理解"; r37 QA); None when ``text`` tells a birth or an age itself, is long,
    adds no sex or post, or the joined check says nothing the earlier message alone did not."""
    text = normalize("NFKC", text or "")
    if not before or len(re.sub(r"\s+", "", text)) > _ADDS_WHO_MOST or tells_age(text) \
            or not (_SEX.search(text) or CADRE.search(text) or WORKER.search(text)) or not tells_age(before):
        return None
    joined = age_check(f"{before}，{text}", item, today)
    return joined if joined is not None and joined != age_check(before, item, today) else None


# (帮我婆婆问下 她64年生的: the asker's own; r36 QA)
_KIN_SEX = {"爸": "男", "妈": "女", "父亲": "男", "母亲": "女", "老婆": "女", "媳妇": "女", "爱人": None, "老公": "男",
            "老伴": None, "丈夫": "男", "妻子": "女", "老汉": "男", "爹": "男", "娘": "女", "婆婆": "女", "公公": "男",
            "岳父": "男", "岳母": "女", "丈母娘": "女", "老头子": "男", "老头": "男", "老太太": "女", "老太婆": "女",
            "老婆子": "女", "那口子": None, "姐": "女", "姐姐": "女", "妹": "女", "妹妹": "女", "哥": "男", "哥哥": "男",
            "弟": "男", "弟弟": "男", "嫂子": "女", "姑": "女", "姨": "女", "舅": "男", "叔": "男", "婶子": "女", "婶": "女",
            "舅妈": "女", "姑姑": "女", "大伯": "男", "伯伯": "男",
            # (我爷爷78岁, 我外婆才75, 我老爸刚满五十九 after an elder's item: no check; r82 QA)
            "爷爷": "男", "奶奶": "女", "外公": "男", "外婆": "女", "姥姥": "女", "姥爷": "男", "老爸": "男", "老妈": "女",
            # (我家亲戚1971年出生 多大能退: "您还没有到"; r42 QA)
            "亲戚": None, "朋友": None, "同事": None, "邻居": None}
_NEITHER = ("亲戚", "朋友", "同事", "邻居")   # whose sex the word does not tell: 对方
# (我家老头子1966年出生 还要干几年: "您已经到了"; r38 QA; 我姐1973年6月生的: the male age first, "您"; r39 QA)
# (or first in the message: 外公今年都92了; r83 QA)
_KIN = re.compile(r"(?:(?:我|俺)家?|^)(?P<kin>" + "|".join(sorted(_KIN_SEX, key=len, reverse=True)) + ")")
_AGE_NUMBER = r"(\d{2}|[二三四五六七八九]十[一二三四五六七八九]?)"
_KIN_AGE = re.compile(r"(?:今年|已经|都)" + _AGE_NUMBER + r"(?:周岁|岁)?|" + _AGE_NUMBER + r"(?:周岁|岁)")


def tells_age(text: str) -> bool:
    """Whether ``text`` tells an age or a birth year or month at all (what ``age_check`` needs before any item's rule)."""
    text = normalize("NFKC", text or "")
    return bool(_OWN_AGE.search(text) or _KIN_AGE.search(text) or birth_year_said(text))


def _sex_told(text: str, kin) -> Optional[str]:
    """The sex ``text`` says (男的, 女同志), else that of the ``kin`` spoken of (我妈: 女), else None."""
    said = _SEX.search(text)
    return said.group(1) if said else (_KIN_SEX.get(kin.group("kin")) if kin else None)


# an age an elder's allowance starts at (年满80周岁的老年人), and an age told against it (我爸今年82 after 高龄津贴's notice: "好的，
# 您还想了解什么"; 我妈79了明年满80: the same; r80 QA)
_LEAST_AGE = re.compile(r"年满(\d{2,3})周岁[^。；;，,、]{0,10}?(?:老年人|老人)")
_PRONOUN = re.compile(r"(?:^|[，,。\s])(?P<who>他|她)")   # (她70岁 after the 老年人优待证 notice)
_AGE_AFTER_WHO = re.compile(r"(?:今年|已经|都)?(?:也)?(?:才|刚满|刚|满|快)?" + _AGE_NUMBER + r"(?:周岁|岁|(?=了)|(?=[\s，,。！!]|$))")
_TURNING = re.compile(r"(?:明年|下个?月|快|马上|还差[一二两三几\d]*(?:个月|年)?)(?:就)?满?" + _AGE_NUMBER)
LEAST_AGE_MET = "您说今年{age}岁，已满{least}周岁，符合{name}的年龄条件。"
LEAST_AGE_NOT_YET = "您说今年{age}岁，还不满{least}周岁，{name}要年满{least}周岁才能办理。"
AUTOMATIC = "这里已实行“免申即享”，户籍老人满{least}周岁后由系统自动纳入发放名单，一般不用申请；满{least}周岁两个月后仍没有收到的，可以到街道（乡镇）窗口或在网上申请。"


def least_age_check(text: str, item: Dict[str, Any]) -> Optional[str]:
    """The asker's (or a parent's) age told against the age ``item``'s conditions say an old person's allowance starts at
    (高龄津贴: 年满80周岁): met, with what follows when it is paid without applying, or not yet; None when no age is told,
    the message asks about ages itself, or the conditions set no such age."""
    text = normalize("NFKC", text or "")
    rule = _LEAST_AGE.search(item.get("conditions") or "")
    if not rule or asks_about_age(text):
        return None
    kin = _KIN.search(text)
    own = re.search(r"(?:我|俺|本人)", text)
    pronoun = _PRONOUN.search(text) if not kin else None
    # (right after who: 我妈79了, 我今年85, 她70岁)
    who = kin or pronoun or own
    said = _AGE_AFTER_WHO.match(text, who.end()) if who else None
    said = said or (_KIN_AGE.search(text) if kin else _OWN_AGE.search(text))
    if not said:
        return None
    age, least = number(next(g for g in said.groups() if g)), int(rule.group(1))
    if age is None:
        return None
    turning = _TURNING.search(text)
    if turning and number(turning.group(1)) == least and age >= least:
        age = least - 1   # (我妈79了明年满80 read 80 first)
    name = item.get("name") or ""
    if age >= least:
        line = LEAST_AGE_MET.format(age=age, least=least, name=name)
        if "免申即享" in (item.get("conditions") or ""):
            line += AUTOMATIC.format(least=least)
    else:
        line = LEAST_AGE_NOT_YET.format(age=age, least=least, name=name)
    return line.replace("您说今年", f"您说{pronoun.group('who')}今年") if pronoun and not own else _of_kin(line, kin)


def _of_kin(line: str, kin) -> str:
    """``line`` said of the parent or spouse spoken of, not of the asker."""
    if not kin:
        return line
    who = "他" if _KIN_SEX.get(kin.group("kin")) == "男" else "对方" if kin.group("kin") in _NEITHER else "她"
    return line.replace("您说今年", f"您说{who}今年").replace("您现在还没有到", f"{who}现在还没有到") \
        .replace("您已经到了", f"{who}已经到了").replace("您还没有到", f"{who}还没有到")


_RETIRED_ALREADY = re.compile(r"办完退休|退休手续[^，,。？?！!\s]{0,3}(?:办|弄)(?:好|完)|(?:已经|刚|才)(?:办了)?退休了?|退下来了|退休以后|退休后"
                              r"|提前退休了|内退了")
_SEX = re.compile(r"(?:是)?(男|女)(?:的|性|职工|工人|同志)?(?![\u4e00-\u9fff]{0,1}(?:儿|孩|朋友|方|士))")
_WHO = {"男": "男职工", "女工人": "女职工（工人岗位）", "女干部": "管理、技术岗位的女职工"}
_WHO_OF = {"男": "男职工", "女工人": "女职工（工人岗位）", "女干部": "女职工（管理、技术岗位）"}
NOT_YET_RETIRED = ("按这一规定和渐进式延迟退休的对照表，您现在还没有到{sex}的法定退休年龄，到龄后再申请（把出生年月告诉我，"
                   "我帮您算具体哪年哪月到龄）；提前退休的情形见“企业职工基本养老保险提前退休申请”。")
AGE_REACHED = "按这一规定和渐进式延迟退休的对照表，您已经到了{sex}的法定退休年龄，可以申请。"
BY_BIRTH_MONTH = ("{sex}是否已到龄要看出生年月：请把出生年月和性别一起告诉我（如“1966年5月出生，男”；女职工再说明是工人还是管理、"
                  "技术岗位），我帮您算。")


# the asker left the job of their own will (我是自己辞的职, 主动辞职, 我辞职了), not dismissed (被辞退)
_RESIGNED = re.compile(r"(?:自己|主动|本人)(?:提出)?辞(?:的)?职|自己辞的|自己不干了|(?<!被)(?:我|俺)(?:已经|刚)?辞职了|(?<!被)辞职的"
                       # (主动离职的那种, 裸辞: the notice alone; r30 QA)
                       r"|(?:主动|自己|自愿|本人)(?:提出)?(?:的)?离职|个人原因离职|因个人原因|裸辞|辞职不干"
                       # (我自己提的辞职, 因为个人原因跟公司解除了合同: "已满足…累计缴费满1年"; r31 QA)
                       r"|自己提的?辞职|个人原因(?:跟|与|和)?(?:公司|单位)?(?:解除|离职|辞职)|写的个人原因"
                       r"|(?:递|交|打|写|签)(?:了|的)?辞职(?:信|书|报告|申请)"   # (自己递了辞职信走的; r32 QA)
                       r"|自己提的?离职|自己要走的|自己不想干")   # (自己提的离职; r33 QA)
# a clause of the conditions that rules out one who resigned (本人主动辞职的不符合)
_RESIGNED_RULE = re.compile(r"[^。；;（(]*辞职[^。；;）)]*(?:不符合|不能|不予|除外)[^。；;）)]*")
RESIGNED = ("您说是自己辞职的，{name}的办理条件写明“{rule}”，主动辞职一般不能领取；可以办理“失业登记”享受就业服务，"
            "并可按灵活就业人员继续参保。")


# the employer's fault behind the resignation (拖了我三个月工资 我受不了就自己提的离职: told 不能领取, though a quit forced by
# unpaid wages or insurance is 非因本人意愿 (劳动合同法第三十八条); r34 QA)
_EMPLOYERS_FAULT = re.compile(r"拖欠|拖了[^，,。？?！!\s]{0,6}?工资|欠[^，,。？?！!\s]{0,6}?工资|工资(?:一直)?(?:没发|不发|发不出)"
                              r"|不(?:给)?(?:交|缴)社保|没(?:给)?(?:交|缴)社保|不给(?:交|缴)|被迫|逼(?:我)?(?:走|辞职|离职)"
                              # (那公司逼我签的辞职信呢: a company's menu; r37 QA)
                              r"|逼(?:着)?(?:我)?签|强迫(?:我)?签|硬(?:让|逼)(?:我)?签"
                              # (被老板逼着写了辞职信, 公司让我自己写辞职信 不然不给补偿, 被劝退: "主动辞职一般不能领取"; r38 QA)
                              r"|逼(?:着)?(?:我)?(?:写|交|递|打)|强迫(?:我)?(?:写|交|递)"
                              # (领导让我们自己写辞职报告 不写就不发上个月工资: "主动辞职一般不能领取"; r47 QA)
                              r"|(?:让|要|叫)(?:我|我们|俺|俺们|大家|员工)(?:都)?(?:自己)?(?:写|签|交|递|打)"
                              r"(?:了|个|一?份)?辞职|劝退|劝(?:我)?(?:主动)?(?:辞职|离职)|不(?:写|签)就不(?:发|给)")
FORCED = ("您说是因为单位{fault}才离职的：因用人单位未及时足额支付劳动报酬、未依法缴纳社会保险等原因被迫解除劳动合同的，"
          "属于非本人意愿中断就业，一般可以领取失业保险金；申领时带上能说明解除原因的材料（如仲裁裁决、解除通知、工资流水）。")


# let go by the employer (我是被公司开除的 也能领吗 after the 失业金 notice: its materials again; r46 QA)
_DISMISSED = re.compile(r"被(?:公司|单位|厂里|老板|厂子|领导)?(?:开除|辞退|解雇|裁员|裁掉|裁了|开了|炒了|炒鱿鱼|劝退)"
                        r"|(?:公司|单位|厂里|老板|厂子)(?:把我)?(?:开除|辞退|解雇|裁员|裁掉|裁了|开了|炒了)(?:了|我)?"
                        r"|(?:公司|单位|厂子|厂里)(?:倒闭|破产|关门|黄了)|合同到期(?:了)?(?:公司|单位)?不(?:续签|续)了?")
DISMISSED = ("您说{how}：用人单位解除劳动合同（辞退、开除、裁员）、单位倒闭或劳动合同期满终止的，属于非本人意愿中断就业，"
             "符合{name}的这一条件；累计缴费满1年、已办理失业登记的，可以领取（严重违纪被开除的也可以领，单位出具的解除劳动关系证明"
             "写明原因即可）。")


COERCED = ("您说辞职是单位逼的：被单位强迫写、签辞职信或被劝退的，不属于本人意愿离职。请保留聊天记录、录音、证人等证据，可以向劳动人事争议仲裁"
           "委员会申请仲裁，确认为单位解除劳动合同的，一般可以领取失业保险金，还可以依法主张经济补偿。")


def resignation_check(text: str, item: Dict[str, Any]) -> Optional[str]:
    """The asker's own resignation told (…交了一年社保 失业了能领失业金吗 我是自己辞的职: "已满足…累计缴费满1年" and the
    notice, never that it rules them out; r29 QA) beside the clause of ``item``'s conditions ruling it out; None when
    none is told or the conditions rule none out."""
    text = normalize("NFKC", text or "")
    if _RESIGNED.search(text) and (fault := _EMPLOYERS_FAULT.search(text)) and _RESIGNED_RULE.search(item.get("conditions") or ""):
        if re.search(r"[签写递劝]|(?:逼|迫|让我|要我|叫我).*[交打]", fault.group()):   # (made to sign or write it, or talked into it)
            return COERCED
        return FORCED.format(fault="拖欠工资" if "工资" in fault.group() else "不交社保" if "社保" in fault.group()
                             else "的原因")
    if not _RESIGNED.search(text) and (let_go := _DISMISSED.search(text)) and _RESIGNED_RULE.search(item.get("conditions") or ""):
        how = next((w for w in ("开除", "辞退", "解雇", "裁", "倒闭", "破产", "关门", "黄了", "合同到期") if w in let_go.group()),
                   "辞退")
        said = {"裁": "被裁员了", "倒闭": "单位倒闭了", "破产": "单位破产了", "关门": "单位关门了", "黄了": "单位倒闭了",
                "合同到期": "劳动合同到期不续签了"}.get(how, f"是被单位{how}的")
        return DISMISSED.format(how=said, name=item.get("name") or "")
    return _rule_told(bool(_RESIGNED.search(text)), _RESIGNED_RULE, RESIGNED, item)


def _rule_told(told: bool, rule: Pattern, line: str, item: Dict[str, Any], **more: str) -> Optional[str]:
    """``line`` with ``item``'s name and the clause of its conditions that ``rule`` finds, when the message ``told`` the
    case it is about; None when it did not, or the conditions have no such clause."""
    found = rule.search(item.get("conditions") or "") if told else None
    return line.format(name=item.get("name") or "", rule=_ENUMERATOR.sub("", found.group().strip()), **more) \
        if found else None


# the asker is the husband of a woman who gave birth (媳妇生了 … 生育津贴我能领不, 我这个当老公的能领吗, 我是男的)
_WIFE_GAVE_BIRTH = re.compile(r"(?:老婆|媳妇|爱人|妻子|孩子他妈|孩子妈)[^，,。？?！!\s]{0,6}?(?:生了|生完|生娃|生孩子|刚生|剖了|怀孕|产假)")
_HUSBAND = re.compile(r"当老公的|当爹的|当爸的|作为丈夫|我是男的|男的能|我一个男的|男职工|(?:我)?作为(?:爸爸|父亲|老公|孩子他爸)"
                      r"|当爸爸的|孩子他爸")   # (老婆生了 我作为爸爸去申请生育津贴要带啥: its materials; r31 QA)
_ASKER_MAY = re.compile(r"我(?:能|可以|可不可以|能不能)(?:领|申请|享受)|我[^，,。？?！!\s]{0,4}?(?:能|可以)(?:领|申请|享受)|我能领"
                        r"|(?:领|申请|享受)[^，,。？?！!\s]{0,6}?我(?:能|可以)")
_WOMEN_ONLY = re.compile(r"[^。；;，,]*女职工[^。；;，,]*")
HUSBAND = ("{name}的办理条件是“{rule}”，丈夫一般不能领；妻子没有工作、没参加职工医保的，可按规定享受职工未就业配偶的"
           "生育医疗费待遇（见“生育医疗费支付”），男职工还可按规定休陪产假（护理假）。")


def husband_check(text: str, item: Dict[str, Any]) -> Optional[str]:
    """A husband asking whether he may have what the conditions give women (媳妇生了 她没交社保 我交了五险 生育津贴我能领不:
    the 女职工 notice, with no 一般不能; r30 QA): the conditions' clause and where his family's cover is instead; None
    otherwise."""
    text = normalize("NFKC", text or "")
    husband = _HUSBAND.search(text) or (_WIFE_GAVE_BIRTH.search(text) and _ASKER_MAY.search(text))
    return _rule_told(bool(husband), _WOMEN_ONLY, HUSBAND, item)


# an item for those short of the minimum time paid in (达到法定退休年龄时累计缴费…不足最低缴费年限)
_SHORT_OF_MINIMUM = re.compile(r"不足最低缴费年限|不满最低缴费年限|缴费不满15年|缴费不足15年")
NOT_SHORT = "这不属于“{name}”的情形，按“{kin}”办理。"   # (after ENOUGH, which the item's own checks say)


def minimum_met(text: str, item: Dict[str, Any], kin: Dict[str, Any]) -> Optional[str]:
    """她交了18年社保 够不够, read as 缴费不满15年社保权益申请 (r40 QA): when ``item`` is for those short of the minimum
    time paid in and the time ``text`` tells meets the minimum of ``kin`` (the usual item, 正常退休申请), a line saying so;
    None otherwise."""
    said = paid_months(text)
    required = required_months(kin.get("conditions") or "") if said else None
    if not said or not required or not _SHORT_OF_MINIMUM.search(item.get("conditions") or "") \
            or _SHORT_OF_MINIMUM.search(kin.get("conditions") or "") or said[0] < required[0]:
        return None
    return NOT_SHORT.format(kin=kin.get("name") or "", name=item.get("name") or "")


def checks_of(text: str, item: Dict[str, Any], situations: Sequence[str] = (), before: str = "") -> Dict[str, Optional[str]]:
    """Each check's line for ``text`` (None where it calls for none), in the order they are said: resignation,
    contribution, residence, local, age; the message ``before`` it may tell the birth and sex the pension's minimum
    time paid in depends on. A resignation that rules the asker out says no contribution is enough."""
    resigned = resignation_check(text, item)
    paid, enough = _contribution(text, item, before)
    husband = husband_check(text, item)
    residence = residence_check(text, item, situations)
    ruled_out = bool(resigned) and "一般不能领取" in resigned   # (not one let go, or forced out: they may)
    return {"husband": husband, "resignation": resigned, "contribution": None if (ruled_out and enough) or husband else paid,
            "residence": residence, "local": local_check(text, item), "age": age_check(text, item),
            "elsewhere": None if residence else elsewhere_allowed(text, item)}


def condition_checks(text: str, item: Dict[str, Any], situations: Sequence[str] = ()) -> List[str]:
    """The lines of ``resignation_check``, ``contribution_check``, ``residence_check``, ``local_check`` and
    ``age_check`` that ``text`` calls for."""
    return [line for line in checks_of(text, item, situations).values() if line]
