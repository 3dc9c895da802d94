"""How long the citizen has paid in against how long an item's conditions require
(knowledge.condition_checks.py)."""
import pytest

from knowledge.condition_checks import checks_of, contribution_check, number, paid_months, required_months

LOAN = {"name": "公积金贷款", "conditions": "在本市连续足额缴存住房公积金满6个月（本市规定）的职工，购买本市自住住房的，可申请贷款。"}


@pytest.mark.parametrize("words, value", [("12", 12), ("十二", 12), ("两", 2), ("二十", 20), ("十", 10), ("五", 5),
                                          ("几", None), ("十几", None)])
def test_numbers_in_digits_or_characters(words, value):
    assert number(words) == value


@pytest.mark.parametrize("text, paid", [
    ("我交了5个月能贷吗", (5, "5个月")), ("社保交了12年 够不够", (144, "12年")), ("缴了才5个月能贷吗", (5, "5个月")),
    ("我交了3年社保", (36, "3年")), ("交了半年能领吗", (6, "半年")), ("公积金缴存十二个月了", (12, "十二个月")),
    ("我今年5岁", None), ("等了5个月了", None), ("要交多少钱", None), ("交了5个月房租了能提吗", None),
    ("房贷还了3年", None), ("交了两年的学费", None),
])
def test_the_time_paid_in_the_citizen_says(text, paid):
    assert paid_months(text) == paid


def test_the_time_the_conditions_require_and_the_clause_saying_it():
    assert required_months(LOAN["conditions"]) == (6, "在本市连续足额缴存住房公积金满6个月（本市规定）的职工")
    assert required_months("参加养老保险，且累计缴费达到最低缴费年限的。\n最低缴费年限2029年底前为15年，自2030年起提高。") == \
        (180, "最低缴费年限2029年底前为15年")
    # whom an item is for (不足 15 years) and a place (最后参保满10年地) require nothing
    assert required_months("达到法定退休年龄时累计缴费不足最低缴费年限（2029年底前为15年）的") is None
    assert required_months("待遇领取地按“户籍地、最后参保满10年地”等规则确定") is None
    assert required_months("年满60周岁") is None


def test_short_of_the_conditions_or_enough():
    assert contribution_check("我交了5个月能贷吗", LOAN) == (
        "您说缴了5个月，公积金贷款的办理条件是“在本市连续足额缴存住房公积金满6个月（本市规定）的职工”，"
        "还差1个月，目前还不符合这一条件，缴满6个月后才符合。")
    assert contribution_check("交了两年了能贷吗", LOAN).startswith("您说缴了两年，已满足公积金贷款办理条件中")
    assert contribution_check("能贷多少", LOAN) is None
    assert contribution_check("我交了5个月能贷吗", {"name": "x", "conditions": "本市户籍"}) is None


def test_a_household_registered_elsewhere_against_conditions_for_this_citys_only():
    from knowledge.condition_checks import condition_checks, residence_check

    subsidy = {"name": "高龄津贴", "conditions": "具有示例市户籍、年满80周岁的老年人，可以领取高龄津贴。"}
    assert residence_check("老人是外地户口，跟着儿子住在这", subsidy) == (
        "您说是外地户口，高龄津贴的办理条件是“具有示例市户籍、年满80周岁的老年人，可以领取高龄津贴”，"
        "外地户籍一般不符合这一条件；可向户籍所在地咨询同类待遇，或拨打12345确认。")
    assert residence_check("老人是本地户口", subsidy) is None
    # a 居住证 holder may too; the city's registration is whom one moves to or marries
    assert residence_check("我是外地户口", {"name": "x", "conditions": "本市户籍或持有本市居住证的老年人"}) is None
    assert residence_check("我是外地户口", {"name": "x", "conditions": "本市户籍居民的父母，年满60周岁"}) is None
    assert residence_check("我是外地户口", {"name": "x", "conditions": "与本市户籍居民依法登记结婚的"}) is None
    # nor where the guide provides for those from elsewhere (its 异地补领 situation)
    lost = {"name": "身份证补领", "conditions": "居民身份证丢失的本市户籍居民。"}
    assert residence_check("我是外地户口", lost) is not None and residence_check("我是外地户口", lost, ["异地补领"]) is None
    loan = {"name": "贷款", "conditions": "本市户籍职工缴存住房公积金满6个月"}
    assert condition_checks("我是外地户口，交了5个月", loan) == [contribution_check("交了5个月", loan),
                                                          residence_check("外地户口", loan)]


