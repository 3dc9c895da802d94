"""What the guide says about the point a weakly understood question asks (knowledge.specifics)."""
import pytest

from knowledge.specifics import (guide_lines, lines_about, point_answer, question_points, specific_answer,
                                 with_formulas_explained)

ITEM = {
    "name": "内地居民结婚登记", "aliases": ["结婚登记", "领结婚证"],
    "conditions": "男女双方自愿；达到法定婚龄。双方须本人到场。",
    "process": "1. 预约：网上预约登记时段。\n2. 受理：审查材料，当场登记。",
    "fee": "不收费", "legal_time_limit": "当场办结", "committed_time_limit": "即时办结",
    "online_entry": "政务服务APP预约",
}
MATERIALS = [{"name": "居民身份证", "note": "原件"}, {"name": "合影照片", "note": "2寸红底，3张"}]
FAQS = [{"question": "户口簿还要吗？", "answer": "修订后的条例不再要求户口簿。部分地方仍建议携带。"}]
ONE_OFFICE = [{"place": "婚姻登记中心", "phone": "0000-1"}]


def test_the_point_is_what_is_left_once_names_and_asking_words_are_out():
    assert question_points("结婚登记要登报吗", ["内地居民结婚登记", "结婚登记"]) == ["登报"]
    assert question_points("要多久？", []) == []
    assert question_points("在哪办啊", []) == []
    assert question_points("个体户", []) == ["个体户"]   # (个 of 个体户 is no measure word: 关于“体户”; r63, r65 QA)
    assert question_points("小孩办身份证要按指纹吗", ["居民身份证首次申领", "身份证"]) == ["小孩", "按指纹"]
    # a bare number is none: a guide's 60日 or 女方年满20周岁 says nothing of 60多岁 or 520
    assert question_points("520那天开门不", []) == []
    assert question_points("我60多岁了还要换吗", []) == []


def test_a_guide_is_read_sentence_by_sentence_with_steps_unnumbered():
    lines = guide_lines(ITEM, MATERIALS, FAQS)
    assert "男女双方自愿；达到法定婚龄。" in lines and "预约：网上预约登记时段。" in lines
    assert "合影照片（2寸红底，3张）" in lines and "部分地方仍建议携带。" in lines


def test_a_point_is_found_whole_or_by_its_longest_part_but_not_by_a_part_of_the_items_name():
    lines = ["采集指纹信息（6周岁以下免采）。", "办理结婚登记须本人到场。"]
    assert lines_about(["按指纹"], lines) == ("按指纹", [lines[0]])
    assert lines_about(["领结婚"], lines, names=["结婚登记"]) is None
    assert lines_about(["登报"], lines) is None


def test_another_word_for_a_point_is_not_found_by_a_part_too_general():
    # 村里 is also called 居民委员会: its part 居民 names no village in 居民身份证 (关于“村里”…居民身份证; r41 QA)
    assert lines_about(["居民委员会"], ["居民身份证或社会保障卡"]) is None
    said = specific_answer("村里能办吗", ITEM, [{"name": "居民身份证或社会保障卡", "note": None}], [], ONE_OFFICE)
    assert "居民身份证" not in said


def test_what_the_guide_says_is_quoted():
    said = specific_answer("要带照片吗", ITEM, MATERIALS, FAQS, ONE_OFFICE)
    assert said.splitlines() == ["关于“照片”，内地居民结婚登记的办事指南中写到：", "· 合影照片（2寸红底，3张）"]


def test_a_point_the_guide_does_not_have_is_said_plainly_with_whom_to_ask():
    said = specific_answer("要登报吗", ITEM, MATERIALS, FAQS, ONE_OFFICE)
    assert "没有写到这一点" in said and "婚姻登记中心" in said and "0000-1" in said and "12345" in said
    # several offices with their own phones: the hotline and the offices, no one phone picked
    said = specific_answer("要登报吗", ITEM, MATERIALS, FAQS, ONE_OFFICE + [{"place": "城西", "phone": "0000-2"}])
    assert "0000-" not in said and "12345" in said


def test_may_i_questions_the_guide_does_not_answer_in_so_many_words_get_the_conditions():
    said = specific_answer("二婚的能办吗", ITEM, MATERIALS, FAQS, ONE_OFFICE)
    assert "没有直接写到" in said and "男女双方自愿" in said


def test_a_question_with_no_point_of_its_own_is_left_to_the_fields():
    assert specific_answer("要多久", ITEM, MATERIALS, FAQS, ONE_OFFICE) is None
    assert specific_answer("结婚登记在哪办", ITEM, MATERIALS, FAQS, ONE_OFFICE) is None


def test_a_point_is_found_spread_out_or_under_the_guides_own_word():
    lines = ["持《出生医学证明》申报出生登记。", "居民户口簿"]
    assert lines_about(["出生证明"], lines) == ("出生证明", [lines[0]])
    said = specific_answer("要带户口本吗", ITEM, [{"name": "居民户口簿", "note": None}], [], ONE_OFFICE)
    assert said.splitlines() == ["关于“户口本”，内地居民结婚登记的办事指南中写到：", "· 居民户口簿"]


