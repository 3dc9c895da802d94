"""Complaints about the government's own service: 我要投诉, 城西区户政大厅排队三个小时, 窗口的人态度太差了,
跑了三趟还没办下来. No service item answers them (劳动保障监察举报投诉 is for an employer's wrongs),
so they get where to complain: the 12345 hotline, which logs and forwards them, and the
政务服务"好差评" rating. Plain Python; ``actions.answering`` and the agent workbench decide when
to say it (not for a message the linker reads as an item: 公司拖欠工资我要投诉).
"""
from __future__ import annotations

import re
from typing import Optional

from knowledge.notice import HOTLINE

# a complaint or report asked about with nothing else said: 我要投诉, 怎么投诉, 投诉电话多少, 我要举报
_BARE = re.compile(r"^(?:我|我们)?(?:要|想|想要)?(?:怎么|如何|去哪|在哪|哪里|到哪)?(?:能|可以)?"
                   r"(?:投诉|举报|反映问题|提意见|差评|给差评)(?:一下)?(?:电话|热线|渠道|方式)?"
                   r"(?:是|打)?(?:多少|什么|哪个)?[吗呢啊呀吧]?$")
# who or where the government's service is: a complaint naming none of them (外卖骑手态度不好) is not one
# errands run again and again (跑了三趟): about the service, and a complaint of it
_ERRANDS = r"跑了(?:[二两三四五六七八九十几好多\d]+)(?:趟|次|回)"
_SERVICE = re.compile(r"大厅|窗口|工作人员|办事员|政务|服务中心|便民中心|派出所|你们|公务员|政府|街道办|办证|办事|办个证|办个事"
                      r"|" + _ERRANDS +
                      # (办理营业执照的网站一直打不开，很生气，要投诉: no complaint on the hotline; r90 QA) — its sites and apps
                      r"|(?:办理|办事|政务|申报|预约|办)[^\W\d_]{0,6}?(?:网站|系统|app|APP|小程序|平台)"
                      r"|(?:网站|系统|app|APP|小程序|平台)[^\W\d_]{0,4}?(?:打不开|进不去|登不上|登录不了|崩了|卡死|一直转|用不了)"
                      # (网上申请营业执照一直审核不通过，要投诉: no complaint on the hotline; r91 QA)
                      r"|(?:审核|审批)(?:一直|老是|总是)?(?:不通过|不给过|不批|没通过)|迟迟不批|网上(?:申请|提交|办理)"
                      r"|[^\W\d_]{1,6}(?:中心|局)(?:的人|的|那边|这边)?")   # 公积金中心的人, 不动产登记中心, 社保局
# an employer's wrongs (老板拖了三个月工钱，想向政府部门举报他): 劳动保障监察, not the government's service
_EMPLOYER = re.compile(r"老板|工钱|工资|欠薪|拖欠|包工头|厂里|用人单位|公司不|单位不|社保不给交")
# what makes it a complaint: the word itself, how they behaved, how long it took
_COMPLAINING = re.compile(r"投诉|举报|反映|差评|提意见|不满|态度(?:太|很|非常|特别|极其)?(?:差|恶劣|不好|蛮横|冷漠)|不耐烦|刁难|推诿"
                          r"|骂人|骂我|凶我|吼我|不理人|甩脸色"
                          r"|踢皮球|推来推去|不作为|乱收费|吃拿卡要|效率(?:太|很|特别)?低|太慢|慢死了|太烂|不满意|气死|说理|太过分"
                          r"|白跑|第[二三四五六七八九十几\d]次|没人回复|催办|少(?:跟我|给我)?(?:说|告知|讲)了?|不一致|管不管|没人管|没人理"
                          r"|" + _ERRANDS + r"|排(?:了)?(?:队)?(?:排了)?[一二两俩三四五六七八九十几半\d]+(?:个)?(?:多)?(?:小时|钟头)")

