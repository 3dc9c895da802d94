"""Messages that say someone is in danger now: 老人走丢了, 家里着火了, 孩子发高烧抽搐了, 我不想活了.
No service item helps there, and "不在范围，请拨打12345" delays a person in danger: they get
the emergency number first (110 police, 119 fire, 120 ambulance, 12356 psychological help),
before anything else. Plain Python; ``actions.answering`` and the agent workbench say it.
"""
from __future__ import annotations

import re
from typing import Optional

# (kind, what the message says, what to say): the first that matches is said
_DANGERS = (
    ("crisis", re.compile(r"不想活|活不下去|想死|自杀|轻生|寻死|了结自己|结束生命|跳楼|割腕"),
     "您现在的感受很重要，您不是一个人。请马上拨打心理援助热线12356（全国统一，24小时）倾诉求助；"
     "如果有立即的危险，请拨打110或120，或请身边的人陪着您。"),
    ("fire", re.compile(r"着火|起火|失火|火灾|冒烟了|煤气味|燃气味|天然气味|煤气泄漏|燃气泄漏|天然气泄漏"),
     "请立即拨打119。闻到燃气味的，不要开关电器、不要用明火，打开门窗，离开后在室外拨打119或燃气公司抢修电话。"),
    ("medical", re.compile(r"抽搐|昏迷|晕倒|不省人事|摔倒了?起不来|喘不上气|呼吸困难|胸口疼|心脏病犯了|中风了|大出血|出血不止"
                           r"|被狗咬|被猫咬|被蛇咬|中毒|误服|吃错药"),
     "请立即拨打120急救电话，或尽快到最近的医院急诊处理（被狗、猫咬伤的，尽快到狂犬病暴露预防处置门诊，越早越好）。"),
    ("police", re.compile(r"(?:人|孩子|小孩|老人|娃|儿子|女儿|闺女|我爸|我妈|爸爸|妈妈|父亲|母亲|爷爷|奶奶|外公|外婆|老伴|家人|老公|老婆)"
                          r"[^\W\d_]{0,3}?(?:走丢|走失)|找不到了?(?:人|孩子|老人|娃)"
                          r"|(?:孩子|老人|娃|我爸|我妈)(?:找不到了|不见了|丢了)"
                          r"|有人(?:在)?打我|被(?:人)?打了|挨打|家暴|被抢|抢劫|被绑|绑架|有人跟踪|被威胁|非法拘禁"),
     "请立即拨打110报警，说清楚您的位置和情况。"),
)


# what happened is over and a service is asked for it (家里失火了，房子全烧没了，能申请临时救助吗; 火灾后补办证件):
# the service, not the fire brigade
_AFTERMATH = re.compile(r"救助|补助|补贴|赔偿|理赔|保险|报销|补办|补领|证明|手续|材料|烧没了|烧光了|烧了以后|之后")


def danger_said(text: str) -> Optional[str]:
    """The kind of danger ``text`` says (crisis, fire, medical, police), else None; a fire or an
    illness told as over, with a service asked for it, is none."""
    text = text or ""
    kind = next((kind for kind, said, _ in _DANGERS if said.search(text)), None)
    if kind in ("fire", "medical") and _AFTERMATH.search(text):
        return None
    return kind


def danger_answer(kind: str) -> str:
    """What to say first to a message of ``danger_said``'s ``kind``."""
    return next(answer for k, _, answer in _DANGERS if k == kind)