def test_a_point_word_is_a_point_of_its_own_and_parts_of_aliases_still_count():
    item = {**ITEM, "name": "失业保险金申领", "aliases": ["失业金能领几个月"],
            "conditions": "领取期限：累计缴费满1年不满5年的最长12个月。"}
    assert question_points("能领几个月", item["aliases"] + [item["name"]], item["name"]) == ["几个月"]
    said = specific_answer("能领几个月", item, [], [], ONE_OFFICE)
    assert said.splitlines()[0] == "关于“几个月”，失业保险金申领的办事指南中写到：" and "最长12个月" in said
    # a point of the official name is none
    assert question_points("公积金能提几次", [], "购买自住住房提取住房公积金") == ["几次"]


def test_a_deadline_is_found_as_a_date():
    item = {**ITEM, "name": "个人所得税综合所得年度汇算", "conditions": "汇算时间为次年3月1日至6月30日。"}
    said = specific_answer("截止到什么时候", item, [], [], ONE_OFFICE)
    assert said.splitlines() == ["关于“截止”，个人所得税综合所得年度汇算的办事指南中写到：", "· 汇算时间为次年3月1日至6月30日。"]


def test_a_thing_asked_for_that_is_no_material_gets_the_materials_it_does_need():
    said = specific_answer("要照片吗", {**ITEM, "aliases": []}, [{"name": "居民身份证", "note": None}], [], ONE_OFFICE,
                           needed=True)
    assert said.startswith("内地居民结婚登记的办事指南中没有直接写到这一点。它的申请材料有：居民身份证。")
    assert "申请材料里也没有" not in said   # 要离职证明吗 of 失业金, listed as 解除劳动关系证明: no contradiction


def test_a_point_word_is_the_point_of_its_question():
    """外地户口能办吗 asks about 外地: not answered with the lines about 户口簿."""
    item = {**ITEM, "conditions": "在本市居住的可申请。"}
    said = specific_answer("外地户口能办吗", item, [{"name": "居民户口簿", "note": None}], [], ONE_OFFICE)
    assert "户口簿" not in said and "没有直接写到" in said and "在本市居住的可申请" in said
    item = {**item, "process": "本事项纳入“跨省通办”。"}
    assert specific_answer("外地户口能办吗", item, [], [], ONE_OFFICE).startswith("关于“外地”")


def test_loss_reported_in_either_word():
    """要先挂失吗 of a guide that says 报失 (护照) is answered with what it says."""
    item = {**ITEM, "name": "普通护照补发", "aliases": ["护照丢了"], "process": "1. 报失：本人到出入境办证大厅报失。"}
    said = specific_answer("要先挂失吗", item, [], [], ONE_OFFICE)
    assert said.splitlines() == ["关于“挂失”，普通护照补发的办事指南中写到：", "· 报失：本人到出入境办证大厅报失。"]


def test_a_document_asked_for_that_the_materials_do_not_list_is_said_so_before_what_the_guide_says():
    item = {**ITEM, "online_entry": "APP可获取数码相片回执号，选择邮寄送达"}
    said = specific_answer("要照片吗", item, [{"name": "居民户口簿", "note": None}], [], ONE_OFFICE, needed=True)
    assert said.splitlines()[0] == "关于“照片”，内地居民结婚登记的办事指南中写到："
    assert said.splitlines()[-1] == "申请材料中没有列出“照片”。"
    # sent home: the guide's 邮寄
    said = specific_answer("能寄到家里吗", item, [], [], ONE_OFFICE)
    assert said.splitlines() == ["关于“邮寄”，内地居民结婚登记的办事指南中写到：", "· APP可获取数码相片回执号，选择邮寄送达"]
    # a photo to be taken: the photos of the materials
    said = specific_answer("要拍照吗", ITEM, MATERIALS, [], ONE_OFFICE, needed=True)
    assert said.splitlines() == ["关于“拍照”，内地居民结婚登记的办事指南中写到：", "· 合影照片（2寸红底，3张）"]


def test_an_age_in_a_may_i_question_is_answered_by_the_lines_that_set_an_age():
    """我70岁了还能换吗 after the 驾驶证 notice got an FAQ that only shared 换 with it."""
    from knowledge.specifics import asks_about_age

    assert asks_about_age("我70岁了还能换吗") and asks_about_age("我爸都85了还能领吗") and asks_about_age("多大年龄可以办")
    assert asks_about_age("我60多岁了还要换吗")   # an age with 多 (60多岁) is an age said
    # an age beside a field or an amount asked, or no age at all: not an age question
    assert not asks_about_age("孩子3岁要带户口本吗") and not asks_about_age("今年65岁能领多少")
    assert not asks_about_age("办了3年了能换吗") and not asks_about_age("我70岁了")
    item = {**ITEM, "conditions": "男女双方自愿；男年满22周岁，女年满20周岁。双方须本人到场。"}
    said = specific_answer("我今年19岁能办吗", item, MATERIALS, FAQS, ONE_OFFICE)
    assert said.splitlines() == ["关于“年龄”，内地居民结婚登记的办事指南中写到：", "· 男女双方自愿；男年满22周岁，女年满20周岁。"]
    # a guide that sets no age: its conditions, not "the materials do not have it"
    said = specific_answer("我今年19岁能办吗", ITEM, MATERIALS, FAQS, ONE_OFFICE, needed=True)
    assert "没有写年龄方面的要求" in said and "男女双方自愿" in said


