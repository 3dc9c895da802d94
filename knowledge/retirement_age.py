"""The statutory retirement age from one's birth month, sex and kind of post, by the gradual delay in force since
2025-01-01 (《全国人民代表大会常务委员会关于实施渐进式延迟法定退休年龄的决定》 and its 办法): men from 60 to 63,
women in managerial and technical posts (女干部) from 55 to 58, by one month for every four months of birth; women
workers (女工人) from 50 to 55, by one month for every two. Plain Python, no Rasa.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Optional, Tuple
from unicodedata import normalize

# (original age, first birth month delayed, months of birth per month of delay, most months of delay)
_RULES = {
    "男": (60, (1965, 1), 4, 36),
    "女干部": (55, (1970, 1), 4, 36),
    "女工人": (50, (1975, 1), 2, 60),
}


@dataclass(frozen=True)
class RetirementAge:
    years: int
    months: int
    reached_on: Tuple[int, int]   # (year, month) the age is reached

    def said(self) -> str:
        return f"{self.years}周岁" + (f"{self.months}个月" if self.months else "")


def retirement_age(kind: str, born: Tuple[int, int]) -> RetirementAge:
    """The statutory retirement age of one of ``kind`` (男, 女干部, 女工人) born in ``born`` (year, month)."""
    original, (first_year, first_month), per, most = _RULES[kind]
    since = (born[0] - first_year) * 12 + (born[1] - first_month)
    delay = 0 if since < 0 else min(most, since // per + 1)
    months = original * 12 + delay
    reached = born[0] * 12 + (born[1] - 1) + months
    return RetirementAge(months // 12, months % 12, (reached // 12, reached % 12 + 1))


def minimum_months(reach_year: int) -> int:
    """The least time paid in, in months, for a monthly pension of one reaching the retirement age in ``reach_year``:
    15 years to the end of 2029, six months more each year from 2030, 20 years from 2039 (the same 决定)."""
    return 180 if reach_year <= 2029 else min(240, 180 + 6 * (reach_year - 2029))


def reach_years(kind: str, born: Tuple[int, int]) -> Tuple[int, int]:
    """The first and last year in which one of ``kind`` born in ``born`` (year, month; month 0: any month of the year)
    reaches the retirement age."""
    years = [retirement_age(kind, (born[0], m)).reached_on[0] for m in ([born[1]] if born[1] else range(1, 13))]
    return min(years), max(years)


# 1964年3月生的, 64年3月出生, 1970年生, 一九七一年十一月生的
_BORN = re.compile(r"((?:19|20)?\d{2}|[一二三四五六七八九零〇]{2,4})年(?:(\d{1,2}|十[一二]?|[一二三四五六七八九])月)?(?:份)?"
                   r"(?:出生|生的|生人|生|(?<=月)的|(?<=月)(?=$|[\s，,。]))")   # (我妈是1975年2月的; r32 QA; 男的 1966年5月)
_DIGIT = {c: str(n) for n, c in enumerate("零一二三四五六七八九")} | {"〇": "0"}
_MONTH = {"十": 10, "十一": 11, "十二": 12} | {c: n for n, c in enumerate("一二三四五六七八九", 1)}
# a woman's managerial or technical post (管理岗, 干部, 技术岗): 55 at first, not 50
# (当会计的, 坐办公室: the age of 工人 only; r39 QA)
CADRE = re.compile(r"(?<!不是)(?<!不是个)(?<!不是当)(?<!不当)(?<!不算)(?:管理岗|干部|技术岗|专业技术|职员|管理人员|事业单位|公务员"
                   r"|会计|财务|出纳|办公室|文员|行政|工程师|技术员|教师|老师|医生|护士)")
# a worker's post or workplace told (当工人, 在车间, 在超市当收银员); a woman with neither told gets both ages
WORKER = re.compile(r"(?<!不是)(?<!不是个)(?<!不当)(?:工人|车间|厂|超市|收银|服务员|保洁|普工|流水线|一线|操作工|营业员|保安|工地|纺织"
                    r"|搬运|装配|缝纫|环卫)")
# working for oneself (灵活就业, 个体): which original age applies is set by the province
_ON_ONES_OWN = re.compile(r"灵活就业|自由职业|个体|没单位|无单位|自己交")
_WOMAN = re.compile(r"女")


def birth_month_said(text: str) -> Optional[Tuple[int, int]]:
    """(year, month) of a birth told (1964年3月生的: (1964, 3), 64年3月出生); None when no month is told (the age
    depends on it)."""
    said = _birth_said(text)
    return said if said is not None and said[1] else None


def birth_year_said(text: str) -> Optional[int]:
    """The year of a birth told, with or without its month (1985年出生, 85年的女的, 一九七一年十一月生的)."""
    said = _born(text)
    return said[0] if said else None


def born_said(text: str) -> Optional[Tuple[int, int]]:
    """(year, month) of a birth told, month 0 when only the year is, a year said bare beside who it is read too."""
    return _born(text)


def _born(text: str) -> Optional[Tuple[int, int]]:
    """``_birth_said``, a year said bare beside who it is (``_YEAR_ONLY``) read too."""
    return _birth_said(text) or _birth_said(_YEAR_ONLY.sub(r"\g<0>生", normalize("NFKC", text or "")))


def post_kind(sex: str, text: str) -> str:
    """The kind of post whose retirement age applies (``_RULES``): 男, else 女干部 when a managerial or technical post is
    told (``CADRE``), else 女工人."""
    return "男" if sex == "男" else ("女干部" if CADRE.search(text or "") else "女工人")


# a birth year said bare beside who it is (我85年的女的, 我妈七三年的: no 生 after it)
# (俺媳妇72年的, 我婶子1971年的: no age; r40 QA)
_YEAR_ONLY = re.compile(r"(?:(?<=[我俺是妈爸婆公她他妇子姐妹哥弟伴人爷奶娘爹婶姑姨舅叔伯嫂])|(?<=^)|(?<=\s)|(?<=[，,]))"
                        r"(?:(?:19)?\d{2}|[一二三四五六七八九零〇]{2})年(?=的|人)")   # (女 76年的; r36 QA)


def _birth_said(text: str) -> Optional[Tuple[int, int]]:
    """(year, month) of a birth told, month 0 when only the year is."""
    said = _BORN.search(normalize("NFKC", text or ""))
    if said is None:
        return None
    written = said.group(1)
    year = int(written if written.isdigit() else "".join(_DIGIT[c] for c in written))
    year = year + 1900 if year < 100 else year
    month = 0 if not said.group(2) else int(said.group(2)) if said.group(2).isdigit() else _MONTH[said.group(2)]
    return (year, month) if 1930 <= year <= 2010 and 0 <= month <= 12 else None


def reached_at_age(kind: str, age: int, today: date) -> Optional[bool]:
    """Whether one of ``kind`` aged ``age`` today has surely reached the statutory retirement age (True), surely not
    (False), or it depends on the birth month (None): born between ``age`` + 1 years ago and ``age`` years ago."""
    latest, earliest = (today.year - age, today.month), (today.year - age - 1, today.month)   # (a month each side, at most)
    now = (today.year, today.month)
    if now >= retirement_age(kind, latest).reached_on:
        return True
    if now < retirement_age(kind, earliest).reached_on:
        return False
    return None


REACHED = "按渐进式延迟法定退休年龄的办法，{born}出生的{who}法定退休年龄为{age}，{when}年{month}月到龄，您已经到了。"
NOT_REACHED = "按渐进式延迟法定退休年龄的办法，{born}出生的{who}法定退休年龄为{age}，要到{when}年{month}月才到龄，您现在还没有到。"


_WHO = {"男": "男职工", "女干部": "女职工（管理、技术岗位）", "女工人": "女职工（工人岗位）"}
_POST = {"女干部": "管理、技术岗位", "女工人": "工人岗位"}
_EACH_KIND = (("男", "男职工"), ("女工人", "女职工工人岗位"), ("女干部", "女职工管理、技术岗位"))
EACH_KIND = ("按渐进式延迟法定退休年龄的办法，{born}出生的：{lines}。把出生年月、性别（女职工再说岗位）一起告诉我（如“1969年5月"
             "出生，男”），我可以算到月。")
BOTH_POSTS = "按渐进式延迟法定退休年龄的办法，{born}出生的女职工，{lines}；按哪种岗位以档案和单位认定为准。"
ON_ONES_OWN = "灵活就业人员按哪种原退休年龄（50或55周岁）计算，以本省规定为准。"
BY_MONTH = "（具体到龄月份要看出生月份；把出生年月和性别一起告诉我，可以算到月）"


# one in a public institution or the civil service (在事业单位当干部: the enterprise employee's notice alone; r42 QA)
PUBLIC_SECTOR_SAID = re.compile(r"事业单位|事业编|机关单位|机关工作|公务员|参公|行政单位|公立学校|学校老师|公立医院")
PUBLIC_SECTOR_PROCEDURE = ("机关事业单位工作人员参加的是机关事业单位养老保险，退休不按“企业职工基本养老保险正常退休申请”办理：由所在单位"
                           "人事部门按人事管理权限审批退休，再向人社部门的机关事业单位养老保险经办机构申报核定养老金；本人一般"
                           "配合单位提供身份证、社保卡和人事档案等。具体材料和时间请向单位人事部门咨询。")
PUBLIC_SECTOR = "在机关事业单位工作的，退休年龄同样按上面的办法。"


def retirement_line(text: str, sex: Optional[str], today: Optional[date] = None) -> Optional[str]:
    """``_retirement_line``, with a note on the public sector's own procedure when one works there (``PUBLIC_SECTOR_SAID``)."""
    line = _retirement_line(text, sex, today)
    return line + PUBLIC_SECTOR if line and PUBLIC_SECTOR_SAID.search(text or "") else line


