"""What an office handles, asked by its everyday name (knowledge.agencies; r58 QA)."""
import pytest

from actions.answering import Turn, answer
from knowledge.agencies import agency_asked


@pytest.mark.parametrize("text, department", [
    ("车管所那边都可以办些什么", "交管"), ("出入境管理局能办哪些证件", "出入境"), ("民政局能办啥业务", "民政"),
    ("他问市场监管局都管哪些业务", "市场监管"),
    # (r59 QA: "not in scope", a generic prompt, 排污许可 on the hotline)
    ("出入境管理处管些什么事", "出入境"), ("民政局负责哪些事情啊", "民政"), ("出入境管理部门都能办哪些业务", "出入境"),
    ("民政局是干什么的", "民政"), ("残联能帮办什么", "残联"), ("税务局主要管啥", "税务"),
    ("公积金是干什么的", None), ("社保卡是干什么的", None),
    ("税务局都能办什么业务？个人能去办啥", "税务"), ("税务局能帮老百姓办哪些事", "税务"),
    ("税务局那边一般都办些什么业务呀，我个人能去干嘛", "税务"),   # (r61 QA: 一照一码)
    ("税务局平时都管些啥事啊，我一个老百姓能去那办什么", "税务"), ("税务局能帮我们普通人办啥业务", "税务"),   # (r62 QA)
    ("他问税务局是干什么的，个人能去办哪些事", "税务"),   # (r60 QA: 一照一码)
    ("去税务局能办什么业务？我就想知道大概", "税务"), ("市民问税务局平时都办啥业务，他想去问问", "税务"),   # (r63 QA: 一照一码)
    # not: the office's place or number, an item asked of it, a topic's office
    ("车管所在哪", None), ("民政局电话多少", None), ("出入境能办护照吗", None), ("医保局管什么业务呀", None),
])
def test_an_office_asked_what_it_handles_is_its_department(text, department):
    asked = agency_asked(text)
    assert (asked[1] if asked else None) == department


def test_the_items_of_the_office_asked_are_offered(real_store):
    """车管所那边都可以办些什么: "请问您要办理什么事项" (r58 QA)."""
    reply = answer(Turn(text="车管所那边都可以办些什么", intent="out_of_scope", confidence=0.5), real_store)
    offered = [o["value"] for o in reply.slots["options"]]
    assert reply.messages[0]["text"].startswith("车管所办理的事项") and offered
    assert all(real_store.item(i)["department"] == "交管" for i in offered)



@pytest.mark.parametrize("text, office", [("帮我二舅问问公安局，他没说办什么事", "公安局"),
                                          ("我舅舅让我帮他问下民政局，没说具体要办啥", "民政局"),
                                          ("帮我姑姑咨询一下税务局的事情", "税务局"),
                                          # (sent there for them: r71 QA)
                                          ("我妈叫我去趟民政局，她没说办什么", "民政局"),
                                          ("老公让我明天去税务局帮他跑一趟，具体啥事没讲", "税务局"),
                                          ("帮我姐去派出所办个事 她也没说清楚", "派出所"),
                                          ("要去公安局帮我爷爷办点事，他说不清楚是啥", "公安局"),
                                          ("舅舅让我帮他跑趟派出所，具体啥事他也没交代，我该准备什么", "派出所")])   # (r72 QA)
def test_an_office_asked_for_ones_kin_who_said_nothing_more_is_its_items(text, office):
    """帮我二舅问问公安局，他没说办什么事: "not in scope"; 民政局: the marriage items alone (r70 QA)."""
    assert agency_asked(text)[0] == office
    assert agency_asked("我想问问公安局在哪") is None
