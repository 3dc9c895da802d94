"""FAQ matching: which of an item's FAQs a question asks, if any."""
from pathlib import Path

import pytest

from knowledge.faq_matching import FaqMatcher, faq_evaluation, grams, loss_faq, read_faq_questions

FAQS = [
    {"item_id": "sfz", "position": 1, "question": "身份证丢了会被别人冒用吗？怎么办？", "answer": "先挂失。"},
    {"item_id": "sfz", "position": 2, "question": "身份证丢了，明天要坐飞机怎么办？", "answer": "办临时乘机证明。"},
    {"item_id": "gjj", "position": 1, "question": "房东不给开发票，还能租房提取吗？", "answer": "可以，按限额提取。"},
]
ORDINARY = ["要带什么材料", "需要多久", "收费吗", "在哪里办", "周末上班吗", "可以网上办吗", "怎么办理"]
BACKGROUND = ["身份证丢了怎么补办", "补办身份证要带什么", "身份证丢了去哪补", "身份证补办要多久",
              "租房提取公积金要什么材料", "租房怎么提取公积金", "公积金提取多久到账"]
TOPICS = {"sfz": ["居民身份证补领", "身份证丢了", "补办身份证"], "gjj": ["租赁自住住房提取住房公积金", "租房提取"]}


def matcher():
    return FaqMatcher(FAQS, ORDINARY, BACKGROUND, TOPICS)


def test_grams_are_characters_and_pairs_of_each_run():
    assert grams("Ａ证，丢了") == {"a": 1, "证": 1, "a证": 1, "丢": 1, "了": 1, "丢了": 1}


def test_a_follow_up_in_other_words_finds_its_faq():
    match = matcher().match("sfz", "明天还要坐飞机咋办")
    assert match is not None and match.position == 2 and match.answer == "办临时乘机证明。"
    assert matcher().match("sfz", "会不会被人冒用").position == 1


def test_the_topic_and_an_ordinary_question_are_no_match():
    # 身份证丢了 names the item, in both FAQs; 要带什么 is a question the guide's fields answer
    assert matcher().match("sfz", "身份证丢了要带什么") is None
    assert matcher().match("sfz", "身份证丢了怎么办") is None
    assert matcher().match("gjj", "租房提取要什么材料") is None
    assert matcher().match("gjj", "租房提取周末上班吗") is None


def test_a_question_between_two_faqs_is_no_match():
    twins = FaqMatcher([{"item_id": "x", "position": 1, "question": "明天坐飞机怎么办", "answer": "甲"},
                        {"item_id": "x", "position": 2, "question": "明天坐火车怎么办", "answer": "乙"}], ORDINARY)
    ranked = twins.ranked("x", "明天坐什么怎么办")
    assert ranked[0].score > 0.3 and abs(ranked[0].score - ranked[1].score) < 1e-9 and ranked[0].margin <= 0
    assert twins.match("x", "明天坐什么怎么办") is None and twins.match("x", "明天坐飞机").position == 1


def test_only_the_item_in_context_is_searched():
    assert matcher().match("gjj", "明天要坐飞机怎么办") is None
    assert matcher().match("unknown", "明天要坐飞机怎么办") is None
    assert [m.position for m in matcher().ranked("sfz", "坐飞机")] == [2, 1]


def test_evaluation_counts_correct_wrong_missed_and_false_matches(tmp_path: Path):
    tsv = tmp_path / "faq.tsv"
    tsv.write_text("item_id\tfaq_position\tcontext\tquestion\n"
                   "sfz\t2\tfollowup\t明天坐飞机咋办\n"
                   "sfz\t1\tfollowup\t明天坐飞机咋办\n"
                   "sfz\t1\tfull\t补办要多久呢\n"
                   "sfz\t0\tfollowup\t身份证丢了会被冒用吗\n", encoding="utf-8")
    figures = faq_evaluation(matcher(), read_faq_questions(tsv))
    assert (figures["correct"], figures["wrong"], figures["missed"], figures["false_matches"]) == (1, 1, 1, 1)
    assert figures["precision"] == 1 / 3 and figures["recall"] == 1 / 3 and figures["false_match_rate"] == 1.0


def test_the_ordinary_questions_are_the_aspect_examples():
    from knowledge.faq_matching import aspect_questions

    questions = aspect_questions()
    assert len(questions) > 100 and "要带什么材料" in "".join(questions)