SERVICE_COMPLAINT = (
    f"很抱歉给您带来不便。对政务服务窗口、工作人员的态度、办事效率或办事中遇到的推诿刁难，请拨打{HOTLINE}政务服务便民热线"
    "（7×24小时）反映，热线会登记并转交责任部门，在规定时限内答复您；也可以在办事后通过政务服务“好差评”"
    "（窗口评价器、办事短信里的评价链接或政务服务网）给出评价并写明情况。"
)
WHICH_COMPLAINT = (
    f"请问您要投诉或反映什么问题？对政务服务窗口、工作人员的态度或办事效率的投诉，请拨打{HOTLINE}政务服务便民热线"
    "（7×24小时），或在办事后通过政务服务“好差评”评价。如果是单位拖欠工资、不签劳动合同、不缴社保等问题，"
    "可以向人力资源社会保障部门的劳动保障监察机构投诉，点选下方事项，我告诉您怎么办。"
)
EMPLOYER_COMPLAINT_ITEM = "renshe.jiancha.complaint"   # 劳动保障监察举报投诉: the one offered with WHICH_COMPLAINT
# the items for an employer's wrongs, which a complaint about a government service is not (窗口人员态度很差 listed 劳动保障监察
# first on the hotline; r26 QA)
EMPLOYER_ITEMS = (EMPLOYER_COMPLAINT_ITEM, "renshe.zhongcai.apply")


# how to rate a service (好差评在哪评, 怎么给个好评, 评价在哪里写): the 好差评 channels
_RATING = re.compile(r"好差评|(?:怎么|在哪|哪里|去哪|到哪|如何|咋)(?:里|儿)?(?:能|可以)?(?:给|打|写|做)?(?:个|一个)?(?:好评|差评|评价)"
                     r"|(?:好评|差评|评价)(?:在哪|怎么(?!样)|去哪|哪里|咋)")
# …unless a wrong of the service is told beside it (态度太差了 怎么给差评): a complaint, where it is made
_SERVICE_WRONG = re.compile(r"态度|排队|跑了|刁难|推诿|投诉|举报|乱收费|不作为")


# the assistant itself found wanting (你们这什么破系统 垃圾, 答非所问): an apology and how else to get help
_ASSISTANT_FAILED = re.compile(r"破系统|垃圾(?!分类|清运|处理|桶|站|费|回收|场|房|短信)|废物|智障|弱智|答非所问|听不懂人话"
                               r"|瞎回答|乱回答|胡说八道|什么玩意"
                               r"|(?:你|你们|系统|机器人|这系统|这玩意)(?:真|太|好|根本|一点|也太)?(?:没用|不行|差劲|烂)"
                               # (你们这个机器人怎么这么笨 我问了半天都不知道: "not in scope"; r16 QA)
                               r"|(?:机器人|系统|你|你们)[^，,。\s]{0,4}(?:笨|蠢|傻|不靠谱|不好用|没法用)"
                               r"|问了半天|说了半天|问了好几遍|白问|什么都不知道|啥都不知道|一问三不知")
# ...unless a place or person of the service is what it complains of (窗口的人态度差 垃圾: the service's)
_AN_ERRAND = re.compile(r"办个证|办证|办个事|办事|跑了?[二两三四五六七八九十好多\d]+(?:趟|次|回)")
_SERVICE_PLACE = re.compile(r"大厅|窗口|工作人员|办事员|派出所|服务中心|便民中心|[^\W\d_]{1,6}(?:中心|局)")


def complaint_kind(text: str) -> Optional[str]:
    """"rating" for how to rate a service (好差评在哪评, 怎么给好评), "assistant" for the assistant
    itself found wanting (破系统, 答非所问), "bare" for a complaint asked
    about with nothing else (我要投诉, 怎么投诉), "service" for
    one about the government's service (投诉城西区户政大厅排队三个小时, 你们窗口的人态度太差了, 跑了三趟
    还没办下来 你们到底管不管), "other" for one about something else (我要投诉外卖), else None."""
    core = re.sub(r"[\W_]+", "", text or "")
    if not core:
        return None
    if _RATING.search(core) and not _SERVICE_WRONG.search(core):
        return "rating"
    # (这破系统气死我了，办个证要跑三趟: the government's system and errands, not the assistant; r90 QA)
    if _ASSISTANT_FAILED.search(core) and not ((_SERVICE_PLACE.search(core) or _AN_ERRAND.search(core))
                                               and _COMPLAINING.search(core)):
        return "assistant"
    if _BARE.match(core):
        return "bare"
    if _SERVICE.search(core) and _COMPLAINING.search(core) and not _EMPLOYER.search(core):
        return "service"
    if _COMPLAINT_WORD.search(core) and not _EMPLOYER.search(core):
        return "other"   # 我要投诉外卖, 我要投诉医院: a complaint about something else than the government's service
    return None


