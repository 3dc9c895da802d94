"""An office's genuine notice quoted and asked about (knowledge.notices; r58, r59 QA)."""
import pytest

from actions.answering import Turn, answer
from knowledge.notices import CARD_POSTED, GENUINE_NOTICE, PENSION_CHANGED, genuine_notice_answer


@pytest.mark.parametrize("text", [
    "12333发短信说我这个月养老金已经到账了，是正常的吧", "刚收到12333的提醒，说本月基本养老金已发放到社保卡，不用做什么吧？",
    "收到12333发的短信说我的养老保险本月已到账，金额3100元，没有链接，正常吧",
    "手机提示养老金已到账2860元，这个正常吗",   # (r60 QA: 资格认证 offered)
    "收到税务局短信：您的个税汇算退税已退至银行账户，请查收。这个正常吗",   # (r61 QA: the tax situations)
    "个税APP上显示退税已退库，钱到账了，这个正常吗", "银行卡收到一笔养老金入账短信，说是社保发放的，这正常不",   # (r62 QA)
])
def test_a_result_told_and_asked_about_is_said_to_be_normal(text):
    assert genuine_notice_answer(text) == GENUINE_NOTICE


def test_a_card_posted_is_told_to_be_activated_on_arrival():
    assert genuine_notice_answer("人社局短信通知我新社保卡已经寄出了，EMS单号也给了，这算诈骗吗") == GENUINE_NOTICE + CARD_POSTED


@pytest.mark.parametrize("text", [
    "收到通知说社保卡已邮寄到家，快递明天到，我还要去激活吗",   # (the activation's notice answers it)
    "养老金什么时候到账", "社保卡寄出了吗", "失业金到账了吗 要多久", "短信说我的公积金到账了",
])
def test_questions_of_a_service_are_none(text):
    assert genuine_notice_answer(text) is None


def test_the_chat_answers_it_instead_of_an_unrelated_item(real_store):
    reply = answer(Turn(text="12333发短信说我这个月养老金已经到账了，是正常的吧", intent="ask_guide",
                        linked_item="renshe.yanglao.cert", candidates=[{"id": "renshe.yanglao.cert", "score": 0.4}]), real_store)
    assert reply.messages[0]["text"] == GENUINE_NOTICE and not reply.slots.get("options")


@pytest.mark.parametrize("text", [
    # (r63 QA: "not in scope", 资格认证 and 遗属待遇 on the hotline)
    "这个月养老金比上个月多了两百多块，正常吗", "养老金这个月到账了 比平时多了一些 是涨了吗 还是发错了",
    "退休金今天到了，怎么比上月多出来一截，是调待遇了吗", "他问养老金这个月多发了一百多，正常不", "养老金少了怎么回事",
])
def test_a_pension_paid_more_or_less_than_before_is_explained(text):
    assert genuine_notice_answer(text) == PENSION_CHANGED
    assert "12333" in PENSION_CHANGED and "96110" in PENSION_CHANGED


@pytest.mark.parametrize("text", ["养老金怎么领", "养老金每个月多少钱", "养老金多交了能退吗", "退休了养老金能多领吗",
                                  "缴费多了养老金会不会多"])
def test_a_pension_asked_of_otherwise_is_no_change(text):
    assert genuine_notice_answer(text) is None


def test_a_refund_said_paid_and_feared_a_scam_is_a_genuine_notice():
    """个税退税说已经退到卡上了 是真的假的 怕是诈骗: the 年度汇算's situations (r63 QA)."""
    assert genuine_notice_answer("个税退税说已经退到卡上了 是真的假的 怕是诈骗") == GENUINE_NOTICE
