"""A company's debts, told while its deregistration is in hand: with none (没有欠债, 债务都还清了) it may take the simple
procedure (企业简易注销: a 20-day public notice); with debts unpaid (还欠供应商十几万货款没还清) it may not, and goes through
liquidation (清算组, creditors told, a 45-day notice). r83, r84 QA: "好的。还有其他要办理的事项吗？" to 没有欠债 and the same
notice again to the debts. Plain Python, no Rasa.
"""
from __future__ import annotations

import re
from typing import Optional
from unicodedata import normalize

COMPANY_CANCEL, SIMPLE_CANCEL = "scjg.company.cancel", "scjg.company.simple_cancel"
NO_DEBTS, OWES = "none", "owes"

# debts not (yet) paid: 还欠…没还清, 还有债务, 欠着货款
_UNPAID = re.compile(r"(?:没|未|还没|没有)(?:还|结|付|清|偿)(?:清|完|上)?|还欠|欠着|欠了|拖欠|(?:有|还有)(?:一些|点|不少|一笔|几笔)?"
                     r"(?:债务|欠款|外债|负债|债)|资不抵债|还不上|还不起")
# none, or all paid: 没有欠债, 没欠钱, 无债务, 债务都还清了, 零负债
_NONE = re.compile(r"(?:没有|没|无|不)(?:任何|什么)?(?:欠|外债|债务|负债|欠款|债)|(?:债务|欠款|欠的钱|外债|货款|账|债)(?:也|都|全部|已经|早就|早)*"
                   r"(?:还清|结清|清偿|付清|还完|清了|结了)|零负债|无债一身轻")
_DEBT_WORD = re.compile(r"欠|债|负债|货款|账")
# debts found after the company is gone (简易注销后发现公司还欠着钱，股东要负责吗): no way to take, a liability asked
_AFTER_DEREGISTRATION = re.compile(r"注销(?:了)?(?:后|以后|之后|完|掉以后|掉之后)")


def debts_told(text: str) -> Optional[str]:
    """``OWES`` when ``text`` tells debts unpaid, ``NO_DEBTS`` when it tells none or all paid, else None."""
    text = normalize("NFKC", text or "")
    if not _DEBT_WORD.search(text) or _AFTER_DEREGISTRATION.search(text):
        return None
    if _UNPAID.search(_NONE.sub("", text)):
        return OWES
    return NO_DEBTS if _NONE.search(text) else None


SIMPLE_WAY = ("公司存续期间没有债务、或者债务已经全部清偿的，可以走企业简易注销：全体投资人书面承诺后，在国家企业信用信息公示系统公示20日，"
              "期间没有异议的即可申请注销，不用成立清算组，也不用公告45日。（有未结清的税款、社保费，股权被冻结、出质，或正被立案调查、"
              "强制执行等情形的不适用。）")
LIQUIDATION_WAY = ("公司还有没清偿的债务，就不能走简易注销，要按一般程序办：先成立清算组并向登记机关备案，通知已知债权人，并在国家企业信用信息"
                   "公示系统公告45日；清算期间用公司财产清偿债务（先付职工工资、社会保险费和法定补偿金，再缴清税款，然后清偿其他债务），"
                   "清算结束后凭清算报告申请注销登记。公司财产不足以清偿全部债务的，清算组应当向人民法院申请破产清算。")


# a sole proprietorship or partnership, no company (个人独资企业注销，外面还欠别人钱没还清: 公司注销登记's 清算组 and 股东会; r86
# QA): no item of the catalog closes one with debts
_NOT_A_COMPANY = re.compile(r"个人独资|独资企业|合伙企业|个独")   # (个独企业注销 …货款没付清: r87 QA)
NOT_A_COMPANY_OWES = ("个人独资企业、合伙企业还有没还清的债务的，不能走简易注销：要先清算，通知债权人并公告，清偿债务后再向登记机关申请"
                      "注销登记；投资人（合伙人）对企业债务承担无限（连带）责任，注销以后没还清的债务仍要继续偿还。这类注销的办事指南"
                      "我这里没有，请向当地市场监管部门登记窗口咨询，或拨打12345政务服务便民热线。")


def debts_answer(held: str, text: str) -> Optional[tuple]:
    """(what to say, the item it leads to or None) for debts told while ``held`` (a company's deregistration) is in hand,
    else None."""
    if held not in (COMPANY_CANCEL, SIMPLE_CANCEL):
        return None
    told = debts_told(text)
    if told == NO_DEBTS:
        return SIMPLE_WAY, SIMPLE_CANCEL
    if told == OWES:
        return (NOT_A_COMPANY_OWES, None) if _NOT_A_COMPANY.search(normalize("NFKC", text or "")) \
            else (LIQUIDATION_WAY, COMPANY_CANCEL)
    return None
