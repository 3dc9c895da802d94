"""The situation of an item that a citizen's own words already describe ("在外地补身份证" is
the 异地补领 one), for the assistant (no need to ask) and the hotline workbench (the agent
sees the right checklist first). Plain Python.
"""
from __future__ import annotations

import re
from typing import List, Optional, Tuple
from unicodedata import normalize

# The few words that tell one situation of an item from another when a citizen describes
# their case in the first question, and how citizens say them: "在外地补身份证" is the 异地补领
# one, "驾驶证丢了" the 遗失补领 one, "孩子上小学" the 小学一年级新生 one. A closed list on
# purpose: guessing from any shared word ("平台" in "平台说要先有证") gives the wrong list of
# materials, which is worse than asking.
_CASE_WORDS = (
    (re.compile(r"异地|外地|外省|外市|不在户籍地|户口不在|户口(?:还)?在老家|老家(?:的)?户口|户口是老家的|人在这[边里]"
                r"|在这边(?:打工|上班|工作)|不在(?:户口|户籍)(?:所在)?地"   # (我不在户口所在地 was 户籍地; r23 QA)
                # (我不是本地户口 to 临时救助's 本市户籍… / …非本市户籍…: not understood; r26 QA)
                r"|不是(?:本地|本市)(?:户口|户籍|人)|非(?:本地|本市)(?:户口|户籍)"),
     ("异地", "非本地户籍", "非本市户籍", "随迁")),   # (居民医保's 非本地户籍居民, 随迁子女入学)
    (re.compile(r"(?<!不在)(?:户籍地|户口所在地|户籍所在地)|回老家|老家办"), ("户籍地",)),
    # (护照 …头一回办: "没有完全理解"; r59 QA)
    (re.compile(r"首次|第一次|头一次|初次|从来没办|从没办|没办过|头一回|第一回|头回办|还没有?办过"), ("首次",)),
    (re.compile(r"遗失|丢|找不到|不见了"), ("遗失",)),
    (re.compile(r"被盗|被偷|被抢"), ("被盗",)),
    (re.compile(r"损坏|损毁|坏了|破了|烂了|破损"), ("损坏", "损毁")),
    # (身份证上面的有效期到了要换新的: all four of 换领's; r49 QA)
    (re.compile(r"过期|到期|期满|届满|有效期(?:已经|快|马上|就要|要)?到了|有效期(?:已经|快|马上|就要|要)?(?:过|满)了"), ("期满", "届满")),
    # the kind of disability (肢体残疾 to 残疾人证's four: all four again; r84 QA)
    (re.compile(r"肢体|视力|听力|言语|失明|看不见|耳聋|听不见|截肢|瘫痪|偏瘫|腿脚残疾"), ("智力、精神类以外",)),
    (re.compile(r"智力|精神|智障|自闭|孤独症|唐氏|精神分裂|抑郁症"), ("智力、精神类残疾人",)),
    (re.compile(r"境外|国外|出国期间|在外国"), ("境外",)),
    (re.compile(r"国内|境内"), ("国内", "境内")),   # 在国内丢的 (护照补发: 在国内遗失或被盗)
    (re.compile(r"上学|读书|就读|念书|在读|学生"), ("就读", "学生")),
    # employed (在企业上班: 在职职工由单位申报, 受雇就业人员子女), or on one's own (灵活就业人员本人申请)
    # (not the office's hours: 周末上班吗, 几点上班, 上班时间)
    (re.compile(r"(?<!没)(?<!不)(?<!没有)(?<!周末)(?<!周六)(?<!周日)(?<!星期六)(?<!星期天)(?<!星期日)(?<!几点)(?<!你们)"
                r"(?<!没找到)(?<!未找到)(?<!找不到)(?:上班|打工|工作)(?![吗么不]|时间)|已经?就业|(?<!没)(?<!未)找到工作|在厂里|厂里(?:交|缴)|单位(?:交|缴)的"
                # (退休手续单位在办 to 正常退休's 在职职工由单位申报 / 灵活就业人员本人申请; r17 QA)
                r"|单位(?:在|帮我|给我|统一|会)?(?:办|申报|报)|(?:有|签了?)(?:劳动)?合同|劳动合同"),
     ("稳定就业", "受雇就业", "在职", "已落实就业")),
    (re.compile(r"灵活就业|自由职业|没有?单位|跑外卖|送外卖|网约车司机|打零工"), ("灵活就业", "个体经营")),
    # the seller's side or the buyer's of a transfer (车卖给朋友了 要过户: 所有权转移时转出; r19 QA)
    (re.compile(r"卖给|卖掉(?!房)|卖了(?!房)|转卖|出售|卖方|卖家|过户给|转让给"), ("转出",)),
    (re.compile(r"买了?(?:个|辆|台|一辆)?(?:二手)?车|买的(?:二手)?车|买来的|买方|买家|过户到我"), ("转入",)),
    # the insured's own claim or a dependant's (生育医疗费: 参保人本人 / 参保人的未就业配偶)
    (re.compile(r"没有?工作|没上班|不上班|无业|未就业|家庭主妇|全职(?:太太|妈妈)|没找到工作|未找到工作|找不到工作|没就业"),
     ("未就业",)),
    (re.compile(r"单位(?:给|帮)?(?:她|他)?(?:交|缴)|自己(?:也)?有(?:医保|社保)|(?:自己|本人)(?:也)?参保"), ("参保人本人",)),
    # who goes: the citizen, or someone for them (家属代为申请, 委托他人代办, 上门认证)
    # (我自己腿不好 让闺女去办 is no 本人: 自己 of what one does, not of one's legs)
    (re.compile(r"(?:我|俺)(?:想|要|打算)?(?:自己|本人)(?=[去来办申领补换交取提弄跑]|$|[\s，,。！!~～])"
                r"|(?:自己|本人)(?:申请|去办|来办|办理|去领|来领|申领)"),
     ("本人", "自行")),   # not 必须本人去吗: a question
    # a parent of the child (父母申领): 俺是娃他爸, 孩子妈妈来领
    (re.compile(r"娃他[爸妈]|孩子他?[爸妈]|我是(?:孩子的?)?(?:爸爸|妈妈|父亲|母亲)|当爹|当妈"), ("父母",)),
    # registered here (本市户籍, 户籍地): 本地的, 本地户口, 户口在这
    (re.compile(r"本地的|本地户口|本市户口|本地人|户口在本地|户口在本市|户口就在这|户口在这"), ("本市户籍", "户籍地", "本地")),
    (re.compile(r"代办|代为|代领|委托|帮[我他她]?[去来]?(?:办|领|补|换|交|取|申请|弄|跑)|替[我他她]|家属|去不了|来不了|腿(?:脚)?不好"
                # someone sent (让闺女去办, 叫我儿子去)
                r"|(?:让|叫|请|找)我?(?:家)?(?:老婆|老公|爱人|媳妇|丈夫|妻子|儿子|女儿|孩子|闺女|家人|家里人|亲戚|朋友|同事|别人"
                r"|其他人|老伴|孙子|孙女|弟弟|妹妹|哥哥|姐姐|侄子|外甥)(?:去|来|帮|代)"
                # the citizen doing it for the one it is for (我给她办, 我代她办, 我去给她办, 给我爸补个社保卡; r15 QA)
                r"|我(?:去|来)?(?:给|代|帮|替)(?:她|他|老人|我?(?:爸|妈|父亲|母亲|老伴|爷爷|奶奶|外公|外婆|孩子|儿子|女儿))"
                r"|^给(?:我|俺)?(?:爸|妈|父亲|母亲|老伴|爷爷|奶奶|外公|外婆)"
                # (想给我妈办护理补贴: it told 本人申请; r21 QA)
                r"|(?:想|要|准备|打算)给(?:我|俺)?的?(?:爸|妈|父亲|母亲|老伴|爷爷|奶奶|外公|外婆)"
                # asking to go instead (他走不动路 我去办行不行 to 高龄津贴's 老人本人 / 家属代为申请: not understood; r26 QA)
                r"|我(?:去|来)(?:办|跑|申请|领|弄)?(?:行不行|行吗|可以吗|可不可以|成不成|能行吗|能不能)"), ("代",)),
    # where one lives (合法稳定住所): rented or owned
    # (居住证 …房子是我自己买的: "没有完全理解"; r59 QA)
    (re.compile(r"租房|租的房|租了?房子|租住|买了?房|有房子|自己的房|房产证|房子是(?:我)?(?:自己)?(?:买|的)|买的房|有(?:一)?套房"),
     ("住所",)),
    (re.compile(r"有房子|有房|自己的房|自有|房产证|买了?房|房子是(?:我)?(?:自己)?(?:买|的)|买的房|有(?:一)?套房"),
     ("自有住房",)),   # 投靠配偶自有住房 (他是本市的，有房子)
    # a disability come on (残疾人证 …我妈中风后偏瘫了: "没有完全理解"; r59 QA): a first certificate
    (re.compile(r"偏瘫|瘫痪|截肢|失明|瞎了|聋了|中风后|脑梗后|脑出血后|车祸后|(?:刚|新)(?:残疾|致残)"), ("新办",)),
    (re.compile(r"行动不便|去不了|来不了|腿(?:脚)?(?:也|都)?(?:不好|不利索|不方便)|一瘸一拐|走不了路|走不动|卧床|瘫|上门"),
     ("上门", "行动不便")),
    # where a child was born or a person died
    (re.compile(r"(?<!没去)(?<!没在)(?<!不在)(?<!没进)(?:医院|妇幼|卫生院|产院|机构内)"), ("机构内",)),
    (re.compile(r"在家|家里[生走]|路上生|车上生|院外|机构外|养老院|没去医院"), ("机构外", "家中", "居家")),
    (re.compile(r"二手房"), ("二手房",)),
    # the kind of home loan (商贷那个 to 还贷提取's 本市公积金贷款 / 商业住房贷款 / 异地公积金贷款: "好的。" and the three
    # again; r28 QA)
    (re.compile(r"商贷|商业贷|商业性贷款|银行贷的|银行的贷款|银行按揭|按揭贷款"), ("商业",)),
    (re.compile(r"公积金贷款|公积金贷的|公积金的贷款|公积金按揭"), ("住房公积金贷款",)),
    # a new home, its title not yet issued or issued (新房那个 证还没下来 to 购房提取's three: not understood; r26 QA)
    (re.compile(r"新房|新建(?:商品)?房|期房|一手房|开发商"), ("新建",)),
    (re.compile(r"(?:房产证|不动产权证|房本|证)(?:还|也)?(?:没|未)(?:有)?(?:下来|拿到|办|取得|发)|没有?(?:房产证|房本|不动产权证)"),
     ("未取得",)),
    (re.compile(r"(?:房产证|不动产权证|房本)(?:已经?)?(?:下来了|拿到了|有了|办好了)|已经?(?:拿到|取得)(?:了)?(?:房产证|房本|不动产权证)"),
     ("已取得",)),
    # (孩子明年上一年级: 小学; 小学毕业 / 初一: 初中; r15 QA)
    (re.compile(r"小学(?!毕业)|(?<!初中)(?<!初)一年级|幼升小|幼儿园(?:毕业|大班)|上学前班"), ("小学",)),
    (re.compile(r"初中|小升初|小学毕业|初一|七年级"), ("初中",)),
    (re.compile(r"再婚|二婚"), ("再婚",)),
    # the parents of a child to register (婚生 / 非婚生育子女入户)
    (re.compile(r"没结婚|未婚|没领证|没有领证|未领证|没登记结婚|非婚|没领结婚证|没有结婚证"), ("非婚",)),
    (re.compile(r"(?<!没)(?<!不)(?:已经?结婚|结婚了|结了婚|结过婚|领了?证(?:了|的)|领过证|(?<!非)婚生|领了?结婚证|有结婚证"
                r"|合法夫妻|是夫妻|两口子)"), ("婚生",)),
    # an inheritance (法定继承 / 遗嘱继承)
    (re.compile(r"没有?遗嘱|无遗嘱|没立遗嘱|没留遗嘱"), ("法定",)),
    (re.compile(r"(?<!没)(?<!无)(?<!没有)(?<!没立)(?<!没留)遗嘱"), ("遗嘱",)),
    (re.compile(r"军人|现役"), ("军人",)),
    # on one's own (个人经营, not 家庭经营): 卖水果的 就我自己
    (re.compile(r"就我自己|就我一个|我一个人|一个人干|自己一个人"), ("个人",)),
    # coming back from another province (养老保险关系: 省外…转入): 我是从广东回来的, 从外省回来
    (re.compile(r"从外省|外省回来|跨省|从[^\W\d_]{2,3}(?:省|市)?回来|从[^\W\d_]{2,3}(?:省|市)?(?:转|调)回"), ("省外",)),
    # moving in from elsewhere, or away (转学: 跨县…转入本市 / 从本市转往外地; 孩子从老家转学过来上四年级 got 本市范围内转学; r28 QA)
    # (a school only: 社保怎么转过来 from 外地 may be within the province)
    (re.compile(r"从(?:老家|外地|外省|外市|[^\W\d_]{2,3}(?:省|市|县))转学(?:过来|回来)?|转学(?:过来|回来)"), ("转入",)),
    (re.compile(r"转学(?:到|去)(?:外地|外省|老家|[^\W\d_]{2,3}(?:省|市|县))|转学走"), ("转往",)),
    # moving within the city (转学: 本市范围内): 从城东转到城西
    (re.compile(r"从城[东西南北]|从[^\W\d_]{1,3}区(?:转|搬)|市内|区内转|同一个区"), ("本市范围", "市内")),
    # an heir (职工死亡提取: 继承人 / 受遗赠人): 我是他儿子, 我是死者的女儿
    (re.compile(r"我是(?:他|她|死者|老人|逝者)的?(?:儿子|女儿|闺女|老伴|妻子|丈夫|老婆|老公|父亲|母亲|孩子)|法定继承人"),
     ("继承人",)),
    # hurt at work (工伤认定: 在工作时间和工作场所内…): 在工地摔断了腿
    (re.compile(r"工地|车间|生产线|干活(?:的时候|时)|上班(?:的时候|时)(?:受伤|摔|砸|被)"), ("工作场所内",)),
    (re.compile(r"离婚证"), ("离婚证",)),
    (re.compile(r"结婚证"), ("结婚证",)),
    (re.compile(r"民宿"), ("民宿",)),
    # a house bought (户口迁入: 购房落户 / 人才引进落户 / 积分落户): 我买了房子想把户口迁过来 (r12 QA: all three asked)
    (re.compile(r"买了?房|购房|房子买了|买的房|买了套房|买了个房|买的商品房|全款买|贷款买"), ("购房",)),
    # retired or still at work (遗属待遇: 退休人员死亡 / 在职参保人员死亡): 他是退休工人，有社保 (r13 QA)
    (re.compile(r"(?<!没)(?<!没有)(?<!快)(?<!要)(?<!还没)退休(?!前|年龄|手续|申请)(?:了|的|工人|职工|人员|干部)?|退了休|拿退休金|领养老金的"),
     ("退休",)),
    # food made on the spot, or sold packed (食品经营许可: 餐饮服务 / 食品销售): 做奶茶是现做的 (r13 QA)
    (re.compile(r"现做|现制|现场制作|现炒|做饭|炒菜|奶茶|饭店|餐馆|小吃|快餐|面馆|食堂|烧烤|火锅|饭馆|餐厅|小馆|馆子|排档|早餐店"),
     ("餐饮",)),   # (开个小饭馆 to 餐饮 / 食品销售; r19 QA)
    # why one travels (想去台湾旅游 要办啥证: 旅游签注, asked again; r20 QA)
    (re.compile(r"旅游|旅行|游玩|去玩|玩几天|观光|自由行|跟团"), ("旅游",)),
    (re.compile(r"探亲|看亲戚|走亲戚|看望|看我(?:儿子|女儿|孩子|爸|妈|老公|老婆|亲戚)|家里人在"), ("探亲",)),
    (re.compile(r"商务|出差|开会|谈生意|做生意|参展|应邀"), ("商务",)),
    # a spouse's name added or taken off a title (房产证上要加我老婆名字: 夫妻间加名, not 姓名变更; r19 QA; 把我媳妇也写上去,
    # 写上我老公的名字; r21 QA)
    (re.compile(r"加名|减名|加(?:上|个)?(?:我|俺)?的?(?:老婆|老公|爱人|媳妇|丈夫|妻子|配偶)的?名字?|(?:去掉|删掉|去除)[^\s，,。]{0,5}名字"
                r"|(?:把|将)(?:我|俺)?的?(?:老婆|老公|爱人|媳妇|丈夫|妻子|配偶)(?:也)?(?:写|加|添)(?:上|进)"
                r"|(?:写|加|添)(?:上|进)(?:我|俺)?的?(?:老婆|老公|爱人|媳妇|丈夫|妻子|配偶)"),
     ("加名",)),
    # hurt in an accident, or ill (住院费用报销: 意外伤害住院 / 疾病住院): 摔的, 出车祸了 (r21 QA: "摔的" not understood)
    (re.compile(r"摔|车祸|撞伤|被撞|烫伤|烧伤|骨折|扭伤|砸伤|割伤|咬伤|意外"), ("意外伤害住院",)),
    (re.compile(r"生病|得病|病了|发烧|肺炎|癌|肿瘤|手术|疾病|高血压|糖尿病|心脏病|住院治疗"), ("疾病住院",)),
    # the shop moved (营业执照 地址要改 搬店了: 经营场所, not 变更经营者; r19 QA)
    (re.compile(r"搬店|店搬了|搬了|换地方|换了地方|地址(?:要)?(?:改|变|换)|改地址|换地址|新地址|跨区"), ("经营场所",)),
    # going in person, as the bank said (银行说让我自己去不动产中心: 到窗口, not the bank's online; r19 QA)
    (re.compile(r"(?:自己|本人|我)(?:去|到)(?:不动产|登记中心|窗口|大厅|柜台)|去窗口|到窗口|现场办"), ("到窗口", "窗口")),
    (re.compile(r"超市|便利店|小卖部|卖零食|散装|卖食品|食品店|保健食品|母婴"), ("食品销售",)),
    # the kind of disability (残疾人证: 智力、精神类以外的成年残疾人 / 智力、精神类残疾人和未成年人)
    (re.compile(r"听力|视力|肢体|言语|聋|哑|盲|瞎|截肢|瘫痪|腿断|断了(?:腿|手|胳膊)|耳朵听不见|眼睛看不见"), ("智力、精神类以外",)),
    (re.compile(r"智力|精神|智障|自闭|孤独症|弱智|唐氏|脑瘫"), ("智力、精神类残疾人",)),
    # a shop online (个体户: 网络经营（以网店作为经营场所）): 我要开个网店 (r12 QA: the premises proof listed)
    (re.compile(r"网店|淘宝|拼多多|抖音小店|微店|网上开店|网上卖|电商|直播带货"), ("网络经营",)),
    # what is changed in the 户口 (变更姓名 / 更正出生日期 / 变更民族成份): 我儿子改名字 (r12 QA: not understood)
    # (not a spouse's name added: 房产证上想加我老婆的名字 is 夫妻间加名; r16 QA)
    (re.compile(r"改名|(?<![的加])名字|名字(?:要|想|得)?(?:改|换|错|不对)|姓名|更名"), ("姓名",)),
    (re.compile(r"加(?:上)?[^，。,？?\s]{0,6}名字|加名|减名|去掉[^，。,？?\s]{0,6}名字|(?:老婆|老公|爱人|媳妇|丈夫|妻子|配偶)的?名字"
                r"|夫妻共有|共同共有"), ("加名", "夫妻")),
    (re.compile(r"生日|出生日期|出生年月|改年龄|年龄(?:错|不对|改)"), ("出生日期",)),
    (re.compile(r"民族"), ("民族",)),
    # the kind of company (有限公司 两个股东 was 股份有限公司设立, by the pairs 有限, 限公, 公司; r12 QA)
    (re.compile(r"有限责任|(?<!股份)有限公司|[两二三四五几]个股东|一人公司|普通(?:的)?公司"), ("有限责任",)),
    (re.compile(r"股份"), ("股份",)),
    # a car under six years old (年检: 六年内免检车辆申领检验合格标志): 私家车 刚买4年 (r12 QA: not understood)
    (re.compile(r"(?:刚买|才买|买了|开了|用了)(?:不到)?(?:[一二两三四五]|[1-5])年|不到(?:六|6)年|(?:六|6)年(?:以)?内|新车"),
     ("六年内",)),
    # (the sixth year and the tenth on are inspected on the line: 私家车 6年了 is no 免检 (r14 QA); the eighth is
    # exempt again, so 买了7年 tells neither (r15 QA))
    (re.compile(r"(?<![0-9])(?:6|六)(?:多)?年(?:了|多)|满(?:6|六)年|(?:十|1[0-9]|[二三]十)(?:多)?年(?:了|多)?"
                r"|(?:买了|开了|用了)(?:十|1[0-9])(?:多)?年"), ("申请检验合格标志",)),
    # the kind of housing-fund payer (公积金贷款: 省直缴存职工 / 非省直缴存职工): few citizens know the words (r15, r16 QA)
    (re.compile(r"省直|省级机关|省属|省里的?单位|省委|省政府|省厅|省直分中心"), ("省直",)),
    (re.compile(r"市直|(?:市|区|县)里的?单位|市里上班|普通(?:的)?企业|私企|民企|私营|公司上班|厂里|市公积金中心|在市里交"),
     ("非省直",)),
    # the first home or the second: a case of its own (首套 to 新房贷款's 省直 / 非省直 was 契税申报 at 0.58)
    (re.compile(r"首套|第一套|头一套|二套|第二套|首次购房|第一次买房|头一次买房"), ("首套房", "二套房")),
)
# what a situation's name means, said with the question for citizens who do not know the words
SITUATION_MEANINGS = {
    "省直缴存职工": "（“省直缴存职工”一般指在省直住房公积金管理分中心缴存的省直机关、事业单位等职工；在市住房公积金管理中心"
                    "缴存的选“非省直缴存职工”。不清楚的可以问单位经办人，或在公积金APP里查看缴存机构。）",
}


