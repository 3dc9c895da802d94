"""What a term means, asked on its own (knowledge.glossary) and answered (actions.answering.answer_meaning)."""
import pytest

from actions.answering import Turn, answer
from knowledge.check import check_glossary
from knowledge.glossary import load_glossary, meaning_asked


@pytest.mark.parametrize("text, term", [
    # (r46 QA: a menu ending in 发票领用, "not in scope", the 公积金 kinds, a menu of 二手房公积金贷款 and 临时救助)
    ("灵活就业是啥意思", "灵活就业"), ("人身安全保护令是啥", "人身安全保护令"), ("那个一次性告知又是啥", "一次性告知"),
    ("住房公积金到底是个啥东西", "住房公积金"), ("临时救助是啥", "临时救助"), ("什么叫五险一金", "五险一金"),
    # a question of the thing, not of what it is; a longer message saying more
    ("公积金是什么时候交的", None), ("低保怎么申请", None), ("医保家庭共济是啥 我想用我的医保卡给我妈买药", None),
    ("临时救助是啥材料", None),
    ("啥叫容缺受理啊", "容缺受理"),   # (r48 QA: "not in scope")
])
def test_meaning_asked(text, term):
    found = meaning_asked(text)
    assert (found.name if found else None) == term


def test_a_term_with_an_item_gets_its_meaning_then_the_item_to_ask_on(real_store):
    reply = answer(Turn(text="临时救助是啥", intent="out_of_scope", confidence=0.5), real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("“临时救助”是指：因火灾") and "想办理“临时救助”" in texts[1]
    assert reply.slots["service_item"] == "minzheng.linshi.apply"


def test_a_term_of_a_topic_gets_its_meaning_then_its_kinds_of_business(real_store):
    reply = answer(Turn(text="住房公积金到底是个啥东西", intent="ask_guide", confidence=0.5), real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("“住房公积金”是指") and texts[1].startswith("公积金的业务比较多")


def test_an_incomplete_term_is_named_and_the_items_checked(tmp_path, fixture_store):
    path = tmp_path / "glossary.yaml"
    path.write_text("terms:\n- terms: [x]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs terms and a meaning"):
        load_glossary(path)
    path.write_text("terms:\n- terms: [x]\n  meaning: y\n  item: no.such.item\n", encoding="utf-8")
    assert [p.message for p in check_glossary(fixture_store, path)] == ["term x: no such item in the knowledge base"]


def test_a_term_asked_in_one_clause_of_several_is_answered(real_store):
    """老板说给交五险一金，五险一金到底是个啥; 灵活就业是啥意思啊 我送外卖的算不算: "not in scope", a menu (r47 QA)."""
    for text, name in (("老板说给交五险一金，五险一金到底是个啥", "五险一金"), ("灵活就业是啥意思啊 我送外卖的算不算", "灵活就业")):
        reply = answer(Turn(text=text, intent="out_of_scope", confidence=0.5), real_store)
        assert reply.messages[0]["text"].startswith(f"“{name}”是指"), text


def test_a_term_asked_beside_a_danger_is_said_after_what_to_do_now(real_store):
    """保护令是什么意思？他老打我，我能申请吗: "not in scope", no 110 (r47 QA)."""
    reply = answer(Turn(text="保护令是什么意思？他老打我，我能申请吗", intent="out_of_scope", confidence=0.5), real_store)
    texts = [m["text"] for m in reply.messages]
    assert "110" in texts[0] and texts[-1].startswith("“人身安全保护令”是指") and reply.slots["danger"] == "violence"


def test_a_term_said_then_asked_of_as_this_gets_its_meaning():
    """窗口说材料不全可以容缺受理 这个是啥意思啊: "not in scope" (r49 QA)."""
    from knowledge.glossary import meaning_asked_in
    assert meaning_asked_in("窗口说材料不全可以容缺受理 这个是啥意思啊").name == "容缺受理"
    assert meaning_asked_in("我在办低保 这个要多久") is None


@pytest.mark.parametrize("text,held,asked", [
    ("丧葬费和殡葬补贴是不是同一个东西？", None, True),
    ("殡葬惠民补贴跟社保的丧葬补助金有啥区别，两个都能拿吗", None, True),
    ("那民政那个殡葬补贴是一回事吗", "renshe.yanglao.survivor", True),
    ("那民政那个殡葬补贴是一回事吗", None, False), ("丧葬费和殡葬补贴去哪领", None, False),
    ("医保卡和社保卡是一回事吗", None, True), ("社保卡和医保卡有啥区别", None, True),   # (r72 QA)
    ("低保和医疗救助同时申请吗", None, True), ("我去外地看病，需要转诊吗", None, True),   # (r67, r68 QA)
    ("转诊备案怎么办", None, False), ("身份证和户口本一起办吗", None, False),
    ("要转诊不", "yibao.yidi.longterm", True), ("要医院开转诊单吗", None, True),   # (r73 QA)
    ("我吃低保的，医疗救助还用另外申请不", None, True), ("低保家庭同时还能申请临时救助吗？两个能一块办吗", None, True),
    ("特困供养和残疾人两项补贴可以同时申请吗", None, True), ("社保卡和医保卡我都没有，第一次办，要办两张吗", None, True),
    ("我想再申请一次低保", None, False),
    ("特困供养人员同时是残疾人，残疾人两项补贴能不能都拿", None, True), ("我妈是特困供养的，又是二级残疾，残疾人补贴还能申请吗", None, True),
])
def test_two_things_taken_for_one_another_are_told_apart(text, held, asked):
    from knowledge.glossary import apart_asked
    assert (apart_asked(text, held) is not None) is asked, text


def test_whether_they_are_the_same_is_answered_then_both_offered(real_store):
    """丧葬费和殡葬补贴是一回事吗: a situation question of one of them, never answered (r52, r53 QA)."""
    reply = answer(Turn(text="丧葬费和殡葬补贴是一回事吗", intent="ask_guide", in_scope=True,
                        candidates=[{"id": "renshe.yanglao.survivor", "name": "遗属待遇申领（丧葬补助金、抚恤金）", "score": 0.5}]),
                   real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("不是一回事") and "民政" in texts[0] and "人社" in texts[0]
    assert [o["value"] for o in reply.slots["options"]] == ["renshe.yanglao.survivor", "minzheng.binzang.cremation"]


def test_an_incomplete_pair_is_named_and_its_items_checked(tmp_path, fixture_store):
    from knowledge.glossary import load_apart
    path = tmp_path / "glossary.yaml"
    path.write_text("terms:\n- terms: [x]\n  meaning: y\napart:\n- one: {words: [a]}\n  answer: z\n", encoding="utf-8")
    with pytest.raises(ValueError, match="needs one and other"):
        load_apart(path)
    path.write_text("terms:\n- terms: [x]\n  meaning: y\napart:\n- one: {words: [a], item: no.such}\n  other: {words: [b]}\n"
                    "  answer: z\n", encoding="utf-8")
    assert [p.message for p in check_glossary(fixture_store, path)] == ["pair a / b: no such item in the knowledge base"]


def test_one_card_by_two_names_is_told_once_with_its_items(real_store):
    """医保卡和社保卡是一回事吗: 个人账户支取 and 社保卡挂失 offered; 社保卡和医保卡怎么办: the 社保卡's menu twice (r72 QA). The
    answer says they are one card, then offers the card's items; both named without asking get the note before the menu."""
    from knowledge.glossary import one_thing_named_twice
    shebaoka = [{"id": i, "name": real_store.item(i)["name"], "score": s}
                for i, s in (("renshe.shebaoka.apply", 0.4), ("renshe.shebaoka.reissue", 0.3))]
    same = answer(Turn(text="医保卡和社保卡是一回事吗", intent="ask_guide", in_scope=True, candidates=shebaoka), real_store)
    assert same.messages[0]["text"].startswith("是一回事") and "社会保障卡补领" in same.messages[1]["text"]
    both = answer(Turn(text="社保卡和医保卡怎么办", intent="ask_guide", in_scope=True, ambiguous=True, candidates=shebaoka),
                  real_store)
    assert both.messages[0]["text"].startswith("现在说的医保卡就是社会保障卡") and "社会保障卡申领" in both.messages[1]["text"]
    assert one_thing_named_twice("丧葬费和殡葬补贴去哪领") is None and one_thing_named_twice("医保卡丢了") is None


def test_whether_a_referral_is_needed_after_a_long_stay_filing_is_no(real_store):
    """要不要转诊 after 异地长期居住 / 常驻异地工作 备案: the general "看情况" and two items to choose (r74 QA)."""
    held = "yibao.yidi.longterm"
    reply = answer(Turn(text="要不要转诊", intent="ask_conditions", in_scope=False, item=held, item_in_context=held), real_store)
    assert reply.messages[0]["text"].startswith("不需要") and not reply.slots.get("options")
    general = answer(Turn(text="我去外地看病，需要转诊吗", intent="ask_conditions", in_scope=False), real_store)
    assert general.messages[0]["text"].startswith("看情况")


def test_a_filing_said_done_beside_the_referral_question_settles_it(real_store):
    """…异地就医备案已经弄好了，住院还用开转诊单吗: "看情况" and two items (r75 QA); read among the best items, the filing says no."""
    reply = answer(Turn(text="我在外地长期居住，异地就医备案已经弄好了，住院还用开转诊单吗", intent="ask_conditions", in_scope=True,
                        candidates=[{"id": "yibao.yidi.referral", "score": 0.49}, {"id": "yibao.yidi.longterm", "score": 0.3}]),
                   real_store)
    assert reply.messages[0]["text"].startswith("不需要：办了异地长期居住人员备案")