# the words of a complaint or report of anything (我要投诉外卖): where such complaints go
_COMPLAINT_WORD = re.compile(r"(?:我要|我想|想要|要|想)?(?:投诉|举报)")
ASSISTANT_FAILED = ("很抱歉没能帮上您。您可以换个说法，直接告诉我要办的事，例如“身份证丢了怎么补办”“提取公积金要带什么”；"
                    f"也可以拨打{HOTLINE}政务服务便民热线（7×24小时），由人工为您解答。")
RATING = ("办完事后可以通过政务服务“好差评”评价：大厅窗口的评价器（或扫窗口的评价二维码）、办事完成后短信里的评价链接，"
          "或在政务服务网、政务服务App的办件记录里点“评价”；差评会转交责任部门核实整改并回访。"
          f"对服务有具体问题的，也可以拨打{HOTLINE}政务服务便民热线（7×24小时）反映。")
AGENT_RATING = ("可告知来电人：办事后可以通过窗口评价器、办事短信里的评价链接或政务服务网、App办件记录里的“好差评”评价；"
                "有具体问题的，我这边可以登记，转交责任部门处理。")
OTHER_COMPLAINT = (f"您要投诉或举报的问题，可以拨打{HOTLINE}政务服务便民热线（7×24小时）反映，热线会登记并转交主管部门"
                   "（如市场监管、卫生健康、住房城乡建设、交通运输等）办理，并在规定时限内答复您。")
AGENT_OTHER_COMPLAINT = "（请按投诉举报登记工单，转交主管部门。）可告知来电人：您反映的问题我已登记，会转交主管部门办理并在规定时限内答复您。"
# a complaint said outright (我要投诉, 太过分了): one even where the message names an item (在城西区政务中心办营业执照
# 窗口让我跑了三次 我要投诉 got 公司设立's situations)
_OUTRIGHT = re.compile(r"投诉|举报|不满|差评|说理|太过分|气死|推来推去|白跑")


# a private party complained of (房东不给租房合同，我能去哪里投诉: 房屋租赁登记备案's situations, read in scope; 2026-12-08)
_PRIVATE_PARTY = re.compile(r"房东|物业|中介|商家|卖家|外卖|快递|店家|商场|超市|饭店|餐馆|出租车|网约车|开发商|装修公司|培训机构")


def complains_of_others(text: str) -> bool:
    """Whether ``text`` complains of a private party (a landlord, a shop, a courier): where such complaints go, whatever item
    its words read."""
    return complaint_kind(text) == "other" and bool(_PRIVATE_PARTY.search(text or ""))


# an employer's wrong told with its complaint (公司一直没给员工缴社保，可以向哪个部门投诉): the labour inspection's item
_EMPLOYER_WRONG = re.compile(r"(?:公司|单位|厂|老板)[^\W\d_]{0,4}?(?:没|不)(?:有)?(?:给|帮)?(?:员工|职工|我们|我)?(?:交|缴)(?:纳)?(?:社保|社会保险|五险)")


def employer_wronged(text: str) -> bool:
    """Whether ``text`` tells an employer not paying its staff's social insurance."""
    return bool(_EMPLOYER_WRONG.search(text or ""))


def complains_outright(text: str) -> bool:
    """Whether a complaint about the service (``complaint_kind``) is said in so many words."""
    return complaint_kind(text) == "service" and bool(_OUTRIGHT.search(text or ""))


def complaint_answer(kind: str) -> str:
    """What to say to a complaint of ``kind`` (``complaint_kind``)."""
    return {"bare": WHICH_COMPLAINT, "other": OTHER_COMPLAINT, "rating": RATING,
            "assistant": ASSISTANT_FAILED}.get(kind, SERVICE_COMPLAINT)


# what a 12345 agent tells the caller (the caller is already on 12345: the agent logs the 工单)
AGENT_SERVICE_COMPLAINT = ("您反映的问题我这边已登记，会转交责任部门核实处理，并在规定时限内答复您。"
                           "办事后也可以通过政务服务“好差评”（窗口评价器、办事短信里的评价链接）给出评价。")
AGENT_WHICH_COMPLAINT = ("请问您要反映哪方面的问题？是政务服务窗口、工作人员的态度或办事效率，"
                         "还是单位拖欠工资、不签劳动合同、不缴社保等劳动保障问题？")


def complaint_script(kind: str) -> str:
    """What a hotline agent says to a complaint of ``kind``: the call itself is where it is made."""
    return {"bare": AGENT_WHICH_COMPLAINT, "other": AGENT_OTHER_COMPLAINT, "rating": AGENT_RATING,
            "assistant": AGENT_WHICH_COMPLAINT}.get(kind, AGENT_SERVICE_COMPLAINT)