def test_by_when_to_apply_is_answered_by_the_lines_setting_a_period_not_by_the_time_limit():
    """生完多久之内要申请 after the 生育津贴 notice got its time limit, 20个工作日, as if it were the deadline."""
    from knowledge.specifics import asks_deadline

    assert asks_deadline("生完多久之内要申请") and asks_deadline("最晚什么时候去办") and asks_deadline("到期前多久可以换")
    assert not asks_deadline("多久之内能拿到") and not asks_deadline("要多久") and not asks_deadline("多久能办好")
    # 多久要申请 (工伤认定: was its time limit, 60日, not the 30 days / 1 year to apply in; r8 QA)
    assert asks_deadline("多久要申请") and asks_deadline("多长时间得去申报") and not asks_deadline("多久能领")
    item = {**ITEM, "conditions": "婴儿应在出生后一个月内申报。", "process": "1. 受理：5个工作日内审核。"}
    said = specific_answer("多久之内要去登记", item, MATERIALS, FAQS, ONE_OFFICE)
    assert said.splitlines() == ["关于“申请期限”，内地居民结婚登记的办事指南中写到：", "· 婴儿应在出生后一个月内申报。"]
    # no period to apply in (what the office does in 5 days is none): said so, with the time limit told apart
    item = {**ITEM, "process": "1. 受理：5个工作日内审核。\n2. 决定：自收到申请之日起7日内，对符合条件的予以登记。",
            "committed_time_limit": "5个工作日"}
    said = specific_answer("多久之内要去登记", item, MATERIALS, FAQS, ONE_OFFICE)
    assert "没有写申请期限" in said and "承诺办结时限：5个工作日" in said and "不是申请期限" in said
    assert "婚姻登记中心" in said


def test_a_point_the_guide_calls_several_ways_gets_every_line_in_the_guides_order():
    """人在外地能办吗 quoted only a time limit's 异地申请20日, not the conditions' 全国通办; 男方是外省
    户口，能办吗 quoted the age rule by 男方."""
    item = {**ITEM, "conditions": "男女双方自愿；男方年满22周岁。可在全国任一婚姻登记机关办理（全国通办）。",
            "committed_time_limit": "当场办结（异地申请的5个工作日）"}
    said = specific_answer("人在外地，能在外地办吗", item, MATERIALS, FAQS, ONE_OFFICE).splitlines()
    assert said[1] == "· 可在全国任一婚姻登记机关办理（全国通办）。" and "异地申请" in said[2]
    said = specific_answer("男方是外省户口，能在这办吗", item, MATERIALS, FAQS, ONE_OFFICE).splitlines()
    assert said[0].startswith("关于“外省”") and "全国通办" in said[1]


def test_a_field_no_aspect_is_named_after_is_answered_from_that_field():
    """要跑几次, 依据是什么, 网址是多少 after a notice were "没有写到这一点": the words are in no sentence."""
    from knowledge.specifics import field_asked, names_point_word

    item = {**ITEM, "visits_needed": 1, "legal_basis": "《婚姻登记条例》第二章"}
    assert specific_answer("要跑几次", item, MATERIALS, FAQS, ONE_OFFICE) == "内地居民结婚登记：材料齐全最多跑一次。"
    assert specific_answer("依据是什么", item, MATERIALS, FAQS, ONE_OFFICE) == "内地居民结婚登记的办理依据：《婚姻登记条例》第二章"
    assert specific_answer("网址是多少", item, MATERIALS, FAQS, ONE_OFFICE) == "内地居民结婚登记的网上办理入口：政务服务APP预约"
    # a field the guide leaves empty: so, with whom to ask; no online entry: not online, and the trips
    said = specific_answer("法律依据呢", ITEM, MATERIALS, FAQS, ONE_OFFICE)
    assert "没有写到这一点" in said and "0000-1" in said
    assert specific_answer("哪个app能办", {**ITEM, "online_entry": "", "visits_needed": 2}, MATERIALS, FAQS,
                           ONE_OFFICE) == "内地居民结婚登记暂不支持网上办理（需到现场2次）。"
    # the midday break: each office's hours (knowledge.hours)
    said = specific_answer("中午休息吗", ITEM, MATERIALS, FAQS, [{"place": "婚姻登记中心", "hours": "周一至周五 9:00-12:00，13:30-17:00"}])
    assert "· 婚姻登记中心：中午12:00—13:30休息（周一至周五 9:00-12:00，13:30-17:00）" in said
    for text, field in [("要跑几趟", "visits_needed"), ("跑一次能办完吗", "visits_needed"), ("依据是什么", "legal_basis"),
                        ("在哪个平台申请", "online_entry"), ("中午休息吗", "hours"),
                        ("不想跑腿，网上能办吗", None), ("我跑了三趟", None), ("年龄有什么规定", None), ("大厅入口在哪", None)]:
        assert field_asked(text) == field, text
    assert names_point_word("依据是什么") and not names_point_word("要多久")


