"""Questions about a point of a guide that none of its fields is named after.

要登报吗, 要体检吗, 利率多少, 有效期多久 after a notice ask about one thing (登报, 体检, 利率,
有效期), not about the materials, the fee or the time limit as a whole. The answer is what the
guide itself says about that thing, quoted sentence by sentence from its conditions, process,
fees, time limits, online entry, materials and FAQ answers; where the guide says nothing about
it, that is said plainly with whom to ask, instead of a field that only looks related (收费标准
for 要登报吗), with the conditions for a may-I question and the materials for a question whether
something is needed. ``actions.answering`` decides when a question is such a one (the aspect
classifier unsure, a ``POINT_WORDS`` word, 需要X吗). Plain Python over ``GuideStore``'s dicts.
"""
from __future__ import annotations

import re
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple
from unicodedata import normalize

from knowledge.asking import ASKING_ONLY, aspects_asked, asks_amount, asks_only, asks_yes_no
from knowledge.hours import hours_answer
from knowledge.notice import HOTLINE, time_limit_text, visits_text

# which account the money is paid to (钱打到哪张卡上: r35 QA; 钱打哪: out of scope; r40 QA)
ACCOUNT_ASKED = ("哪张卡", "哪个卡", "什么卡", "啥卡", "打到哪", "发到哪", "打哪", "发哪", "哪个账户", "什么账户", "哪个银行")
# taxes still owed (还有税没清完影响不, 还欠着税没报咋办: 清税 of 个体户注销; r36, r38 QA)
TAX_OWED = ("欠税", "欠着税", "欠了税", "税没报", "税没清", "税没交", "税没缴", "税还没")

# besides the words that only ask (knowledge.asking), words that carry no point of a guide
# in a question: particles, modal and frequency words
_ALSO_NOT_A_POINT = {
    "吗", "呢", "啊", "呀", "吧", "么", "嘛", "不", "没", "还", "也", "都", "就", "得", "着", "过", "下", "去",
    "来", "到", "在", "会", "用", "让", "把", "被", "跟", "和", "与", "或", "及", "多", "几", "少", "大概", "一般",
    "需不需要", "要不要", "需要", "必须", "一定", "还要", "是不是", "有没有", "可不可以", "能不能", "行不行",
    "好不好", "自己", "可以吗", "行吗", "好吗",
    "原件", "复印件",   # (二婚要带离婚证原件吗 asks about 离婚证, which the materials name without its form)
}
# 证 asks nothing in 证件怎么办, but is the point of 需要出生证明吗
_NOT_A_POINT = sorted((set(ASKING_ONLY) - {"证", "证件"}) | _ALSO_NOT_A_POINT, key=len, reverse=True)
_NOT_TEXT = re.compile(r"[\W_]+")
_SENTENCE_END = re.compile(r"(?<=[。！？])|\n")   # not at ；, often inside brackets
_STEP = re.compile(r"^\d+[.、．]\s*")
# 辞退的能领吗, 二婚能办吗, 外地户口可以申请吗: whether one may do or get it, which the conditions
# answer (能加急吗, 能邮寄吗 ask about the service, not about who may)
# (租房能取公积金吗, 能去窗口办社保卡吗: read as ask_online, they got the online entry only; r18 QA)
# (not where one may: 城西区哪里能办身份证补办 got the conditions and no place; r70 QA)
_MAY_I = re.compile(r"(?<!哪里)(?<!哪儿)(?<!在哪)(?<!去哪)(?<!哪)(?:能|可以|可不可以|允许|够格|符合)(?:不能)?(?:在(?:这|这里|这边|这儿|本地|当地|外地|本市))?"
                    r"(?:去|到)?(?:窗口|现场|大厅)?(?:办|领|申请|享受|提取|取|参保|登记|申领|报销|贷)"
                    r"|(?:办|领|申请|享受|提取|参保|登记|申领|报销|贷)(?:得了|不了|行不行|行吗)")
# the citizen's case told, asking what then: 我是自己辞职的呢, 如果我已经退休了呢 (not 那二手房呢)
_CASE_THEN = re.compile(r"^(?:那|那么)?(?:如果|要是|假如|万一)?(?:我|我们|俺|咱|他|她|我家|孩子)"
                        r"(?:是|已经|刚|才|只是|就是|属于)[^，,。？?！!]{1,12}?(?:的话)?呢[？?!！。~～]*$")
MOST_LINES = 3
# a point ending so names a document, looked for whole (出生证明, 无犯罪证明, 结婚证, 户口本)
_DOCUMENT_ENDS = ("证", "证明", "证书", "书", "表", "卡", "本", "簿", "照", "执照", "照片", "回执")
# (居民 of 居民委员会, another word for 村里: 居民身份证 quoted for 在村里交的那种; r41 QA)
_TOO_GENERAL = {"证明", "证书", "材料", "申请", "登记", "手续", "证件", "办理", "信息", "情况", "时候", "时间", "使用", "不会",
                "居民"}
# an age said or asked about (我70岁了, 今年78, 都85了, 年纪大了, 多大岁数) in a question whether one
# may or what holds at that age (还能换吗, 年龄有限制吗, 是长期的吗): the point is the guide's lines that
# set an age (年满70周岁, 未满16周岁, 46周岁以上的长期有效)
AGE = "年龄"
# (几岁以内能申请 of 残疾儿童康复救助: "没有完全理解", beside 0-6岁; r24 QA)
_AGE_SAID = re.compile(r"\d{1,3}\s*多?\s*(?:周岁|岁)|(?:今年|已经|都|才)\s*\d{2,3}(?![\d年月日号元块万个%])|年纪|岁数|年龄"
                       r"|几岁|多少岁|多大(?:的|了)?(?:孩子|小孩|人)?(?:以内|以下|以上|之前|前)?(?:能|可以)")
