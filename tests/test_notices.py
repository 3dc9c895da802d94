"""An office's genuine notice quoted and asked about (knowledge.notices; r58, r59 QA)."""
import pytest

from actions.answering import Turn, answer
from knowledge.notices import CARD_POSTED, GENUINE_NOTICE, genuine_notice_answer


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