def test_a_document_asked_whether_needed_that_the_materials_list_by_a_longer_name_is_that_material():
    """要带死亡证明原件吗 after 户口注销's notice quoted the process and then said 申请材料中没有列出“死亡证明”,
    though 死亡医学证明书（原件） is one of its materials."""
    item = {"name": "户口注销（死亡）", "conditions": "取得死亡证明材料。", "process": "民警核验死亡证明信息。"}
    materials = [{"name": "死亡公民居民身份证", "form": "原件", "copies": 1}, {"name": "死亡医学证明书", "form": "原件", "copies": 1}]
    lines = specific_answer("要带死亡证明原件吗", item, materials, [], ONE_OFFICE, needed=True).splitlines()
    assert lines[:2] == ["关于“死亡证明”，户口注销（死亡）的办事指南中写到：", "· 申请材料：死亡医学证明书（原件，1份）"]
    assert not any("没有列出" in line for line in lines)
    # a document the materials do not list at all is still said so
    said = specific_answer("要带结婚证吗", {**item, "process": "核验结婚证。"}, materials, [], ONE_OFFICE, needed=True)
    assert "申请材料中没有列出“结婚证”" in said


def test_a_field_asked_alone_is_told_apart_from_a_question_naming_more():
    from knowledge.specifics import field_asked_alone

    assert field_asked_alone("法律依据是啥") == "legal_basis" and field_asked_alone("有什么法律规定") == "legal_basis"
    assert field_asked_alone("网址是多少") == "online_entry"
    assert field_asked_alone("法律援助怎么申请") is None and field_asked_alone("年龄有什么规定") is None
    assert field_asked_alone("结婚登记依据是什么") is None   # (an item named: the linker's)


def test_how_often_is_read_in_the_guides_words_for_times():
    """一年能取几次 after 租房提取 was "没有写到这一点", though its process says 满12个月后可再次申请."""
    item = {"name": "租房提取", "process": "1. 申请：选择一次性或按月提取。\n2. 续提：一次性提取的，满12个月后可再次申请。",
            "visits": "材料齐全最多跑一次", "conditions": "本人及配偶在本市无自有住房。"}
    lines = specific_answer("一年能取几次", item, [], [], ONE_OFFICE).splitlines()
    assert lines == ["关于“次数”，租房提取的办事指南中写到：", "· 申请：选择一次性或按月提取。",
                     "· 续提：一次性提取的，满12个月后可再次申请。"]
    # a visit (最多跑一次) or a following year (次年) is no number of times
    item = {"name": "结婚登记", "conditions": "最多跑一次。次年起可再办。"}
    assert specific_answer("一年能补几次", item, [], [], ONE_OFFICE).startswith("结婚登记的办事指南中没有写到这一点")


def test_copies_asked_alone_are_told_from_the_materials_forms():
    """复印几份 after a notice was "好的。还有其他要办理的事项吗" (read as a yes at 0.10, r10 QA)."""
    from knowledge.specifics import COPIES, field_answer, field_asked_alone

    assert field_asked_alone("复印几份") == COPIES and field_asked_alone("要带原件吗") == COPIES
    assert field_asked_alone("复印件要几份啊") == COPIES and field_asked_alone("身份证要复印几份") is None
    originals = [{"name": "居民身份证", "form": "原件", "copies": 1}, {"name": "申请表", "form": "原件", "copies": 1}]
    said = field_answer(COPIES, ITEM, ONE_OFFICE, "复印几份", originals).splitlines()
    assert said == ["内地居民结婚登记的申请材料都不需要复印件，带以下材料即可：", "· 居民身份证（原件，1份）", "· 申请表（原件，1份）"]
    copied = [{"name": "结婚证", "form": "原件及复印件", "copies": 2}] + originals
    said = field_answer(COPIES, ITEM, ONE_OFFICE, "要复印吗", copied).splitlines()
    assert said == ["内地居民结婚登记的申请材料中，要带复印件的是：", "· 结婚证（原件及复印件，2份）", "其余的带原件即可：居民身份证、申请表。"]


def test_how_long_it_stays_valid_in_everyday_words_is_its_validity():
    """换了能管多少年 while 身份证换领's situation was asked was "我没有完全理解" (r10 QA)."""
    from knowledge.specifics import names_point_word

    item = {"name": "居民身份证换领", "conditions": "新证有效期按年龄确定：16至25周岁的10年。"}
    assert question_points("换了能管多少年", []) == ["有效期"] and names_point_word("能用几年")
    assert specific_answer("换了能管多少年", item, [], [], ONE_OFFICE).splitlines() == [
        "关于“有效期”，居民身份证换领的办事指南中写到：", "· 新证有效期按年龄确定：16至25周岁的10年。"]


def test_a_document_asked_beside_a_case_word_is_looked_for_when_the_case_word_is_not():
    """二婚要带离婚证原件吗 after the 结婚登记 notice was "没有写到这一点" (only 二婚 was looked for), though the
    再婚 situation lists 离婚证 (r11 QA)."""
    materials = MATERIALS + [{"name": "离婚证或法院生效司法文书", "note": "离婚后再婚的"}]
    lines = specific_answer("二婚要带离婚证原件吗", ITEM, materials, FAQS, ONE_OFFICE, needed=True).splitlines()
    assert lines[:2] == ["关于“离婚证”，内地居民结婚登记的办事指南中写到：", "· 离婚证或法院生效司法文书（离婚后再婚的）"]
    # a case word alone still asks about itself (外地户口能办吗: 外地, not 户口)
    assert question_points("外地户口能办吗", []) == ["外地", "户口"]