_MAY_AT_AGE = re.compile(r"能|可以|行不行|行吗|要求|限制|符合|够|是不是|长期|几年|[吗么呢][？?]*$")
# how long after an event one has to apply (生完多久之内要申请, 最晚什么时候去办): the guide's lines
# setting a period to apply in (出生后一个月内申报, 有效期满前90日内申请), not its time limit, which
# is how long the office takes once it has the application
DEADLINE = "申请期限"
# (出生了多久要去参保 after the 生育津贴 notice: only its time limit "即时办结"; r29 QA)
# (多少天之内要去 of 退役报到: "没有完全理解"; r44 QA)
_APPLY = r"(?:(?:去|来)?(?:申请|申报|申领|办理|办|报|上|登记|提出|提交|交|领|换|签注|提取|参保|备案|注销|认证)|去(?=$|[吗呢啊？?]))"
_DEADLINE_ASKED = re.compile(
    rf"(?:多久|多长时间|几天|几个月|多少天|多少个月)(?:之|以)?内(?:要|得|必须|需要|应该|应当)?{_APPLY}"
    rf"|(?:多久|多长时间|几天|几个月|多少天)(?:要|得|必须|应该|应当)(?:去)?{_APPLY}"   # 多久要申请 (not 多久能领)
    rf"|最晚|最迟|什么时候(?:之前|以前|前)(?:要|得|必须)?{_APPLY}|过了多久(?:就)?(?:不能|不给|不让)"
    r"|(?:到期|期满|过期)前多久|提前多久"
    # (几月份之前要弄完 of 个税汇算: "没有完全理解" while its situations were asked; r42 QA)
    r"|几月(?:份)?(?:几号)?(?:之前|以前|前|底前)|(?:哪天|几号)(?:之前|以前|前)"
    # a limit asked of itself (要去哪报到 有时间限制没: only the place came; r24 QA)
    r"|(?:有没有|有)(?:时间|期限)限制|有(?:没有)?(?:期限|时限)(?:要求)?(?:没|吗|不|么)|有时间要求(?:没|吗|不|么)"
    # how long ago, and may one still (出院半年了还能报吗, 已经过期三个月了还能换吗, 离职都半年了还能领吗)
    r"|(?:\d+|[一二三四五六七八九十两半几]+)(?:个)?(?:多)?(?:天|日|周|星期|月|年)(?:多)?了.{0,4}(?:还能|还可以|能不能|还让|还给)"
    # (过了一年还能申请吗, 超过30天还能报吗, 过了期限还能办吗 to 工伤认定's situations: "没有完全理解"; r54 QA)
    r"|(?:过了|超过|超了|过去)(?:\d+|[一二三四五六七八九十两半几]+)?(?:个)?(?:多)?(?:天|日|周|星期|月|年|期限|时限)(?:多)?(?:了)?"
    r".{0,3}(?:还能|还可以|能不能|还让|还给|还受理|还认)"
    # (生完孩子已经过了一年多了，生育津贴现在还能去申请吗; 被辞退三个月了 …还来得及不; 宝宝都满周岁了 …现在补领行不行: the notice
    # alone; r56 QA): how long ago, then, further on in the sentence, whether one still may
    r"|(?:(?:\d+|[一二三四五六七八九十两半几]+)(?:个)?(?:多)?(?:天|日|周|星期|礼拜|月|年)(?:多)?|满周岁|满月)(?:了|多了)"
    r"[^。？?！!]{0,18}?(?:还能|还可以|还让|还给|还来得及|来得及|还受理|还认|补(?:领|办|申请|交)?(?:行不行|可以吗|能行吗)|晚不晚"
    r"|会不会过期|还有效)"
    # (娃都满一岁了 …现在补申请还来得及不; 产假早休完了 …超过期限了是不是就没了; 高龄津贴过了生日几个月还能申请吗: the notice, or its
    # amount; r57 QA): a child's age reached, a deadline passed, or something passed before whether one still may
    r"|(?:娃|孩子|宝宝|小孩)(?:都|已经)?满?(?:\d+|[一二三四五六七八九十两几]+)(?:周)?岁(?:了|多了)[^。？?！!]{0,18}?"
    r"(?:还能|还可以|还来得及|来得及|补(?:领|办|申请|交)?(?:行不行|可以吗|能行吗))"
    r"|(?:超过|过了|错过|超了)(?:申请|申报|办理)?(?:期限|时限)"
    r"|(?:过了|错过)[^，,。？?！!]{1,8}?(?:还能|还可以|还来得及|来得及)(?:申请|申报|领|办|补)")
_WITHIN = re.compile(r"(?:\d+|[一二三四五六七八九十两半]+)(?:个)?(?:工作日|自然日|日|天|月|年|周)(?:之|以)?内"
                     r"|期满前|届满前|逾期|截止|截至|之日前")
_APPLYING = re.compile(r"申请|申报|申领|办理|登记|签注|提取|换证|报到|报名"   # (报到: 退役报到 30日内; r24 QA)
                       r"|完成(?:一次)?认证")   # (几月份前要认证完: 12个月内至少完成一次认证, not "没有写申请期限"; r44 QA)
# what the office does within a period, or a period counted from when it has the application
_OFFICE_DOING = re.compile(r"办结|作出|审核|审批|答复|(?<!暂停)(?<!恢复)(?<!停止)发放|到账|制证|制好|核发|颁发|公布|(?:内|日)出具|立案|内提供|联系申请人"
                           r"|(?:收到|接到|受理)[^，。；]{0,8}之日起")
NO_AGE = "{name}的办事指南中没有写年龄方面的要求，请对照它的办理条件：{conditions}"
NO_DEADLINE = ("{name}的办事指南中没有写申请期限（多久之内要申请）。指南写的办理时限是受理后办结所需的时间，"
               "不是申请期限：{time_limit}。")
_TIMES = re.compile(r"再次|每次|次数|多次|按月|按季|(?<![跑去来])(?:[一两二三四五六七八九十]|\d+)次(?!年|日|月)")
# points a guide says in other words: a deadline as a date (次年3月1日至6月30日), an age as a bound
POINT_PATTERNS = {"截止": re.compile(r"\d+月\d+日|截至|截止|每年\d+月"), "到期": re.compile(r"到期|期满|有效期"),
                  AGE: re.compile(r"\d+\s*(?:周岁|岁)|年龄|未成年"),
                  # how often (一年能取几次): 再次申请, 每次, 按月, a number of times, not 最多跑一次
                  **{often: _TIMES for often in ("几次", "次数")}}
