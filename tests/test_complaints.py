"""Complaints about the government's own service (knowledge/complaints.py)."""
import pytest

from knowledge.complaints import SERVICE_COMPLAINT, WHICH_COMPLAINT, complaint_answer, complaint_kind


@pytest.mark.parametrize("text, kind", [
    ("我要投诉", "bare"), ("怎么投诉", "bare"), ("投诉电话是多少", "bare"), ("我要举报！", "bare"), ("去哪投诉", "bare"),
    ("投诉城西区户政大厅 排队三个小时", "service"),
    ("我要投诉 你们城东区政务中心的人态度太差了", "service"),
    ("我办个证跑了三趟了还没办下来 你们到底管不管", "service"),
    ("窗口工作人员态度恶劣，我要反映", "service"),
    # an employer's wrongs, a question about an item, a complaint with no word of the service: not these
    ("公司拖欠工资我要投诉", None), ("身份证丢了怎么补", None), ("出租车绕路投诉", None), ("", None), ("😀", None),
    ("排队要多久", None), ("窗口几点下班", None),
])
def test_complaint_kind(text, kind):
    assert complaint_kind(text) == kind


def test_each_kind_has_its_answer_with_the_hotline():
    assert complaint_answer("bare") == WHICH_COMPLAINT and complaint_answer("service") == SERVICE_COMPLAINT
    assert all("12345" in text and "好差评" in text for text in (WHICH_COMPLAINT, SERVICE_COMPLAINT))


@pytest.mark.parametrize("text", ["我想投诉一个外卖骑手态度不好", "外卖平台乱收配送费，在哪投诉？", "物业态度太差了"])
def test_a_complaint_about_someone_else_than_the_government_is_not_one_about_its_service(text):
    assert complaint_kind(text) is None


def test_a_complaint_about_the_government_windows_is_one():
    assert complaint_kind("你们政府窗口办事效率太低了，我要提意见！") == "service"


@pytest.mark.parametrize("text", ["向哪个部门举报偷税漏税", "举报社区里有人养狗扰民"])
def test_a_report_of_others_is_not_a_complaint_about_the_service(text):
    assert complaint_kind(text) is None