def test_what_citizens_call_the_village_and_the_same_day_is_found_in_the_guides_words():
    """低保 村里能办吗 and 抵押注销 当天能办好吗 were "没有直接写到", beside 委托村（居）民委员会代为提出 and 即时办结
    (r15 QA)."""
    item = {**ITEM, "name": "最低生活保障", "aliases": [],
            "process": "1. 申请：本人申请有困难的，可委托村（居）民委员会代为提出。\n2. 公示：在村（社区）公示7天。"}
    said = specific_answer("村里能办吗", item, [], [], ONE_OFFICE)
    assert said.startswith("关于“村里”") and "委托村（居）民委员会代为提出" in said
    said = specific_answer("当天能办好吗", ITEM, [], [], ONE_OFFICE)
    assert said.startswith("关于“当天”") and "即时办结" in said


def test_where_one_comes_from_finds_the_guides_lines_on_other_offices():
    """结婚证 当年是在老家领的 was out of scope, beside 需跨机关调取婚姻登记档案 (r16 QA)."""
    item = {**ITEM, "name": "补领婚姻登记证", "aliases": [],
            "process": "1. 查证：需跨机关调取婚姻登记档案核实的，5个工作日内办结。"}
    said = specific_answer("当年是在老家领的", item, [], [], ONE_OFFICE)
    assert said.startswith("关于“老家”") and "跨机关调取婚姻登记档案" in said


def test_when_the_money_starts_is_found_in_the_guides_lines_on_paying_out():
    """第一次领钱是什么时候 after 退休申请 was "not in scope" (r17 QA), beside 核准后自次月起按月发放养老金."""
    item = {**ITEM, "name": "正常退休申请", "aliases": [], "process": "1. 发放：核准后自次月起按月将养老金发放到本人账户。"}
    for text in ("第一次领钱是什么时候", "退休金什么时候开始发"):
        said = specific_answer(text, item, [], [], ONE_OFFICE)
        assert "自次月起按月" in said, text


def test_a_word_inside_a_word_of_another_sense_names_no_such_point():
    """我没工作 to the 低保 notice quoted 工作人员2人以上入户调查 and 30个工作日 (r19 QA)."""
    lines = ["调查：工作人员2人以上入户调查。", "自受理之日起30个工作日内完成审核确认", "申请人有工作的，提供收入证明"]
    assert lines_about(["工作"], lines) == ("工作", ["申请人有工作的，提供收入证明"])
    assert lines_about(["工作"], lines[:2]) is None


def test_an_illness_said_in_a_citizens_words_finds_the_guides(real_store):
    """我老伴瘫痪在床 to the 低保 notice: its 重病患者、重度残疾人…参照“单人户” (r19 QA)."""
    from knowledge.specifics import points_of
    item = real_store.item("minzheng.dibao.apply")
    said = specific_answer("我老伴瘫痪在床 我没工作", item, real_store.materials(item["id"]), real_store.faqs(item["id"]),
                           real_store.service_points(item["id"]))
    assert said.startswith("关于“瘫痪”") and "重度残疾人" in said and "工作人员" not in said
    assert "老伴瘫痪" in points_of("我老伴瘫痪在床", item)


def test_what_it_is_good_for_is_what_the_conditions_say_it_gives(real_store):
    """有啥用 after 退役军人优待证's situations were asked was "抱歉，我没有完全理解" (r19 QA)."""
    from knowledge.specifics import field_answer, field_asked_alone
    assert field_asked_alone("有啥用") == field_asked_alone("这个证有什么用") == "purpose"
    item = "tuiyi.youdaizheng.apply"
    said = field_answer("purpose", real_store.item(item), real_store.service_points(item))
    assert said.startswith("关于“用处”，退役军人优待证申领的办事指南中写到") and "享受公共交通" in said
    # a guide that says nothing of it: so
    assert "没有写到这一点" in field_answer("purpose", {"name": "某事项", "conditions": "年满18周岁。"}, [])


def test_urgency_asked_finds_the_guides_urgent_lines(real_store):
    """能加急不 to 台湾签注 said "没有写到", one line after its time limit said 紧急申请随时办理 (r20 QA)."""
    item = real_store.item("crj.taiwan.endorse")
    said = specific_answer("能加急不", item, real_store.materials(item["id"]), real_store.faqs(item["id"]),
                           real_store.service_points(item["id"]))
    assert said.startswith("关于“加急”") and "紧急申请随时办理" in said