# points no field of a guide is named after, which the aspect classifier reads as the closest
# field however sure it is (有效期多久 as 办理时限, 利率多少 as 收费): answered from the guide's
# sentences about them, or with "the guide does not say"
POINT_WORDS = ("在职证明", "收入证明", "有效期", "利率", "加急", "上门", "邮寄", "快递", "寄到", "寄回", "寄给", "登报", "异地", "跨省", "外地", "外省",
               "省外", "几个月", "多少个月",
               "二婚", "再婚", "离过婚", "离异", "几次", "次数", "年限", "期限", "截止", "逾期", "过期", "超期", "到期",
               # (我不会用手机 to 资格认证's situations: not understood, beside 不会使用手机的，可到社保窗口…; r16 QA)
               "不会用手机", "不会玩手机", "不会弄手机", "不会用智能手机", "没有智能手机", "不会上网",
               # (加名 要交税吗 got the materials; r16 QA)
               "交税", "缴税", "税费", "多少税", "什么税", "啥税", "哪些税",
               # how long one must pay in (那她要交满多少年社保才能领 after 退休申请: not understood; r37 QA)
               "交满多少年", "交够多少年", "交多少年", "缴满多少年", "交满几年", "交够几年", "交几年", "缴费年限",
               # taxes still owed (还有税没清完影响不 to 个体户注销's situations: 契税申报 offered; r36 QA)
               *TAX_OWED, "清税",
               # the document handed in (旧的护照会还我吗 after the 护照换发 notice got the whole notice again; r21 QA)
               "旧的", "旧证", "老证", "原来的", "刷卡", "一个月",
               # when the money starts (第一次领钱是什么时候 after 退休申请: "not in scope"; r17 QA)
               "开始发", "什么时候发", "啥时候发", "第一次领钱", "哪个月开始", "什么时候开始领", "啥时候开始领",
               # ...or may start (那她啥时候能领 after 高龄津贴 said 78 was below 80: 城乡居民养老 was answered; r18 QA)
               "啥时候能领", "什么时候能领", "几岁能领", "多大能领", "多大岁数能领",
               # which account the money is paid to (钱打到哪张卡上 after 退休申请: not understood; r35 QA)
               *ACCOUNT_ASKED)
# what citizens call a thing and what guides call it
_ANYWHERE = ("跨省", "全国通办", "全国范围", "全国任一", "异地通办", "省内通办")   # not 全国 alone (全国排污许可证管理信息平台), nor 一网通办
_PHOTO = ("证件照", "人像", "免冠")
# where those from elsewhere apply (持居住证的可在居住地申请: 外地户口行吗 got "没有写到"; r24 QA)
_HELD_HERE = ("持居住证", "居住证")   # (documents: a piece of a longer word, 居住 of 居住地, would find 在本市居住)
SAME_THING = {
    "户口本": ("户口簿", "户籍簿"), "异地": _ANYWHERE, "外地": ("异地",) + _ANYWHERE + _HELD_HERE, "有效期": ("有效期限", "每年签注"),
    **{away: ("外地", "异地") + _ANYWHERE for away in ("外省", "省外")},
    # (税率多少 after 首套 90平 of 契税: 3%至5% alone, not the 减按1% for a family's only home; r43 QA)
    "税率": ("减按",),
    "上门": ("入户",), "邮寄": ("寄递", "快递", "送达"), "照片": ("相片",) + _PHOTO, "相片": ("照片",) + _PHOTO,
    "相片回执": ("数码相片",), "结婚证": ("婚姻登记证",), "离婚证": ("婚姻登记证",), "房产证": ("不动产权证",),
    "驾照": ("驾驶证",), "挂失": ("报失",),
    # (要不要房东跟我一起去 after 居住证申领: the materials of 合法稳定就业; r36 QA)
    "房东": ("房主", "出租人", "租赁合同", "房屋所有权人"), "报失": ("挂失",), "拍照": ("照片", "相片") + _PHOTO,
    "发票": ("票据", "收据"), "收据": ("票据", "发票"),   # (住院医疗费用票据)
    "出生证明": ("出生医学证明",), "出生证": ("出生医学证明",),
    "医保卡": ("社会保障卡", "社保卡"),   # (the social security card is the medical insurance card)
    # (低保 村里能办吗: 委托村（居）委员会代为申请, which it said it did not say; r15 QA)
    **{village: ("村（居）", "村委会", "村民委员会", "村（社区）", "居委会", "居民委员会") for village in ("村里", "村委会", "村委", "居委会")},
    "当天": ("当场", "当日", "即时办结", "即办", "立等可取"),
    # a spouse as citizens say it (我老婆的能一起取吗 to 租房提取's situations: not understood; the conditions say
    # 可提取夫妻双方住房公积金; r26 QA)
    **{spouse: ("配偶", "夫妻") for spouse in ("老婆", "老公", "媳妇", "爱人", "丈夫", "妻子")},
    # (要去医院鉴定吗 鉴定要钱不 after 残疾人证: only the line against a 伤残鉴定; the guide says 残疾评定; r28 QA)
    "鉴定": ("评定",),
    # (可以刷卡不 after the 个税 notice: "not in scope", beside 手机银行、微信扫码缴税; r21 QA)
    **{card: ("刷卡", "银行卡", "扫码", "微信", "支付宝", "手机银行", "POS", "现金") for card in ("刷卡", "扫码", "微信支付", "支付宝")},
    # (听说要等一个月 是真的吗 after the 离婚 notice: "not in scope", beside 30日离婚冷静期; r21 QA)
    **{month: ("30日", "30天", "一个月", "1个月") for month in ("一个月", "1个月", "三十天", "30天")},
    **{years: ("最低缴费年限", "缴费年限", "累计缴费", "缴费满", "缴存满") for years in (
        "交满多少年", "交够多少年", "交多少年", "缴满多少年", "交满几年", "交够几年", "交几年", "缴费年限")},
    **{owed: ("清税", "税务", "纳税", "税款", "结清", "欠税") for owed in (*TAX_OWED, "清税")},
    **{tax: ("契税", "税费", "个人所得税", "增值税", "免征", "免税")
       for tax in ("交税", "缴税", "税费", "多少税", "什么税", "啥税", "哪些税")},   # (要交多少税 of 继承: the 登记费; r21 QA)
    **{start: ("次月", "起发放", "开始发", "按月发放", "发放到") for start in (
        "开始发", "什么时候发", "啥时候发", "第一次领钱", "哪个月开始", "什么时候开始领", "啥时候开始领")},
    **{may_start: ("年满", "周岁以上", "周岁", "次月", "起发放") for may_start in (
        "啥时候能领", "什么时候能领", "几岁能领", "多大能领", "多大岁数能领")},
    **{account: ("金融账户", "银行账户", "银行卡", "发放到", "发放至", "打入", "存入", "社会保障卡") for account in ACCOUNT_ASKED},
    # (结婚证 当年是在老家领的: not understood, beside 需跨机关调取婚姻登记档案 and 原登记机关…档案证明; r16 QA)
    "老家": ("跨机关", "原登记机关", "原婚姻登记", "户籍地", "户籍所在地", "异地") + _ANYWHERE,
    **{no_phone: ("不会使用手机", "不会使用智能", "不会用手机", "线下认证", "线下办理", "不会上网")
       for no_phone in ("不会用手机", "不会玩手机", "不会弄手机", "不会用智能手机", "没有智能手机", "不会上网")},
    **{sent: ("邮寄", "寄递", "快递", "送达") for sent in ("寄到", "寄回", "寄给")},
    **{old: ("原护照", "原证", "原驾驶证", "原身份证", "原行驶证", "原证件", "旧证", "收回", "退还", "剪角", "交回")
       for old in ("旧的", "旧证", "老证", "原来的")},
    # (坐公交免费吗 after the 优待证 notice: its 公共交通 line, not its fee; r22 QA)
    **{bus: ("公共交通", "公交", "乘车", "乘坐") for bus in ("坐公交", "公交", "坐车", "乘车", "坐地铁")},
    **{park: ("公园", "景区", "旅游", "文化场馆") for park in ("逛公园", "公园", "景区", "门票")},
    # (能加急不 to 台湾签注: "没有写到", one line after its time limit said 紧急申请随时办理; r20 QA)
    **{urgent: ("紧急", "急事急办", "加急", "加快") for urgent in ("加急", "急用", "着急", "快点办")},
    # (我老伴瘫痪在床 to the 低保 notice: 重病患者、重度残疾人…参照“单人户”; it quoted 工作人员入户调查; r19 QA)
    **{ill: ("重病", "重度残疾", "残疾人", "大病") for ill in ("瘫痪", "卧床", "瘫在床", "重病", "大病", "癌症")},
}

