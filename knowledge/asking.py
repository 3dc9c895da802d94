"""The words that ask how, where, when or how much without saying which service item.

The item linker strips them to tell "身份证怎么办" (a term shared by several items, nothing
more) from a precise question, and to see that "怎么申请" names no item at all; the topics
(``knowledge.topics``) strip them to see that "公积金怎么办" names nothing but 公积金.
Plain Python.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Dict, List, Optional, Tuple
from unicodedata import normalize

_NOT_CONTENT = re.compile(r"[\W_]+")
# the days citizens ask an office's hours by (周末能办吗, 星期天开门不)
DAYS = ("周末", "周六", "周日", "星期六", "星期天", "星期日", "礼拜六", "礼拜天")
# ...and the holidays (节假日能办吗, 国庆上班吗)
# hours of the night (晚上能火化吗): each office's hours answer them
NIGHT = r"晚上|夜里|夜间|半夜|凌晨|下班(?:以)?后|24小时"
# ...asked of, not the nights one lies awake (唉每天晚上都睡不着 after a long story: the 公积金 windows' hours; r50 QA)
NIGHT_ASKED = r"(?<!每天)(?<!天天)(?:" + NIGHT + r")(?![^，,。？?！!\s]{0,3}?(?:睡|失眠|哭|做梦|想))"
HOLIDAYS = ("节假日", "法定假日", "放假", "假期", "过年", "春节", "国庆", "五一", "劳动节", "元旦", "清明", "端午", "中秋")

# Words that ask how, where or what without saying which item (stripped when deciding
# whether a message names only a term shared by several items, as in 身份证怎么办).
FILLERS = sorted([
    "怎么办理", "如何办理", "怎么办", "怎么弄", "怎么搞", "咋办", "咋弄", "咋整", "怎么", "如何",
    "办理", "去哪办", "在哪办", "哪里办", "要什么材料", "需要什么材料", "要带什么", "需要什么",
    "要什么", "什么材料", "材料", "流程", "手续", "请问", "你好", "我想", "我要", "想", "要",
    "办", "吗", "呢", "啊", "呀", "的", "了", "一下", "我", "问",
    # the same, as people type them: 结婚证要带啥 names no more than 结婚证要带什么
    "要带啥", "带啥", "带什么", "要啥", "啥材料", "啥", "咋",
    # 公积金提取需要哪些材料 names no more than 提取公积金要带什么
    "需要", "哪些",
    # …nor 居住证到底要带什么 more than 居住证要带什么 (which asks 申领 or 签注; r12 QA: 签注 alone)
    "到底", "究竟",
    # the days and hours asked of an item (护照周末能办吗 names no more than 护照)
    *DAYS, "上班", "开门",
], key=len, reverse=True)

# ...and the words that ask, in general, how, where, when, how long or how much: a message of
# nothing but these (怎么申请, 怎么处理, 多少钱, 去哪里办理) names no item, however many items
# have 申请 or 处理 in their names
ASKING_ONLY = sorted(set(FILLERS) | {
    "申请", "处理", "申报", "办手续", "多少钱", "收费", "收不收费", "要钱", "多久", "多长时间", "几天",
    "什么时候", "时间", "在哪里", "在哪儿", "在哪", "去哪里", "去哪儿", "去哪", "哪里", "哪儿", "地点", "地址",
    "可以", "能不能", "能", "不能", "什么", "怎样", "怎么样", "准备", "东西", "需", "带", "给", "有",
    "这个", "那个", "这", "那", "个", "事情", "事", "些", "哪些", "网上", "线上", "现场", "窗口", "预约",
    "本人", "亲自", "代办", "进度", "查询", "是", "你们", "您", "你", "们", "吧", "哦", "嗯", "证件", "证",
    "拿到", "领到", "办好", "下来", "到手", "多长", "好久", "多少", "几",   # 要多少钱，多久能拿到
    "好多天", "拿得到", "领得到", "办得好", "要得",   # (要得 好多天拿得到: how many days, in Sichuan; r35 QA)
    # the other aspects asked in a word (条件 after the 护照 items named 公租房 and 药店 by 条件)
    "条件", "资格", "要求", "电话", "联系方式", "费用", "时限", "期限",
    "热线", "号码", "联系电话", "咨询",   # 公积金热线多少, 户口咨询电话 name no item (the topic's numbers)
    "手机上", "手机里", "手机", "app上", "app", "小程序上", "小程序",   # 手机上咋弄 (was 义务教育入学 …)
    # asking to hear of it (公积金的事想问下: the greeting again; r48 QA)
    "问下", "问问", "打听", "打听下", "了解", "了解下", "咨询下", "说说", "讲讲",
}, key=lambda words: (-len(words), words))


def asks_only(text: str, also: Tuple[str, ...] = ()) -> bool:
    """Whether ``text`` is nothing but asking words (``ASKING_ONLY``, and the words of
    ``also``) and punctuation: whether it splits into them whole. (Removing them one by one
    depended on which of two overlapping words went first: 去哪里办理 lost 哪里办 and kept 去…理.)"""
    text = _NOT_CONTENT.sub("", text or "")
    by_first = _by_first_char(also)
    reachable = [True] + [False] * len(text)   # reachable[i]: text[:i] splits into asking words
    for start in range(len(text)):
        if reachable[start]:
            for words in by_first.get(text[start], ()):
                if text.startswith(words, start):
                    reachable[start + len(words)] = True
    return reachable[-1]


@lru_cache(maxsize=8)
def _by_first_char(also: Tuple[str, ...]) -> Dict[str, Tuple[str, ...]]:
    """``ASKING_ONLY`` and ``also`` by first character, built once for each ``also``."""
    index: Dict[str, Tuple[str, ...]] = {}
    for words in (*ASKING_ONLY, *also):
        index[words[0]] = index.get(words[0], ()) + (words,)
    return index


# dialect words citizens type for the common ones (几多钱: 多少钱); bot.text.normalise maps them
# the same way for the NLU
# (寻不着, 找不着: 找不到; 身份证寻不着了 was 换领 at 0.60, r14 QA)
# (Cantonese, each as long as what it stands for, as bot.text.normalise keeps a message's length: 户口本要唔要 pulled a
# 结婚登记 conversation to 户口 items, 星期六开唔开门 too; r20 QA)
DIALECT = (("几多", "多少"), ("好多钱", "多少钱"), ("寻不着", "找不到"), ("找不着", "找不到"), ("寻不到", "找不到"),
           ("几个钱", "多少钱"),   # (一个月大概能领几个钱: r43 QA)
           ("寻不见", "找不到"), ("唔见咗", "不见了"), ("唔见了", "不见了"),   # (Cantonese: 身份证唔见咗, r15 QA)
           ("要唔要", "要不要"), ("开唔开", "开不开"), ("使唔使", "用不用"), ("係唔係", "是不是"), ("系唔系", "是不是"),
           ("得唔得", "行不行"), ("可唔可以", "可不可以"), ("咩嘢", "什么"), ("乜嘢", "什么"), ("点样", "怎样"),
           ("点算", "咋办"), ("喺度", "在这"), ("边度", "哪里"), ("冇", "没"), ("嘅", "的"), ("佢", "他"), ("咗", "了"),
           ("攞", "拿"), ("睇", "看"), ("唔", "不"))


def common_words(text: str) -> str:
    """``text`` with ``DIALECT`` words in their common form."""
    text = text or ""
    for said, common in DIALECT:
        text = text.replace(said, common)
    return text


# How much one gets (能提多少, 一个月能领多少, 能贷多少, 额度是多少), not how much one pays
# (要多少钱, 交多少): the verb of receiving right before 多少, or an amount word. 补办身份证
# 多少钱 has 补 too, but not right before 多少.
_RECEIVED = re.compile(
    r"(提取|提|取|领取|领|贷款|贷|借|补贴|补助|补|报销|报|发放|发|给|退还|退|返还|返|拿|到手|到账|赔偿|赔)了?(的)?"
    r"(多少|几万|几千|几百)"
    r"|额度|限额|提取额|提取总额|"
    r"(补贴|补助|津贴|救助|待遇|保险金|抚恤金|养老金|育儿补贴|低保)(每个?月|一个月|每年)?的?(标准|金额)"
    r"|(每个?月|一个月)的?(标准|金额)"
    # money one gets named (有安置费吗 of 退役报到 was its fee, 不收费; r26 QA)
    r"|安置费|安家费|补偿金|补助金|经济补助|一次性补助|抚恤金|丧葬费|退役金"
    # whether there is money to get (自己开店创业 政府有补贴钱吗: "不收费。"; r27 QA)
    r"|(?:有|给|发)(?:没有)?(?:啥|什么)?(?:补贴|补助|津贴|奖励|补偿)(?:钱)?(?:吗|么|没|不|呢)")
_PAID = re.compile(r"(交|缴|付|花|收)(了)?(多少|几)|手续费|工本费|收费")


# how much a time (每个月多少钱, 一年多少) or a deduction (扣多少, 能抵扣多少): of an item that gives amounts
# (失业金, 高龄津贴, 专项附加扣除), how much one gets; of others, what one pays
_PER_TIME_OR_DEDUCTED = re.compile(r"(每个?月|一个月|每年|一年|每季度|每次|每人)(能|可以|大概|大约)?(领|发|拿|补|给|有)?(多少|几)"
                                   r"|(抵扣|扣除|扣|减免|抵)(多少|几)")


def asks_amount(text: str, gives_amounts: bool = False) -> bool:
    """Whether ``text`` asks how much money one receives (can withdraw, borrow, is paid out),
    which the fee (what one pays) does not answer: 公积金能提多少 is not 收费吗. With
    ``gives_amounts`` (the item's guide gives amounts one gets), also how much a month or a
    year, or how much is deducted (每个月多少钱 of 失业金 was its fee, 不收费)."""
    text = common_words(text)
    if _PAID.search(text):
        return False
    return bool(_RECEIVED.search(text)) or (gives_amounts and bool(_PER_TIME_OR_DEDUCTED.search(text)))


WAITING = r"多久才能|多长时间才能|满多久|住满|等多久|几年才能|多少年才能|几个月才能" \
    r"|(?:领|发|拿|享受)(?:多久|多长时间|几年|几个月)" \
    r"|(?:离职|辞职|离开单位|封存|停缴|断缴)(?:了|后|以后|之后)?(?:多久|多长时间|几个月)(?:才|就)?(?:能|可以)"
# 能领多久: how long one is paid, which the conditions say; 离职了多久能取: how long one waits after an event (封存满6个月;
# it got the 3-day time limit, which read like a yes; r24 QA)


# getting it the same day (今天去办今天能拿吗 after the 社保卡补领 notice: "not in scope"; r21 QA): the time limit, said as
# surely as by 要多久
# (今天去今天能改好不: "not in scope"; r36 QA)
# (今天去了能当场拿吗, 能当场拿到不, 现场能拿吗: the guide's lines, no yes or no; r38 QA)
GOT_AT_ONCE = re.compile(r"(?:今天|当天|当场|马上|现场|立马|立刻)(?:就)?(?:能|可以)(?:拿|领|取|办好|办完|改好|弄好|办下来|下来|出来)"
                         r"|(?:能|可以)(?:当场|当天|现场|立马|马上)(?:就)?(?:拿|领|取|办好|办完|出证)|立等可取(?:吗|不|么)")


# The words that ask for one aspect of a guide, as citizens type them (with dialect: 几多钱),
# in the order their answers are given when a message asks several (在哪里办、多少钱).
# a kind of place named, asking whether it is one to go to (能不能在银行办: the online entry; r31 QA), not a way online
# nor where one's household is (能在外地办吗)
KIND_OF_PLACE = re.compile(r"(?:能|可以|能不能|可不可以)(?:在|去|到)(?!网上|线上|手机|微信|支付宝|APP|app|家|这|那|外地|异地|外省|省外"
                           r"|老家|本地|当地|户籍地|居住地)[^，,。？?！!\s]{1,6}?(?:办|补|领|申请|交)(?:吗|不|么|嘛)?$")


ASPECT_WORDS = (
    # (在哪里交材料 asks the place; 现在去派出所要拿啥 got a line on 派出所, 要准备啥 nothing; r24 QA)
    ("materials", re.compile(r"(?<![交递送])材料|要带|带什么|带啥|带哪些|(?:要|得|需要)(?:拿|准备|备)(?:些)?(?:啥|什么|哪些)"
                             r"|(?:拿|准备)(?:些)?(?:啥|什么|哪些)(?:东西|证件)")),
    # how long one must wait or have lived, paid … before one may (离职多久才能取, 要住满多久): a condition
    # (not a name's 资格: 我想一起办退休和领养老金资格认证 got both items' conditions; r54 QA)
    # (收入要求是多少 after 公租房's notice: its fee, 收入 read as 收费; r68 QA)
    ("conditions", re.compile(r"条件|资格(?!认证|审核|认定|确认|证|审查)|(?:收入|资产|存款|财产|住房面积|人均)(?:的)?(?:要求|标准|限制|上限|线)"
                              r"|" + WAITING)),
    ("process", re.compile(r"流程|步骤")),
    # (每个月交多少: what one pays in; r16 QA)
    # (免费 asked, not a benefit told: 坐公交免费 咋办 asked how to get the 老年人优待证; r20 QA)
    # (坐公交免费吗 about the 优待证: what it gives, not its fee; r22 QA)
    # (坐公交不要钱 beside 老年优待证 咋办: what it gives, the fee alone answered; r45 QA)
    ("fee", re.compile(r"多少钱|几钱|收费|收不收|(?<![交车铁票园区])(?<!交不)(?<!车不)(?<!铁不)(?<!票不)(?<!园不)(?<!区不)要钱|要不要钱|工本费|(?<![交车园铁票病馆])免费(?:吗|么|不|嘛|的吗|的吧|吧|办)"
                       r"|免不免费|是不是免费|(?<![交车园铁票病馆])免费的?[？?]"
                       r"|交钱|花钱|付钱|收钱|掏钱|贵不贵|贵吗|钱[吗么嘛]|(?:交|缴)多少")),   # not 费用: 住院费用报销 (收钱不: r38 QA)
    # (要好久: how long, in the south-west; not 好久没…)
    # (能马上拿到不 after the 社保卡补领 notice got its online entry; r20 QA)
    # (好多天拿得到: how many days, in Sichuan; r35 QA; not 等了好多天了)
    # (a few days told, not asked: 出去玩几天，看病医保备案咋弄 got the time limit alone; r73 QA)
    ("time_limit", re.compile(r"多久|多长时间|(?<![玩住差待呆去休请游过了])几天|多少天|几个工作日|时限|(?:要|得|需要)好久|好久(?:能|才能|可以|办好|下来)"
                              r"|(?:要|得|需要)?好多天(?:才|能|才能|可以)?(?:拿|领|取|办好|下来|出来)"
                              r"|马上(?:就)?(?:能|可以)?(?:拿|领|取|办好|下来)|" + GOT_AT_ONCE.pattern)),
    # asked, not told (我在网上申请了护照, 多久能下来 asks the time only)
    # (在手机上咋填 of 专项附加扣除: the notice again; r43 QA)
    # (用手机能认证不 of 资格认证: the whole notice again; r44 QA)
    ("online", re.compile(r"(?:网上|线上|在线|手机上|app上?|小程序上?)(?:咋|怎么)(?:填|报)"
                          r"|用手机(?:就)?(?:能|可以|能不能)?(?:办|弄|认证|申请|交|填|报)(?:吗|不|么|嘛)"
                          r"|(?:网上|线上|在线|手机上|app上?|小程序上?)(?:能|可以|可不可以|能不能|咋|怎么)?(?:办|弄|申请|预约)"
                          r"(?:吗|么|不|理吗)|(?:能|可以|可不可以|能不能)(?:在)?(?:网上|线上|在线|手机上)")),
    # someone else going, or the citizen unable to (卖方人在外地来不了, 我能帮她补吗)
    ("proxy", re.compile(r"代办|代领|代为|代交|委托|替[他她我]|帮[他她](?!们)|(?:别人|家属|家里人|亲戚|其他人)(?:去|能|可以|帮)"
                         # (我朋友帮我处理行不行: not understood, r14 QA)
                         r"|(?:朋友|同事|家人|亲戚|老婆|老公|媳妇|儿子|女儿|闺女|孩子|老伴)(?:能|可以)?(?:帮|替|代)(?:我|俺)"
                         r"|(?:来|去|到场|回来|过来)不了|回不来|(?:不能|无法)(?:到场|亲自)"
                         # (我妈85了，走不动路 after 我想给我妈补办身份证: "没有完全理解"; r68 QA)
                         # (not a case told for the conditions: 我老伴瘫痪在床 家里没收入 能不能申请低保)
                         r"|走不动(?:路|道)?|腿脚不(?:好|便|利索|方便)|下不了床|出不了门"
                         # someone sent instead: 让老婆去办, 叫儿子去, 让朋友帮忙办
                         # who has to be there (要两个人都到场吗, 必须本人去吗, 双方都得来吗)
                         r"|(?:两个人|两人|俩人|双方|夫妻|两口子|都|一起|一块儿?|本人|亲自)(?:都)?(?:要|得|必须|需要)?"
                         r"(?:到场|在场|出面|去吗|来吗|到吗)"   # (非得两口子一块去吗: out of scope; r44 QA)
                         # the employer applying (是不是必须公司去办 of 生育津贴: "没有写到这一点"; r43 QA)
                         r"|(?:公司|单位|老板)(?:去|来|帮我?|代|给我)(?:办|申请|报|申报|交)"
                         # (他俩年纪大了 要亲自过来吗: the age condition quoted; r42 QA)
                         r"|(?:本人|亲自)(?:都)?(?:要|得|必须|需要)?(?:过来|跑一趟|来一趟|去一趟)"
                         # (是不是必须本人去 while 身份证补领's situations were asked: "没有完全理解"; r30 QA)
                         r"|(?:是不是|是否|一定|必须|非得|只能)(?:要|得|必须)?(?:本人|自己|亲自)(?:去|来|到场|办)"
                         # someone else of the family to come too (我还有个姐姐 她要去吗 to 继承's situations; r17 QA)
                         r"|(?:他|她|他们|她们|其他人|别的人|家里人|兄弟姐妹|[哥姐弟妹]{1,2})(?:也|都)(?:要|得|必须|需要)(?:去|来|到场|在场)"
                         r"|(?:他|她|他们|她们)(?:要|得|必须|需要)(?:去|来|到场|在场)(?:吗|么|不)"
                         r"|(?:让|叫|请|找|托)(?:我|俺)?(?:老婆|老公|爱人|媳妇|丈夫|妻子|儿子|女儿|孩子|闺女|家人|家里人|亲戚|朋友"
                         r"|同事|别人|其他人|父母|爸|妈|他|她|哥|姐|弟|妹|哥哥|姐姐|弟弟|妹妹"
                         # (刚才那个低保 能让村里帮忙递吗: the notice again; r48 QA)
                         r"|村里|村委会|村委|居委会|社区|村干部|网格员|街道)"
                         # (我让我哥拿我身份证去帮我取行不行: the 身份证 line of its materials; r48 QA)
                         r"(?:[^，,。？?！!\s]{0,8}?(?:帮|替|代)(?:我|俺)|去|来|帮|代)"
                         # (朋友借我车开的 能他去处理吗: out of scope; r38 QA)
                         r"|(?:能|可以|可不可以)(?:让)?(?:他|她|朋友|家人|别人)(?:自己)?(?:去|来)(?:处理|办|弄|领|交)")),
    # ...and the doors (开门不, 几点关门) and a date (520那天, 5月20号能领证吗)
    # (晚上能火化吗 还是要等第二天: "好的。" and the situations again; r27 QA)
    # (not a shop closing down: 我们小店月底就关门了 …个体户营业执照要怎么注销 got its hours; r57 QA; 我们公司要关门注销: r85 QA)
    # (not when a trip is: 国庆去云南旅游，要是在那边生病住院医保能用吗 got the holiday hours; r74 QA)
    ("hours", re.compile("(?:" + "|".join(DAYS + HOLIDAYS) + r")(?!(?:期间|的时候|那几天|假期|放假)?(?:要)?(?:去|回|出去|出门|旅游|出差"
                         r"|玩|探亲|在外|外出))|双休|开门|(?<![店铺厂馆司])(?<!店铺)(?:就|要)?(?<![店铺厂馆司]要)(?<![店铺厂馆司]就)关门(?!了(?![吗没么])|大吉|歇业|不干|注销|倒闭|不做)"
                         r"|几点(?:开|上班|下班)|\d{1,2}月\d{1,2}[日号]|中午|午休"
                         r"|" + NIGHT_ASKED + r"|七夕|情人节|^520|520(?:那天|当天|能|可以)")),
    # (村里办还是镇上办, 社区办还是街道办: which office, not online)
    # (城东区有没有地方办 after the 驾驶证换证 notice: its conditions; r51 QA)
    ("place", re.compile(r"在哪|去哪|哪里办|哪儿办|地点|地址|哪个窗口|有没有(?:地方|网点|窗口|办理点)|哪(?:里|儿)?有(?:地方|网点|窗口)"
                         # (高新区有窗口吗 after a notice: "not in scope"; r77 QA)
                         r"|有(?:办(?:理)?的地方|(?:办(?:理)?的)?(?:窗口|网点|办理点|大厅|分中心))(?:吗|么|嘛|没|不)"
                         r"|(?:村|社区|镇|乡|街道|区|市|县)(?:里|上|上面)?(?:办|去)还是|" + KIND_OF_PLACE.pattern)),
)


# the words that ask for an aspect (how long, how much, where, online, which days), as removed
# from a message to see whether anything but an item is left (公积金提取要多久 names no more
# than 公积金提取)
ASPECT_ASKING = sorted([
    "多长时间", "多少钱", "收不收费", "要不要钱", "多久", "几天", "多少天", "收费", "要钱", "费用", "免费",
    "网上", "线上", "在线", "手机上", "在哪里", "在哪儿", "在哪", "去哪里", "去哪儿", "去哪", "哪里", "哪儿",
    "地点", "地址", *HOLIDAYS, "能", "可以", "不", "拿到", "领到", "办好", "下来", "到手", "多少", "几",
    # who has to come (公积金提取要本人去吗, 能找人代办不)
    "本人", "亲自", "到场", "到现场", "代办", "代领", "委托", "找人", "别人",
], key=len, reverse=True)


# an aspect asked in one word (网上, 委托), which ``ASPECT_WORDS`` want in a phrase (网上能办吗, 能委托吗)
LONE_ASPECT_WORDS = {
    "online": ("网上", "线上", "在线", "网办", "网上办", "网上办理", "线上办", "线上办理", "手机上", "手机办", "掌上办",
               "预约", "网上预约", "手机上咋弄", "手机上怎么弄", "手机上怎么办", "手机上咋办"),
    "proxy": ("委托", "代办", "代领", "代理", "委托办理"),
    # the office's phone, address and hours (电话 after the notice was "好的。还有其他要办理的事项吗")
    "place": ("电话", "联系电话", "电话多少", "电话号码", "地址", "地点", "办公时间", "上班时间", "几点上班", "几点下班", "时间",
              "周末", "周六", "周日", "星期六", "星期天", "节假日"),
    "time_limit": ("时限", "办理时限", "多久"),
    "materials": ("原件", "复印件", "要带的", "带啥"),
    "progress": ("进度", "办理进度", "查进度"),
    "fee": ("费用", "收费", "工本费"),
}
_LONE_END = re.compile(r"[呢吗么嘛啊呀?？!！。.~～\s]+$")


def lone_aspect(text: str) -> Optional[str]:
    """The aspect of ``LONE_ASPECT_WORDS`` that ``text`` is one word of (网上 → online), else None."""
    word = _LONE_END.sub("", common_words(text or "").strip().lower())
    return next((aspect for aspect, words in LONE_ASPECT_WORDS.items() for said in (word, _LONE_START.sub("", word))
                 if said in words), None)


# (在手机上咋弄 after the 异地转诊 notice: "not in scope"; r26 QA)
_LONE_START = re.compile(r"^(?:那|那么|请问|在|能在|可以在|能不能在)+")


# where or how without going there (不用去的话在哪弄, 不去现场怎么办理): online
_NOT_GOING = re.compile(r"不(?:用|去|想|能|方便)(?:去)?(?:现场|窗口|大厅)?(?:的话)?[，,\s]*(?:在哪|去哪|怎么|咋)(?:弄|办|申请|操作)")


# a few days away told with the place (临时去深圳几天，异地就医咋备案: the time limit alone; r77 QA): no time limit asked
_DAYS_AWAY = re.compile(r"(?:去|到|回|在)[\u4e00-\u9fff]{1,4}?(?:待|住|玩|呆|出差|旅游|探亲)?(?:个)?几天(?![能才就可])")


def aspects_asked(text: str) -> List[str]:
    """The aspects (``ASPECT_WORDS``) that ``text`` asks for by their words, in answer order:
    ["fee", "place"] for 在哪里办、多少钱. How much one gets (``asks_amount``) is not a fee."""
    text = _DAYS_AWAY.sub(" ", common_words(text).lower())
    found = [aspect for aspect, words in ASPECT_WORDS if words.search(text)]
    if re.search(WAITING, text):
        found = [a for a in found if a != "time_limit"]   # 多久 of waiting, not of the office
    if _NOT_GOING.search(text):   # (不用去的话在哪弄 after 可以全程网上办理: the offices; r46 QA)
        found = ["online"] + [a for a in found if a not in ("online", "place")]
    if "proxy" in found and _HOW_TO_APPLY.search(text) and not _PROXY_WORDS.search(_UNABLE_TO_GO.sub(" ", text)):
        # one unable to go who asks how to apply (俺娘想办个残疾证，她腿脚不利索，咋申请: only who may apply for her; r89 QA): the
        # whole guide, her state told as her case
        found = [a for a in found if a != "proxy"]
    return [a for a in found if a != "fee"] if asks_amount(text) else found


# unable to go oneself, and asking how to apply (``aspects_asked``)
_UNABLE_TO_GO = re.compile(r"走不动(?:路|道)?|腿脚不(?:好|便|利索|方便)|下不了床|出不了门")
_HOW_TO_APPLY = re.compile(r"(?:咋|怎么|怎样|如何)(?:申请|办理|申领|弄|整|办(?!法))|咋办(?!法)")
_PROXY_WORDS = dict(ASPECT_WORDS)["proxy"]


# a question put for a yes or a no (收费吗, 能在手机上弄吗, 要不要钱, 可以网上办不): its answer starts with the yes or the no
_YES_NO = re.compile(r"(?:吗|(?<![什怎多那这要])么|嘛|不|没|没有|不行|行不行|行不|可以不|中不|成不|是吧|对吧)[？?。!！~～\s]*$"
                     r"|能不能|可不可以|可以不可以|是不是|要不要|收不收|用不用|需不需要|有没有|行不行")


def asks_yes_no(text: str) -> bool:
    """Whether ``text`` is put as a question to be answered yes or no (not 要多少钱, 在哪办)."""
    return bool(_YES_NO.search(normalize("NFKC", common_words(text or "")).strip()))


# whether what was told is all (就这些吗, 材料就这几样？, 还要带别的吗, 只要这些就够了吧, 那还要别的吗 after a notice: 再见 and "not in
# scope"; r50 QA): the list is complete, not a goodbye (就这些 alone, 就这些了 谢谢, is one)
_ALL_TOLD = re.compile(r"^(?:那|那么|所以)?(?:材料|东西|资料|证件)?(?:就|只|只要|只需要|就要|就带)?(?:这些|这几样|这几个|这几项|这么多|上面这些|上面的)"
                       r"(?:材料|东西)?(?:就)?(?:够了|够|可以了|行了|齐了|全了|就行)?(?:(?:吗|么|嘛|吧|是吧|对吧|了吗|没有|没)[？?。!！~～\s]*|[？?]+)$"
                       r"|^(?:那|那么)?(?:还|另外还?)(?:要|需要|得|用)(?:带|准备|交|提交|拿)?(?:别的|其他|其它|啥别的|什么别的)(?:材料|东西|资料|证件)?"
                       r"(?:吗|么|嘛|不|没有|没|了吗)[？?。!！~～\s]*$"
                       r"|^(?:材料|东西|资料)(?:都)?(?:全|齐|够)了?(?:吗|么|嘛|没有|没)[？?。!！~～\s]*$")


def asks_if_all_told(text: str) -> bool:
    """Whether ``text`` asks whether what was listed is all there is to bring (就这些吗, 还要带别的吗), in each of its
    clauses (就这些？还要带别的不; r54 QA)."""
    clauses = [c for c in _ALL_TOLD_CLAUSE.split(normalize("NFKC", (text or "").strip())) if c]
    return bool(clauses) and all(_ALL_TOLD.search(c) for c in clauses)


_ALL_TOLD_CLAUSE = re.compile(r"(?<=[？?。!！])\s*|[，,]\s*")


# the last answer asked for again (刚才说的再说一遍, 没看清，再发一遍, 能重复一下吗, say that again; r83 QA: "抱歉，我没有完全
# 理解", and 重新说一遍 was a restart that wiped the conversation): the whole message is the request
_SAID_AGAIN = re.compile(
    r"^(?:(?:好的|嗯|那|不好意思|抱歉|对不起|等等|等一下)[，,。\s]*)*"
    r"(?:(?:刚才|刚刚)?(?:你)?(?:说|讲|发)?(?:的)?(?:我)?(?:没|没有)(?:看|听|记)(?:清|清楚|明白|懂|住|全|到)(?:了)?[，,。\s]*)?"
    r"(?:(?:你|您)?(?:能不能|能|可以|可不可以|麻烦|请)?(?:你|您)?(?:把)?"
    r"(?:刚才|刚刚|上面|前面|之前|上一条|刚才的|刚刚的)?(?:你)?(?:说|讲|发|回|写)?(?:的|了的)?(?:那段话|那段|那条|那些|那个|话|内容|回答|消息)?"
    r"(?:能不能|能|可以|麻烦)?(?:(?:再|重新)(?:说|讲|发|重复|念|讲解|发送)(?:一)?(?:遍|次|下)?|再来一(?:遍|次))"
    r"|(?:能不能|能|可以|麻烦|请)?(?:再)?重复(?:一)?(?:遍|次|下)?(?:刚才|刚刚|上面)?(?:的|说的|那段)?(?:话|内容)?)"
    r"(?:吗|好吗|行吗|呗|吧|可以吗|好不好|谢谢|[，,。？?！!~～\s])*$"
    r"|^(?:(?:please|pls|can you|could you|sorry)[,\s]*)*(?:say (?:that|it) again|repeat(?: that| it| please)?|once more|again)"
    r"(?:[,\s]*please)?[.?!\s]*$", re.IGNORECASE)


def asks_said_again(text: str) -> bool:
    """Whether ``text`` asks only for the last answer again (刚才说的再说一遍, 没看清楚，再发一遍, 重复一下, say that again)."""
    return bool(_SAID_AGAIN.match(normalize("NFKC", (text or "").strip())))