# the situation most citizens are in, told at once with a line on the others, when nothing is said of them
# (俺们俩想去扯结婚证: 结婚登记 / 再婚登记 / 军人结婚登记 was asked again with every follow-up; r15, r18 QA)
USUAL_SITUATIONS = {"结婚登记": "初婚、双方均不是现役军人", "离婚登记": "双方均不是现役军人"}


def usual_situation(situations: List[str]) -> Optional[Tuple[str, str]]:
    """(the usual situation of ``USUAL_SITUATIONS`` among ``situations``, what it means), or None."""
    usual = [name for name in situations if name in USUAL_SITUATIONS]
    return (usual[0], USUAL_SITUATIONS[usual[0]]) if len(usual) == 1 and len(situations) > 1 else None


def meanings_of(situations: List[str]) -> str:
    """What the situations ``SITUATION_MEANINGS`` explains mean, as a sentence to say with the question."""
    return "".join(SITUATION_MEANINGS[name] for name in situations if name in SITUATION_MEANINGS)


# a case said as not being the one a situation is named after: 户籍地 / 就在本地 to 有效期满换领 and 异地换领 is the one
# that does not say 异地; 俺俩都是头婚 to 结婚登记 / 再婚登记 / 军人结婚登记, the one that says neither
# case words that tell nothing where something else is told beside them: a kind of disability is no adult's where a child is
# told, who may be a minor, whose situation is another (我儿子肢体残疾，想办残疾证 got the adults' two; r91 QA)
_UNLESS_TOLD = {("智力、精神类以外",): re.compile(r"儿子|女儿|孩子|小孩|娃|宝宝|闺女|孙子|孙女")}
_COMPLEMENTS = (
    # (not 回老家: 回老家太麻烦 wants the other; nor 本地 alone: 在本地打工 is where one works)
    (re.compile(r"(?<!不在)(?:户籍地|户口所在地|户籍所在地)|就在本地|本地户口|本市户口|户口在本地|户口在本市|就在这[边里儿]?办|户口(?:就)?在这"),
     ("异地", "非本地", "非本市", "外省", "外地", "随迁")),
    (re.compile(r"头婚|初婚|第一次结婚|头一回结婚|都没结过|没结过婚"), ("再婚", "复婚", "军人")),
    # civilians: 协议离婚 to 离婚登记 / 军人离婚登记
    (re.compile(r"协议离婚|不是军人|老百姓|普通人"), ("军人",)),
    # a shop in the street, not online (我在街上租了个门面 to 个体户's situations; r16 QA)
    (re.compile(r"门面|店面|铺面|门店|实体店|租了?(?:个|间|一间)?(?:店|铺)|街上|商铺|摊位|搬店|店搬了"), ("网络", "网店")),
    # moving one's insurance here, not away (我从外地调过来工作 社保怎么转过来: 省外转入 / 省内转移接续, not 转出; r15 QA)
    (re.compile(r"(?:转|调|迁|弄|搬)(?:过来|进来|回来|到这|到本地|到本市)|转入"), ("转出",)),
    # a rented flat not registered (租赁商品住房 / 租赁备案商品住房或公共租赁住房): 租的普通商品房, 合同没备案 (r15 QA)
    # (我没有租赁备案: the two again; r60 QA)
    (re.compile(r"普通(?:的)?商品房|没(?:有)?(?:做|办)?(?:过)?(?:租赁|合同)?备案|未(?:做|办)?(?:租赁)?备案|不是公租房"),
     ("备案", "公共租赁")),
)
# age said in words: 年满16周岁的一般申请人 / 未满16周岁 (护照), …成年残疾人 / …和未成年人 (残疾人证);
# not used when the message gives the age in years (我儿子今年20岁: 年满)
_AGE_WORDS = (
    (re.compile(r"(?<!未)成年|成人|大人"), ("年满", "成年")),
    (re.compile(r"未成年|未满|小孩|孩子"), ("未满", "未成年")),
)
# said right before case words, denies them: 不是在国外丢的, 不在医院, 并非本人
_NOT_BEFORE = re.compile(r"(?:不是|不在|没在|并非|不是在|没有在)$")
ADULT = 18
# (她70了, 我妈都85了: an age said of a person without 岁; r18 QA: 帮我妈办社保卡 她70了 got the child's situation)
_AGE = re.compile(r"(\d{1,3})\s*(?:周岁|岁)|(?:我|她|他|我妈|我爸|老人|孩子|娃|儿子|女儿|爷爷|奶奶|老伴)(?:今年|都|已经)?"
                  r"(\d{1,3})(?:多)?了")
