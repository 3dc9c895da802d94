"""Kinds of item citizens tell apart by one word (公积金 / 社保, 公司 / 个体户, 临时外出 / 长期): a message naming one kind
and not the other is not about an item named after the other. Plain regular expressions, read by the item linker and by
the action reading a correction (no spaCy, no Rasa)."""
from __future__ import annotations

import re
from typing import List

# kinds of item citizens tell apart by one word: a message that names one kind and not the
# other is not about an item named after the other. The two funds (社保断了想补交 is not 住房公积金补缴,
# 公积金怎么查 not 社保查询); the formal and the temporary card (补办正式的身份证要多久 is not 临时居民身份证,
# which guides' questions mention beside 正式证)
HOUSING_FUND = re.compile(r"公积金")
# (失业金 too: 刚被裁员，想问失业金和公积金怎么办 left no 失业保险金申领 beside 公积金; r52 QA)
_SOCIAL_INSURANCE = re.compile(r"社保|社会保险|养老保险|养老金|医保|医疗保险|失业保险|失业金|失业补助|工伤保险|生育保险")
_CONTRASTS = ((HOUSING_FUND, _SOCIAL_INSURANCE), (re.compile(r"正式"), re.compile(r"临时|急用|应急|过渡")))
# ...and kinds told apart in messages as citizens send them only (``rank`` as said: the examples, which the
# in-scope thresholds are calibrated on, are read as written, and these moved the thresholds)
_SAID_CONTRASTS = (
    # a card first applied for, and one had and lost, damaged or expired (我儿子的身份证也丢了 他10岁 was
    # 首次申领 at 0.4: the child's age, as its examples say; not 出生医学证明, whose loss its one item answers)
    (re.compile(r"身份证首次|护照签发（首次|驾驶证初次"),
     re.compile(r"丢|遗失|被偷|被盗|被抢|掉了|找不到|不见了|补(?!贴|助|充|偿|交|缴|课|习|考)|坏了|损坏|过期|到期|换证|换领")),
    # a company, and a business of one's own (我想办个营业执照 卖煎饼果子 was 公司设立登记 at 0.59)
    (re.compile(r"公司|有限|股份"),
     re.compile(r"个体|摆摊|地摊|小摊|摊位|小店|小卖部|夫妻店|门面|卖煎饼|卖菜|卖水果|小吃|早餐|流动|一个人干|就我自己")),
    # a house just bought, and a certificate lost or worn (房子买了 怎么办房产证 was 不动产权证书补证、换证)
    (re.compile(r"房子?(?:刚|才)?买了|买了?(?:套|个)?房|新房|交房|过户|购房|买的房"),
     re.compile(r"补证|换证|丢|遗失|损坏|坏了|破了|旧版")),
    # medical insurance and the pension (失业了 社保断了 医保自己怎么续上 was 灵活就业养老参保 at 0.48, 灵活就业医保 at 0.16;
    # r31 QA)
    (re.compile(r"医保|医疗保险"), re.compile(r"养老")),
    # taking the fund out, and moving it to a new employer or city (换工作了公积金要转到新单位 was 离职提取 at 0.55,
    # whose account must be sealed six months; r14 QA)
    (re.compile(r"提取|取出|取钱|能取|取公积金|公积金.{0,4}取"), re.compile(r"转到|转入|转出|转过去|转过来|转移|转回|转去|转走")),
    # a business set up, and one changed (想办个个体户营业执照的变更 换个经营范围: 设立 / 变更 / 注销 to choose; r47, r48 QA)
    # or closed (怎么办营业执照注销 was 公司设立登记 at 0.45; r62 QA)
    (re.compile(r"设立"), re.compile(r"变更|经营范围|换老板|换法人|改名字|改名称|改地址|注销|关门|关掉")),
    # a mortgage registered first, and one cancelled (房子卖了公积金贷款还清了，不动产抵押怎么注销: 抵押权首次登记 at 0.45; r70 QA)
    (re.compile(r"首次登记"), re.compile(r"注销|解押|还清|结清")),
    # let go by the employer, and retired or dead (公司上礼拜把我裁了 …公积金能不能一次性取出来: 退休提取; 我老公单位把他辞退了
    # …公积金能取吗: 职工死亡提取; r47, r48 QA)
    (re.compile(r"退休|离休|死亡|去世|身故|过世|到龄|养老金|退休金"),
     re.compile(r"裁员|被裁|辞退|开除|被炒|离职|辞职|解除劳动|终止劳动")),
    # a fund loan applied for, and one being repaid (公积金贷款还款想用公积金冲: 申请公积金贷款 at 0.60, 偿还贷款提取 at 0.26; r54 QA)
    (re.compile(r"申请(?:住房)?公积金(?:个人住房)?贷款|公积金贷款申请|办公积金贷款"), re.compile(r"还款|还贷|冲还|冲贷|月供|还房贷|偿还|还清|结清|还完")),
    # an endorsement, and the permit it goes in (港澳通行证签注 去香港旅游: 往来港澳通行证签发 at 0.58; r55 QA) — not asked
    # whether one is needed (办港澳通行证要签注吗)
    (re.compile(r"签注(?!吗|么|嘛|不)"), re.compile(r"通行证签发")),
    # a certificate looked up, and one sat for (想考个电焊工的职业技能等级证书 在哪报名: 技能人员职业资格证书查询核验 at 0.62;
    # r53 QA)
    (re.compile(r"查询|核验|真伪|查验"), re.compile(r"报名|报考|考个|考一个|考取|去考|怎么考|在哪考|哪里考|评个|考证")),
    # the household's record, and a business's (办营业执照的经营范围写错了能改吗: 户口登记项目内容变更更正 first; r55 QA)
    (re.compile(r"户口"), re.compile(r"营业执照|经营范围|执照|个体|工商|股东|法定代表人|法人")),
    # a child of this city starting school, and one come with parents from elsewhere (外地户口孩子上小学怎么报名
    # was 义务教育阶段入学 at 0.65, whose conditions are 本市户籍; r13 QA)
    (re.compile(r"义务教育阶段入学（"),
     re.compile(r"外地户口|外地的?孩子|外省户口|非本地户口|非本市户籍|户口(?:不在这|不在本地|在老家)|随迁|外来务工|进城务工"
                r"|(?:来这边?|在这边?)打工")),
    # the fund, and a house's certificate (刚买了套新房 房产证咋办: 购买自住住房提取住房公积金 at 0.41; r64 QA) — the fund's items
    # where the message says the fund
    (re.compile(r"公积金"), re.compile(r"房产证|不动产证|不动产权证|房本|产权证")),
    # a house and a vehicle (刚买了个二手房 过户要带什么东西 买卖双方都得去吗 was 二手车过户 at 0.59; r45 QA) — 住房 and 车位 are
    # neither: the fund's items name 住房, a parking space is real estate
    # settling by a house bought, and joining one's spouse (领完证了，打算把户口落到男方家里，他家是自己买的房: 购房落户; r73 QA)
    (re.compile(r"购房落户"), re.compile(r"男方|女方|婆家|娘家|老公家|老婆家|丈夫家|妻子家|媳妇家|领完证|领了证|领证了|嫁(?:过来|到|给)")),
    # care sought away for a while, and living or working away for long (我长期在外地工作，异地就医备案: 其他临时外出就医人员备案
    # at 0.86; r72 QA)
    (re.compile(r"临时外出"), re.compile(r"长期|常驻|长住|常住|一直在外|好几年|这几年|常年|派驻|外派"
                                      # (其实我以后就一直在深圳上班了; 以后都在那边住了: out of scope, its materials; r77 QA)
                                      r"|一直在[^，,。？?！!\s]{0,4}?(?:上班|工作|住|生活|待)|以后(?:就)?(?:都|一直)(?:在|住)|定居|不回来了")),
    # a stay of days, and one for long (去杭州玩三四天，医保要异地备案不: 异地长期居住人员备案 at 0.38; r78 QA)
    (re.compile(r"长期|常驻|安置|长住|常住|一直在外|常年|定居"), re.compile(r"(?<![个年月])[一二两三四五六七八九十\d]{1,3}天|几天|一两天|三五天|一个?(?:礼拜|星期)|一周|短期")),
    (re.compile(r"二手房|房子|房屋|房产|不动产|商品房|新房|存量房|买房|卖房|房本|套房"),
     re.compile(r"汽车|二手车|机动车|车辆|小车|轿车|货车|摩托|电动车|行驶证|驾驶证|驾照|车牌|号牌|买车|卖车|新车|旧车")))