FOUND = "关于“{point}”，{name}的办事指南中写到："
ANYWHERE_YES = "可以异地办理。"
_ELSEWHERE_POINTS = ("异地", "跨省")   # (not 外地户口能办吗: whose household, not where it is done)
_NOT_HERE = re.compile(r"不能|不可|不支持|不予|暂未|暂不|须回|需回|应当回|只能在户籍")
NOT_LISTED = "申请材料中没有列出“{point}”。"
# what a point said by a fragment (能寄到家里吗: 寄到) is called in an answer
_LABEL = {"寄到": "邮寄", "寄回": "邮寄", "寄给": "邮寄", "几次": "次数",
          **{account: "发放账户" for account in ACCOUNT_ASKED}, **{old: "原证件" for old in ("旧的", "旧证", "老证", "原来的")},
          **{tax: "税费" for tax in ("多少税", "什么税", "啥税", "哪些税")},
          **{owed: "清税" for owed in TAX_OWED},
          **{years: "缴费年限" for years in ("交满多少年", "交够多少年", "交多少年", "缴满多少年", "交满几年", "交够几年", "交几年")}}
NOT_FOUND = "{name}的办事指南中没有写到这一点，我不能给您准确的答复。"
# (not "申请材料里也没有": 要离职证明吗 / 要完税证明吗 are listed in other words, 解除劳动关系证明, 完税凭证)
NOT_A_MATERIAL = "{name}的办事指南中没有直接写到这一点。它的申请材料有：{materials}。请对照其中有没有您问的材料（名称可能不同）。"
NOT_SAID_SO = "{name}的办事指南中没有直接写到这一点，请对照它的办理条件：{conditions}"
ASK_THE_OFFICE = "具体情况请向{place}咨询（电话：{phone}），或拨打{hotline}政务服务便民热线。"
ASK_THE_HOTLINE = "具体情况请向办理地点咨询，或拨打{hotline}政务服务便民热线。"

# questions of a guide's field that no aspect is named after (要跑几次, 依据是什么, 网址是多少): the field
# itself (they were "没有写到这一点": the words are in no sentence of the guide)
PURPOSE = "purpose"
# what a guide's sentence says a certificate or service gives (持证可按规定享受…优待, 可凭证…, 用于…)
_GIVES = re.compile(r"享受|可凭|凭证|持证|用于|可用于|作为…?凭证|待遇|补贴|优待|优惠|免费|减免")
BY_PHONE = "by_phone"
FIELD_ASKED = (
    ("visits_needed", re.compile(r"跑几[次趟回]|跑多少[次趟回]|去几[次趟回]|要跑(?:几|多少|很多)|跑一[次趟](?:就|能|可以|吗|行)"
                                 r"|最多跑|几次才能办|要去几"
                                 # (不用去现场吧 after the 社保卡补领 notice, 全程网办: "not in scope"; r42 QA)
                                 r"|(?:不用|要不要|需不需要|用不用|必须|非得|一定要|得)(?:本人)?(?:去|跑|到)(?:现场|窗口|大厅|一趟)"
                                 r"|(?:去|到)现场(?:吗|么|不|吧)|不(?:去|跑)现场")),
    ("legal_basis", re.compile(r"依据|法规|政策文件|哪条规定|根据什么规定|按什么规定|哪条法律|哪部法律")),
    ("online_entry", re.compile(r"网址|网站|链接|(?:网上|线上|网办|办理)入口|(?:哪个|什么|啥)(?:app|小程序|公众号|平台|网)")),
    ("hours", re.compile(r"中午|午休|午饭")),   # 中午休息吗: each office's midday break (knowledge.hours)
    # done by a phone call (打个电话能办不 of 居住证申领: the notice again, with the district asked; 挂失 打电话能挂不: "not
    # in scope"; r41, r42 QA)
    (BY_PHONE, re.compile(r"(?:打|通过|用|靠)(?:个|一个|一下|一通)?电话(?:就|里)?(?:能|可以|就能|就可以|能不能)?"
                          r"(?:办|申请|弄|挂|处理|搞定)|电话(?:能|可以|就能|里能)(?:办|申请|弄|挂)")),
    # what it is good for (优待证 有啥用: "not understood"; r19 QA): what the conditions say it gives
    (PURPOSE, re.compile(r"有啥用|有什么用|有何用|有啥好处|有什么好处|有啥作用|有什么作用|干嘛用|干啥用|做什么用|用来干|有用吗|用处")),
)
BY_PHONE_YES = "可以。{name}的办事指南中写到："
BY_PHONE_NO = "{name}不能只打个电话办理。{visits}"
BY_PHONE_ONLINE = "不用跑的，可以网上办：{entry}。"
BY_PHONE_ASK = "电话可以咨询：{phones}。"
_PHONE_LINE = re.compile(r"电话|12333|12329|12366|热线")
_BY_PHONE_DONE = re.compile(r"电话[^。；;，,]{0,12}?(?:挂失|办理|申请|预约|申报|受理)|(?:挂失|办理|申请|受理)[^。；;，,]{0,6}?电话|按语音提示")
FIELD_ANSWERS = {"visits_needed": "{name}：{visits}。", "legal_basis": "{name}的办理依据：{value}",
                 "online_entry": "{name}的网上办理入口：{value}"}