def test_a_line_saying_nearly_the_same_as_an_earlier_one_is_left_out():
    """户口本要不要带 after the 结婚登记 notice quoted the conditions and an FAQ answer saying the same (r20 QA)."""
    from knowledge.specifics import distinct
    said = ["自2025年5月10日修订后的《婚姻登记条例》施行起，内地居民办理结婚登记只需出具本人居民身份证和签字声明，不再需要户口簿，"
            "并可在全国范围内的婚姻登记机关办理（全国通办）。",
            "户口簿（2025年5月10日起施行的修订《婚姻登记条例》不再要求户口簿；部分地方办事指南仍列此项，建议携带备查）",
            "2025年5月10日起施行的修订版《婚姻登记条例》规定，内地居民结婚登记只需出具本人居民身份证和签字声明，户口簿不再作为必需材料。"]
    assert distinct(said) == said[:2]
    assert distinct(["居民身份证（原件）", "代办人居民身份证（原件）"]) == ["居民身份证（原件）", "代办人居民身份证（原件）"]


def test_the_old_document_asked_of_finds_the_guides_lines_on_the_original(real_store):
    """旧的护照会还我吗 after the 护照换发 notice got the whole notice again (r21 QA): 原护照…剪角后退还."""
    item = real_store.item("crj.huzhao.renew")
    said = specific_answer("旧的护照会还我吗", item, real_store.all_materials(item["id"]), real_store.faqs(item["id"]),
                           real_store.service_points(item["id"]))
    assert said.startswith("关于“原证件”，普通护照换发的办事指南中写到") and "剪角后退还" in said


@pytest.mark.parametrize("item, text, said", [
    # (each was "not in scope" after the item's notice; r21 QA)
    ("minzheng.marry.divorce", "听说要等一个月 是真的吗", "30日"),
    ("shuiwu.geshui.annual", "可以刷卡不", "银行"),
])
def test_a_yes_or_no_of_the_notice_finds_its_lines(real_store, item, text, said):
    guide = real_store.item(item)
    answer_ = specific_answer(text, guide, real_store.all_materials(item), real_store.faqs(item), real_store.service_points(item))
    assert answer_ and said in answer_


def test_a_point_found_by_all_but_one_character_is_said_as_asked(real_store):
    """还要考那个三力测试吗 was answered "关于“力测试”…" (r21 QA)."""
    item = real_store.item("jiaoguan.jsz.renew")
    said = specific_answer("我70多了 还要考那个三力测试吗", item, real_store.all_materials(item["id"]), real_store.faqs(item["id"]),
                           real_store.service_points(item["id"]))
    assert said.startswith("关于“三力测试”") and "判断力" in said


def test_how_much_tax_is_a_point_of_the_taxes_not_the_fee(real_store):
    """要交多少税 after the 继承 过户 notice got the 登记费 (r21 QA): its lines on 契税 (法定继承人继承免征契税)."""
    item = real_store.item("budongchan.transfer.inherit")
    said = specific_answer("要交多少税", item, real_store.all_materials(item["id"]), real_store.faqs(item["id"]),
                           real_store.service_points(item["id"]))
    assert said.startswith("关于“税费”") and "免征契税" in said


def test_when_asked_the_lines_with_a_date_by_the_point_come_first(real_store):
    """啥时候报名 after the 入学 notice quoted condition lines, not its 一般6月网上报名 (r21 QA)."""
    item = real_store.item("jiaoyu.ruxue.compulsory")
    said = specific_answer("啥时候报名", item, real_store.all_materials(item["id"]), real_store.faqs(item["id"]),
                           real_store.service_points(item["id"]))
    assert said.splitlines()[1].startswith("· 按本市当年招生工作时间表办理（一般6月网上报名")


def test_free_rides_asked_of_a_certificate_find_what_it_gives_not_its_fee(real_store):
    """坐公交免费吗 after the 老年人优待证 notice got "收费标准：不收费" (r22 QA): 65周岁以上免费乘坐市内公交."""
    from knowledge.asking import aspects_asked
    assert aspects_asked("坐公交免费吗") == [] and aspects_asked("办证免费吗") == ["fee"]
    item = real_store.item("minzheng.laonian.card")
    said = specific_answer("坐公交免费吗", item, real_store.all_materials(item["id"]), real_store.faqs(item["id"]),
                           real_store.service_points(item["id"]))
    assert "免费乘坐市内公交" in said


def test_may_i_do_it_elsewhere_starts_with_yes_where_the_guide_says_anywhere():
    """能异地办吗 got "关于“异地”…写到" with no yes (r21, r23 QA): 可以 first when a line says 全国任一 / 跨省通办 and
    none of those lines says it cannot be done."""
    item = {"name": "居民身份证补领", "conditions": "可在户籍所在地或全国任一公安机关户政窗口异地申请补领。"}
    said = specific_answer("能异地办吗", item, [], [], [])
    assert said.startswith("可以异地办理。关于“异地”，居民身份证补领的办事指南中写到：")
    assert not specific_answer("异地怎么办理", item, [], [], []).startswith("可以")   # no yes-or-no asked
    only_home = {"name": "某事项", "conditions": "暂不支持跨省通办，须回户籍地办理。"}
    assert not specific_answer("能异地办吗", only_home, [], [], []).startswith("可以")