def test_from_elsewhere_said_plainly_against_a_local_only_condition_points_to_the_item_for_them(real_store):
    """我们是外地的 孩子明年上小学 要准备啥 got the 本市户籍 notice alone, 随迁子女入学 never said (r21 QA)."""
    from actions.answering import Turn, answer
    from knowledge.condition_checks import residence_check
    item = "jiaoyu.ruxue.compulsory"
    assert residence_check("我们是外地的 孩子明年上小学 要准备啥", real_store.item(item)) is not None
    assert residence_check("孩子明年上小学，我们是外地来打工的，入学要准备啥", real_store.item(item)) is not None   # (r25 QA)
    reply = answer(Turn(text="我们是外地的 孩子明年上小学 要准备啥", intent="out_of_scope", confidence=0.99,
                        linked_item=item, item=item, in_scope=True, candidates=[{"id": item, "score": 0.59}]), real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("您说是外地户口") and any("进城务工人员随迁子女接受义务教育入学申请" in t for t in texts[1:])
    # that item is the one told (孩子明年上小学 我们不是本地户口 要准备啥 got the local notice, the other a hint at
    # its end; r23 QA), not the local one's notice
    kin = "jiaoyu.ruxue.migrant"
    assert reply.slots["service_item"] == kin and texts[0].endswith("请按“进城务工人员随迁子女接受义务教育入学申请”办理：")
    assert not any("【一次性告知】义务教育阶段入学" in t for t in texts)
    assert any("进城务工人员随迁子女接受义务教育入学申请在不同情形下" in t or "【一次性告知】进城务工人员随迁子女" in t for t in texts[1:])


def test_a_household_registered_here_against_a_list_of_alternatives_one_of_which_is_for_those_from_elsewhere(real_store):
    """我是本市户口 to 离职提取's situations quoted （二）户口迁出本市，或非本市户籍… (the guide's lines naming 本市户), the one
    alternative that does not apply (r21 QA): it is said not to, and the others are listed."""
    from actions.answering import Turn, answer
    from knowledge.condition_checks import local_check
    leave = {"name": "离职提取", "conditions": "符合下列情形之一的，可申请提取：\n（一）账户封存满6个月；\n"
                                            "（二）户口迁出本市，或非本市户籍职工离开本市就业；\n（三）出境定居。"}
    assert local_check("我是本市户口", leave).splitlines() == [
        "您说是本市户口，离职提取办理条件中的“（二）户口迁出本市，或非本市户籍职工离开本市就业”不适用于您；符合以下其他情形之一即可：",
        "· （一）账户封存满6个月；", "· （三）出境定居。"]
    assert local_check("本地户籍的", leave) is not None
    for text in ("我不是本市户口", "我是外地户口", "本市户口吗", "我要提取"):
        assert local_check(text, leave) is None, text
    assert local_check("我是本市户口", {"name": "x", "conditions": "具有示例市户籍的老年人"}) is None
    item = "gjj.withdraw.leave"
    options = [{"kind": "situation", "value": s["name"], "title": s["name"], "item": item}
               for s in real_store.situations(item)]
    reply = answer(Turn(text="我是本市户口", intent="inform", confidence=0.6, item=item, item_in_context=item,
                        options=options, aspect="guide"), real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("您说是本市户口") and "（一）住房公积金账户封存满6个月" in texts[0]
    assert not any(t.startswith("关于“") for t in texts) and "哪种情形" in texts[-1]
    # how long after leaving (本地人 离职了多久能取): the wait the conditions set, said once; not the office's 3 days,
    # which read like a yes (r24 QA)
    from knowledge.asking import aspects_asked
    assert aspects_asked("本地人 离职了多久能取") == ["conditions"] and aspects_asked("离职提取要多久") == ["time_limit"]
    told = answer(Turn(text="本地人 离职了多久能取", intent="ask_time_limit", confidence=0.7, item=item,
                       item_in_context=item, situation=f"{item}/{options[0]['value']}", aspect="guide"), real_store)
    texts = [m["text"] for m in told.messages]
    assert texts[0].startswith("您说是本市户口") and "封存满6个月" in texts[0]
    assert not any("办理时限" in t or t.startswith("与单位终止劳动关系提取住房公积金的办理条件") for t in texts)


def test_the_askers_own_age_is_set_beside_the_conditions_age_rule(real_store):
    """我56了男的 在厂里干了三十年 养老金咋领 去哪办 got the 退休申请 places and materials as if he could apply (r27 QA): the
    age rule first, and for a man under 60 (a woman under 50) that he has not reached it yet."""
    from knowledge.condition_checks import age_check
    retire = real_store.item("renshe.yanglao.retire")
    line = age_check("我56了男的 在厂里干了三十年 养老金咋领 去哪办", retire)
    assert line.startswith("您说今年56岁") and "法定退休年龄" in line and "您现在还没有到" in line
    assert "还没有到" not in age_check("我52了女的 退休咋办", retire)   # (女工人 50, 女干部 55: not said)
    assert "还没有到" not in age_check("我今年61 男", retire)
    for text in ("孩子8岁了", "我交了15年", "我48了 女儿在外地 退休咋办"):
        assert age_check(text, retire) is None or "还没有到" not in age_check(text, retire), text
    assert age_check("孩子8岁了", retire) is None and age_check("我交了15年", retire) is None
    assert age_check("我82了 高龄津贴咋领", real_store.item("minzheng.gaoling.subsidy")) is None   # (age_below's)
    assert age_check("我70岁了还能换吗", real_store.item("jiaoguan.jsz.renew")) is None   # (the age lines answer it)


def test_a_resignation_told_is_checked_against_the_rule_ruling_it_out(real_store):
    """…交了一年社保 失业了能领失业金吗 我是自己辞的职 got "已满足…累计缴费满1年" and the notice, never that resigning rules
    one out (r29 QA): that rule first, and no line saying the time paid is enough."""
    from knowledge.condition_checks import RESIGNED, condition_checks, resignation_check
    benefit = real_store.item("renshe.shiye.benefit")
    lines = condition_checks("我是外地人 在这边打工两年了 交了一年社保 失业了能领失业金吗 我是自己辞的职", benefit)
    assert len(lines) == 1 and lines[0].startswith(RESIGNED.split("{", 1)[0]) and "本人主动辞职的不符合" in lines[0]
    assert resignation_check("我辞职了 能领失业金吗", benefit)
    for text in ("我是主动离职的那种 能领失业金吗", "我裸辞了 失业金能领不", "因个人原因离职 能领吗",   # (r30 QA)
                 "上个月自己递了辞职信走的 现在能领失业保险金不",   # (r32 QA)
                 "干了两年 自己提的离职 能领失业金不"):   # (r33 QA)
        assert resignation_check(text, benefit), text
    assert resignation_check("我离职了 能领失业金吗", benefit) is None   # (离职 alone says not why)
    for text in ("交了一年社保 被辞退了能领吗", "公司把我辞退了"):   # (let go: the condition met; r46 QA)
        assert resignation_check(text, benefit).startswith("您说是被单位辞退的"), text
    assert resignation_check("单位让我辞职 不给赔偿", benefit) is None
    assert any("已满足" in line for line in condition_checks("交了一年社保 被辞退了能领吗", benefit))
    assert resignation_check("我辞职了", {"name": "离职提取", "conditions": "与单位终止劳动关系的，可以提取"}) is None


def test_from_elsewhere_said_without_its_is(real_store):
    """孩子明年上小学 我们外地的 在这买了房 咋报名 got the notice for 本市户籍 children (r29 QA)."""
    from knowledge.condition_checks import residence_check
    item = real_store.item("jiaoyu.ruxue.compulsory")
    situations = [s["name"] for s in real_store.situations("jiaoyu.ruxue.compulsory")]
    assert residence_check("孩子明年上小学 我们外地的 在这买了房 咋报名", item, situations)
    assert residence_check("孩子明年上小学 我外地的朋友说要买房", item, situations) is None


def test_an_age_asked_against_the_retirement_age_is_checked(real_store):
    """我今年58了 男的…能不能办退休拿养老金了 got the 正常退休申请 notice as if he could apply (the age check passed over a
    question of age); 男 61岁 1964年3月生的 was no age told (r29 QA)."""
    from datetime import date
    from knowledge.condition_checks import BY_BIRTH_MONTH, age_check
    retire = real_store.item("renshe.yanglao.retire")
    today = date(2026, 12, 6)
    assert "还没有到" in age_check("我今年58了 男的 在厂里交了二十多年社保 能不能办退休拿养老金了", retire, today)
    assert "2024年3月到龄" in age_check("男 61岁 1964年3月生的 企业职工 交了18年 到点了吗 怎么申请", retire, today)
    assert "还没有到" in age_check("我是女的 今年53 在单位是管理岗 现在能退休吗", retire, today)   # (55 for those posts)
    assert age_check("我是女的 今年55 在单位是管理岗 现在能退休吗", retire, today).endswith(
        BY_BIRTH_MONTH.format(sex="管理、技术岗位的女职工"))
    assert age_check("我70岁了还能换吗", retire, today) is None and age_check("孩子8岁", retire, today) is None


def test_nothing_paid_in_is_checked_against_a_clause_asking_it_paid(real_store):
    """我没交社保 孩子还能在这上学吗 to 随迁子女入学 got an FAQ sharing words (外地户口孩子…开证明吗; r30 QA): its condition
    on 社会保险 paid, not met."""
    from knowledge.condition_checks import not_paid_check
    migrant = real_store.item("jiaoyu.ruxue.migrant")
    line = not_paid_check("我没交社保 孩子还能在这上学吗", migrant)
    assert "没有交社保" in line and "连续缴纳社会保险" in line and "不符合" in line
    line = not_paid_check("社保一直没交过 能领失业金吗", real_store.item("renshe.shiye.benefit"))
    assert "参加失业保险" in line and not line.split("“")[1].startswith("1")
    assert "缴存住房公积金" in not_paid_check("我没交公积金 能提吗", real_store.item("gjj.withdraw.rent"))
    assert not_paid_check("我没交社保 能提吗", real_store.item("gjj.withdraw.rent")) is None   # (another fund)
    assert not_paid_check("社保交了3年", migrant) is None


def test_an_age_in_chinese_numerals_and_an_early_retirement_rule(real_store):
    """我五十七 男 厂里上班的 还有几年能退休啊 was no age told (r30 QA); 提前退休's 未达到法定退休年龄…可申请 sets no age
    to wait for."""
    from datetime import date
    from knowledge.condition_checks import age_check
    today = date(2026, 12, 6)
    assert "还没有到" in age_check("我五十七 男 厂里上班的 还有几年能退休啊", real_store.item("renshe.yanglao.retire"), today)
    assert age_check("俺今年59了 男的 到岁数能退了不", real_store.item("renshe.yanglao.early"), today) is None


def test_a_husband_asking_for_what_the_conditions_give_women_is_told_so(real_store):
    """媳妇生了 她没交社保 我交了五险 生育津贴我能领不 got the 生育津贴 notice for 女职工 with no 一般不能 (r30 QA)."""
    from knowledge.condition_checks import husband_check
    allowance = real_store.item("yibao.birth.allowance")
    for text in ("媳妇生了 她没交社保 我交了五险 生育津贴我能领不", "我这个当老公的能领那个生育津贴不"):
        line = husband_check(text, allowance)
        assert "女职工" in line and "丈夫一般不能领" in line and "生育医疗费支付" in line, text
    for text in ("老婆生了 生育津贴怎么领", "我老婆生孩子了 她的生育津贴我能代领吗", "生育津贴怎么领"):
        assert husband_check(text, allowance) is None, text
    assert husband_check("媳妇生了 我能领吗", real_store.item("yibao.birth.medical")) is None   # (no 女职工 rule)


def test_no_age_to_wait_for_when_the_asker_says_they_have_retired(real_store):
    """我今年58了 男的 刚办完退休 要办啥: retired (early) already, no "not yet"."""
    from datetime import date
    from knowledge.condition_checks import age_check
    assert age_check("我今年58了 男的 刚办完退休 要办啥", real_store.item("gjj.withdraw.retire"), date(2026, 12, 6)) is None


def test_resigning_husbands_and_anothers_unpaid_insurance_in_more_words(real_store):
    """r31 QA: 我自己提的辞职 and 因为个人原因跟公司解除了合同 got "已满足…"; a husband's long story got "您说没有交社保"
    (his wife's case); 我作为爸爸去申请生育津贴要带啥 the materials as if he could apply."""
    from knowledge.condition_checks import condition_checks, not_paid_check, resignation_check
    benefit, allowance = real_store.item("renshe.shiye.benefit"), real_store.item("yibao.birth.allowance")
    for text in ("干得不开心我自己提的辞职 交了三年社保 能领失业金不",
                 "因为个人原因跟公司解除了合同 离职证明上也写的个人原因 失业补助能拿到吗"):
        lines = condition_checks(text, benefit)
        assert len(lines) == 1 and lines[0] == resignation_check(text, benefit), text
    lines = condition_checks("我老婆生了娃 她没工作 没交社保 我单位给我交五险 生育津贴我能领吗", allowance)
    assert len(lines) == 1 and "丈夫一般不能领" in lines[0]
    assert "丈夫一般不能领" in condition_checks("老婆生了 我作为爸爸去申请生育津贴要带啥", allowance)[0]
    assert not_paid_check("媳妇生了 她没交社保", real_store.item("jiaoyu.ruxue.migrant")) is None


@pytest.mark.parametrize("text, verdict", [
    ("我五十五岁的女工人 还没到退休年龄吧", "已经到了"),          # (r31 QA: guessed 提前退休; born 1971, 50 then)
    ("我是女的 今年五十三了 在单位干的是管理岗 能退休了不", "还没有到"),   # (r31 QA: no age judged)
    ("我今年61 男的 能办退休吗", "已经到了"), ("我今年60 男的 能办退休吗", "要看出生年月"), ("我今年59 男的", "还没有到"),
    ("女同志 一九七一年十一月生的 单位管理岗位 我啥时候到退休年龄", "2027年5月才到龄"),   # (r31 QA: 55岁6个月)
])
def test_the_retirement_age_judged_from_an_age_when_every_birth_month_it_leaves_agrees(real_store, text, verdict):
    from datetime import date
    from knowledge.condition_checks import age_check
    assert verdict in age_check(text, real_store.item("renshe.yanglao.retire"), date(2026, 12, 6))


@pytest.mark.parametrize("text, verdict", [
    ("我爸今年六十一了 一直在单位上班 男的 他能办退休不", "他已经到了"),       # (r32 QA: an unsure guess only)
    ("我老婆是护士 管理岗 今年五十二 能退了吗", "她现在还没有到"),           # (r32 QA: out of scope)
    ("我妈是1975年2月的 一直在超市当收银员 她啥时候可以退休啊", "2025年3月到龄，她已经到了"),
    ("俺是男的 1965年11月出生的 在建筑公司 今年能退不", "2026年2月到龄，您已经到了"),
    # (r33 QA: no verdict)
    ("俺爹63年10月生的 一直干个体 他现在能领养老金了不", "2023年10月到龄，他已经到了"),
    ("那我呢 男的 1966年5月", "2026年10月到龄"),
    # (r38 QA: "您已…" of 我家老头子; 母亲 was read a man by its last character)
    ("我家老头子1966年出生 还要干几年", "1966年出生的男职工"),
    ("我母亲是1970年3月的 能退了吗", "2020年3月到龄，她已经到了"),
    ("我姐1973年6月生的 啥时候退休", "1973年6月出生的女职工，工人岗位"),   # (the male age first, 您; r39 QA)
])
def test_the_retirement_age_of_a_parent_or_spouse_spoken_of(real_store, text, verdict):
    from datetime import date
    from knowledge.condition_checks import age_check
    assert verdict in age_check(text, real_store.item("renshe.yanglao.retire"), date(2026, 12, 6))


def test_a_resignation_forced_by_the_employer_is_not_ruled_out(real_store):
    """老板拖了我三个月工资 我受不了就自己提的离职 was told 主动辞职一般不能领取 (r34 QA), though a quit forced by unpaid wages
    or insurance is 非因本人意愿."""
    from knowledge.condition_checks import FORCED, RESIGNED, resignation_check
    benefit = real_store.item("renshe.shiye.benefit")
    line = resignation_check("老板拖了我三个月工资 我受不了就自己提的离职 能领失业金吗", benefit)
    assert line.startswith(FORCED.split("{", 1)[0]) and "一般可以领取" in line
    assert "不交社保" in resignation_check("单位一直不给交社保 我自己辞职了", benefit)
    assert resignation_check("我自己辞职了 能领吗", benefit).startswith(RESIGNED.split("{", 1)[0])


def test_a_gap_or_arrears_is_no_time_paid_in():
    """断交两个月再续上 报销会不会有等待期 after 失业金 got \"您说缴了两个月…还差10个月\" (r37 QA)."""
    from knowledge.condition_checks import paid_months
    for text in ("断交两个月再续上 报销会不会有等待期", "没交两个月", "补缴3个月", "停缴了半年"):
        assert paid_months(text) is None, text
    assert paid_months("交了5个月") == (5, "5个月") and paid_months("社保交了12年") == (144, "12年")


@pytest.mark.parametrize("before, text, verdict", [
    ("72年出生的啥时候能退休", "我是男的", "1972年出生的男职工法定退休年龄为61周岁10个月至62周岁"),
    ("72年出生的啥时候能退休", "女的 管理岗", "1972年出生的女职工（管理、技术岗位）"),
    ("我妈68年的 想问啥时候能退休", "她是纺织厂工人", "1968年出生的女职工（工人岗位）法定退休年龄为50周岁"),
    ("我妈67年生的 今年能领养老金不", "她是厂里的工人 不是干部", "1967年出生的女职工（工人岗位）"),   # (r38 QA)
    ("我姐1973年6月生的 啥时候退休", "她不是工人 是在单位坐办公室当会计的", "女职工（管理、技术岗位）法定退休年龄为55周岁11个月"),
    ("72年出生的啥时候能退休", "我是男的 在厂里上班二十多年了 单位一直给交社保 想提前问清楚到时候要准备些什么", None),   # a story
    ("72年出生的啥时候能退休", "1969年出生 男", None),   # a birth of its own
    ("身份证丢了怎么补", "我是男的", None),                # no birth before
    ("1972年5月出生 男的 啥时候退休", "我是男的", None),   # nothing the first did not say
])
def test_the_sex_or_post_told_after_a_birth_year_joins_it(real_store, before, text, verdict):
    """72年出生的啥时候能退休 (each kind's age) then 我是男的 got "抱歉，我没有完全理解" (r37 QA)."""
    from datetime import date
    from knowledge.condition_checks import age_told_later
    line = age_told_later(before, text, real_store.item("renshe.yanglao.retire"), date(2026, 12, 6))
    assert (line is None) if verdict is None else (verdict in line), line


@pytest.mark.parametrize("text", ["被老板逼着写了辞职信 这样还能领失业金不 医保咋办", "公司让我自己写辞职信 不然不给补偿",
                                  "我被劝退了 写了辞职信 能领吗"])
def test_a_resignation_written_under_pressure_is_no_resignation_of_ones_own(real_store, text):
    """被老板逼着写了辞职信 was told \"主动辞职一般不能领取\" (r38 QA)."""
    from knowledge.condition_checks import COERCED, RESIGNED, resignation_check
    benefit = real_store.item("renshe.shiye.benefit")
    assert resignation_check(text, benefit) == COERCED
    assert resignation_check("我自己递了辞职信走的", benefit).startswith(RESIGNED.split("{", 1)[0])


def test_a_time_paid_in_that_meets_the_minimum_is_no_case_of_the_item_for_those_short_of_it(real_store):
    """她交了18年社保 够不够 got 缴费不满15年社保权益申请's situations (r40 QA)."""
    from knowledge.condition_checks import minimum_met
    short, usual = real_store.item("renshe.yanglao.under15"), real_store.item("renshe.yanglao.retire")
    assert "不属于“达到法定退休年龄缴费不满15年社保权益申请”" in minimum_met("她交了18年社保 够不够", short, usual)
    assert minimum_met("她交了12年社保 够不够", short, usual) is None   # (short of it: that item is right)
    assert minimum_met("她交了18年社保 够不够", usual, short) is None


PENSION = {"name": "企业职工基本养老保险正常退休申请",
           "conditions": "达到法定退休年龄，且累计缴费达到最低缴费年限的，可申请按月领取基本养老金。\n"
                         "最低缴费年限2029年底前为15年，自2030年1月1日起每年提高6个月，逐步提高至20年。"}


def test_the_minimum_years_for_a_pension_rise_by_the_year_of_retirement():
    from datetime import date

    from knowledge.condition_checks import rising_minimum_check
    from knowledge.retirement_age import minimum_months, reach_years

    assert [minimum_months(y) for y in (2025, 2029, 2030, 2031, 2038, 2039, 2045)] == [180, 180, 186, 192, 234, 240, 240]
    assert reach_years("女干部", (1975, 0)) == (2031, 2032) and reach_years("男", (1970, 5)) == (2031, 2031)
    # a woman manager born 1975 retires in 2031-2032: 16 to 16.5 years, not 2029's 15 (缴了18年够吗; r41 QA)
    said = contribution_check("缴了18年够吗", PENSION)
    assert "2035年底前到龄的，18年已经够了" in said and "2039年起为20年" in said
    known = rising_minimum_check(216, "18年", "我姐1975年出生 她在事业单位是干部，缴了18年够吗", date(2026, 12, 6))
    assert "2031至2032年到龄" in known and "16年至16年6个月" in known and "已经够了" in known
    # one born 1980 retiring in 2043 needs 20; one past the age already is told of paying on
    assert "还差3年，到龄前继续缴满" in rising_minimum_check(204, "17年", "我是1980年5月出生的男的，交了17年", date(2026, 12, 6))
    past = rising_minimum_check(144, "12年", "我妈64年的，她是工厂里的工人 交了12年", date(2026, 12, 6))
    assert "2014年到龄" in past and "还差3年" in past and "缴费不满15年" in past
    assert "不论哪年到龄都够了" in contribution_check("我交了22年社保", PENSION)
    assert "2029年底前到龄的还差3年" in contribution_check("交了12年够不够", PENSION)
    # a minimum that does not rise is checked as before
    assert "还差1个月" in contribution_check("交了5个月", LOAN)


def test_a_relative_of_either_sex_is_spoken_of_as_the_other_party(real_store):
    """我家亲戚1971年出生 多大能退: "您还没有到" (r42 QA)."""
    from datetime import date

    from knowledge.condition_checks import age_check
    said = age_check("我家亲戚1971年出生 多大能退", real_store.item("renshe.yanglao.retire"), date(2026, 12, 6))
    assert "对方还没有到" in said and "您" not in said.split("把出生年月")[0]


def test_one_from_elsewhere_is_told_the_clause_for_those_from_elsewhere(real_store):
    """我户口不是本地的 能申请吗 of 公租房: "关于“户口”…居民户口簿" (r42 QA): the clause for 外来务工人员 with a 居住证."""
    from knowledge.condition_checks import elsewhere_allowed
    said = elsewhere_allowed("我户口不是本地的 能申请吗", real_store.item("zhujian.gongzufang.apply"))
    assert said.startswith("您说是外地户口") and "外来务工人员（持有本市居住证" in said
    assert elsewhere_allowed("我是本地户口 能申请吗", real_store.item("zhujian.gongzufang.apply")) is None
    assert checks_of("我户口不是本地的 能申请吗", real_store.item("zhujian.gongzufang.apply"))["elsewhere"] == said


def test_years_paid_asked_of_the_item_for_those_short_of_the_minimum(real_store):
    """我舅舅1970年的, then 在厂里上班 交了13年社保 and 2030年以后退休的话13年够吗, read as 缴费不满15年社保权益申请: its
    situations, then its 2030年 lines, never a yes or no (r43 QA)."""
    from datetime import date

    from knowledge.condition_checks import rising_minimum_check
    under = real_store.item("renshe.yanglao.under15")
    said = checks_of("在厂里上班 交了13年社保", under, [], "我舅舅1970年的")["contribution"]
    assert "2031至2032年到龄" in said and "16年至16年6个月" in said and "还差3年6个月" in said
    said = checks_of("2030年以后退休的话13年够吗", under, [], "在厂里上班 交了13年社保")["contribution"]
    assert "按2030年到龄算，最低缴费年限为15年6个月" in said and "还差2年6个月" in said
    assert checks_of("住了半年够吗", real_store.item("gongan.jzz.apply"))["contribution"] is None
    assert "已经够了" in rising_minimum_check(216, "18年", "2035年退休 交了18年", date(2026, 12, 6))
    # (她要是2032年才退 得交满多少年 after her birth year and 13 years: the guide's 2030 lines; r45 QA): the year said now
    # goes before the birth told
    said = checks_of("她要是2032年才退 得交满多少年", under, [], "我姐是1972年生的 企业职工 缴了13年社保了 到退休够年限不")
    assert "按2032年到龄算，最低缴费年限为16年6个月" in said["contribution"] and "还差3年6个月" in said["contribution"]


def test_a_household_of_another_province_said_so_is_from_elsewhere(real_store):
    """我户口是外省的 能申请不 of 居住证: a snippet of its app (r44 QA)."""
    from knowledge.condition_checks import elsewhere_allowed
    assert "离开常住户口所在地" in elsewhere_allowed("我户口是外省的 能申请不", real_store.item("gongan.jzz.apply"))


def test_whether_the_time_paid_told_before_is_enough(real_store):
    """她这样够不够 after 我妈是1968年生的 在厂里交了12年社保: the menu of 缴费不满15年's situations (r44 QA)."""
    under = real_store.item("renshe.yanglao.under15")
    said = checks_of("她这样够不够 她应该是2030年以后才退休吧", under, [], "我妈是1968年生的 在厂里交了12年社保")["contribution"]
    assert "2018年到龄" in said and "还差3年" in said and "延长缴费" in said
    assert checks_of("她这样够不够", under, [], "我妈是1968年生的")["contribution"] is None   # (no time paid told)


def test_a_household_elsewhere_told_gets_a_clause_lifting_the_household_limit(real_store):
    """我是外地的 在这边打零工 想自己交社保 灵活就业那种 咋参保: nothing on 在就业地参保不受户籍限制 (r45 QA)."""
    from knowledge.condition_checks import elsewhere_allowed
    said = elsewhere_allowed("我是外地的 在这边打零工 想自己交社保 灵活就业那种 咋参保", real_store.item("renshe.yanglao.flex_enroll"))
    assert said and "不受户籍限制" in said
    assert elsewhere_allowed("我是本地的", real_store.item("renshe.yanglao.flex_enroll")) is None


@pytest.mark.parametrize("text, said", [
    ("我是被公司开除的 也能领吗", "您说是被单位开除的"), ("公司裁员把我裁了", "您说被裁员了"), ("公司倒闭了 能领不", "您说单位倒闭了"),
])
def test_one_let_go_by_the_employer_is_told_the_condition_is_met(real_store, text, said):
    """我是被公司开除的 也能领吗 after the 失业金 notice: its materials again, no yes (r46 QA)."""
    from knowledge.condition_checks import resignation_check
    line = resignation_check(text, real_store.item("renshe.shiye.benefit"))
    assert line.startswith(said) and "属于非本人意愿中断就业" in line
    assert resignation_check(text, real_store.item("gongan.sfz.reissue")) is None   # (no such condition)
    assert "主动辞职一般不能领取" in resignation_check("我是自己辞职的", real_store.item("renshe.shiye.benefit"))


def test_a_resignation_written_as_told_by_the_employer_is_forced(real_store):
    """领导让我们自己写辞职报告 不写就不发上个月工资 我写了: "主动辞职一般不能领取" (r47 QA)."""
    from knowledge.condition_checks import resignation_check
    said = resignation_check("厂子效益不好 领导让我们自己写辞职报告 不写就不发上个月工资 我写了 现在还能领失业金吗",
                             real_store.item("renshe.shiye.benefit"))
    assert said.startswith("您说辞职是单位逼的")


def test_an_elders_age_told_is_checked_against_the_age_its_allowance_starts_at(real_store):
    """我爸今年82, 我妈79了明年满80, 我今年85 against 高龄津贴's 年满80周岁 (r80 QA); none for a question about ages, nor for an
    item whose conditions set no such age."""
    from knowledge.condition_checks import least_age_check
    item = real_store.item("minzheng.gaoling.subsidy")
    assert least_age_check("我爸今年82", item).startswith("您说他今年82岁，已满80周岁")
    assert "免申即享" in least_age_check("我今年85", item)
    assert least_age_check("我妈79了明年满80", item).startswith("您说她今年79岁，还不满80周岁")
    assert least_age_check("80岁才能领吗", item) is None
    # (a grandparent, 才 / 刚满 before the age; r82 QA)
    assert least_age_check("我爷爷78岁", item).startswith("您说他今年78岁，还不满80周岁")
    assert least_age_check("我外婆才75", item).startswith("您说她今年75岁")
    assert least_age_check("我老爸刚满五十九", real_store.item("minzheng.laonian.card")).startswith("您说他今年59岁，还不满60周岁")
    assert least_age_check("我爸今年82", real_store.item("gongan.sfz.reissue")) is None