def test_faq_matching_on_the_held_out_set_stays_above_its_floor(real_store):
    """README → Measured figures: precision 86.5%, recall 37.7%, false match 6.1% (10/163)."""
    from support import REPO

    figures = faq_evaluation(real_store.faq_matcher(), read_faq_questions(REPO / "tests/fixtures/faq_heldout.tsv"))
    assert figures["precision"] >= 0.80 and figures["recall"] >= 0.35 and figures["false_match_rate"] <= 0.10, figures


LOST = [{"question": "出院时忘了办，之后还能办吗？", "answer": "可以。"},
        {"question": "出生医学证明丢了怎么补办？", "answer": "向原签发机构申请补发。"}]


@pytest.mark.parametrize("text", ["出生证明丢了怎么办", "孩子出生证找不到了", "出生证被偷了", "出生证明能补开吗"])
def test_a_loss_gets_the_items_faq_about_a_loss(text):
    assert loss_faq(LOST, ["《出生医学证明》首次签发", "在医疗机构内出生"], text) == LOST[1]


def test_no_loss_faq_without_a_loss_or_where_the_item_or_a_situation_is_the_reissue_or_no_single_faq():
    assert loss_faq(LOST, ["《出生医学证明》首次签发"], "出生证明怎么办") is None
    assert loss_faq(LOST, ["居民身份证补领"], "身份证丢了") is None
    assert loss_faq(LOST, ["《预防接种证》办理", "遗失或损毁补办"], "接种证丢了") is None
    assert loss_faq(LOST[:1], ["《出生医学证明》首次签发"], "出生证明丢了") is None
    assert loss_faq(LOST + [{"question": "丢了还能用吗？", "answer": "不能。"}], ["出生证"], "丢了") is None


def test_a_stay_in_hospital_elsewhere_not_yet_over_is_told_to_file_first(real_store):
    """我妈在老家住院 医保能报吗 她是这边的医保 got only the 手工报销 situations; 异地就医备案, which lets the hospital
    settle directly if filed before discharge, was never said (r20 QA)."""
    match = real_store.faq_matcher().match("yibao.reimburse.inpatient", "我妈在老家住院 医保能报吗 她是这边的医保")
    assert match is not None and "异地就医备案" in match.answer and "出院结算前" in match.answer


def test_a_child_registered_with_the_mother_and_a_man_asking_for_maternity_pay_get_their_faqs(real_store):
    """爸爸是外地户口的能上到妈妈这边吗 got "办事指南中没有写到这一点" (its FAQ was worded 孩子可以随妈妈落户吗), and 男的能领吗
    after 生育津贴 the conditions only (r26 QA)."""
    matcher = real_store.faq_matcher()
    assert "随妈妈落户" in matcher.match("gongan.hukou.birth", "爸爸是外地户口的能上到妈妈这边吗").question
    assert matcher.match("yibao.birth.allowance", "男的能领吗").answer.startswith("一般不能")
    # (r27 QA: 生育津贴当爹的能领吗… got the notice; 我老婆也退休了 她的公积金能跟我的一块取不 the 退休提取 notice again)
    assert matcher.match("yibao.birth.allowance", "生育津贴当爹的能领吗 我老婆没工作 我单位交的生育险").answer.startswith("一般不能")
    assert "各自办理" in matcher.match("gjj.withdraw.retire", "我老婆也退休了 她的公积金能跟我的一块取不").answer
    # (那医保呢 失业了医保咋办 after 失业金: 失业登记's notice; r27 QA)
    assert matcher.match("renshe.shiye.benefit", "那医保呢 失业了医保咋办").answer.startswith("不用自己交")


def test_a_lost_marriage_certificate_asked_of_a_divorce_gets_its_faq(real_store):
    """结婚证丢了 还能办离婚吗 got the FAQ on a certificate from another province (r30 QA): its own FAQ now."""
    faq = real_store.faq_matcher().match("minzheng.marry.divorce", "结婚证丢了 还能办离婚吗")
    assert faq is not None and faq.question == "结婚证丢了，还能办离婚吗？" and "补领" in faq.answer


def test_a_new_job_while_drawing_unemployment_benefit_gets_its_faq(real_store):
    """失业金领了半年 找到新工作了 要去停吗 got the application notice (r33 QA): its FAQ on stopping and the rest kept."""
    faq = real_store.faq_matcher().match("renshe.shiye.benefit", "失业金领了半年 找到新工作了 要去停吗")
    assert faq is not None and faq.question.startswith("找到新工作了") and "24个月" in faq.answer