def _retirement_line(text: str, sex: Optional[str], today: Optional[date] = None) -> Optional[str]:
    """Whether the asker, of ``sex`` (男 or 女) and with the birth month ``text`` tells, has reached the statutory
    retirement age today (男 61岁 1964年3月生的 到点了吗: "not in scope"; r29 QA); None when no birth is told. A woman
    whose post is told as neither managerial or technical (``CADRE``) nor a worker's (``WORKER``) gets both ages (我85年
    的女的 上班的 以后多少岁退休: no age; r35 QA), one working on her own the note that the province sets which; a birth
    year told without its month, the age of that year (by the month when it differs within the year); a sex not told
    (None), each kind's."""
    born = _born(text)
    if born is None:
        return None
    today = today or date.today()
    when = f"{born[0]}年{born[1]}月" if born[1] else f"{born[0]}年"
    if sex not in ("男", "女"):   # (not told: each kind's; r36 QA)
        lines = "；".join(f"{label}为{_of_the_year(kind, born[0], today, born[1])}" for kind, label in _EACH_KIND)
        return EACH_KIND.format(born=when, lines=lines)
    if sex == "男" or CADRE.search(text or "") or WORKER.search(text or ""):
        kind = post_kind(sex, text)
        if born[1]:
            age = retirement_age(kind, born)
            reached = (today.year, today.month) >= age.reached_on
            return (REACHED if reached else NOT_REACHED).format(born=f"{born[0]}年{born[1]}月", who=_WHO[kind],
                                                               age=age.said(), when=age.reached_on[0],
                                                               month=age.reached_on[1])
        return (f"按渐进式延迟法定退休年龄的办法，{born[0]}年出生的{_WHO[kind]}法定退休年龄为"
                f"{_of_the_year(kind, born[0], today)}。")
    lines = "；".join(f"{_POST[kind]}为{_of_the_year(kind, born[0], today, born[1])}" for kind in ("女工人", "女干部"))
    return BOTH_POSTS.format(born=when, lines=lines) + (ON_ONES_OWN if _ON_ONES_OWN.search(text or "") else "")


