"""The statutory retirement age by birth month under the gradual delay (knowledge/retirement_age.py)."""
from datetime import date

import pytest

from knowledge.retirement_age import RetirementAge, birth_month_said, retirement_age, retirement_line


@pytest.mark.parametrize("kind, born, age", [
    # rows of the table annexed to the State Council's 办法 (改革后退休年龄, 改革后退休时间)
    ("男", (1964, 12), RetirementAge(60, 0, (2024, 12))), ("男", (1965, 1), RetirementAge(60, 1, (2025, 2))),
    ("男", (1965, 4), RetirementAge(60, 1, (2025, 5))), ("男", (1965, 8), RetirementAge(60, 2, (2025, 10))),
    ("男", (1976, 9), RetirementAge(63, 0, (2039, 9))), ("男", (1980, 1), RetirementAge(63, 0, (2043, 1))),
    ("女工人", (1975, 1), RetirementAge(50, 1, (2025, 2))), ("女工人", (1976, 5), RetirementAge(50, 9, (2027, 2))),
    ("女工人", (1984, 12), RetirementAge(55, 0, (2039, 12))),
    ("女干部", (1970, 1), RetirementAge(55, 1, (2025, 2))), ("女干部", (1981, 12), RetirementAge(58, 0, (2039, 12))),
])
def test_the_retirement_age_by_birth_month(kind, born, age):
    assert retirement_age(kind, born) == age


def test_a_birth_month_told_and_whether_the_age_is_reached():
    """男 61岁 1964年3月生的 企业职工 交了18年 到点了吗 got "not in scope" (r29 QA)."""
    assert birth_month_said("男 61岁 1964年3月生的") == (1964, 3) and birth_month_said("64年3月出生") == (1964, 3)
    assert birth_month_said("我1970年生的") is None and birth_month_said("2020年3月办的证") is None
    today = date(2026, 12, 6)
    line = retirement_line("男 61岁 1964年3月生的 企业职工 交了18年 到点了吗", "男", today)
    assert "60周岁" in line and "2024年3月到龄" in line and "已经到了" in line
    line = retirement_line("我是女的 1976年5月出生 在超市上班", "女", today)
    assert "工人岗位" in line and "50周岁9个月" in line and "2027年2月" in line and "还没有到" in line
    assert "管理、技术岗位" in retirement_line("我是女的 1971年5月出生 管理岗", "女", today)


def test_a_woman_whose_post_is_not_told_gets_both_ages_and_a_birth_year_alone_its_range():
    """r35 QA: 我85年的女的 上班的 以后多少岁退休啊 got no age, and 我76年2月的女的…灵活就业…我是50退还是55退 an FAQ on
    contributions: a woman's post untold is either, one working on her own told the province sets which; a year alone
    gives the ages of its months."""
    from knowledge.retirement_age import ON_ONES_OWN, birth_year_said
    today = date(2026, 12, 6)
    line = retirement_line("我85年的女的 上班的 以后多少岁退休啊", "女", today)
    assert "工人岗位为55周岁，2040年到龄" in line and "管理、技术岗位为58周岁，2043年到龄" in line
    line = retirement_line("我76年2月的女的 没单位 灵活就业交养老 我是50退还是55退", "女", today)
    assert "工人岗位为50周岁7个月，2026年9月到龄，您已经到了" in line and "56周岁7个月，2032年9月到龄" in line
    assert line.endswith(ON_ONES_OWN)
    line = retirement_line("男的 1970年出生", "男", today)
    assert "61周岁4个月至61周岁6个月" in line and "2031年至2032年到龄" in line and "还没有到" in line
    assert "看出生月份" in retirement_line("1966年生的男的", "男", today)   # (2026 or 2027: by the month)
    assert "工人岗位" in retirement_line("我是女的 1976年5月出生 在超市上班", "女", today)   # (a worker's job told)
    assert birth_year_said("我85年的女的") == 1985 and birth_year_said("房子是2015年的") is None
    assert birth_year_said("交了15年") is None and birth_month_said("我85年的女的") is None


def test_a_birth_year_told_without_who_gets_each_kinds_age_and_a_relatives_year_after_a_space(real_store):
    """r36 QA: 我是1969年出生的 想问下我几岁能退休啊 got the general rule, 女 76年的 退休年龄是多少岁 and 帮我婆婆问下 她64年生的
    现在能办退休不 no age."""
    from knowledge.condition_checks import age_check
    retire, today = real_store.item("renshe.yanglao.retire"), date(2026, 12, 6)
    line = age_check("我是1969年出生的 想问下我几岁能退休啊", retire, today)
    assert "男职工为61周岁1个月至61周岁3个月" in line and "女职工工人岗位为50周岁，2019年到龄" in line
    line = age_check("女 76年的 退休年龄是多少岁 新政策出来了不太懂", retire, today)
    assert "工人岗位为50周岁7个月至51周岁" in line and "管理、技术岗位为56周岁7个月至56周岁9个月" in line
    line = age_check("帮我婆婆问下 她64年生的 现在能办退休不", retire, today)
    assert "工人岗位为50周岁，2014年到龄，她已经到了" in line
    for text in ("我交了15年", "孩子2015年出生的", "我是男的 在工地干活"):
        assert age_check(text, retire, today) is None, text


def test_the_residents_pension_is_drawn_at_60_by_men_and_women_alike():
    from knowledge.retirement_age import resident_pension_line

    today = date(2026, 12, 6)
    said = resident_pension_line("俺爹1963年生的 啥时候能领养老金，男的 农民 在村里交的那种养老保险", today)
    assert "男女都是年满60周岁" in said and "2023年满60周岁，已经到了" in said
    assert "2030年3月满60周岁，还没到" in resident_pension_line("我1970年3月生的 交的新农保", today)
    assert "看出生月份" in resident_pension_line("我妈1966年的 在村里交的养老", today)
    assert resident_pension_line("我1963年生的 交的职工养老", today) is None   # (the employee's scheme)
    assert resident_pension_line("我是村里的 没单位 想自己交养老保险", today) is None   # (no birth told)


def test_one_in_a_public_institution_is_told_its_own_procedure():
    """女的 在事业单位当干部: the enterprise employee's notice alone (r42 QA)."""
    from knowledge.retirement_age import PUBLIC_SECTOR
    said = retirement_line("1971年出生 女的 在事业单位当干部", "女", date(2026, 12, 6))
    assert "55周岁4个月至55周岁6个月" in said and said.endswith(PUBLIC_SECTOR)
    assert PUBLIC_SECTOR not in retirement_line("1971年出生 女的 在超市当收银员", "女", date(2026, 12, 6))