_AGE_LIMIT = re.compile(r"(年满|未满)(\d{1,3})周岁|(\d{1,3})周?岁(以上|以下)")


# an age not reached, as citizens say it (还没满16, 不到18岁), said as the guides do (未满16周岁)
_NOT_YET_AGE = re.compile(r"(?:还)?(?:没满|不满|没到|不到|没有满)(\d{1,2})(?:周岁|岁)?")


def situation_said(text: str, situations: List[str]) -> Optional[str]:
    """The situation the citizen's own words already describe: the one whose whole name they
    said (本人办理), else the only one named with the most of the case words they used
    (``_CASE_WORDS``). None when none or several: the citizen is asked."""
    said = situations_said(text, situations)
    return said[0] if len(said) == 1 else None


def situations_said(text: str, situations: List[str]) -> List[str]:
    """The situations the citizen's words fit best (``situation_said``), several when they
    tell some apart but not one (孩子6岁 to 残疾人证's four: the two of 未成年人), [] when
    they tell none."""
    # (我还没满16 to 护照's 年满16周岁 / 未满16周岁: its lines on 满16, then the question again; r28 QA)
    text = _NOT_YET_AGE.sub(r"未满\1周岁", normalize("NFKC", text or ""))
    whole = [s for s in situations if s and s in text]
    if len(whole) == 1:
        return whole
    ages = [int(a or b) for a, b in _AGE.findall(text)]
    if ages and (by_age := situation_of_age(ages, situations)) is not None:
        return [by_age]
    heard, denied = [], []   # case words said, and said not to be the case (不是在国外丢的, 不是在医院生的)
    for pattern, words in _CASE_WORDS:
        if words in _UNLESS_TOLD and _UNLESS_TOLD[words].search(text):
            continue
        found = [m for m in pattern.finditer(text)]
        if any(not _NOT_BEFORE.search(text[max(0, m.start() - 4):m.start()]) for m in found):
            heard.append(words)
        elif found:
            denied.append(words)
    # age words as they stand: 成年 is in 智力、精神类残疾人和未成年人 too, which an adult may be;
    # a child's age in years (孩子6岁) is 未成年 where no situation is bounded by years
    minor = len(ages) == 1 and ages[0] < ADULT
    aged = [words for pattern, words in (() if ages else _AGE_WORDS) if pattern.search(text)] + \
        ([("未成年",)] if minor else [])
    # (a complement counts only where some situations are named after what it is not)
    # (not when denied: 我不是本地户口 is no 本地户口)
    unlike = [words for pattern, words in _COMPLEMENTS
              if any(not _NOT_BEFORE.search(text[max(0, m.start() - 4):m.start()]) for m in pattern.finditer(text))
              and any(w in s for s in situations for w in words)]
    scores = [sum(any(said_plainly(w, s) for w in words) for words in heard)
              + sum(any(w in s for w in words) for words in aged)
              + sum(not any(w in s for w in words) for words in unlike)
              - sum(any(said_plainly(w, s) for w in words) for words in denied) for s in situations]
    best = max(scores, default=0)
    if best <= 0 and not (denied and min(scores, default=0) < best):
        # nothing said, or what was said fits none more than the others; but a run of a name's own words said (有稳定住所的
        # 那种 of 合法稳定住所: "没有完全理解"; r66 QA) tells the one whose name alone has it
        if len(text) > NAME_RUN_REPLY or _NOT_A_CHOICE.search(text):
            return []
        heads = {s: s.split("（")[0] for s in situations if s}   # (not a bracket's explanation: 以网店作为经营场所)
        run = [s for s, head in heads.items() if any(head[k:k + NAME_RUN] in text and not any(
            head[k:k + NAME_RUN] in other for o, other in heads.items() if o != s) for k in range(len(head) - NAME_RUN + 1))]
        return run if len(run) == 1 and not denied else []
    return [s for s, score in zip(situations, scores) if score == best]


