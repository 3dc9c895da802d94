"""Complaints about the government's own service (knowledge/complaints.py)."""
import pytest

from knowledge.complaints import (AGENT_RATING, RATING, SERVICE_COMPLAINT, WHICH_COMPLAINT, complaint_answer, complaint_kind,
                                  complaint_script, complains_outright)


@pytest.mark.parametrize("text, kind", [
    ("我要投诉", "bare"), ("怎么投诉", "bare"), ("投诉电话是多少", "bare"), ("我要举报！", "bare"), ("去哪投诉", "bare"),
    ("投诉城西区户政大厅 排队三个小时", "service"),
    ("我要投诉 你们城东区政务中心的人态度太差了", "service"),
    ("我办个证跑了三趟了还没办下来 你们到底管不管", "service"),
    ("窗口工作人员态度恶劣，我要反映", "service"),
    # an employer's wrongs, a question about an item: not these; a complaint with no word of the government's
    # service is one of something else (where such complaints go)
    ("公司拖欠工资我要投诉", None), ("身份证丢了怎么补", None), ("出租车绕路投诉", "other"), ("", None), ("😀", None),
    ("我要投诉外卖", "other"), ("我要投诉医院", "other"),
    ("排队要多久", None), ("窗口几点下班", None),
    # how to rate a service (好差评在哪评 was asked which item): the 好差评 channels; a wrong told beside it is a complaint
    ("好差评在哪评", "rating"), ("怎么给个好评", "rating"), ("评价在哪里写", "rating"), ("怎么给差评", "rating"),
    ("窗口态度太差了 怎么给差评", "service"), ("这个评价怎么样", None),
    # the assistant itself found wanting (你们这什么破系统 垃圾 was "不在范围内"; r8 QA): an apology, how else to get help
    ("你们这什么破系统 垃圾", "assistant"), ("答非所问", "assistant"), ("你真没用", "assistant"),
    ("你们这个机器人怎么这么笨 我问了半天都不知道", "assistant"),   # (r16 QA: "不在范围内")
    ("孩子不知道怎么办", None),
    ("窗口工作人员态度差 垃圾", "service"), ("垃圾分类", None), ("这个不行", None), ("身份证没用了怎么办", None),
    # the government's system and errands, its website down (a 新建商品房 notice; no complaint on the hotline; r90 QA); not
    # a question of how many visits, nor a scam site
    ("这破系统气死我了，办个证要跑三趟", "service"), ("办理营业执照的网站一直打不开，很生气，要投诉", "service"),
    ("身份证要跑几趟", None), ("我要跑两趟吗", None), ("我要投诉一个诈骗网站", "other"),
    ("网上申请营业执照一直审核不通过，要投诉", "service"), ("审核不通过怎么办", None),   # (no complaint; r91 QA)
])
def test_complaint_kind(text, kind):
    assert complaint_kind(text) == kind


def test_each_kind_has_its_answer_with_the_hotline():
    assert complaint_answer("bare") == WHICH_COMPLAINT and complaint_answer("service") == SERVICE_COMPLAINT
    assert complaint_answer("rating") == RATING and complaint_script("rating") == AGENT_RATING
    assert complaint_answer("assistant").startswith("很抱歉没能帮上您") and "12345" in complaint_answer("assistant")
    assert all("12345" in text and "好差评" in text for text in (WHICH_COMPLAINT, SERVICE_COMPLAINT, RATING))


@pytest.mark.parametrize("text", ["我想投诉一个外卖骑手态度不好", "外卖平台乱收配送费，在哪投诉？", "物业态度太差了"])
def test_a_complaint_about_someone_else_than_the_government_is_not_one_about_its_service(text):
    assert complaint_kind(text) in (None, "other")


def test_a_complaint_about_the_government_windows_is_one():
    assert complaint_kind("你们政府窗口办事效率太低了，我要提意见！") == "service"


@pytest.mark.parametrize("text", ["向哪个部门举报偷税漏税", "举报社区里有人养狗扰民",
                                  "老板拖了俺们三个月工钱，好几个工友想一起向政府部门举报他，打哪个电话？"])
def test_a_report_of_others_is_not_a_complaint_about_the_service(text):
    assert complaint_kind(text) != "service" and (complaint_kind(text) is None) == ("工钱" in text)


@pytest.mark.parametrize("text, outright", [
    ("公积金中心的人一直推来推去 办了一个月都没办好 找谁说理去", True),
    ("在城西区政务中心办营业执照 窗口让我跑了三次 我要投诉", True),
    ("不动产登记中心办事太慢了 我要投诉", True),
    ("上次窗口少跟我说了一个材料 害我白跑一趟", True),
    ("排队排了俩小时 窗口就开一个", False),
    # the third QA round (r7): an answer to "what do you complain about", the errand alone
    ("窗口的人骂人", False), ("办个事跑了三趟还没办成", False), ("跑了三趟", False),
])
def test_complaints_the_second_qa_round_missed(text, outright):
    """Each got "不在范围" or an item's situations (r6 QA)."""
    assert complaint_kind(text) == "service" and complains_outright(text) is outright


@pytest.mark.parametrize("text", ["公积金中心在哪", "社保局电话多少", "公安局开无犯罪证明要多久", "派出所几点上班"])
def test_an_office_named_in_a_question_is_no_complaint(text):
    assert complaint_kind(text) is None


def test_a_complaint_about_something_else_says_where_such_complaints_go():
    """我要投诉外卖 / 我要投诉医院 got the welcome question (r7 QA)."""
    from knowledge.complaints import OTHER_COMPLAINT, complaint_script
    assert complaint_answer("other") == OTHER_COMPLAINT and "12345" in OTHER_COMPLAINT and "主管部门" in OTHER_COMPLAINT
    assert "已登记" in complaint_script("other")
