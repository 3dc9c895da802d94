"""A company's debts told while its deregistration is in hand (r83, r84 QA)."""
import pytest

from actions.answering import Turn, answer
from knowledge.company_debts import COMPANY_CANCEL, NO_DEBTS, OWES, SIMPLE_CANCEL, debts_answer, debts_told


@pytest.mark.parametrize("text, told", [
    ("没有欠债", NO_DEBTS), ("没欠钱", NO_DEBTS), ("我们是有限责任公司，没有任何欠债", NO_DEBTS), ("债务都还清了", NO_DEBTS),
    ("欠款已经结清了", NO_DEBTS), ("零负债", NO_DEBTS), ("没有债务也没有欠税", NO_DEBTS),
    ("还欠供应商十几万货款没还清", OWES), ("公司还欠着供应商几十万货款没还完", OWES), ("有点外债", OWES), ("资不抵债怎么办", OWES),
    # no debt of the company's told
    ("什么材料", None), ("工资都发完了", None), ("还有一笔货款没收回来", None), ("欠税能注销吗", None),
    ("简易注销后发现公司还欠着钱，股东要负责吗", None),   # (found after: a liability asked, no way to take)
    ("个独企业注销，公司还有几笔货款没付清", OWES),
])
def test_debts_told(text, told):
    assert debts_told(text) == told


def test_only_a_companys_deregistration_reads_them():
    assert debts_answer("scjg.gtgsh.cancel", "没有欠债") is None and debts_answer("gongan.sfz.reissue", "没欠钱") is None


@pytest.mark.parametrize("text, intent, said, item", [
    ("没有欠债", "deny", "简易注销", SIMPLE_CANCEL),        # it was "好的。还有其他要办理的事项吗？" (r84 QA)
    ("公司还欠着供应商几十万货款没还完", "out_of_scope", "清算组", COMPANY_CANCEL),   # the same notice again (r83 QA)
])
def test_debts_told_after_the_notice_get_the_way_they_lead_to(real_store, text, intent, said, item):
    reply = answer(Turn(text=text, intent=intent, item=COMPANY_CANCEL, item_in_context=COMPANY_CANCEL), real_store)
    assert said in reply.messages[0]["text"] and reply.slots["service_item"] == item
    assert real_store.item(item)["name"] in reply.messages[1]["text"]


@pytest.mark.parametrize("text, said, item", [
    ("我们公司要关门注销，但是还欠供应商几十万货款没还", "清算组", COMPANY_CANCEL),   # (the hours, for 关门; r85 QA)
    ("公司不想做了要注销，账上干干净净，没有欠债", "简易注销", SIMPLE_CANCEL),        # (the 公司注销 notice; r85 QA)
])
def test_debts_told_in_the_first_message_lead_the_notice(real_store, text, said, item):
    candidates = [{"id": COMPANY_CANCEL, "name": "公司注销登记", "score": 0.57}]
    reply = answer(Turn(text=text, intent="out_of_scope", in_scope=True, linked_item=COMPANY_CANCEL, item=COMPANY_CANCEL,
                        candidates=candidates), real_store)
    assert said in reply.messages[0]["text"]
    assert reply.messages[1]["text"].startswith(f"【一次性告知】{real_store.item(item)['name']}")


def test_a_sole_proprietorship_with_debts_gets_what_it_must_do_and_no_companys_notice(real_store):
    """个人独资企业注销，外面还欠别人钱没还清 (r86 QA: 公司注销登记's notice, 清算组 and 股东会)."""
    candidates = [{"id": SIMPLE_CANCEL, "name": "企业简易注销登记", "score": 0.32}]
    reply = answer(Turn(text="个人独资企业注销，外面还欠别人钱没还清", intent="out_of_scope", in_scope=True,
                        linked_item=SIMPLE_CANCEL, item=SIMPLE_CANCEL, candidates=candidates), real_store)
    assert len(reply.messages) == 1 and "无限" in reply.messages[0]["text"] and reply.slots["service_item"] is None


def test_a_sole_proprietorship_shortened_is_no_company():
    """个独企业注销 …货款没付清 (r87 QA: 公司注销登记's notice)."""
    said, item = debts_answer(SIMPLE_CANCEL, "个独企业注销，公司还有几笔货款没付清，可以直接简易注销吗")
    assert item is None and "无限" in said
