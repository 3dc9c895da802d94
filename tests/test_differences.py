"""What tells the options on offer apart (knowledge/differences.py) and the chat's answer to 有啥区别."""
import pytest

from actions.answering import Turn, answer
from actions.choices import option
from knowledge.differences import asks_difference, items_compared, situations_compared

GTGSH_CANCEL = "scjg.gtgsh.cancel"
SFZ = "gongan.sfz.reissue"
WITHDRAW = ["gjj.withdraw.rent", "gjj.withdraw.leave"]


@pytest.mark.parametrize("text, asked", [
    ("有啥区别", True), ("这几个有什么区别？", True), ("我该选哪个", True), ("哪个适合我", True),
    ("户籍地补领和异地补领材料有啥不一样", True), ("有什么不同", True),
    ("不同意", False), ("1", False), ("异地补领", False), ("", False),
    ("这两个一样吗", True), ("那医保呢 也一样吗", False),   # (another thing compared with the item; r38 QA)
    ("我想问一下身份证补领和换领到底有什么区别，我是在老家丢的但是现在在外地打工上班", False),   # says much more
])
def test_asks_difference(text, asked):
    assert asks_difference(text) is asked


def test_situations_are_told_apart_by_their_materials(real_store):
    said = situations_compared(real_store, SFZ, ["户籍地补领", "异地补领"])
    lines = said.splitlines()
    assert lines[0] == "这几种情形要带的材料不同："
    assert lines[1].startswith("1. 户籍地补领：") and "户口簿" in lines[1]
    assert lines[2].startswith("2. 异地补领：") and "房屋权属证明" in lines[2]


def test_situations_are_told_apart_by_what_the_conditions_say_of_each(real_store):
    """普通注销 / 简易注销（承诺制）: only their materials were said, not that 简易注销 is for a 个体户 without debts
    that promises so in writing (r19 QA)."""
    said = situations_compared(real_store, GTGSH_CANCEL, ["普通注销", "简易注销（承诺制）"])
    told = said.split("\n办事指南对这几种情形写到：\n")[1].splitlines()
    assert any("简易程序" in line and "承诺" in line for line in told) and len(told) <= 4
    # (户籍地补领 / 异地补领: 可在户籍所在地或全国任一公安机关户政窗口异地申请补领)
    assert "异地申请补领" in situations_compared(real_store, SFZ, ["户籍地补领", "异地补领"]).split("写到：")[1]


def test_difference_of_two_situations_named_is_answered_though_the_linker_reads_another_item(real_store):
    """普通注销和简易注销有什么区别 to 个体户注销's situations gave 普通注销's notice: the linker read 企业简易注销."""
    options = [{**option("situation", name, name), "item": GTGSH_CANCEL} for name in ("普通注销", "简易注销（承诺制）")]
    turn = Turn(text="普通注销和简易注销有什么区别", intent="out_of_scope", item="scjg.company.simple_cancel",
                linked_item="scjg.company.simple_cancel", in_scope=True, item_in_context=GTGSH_CANCEL, options=options,
                candidates=[{"id": "scjg.company.simple_cancel", "score": 0.9457}])
    reply = answer(turn, real_store)
    assert reply.messages[0]["text"].startswith("这几种情形要带的材料不同：") and reply.slots["options"] == options


def test_items_are_told_apart_by_the_first_sentence_of_their_conditions(real_store):
    lines = items_compared(real_store, WITHDRAW + ["no.such.item"]).splitlines()
    assert lines[0] == "这几项适用的情况不同：" and len(lines) == 3
    assert lines[1].startswith("1. 租赁自住住房提取住房公积金：") and "租赁住房" in lines[1]
    # a sentence that introduces a list (符合下列情形之一的：) is said with its first entry, cut short
    assert lines[2].startswith("2. 与单位终止劳动关系提取住房公积金：") and "（一）" in lines[2] and lines[2].endswith("…")
    assert items_compared(real_store, ["no.such.item"]) is None


def test_difference_asked_while_situations_wait_is_answered_then_asked_again(real_store):
    """有啥区别 to 身份证补领's situations was "办事指南中没有写到这一点"."""
    options = [{**option("situation", name, name), "item": SFZ} for name in ("户籍地补领", "异地补领")]
    reply = answer(Turn(text="有啥区别", intent="ask_guide", item=SFZ, item_in_context=SFZ, options=options), real_store)
    assert reply.messages[0]["text"].startswith("这几种情形要带的材料不同：")
    assert reply.messages[1]["text"] == "居民身份证补领在不同情形下所需材料不同，请问您属于哪种情形？（点选下方选项或回复序号）"
    assert reply.slots["options"] == options and [b["payload"] for b in reply.messages[1]["buttons"]] == ["1", "2"]
    # another item named: not this (跟社保卡补领有啥区别 goes where that item takes it)
    reply = answer(Turn(text="跟社保卡补领有啥区别", intent="ask_guide", item=SFZ, item_in_context=SFZ, options=options,
                        linked_item="renshe.shebaoka.reissue", in_scope=True), real_store)
    assert not reply.messages[0]["text"].startswith("这几种情形")


def test_difference_asked_while_items_wait_is_answered_with_their_conditions(real_store):
    """这几个有什么区别 to the 公积金提取 items was out of scope."""
    options = [option("item", i, real_store.item(i)["name"]) for i in WITHDRAW]
    reply = answer(Turn(text="这几个有什么区别", intent="out_of_scope", options=options), real_store)
    assert reply.messages[0]["text"].startswith("这几项适用的情况不同：")
    assert reply.messages[1]["text"] == "请问您要办理的是哪一项？（点选下方选项或回复序号）"
    assert reply.slots["options"] == options
    # districts on offer: each one's office (这几个区有什么不同 was "not understood"; r9 QA)
    districts = [{**option("district", d, d), "item": SFZ} for d in ("城东区", "城西区")] + \
        [{**option("district", "*", "不清楚 / 全部列出"), "item": SFZ}]
    reply = answer(Turn(text="这几个区有什么不同", intent="ask_guide", item=SFZ, item_in_context=SFZ,
                        situation=f"{SFZ}/户籍地补领", options=districts), real_store)
    lines = reply.messages[0]["text"].splitlines()
    assert lines[0].startswith("这几个区的办理地点不同") and lines[1].startswith("1. 城东区：") and len(lines) == 3
    assert reply.slots["options"] == districts


def test_difference_asked_after_a_notice_with_items_still_to_come_compares_those(real_store):
    """这几个有什么不同 after a notice whose items still to come are offered as buttons was out of scope (r9 QA)."""
    reply = answer(Turn(text="这几个有什么不同", intent="out_of_scope", pending_items=WITHDRAW), real_store)
    assert reply.messages[0]["text"].startswith("这几项适用的情况不同：")
    assert [b["title"] for b in reply.messages[1]["buttons"]] == [real_store.item(i)["name"] for i in WITHDRAW]


def test_materials_asked_while_situations_wait_are_each_situations(real_store):
    """要带啥 while 出生登记's situations were asked got the same question again (r20 QA): each one's materials first."""
    birth = "gongan.hukou.birth"
    options = [{**option("situation", s["name"], s["name"]), "item": birth} for s in real_store.situations(birth)]
    reply = answer(Turn(text="要带啥", intent="ask_materials", confidence=0.9, item=birth, item_in_context=birth,
                        options=options, aspect="guide"), real_store)
    assert reply.messages[0]["text"].startswith("这几种情形要带的材料不同：\n1. 婚生子女入户：《出生医学证明》")
    assert "写到" not in reply.messages[0]["text"] and reply.slots["options"] == options