NAME_RUN = 4   # characters in a row of a situation's name, no other's, that name it...
NAME_RUN_REPLY = 12   # ...in a short reply that is no question or correction
_NOT_A_CHOICE = re.compile(r"吗|么|嘛|\?|？|不是|不对|可以|能不能|行不行|怎么|咋")


def said_plainly(words: str, name: str) -> bool:
    """Whether ``words`` occur in ``name`` other than negated: 非本人主要责任 does not say 本人,
    非婚生育 does not say 婚生."""
    return any(not name[:m.start()].endswith(("非", "不", "未", "无"))
               for m in re.finditer(re.escape(words), name))


def situation_of_age(ages: List[int], situations: List[str]) -> Optional[str]:
    """The one situation bounded by 年满/未满 N周岁 that a single age said falls in (18岁 →
    年满16周岁的一般申请人); None for several ages, no such bounds or no single fit."""
    if len(ages) != 1:
        return None
    fitting = [s for s in situations if (limit := _AGE_LIMIT.search(s)) and (
        (ages[0] >= int(limit.group(2))) == (limit.group(1) == "年满") if limit.group(1)
        else (ages[0] >= int(limit.group(3))) == (limit.group(4) == "以上"))]
    return fitting[0] if len(fitting) == 1 else None


_MIN_AGE = re.compile(r"(\d{1,3})周岁以上")
# an age said without 岁 (我今年78, 我妈都85了): after 今年/已经/都, not a year, date or sum
_AGE_SAID = re.compile(r"(?:今年|已经|都)(\d{2,3})(?:周岁|岁)?(?![\d年月日号元块万])")


def age_below(text: str, item_name: str) -> Optional[Tuple[int, int]]:
    """(the age said, the item's minimum) when ``text`` says one age below the minimum the
    item's name sets (80周岁以上老年人高龄津贴: 我今年78岁), else None."""
    minimum = _MIN_AGE.search(item_name or "")
    text = normalize("NFKC", text or "")
    ages = {int(a or b) for a, b in _AGE.findall(text)} | {int(a) for a in _AGE_SAID.findall(text)}
    if minimum and len(ages) == 1 and (age := ages.pop()) < int(minimum.group(1)):
        return age, int(minimum.group(1))
    return None


def tells_case(text: str) -> bool:
    """Whether a short reply is about the citizen's case rather than an item: it uses a case
    word (第一次办, 在外地的, 二手房, 初婚: what it is not) and little else (at most six characters)."""
    text = normalize("NFKC", text or "").strip()
    return len(text) <= 6 and any(pattern.search(text) for pattern, _ in _CASE_WORDS + _AGE_WORDS + _COMPLEMENTS)