NOT_ONLINE = "{name}暂不支持网上办理（{visits}）。"


def field_asked(text: str) -> Optional[str]:
    """The guide field (``FIELD_ASKED``) ``text`` asks for, else None."""
    lowered = (text or "").lower()
    return next((field for field, words in FIELD_ASKED if words.search(lowered)), None)


# said alone after a notice, these ask the field too (有什么法律规定, 法律依据是啥: the linker read 法律援助申请;
# 复印几份 / 要带原件吗: which materials as copies, how many: was "好的。还有其他要办理的事项吗")
COPIES = "copies"
_FIELD_ONLY = (("legal_basis", re.compile(r"法律规定|法律法规|有什么规定|有哪些规定|什么政策|政策依据|法律依据")),
               (COPIES, re.compile(r"复印件?|影印件?|原件|几份|多少份")))
_FIELD_FILLERS = ("法律", "政策", "有", "什么", "哪些", "啥", "这个", "那个", "这", "那", "的", "是", "呢", "吗", "请问",
                  "一下", "具体", "相关", "办理", "看看", "给我", "说说", "讲讲")


def field_asked_alone(text: str) -> Optional[str]:
    """The field (``FIELD_ASKED``) ``text`` asks for and nothing else (法律依据是啥, 有什么法律规定, 网址是多少), else None."""
    lowered = (text or "").lower()
    for field, words in FIELD_ASKED + _FIELD_ONLY:
        if words.search(lowered) and asks_only(words.sub(" ", lowered), _FIELD_FILLERS):
            return field
    return None


def field_answer(field: str, item: Dict[str, Any], points: Sequence[Dict[str, Any]], text: str = "",
                 materials: Sequence[Dict[str, Any]] = ()) -> str:
    """What the guide's ``field`` says (``text``: the question, for the hours; ``materials``: the
    ones the copies are asked of); where it says nothing, so, with whom to ask."""
    name, value = item["name"], str(item.get(field) or "").strip()
    if field == COPIES:
        return copies_answer(name, materials)
    if field == "hours":
        return hours_answer(item, list(points), text)
    if field == "visits_needed":
        return FIELD_ANSWERS[field].format(name=name, visits=visits_text(item))
    if field == BY_PHONE:
        return _by_phone(item, points)
    if field == PURPOSE:
        sentences = re.split(r"(?<=[。；;])|\n", item.get("conditions") or "")
        gives = [x.strip() for x in sentences if x.strip() and _GIVES.search(x)]
        if gives:
            return "\n".join([FOUND.format(point="用处", name=name)] + [f"· {x}" for x in gives[:MOST_LINES]])
    if value:
        return FIELD_ANSWERS[field].format(name=name, value=value)
    if field == "online_entry":
        return NOT_ONLINE.format(name=name, visits=visits_text(item))
    return "\n".join([NOT_FOUND.format(name=name), ask_whom(points)])


def _by_phone(item: Dict[str, Any], points: Sequence[Dict[str, Any]]) -> str:
    """Whether ``item`` is done by a phone call: its lines saying so (12333电话按语音提示挂失), else no, with how it is
    done instead (online, or the visits) and the phones to ask."""
    name = item["name"]
    said = [line.strip() for field in ("online_entry", "process") for line in re.split(r"[；;\n]|(?<=。)", item.get(field) or "")
            if line.strip() and _BY_PHONE_DONE.search(line)]
    if said:
        return "\n".join([BY_PHONE_YES.format(name=name)] + [f"· {line}" for line in said[:MOST_LINES]])
    entry = str(item.get("online_entry") or "").strip()
    phones = "、".join(dict.fromkeys(f"{p['place']} {p['phone']}" for p in points if p.get("phone")))
    return (BY_PHONE_NO.format(name=name, visits=BY_PHONE_ONLINE.format(entry=entry) if entry
                               else visits_text(item) + "。")
            + (BY_PHONE_ASK.format(phones=phones) if phones else ""))


COPIES_NONE = "{name}的申请材料都不需要复印件，带以下材料即可："
COPIES_SOME = "{name}的申请材料中，要带复印件的是："
COPIES_REST = "其余的带原件即可：{names}。"


def copies_answer(name: str, materials: Sequence[Dict[str, Any]]) -> str:
    """Which of ``materials`` are to be brought as copies and how many, the rest as originals."""
    def line(material: Dict[str, Any]) -> str:
        return f"· {material['name']}" + _as_listed(material, ("form", "copies"))

    copied = [m for m in materials if "复印" in str(m.get("form") or "")]
    if not copied:
        return "\n".join([COPIES_NONE.format(name=name)] + [line(m) for m in materials])
    rest = "、".join(m["name"] for m in materials if m not in copied)
    return "\n".join([COPIES_SOME.format(name=name)] + [line(m) for m in copied]
                     + ([COPIES_REST.format(names=rest)] if rest else []))


# how long a document stays valid, in everyday words (换了能管多少年, 能用几年): its 有效期
_VALIDITY = re.compile(r"(?:能|可以)?(?:管|用)(?:多少|几)年|有效(?:多少|几)年|(?:多少|几)年有效|多久有效|有效多久")


_ISSUES = re.compile(r"(?:开|出具|出)(?:个|张|份|一个|一张|一份)?(?=证明|说明|在职证明|收入证明)")