def test_a_yes_or_no_question_finds_an_faqs_sentence_before_a_documents_name():
    """夫妻俩都有公积金能一起贷吗 quoted 借款人夫妻双方居民身份证 / 户口簿 / 信用报告 first; the FAQ said 夫妻双方均缴存的可合并计算
    (r23 QA). A question whether a document is needed still finds the material first."""
    item = {"name": "公积金贷款", "conditions": "缴存满6个月。"}
    materials = [{"name": "借款人夫妻双方居民身份证"}]
    faqs = [{"question": "最多能贷多少？", "answer": "按四项中的最低值确定；夫妻双方均缴存的可合并计算。"}]
    said = specific_answer("夫妻俩都有公积金能一起贷吗", item, materials, faqs, []).splitlines()
    assert said[1] == "· 夫妻双方均缴存的可合并计算。" or said[1].endswith("夫妻双方均缴存的可合并计算。")
    needed = specific_answer("要带夫妻双方身份证吗", item, materials, faqs, [], needed=True).splitlines()
    assert "身份证" in needed[1]


def test_an_age_asked_as_how_old_and_elsewhere_said_as_the_residence_permit():
    """几岁以内能申请 of 残疾儿童康复救助 was "not understood" beside 0-6岁, and 外地户口行吗 "没有写到" beside 持居住证的可在居住地
    申请 (r24 QA)."""
    from knowledge.specifics import asks_about_age
    assert asks_about_age("几岁以内能申请") and asks_about_age("孩子多大能办") and not asks_about_age("几岁了")
    item = {**ITEM, "name": "残疾儿童康复救助申请", "conditions": "符合条件的0-6岁残疾儿童可申请。申请地为户籍所在地，持居住证的可在居住地申请。"}
    assert "0-6岁" in specific_answer("几岁以内能申请", item, [], [], ONE_OFFICE)
    said = specific_answer("外地户口行吗", item, [], [], ONE_OFFICE)
    assert said.startswith("关于“外地”") and "持居住证的可在居住地申请" in said


@pytest.mark.parametrize("item, text", [
    ("renshe.yanglao.retire", "钱打到哪张卡上"), ("renshe.shiye.benefit", "失业金打到哪个卡"),
    ("minzheng.gaoling.subsidy", "钱打哪"),   # (out of scope; r40 QA)
    ("renshe.yanglao.retire", "发到哪个账户"),
])
def test_which_card_the_money_is_paid_to_is_the_account_the_guide_names(real_store, item, text):
    """钱打到哪张卡上 after 退休申请 was not understood (r35 QA): its guide pays to the 社会保障卡金融账户."""
    from knowledge.specifics import point_answer
    said = point_answer(real_store, item, text)
    assert said.startswith("关于“发放账户”") and "社会保障卡" in said


def test_taxes_still_owed_are_the_guides_lines_on_clearing_them(real_store):
    """还有税没清完影响不 to 个体户注销's situations offered 个人房屋交易契税申报 (r36 QA): its lines on 清税."""
    from knowledge.specifics import point_answer
    for text in ("还有税没清完影响不", "还欠着税没报咋办"):   # (the second: the menu again; r38 QA)
        said = point_answer(real_store, "scjg.gtgsh.cancel", text)
        assert said.startswith("关于“清税”") and "结清" in said, text


def test_the_landlord_asked_of_is_the_guides_lines_on_the_lease(real_store):
    """要不要房东跟我一起去 after 居住证申领 got the materials of 合法稳定就业 (r36 QA): its lines on the lease and the owner."""
    from knowledge.specifics import point_answer
    said = point_answer(real_store, "gongan.jzz.apply", "要不要房东跟我一起去")
    assert said.startswith("关于“房东”") and "租赁合同" in said


def test_who_issues_a_paper_and_the_paper_are_two_points(real_store):
    """是不是还要社区开证明 to 居住证申领's situations was "没有完全理解": 社区开证明 was one run the guide never says (r40 QA)."""
    from knowledge.specifics import point_answer, points_of
    assert points_of("是不是还要社区开证明", real_store.item("gongan.jzz.apply")) == ["社区", "证明"]
    said = point_answer(real_store, "gongan.jzz.apply", "是不是还要社区开证明", needed=True)
    assert said.startswith("关于“社区”") and "居委会出具居住证明" in said


def test_a_certificate_of_employment_is_one_point_not_a_cut_word():
    """那是不是还要单位开在职证明 was answered under "关于“职证明”" (its 在 taken for a filler; r41 QA)."""
    from knowledge.specifics import question_points
    assert question_points("那是不是还要单位开在职证明", []) == ["单位", "在职证明"]


def test_by_when_a_visit_and_when_to_sign_up_asked_in_citizens_words(real_store):
    """r42 QA, each while the notice or its situations were shown: 几月份之前要弄完 (个税汇算: "没有完全理解", then its
    filing period called no period to apply in), 不用去现场吧 (社保卡补领, 全程网办: "not in scope"), 啥时候报名
    (随迁子女入学, 一般5月至6月申请: "没有写到这一点")."""
    from knowledge.specifics import point_answer

    said = point_answer(real_store, "shuiwu.geshui.annual", "几月份之前要弄完")
    assert said.startswith("关于“申请期限”") and "3月1日至6月30日" in said
    assert point_answer(real_store, "renshe.shebaoka.reissue", "不用去现场吧？") == "社会保障卡补领：全程网办，不用跑腿。"
    said = point_answer(real_store, "jiaoyu.ruxue.migrant", "啥时候报名")
    assert said.startswith("关于“报名时间”") and "5月至6月申请" in said
    assert "最多跑一次" in point_answer(real_store, "gongan.sfz.reissue", "要去现场吗")


