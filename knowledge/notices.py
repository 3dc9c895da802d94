"""An office's genuine notice quoted and asked about: is it real, is anything to be done.

12333发短信说我这个月养老金已经到账了，是正常的吧; 人社局短信通知我新社保卡已经寄出了 …这算诈骗吗: 资格认证's situations, a list
of 社保卡 items (r58, r59 QA). A notice that tells a result (paid, posted, done) and asks nothing of the citizen is how
offices write; the answer says so, how to check it, and what a scam asks for instead. A notice with a link, or asking for
a card number, a password or a transfer, is a scam (``knowledge.emergencies``), read before this.

Plain regular expressions, no Rasa.
"""
from __future__ import annotations

import re
from typing import Optional

# who sent it
_SENDER = re.compile(r"12333|12393|12329|12366|12345|人社|社保|医保|公积金|税务|民政|【[^】]{1,12}】|政务"
                     # ...or what it is of (手机提示养老金已到账2860元，这个正常吗: 资格认证 offered; r60 QA)
                     r"|养老金|养老保险|失业金|津贴|补贴|个税|个人所得税|退税")
# ...a text or a call
# (个税退税说已经退到卡上了 是真的假的: the 年度汇算's situations; r63 QA)
_A_NOTICE = re.compile(r"短信|信息|消息|通知|提醒|电话|来电|推送|提示|显示|说(?:已经|已)")
# ...telling a result
_A_RESULT = re.compile(r"到账|入账|已发放|发放到|发放的|已退库|已(?:经)?(?:寄出|邮寄|寄送|发出|制卡|制作完成)|寄出了|邮寄到|已办结|办结了|审核通过|已通过"
                       r"|缴费成功|扣费成功|扣款成功|认证成功|已认证|已(?:经)?到期|即将到期|已受理|受理成功|已(?:经)?生效|已(?:经)?停保"
                       r"|已(?:经)?转入|转移成功|已(?:经)?退(?:至|到|还|回)|退税(?:已|成功)")
# ...asked about: real? normal? anything to do?
_ASKED = re.compile(r"正常(?:吗|的吧|吧|不)|是(?:不是)?真的(?:吗|吧)?(?![^，,。？?！!；;\s])|真的假的|靠谱|可信|是(?:不是)?(?:诈骗|骗子|骗人)|算(?:不算)?诈骗|是骗|骗局|怕是诈骗"
                    r"|不用(?:做|管|办)(?:什么|啥)?(?:了)?吧|要(?:做|办)(?:什么|啥)(?:吗)?|要不要(?:管|回|处理|去)|需要(?:做|办)(?:什么|啥)"
                    r"|还要(?:去)?(?:做|办|激活)")
_CARD_POSTED = re.compile(r"社保卡|医保卡")
_ACTIVATION_ASKED = re.compile(r"激活|启用")
_POSTED = re.compile(r"寄出|邮寄|寄送|发出|快递|EMS|ems|制卡|制作完成")

GENUINE_NOTICE = ("这类通知本身是正常的：官方短信只告知办理结果，不带陌生链接，也不会让您回复银行卡号、密码、验证码或转账。想核实的话，"
                  "可以拨打发送单位的官方电话（社保12333、医保12393、公积金12329、税务12366）或在官方App、网站上查到账和办理记录。"
                  "凡是让您点链接、填卡号密码、转账的，都是诈骗，请拨打反诈专线96110。")
CARD_POSTED = "新社保卡收到后，要先启用（激活）才能使用：说“社保卡启用”，我把怎么启用一次告诉您。"


# a pension paid more or less than before, asked why (这个月养老金比上个月多了两百多块，正常吗; 退休金今天到了，怎么比上月多出来一截，
# 是调待遇了吗; 养老金这个月多发了一百多，正常不: "not in scope", 资格认证 on the hotline; r63 QA)
_PENSION = re.compile(r"养老金|退休金|退休工资|养老钱")
_AMOUNT_CHANGED = re.compile(r"比(?:上个?月|平时|平常|以前|往常|之前|原来|去年)[^，,。？?！!；;]{0,6}?(?:多|少|高|低)"
                             r"|多(?:了|发了|出来|出|给了|打了)|少(?:了|发了|给了|打了)|涨了|降了|变多|变少|减少了|增加了|调(?:整)?了")
_WHY_ASKED = re.compile(r"正常|怎么回事|咋回事|为(?:什么|啥)|怎么(?:会|比)|咋(?:会|比)|是(?:不是)?(?:涨|调|发错|多发|补发)|发错"
                        r"|调待遇|调整了?吗|要退(?:回)?吗|要不要退|会不会收回")
PENSION_CHANGED = ("养老金和平时不一样一般是正常的。多了，最常见的是每年的基本养老金调整：国家一般在年中公布当年的调整办法，各地调整后按月发放，并一次性补发当年"
                   "1月起的调整差额，所以补发那个月会多一些，之后每月比调整前略高；也可能是补发了以前少发的部分，或当地的高龄、取暖等"
                   "补贴一起发放。少了，常见的是上个月含补发、本月恢复正常，或资格认证没按时完成被暂停发放。每笔的明细可以在“掌上12333”"
                   "App、当地人社App或社保卡银行账户的流水里查，也可以拨打12333问。凡是说“多发了要退回”、让您转账或点链接的，都是诈骗，"
                   "请拨打反诈专线96110核实。")


def pension_changed_asked(text: str) -> bool:
    """Whether ``text`` asks why a pension paid came to more or less than before."""
    text = text or ""
    return bool(_PENSION.search(text) and _AMOUNT_CHANGED.search(text) and _WHY_ASKED.search(text))


def genuine_notice_answer(text: str) -> Optional[str]:
    """What to say to an office's notice of a result quoted and asked about (is it real, anything to do), or to a pension
    paid more or less than before asked about, else None."""
    text = text or ""
    if pension_changed_asked(text):
        return PENSION_CHANGED
    if _ACTIVATION_ASKED.search(text):
        return None   # (社保卡已邮寄到家 …我还要去激活吗: the activation's notice answers it)
    if not (_SENDER.search(text) and _A_NOTICE.search(text) and _A_RESULT.search(text) and _ASKED.search(text)):
        return None
    return GENUINE_NOTICE + (CARD_POSTED if _CARD_POSTED.search(text) and _POSTED.search(text) else "")
