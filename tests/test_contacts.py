"""公积金电话, 社保热线多少: the offices' numbers for a kind of business (knowledge.contacts)."""
import pytest

from actions.answering import Turn, answer
from knowledge.contacts import HOTLINE_ANSWER, asks_contact, asks_hotline, contact_lines, contacts_answer


@pytest.mark.parametrize("text, asks", [("公积金电话", True), ("社保热线多少", True), ("医保的联系方式", True),
                                        ("户口咨询电话是多少", True), ("公积金怎么提取", False), ("电动车上牌", False)])
def test_a_number_to_call_is_asked(text, asks):
    assert asks_contact(text) == asks


def test_places_most_items_name_come_first_once_each_and_at_most_five():
    points = [{"place": "窗口A", "phone": "1"}] + [{"place": "中心B", "phone": "2"}] * 3 + [{"place": "网点C", "phone": "3"}] * 2
    points += [{"place": f"站{n}", "phone": str(10 + n)} for n in range(4)] + [{"place": "无电话", "phone": ""}]
    assert contact_lines(points) == ["· 中心B：2", "· 网点C：3", "· 窗口A：1", "· 站0：10", "· 站1：11"]
    assert contacts_answer("公积金", [{"place": "无电话", "phone": None}]) == ""


def test_a_topic_with_a_number_asked_gets_its_offices_numbers_then_its_kinds(real_store):
    reply = answer(Turn(text="公积金电话", intent="ask_place", confidence=0.5), real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("公积金相关业务的咨询电话") and "12329" in texts[0] and "住房公积金" in texts[0]
    assert texts[1].startswith("公积金的业务比较多") and reply.messages[1]["buttons"]
    # the topic alone: its kinds only
    assert answer(Turn(text="公积金", intent="ask_guide", confidence=0.9), real_store).messages[0]["text"] \
        .startswith("公积金的业务比较多")


@pytest.mark.parametrize("text, asked", [
    ("12345电话是多少", True), ("便民热线怎么打", True), ("12345几点有人接", True), ("12345是什么电话", True),
    ("我打了12345", False), ("公积金电话", False), ("身份证丢了", False), ("", False),
    ("我身份证号是110101199003071234 手机13812345678 帮我查下我的公积金还有多少钱", False),   # (r26 QA)
])
def test_the_hotline_asked_about(text, asked):
    assert asks_hotline(text) is asked


def test_the_hotline_asked_about_is_answered_not_sent_back_to_it(real_store):
    from actions.answering import Turn, answer
    reply = answer(Turn(text="12345电话是多少", intent="out_of_scope"), real_store)
    assert reply.messages[0]["text"] == HOTLINE_ANSWER


def test_an_office_named_is_found_among_the_service_points_spelled_out():
    """社保卡服务中心的电话多少, 不动产登记中心的电话是多少: the greeting, or a guess at an item (r55 QA)."""
    from knowledge.contacts import office_named
    points = [{"place": "示例市社会保障卡服务中心（二楼）", "phone": "12333"}, {"place": "示例市不动产登记中心服务大厅", "phone": "1"},
              {"place": "各区（县）不动产登记分中心服务窗口", "phone": "2"}]
    assert [p["phone"] for p in office_named("社保卡服务中心的电话多少", points)] == ["12333"]
    assert [p["phone"] for p in office_named("不动产登记中心的电话是多少", points)] == ["1"]
    assert office_named("身份证补办电话多少", points) == [] and office_named("税务局电话", points) == []
    # a bureau by its everyday name (医保局的电话多少啊: "not in scope"; r56 QA)
    points += [{"place": "示例市政务服务中心二楼医疗保障综合窗口", "phone": "12393"}, {"place": "各街道便民服务中心医保服务站", "phone": "3"}]
    assert [p["phone"] for p in office_named("医保局的电话多少啊", points)] == ["12393", "3"]


def test_the_number_of_an_office_named_is_answered(real_store):
    from actions.answering import Turn, answer
    reply = answer(Turn(text="不动产登记中心的电话是多少", intent="out_of_scope", confidence=0.6,
                        candidates=[{"id": "budongchan.transfer.second", "name": "存量房买卖", "score": 0.12}]), real_store)
    assert reply.messages[0]["text"].startswith("您问的办理地点的电话") and "不动产登记中心" in reply.messages[0]["text"]
    reply = answer(Turn(text="医保局的电话多少啊", intent="out_of_scope", confidence=0.6,
                        candidates=[{"id": "yibao.resident.enroll", "name": "城乡居民基本医疗保险参保登记", "score": 0.06}]), real_store)
    assert "12393" in reply.messages[0]["text"], reply.messages
    # (社保局电话给我一个, 社保中心的号码多少, read as 遗体接运火化: "请问您要办理什么事项", no 12333; r57 QA): all its windows
    for text in ("社保局电话给我一个", "12333是社保电话吗，社保中心的号码多少"):
        reply = answer(Turn(text=text, intent="out_of_scope", confidence=0.5,
                            candidates=[{"id": "minzheng.binzang.cremation", "name": "遗体接运火化", "score": 0.06}]), real_store)
        said = reply.messages[0]["text"]
        assert said.startswith("您问的办理地点的电话") and "12333" in said and said.count("12333") == 1, (text, said)