def question_points(text: str, names: Iterable[str], name: str = "") -> List[str]:
    """The runs of a question left once the item's names and aliases and the words that
    only ask are taken out: 结婚登记要登报吗 → [登报]; runs of one character are dropped, a
    ``POINT_WORDS`` word is a point of its own (能领几个月 → [几个月]), and a run inside the
    item's official ``name`` is none (公积金 of 购买自住住房提取住房公积金; 体检, only in an
    alias of 健康证, stays)."""
    # (社区开证明: who issues it and the paper, two points, not one run; r40 QA)
    text = _ISSUES.sub(" ", _NOT_TEXT.sub(" ", _VALIDITY.sub(" 有效期 ", text or "")))
    for called in sorted({n for n in names if n}, key=len, reverse=True):
        text = text.replace(called, " ")
    points, run, i = [], "", 0

    def end_run() -> None:
        if len(run) >= 2:
            points.append(run)

    while i < len(text):
        word = next((w for w in POINT_WORDS if text.startswith(w, i)), None)
        if word:
            end_run()
            points.append(word)
            run, i = "", i + len(word)
            continue
        # (个 of 个体户 is no measure word: 关于“体户” was quoted back; r63, r65 QA)
        word = " " if text[i] == " " else next((w for w in _NOT_A_POINT if text.startswith(w, i)
                                                and not (w == "个" and text.startswith("个体", i))), None)
        if word:
            end_run()
            run, i = "", i + len(word)
        else:
            run, i = run + text[i], i + 1
    end_run()
    # a bare number (520那天开门不, 我60多岁了) is no point: a guide's "20周岁" or "60日" says nothing of it
    # (a point word stays: 有效期 after 机动车驾驶证有效期满换证 asks the guide's lines on the period)
    return [p for p in points if not (name and p in name and p not in POINT_WORDS) and not p.isdigit()]


def points_of(text: str, item: Dict[str, Any]) -> List[str]:
    """``question_points`` of ``text`` about ``item`` (its name and aliases taken out)."""
    return question_points(text, [item.get("name"), *(item.get("aliases") or [])], item.get("name") or "")


def has_point(text: str, item: Dict[str, Any]) -> bool:
    """Whether ``text`` asks about a point of its own (``specific_answer`` has an answer)."""
    return asks_about_age(text) or asks_deadline(text) or field_asked(text) is not None or bool(points_of(text, item))


def asks_deadline(text: str) -> bool:
    """Whether ``text`` asks by when one has to apply (生完多久之内要申请, 最晚什么时候办)."""
    return bool(_DEADLINE_ASKED.search(normalize("NFKC", text or "")))


_FILING_PERIOD = re.compile(r"(?:申报|申请|报名)期限|\d{1,2}月\d{1,2}日至\d{1,2}月\d{1,2}日")


def deadline_lines(item: Dict[str, Any], lines: Sequence[str]) -> List[str]:
    """The ``lines`` of a guide that set a period to apply in (婴儿应在出生后一个月内申报), not
    what the office does within one (5个工作日内提供, 10日内核发) nor its time limits."""
    limits = {item.get("legal_time_limit"), item.get("committed_time_limit")}
    # (a time limit that is the period to file in: 个税汇算's 次年3月1日至6月30日内办理（法定申报期限）, which the answer
    # to 几月份之前要弄完 called no period to apply in; r42 QA)
    filing = [limit for limit in limits if limit and _FILING_PERIOD.search(limit)]
    return filing + [line for line in lines if line not in limits and _WITHIN.search(line) and _APPLYING.search(line)
                     and not _OFFICE_DOING.search(line)]


def asks_about_age(text: str) -> bool:
    """Whether ``text`` says or asks an age in a question whether one may (我70岁了还能换吗,
    多大年龄可以办, 我爸都85了还能领吗): the guide's lines setting an age answer it; not a
    question of a field or an amount (孩子3岁要带户口本吗, 今年65岁能领多少)."""
    text = normalize("NFKC", text or "")
    return bool(_AGE_SAID.search(text)) and bool(_MAY_AT_AGE.search(text)) \
        and not aspects_asked(text) and not asks_amount(text)


def asks_if_may(text: str) -> bool:
    """Whether ``text`` asks whether one may do or get the item (新生儿能办吗, 辞退的能领吗), or
    tells the citizen's case and asks what then (我是自己辞职的呢, 要是他已经退休了呢)."""
    return bool(_MAY_I.search(text or "") or _CASE_THEN.match(normalize("NFKC", text or "").strip()))


def names_point_word(text: str) -> bool:
    """Whether ``text`` asks about a point no guide field is named after (``POINT_WORDS``, or by
    when one has to apply), or a field no aspect is named after (``FIELD_ASKED``: 要跑几次, 依据是什么)."""
    return any(word in (text or "") for word in POINT_WORDS) or bool(_VALIDITY.search(text or "")) \
        or asks_deadline(text) or field_asked(text) is not None


def guide_lines(item: Dict[str, Any], materials: Sequence[Dict[str, Any]], faqs: Sequence[Dict[str, Any]],
                faqs_first: bool = False) -> List[str]:
    """A guide's sentences, as it gives them: conditions, process (steps without their
    numbers), fee, time limits, online entry, each material with its note, FAQ answers (with ``faqs_first``,
    before the materials: a question whether one may is answered by an FAQ's sentence, not a document's name)."""
    lines: List[str] = []

    def add(text: Optional[str]) -> None:
        for sentence in _SENTENCE_END.split(text or ""):
            sentence = _STEP.sub("", sentence.strip())
            if sentence and sentence not in lines:
                lines.append(sentence)

    for field in ("conditions", "process", "fee", "legal_time_limit", "committed_time_limit", "online_entry"):
        add(item.get(field))
    for faq in faqs if faqs_first else ():
        add(faq.get("answer"))
    for material in materials:
        lines.append(material["name"] + (f"（{material['note']}）" if material.get("note") else ""))
    for faq in () if faqs_first else faqs:
        add(faq.get("answer"))
    return lines


def _pieces(point: str) -> List[str]:
    """``point``, then its parts of two characters or more, longest first (按指纹 → 指纹)."""
    return [point[start:start + size] for size in range(len(point), 1, -1) for start in range(len(point) - size + 1)]