def other_kinds(plain: str, as_said: bool = True) -> List["re.Pattern"]:
    """Of each pair of ``_CONTRASTS`` (and ``_SAID_CONTRASTS`` for a message ``as_said``), the kind
    ``plain`` does not name while naming the other; none of a pair it names both or neither of."""
    pairs = _CONTRASTS + _SAID_CONTRASTS if as_said else _CONTRASTS
    return [other for one, two in pairs for named, other in ((one, two), (two, one))
            if named.search(plain) and not other.search(plain)]


def kinds_told(plain: str, as_said: bool = True) -> List[tuple]:
    """(the kind ``plain`` names, the one it does not) of each pair of ``other_kinds``."""
    pairs = _CONTRASTS + _SAID_CONTRASTS if as_said else _CONTRASTS
    return [(named, other) for one, two in pairs for named, other in ((one, two), (two, one))
            if named.search(plain) and not other.search(plain)]


# what a message denies (是长期的，不是临时去): no kind it names
_DENIED = re.compile(r"(?:而|又|并)?(?<!是)不是[^，,。；;！!？?\s]{0,8}")   # (not 是不是…, a question)


def without_denied(plain: str) -> str:
    """``plain`` without what it says something is not (不是临时去)."""
    return _DENIED.sub("", plain or "")

