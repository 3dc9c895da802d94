"""Opening days (knowledge/hours.py): 周六能办吗 from each service point's hours."""
import pytest

from knowledge.hours import days_asked, hours_answer, hours_on

HOURS = "周一至周五 9:00-12:00，13:30-17:00；周六 9:00-12:00（仅身份证受理、领取）"


@pytest.mark.parametrize("text, days", [
    ("周六能办吗", ["周六"]), ("星期天开门不", ["周日"]), ("周末上班吗", ["周六", "周日"]), ("礼拜六能领证吗", ["周六"]),
    ("要多久", []),
])
def test_days_asked(text, days):
    assert days_asked(text) == days


def test_what_the_hours_say_of_a_day():
    assert hours_on(HOURS, "周六") == "周六 9:00-12:00（仅身份证受理、领取）"
    assert hours_on(HOURS, "周日") is None
    assert hours_on("周一至周五 9:00-17:00；周六 9:00-12:00，14:00-17:00", "周六") == "周六 9:00-12:00，14:00-17:00"
    assert hours_on("周一至周日 9:00-17:00", "周日") == "周一至周日 9:00-17:00"
    assert hours_on("周一至周六 8:30-17:00", "周六") == "周一至周六 8:30-17:00"


def test_each_point_says_whether_it_is_open_and_the_online_service_follows():
    item = {"name": "居住证申领", "online_entry": "省公安政务服务平台"}
    points = [{"place": "城东户政大厅", "hours": HOURS}, {"place": "婚姻登记中心", "hours": "周一至周五 9:00-17:00"}]
    lines = hours_answer(item, points, "周六上班吗").splitlines()
    assert lines[0] == "居住证申领周六能否办理，按各办理地点的办公时间："
    assert lines[1] == f"· 城东户政大厅：周六不办理本事项（{HOURS}）"   # only for 身份证 on Saturdays
    assert lines[2] == "· 婚姻登记中心：周六不办理本事项（周一至周五 9:00-17:00）"
    assert lines[3] == "网上办理：省公安政务服务平台"
    assert "周六、周日能否办理" in hours_answer(item, points, "1")   # asked before the item was chosen: the weekend


def test_a_day_asked_of_the_item_in_context_gets_the_days_open(real_store):
    from actions.answering import Turn, answer

    item = "minzheng.marry.register"
    reply = answer(Turn(text="周六能领证吗", intent="ask_time_limit", confidence=0.8, item=item, item_in_context=item,
                        linked_item=item, aspect="guide"), real_store)
    assert "周六不办理本事项" in reply.messages[0]["text"]
    # not understood as a question (星期天开门不), the linker reading another item: still about this one
    reply = answer(Turn(text="星期天开门不", intent="out_of_scope", confidence=0.5, item="gongan.jzz.apply",
                        item_in_context=item, candidates=[{"id": "gongan.jzz.apply", "name": "居住证申领", "score": 0.2}]),
                   real_store)
    assert reply.messages[0]["text"].startswith("内地居民结婚登记周日能否办理") and reply.slots["service_item"] == item
    # the item not linked (周末能领证吗 names the 结婚 event's 领证): about the item in hand, not the event's list (r8 QA)
    reply = answer(Turn(text="周末能领证吗", intent="ask_place", confidence=0.5, item=item, item_in_context=item), real_store)
    assert reply.messages[0]["text"].startswith("内地居民结婚登记周六、周日能否办理")


def test_hours_only_for_another_business_do_not_serve_the_item():
    points = [{"place": "城东户政大厅", "hours": HOURS}, {"place": "政务中心", "hours": "周一至周五 9:00-17:00；周六 9:00-12:00"}]
    lines = hours_answer({"name": "居住证申领"}, points, "周末能办吗").splitlines()
    assert lines[1] == f"· 城东户政大厅：周六、周日不办理本事项（{HOURS}）"   # 仅身份证受理、领取
    assert lines[2] == "· 政务中心：周六 9:00-12:00；周日不办理本事项"
    assert hours_answer({"name": "居民身份证补领"}, points, "周六能办吗").splitlines()[1] == \
        "· 城东户政大厅：周六 9:00-12:00（仅身份证受理、领取）"


@pytest.mark.parametrize("text, days", [
    ("节假日能办吗", ["法定节假日"]), ("国庆放假期间上班吗", ["法定节假日"]), ("周末和过年能办吗", ["周六", "周日", "法定节假日"]),
])
def test_holidays_are_a_day_asked(text, days):
    assert days_asked(text) == days


def test_holidays_from_what_the_hours_say():
    assert hours_on("周一至周五 9:00-17:00；周六 9:00-12:00（法定节假日除外）", "法定节假日") is None
    assert hours_on("全天24小时", "法定节假日") == "全天24小时"
    assert hours_on("周一至周日 8:30-17:00（节假日照常）", "法定节假日") == "周一至周日 8:30-17:00（节假日照常）"
    # a hotline's or a machine's round-the-clock hours are not the counter's
    assert hours_on("周一至周五 9:00-17:00（12333热线全天受理欠薪线索）", "周六") is None
    assert hours_on("周一至周五 9:00-17:30；12348公共法律服务热线7×24小时", "周日") is None