def _spread(point: str) -> "re.Pattern":
    """``point``'s characters in order, a few apart (出生证明 in 《出生医学证明》)."""
    return re.compile(".{0,3}".join(map(re.escape, point)))


# asking when (啥时候报名, 几月份交), and a line that gives a date or a month (一般6月网上报名, 每年9月1日至12月31日)
_WHEN_ASKED = re.compile(r"啥时候|什么时候|几月|哪个月|几号|哪天|什么时间")
# (啥时候办 of 转学: "没有写到", beside 原则上在学期初或学期末办理; r45 QA)
_DATE = re.compile(r"\d+月|[一二三四五六七八九十]+月|\d+日|每年|学期初|学期末|开学前|开学后|寒假|暑假|每学期|年初|年底|年末")
_WHEN_APPLYING = re.compile(r"申请|报名|登记|受理|申报|招生|办理")
# characters that lead a point without being part of it (先挂失: 挂失)
_LEADING_WORDS = "先再也还都就才又要想能会去来把被给跟和与在是有没不这那哪"
SAME_LINE = 0.65  # the share of a line's pairs of characters an earlier line has, for it to say nothing new
SAME_LINE_LONGEST_APART = 20   # characters: shorter lines (a material and its note) are each kept


def distinct(lines: Sequence[str]) -> List[str]:
    """``lines`` without those that an earlier one says nearly word for word (户口簿 不再需要: the conditions, then an FAQ
    answer saying the same in other order, were both quoted; r20 QA)."""
    kept: List[Tuple[str, set]] = []
    for line in lines:
        pairs = {line[i:i + 2] for i in range(len(line) - 1)}
        if len(line) < SAME_LINE_LONGEST_APART \
                or not any(len(pairs & seen) >= SAME_LINE * len(pairs) for _, seen in kept):
            kept.append((line, pairs))
    return [line for line, _ in kept]


# a word inside a word of another sense, which names no such point (我没工作: not 工作人员 入户调查, 30个工作日; r19 QA)
_OTHER_SENSE = {"工作": re.compile(r"工作(?:人员|日|时间|单位)")}
_NO_OTHER_SENSE = re.compile(r"(?!)")


def lines_about(points: Sequence[str], lines: Sequence[str],
                names: Sequence[str] = ()) -> Optional[Tuple[str, List[str]]]:
    """The first point that some lines name, with those lines; else the first point whose
    characters some lines have in order, a few apart; else the first point with a part that
    some lines name, longest parts first, leaving out parts of the item's names (领结婚 is no
    question about 结婚 in a guide of 结婚登记) and parts too general (证明 of 出生证明)."""
    for point in points:
        naming = [line for line in lines if point in _OTHER_SENSE.get(point, _NO_OTHER_SENSE).sub("", line)]
        if naming:
            return point, distinct(naming)
    for point in points:   # 出生证明 in 《出生医学证明》: its characters in order, a few apart
        if len(point) >= 3:
            spread = _spread(point)
            naming = [line for line in lines if spread.search(line)]
            if naming:
                return point, naming
    parted = [(point, p) for point in points if not point.endswith(_DOCUMENT_ENDS) for p in _pieces(point)[1:]]
    for point, piece in parted:
        if piece not in _TOO_GENERAL and not any(piece in name for name in names if name):
            naming = [line for line in lines if piece in line]
            if naming:
                return point, naming
    return None


_FORMULA = re.compile(r"^[^=＝]{2,20}[=＝](?P<terms>[^。；;，,]+)")
_FORMULA_TERM = re.compile(r"[^×xX*＊+＋\-－÷/（）()\d%％.。\s]{2,}")


def with_formulas_explained(naming: Sequence[str], lines: Sequence[str]) -> List[str]:
    """``naming``, each formula among them (每月缴费额=缴费基数×缴费比例) followed by the lines of ``lines`` that name
    its terms, where their values are (灵活就业 每月交多少 got the formula alone; r55 QA)."""
    out: List[str] = []
    for line in naming:
        out.append(line)
        formula = _FORMULA.match(line)
        terms = _FORMULA_TERM.findall(formula.group("terms")) if formula else []
        out += [other for other in lines if other not in out and other not in naming and other != line
                and any(term in other for term in terms)]
    return out


def _called_so(point: str) -> List[str]:
    """The ``SAME_THING`` words in ``point``, none inside another (相片回执, not 相片 too)."""
    keys = [key for key in SAME_THING if key in point]
    return [key for key in keys if not any(key != other and key in other for other in keys)]