@pytest.mark.parametrize("item, text, asked", [
    # medical insurance after losing a job (r35 QA: who pays while drawing the benefit got the whole notice again, the
    # benefit run out the FAQ on a new job, and whether it stops, what it costs alone and a gap's effect were out of
    # scope or a menu)
    ("renshe.shiye.benefit", "我在领失业金 那医保谁给交", "失业期间医保会停吗？谁给交"),
    ("renshe.shiye.benefit", "失业了医保咋办", "失业了医保怎么办"),
    ("renshe.shiye.benefit", "那要是失业金领完了呢", "失业金领完了"),
    ("yibao.flex.enroll", "公司把我辞了 现在没单位了 医保咋整啊 会不会断", "离职了、没单位了"),
    ("yibao.flex.enroll", "待业半年了医保卡还能用不 以前是单位交的", "离职了、没单位了"),
    ("yibao.flex.enroll", "我自己交的话一个月大概多少钱", "灵活就业自己交职工医保"),
    ("yibao.flex.enroll", "断交了再续上有啥影响", "医保断缴了"), ("yibao.flex.enroll", "我这都空了快半年了还能补吗", "医保断缴了"),
    # a dormitory without a lease was "not understood", 契税 got "另依法缴纳契税" with no rate, a delivery rider's accident
    # the commuting FAQ (r35 QA); (a car against 低保, 有车能申请吗 一辆旧面包车, is left: the vehicles named in its FAQ
    # question moved a blind4 question on 低保 to 困难残疾人生活补贴 through the linker, which reads FAQ questions too)
    ("gongan.jzz.apply", "我住的厂里宿舍 没有租房合同咋办", "房东不给签租房合同"),
    ("budongchan.transfer.new", "要交契税吗 多少", "新房要交契税吗"),
    ("renshe.gongshang.identify", "我送外卖摔了算工伤吗", "跑网约车、送外卖"),
    ("renshe.gongshang.identify", "下班路上摔了算不算", "下班路上"),
    # (the 驾驶证 online entry again; 户口登记项目更正 for the birth certificate's name; r35 QA)
    ("jiaoguan.jsz.renew", "体检必须去医院吗 能不能不去", "换驾照的体检必须去医院吗"),
    ("weijian.birth.cert", "娃的出生证明上名字写错了一个字 能改吗", "出生证上的名字签发后还能改吗"),
    ("yibao.resident.enroll", "一年交多少", "居民医保一年交多少钱"),   # (r36 QA: "不收费")
    # (r39 QA: quotes that did not answer, the whole notice again, or out of scope; FAQs on a graduate's file carried by
    # hand, 特困's amount and nursing homes and the 接种证 at school were left: each took calibration rows from the FAQs
    # beside them)
    ("jiaoguan.car.inspect", "我在外地上班 车也在外地 能在外地检吗", "车和人都在外地"),
    ("jiaotong.wyc.driver", "考试难不难 在哪考", "网约车驾驶员考试"),
    ("yibao.birth.allowance", "是打到单位还是打给个人", "生育津贴是打到单位"),
    ("renshe.chuangye.loan", "要找人担保吗 我没有有钱的亲戚", "创业担保贷款要自己找人担保"),
    ("minzheng.dibao.apply", "办低保要收入证明 我打零工没单位", "打零工、没有单位"),
])
def test_follow_ups_the_faqs_answer_in_the_citizens_words(real_store, item, text, asked):
    faq = real_store.faq_matcher().match(item, text)
    assert faq is not None and faq.question.startswith(asked), (text, faq and faq.question)


def test_how_long_until_a_step_is_not_the_faq_of_how_long_after_it(real_store):
    """多久批下来 after the 低保 notice got its FAQ 低保批下来以后多久发钱 (r50 QA): the time limit is asked."""
    from knowledge.faq_matching import asks_until_of_after
    assert asks_until_of_after("多久批下来", "低保批下来以后多久发钱？每月多少？")
    assert not asks_until_of_after("批下来以后多久发钱", "低保批下来以后多久发钱？每月多少？")
    assert real_store.faq_matcher().match("minzheng.dibao.apply", "多久批下来") is None


def test_whether_one_must_prove_being_poor_for_legal_aid_is_its_faq(real_store):
    """需要证明穷吗 after the 法律援助 notice: "没有完全理解" (r50 QA)."""
    for text in ("需要证明穷吗", "要证明自己没钱吗"):
        found = real_store.faq_matcher().match("sifa.yuanzhu.apply", text)
        assert found is not None and "诚信承诺" in found.answer, text