def test_done_by_a_phone_call_is_answered_from_the_guide(real_store):
    """打个电话能办不 of 居住证申领: the notice again (r42 QA); 挂失 打电话能挂不: "not in scope" (r41 QA)."""
    from knowledge.specifics import point_answer

    said = point_answer(real_store, "gongan.jzz.apply", "打个电话能办不")
    assert said.startswith("居住证申领不能只打个电话办理。不用跑的，可以网上办") and "电话可以咨询" in said
    said = point_answer(real_store, "renshe.shebaoka.loss", "打电话能挂不")
    assert said.startswith("可以。") and "12333电话" in said


def test_a_rate_asked_finds_the_reduced_rates_too(real_store):
    """税率多少 after 首套 90平 of 契税: 3%至5% alone, not the 减按1% of a family's only home (r43 QA)."""
    from knowledge.specifics import point_answer
    said = point_answer(real_store, "shuiwu.house.deed", "税率多少")
    assert "3%至5%" in said and "减按1%" in said


def test_what_the_card_gives_told_beside_how_is_no_fee_asked():
    """我家老人七十了 听说能办老年优待证 坐公交不要钱 咋办 got the fee alone (r45 QA)."""
    from knowledge.asking import aspects_asked
    assert aspects_asked("我家老人七十了 听说能办老年优待证 坐公交不要钱 咋办") == []
    assert aspects_asked("办这个要钱吗") == ["fee"] and aspects_asked("要不要钱") == ["fee"]


def test_when_asked_gets_the_lines_with_a_time_of_the_school_year(real_store):
    """啥时候办 of 转学: "没有完全理解", beside 原则上在学期初或学期末办理 (r45 QA)."""
    item = real_store.item("jiaoyu.xueji.transfer")
    said = specific_answer("啥时候办", item, real_store.all_materials(item["id"]), real_store.faqs(item["id"]), [])
    assert said and "学期初或学期末" in said


def test_where_without_going_asks_online():
    """不用去的话在哪弄 after 可以全程网上办理: the offices (r46 QA)."""
    from knowledge.asking import aspects_asked
    assert aspects_asked("不用去的话在哪弄") == ["online"] and aspects_asked("不去现场怎么办理") == ["online"]
    assert aspects_asked("网上能办吗 在哪办") == ["online", "place"] and aspects_asked("在哪办") == ["place"]


def test_a_formula_quoted_comes_with_the_lines_that_give_its_terms():
    """灵活就业 每月交多少 got 每月缴费额=缴费基数×缴费比例 alone (r55 QA): the lines naming its terms follow it."""
    lines = ["缴费基数在平均工资的60%至300%之间自选。", "每月缴费额=缴费基数×缴费比例。", "比例一般为20%，缴费比例按本省规定。",
             "由税务部门征收。"]
    assert with_formulas_explained(["每月缴费额=缴费基数×缴费比例。"], lines) == [
        "每月缴费额=缴费基数×缴费比例。", "缴费基数在平均工资的60%至300%之间自选。", "比例一般为20%，缴费比例按本省规定。"]
    assert with_formulas_explained(["由税务部门征收。"], lines) == ["由税务部门征收。"]   # no formula: as it was


def test_how_much_a_month_for_the_flexible_pension_gives_the_base_and_the_rate(real_store):
    said = point_answer(real_store, "renshe.yanglao.flex_enroll", "每月交多少")
    assert "缴费基数×缴费比例" in said and "60%" in said and "20%" in said, said


@pytest.mark.parametrize("text, asked", [
    # how long ago, then further on whether one still may (r56 QA: the notice alone)
    ("生完孩子已经过了一年多了，生育津贴现在还能去申请吗", True), ("被辞退三个月了一直没去登记，失业金现在去领还来得及不", True),
    ("宝宝都满周岁了，当时生育津贴没领，现在补领行不行", True), ("离职半年了，失业保险金还能申请吗？会不会过期了", True),
    # (r57 QA: the notice, or the amount)
    ("娃都满一岁了，生育津贴当时没去领，现在补申请还来得及不", True), ("产假早休完了，生育津贴一直没申请，超过期限了是不是就没了", True),
    ("高龄津贴过了生日几个月还能申请吗", True), ("我都60岁了还来得及交社保吗", False), ("孩子3岁了能办身份证吗", False),
    # not: an age, a condition, a card's validity
    ("我今年60周岁了还能交社保吗", False), ("结婚三年了，公租房我能不能申请", False), ("身份证会不会过期", False),
])
def test_how_long_ago_and_whether_one_still_may_asks_the_deadline(text, asked):
    from knowledge.specifics import asks_deadline
    assert asks_deadline(text) is asked


def test_where_one_may_do_it_is_no_question_whether_one_may():
    """城西区哪里能办身份证补办: the conditions and no place (r70 QA)."""
    from knowledge.specifics import asks_if_may
    assert not asks_if_may("城西区哪里能办身份证补办") and not asks_if_may("在哪可以领社保卡")
    assert asks_if_may("外地户口能办吗") and asks_if_may("辞退的能领吗")