def specific_answer(text: str, item: Dict[str, Any], materials: Sequence[Dict[str, Any]],
                    faqs: Sequence[Dict[str, Any]], points: Sequence[Dict[str, Any]],
                    needed: bool = False) -> Optional[str]:
    """What the guide says about the point ``text`` asks, or that it says nothing about it
    (and, for a question whether something is ``needed``, what materials it does need);
    None when the question has no point of its own (要多久吗, 在哪办)."""
    if (field := field_asked(text)) is not None:   # 要跑几次, 依据是什么, 网址是多少: the field itself
        return field_answer(field, item, points, text)
    by_age = asks_about_age(text)
    name = item["name"]
    # (夫妻俩都有公积金能一起贷吗: the FAQ's 夫妻双方均缴存的可合并计算 before 借款人夫妻双方居民身份证; r23 QA)
    lines = guide_lines(item, materials, faqs, faqs_first=not needed and (asks_if_may(text) or asks_yes_no(text)))
    if not by_age and asks_deadline(text):
        if naming := deadline_lines(item, lines):
            return "\n".join([FOUND.format(point=DEADLINE, name=name)] + [f"· {line}" for line in naming[:MOST_LINES]])
        return "\n".join([NO_DEADLINE.format(name=name, time_limit=time_limit_text(item)), ask_whom(points)])
    asked = [AGE] if by_age else points_of(text, item)   # 孩子才3岁能办吗: the age, not 孩子
    if not by_age and _WHEN_ASKED.search(text or ""):   # (啥时候报名: 报名 too, not only 时候报名, which no line names; r42 QA)
        asked += [point for point in points_of(_WHEN_ASKED.sub("，", text), item) if point not in asked]
    if not asked:
        return None
    # 外地户口能办吗 asks about 外地, not 户口; 二婚要带离婚证吗 about 二婚, then 离婚证 (a document asked)
    asked = ([p for p in asked if p in POINT_WORDS] + [p for p in asked if p not in POINT_WORDS and p.endswith(_DOCUMENT_ENDS)]
             if any(p in POINT_WORDS for p in asked) else asked)
    called = {point: _called_so(point) for point in asked}   # 先挂失: 挂失, which the guide calls 报失
    asked_as = {same: key for point in asked for key in called[point] for same in SAME_THING[key] if same not in asked}
    # each point asked with what the guide may call it instead (外地: 异地, 全国通办 …)
    words_of = {point: [point, *(same for key in called[point] for same in SAME_THING[key] if same in asked_as)]
                for point in asked}
    asked = [word for point in asked for word in words_of[point]]
    # (not the aliases: they are phrasings of questions)
    found = None if by_age else lines_about(asked, lines, [name])
    if not found:
        found = next(((point, naming) for point in asked if point in POINT_PATTERNS
                      for naming in [[line for line in lines if POINT_PATTERNS[point].search(line)]] if naming), None)
    if not found and _WHEN_ASKED.search(text or "") and (dated := [line for line in lines if _DATE.search(line)
                                                                   and _WHEN_APPLYING.search(line)]):
        # 啥时候报名 of 随迁子女入学, whose guide says 一般5月至6月申请: "没有写到这一点" (r42 QA)
        found = ("报名时间" if "报名" in text else "申请时间", dated)
    if found:
        point, naming = found
        same = next((words for words in words_of.values() if point in words), [point])
        if len(same) > 1 and any(point in line for line in naming):
            # every line naming it in any of those words, in the guide's order (能在外地办吗: the
            # conditions' 全国通办 before a time limit's 异地申请20日)
            naming = [line for line in lines if any(word in line for word in same)]
        said = asked_as.get(point, point)
        said = _LABEL.get(said, said)   # 寄到: 邮寄
        spread = _spread(point)
        if point not in POINT_WORDS and point not in asked_as and not any(spread.search(line) for line in naming):
            # found by a part: 离婚协议里孩子归谁, 登记证书找 are called by it (not 出生证明, found spread in
            # 《出生医学证明》, nor what the guide calls 外地 or 有效期, nor a point word: 几个月)
            said = next((p for p in _pieces(point) if p not in _TOO_GENERAL and any(p in line for line in naming)), said)
            if len(point) - len(said) == 1 and point.endswith(said) and point[0] not in _LEADING_WORDS:
                said = point   # (三力测试, found by 力测试: said as asked, not by a piece that is no word; r21 QA)
        head = FOUND.format(point=said, name=name)
        if said in _ELSEWHERE_POINTS and asks_yes_no(text) and any(
                word in line and not _NOT_HERE.search(line) for line in naming for word in _ANYWHERE):
            head = ANYWHERE_YES + head   # 能异地办吗: 可以 first, the lines after (r21, r23 QA)
        listed = [m["name"] + (f"（{m['note']}）" if m.get("note") else "") for m in materials]
        # a document asked whether needed that the materials list by a longer name (要带死亡证明原件吗:
        # 死亡医学证明书): that material first
        as_listed = [_material_line(m) for m, line in zip(materials, listed)
                     if _spread(said).search(line) and line not in naming] if needed else []
        naming = as_listed[:1] + naming
        # 要照片吗 (a document, not a step such as 体检) that the materials do not list: said so
        unlisted = needed and materials and said.endswith(_DOCUMENT_ENDS) and not as_listed and not set(listed) & set(naming)
        if _WHEN_ASKED.search(text or ""):   # 啥时候报名: the lines with a date by it first (一般6月网上报名; r21 QA)
            word, date = re.escape(said), f"(?:{_DATE.pattern})"
            near = re.compile(f"{date}[^。；;]{{0,6}}{word}|{word}[^。；;]{{0,6}}{date}")
            naming = sorted(naming, key=lambda line: (not near.search(line), not _DATE.search(line)))
        naming = with_formulas_explained(naming, lines)
        return "\n".join([head] + [f"· {line}" for line in distinct(naming)[:MOST_LINES]]
                          + ([NOT_LISTED.format(point=said)] if unlisted else []))
    if by_age and item.get("conditions"):
        parts = [NO_AGE.format(name=name, conditions=item["conditions"])]
    elif asks_if_may(text) and item.get("conditions"):   # 辞退的能领吗: 非因本人意愿中断就业
        parts = [NOT_SAID_SO.format(name=name, conditions=item["conditions"])]
    elif needed and materials:   # 要照片吗: what it does need
        parts = [NOT_A_MATERIAL.format(name=name, materials="、".join(m["name"] for m in materials))]
    else:
        parts = [NOT_FOUND.format(name=name)]
    return "\n".join(parts + [ask_whom(points)])


def _material_line(material: Dict[str, Any]) -> str:
    """A material as the materials list says it: 死亡医学证明书（原件，1份）."""
    return "申请材料：" + material["name"] + _as_listed(material, ("form", "copies", "note"))


def _as_listed(material: Dict[str, Any], keys: Sequence[str]) -> str:
    """The ``keys`` of a material the guide gives, in brackets as the materials list says them (（原件，1份）), or ""."""
    said = [str(material[key]) + ("份" if key == "copies" else "") for key in keys if material.get(key)]
    return f"（{'，'.join(said)}）" if said else ""


def ask_whom(points: Sequence[Dict[str, Any]]) -> str:
    """Whom to ask what the guide does not say: the one office with a phone, else the hotline."""
    phones = {(p.get("place"), p.get("phone")) for p in points if p.get("phone")}
    if len(phones) == 1:
        place, phone = phones.pop()
        return ASK_THE_OFFICE.format(place=place, phone=phone, hotline=HOTLINE)
    return ASK_THE_HOTLINE.format(hotline=HOTLINE)


def point_answer(store, item_id: str, text: str, points: Optional[List[Dict[str, Any]]] = None,
                 needed: bool = False) -> Optional[str]:
    """``specific_answer`` read from a ``GuideStore``: what the guide of ``item_id`` says of
    the point ``text`` asks (the materials of all its situations looked at), or that it says
    nothing of it, with whom to ask (``points``: where it is handled, by default everywhere);
    None: no point asked."""
    points = store.service_points(item_id) if points is None else points
    return specific_answer(text, store.item(item_id), store.all_materials(item_id), store.faqs(item_id), points, needed)