# a pension of the 城乡居民 scheme told (在村里交的那种, 新农保, 城乡居民养老): no statutory retirement age, 60 for all
# (男的 农民 在村里交的那种养老保险 after 俺爹1963年生的 啥时候能领养老金: the employee's age and 关于“村里”…; r41 QA)
RESIDENT_SCHEME = re.compile(r"城乡居民|居民养老|新农保|农保|农村(?:的)?养老|(?:村里|农村|村上|乡里)[^，,。？?！!\s]{0,4}?(?:交|缴|参保|上)的")
RESIDENT_AGE = 60
RESIDENT_LINE = ("城乡居民基本养老保险不按职工的法定退休年龄算，男女都是年满60周岁、累计缴费满15年（制度实施时已满60周岁的不用缴费，"
                 "距60周岁不足15年的按年缴费、可以补缴）就可以按月领取。{born}出生的，{year}年{month}满60周岁，{reached}。")


def resident_pension_line(text: str, today: Optional[date] = None) -> Optional[str]:
    """When ``text`` tells a birth and a pension of the 城乡居民 scheme (``RESIDENT_SCHEME``): its age, 60 for men and
    women alike, and whether it is reached; None otherwise."""
    born = _born(text) if RESIDENT_SCHEME.search(normalize("NFKC", text or "")) else None
    if born is None:
        return None
    today = today or date.today()
    year = born[0] + RESIDENT_AGE
    now, at = (today.year, today.month), (year, born[1] or 1)
    reached = ("已经到了" if now >= at and (born[1] or today.year > year) else "还没到" if now < at
               else "具体看出生月份")
    return RESIDENT_LINE.format(born=f"{born[0]}年{born[1]}月" if born[1] else f"{born[0]}年", year=year,
                                month=f"{born[1]}月" if born[1] else "", reached=reached)


def _of_the_year(kind: str, year: int, today: date, month: int = 0) -> str:
    """The retirement age of one of ``kind`` born in ``month`` of ``year`` (any month of it when 0), when it is reached
    and whether it is by ``today``."""
    ages = [retirement_age(kind, (year, m)) for m in ([month] if month else range(1, 13))]
    first, last = ages[0], ages[-1]
    now = (today.year, today.month)
    if month:
        reached = now >= first.reached_on
        return (f"{first.said()}，{first.reached_on[0]}年{first.reached_on[1]}月到龄，"
                + ("您已经到了" if reached else "您还没有到"))
    said = first.said() if first.said() == last.said() else f"{first.said()}至{last.said()}"
    reached = "您已经到了" if now >= last.reached_on else "您还没有到" if now < first.reached_on else ""
    years = (f"{first.reached_on[0]}年" if first.reached_on[0] == last.reached_on[0]
             else f"{first.reached_on[0]}年至{last.reached_on[0]}年")
    return f"{said}，{years}到龄" + ("，" + reached if reached else BY_MONTH)