def test_holidays_the_hours_do_not_mention_are_said_to_be_unknown():
    points = [{"place": "政务中心", "hours": "周一至周五 9:00-17:00（法定节假日除外）"},
              {"place": "城东户政大厅", "hours": "周一至周五 9:00-17:00；周六 9:00-12:00"}]
    lines = hours_answer({"name": "居住证申领"}, points, "节假日能办吗").splitlines()
    assert lines[0] == "居住证申领法定节假日能否办理，按各办理地点的办公时间："
    assert lines[1] == "· 政务中心：法定节假日不办理本事项（周一至周五 9:00-17:00（法定节假日除外））"
    assert lines[2] == ("· 城东户政大厅：办公时间（周一至周五 9:00-17:00；周六 9:00-12:00）没有写明法定节假日安排，"
                        "法定节假日一般不对外办公，以当地公告为准")
    lines = hours_answer({"name": "居住证申领"}, points, "周六和国庆能办吗").splitlines()
    assert lines[2] == ("· 城东户政大厅：周六 9:00-12:00；办公时间没有写明法定节假日安排，"
                        "法定节假日一般不对外办公，以当地公告为准")


def test_hours_asked_by_the_doors_or_a_date_list_each_office_hours():
    points = [{"place": "婚姻登记中心", "hours": "周一至周五 9:00-17:00（5月20日、七夕等特殊日期安排另行公告）"}]
    for text in ("520那天开门不", "几点开门", "5月20号能领证吗"):
        lines = hours_answer({"name": "结婚登记"}, points, text).splitlines()
        assert lines[:2] == ["结婚登记各办理地点的办公时间：",
                             "· 婚姻登记中心：周一至周五 9:00-17:00（5月20日、七夕等特殊日期安排另行公告）"]


def test_a_date_asked_while_the_situation_is_asked_gets_the_hours_then_the_question(real_store):
    from actions.answering import Turn, answer

    item = "minzheng.marry.register"
    options = [{**option, "item": item} for option in
               ({"kind": "situation", "value": name, "title": name} for name in ("结婚登记", "再婚登记"))]
    # read as a choice (choose_option), though it chooses nothing: a question of the hours
    reply = answer(Turn(text="520那天开门不", intent="choose_option", confidence=0.7, item=item, item_in_context=item,
                        aspect="guide", options=options), real_store)
    assert reply.messages[0]["text"].startswith("内地居民结婚登记各办理地点的办公时间")
    assert reply.messages[-1]["text"].startswith("另外，内地居民结婚登记在不同情形下") and reply.slots["options"] == options
    # after an answer, read as a choice with nothing offered: the hours, not the last aspect again
    reply = answer(Turn(text="520那天开门不", intent="choose_option", confidence=0.7, item=item, item_in_context=item,
                        aspect="materials"), real_store)
    assert reply.messages[0]["text"].startswith("内地居民结婚登记各办理地点的办公时间")


def test_the_midday_break_is_read_from_the_hours():
    from knowledge.hours import midday_said

    assert midday_said("周一至周五 9:00-12:00，13:30-17:00") == "中午12:00—13:30休息（周一至周五 9:00-12:00，13:30-17:00）"
    assert midday_said("工作日上午9:00-12:00 下午14:00-17:30").startswith("中午12:00—14:00休息")
    assert midday_said("周一至周日 8:30-17:30") == "中午不休息（周一至周日 8:30-17:30）"
    assert midday_said("") == "办公时间未写明" and midday_said("预约办理") == "预约办理"
    item = {"name": "居住证申领"}
    lines = hours_answer(item, [{"place": "城东户政大厅", "hours": HOURS}], "中午休息吗").splitlines()
    assert lines[1] == f"· 城东户政大厅：中午12:00—13:30休息（{HOURS}）"


def test_a_night_asked_gets_each_offices_hours_not_the_weekend(real_store):
    """老人过世了 火化要准备啥 → 晚上能火化吗 还是要等第二天: "好的。" and the situations again (r27 QA); the hours of the
    office as they are (24小时接运遗体), not whether it is open on Saturday and Sunday."""
    from knowledge.asking import aspects_asked
    from knowledge.hours import hours_answer
    item = "minzheng.binzang.cremation"
    assert aspects_asked("晚上能火化吗 还是要等第二天") == ["hours"]
    text = hours_answer(real_store.item(item), real_store.service_points(item, None), "晚上能火化吗 还是要等第二天")
    assert text.startswith(f"{real_store.item(item)['name']}各办理地点的办公时间") and "24小时" in text and "周六" not in text


def test_nights_one_lies_awake_ask_no_hours():
    from knowledge.asking import aspects_asked
    """…失业以后能领点钱不。唉每天晚上都睡不着 got the 公积金 windows' hours (r50 QA)."""
    assert aspects_asked("唉每天晚上都睡不着") == [] and aspects_asked("晚上睡不着 想哭") == []
    assert aspects_asked("夜里能办吗") == ["hours"] and aspects_asked("下班后能去办吗") == ["hours"]
