"""Messages that say someone is in danger now: 老人走丢了, 家里着火了, 孩子发高烧抽搐了, 我不想活了.
No service item helps there, and "不在范围，请拨打12345" delays a person in danger: they get
the emergency number first (110 police, 119 fire, 120 ambulance, 12356 psychological help),
before anything else. Plain Python; ``actions.answering`` and the agent workbench say it.
"""
from __future__ import annotations

import re
from typing import List, Optional

from knowledge import crisis_signs, english_signs, urgent_signs, welfare_checks

# what 打 / 抽 of someone is when it is no blow: a call, money, a card, a game, a shot (老公打我电话, 孩子打针)
_NOT_A_BLOW = r"(?!的?(?:电话|手机|微信|视频|钱|款|卡|招呼|麻将|牌|游戏|针|印|字|证明|疫苗|预防针))"
# (孩子被学校选去打比赛, 孩子被抽中: no blow either)
_NOT_A_SHOT = r"(?!针|卡|印|电话|疫苗|比赛|球|工|扫|游戏|牌|麻将|血|签|查|中|取|调|烟|奖|样)"


CRISIS = "crisis"   # one who says they do not want to live
# followed by someone, told with fear or hiding (一直跟着我…我躲进一家便利店了, 尾随到小区 现在藏在车库里, 在我家楼下转悠
# 跟了我好几天了 我现在不敢出门)
_STALKED = re.compile(r"(?:有人|有个人|有个男的|有个女的|一个男的|一个女的|陌生人|陌生男|不认识的|被人|被一个)"
                      r"[^，,。？?！!]{0,12}?"
                      # (一直有个人跟在我后头 我拐了好几个弯他还在: out of scope; r45 QA)
                      r"(?:跟着我|跟踪我|尾随|跟了我|跟在我(?:的)?(?:后头|后面|身后|屁股后)|在我家楼下(?:转悠|转来转去|徘徊|蹲)|在我家门口(?:转悠|徘徊|蹲))"
                      r"(?=.{0,24}?(?:躲|藏|怕|不敢|救命|怎么办|咋办|报警"
                      # (一直跟着我 走了好几条街了 现在快到小区门口, 从地铁站一路跟着我到小区 现在还在楼下转悠: out of scope;
                      # r42 QA)
                      r"|好几条街|好几个弯|一路|还在|还跟|甩不掉|甩不开|就在我?后面|在我后面|转悠|不走))"
                      r"|(?:一路|一直)(?:跟着我|跟到|尾随)(?=[^，,。？?！!]{0,8}?(?:小区|楼下|家|门口|现在))"
                      r"|(?:有人|被人)跟踪我?"
                      # (有个男的一直跟踪我; 有个陌生人每天晚上跟踪我回家，他知道我住哪: nothing said; r73 QA) — followed again and again
                      r"|(?:有人|有个人|有个男的|有个女的|一个男的|陌生人|陌生男|不认识的)[^，,。？?！!]{0,8}?"
                      r"(?:一直|天天|每天|每晚|老是|总是|经常|连着|好几天)[^，,。？?！!]{0,6}?(?:跟踪|尾随|跟着)我")
# a stranger at one's door (有个喝醉的陌生人一直砸我家门)
# (有个喝醉的人一直在拍我家门, 醉鬼又来砸我门了, 有陌生男的在我家门口转悠好久了还扒猫眼: out of scope; r41 QA)
_STRANGER_AT_DOOR = re.compile(r"(?:陌生人|陌生男|陌生的|醉汉|醉鬼|酒鬼|喝醉的|喝多了的|不认识的)[^，,。？?！!]{0,10}?"
                               r"(?:(?:砸|踹|撞|敲|撬|拍|踢|推|扒)[^，,。？?！!]{0,3}门|扒猫眼|扒着?门|在(?:我家)?门口(?:转悠|站着|不走)"
                               # (陌生人在我家门口转了好久 还趴门上听: out of scope; r42 QA)
                               r"|在(?:我家)?门口[^，,。？?！!]{0,2}(?:转|徘徊|蹲|守|晃|等)|(?:趴|贴)(?:在|着)?门上)"
                               # (有个男的一直在我家门口转悠 还拧我门把手: the street's script; r43 QA)
                               r"|(?:拧|转|掰|扭|撬)[^，,。？?！!\s]{0,3}门(?:把手|锁)"   # (有人在转我家门锁; r44 QA)
                               # (从猫眼看出去有个陌生男的一直站我家门口 都快半小时了也不走, 有个人一直在我家门口敲门不走: r44 QA)
                               r"|(?:陌生人|陌生男|陌生的|不认识的|有人|有个人|有个男的)[^，,。？?！!]{0,6}?站(?:在)?(?:我家)?门口"
                               r"|(?:陌生|不认识|有人|有个人|有个男的)[^，,。？?！!]{0,10}?门口[^，,。？?！!]{0,8}?(?:不走|赶不走)"
                               r"|(?:有人|有个人|有个男的)[^，,。？?！!]{0,8}?(?:敲门不走|一直敲(?:我家)?门)"
                               r"(?=.{0,20}?(?:一个人|不敢|害怕|好怕|怕|吓|不吭声|不说话|不应声))"
                               # someone knocking at night who will not say who (半夜有人敲我家门敲了十几分钟 问是谁也不吭声: out of
                               # scope; r43 QA)
                               r"|(?:半夜|深夜|大半夜|凌晨|夜里)[^，,。？?！!]{0,6}?(?:有人|有个人|有个男的|一直)[^，,。？?！!]{0,6}?"
                               r"(?:敲|拍|砸|踹|踢)[^，,。？?！!\s]{0,3}门"
                               # someone unknown forcing the door (外头有人在砸我家门 锁都快撬开了: out of scope; r42 QA)
                               r"|(?:有人|有个人|外头|外面|门外)[^，,。？?！!]{0,6}?(?:砸|踹|撞|撬)[^，,。？?！!]{0,3}门"
                               r"|门锁?(?:都)?(?:快|要)(?:被[^，,。？?！!\s]{0,3})?(?:砸|踹|撞|撬)(?:开|烂|坏|掉)"
                               r"|锁(?:都)?(?:快|要)(?:被[^，,。？?！!\s]{0,3})?(?:撬|砸)(?:开|掉|坏)"
                               # (他在楼道里一直按门铃还踹门 我一个人带着娃在屋里: out of scope; r46 QA)
                               r"|(?:他|她|有人|有个人|外面|门外)[^，,。？?！!]{0,12}?(?:踹|砸|撞|撬)(?:我家|我们家)?门"
                               r"(?=.{0,24}?(?:一个人|屋里|在家|娃|孩子|怕|不敢))")
# a threat to kill told (前夫威胁说见到我就捅死我: out of scope; r41 QA)
_THREATENED = re.compile(r"(?:威胁|扬言|说|发消息说|打电话说)[^，,。？?！!]{0,10}?(?:打死|弄死|砍死|捅死|掐死|杀了|杀死|弄残"
                         # (老公…发消息说等我出门就捅我: out of scope; r46 QA)
                         r"|(?<![不没])捅|(?<![不没])砍|(?<![不没])杀)"
                         r"(?:我|她|他|我们|孩子|你|我全家)"
                         # (…还说要把我腿打断: a progress query; r48 QA)
                         r"|(?:威胁|扬言|说)[^，,。？?！!]{0,6}?把(?:我|她|他|孩子|娃)的?(?:腿|手|胳膊|脑袋|头|牙|脖子)?"
                         r"(?:打断|打折|打残|打瘸|砍断|砍了|弄残|卸了|废了|往死里打|往死里揍|往死里整)"
                         # (说我敢走就打断我的腿, 说要把我往死里打 我现在躲在厕所里: not in scope; r49 QA)
                         r"|(?:威胁|扬言|说)[^，,。？?！!]{0,8}?(?:打断|打折|打残|砍断|卸了)(?:我|她|他|孩子|娃)的?(?:腿|手|胳膊)"
                         r"|往死里(?:打|揍|整|弄)(?:我|她|孩子|娃)?")

# a partner, or one who beat the writer, coming to harm them (前男友…刚才打电话说今晚过来找我算账, 老公以前打过我…他刚发语音说要
# 过来收拾我: out of scope; r43 QA), or anyone who says so (他刚才又打电话说今晚过来收拾我 上回把我肋骨打断了: no emergency on the
# hotline; r46 QA)
_PARTNER_COMING = re.compile(r"(?:老公|丈夫|前夫|前妻|前男友|前女友|男朋友|对象|男人|打过我的?"
                             r"|(?:他|她|对方|那人|那个人)(?=[^。？?！!]{0,10}?(?:说|扬言|威胁)))[^。？?！!]{0,24}?"
                             # (前夫刚才打电话说要来砍我 …现在正在往这边开车: out of scope; r45 QA)
                             r"(?:要|说要|说|扬言)?(?:过来|来我家|上门|来找我|找上门|杀过来|回来|(?<=要)来|到家|回家)[^。？?！!]{0,12}?"
                             # (前夫发消息说马上过来把娃抢走 还要收拾我, 丈夫…又打电话说要回来收拾她: r44 QA)
                             r"(?:算账|收拾我|收拾她|收拾你|打我|打她|揍我|弄我|报复|找我麻烦|砍我|捅我|弄死|打死|砍死|捅死|抢走孩子|抢孩子|抢娃"
                             r"|把(?:娃|孩子|闺女|儿子)抢走)" + _NOT_A_BLOW)   # (not 回来打我电话)

# a partner at one's door or in the stairwell, with fear or a threat (前男友在敲我家门 说不开门就一直等着 我好怕; 我老公现在就在
# 楼道里 …等我出门就捅我: out of scope; r46 QA)
_PARTNER_THERE = re.compile(r"(?:老公|丈夫|前夫|前男友|男朋友|对象|男人|前妻|老婆|媳妇)[^。？?！!]{0,8}?"
                            r"(?:(?:在|到)(?:我家|我们家)?(?:门口|门外|楼道|楼下)|(?:在)?(?:敲|砸|踹|拍|撞|撬)(?:我家|我们家)?门"
                            r"|按(?:我家)?门铃)"
                            r"(?=.{0,30}?(?:怕|不敢|吓|捅|砍|打我|收拾|弄死|打死|一个人|带着娃|带着孩子|救命))")


FRAUD = "fraud"   # money lost to a scam, or a call that may be one
# the scammer let onto the phone's screen or into it
_SCREEN_SHARED = re.compile(r"屏幕共享|共享屏幕|远程控制|远程协助|会议软件|下载(?:了)?[^，,。？?！!\s]{0,6}?(?:软件|APP|app)")
SCREEN_SHARED = "请马上结束屏幕共享或远程控制、挂断对方，卸载对方让您下载的软件，不要再输入任何密码或验证码。"
# a service asked beside a scam (被骗了 银行卡要挂失吗, 社保卡被骗子知道了密码 要补办吗): the service
_FRAUD_SERVICE = re.compile(r"补办|补领|挂失|换卡|证明|手续|材料|怎么申请|怎么办理|认定|举报投诉")


# a high place one may throw oneself from (从楼上, 从公司楼顶; not 从滑梯上)
_HIGH_PLACE = r"[^，,。？?！!\s]{0,6}?(?:楼|天台|阳台|窗|桥|高处|顶|悬崖|山上|塔吊|吊塔|脚手架)[^，,。？?！!\s]{0,2}?"


# (kind, what the message says, what to say): the first that matches is said
# someone else's goodbye sent or posted, and someone else's despair told by the one writing (answered for that: reach
# them and have the police check; stay with them)
# (媳妇发消息说'照顾好孩子，我走了'; 来电人说她丈夫…发了句'你们以后好好过，别找我了' read as 我丈夫: no emergency; r56 QA)
_OTHERS = (r"(?:朋友|同学|同事|家人|老公|老婆|丈夫|妻子|媳妇|爱人|孩子|儿子|女儿|闺蜜|兄弟|哥们|姐妹|室友|他|她|我妈|我爸|老妈|老爸"
           r"|妈妈|爸爸|母亲|父亲|老人|奶奶|爷爷|外婆|姥姥|老伴|男朋友|女朋友|对象|哥哥|弟弟|姐姐|妹妹|我哥|我弟|我姐|我妹|表哥|表弟"
           r"|表姐|表妹|堂哥|堂弟|舅舅|叔叔|姑姑|阿姨|侄子|外甥|邻居|领导|师傅|徒弟)")
# (…发朋友圈说“谢谢大家，再见了” 电话到现在都不接, 发了遗言一样的话 然后就联系不上了, 发消息说'以后别找我了，照顾好自己' 然后关机了:
# "not in scope" on every wording; r55 QA): farewell words, and the words posted or the one gone silent
# (…留了句‘谢谢各位这几年的照顾，以后不用找我了’ 到现在也没回消息, 发消息说'照顾好孩子，我走了' 然后就联系不上了, 发了一句'这辈子就这样
# 吧，大家保重' 然后电话一直关机: "not in scope", or the crisis line said to the one writing; r56 QA)
_FAREWELL_WORDS = re.compile(r"永别|诀别|遗书|遗言|告别信|告别的话|告别|再也不见|再见了|别找我|照顾好自己|谢谢大家|对不起大家|对不起所有人"
                             r"|下辈子|来世|不用(?:再)?找我|不要(?:再)?找我|别再找我|谢谢各位|感谢各位|谢谢你们|保重|好好过|好好活"
                             r"|照顾好(?:孩子|爸妈|老人|家里|妈|爸)|我走了|这辈子就这样")
_POSTED = re.compile(r"发(?:了)?(?:个|条|一条)?(?:朋友圈|消息|微信|短信|动态|说说|视频|语音)|在(?:群|朋友圈|微博)里?发|留言|留了(?:一)?(?:句|段)")
_GONE_SILENT = re.compile(r"不接|打不通|联系不上|失联|关机|不回|找不到(?:人|他|她)|没(?:有)?回")
_STRONG_FAREWELL = r"永别|诀别|遗书|遗言|告别信|再也不见|别找我|下辈子|来世|对不起大家|对不起所有人"
# someone else's farewell sent, said before they went silent, or posted in strong words: one pattern, for the danger and
# for its answer
_FAREWELL = re.compile(_OTHERS + r"[^。？?！!]{0,16}?(?:永别|诀别|遗书|告别信|再也不见)"
                       + "|" + _OTHERS + r"[^。]{0,30}?(?:" + _FAREWELL_WORDS.pattern + r")[^。]{0,30}?(?:" + _GONE_SILENT.pattern
                       + r")|" + _OTHERS + r"[^。]{0,12}?(?:" + _POSTED.pattern + r")[^。]{0,20}?(?:" + _STRONG_FAREWELL + ")")
_DESPAIR_TOLD = re.compile(r"(?:我妈|我爸|老妈|老爸|妈妈|爸爸|母亲|父亲|老人|奶奶|爷爷|外婆|姥姥|外公|姥爷|老伴|老爷子|老太太|公公|婆婆|岳父|岳母"
                           r"|儿子|女儿|孩子|朋友|同学|同事|老公|老婆"
                           # (室友昨晚说不想活了; 男朋友说要去死: the crisis line to the one writing; r76 QA)
                           r"|室友|舍友|男朋友|女朋友|对象|丈夫|妻子|媳妇|爱人|闺蜜|兄弟|哥们|我哥|我弟|我姐|我妹|哥哥|弟弟|姐姐|妹妹)"
                           r"[^。？?！!]{0,8}?(?:老|总|一直|最近|经常|天天)?(?:说|念叨|嚷着|嚷嚷)[^。？?！!]{0,4}?"
                           r"(?:活着没意思|活着没劲|活着真没劲|不想活|想死|活够了|活着太累|死了算了|不如死了|活着没盼头|活着有什么意思|活着有啥意思"
                           r"|(?:要|想)去死|要自杀|想自杀|寻短见|活不下去)")
FAREWELL_SENT = ("请马上联系他本人和他身边的人；联系不上、担心他有危险的，请立即拨打110，说清楚他的姓名、住址或可能去的地方，请警方上门"
                 "查看。心理援助热线12356（全国统一，24小时）也可以为他或您提供帮助。")
DESPAIR_TOLD = ("家人常说活着没意思、不想活，要当真对待：多陪着，耐心听，不要指责；把药物、农药、刀具等收好；可以一起拨打心理援助热线12356"
                "（全国统一，24小时），或陪着到医院精神心理科就诊。如果说要伤害自己或已经有行动，请立即拨打110或120。")

# a child hit by one who looks after them outside the family (女儿从幼儿园回来屁股上全是红印子，她说是老师拿尺子打的): the school or
# the employer's side, not the family's protection order
_CARER_HIT = re.compile(r"(?:老师|幼师|班主任|教练|保姆|托管|保育员|阿姨|月嫂|育儿嫂)[^。？?！!]{0,8}?(?:打|揍|抽|掐|踢|体罚|罚站|虐待)")
_FAMILY_HIT = re.compile(r"(?:后爸|后妈|继父|继母|他爸|她爸|他妈|她妈|爸爸|妈妈|老公|老婆|丈夫|前夫|叔|舅)[^。？?！!]{0,8}?(?:打|揍|抽|掐|踢)")


def _carer_hit_a_child(text: str) -> bool:
    """Whether ``text`` tells one who minds a child outside the family hitting them: a carer's blow, none of the family's,
    a child told (楼下独居阿姨说她女婿打她: no child; r79 QA)."""
    return bool(_CARER_HIT.search(text) and not _FAMILY_HIT.search(text) and urgent_signs.A_CHILD_HERE.search(text))


CARER_VIOLENCE = ("请先带孩子检查、拍下伤处留作证据。打得重或还在发生的，请拨打110报警；同时向幼儿园或学校、当地教育局反映（保姆等雇请的人员"
                  "动手的，同样可以报警）。也可以拨打12345或青少年服务台12355求助。")

# (not 打我奶奶: 养老院护工打我奶奶 got the answer of violence at home, 妇联 and 保护令; r83 QA)
_HIT_ME = re.compile(r"(?:打|揍|抽|踢|掐|扇|砍|捅)我(?!的?(?:奶奶|爷爷|外公|外婆|姥姥|姥爷|爸|妈|爹|娘|孩子|儿子|女儿|闺女|老公|老婆"
                     r"|弟|妹|哥|姐|家))|我被")
# a child bullied at school (孩子在学校被同学打了还被勒索要钱，不敢跟老师说: the answer of violence at home, 保护令 and all; r80 QA)
_AT_SCHOOL = re.compile(r"学校|班上|班里|同学|校园|校门|放学路上|宿舍|室友")
_BULLIED = re.compile(r"(?:被|挨)" + r"[^，,。？?！!；;]{0,6}?(?:打|揍|欺负|霸凌|勒索|敲诈|要钱|抢钱|孤立|堵)|霸凌|欺凌|勒索|敲诈")
BULLIED_AT_SCHOOL = ("孩子在学校被打、被欺负或被勒索钱财，请先安慰孩子，告诉他这不是他的错；检查伤情、拍照留证，保存聊天记录和转账记录。"
                     "打伤了或被勒索钱财的，可以拨打110报警。请同时向班主任和学校反映，要求学校调查处理（学校有防治学生欺凌的责任）；"
                     "学校不处理的，可以向当地教育局反映或拨打12345。孩子害怕上学、情绪低落的，可以拨打12355青少年服务台求助。"
                     "如果是你自己遇到了，请告诉爸爸妈妈或你信任的老师，你不是一个人。")
# the one writing held or locked in (我被人关在一个出租屋里不让走，手机是偷偷拿的: the police's answer, 122 for a traffic accident and
# all; r80 QA)
HELD_LOCKED_IN = ("请立即拨打110报警，说清楚您在哪里（小区、楼栋、门牌，或能看到的路名、店名、标志）；不方便说话的，可以发短信到12110报警，"
                  "写明地址和被关的情况。把手机调成静音，别让对方发现；先保护好自己，不要硬拼。有人受伤请同时拨打120。")
# someone met online drawing a minor away, kept from the family (我12岁 在王者里认识个哥哥 他叫我周六自己坐高铁去成都找他 还说别跟爸妈
# 讲: "not in scope", 身份证 items offered; r81 QA): said to the child or to the parent
DRAWN_AWAY_ONLINE = ("网上认识的人叫未成年人单独去见面、去外地找他，还让瞒着家里，这是很危险的信号。请不要去，也不要把照片、身份证号、"
                     "家里地址发给他；马上告诉爸爸妈妈或老师（家长请保存聊天记录和对方的账号）。对方威胁、逼迫，或者人已经在路上、"
                     "孩子已经去了的，请立即拨打110报警。也可以拨打12355青少年服务台（共青团，免费）求助。")
# ...told by a parent (网上有人一直叫我儿子偷偷出去见面: "tell your parents" to the parent; r84 QA): what the parent does
DRAWN_AWAY_ONLINE_PARENT = ("网上认识的人叫孩子单独去见面、去外地找他，还让瞒着家里，这是很危险的信号。请尽快和孩子好好谈一谈，告诉他不要去，"
                            "也不要再把照片、身份证号、家里地址发给对方；保存聊天记录、转账记录和对方的账号，不要删除。对方威胁、逼迫孩子，"
                            "或者孩子已经在路上、已经去了的，请立即拨打110报警。也可以拨打12355青少年服务台（共青团，免费）求助。")
_A_PARENT_TELLS = re.compile(r"儿子|女儿|闺女|孙子|孙女|外孙|(?:我|俺|咱)(?:家)?(?:的)?(?:孩子|娃|小孩|宝贝)|孩子(?:他|她)|娃(?:他|她)")
# counselling asked beside despair: where to go in person, besides the line
_COUNSELLING_ASKED = re.compile(r"心理咨询|心理医生|心理援助|心理疏导|心理辅导|心理门诊|看心理")
COUNSELLING_WHERE = ("想找人当面聊的，可以到当地精神卫生中心或综合医院的心理门诊（精神心理科）挂号咨询，费用按医保规定报销；学生也可以找学校的"
                     "心理咨询室。12356心理援助热线本身就是免费的。")
# ...or another held, told by a relative or friend (老板把他锁在车间里不让走; 我妈被放高利贷的扣在一个宾馆里了)
_I_AM_HELD = re.compile(r"把(?:我|俺)|(?:我|俺)(?:们)?(?:现在)?(?:被|让)|(?:我|俺)(?:们)?(?:出不去|走不了|跑不了)|放我|偷偷(?:打字|拿)"
                        r"|救命|^\s*被|称被")
HELD_SOMEONE = ("请立即拨打110报警，说清被关的人在哪里（地址、宾馆或工厂的名字、房间号）、被谁关着、关了多久，以及对方的电话；能联系上被关的人的，"
                "请他把手机调成静音，方便时发定位或发短信到12110报警。不要自己去硬闯，也不要私下交钱赎人。")
# the one writing up high, a jump said (我在天台上，风好大，我想跳下去算了: the crisis line first, 110 after it; r80 QA)
CRISIS_HIGH_UP = ("请先从边上退回来，到安全的地方去。请马上拨打110，说清您在哪里；也可以马上给家人或朋友打电话，请他们过来陪着您。"
                  "您现在的感受很重要，您不是一个人，心理援助热线12356（全国统一，24小时）随时可以倾诉求助。")
# an old relative beaten, starved, tied or shut in, told by another (the answer of violence at home speaks to the one beaten)
ELDER_HARMED = ("请拨打110报警，说清老人所在的详细地址和情况（您不在当地的，同样可以打110说明老人的住址，也可以请当地村委会、居委会或社区马上"
                "上门看看）。请保留伤情照片、聊天记录、就医记录等证据；老人由养老机构或护工照看的，同时向机构负责人和当地民政部门反映。"
                "家庭成员虐待、遗弃老人的，可以向村（居）委会、民政部门或老人所在单位求助，也可以为老人向人民法院申请人身安全保护令；"
                "需要法律帮助的，可以拨打12348法律援助热线。")
# ...and then silent behind a locked door (把自己锁在屋里半个小时没动静了)
_SILENT_BEHIND_A_DOOR = re.compile(r"(?:锁|关|反锁)[^。？?！!]{0,8}?(?:屋|房间|卫生间|厕所|门|卧室)[^。？?！!]{0,12}?(?:没动静|没声音|不出声|不开门|不应|叫不应"
                                   r"|不回答|没反应|没人应|不回)|(?:没动静|不开门|叫不应)[^。？?！!]{0,10}?(?:锁|反锁)"
                                   # (…今天门反锁着，敲半天没人应; …现在电话打不通，家里门也锁着: "多陪着，耐心听"; r76 QA)
                                   r"|门(?:也|都|一直|还)?(?:被)?(?:反)?锁着[^。？?！!]{0,12}?(?:没人应|没动静|不应|不开|没反应)"
                                   r"|(?:打不通|不接|联系不上|没人应|没动静)[^。？?！!]{0,12}?门[^。？?！!，,]{0,4}?锁(?:着|了|上了)")
DESPAIR_SILENT = ("请立即拨打110（有人受伤请同时拨打120），说清楚地址，说明对方说过不想活、现在把自己锁在屋里没有动静；能进去的，请马上想办法"
                  "进屋看看（找钥匙、叫物业或开锁），把药物、刀具等拿开，一直陪着。心理援助热线12356（24小时）之后也可以帮助你们。")

_DANGERS = (
    # someone else about to take their life (楼下有人要跳楼, 我朋友说想自杀): the police and help for them
    ("other_crisis", re.compile(
        # a goodbye posted or sent, or a parent's despair told (朋友发朋友圈说'永别了各位' 电话也不接, 我妈最近老说活着没意思 把存折都交给我了:
        # "not in scope", or the crisis line said to the one writing; r54 QA)
        _FAREWELL.pattern + "|" + _DESPAIR_TOLD.pattern +
        # (楼顶上有个小伙子坐在边上说要跳下去 我顺便问下居住证: the crisis line to the one writing; r66 QA)
        r"|(?:有个(?:小伙子|小伙|姑娘|女的|男的|人|老人|孩子|学生)|一个(?:小伙子|姑娘|女的|男的|人))[^。？?！!]{0,10}?(?:说|喊|嚷)?(?:要|想)跳(?:下去|下来|楼|河|江|桥|(?=[，,。？?！!\s]|$))"
        r"|(?:有人|有个人|他|她|朋友|同学|同事|邻居|孩子|儿子|女儿|老公|老婆|家人|楼下|楼上|对面)"
                                r"[^\W\d_]{0,6}?(?:(?:要|想|准备|说要|说想|在)?(?:跳楼|跳河|自杀|轻生|割腕|寻死|不想活)"
                                r"|(?:说)?(?:要|想|准备)从" + _HIGH_PLACE + r"跳下(?:去|来)(?![^，,。？?！!]{0,3}(?:逃|跑|躲)))"),
     "请立即拨打110报警，说清楚具体位置；有人受伤请同时拨打120。在保证自身安全的前提下尽量稳住对方、陪着他，不要刺激他；"
     "心理援助热线12356（24小时）也可以提供专业帮助。"),
    # (工作丢了房贷还不上，觉得死了算了: "not in scope"; r25 QA)
    ("crisis", re.compile(r"不想活|活不下去|活着没意思|想不开|想死(?!你|您|我了|他们|她们|人)|自杀|轻生|寻死|了结自己|结束生命|跳楼|割腕"
                          r"|死了算了|不如死了|一死了之|一了百了|活着太累|活够了|没有活路|没活路了"
                          # (有时候觉得活着挺累的，想申请一下心理咨询: 公共租赁住房 guessed; r78 QA)
                          r"|活着(?:挺|好|真|很|实在|真的)累|活得(?:挺|好|太|真|很|实在|真的)?累|不想睁眼|不想醒来"
                          # (工作丢了 房贷也还不上 活着真没意思 想从楼上跳下去算了: not in scope; r48 QA)
                          # (最近觉得活着挺没意思的 …失业金: its notice alone; r68 QA)
                          r"|活着(?:真|都|也|太|实在|真的|还|挺|很|好|真是|可)?(?:没|没有)(?:啥|什么)?意思|跳下去算了|不如跳下去"
                          # (来电人说最近活得没意思，想找免费的心理咨询: nothing flagged on the hotline; r80 QA)
                          r"|活得(?:真|都|也|太|实在|真的|还|挺|很|好|真是|可)?(?:没|没有)(?:啥|什么)?意思"
                          r"|(?:想|要|准备)从" + _HIGH_PLACE + r"(?:跳下去|跳下来|跳了)(?![^，,。？?！!]{0,3}(?:逃|跑|躲))"
                          # a plan or a goodbye said beside a service asked (…反正我也撑不了几天了 药也买够了; 遗嘱公证怎么办
                          # …这周之后我就不在了 不想再拖累家里人: the notice, or "not in scope", with no help; r50 QA)
                          r"|撑不了几天了|不想(?:再)?撑(?:下去)?了|药(?:也|都)?(?:已经)?(?:买够|攒够|攒好|存够|囤够|囤好)了"
                          r"|安眠药(?:也|都)?(?:已经)?(?:买|攒|存|囤)(?:够|好|齐)了|(?:写好了?|留了|留好了?)遗书"
                          r"|(?:我|俺)(?:[^，,。？?！!\s]{0,6}?)(?:就|也|快|要)不在了(?!家)|不想(?:再)?(?:拖累|连累)(?:家里人|家人|大家|你们)了?[，,。！!\s]*$"
                          r"|活着(?:真|都|也|太)?(?:没|没有)(?:盼头|意义)|想解脱|不想(?:再)?醒(?:过)?来"
                          # a means made ready, a goodbye said, a jump threatened over wages (绳子我都买好了, 跟家里人都告过别了,
                          # 跟这个世界说再见, 再不给我就从塔吊上跳下去, 拿不到钱就去跳河: no crisis line; r51 QA)
                          r"|绳子[^，,。？?！!\s]{0,4}?(?:都|也|已经)(?:买好|准备好|备好)"
                          r"|(?:木炭|烧炭|刀片|安眠药)[^，,。？?！!\s]{0,4}?(?:都|也|已经)?(?:买好|准备好|备好|买来)"
                          r"|跟(?:家里人|家人|爸妈|父母|老婆|老公|孩子|朋友|大家|所有人)(?:都)?(?:告过别|告别了|道过别|道别了|说过再见)"
                          r"|跟这个世界(?:说)?再见|离开这个世界|告别这个世界|最后一次麻烦(?:你们|您)"
                          r"|(?:就|我就|我要|我去|就去)(?:从)?" + _HIGH_PLACE + r"跳(?:下去|下来)|(?:就|我就|我要|就去|去)(?:跳楼|跳河|跳江|跳海|跳湖|跳水库|卧轨)"
                          # (安眠药我已经攒了两瓶了 今晚就吃, 农药就放在床头了 我想好了, 绳子已经挂好了, 这辈子就到这了, 一直在想怎么
                          # 结束自己, 后事也交代好了, 家里的累赘 不如消失算了, 楼顶风好大 站在边上, 在脚手架顶上 再不给钱我就跳下去:
                          # no crisis line; r52 QA)
                          r"|(?:安眠药|农药|老鼠药)[^，,。？?！!\s]{0,6}?(?:攒了|存了|囤了|放在床头(?!柜)|放床头(?!柜))|绳子[^，,。？?！!\s]{0,4}?挂好"
                          r"|这辈子就(?:到这|这样)(?:了|吧)|结束自己|我的后事(?:也|都|也都)?(?:交代|安排)好了|不如消失|消失算了"
                          # (反正我也活不了多久了，不如早点结束算了: the check-in's line alone, no 110 or 120; r84 QA)
                          r"|(?:活|命|人生|日子|这辈子|痛苦|撑不|熬不)[^。？?！!]{0,16}?(?:不如|干脆|还不如|倒不如)(?:早点|早些|趁早|就此|现在)?"
                          r"(?:结束|了结|解脱)(?:算了|了吧|吧|掉|一切)"
                          r"|(?:我|自己)是(?:家里的)?(?:累赘|拖累)|(?:楼顶|天台|楼边|桥上|河边|江边)[^。？?！!]{0,10}?站在边上"
                          r"|(?:楼顶|天台|脚手架|塔吊|桥上|河边|江边|水库)[^。？?！!]{0,24}?(?:就|我就)(?:跳|跳下去|跳了)"),
     "您现在的感受很重要，您不是一个人。请马上拨打心理援助热线12356（全国统一，24小时）倾诉求助；"
     "如果有立即的危险，请拨打110或120，或请身边的人陪着您。"),
    ("fire", re.compile(r"着火|起火|失火|火灾|冒烟了|煤气味|燃气味|天然气味|煤气泄漏|燃气泄漏|天然气泄漏"),
     "请立即拨打119。闻到燃气味的，不要开关电器、不要用明火，打开门窗，离开后在室外拨打119或燃气公司抢修电话。"),
    # poison taken (我老公喝药了现在人不行了, 孩子误吃了老鼠药: was "not in scope … 12345"; r20 QA)
    # (我爸刚才把农药当水喝了 口吐白沫: 农药经营许可; 孩子把老鼠药吃了 你们管不管: a complaint; r21 QA)
    ("poison", re.compile(r"中毒|误服|误吃|误食|吃错药|喝药了|喝了药|喝了?农药|喝了?敌敌畏|喝了?百草枯|服毒|吃了?(?:老鼠药|农药|安眠药|"
                          r"耗子药|杀虫剂|一瓶药|一把药|好多药|很多药)|吞了?(?:药|电池|硬币)|口吐白沫"
                          r"|(?:老鼠药|耗子药|农药|敌敌畏|百草枯|安眠药|杀虫剂|消毒液|洗洁精|药片)[^，,。？?！!\s]{0,5}(?:喝|吃|吞)(?:了|下去|进去)"
                          # (我刚吃了一瓶安眠药: none of these; r22 QA)
                          r"|(?:吃|喝|吞|服)了?[^，,。？?！!\s]{0,4}(?:老鼠药|耗子药|农药|敌敌畏|百草枯|安眠药|杀虫剂)"
                          r"|(?:吃|喝|吞|服)了?(?:一|半|整|好几)(?:瓶|盒|把|板)[^，,。？?！!\s]{0,3}(?:药|片)"),
     "请立即拨打120急救电话，尽快送最近的医院急诊；把药瓶、药盒或剩下的东西一起带上给医生看，不要自行催吐或喂东西。"
     "如果是想不开服药的，也请同时拨打110，并有人一直陪着他。"),
    ("bite", re.compile(r"被狗咬|被猫咬|被蛇咬|被狗抓|被猫抓"),
     "请尽快到最近的医院急诊或狂犬病暴露预防处置门诊处理伤口（被狗、猫咬伤抓伤的越早越好）；伤势重或被蛇咬的，请立即拨打120。"),
    # someone hit on the road and hurt now (有人被车撞了躺在地上流血, 出车祸了有人受伤: nothing said; r73 QA)
    ("accident", re.compile(r"(?:被(?:车|汽车|轿车|货车|卡车|大车|小车|电动车|摩托车?|三轮车|公交车?|出租车)?撞(?:了|倒了?|飞了?|伤了?)"
                            r"|出(?:了)?车祸|发生(?:了)?车祸|车祸现场|撞倒了?(?:一个)?(?:人|老人|小孩|行人))"
                            r"[^。？?]{0,16}?(?:躺|不动|流血|出血|昏|没反应|没意识|有人受伤|(?:他|她|人)受伤了|起不来|叫不醒|没呼吸|晕)"
                            r"|(?:躺|倒)在(?:路上|马路上|地上|路边|路中间)[^。？?]{0,10}?(?:被车撞|车祸|撞的)"),
     "有人受伤请马上拨打120急救电话，同时拨打122交通事故报警电话（或110），说清具体位置。不要随意搬动伤者（有起火、再次被撞等危险的除外），"
     "打开双闪、在来车方向放置警示标志；流血的用干净的布按压止血；伤者没有呼吸的，按120调度员的指导做胸外按压。"),
    ("medical", re.compile(r"抽搐|昏迷|晕倒|不省人事|摔倒了?起不来|喘不上气|呼吸困难|胸口疼|心脏病犯了|中风了|大出血|出血不止"
                           r"|人不行了|快不行了|叫不醒|没(?:有)?呼吸|没气了|没心跳"
                           # a stroke's signs (我爸突然说不出话，半边身子动不了: 临时救助 guessed; r57 QA)
                           r"|突然(?:说不出话|说话不清|口齿不清|动不了|看不见|站不起来)|半边身子|半身(?:不能动|动不了|麻)|嘴(?:巴)?歪了?"
                           r"|口角歪斜|一边(?:手脚|胳膊|腿|身子)(?:没劲|无力|麻|动不了)"
                           # (突然讲不出话了，右边手也抬不起来; 说话含糊不清 一侧胳膊没劲: "not in scope"; r58 QA)
                           r"|(?:讲|说)不出话|说话(?:含糊|含含糊糊|不清楚|不利索|不清)|(?:手|胳膊|腿)(?:也|都)?(?:抬不起来|没劲了|不听使唤)"
                           r"|一侧(?:胳膊|手|腿|身子|脸)"),
     "请立即拨打120急救电话，或尽快到最近的医院急诊处理。"),
    # violence at home (老公又打我了 我想离婚 怎么办: "是不是离婚登记?" alone; r23 QA): the police, the women's
    # federation line and the protection order, then (``beside_a_service``) the service asked
    ("violence", re.compile(r"家暴|家庭暴力|(?:老公|丈夫|老婆|妻子|媳妇|男人|男朋友|女朋友|对象|前夫|前妻|公公|婆婆|继父|继母)"
                            r"(?:又|总|总是|经常|老是|天天|一直|动手|喝醉了?|喝了酒)?(?:打|揍|踢|掐|殴打)(?:了)?(?:我|孩子|娃)"
                            + _NOT_A_BLOW
                            # (他喝了酒就动手 我身上都是伤, 邻居家小孩天天被打: "not in scope"; r24 QA; not 身上都是伤 alone:
                            # 摔了一跤身上都是伤 能报工伤吗)
                            + r"|(?:就|又|总|老是|经常|天天)(?:对我|对孩子)?动手|动手打"
                            # (保护令是什么意思？他老打我，我能申请吗: out of scope; r47 QA)
                            + r"|(?:他|她)(?:又|总|总是|老|老是|经常|天天|一直|一喝酒就|喝了酒就)(?:打|揍|踢|掐)(?:我|孩子|娃)"
                            + _NOT_A_BLOW
                            + r"|(?:孩子|小孩|娃)[^\W\d_]{0,3}?(?:天天|经常|总是|老是)(?:被打|挨打)|虐待(?:孩子|小孩|老人)?"
                            # (老公喝了酒就拿皮带抽我, 我妈天天被我爸打, 小孩每天晚上被他后妈打, 我爸一喝酒就打我: no 110; r25 QA)
                            r"|(?:老公|丈夫|男人|老婆|妻子|媳妇|对象|男朋友|爸|妈|后妈|后爸|继父|继母|公公|婆婆|哥|姐)"
                            r"[^，,。？?！!\s]{0,8}?(?:打|揍|抽|踢|掐|殴打)(?:了)?(?:我|孩子|娃|我妈|我们|她|他|妈妈|爸爸|奶奶|爷爷)"
                            + _NOT_A_BLOW
                            + r"|被(?:我|他|她)?(?:爸|妈|后妈|后爸|继父|继母|老公|丈夫|男人|老婆|哥|姐|家里人)(?:天天|经常|总是|又)?"
                            r"(?:打|揍|抽|踢|掐|踹|虐待)" + _NOT_A_SHOT
                            # (隔壁家小孩天天被他爸用皮带抽: "not in scope"; r26 QA)
                            # (楼下那个小女孩经常被她后妈掐, 小男孩老是被他爸用皮带抽: "not in scope"; r29 QA)
                            + r"|(?:孩子|小孩|娃|女孩|男孩|小姑娘|同学|小朋友|学生)[^，,。？?！!\s]{0,8}?被[^，,。？?！!\s]{0,7}?"
                            r"(?:打|揍|抽|掐|踹|扇|虐待)"
                            + _NOT_A_SHOT
                            # (隔壁家那个男的天天打他家小孩: "not in scope"; r27 QA)
                            + r"|(?:天天|经常|总是|老是|又|一直)(?:在)?(?:打|揍|抽|虐待)(?:他|她|他们|她们)?(?:家)?的?(?:小孩|孩子|娃|闺女|儿子|女儿)"
                            + _NOT_A_BLOW
                            # an old parent beaten by a son or daughter (隔壁老太太说她儿子经常打她 不给饭吃: 离婚登记; r28 QA)
                            + r"|(?:儿子|女儿|儿媳|儿媳妇|女婿|孙子)(?:天天|经常|总是|老是|又|一直)?(?:打|揍|虐待|踢)(?:她|他|老人|老太太|老头|我)"
                            + _NOT_A_BLOW
                            # (丈夫喝醉后拿刀威胁她和孩子: no emergency on the hotline, 户口迁移（夫妻投靠） first; r26 QA)
                            + r"|(?:老公|丈夫|男人|老婆|妻子|媳妇|对象|男朋友|前夫|前妻|爸|妈|后妈|后爸|继父|继母|哥)"
                            r"[^，,。？?！!\s]{0,8}?(?:拿|持|举|抄起|掏出)(?:着|了)?(?:刀|菜刀|水果刀|斧头|棍子|剪刀)"
                            # (我前夫刚才在电话里说要拿刀过来: the general answer; r43 QA)
                            r"|(?:老公|丈夫|前夫|前男友|男朋友|对象)[^。？?！!]{0,12}?(?:拿|带|揣)(?:着|了)?(?:刀|菜刀|斧头|棍子)(?:过来|来)"
                            r"|" + _PARTNER_COMING.pattern + r"|" + _PARTNER_THERE.pattern
                            # a partner's threat (我男人…跟在我屁股后面…还说要把我腿打断: a progress query; r48 QA)
                            + r"|(?:老公|丈夫|前夫|前男友|男朋友|对象|男人|前妻|老婆|媳妇)[^。？?！!]{0,40}?(?:" + _THREATENED.pattern + ")"
                            # a knife brandished, whoever holds it (媳妇跟我吵架 抄起水果刀就往我这边比划; r29 QA)
                            + r"|(?:抄起|拿起|举起|掏出|拿着|举着)(?:了)?(?:刀|菜刀|水果刀|斧头|剪刀)[^，,。？?！!\s]{0,6}?"
                            r"(?:比划|比画|砍|捅|追|威胁|冲我|冲着|对着)"
                            # a child pinched or a woman held down and beaten, told by one who sees it (老人掐那个小孙子的胳膊 都掐紫了,
                            # 男的把女的摁地上打: "not in scope"; r30 QA)
                            r"|(?:掐|打|揍|抽|踹|踢)(?:那个|这个|自己)?的?(?:小)?(?:孙子|孙女|孩子|小孩|娃|闺女)的?(?:胳膊|脸|头|腿|身上)"
                            r"|(?:掐|打|抽|拧)(?:得)?(?:青|紫|肿)了|(?:摁|按|压)(?:在)?地上(?:打|揍|踢|掐)"
                            # (拿棍子打一个小孩 孩子满脸是血, 一直扇一个小孩耳光, 掐小孩胳膊 都紫了, 拿着剪子要扎我: no
                            # emergency, on the hotline too; r31 QA)
                            r"|(?:拿|用|抄起|举着)(?:着)?(?:棍子|棒子|皮带|鞭子|刀|菜刀|剪子|剪刀|砖头|板凳|衣架)[^，,。？?！!\s]{0,3}?"
                            r"(?:打|抽|砍|扎|捅|砸)(?:了)?(?:一个|个)?(?:小孩|孩子|娃|人|我|她|他|老人|女的|男的)"
                            r"|扇[^，,。？?！!\s]{0,6}?耳光|打[^，,。？?！!\s]{0,4}?耳光|掐[^，,。？?！!\s]{0,4}?(?:小孩|孩子|娃)"
                            r"|(?:剪子|剪刀|菜刀|刀)[^，,。？?！!\s]{0,3}?(?:要|想)?(?:扎|砍|捅)(?:我|死我|她|他)"
                            r"|追着(?:我|她|他)(?:砍|打|捅)"
                            # (两个人把一个老头按在地上 还掐他脖子, 拿木棒追着一个小伙子打 头都打破了, 扇一个老太太嘴巴子, 我爸又把
                            # 我妈摁在床上打, 婆家人把我按住打了一顿: "not in scope"; r32 QA)
                            r"|把(?:一个|个)?[^，,。？?！!\s]{0,4}?(?:人|老头|老人|老太太|女的|男的|孩子|小孩|我|她|他|妈|爸|老婆|媳妇)"
                            r"(?:摁|按|压)(?:在)?(?:地上|床上|墙上|沙发上)(?!打针|喂药|吃药|换|睡|做|躺|叠|晾)|(?:摁|按)住(?:了)?[^，,。？?！!\s]{0,3}?(?:打|揍|掐|踢)"
                            r"|掐(?:着)?(?:他|她|我|人|老人|孩子)?的?脖子|追着[^，,。？?！!\s]{1,5}?(?:打|砍|捅)"
                            r"|头(?:都)?(?:被)?(?:打|砸)(?:破|出血)|(?:打|砸)破(?:了)?(?:头|脑袋)|头破血流"
                            r"|扇[^，,。？?！!\s]{0,6}?(?:嘴巴子|巴掌|耳刮子)|(?:打|揍)了(?:我|她|他)?一顿"
                            # a wife beaten, told by one who hears it (对面那家男的正在打老婆; r29 QA)
                            r"|(?:正在|又在|在|天天|经常|总是|老是|又)(?:打|揍|踢|掐)(?:他|她)?(?:老婆|媳妇|妻子|女人|老公|丈夫)"
                            + _NOT_A_BLOW),
     "如果您现在有危险，请立即拨打110报警（家庭暴力可以报警，公安机关可出具告诫书）；也可拨打全国妇联维权热线12338求助，"
     "并可向人民法院申请人身安全保护令。请保留伤情照片、就医记录、报警回执、聊天记录等证据。"),
    # (我是聋哑人 打不了电话咋报警: "not in scope"; r33 QA)
    ("silent_report", re.compile(r"(?:聋哑|聋人|听不见|说不了话|不能说话|打不了电话|不方便打电话)[^，,。？?！!\s]{0,8}?报警"
                                 r"|报警[^，,。？?！!\s]{0,4}?(?:打不了电话|不能说话|说不了话)"),
     "不方便打电话或说话的，多地可以发短信到12110报警，写清地址和情况；也可以拨通110后不挂断、按键示意，或请身边的人代为报警。"
     "有人受伤请同时拨打120。"),
    ("police", re.compile(r"(?:人|孩子|小孩|老人|娃|儿子|女儿|闺女|我爸|我妈|爸爸|妈妈|父亲|母亲|爷爷|奶奶|外公|外婆|老伴|家人|老公|老婆)"
                          r"[^\W\d_]{0,3}?(?:走丢|走失)|找不到了?(?:人|孩子|老人|娃)"
                          r"|(?:孩子|老人|娃|我爸|我妈)(?:找不到了|不见了|丢了)"
                          r"|有人(?:在)?打我|被(?:人)?打了|挨打|家暴|被抢|抢劫|被绑|绑架|被拐(?!弯)|拐卖|拐走|有人跟踪|被威胁|非法拘禁"
                          # (孩子被人贩子抱走了！！户口本还在我这: 出生登记 guessed; r65 QA; a child taken in other words:
                          # ``urgent_signs.child_taken``)
                          r"|人贩子"
                          r"|(?:拿|持|举|抄起|掏出)(?:着|了)?(?:刀|菜刀|水果刀|斧头)[^，,。？?！!\s]{0,4}?(?:威胁|砍|捅|追|要杀)"
                          r"|(?:说|扬言)?要杀了?(?:我|她|他|我们|孩子)"
                          # (我爸喝醉了在砸门 说要打死我 我现在躲在屋里, 孩子一直喊救命: no emergency on the hotline; r28 QA)
                          r"|(?:说|扬言)?要(?:打死|弄死|砍死|捅死|掐死)(?:我|她|他|我们|孩子|你)|在砸门|砸门进来|喊救命|呼救"
                          r"|肇事逃逸|撞了人跑了|司机跑了|撞人逃逸"
                          # a family member threatened for money (有人说我不转5万块就把我儿子怎么样: "not in scope"; r58 QA)
                          r"|(?:不转|不给|不打|不汇|不交)[^，,。？?！!]{0,8}?(?:就|要)[^，,。？?！!]{0,4}?(?:把|对)(?:我|你)?(?:的)?"
                          r"(?:儿子|女儿|孩子|家人|老婆|老公|爸|妈|闺女)(?:怎么样|弄死|打死|撕票|不客气|卖了)"
                          r"|绑架了?(?:我|你)?(?:的)?(?:儿子|女儿|孩子)|撕票"
                          # a child shut in or left alone (邻居家小孩一直被锁在阳台上哭，两天没见大人了: "not in scope"; r53 QA)
                          r"|(?:[两三四五六七几]{1,2}|好几)天(?:都)?没(?:有)?(?:见|看到|看见|见着|见到)(?:过)?(?:大人|家长|他爸妈|他妈|她妈|爸妈)"
                          # an old person living alone silent for days (楼上邻居家好几天没动静了 门口一股味儿 老人一个人住; r55 QA)
                          r"|(?:[两三四五六七几]{1,2}|好几)天(?:都)?没(?:有)?(?:动静|出门|见人|露面|开门)[^。？?！!]{0,20}?(?:味|臭|老人|一个人住|独居)"
                          r"|(?:老人|一个人住|独居)[^。？?！!]{0,20}?(?:[两三四五六七几]{1,2}|好几)天(?:都)?没(?:有)?(?:动静|出门|见人|露面|开门)"
                          # (对门小孩被反锁屋里两天了, 邻居家小孩一个人在家好几天了, 孙子一个人被反锁在家两天了 家长联系不上: "not in scope";
                          # r54 QA)
                          r"|(?:小孩|孩子|娃|小朋友|孙子|孙女|外孙|宝宝|婴儿)[^。？?！!]{0,8}?(?<!自己)(?:被)?(?:反锁|锁|关|困)(?:在)?(?:阳台|车里|车上|门外)"
                          r"|(?:小孩|孩子|娃|小朋友|孙子|孙女|外孙|宝宝)[^。？?！!]{0,8}?(?<!自己)(?:被)?(?:反锁|锁|关)(?:在)?(?:屋里|家里|家|房间)"
                          r"[^。？?！!]{0,12}?(?:好几天|几天|[两三四五]天|\d+天|一直哭|哭了|没人管|联系不上|打不通|没见大人)"
                          r"|(?:小孩|孩子|娃|小朋友|孙子|孙女|外孙)[^。？?！!]{0,6}?一个人在家[^。？?！!]{0,6}?(?:好几天|几天|[两三四五]天|\d+天|一直哭)"
                          r"|(?:小孩|孩子|娃|小朋友|孙子|孙女)[^。]{0,20}?(?:家长|大人|父母|爸妈)(?:的)?(?:电话)?(?:联系不上|打不通|找不到|不见了)"
                          # (一个男的揪着女的头发往车上拽 女的在哭: "not in scope"; r33 QA)
                          r"|揪着?[^，,。？?！!\s]{0,4}?头发|往车上(?:拽|拖|拉|塞)|(?:拽|拖|拉|塞)(?:上|进)车|强行(?:拉|拽|拖|带走)"
                          # followed or a stranger at the door, with fear or hiding (有个男的从地铁站一直跟着我 我躲进一家便利店了,
                          # 有个喝醉的陌生人一直砸我家门: "not in scope"; r40 QA)
                          r"|" + _STALKED.pattern + r"|" + _STRANGER_AT_DOOR.pattern + r"|" + _THREATENED.pattern),
     "请立即拨打110报警，说清楚您的位置和情况（交通事故也可拨打122；有人受伤请同时拨打120）。"),
    # money lost to a scam, or a call that may be one (来电人说他被人电信诈骗了三万块钱: out of scope, 职工死亡提取公积金 among
    # the items; r50 QA): the police now, for the payment to be stopped, and 96110 before paying
    (FRAUD, re.compile(r"(?:电信|网络|电话|网上|网购|刷单|冒充[^，,。？?！!\s]{0,6}?)诈骗|(?<![不别])(?<!不要)(?<!不能)被(?:人)?(?:骗子)?(?:诈)?骗(?:了|走|去)"
                       r"|上当受骗|(?:是不是|遇到|碰到|遇上)(?:了)?(?:骗子|诈骗)(?!短信)"
                       # (转到安全账户, 涉嫌洗钱 让我把存款转到指定账户, 点链接填了验证码 钱被划走了: lists of 社保卡 items; r51 QA)
                       r"|安全账户|涉嫌洗钱|指定账户|(?:钱|存款|余额|工资)[^，,。？?！!\s]{0,6}?被(?:人)?(?:划走|转走|盗刷|扣走|刷走)|盗刷了"
                       r"|冒充(?:社保局|人社局|医保局|公安|警察|客服|公检法|领导|熟人|银行)"
                       # (a fake 12345 agent asking to share the screen for a 社保 refund, a video call from a fake
                       # 民警 about 洗钱, a text-message link after which the card was emptied: "out of scope" or
                       # unrelated items; r52 QA)
                       r"|洗钱|屏幕共享|共享屏幕|远程控制|(?:链接|验证码)[^。？?！!]{0,20}?(?:钱|卡|余额)[^。？?！!]{0,6}?(?:没了|被扣|少了|被转|被划|不见了)"
                       # (a link, then the bank told of money gone out; an account to 核查 the pension in: 社保卡启用, 资格认证;
                       # r53 QA)
                       r"|(?:链接|网址|网站|短信|二维码)[^。？?！!]{0,30}?(?:转出|转走|扣走|划走|盗刷|被扣|被转|被划)(?:了)?"
                       r"|(?:核查|清查|审查|验证|保全|资金核对|专用|备用)账户"
                       # (收到短信说社保卡要升级 点进去输了验证码 然后银行扣了三千: 社保卡换领; r54 QA)
                       r"|(?:点(?:了|进去|开)|输(?:了|入)|填(?:了|写))[^。？?！!]{0,20}?(?:验证码|密码|卡号|信息)[^。？?！!]{0,20}?"
                       r"(?:银行|卡里|卡上|余额|钱|存款)[^。？?！!]{0,8}?(?:扣了|扣走|扣掉|少了|没了|转走|转出|划走|被扣|被转|被划|不见了)"
                       # a text or a call saying a card must be upgraded or will be frozen, by a link or a password (收到短信说我的医保卡
                       # 要升级，不点链接就停用; 称社保卡要升级否则冻结，让点链接填银行卡号: 稳岗返还, 社保卡启用's notice; r56 QA)
                       r"|(?:短信|信息|消息|电话|来电)[^。？?！!]{0,30}?(?:升级|冻结|停用|失效|作废|过期|注销|异常|认证|激活)[^。？?！!]{0,30}?"
                       r"(?:链接|网址|点开|点击|点进|输(?:入)?密码|填(?:写)?(?:银行)?卡号|银行卡号|验证码|下载|登录|https?://|www\.)"
                       r"|(?:短信|信息|消息)[^。？?！!]{0,20}?(?:链接|网址)[^。？?！!]{0,30}?(?:升级|冻结|停用|失效|作废|过期|注销)"
                       # a text in an office's name with a web address in it (【人社局】…失业补贴2380元待领取，点击 www.sbbt-lq.top;
                       # 【人社】您的养老金资格认证即将到期，请点击 http://ylj-rz.com.cn: a farmland subsidy, 技能提升补贴's notice; r58 QA)
                       r"|(?:短信|信息|消息|【)[^。？?！!]{0,80}?(?:https?://|www\.)"
                       r"|(?:https?://|www\.)[^。？?！!]{0,60}?(?:是真的吗|真的假的|靠谱|能点吗|要不要点|能不能点|可信)"
                       # (来电人说收到【人社】短信让点链接 sbk-rs.top 填写银行卡领补贴: no flag; r59 QA) — a bare address
                       r"|(?:链接|网址|点击|点开|点进|点|访问|打开|登录|登陆|进入|网站)[^。？?！!]{0,12}?[A-Za-z0-9][A-Za-z0-9-]*\.(?:top|cc|vip|xyz|icu|club|site"
                       r"|online|shop|wang|ltd|live|cn|com|net)\b"),
     "已经转账或付款被骗的，请立即拨打110报警，说清转账的时间、金额和对方账户，警方可以紧急止付、冻结；保存好聊天记录、转账凭证"
     "和对方的电话、账号。还没转账、拿不准的，先不要转账，不要说出验证码和密码，挂断后拨打全国反诈专线96110核实。政府部门和"
     "社保、医保、公积金经办机构不会通过电话或短信让您转账。"),
)


# a service asked about the danger, not the danger now (家里失火了…能申请临时救助吗, 火灾后房产证烧了怎么补,
# 抽搐 癫痫 能办残疾证吗, 孩子走丢过 现在找回来了 要办身份证, 他是在家里突然晕倒走的): the service
# (我爸上个月中风了…现在出院在家躺着…有啥政策能帮帮: "请立即拨打120"; r28 QA)
_SERVICE_ASKED = re.compile(r"救助|补助|补贴|赔偿|理赔|保险|报销|补办|补领|怎么补|证明|手续|材料|资格|烧没了|烧光了|以后|之后|找回来"
                            # (临时救助怎么申请, then 家里着火了东西都烧了: 119 alone, the 救助 dropped; r59 QA)
                            r"|(?:都|全|全部)烧(?:了|光|没|完)|烧完了|烧毁了|被烧了|烧得精光"
                            r"|政策|出院|上个月|上周|去年|前年|伺候|照顾|后遗症|医保|能报|报吗"
                            r"|办(?:个|理)?[^\W\d_]{0,4}证|残疾证|驾照|考|领|抚恤|申请|走的|去世|过世|死亡|没了"
                            r"|(?:产|权|驾驶|身份|户口|结婚|房)证|房本|证件|户口本|工伤|认定|能算|算不算")
# someone else high up or at an edge, saying they will jump (对面楼有个女的坐在窗台外面说不想活了要跳; 我朋友爬到天台边上了 说要跳楼
# 我在旁边): what to do for them, not the crisis line to the one writing
_EDGE_PLACE = r"(?:楼顶|天台|顶楼|窗台|阳台|桥|屋顶|房顶|栏杆|护栏|边上)"
# (我家隔壁那个小伙子现在坐在他家窗台外面; 同事刚发消息说他在单位楼顶天台上; 桥栏杆外面站着一个不认识的大姐; 我闺蜜…已经爬到阳台栏杆
# 外面了: the crisis line to the one writing; r68 QA)
_ANOTHER = (r"(?:邻居|隔壁|朋友|闺蜜|哥们|兄弟|室友|同事|同学|对面楼?|楼上|楼下|有个|一个|陌生人|不认识的|小伙子?|姑娘|大姐|大哥|大爷"
            r"|大妈|阿姨|女的|男的|我(?:的)?(?:儿子|女儿|老公|老婆|爸|妈|哥|姐|弟|妹|朋友|同事|邻居|同学))")
_ANOTHER_AT_EDGE = re.compile(_ANOTHER + r"[^。？?！!]{0,12}?(?:站在|坐在|爬到|爬上|蹲在|翻到|翻过|在)[^。？?！!]{0,8}?" + _EDGE_PLACE
                              + r"|" + _EDGE_PLACE + r"(?:的)?(?:外面|外边|外头|边上|上)?(?:站着|坐着|蹲着|有)(?:一个|个)?[^。？?！!]{0,6}?"
                              r"(?:人|的|姐|哥|子|娘|爷|妈|姨|孩|生)")
_THEIR_JUMP = re.compile(r"(?:说|喊|嚷|闹)(?:着)?(?:要|想)?(?:跳(?![槽舞绳远高水])|不想活|去死|寻死)|要(?:往下)?跳(?![槽舞绳远高水])"
                         r"|说[^。？?！!]{0,10}?(?:跳下去|跳楼|往下跳|活不下去|不想活)")
# ...or, at an edge read as a crisis, the one writing asks what to do for them, there or on the way (腿都伸出去了，我该怎么办啊)
_HELPER_ASKS = re.compile(r"我(?:该|能|要|应该)(?:怎么办|咋办|做什么|做点啥|干什么|干啥|怎么劝|怎么做)|我(?:现在)?(?:就)?在(?:他|她)?旁边"
                         r"|(?:赶|跑)过去|怎么劝|腿(?:都|已经)?(?:伸|跨)(?:出去|到外面)")
# a child taken away (人贩子, 被拐, and ``urgent_signs.child_taken``'s 被人抱走): now, whatever is asked beside it, unless told
# as past (小时候被拐过, 找回来了)
_TAKEN = re.compile(r"人贩子|被拐|拐走|绑架|被绑")
_TAKEN_BEFORE = re.compile(r"找回来|找到了|小时候|以前|当年|那年|多年|年前|曾经|被拐过|拐卖过")


def _child_taken(text: str) -> bool:
    """Whether ``text`` tells a child taken away (人贩子, 被拐, ``urgent_signs.child_taken``), now or before."""
    return bool(_TAKEN.search(text) or urgent_signs.child_taken(text))
# ...where "how now" is no service (孩子走丢了怎么办 is the danger)
_HOW_NOW = re.compile(r"怎么办|咋办|怎么弄|咋弄|咋整|找谁|怎么处理")
# someone else's death told (自杀的人能领抚恤金吗): a service, not a crisis of the one writing
_OTHERS_SUICIDE = re.compile(r"自杀的人|自杀身亡|因自杀|自杀死亡|自杀了")


# someone hurt or unwell beside a fire or gas (煤气味很重 我妈晕倒了): 120 as well as 119
FIRE_AND_HURT = "fire_medical"
# the one writing took the poison (我喝了农药了: it got the bystander's script, "有人一直陪着他"; r22 QA)
POISON_SELF = crisis_signs.POISON_SELF
CUT_SELF = crisis_signs.CUT_SELF
CUT_SELF_ANSWER = ("请马上用干净的毛巾或布用力按住伤口止血，把手臂抬高，同时拨打120急救电话，或立刻请身边的人送您去最近的医院急诊。"
                   "您不是一个人，心理援助热线12356（全国统一，24小时）随时可以倾诉求助；有危险也可以拨打110。")
_SELF_POISONED = re.compile(r"^(?:我|俺)(?:刚|刚才|已经|刚刚)?(?:喝|吃|吞|服)")
POISON_SELF_ANSWER = ("请马上拨打120急救电话，或立刻请身边的人送您去最近的医院急诊，把药瓶、药盒一起带上，不要自己催吐。"
                      "您不是一个人，心理援助热线12356（全国统一，24小时）随时可以倾诉求助；有危险也可以拨打110。")
# harm the one writing did to themselves: 120 first, whenever it is answered
_HARM_DONE_ANSWERS = {POISON_SELF: POISON_SELF_ANSWER, CUT_SELF: CUT_SELF_ANSWER}
_HURT = re.compile(r"晕倒|昏迷|晕了|头晕|不省人事|烧伤|烫伤|受伤|喘不上气|呼吸困难|中毒|出不来|困在"
                   # (楼下有股很浓的煤气味，有个老人倒在屋里叫不醒: 119 alone; r78 QA)
                   r"|叫不醒|倒在|没反应|没意识")


# a weapon held by someone while the one writing hides or cannot speak (他拿着菜刀在客厅 我锁在卫生间里 不能说话: "not in
# scope" in chat; r33 QA)
# (前男友在我家楼下堵我 手里有棍子 我躲在邻居家: "not in scope"; r35 QA)
_WEAPON = r"(?:菜刀|水果刀|砍刀|刀子|匕首|刀|斧头|剪刀|剪子|铁棍|木棍|棍子|棒子|铁锹|锤子|砖头|枪)"
# (拎着根铁棍一直跟着我, 手里好像揣着刀: "not in scope"; r36 QA)
_WEAPON_HELD = re.compile(r"(?:拿|举|抄起|掏出|提着|握着|挥着|带着|拎着|扛着|抡着|揣着)(?:着|了)?(?:一把|把|一根|根)?" + _WEAPON
                          + r"|手(?:里|上)(?:好像|像是|还)?(?:有|拿着?|握着?|提着?|攥着?|揣着?|拎着?)(?:一把|把|一根|根)?" + _WEAPON)
_HIDING = re.compile(r"锁在|躲在|躲到|躲进|躲着|藏在|藏到|藏进|藏着|把自己锁|反锁|不能说话|不敢出声|不敢说话|在砸门|砸门"
                     r"|不敢出去|不敢出来|不敢出门|不敢开门")
# what one holding a weapon does to people (有人拿刀在我们小区门口追人: "not in scope"; r35 QA)
_ARMED_THREAT = re.compile(r"追人|追着|追我|追他|追她|砍人|捅人|伤人|行凶|要杀|杀人|堵我|堵着我|堵在|乱挥|挥舞|比划|威胁|闹事|冲过来"
                           r"|要打|要砍|要捅")


# a danger written in English (he keeps ringing my doorbell, my ex, i'm scared: a menu of 低保 and 公积金 items; r44 QA)
ENGLISH_DANGER, ENGLISH_CRISIS = "danger_en", "crisis_en"
_HAN_CHAR = re.compile(r"[\u4e00-\u9fff]")
# (I'm on a bridge and I don't want to go on; saying goodbye to everyone, I won't bother anyone anymore; this is my last
# message to you all; standing on the roof …nothing matters anymore: "only in Chinese"; r57 QA)
# ...and, as the Chinese signs are, by what a message tells (r58 QA: 15 of 18 English crises "only in Chinese"): a strong
# word alone, or a weak one beside being high up or a second weak one
_EN_STRONG = re.compile(r"\b(?:want (?:it )?all to end|end(?:ing)? it all|(?:feel|feeling|felt) like (?:ending (?:it|everything|my life)"
                        # (I feel like ending it all tonight: "could not find a government service"; r84 QA)
                        r"|dying|disappearing forever|not being here)|end(?:ing)? (?:everything|my life) (?:tonight|today|now)|take my (?:own )?life|life is (?:so |too |really |just )?(?:exhausting|pointless|meaningless|unbearable)"
                        # (life is so exhausting lately, is there any free counseling?: "could not find a government service"; r79 QA)
                        r"|tired of (?:living|life|being alive)|(?:don'?t|do not|can'?t) see the point (?:of|in) (?:carrying on|going on"
                        r"|living|life|anything)|can'?t (?:do this|take (?:it|this)|go on|carry on) any ?more|no point (?:in )?(?:living"
                        r"|going on|carrying on)|too (?:tired|exhausted|worn out) to (?:continue|go on|carry on|live|keep going)"
                        r"|(?:final|last) message|goodbye (?:everyone|all|world|forever)|won'?t be (?:around|here) (?:tomorrow|any ?more)"
                        r"|don'?t want to (?:wake up|be here|exist))\b", re.IGNORECASE)
_EN_FAREWELL = re.compile(r"\b(?:goodbye|farewell|love you all|thanks for putting up with me|bye everyone)\b", re.IGNORECASE)
_EN_WEARY = re.compile(r"\b(?:i'?m done(?! with)|(?:so|just so|too) (?:tired|exhausted)(?! of| from| after)|worn out|can'?t do this"
                       r"|hopeless|nothing left|give up(?: on (?:life|everything))?(?! on the| on my| on this))\b", re.IGNORECASE)
_EN_HIGH = re.compile(r"\b(?:on|up on|on top of|standing on|sitting on|at the edge of) (?:the |a |my )?(?:roof|rooftop|bridge|railing|ledge"
                      r"|balcony|parking garage|top floor|building)\b|\b(?:roof|rooftop|bridge railing|ledge)\b", re.IGNORECASE)
_EN_CRISIS = re.compile(r"\b(?:kill myself|end my life|want to die|suicid\w*|don'?t want to live|hurt myself"
                        r"|don'?t want to go on|can'?t go on|nothing matters any ?more|no reason to live|end it all"
                        r"|better off without me|won'?t (?:bother|burden) (?:anyone|you|anybody) any ?more"
                        r"|(?:my )?last message to (?:you all|everyone|all of you))\b", re.IGNORECASE)
# pills taken (i already took all my pills: the notice of a pension; r54 QA)
_EN_OVERDOSE = re.compile(r"\b(?:took|taken|swallowed|have had|had)\s+(?:all|a lot of|lots of|too many"
                          r"|(?:a |the )?(?:whole |half (?:a |the )?)?(?:bottle|box|pack|packet|strip|blister)s?(?: of)?"
                          r"|a handful of|\d{2,}|dozens of)\b[^.?!]{0,30}?"
                          r"\b(?:pills|tablets|sleeping pills|medicine|meds|painkillers)|\boverdos\w*", re.IGNORECASE)
# someone else's despair or goodbye, a child left alone, a scam, in English (r55 QA: "please write in Chinese", or items)
_EN_KIN = (r"(?:friend|dad|father|mom|mum|mother|brother|sister|husband|wife|son|daughter|colleague|roommate|boyfriend|girlfriend"
           r"|grandma|grandpa|coworker|co-worker|classmate|neighbou?r|cousin|uncle|aunt|partner|boss|flatmate)")
# (My best friend just posted 'thanks for everything, this is goodbye' …and isn't answering; Caller says her brother texted
# 'I'm done, goodbye everyone, don't look for me' and his phone is now off: "only in Chinese", or 港澳签注; r56 QA)
_EN_WHOSE = r"\b(?:my|a|our|his|her|their) (?:best |close |old |older |younger |little |big |twin )?"
_EN_OTHER_CRISIS = re.compile(_EN_WHOSE + _EN_KIN + r"\b[^.?!]{0,60}?\b(?:(?:goodbye|farewell) (?:message|note|post|letter|text)"
                              r"|suicide|kill (?:him|her)self|end (?:his|her) life"
                              r"|(?:goodbye|farewell|don'?t look for me)\b[^.?!]{0,50}?(?:\b(?:won'?t|doesn'?t|isn'?t|is not|hasn'?t|not"
                              r"|stopped) (?:pick(?:ing)? up|answer\w*|reply\w*|respond\w*)|phone (?:is )?(?:now )?(?:off|switched off"
                              r"|turned off|dead)|(?:can'?t|cannot|couldn'?t) (?:reach|contact|find)|unreachable"
                              r"|(?:nobody|no one) (?:can|could) (?:reach|contact|find)|can'?t get hold of))",
                              re.IGNORECASE)
_EN_DESPAIR_TOLD = re.compile(r"\b(?:my|our) " + _EN_KIN + r"\b[^.?!]{0,30}?"
                              r"\b(?:keeps? saying|always says|often says|says|said|tells? me)\b[^.?!]{0,30}?"
                              r"\b(?:no point (?:in )?living|want(?:s)? to die|tired of living|better off dead|doesn'?t want to live)",
                              re.IGNORECASE)
# (There's a little kid alone in the apartment next door, he's been crying for hours; Neighbor's toddler has been left alone
# next door all day, I can hear screaming: "only in Chinese"; r56 QA)
# (my 4 year old locked herself in the bathroom and isn't answering me; child stuck behind a locked door not responding;
# r58 QA)
_EN_CHILD_ALONE = re.compile(r"\b(?:kid|kids|child|children|baby|boy|girl|toddler|infant|little one|\d{1,2}[ -]year[ -]old)\b[^.?!]{0,40}?"
                             r"\b(?:alone|locked in|left|locked door|locked (?:him|her|them)sel(?:f|ves) in|locked the door|stuck"
                             r"|behind a (?:locked )?door)\b[^.?!]{0,60}?"
                             r"\b(?:days|hours|since|all (?:night|day)|crying|screaming|no adults?|nobody|no one"
                             r"|parents (?:gone|away|missing)|(?:isn'?t|not|won'?t) (?:answering|responding|respond\w*|opening)"
                             r"|can'?t hear)", re.IGNORECASE)
# a stroke or a collapse (my dad suddenly can't speak and one side of his body is numb: "only in Chinese"; r57 QA)
# (face drooping on one side and his speech is slurred; suddenly can't lift her right arm and her words are all jumbled; r58)
# breathing stopped, or not seen (not breathing; I don't think he's breathing): read by _EN_MEDICAL and _EN_NOT_BREATHING
_EN_BREATHING_STOPPED = r"(?:don'?t|do not) think (?:he|she|they)(?:'s| is| are) breathing|not breathing|isn'?t breathing|stopped breathing"
_EN_MEDICAL = re.compile(r"\bsuddenly (?:can'?t|cannot|couldn'?t) (?:speak|talk|move|see|stand|lift)\b|\bone side of (?:his|her|my|the) (?:body|face)"
                         r"|\bface (?:is )?droop\w*|\bspeech (?:is )?slurred|\bslurr\w* (?:his|her|their) (?:speech|words)"
                         r"|\bwords (?:are )?(?:all )?jumbled|\bcan'?t (?:lift|raise|move) (?:his|her|their|my) (?:right |left )?(?:arm|leg)"
                         # (my dad just dropped on the kitchen floor and I don't think he's breathing: "only in Chinese"; r75)
                         r"|\bdropped (?:on|to) the (?:\w+ )?(?:floor|ground)"
                         r"|\b(?:" + _EN_BREATHING_STOPPED + r"|is not breathing|can'?t breathe|unconscious|passed out|collapsed|having a stroke"
                         r"|had a stroke|heart attack|seizure|won'?t wake up)\b", re.IGNORECASE)
# someone not seen for days, living alone (haven't seen my old neighbour for 5 days, she lives alone and her mail is piling
# up: "only in Chinese"; r57 QA)
# (…old lady next door for like 4 days, mail piling up; …hasn't been seen for days and there's a smell from his flat; my
# neighbour is 85 and I haven't seen her in a week: "only in Chinese"; r58 QA)
_EN_UNSEEN = re.compile(r"\b(?:haven'?t|have not|hasn'?t|not|nobody has|no one has)(?: been)? (?:seen|heard from|seen or heard)\b"
                        r"[^.?!]{0,40}?\b(?:for|in) (?:like |about |almost |over )?(?:\d+|a few|several|two|three|four|five|six|many"
                        r"|a) (?:days?|weeks?)|\blives? alone\b[^.?!]{0,60}?\b(?:days|not answering|no answer|mail|smell|piling up)"
                        r"|\b(?:neighbou?r|old (?:lady|man|woman)|elderly)\b[^.?!]{0,60}?\b(?:days|a week)\b[^.?!]{0,40}?"
                        r"\b(?:mail|smell|curtains|not answering|no answer)|\b(?:for|in) days\b[^.?!]{0,40}?\bsmell", re.IGNORECASE)
_EN_SCAM = re.compile(r"\b(?:sms|text message|link|message)\b[^.?!]{0,60}?\b(?:money (?:is |was )?(?:gone|taken|missing)|took (?:my )?money"
                      r"|emptied|transferred out|charged)|\bscam(?:med)?\b|\bsafe account\b"
                      # a text saying a card must be upgraded or will be frozen, by a link (…needs an upgrade, click link or it
                      # will be frozen; …must upgrade my medical insurance card online within 24h via a link: 社保卡 or 医保 items;
                      # r56 QA)
                      r"|\b(?:text|sms|message)\b[^.?!]{0,60}?\b(?:upgrade|frozen|freeze|suspend\w*|deactivat\w*|blocked|expire\w*)"
                      r"\b[^.?!]{0,60}?\blink\b|\blink\b[^.?!]{0,60}?\b(?:upgrade|frozen|freeze|suspend\w*|deactivat\w*)\b",
                      re.IGNORECASE)
ENGLISH_OTHER_CRISIS, ENGLISH_DESPAIR, ENGLISH_POLICE, ENGLISH_FRAUD = "other_crisis_en", "despair_en", "police_en", "fraud_en"
ENGLISH_MEDICAL, ENGLISH_WELFARE = "medical_en", "welfare_en"
ENGLISH_MEDICAL_ANSWER = ("Please call 120 (ambulance) right now. Sudden trouble speaking, or one side of the body weak or numb, "
                          "may be a stroke: note the time it began, keep them lying on their side if they vomit, and give "
                          "nothing to eat or drink.")
ENGLISH_WELFARE_ANSWER = ("Please call 110 (police) now and ask them to check on the person: give the address and how long they "
                          "have not been seen. If you can see they are hurt or unwell, call 120 (ambulance) too.")
ENGLISH_DESPAIR_ANSWER = ("Take it seriously: stay with them, listen without blaming, and put away medicines, pesticides and "
                          "knives. You can call the psychological assistance hotline 12356 (24 hours) together, or go with them "
                          "to a hospital's psychological clinic. If they talk of harming themselves or have begun to, call 110 or "
                          "120 now.")
ENGLISH_OTHER_CRISIS_ANSWER = ("Try to reach them now, and the people around them. If you cannot, and you fear for their safety, "
                               "call 110 and ask the police to check on them (give their name, address or where they may be). "
                               "The psychological assistance hotline 12356 (24 hours) can help them, and you.")
# ...for someone at an edge in front of the one writing (my friend is standing on the balcony railing …what do i do)
ENGLISH_AT_EDGE_ANSWER = ("Call 110 now and give the exact place (and 120 if anyone is hurt). If it is safe for you, stay with "
                          "them and keep talking calmly; do not grab, corner or argue with them, and ask others nearby to help. "
                          "The psychological assistance hotline 12356 (24 hours) can advise you.")
ENGLISH_POLICE_ANSWER = "Please call 110 (police) right now and say where the child is; the police will come and check."
ENGLISH_CUT_SELF = "cut_self_en"
ENGLISH_CUT_SELF_ANSWER = ("Press hard on the wound with a clean towel or cloth and keep the arm raised. Call 120 (ambulance) now, "
                           "or ask someone near you to take you to the nearest hospital emergency department. You are not "
                           "alone: the psychological assistance hotline 12356 is open 24 hours.")
ENGLISH_CHILD_TAKEN = "child_taken_en"
ENGLISH_CHILD_TAKEN_ANSWER = ("Call 110 (police) right now. Say where and when it happened, which way they went, what the person "
                              "looked like, the vehicle and its plate if you saw them, and what your child is wearing. Ask people "
                              "and shop staff nearby to help and to keep their camera recordings.")
ENGLISH_ELDER_HARMED = "elder_harmed_en"
ENGLISH_ELDER_HARMED_ANSWER = ("If they are hurt or in danger now, call 110 (police) and give the address. Take photos of the marks "
                               "and keep any messages. You can also report it to the residents' committee (社区), the care home's "
                               "managers or the civil affairs bureau (民政局), and call the 12345 hotline for help in English.")
ENGLISH_CHILD_MISSING = "child_missing_en"
ENGLISH_CHILD_MISSING_ANSWER = ("Call 110 (police) right now: for a missing child there is no need to wait 24 hours. Give the child's "
                                "name, age, looks and clothes, when and where they were last seen or heard from, and who they went "
                                "to meet. Keep their chats and messages with that person; do not delete anything.")
ENGLISH_CHILD_IN_CAR = "child_in_car_en"
ENGLISH_CHILD_IN_CAR_ANSWER = ("Call 110 (or 119) right now and say where the car is. If the child is quiet, not moving or it is "
                               "hot, do not wait: break the window farthest from the child, get them out into the shade, and call "
                               "120 (ambulance).")
ENGLISH_FRAUD_ANSWER = ("If money has left your account, call 110 right away and give the time, the amount and the receiving "
                        "account, so the payment can be stopped and frozen; keep the messages and records. If you have not paid "
                        "yet, do not transfer anything or give any code, and call the anti-fraud line 96110 to check.")
_EN_DANGER = re.compile(r"\b(?:kill(?:s|ed|ing)? (?:me|us|her|him|my)|hurt(?:s|ing)? (?:me|us|my)|hit(?:s|ting)? me|beat(?:s|ing)? (?:me|us)"
                        # (Some man has been walking behind me every evening …I'm scared; a man keeps showing up wherever i
                        # go: "only in Chinese"; r74 QA)
                        r"|tail(?:s|ed|ing) me|(?:walking|following|standing|waiting|lurking) (?:right )?behind me|(?:shows?|showing|turns?|turning) up"
                        r" (?:wherever|everywhere) i go|keeps? (?:showing|turning) up|(?:watching|watches) me|(?:outside|near) my"
                        r" (?:gym|work|office|school)|wherever i go|everywhere i go"
                        r"|attack\w*|stab\w*|knife|gun|threat\w*|kidnap\w*|rape\w*|follow(?:s|ed|ing)? me|stalk\w*"
                        r"|break(?:s|ing)? in|breaking (?:down|into)|bang(?:s|ing)? on (?:my|the) door|kick(?:s|ing)? (?:my|the) door"
                        r"|(?:outside|at) my door|ring(?:s|ing)? (?:my|the) doorbell|(?:open|opening|force|forcing) (?:my|the) (?:door|lock)"
                        r"|call(?:ing)? the police"
                        # (a man outside my apartment door trying to get in: "only in Chinese"; r45 QA)
                        r"|(?:outside|in front of) my (?:\w+ )?(?:door|flat|apartment|room|house|building|home)|trying to (?:get|break|come) in"
                        r"|(?:get|break)(?:s|ing)? into my)\b", re.IGNORECASE)
# ...said so plainly that it needs no fear beside it (he wants to hurt me, someone is trying to kill me)
# (my ex came to my home asking for money and said he will hit my daughter: the 低保 notice alone; r64 QA)
# (my ex keeps texting that he will hurt our son; he'll hurt the kid; he'll take our daughter and make her disappear: "not in
# scope", the 出生医学证明's situations; r65 QA)
# one locked in by a partner or family, in English (my husband locked me in the flat; my son has kept me locked in the house)
# (my boss locked us inside the workshop and wont let anyone leave: "could not find a government service"; r82 QA)
_EN_LOCKED_IN = re.compile(r"\b(?:locked|locks|keeps|kept|keeping) (?:me|us) (?:locked )?(?:in|inside|up)\b"
                           r"|\bwon'?t let (?:me|us|anyone|anybody|him|her|them) (?:out|leave|go)\b"
                           # (My friend has been locked inside a warehouse by some strangers; My brother is being held in a
                           # workshop by his boss: "could not find a government service"; r83 QA)
                           r"|\b(?:locked|held|kept|trapped|detained) (?:up )?(?:inside|in) (?:a|an|the|some) (?:\w+ )?"
                           r"(?:room|warehouse|workshop|factory|hotel|basement|flat|apartment|house|shed|dorm\w*)\b"
                           # (my brother is being held by strangers in an apartment, they want ransom; some debt collectors are
                           # keeping her in a hotel room: "could not find a government service", the held one's answer; r84 QA)
                           r"|\b(?:i|we|he|she|they|friend|brother|sister|mother|mom|mum|father|dad|son|daughter|husband|wife"
                           r"|cousin|workers?|colleagues?|relatives?|uncle|aunt|boyfriend|girlfriend|grandma|grandpa)\b[^.?!]{0,20}?"
                           r"\b(?:being|been) (?:held|kept|locked up|detained)\b(?! up\b| back\b| after\b)"
                           r"|\bheld (?:captive|hostage|against (?:his|her|their|my|our) will)\b|\bwant\w* (?:a )?ransom\b"
                           r"|\b(?:keeping|holding|locked|locking) (?:him|her|them) (?:in|inside|up|captive|hostage)\b",
                           re.IGNORECASE)
_EN_DANGER_PLAIN = re.compile(r"(?:\b(?:wants? to|going to|gonna|trying to|threaten\w* to|will)|'ll) (?:hurt|kill|stab|attack|beat|rape)"
                              r" (?:me|us|my|(?:our|the) (?:son|daughter|kids?|child|children|baby|boy|girl|family))\b"
                              r"|\b(?:kill|stab|rape) me\b"
                              # (my husband locked me in the flat for days: "not in scope"; r67 QA)
                              r"|" + _EN_LOCKED_IN.pattern
                              + r"|\b(?:take|snatch|kidnap|grab)\w* (?:my|our|the) (?:daughter|son|kids?|child|children|baby)\b[^.?!]{0,40}?"
                              # (he'll take our son away from me and I won't find him; gonna grab the kid from school tomorrow and
                              # disappear: 出生登记's situations, "not in scope"; r66 QA)
                              r"\b(?:disappear|never see|hurt|kill|won'?t (?:ever )?find|away from me|run away|leave the country)"
                              r"|\b(?:wants? to|going to|gonna|threaten\w* to|will) hit (?:me|us|my (?:daughter|son|kids?|child|children"
                              r"|baby|wife|mom|mum|mother|sister|brother))\b"
                              # (someone has been following me since I left the metro: "only in Chinese"; r46 QA)
                              r"|\b(?:someone|somebody|a man|a guy|a stranger|some guy|this guy)(?: \w+){0,3} follow(?:s|ed|ing)? me\b"
                              # (I am being followed by a stranger every night on my way home, he knows where I live: "only in
                              # Chinese"; r73 QA)
                              r"|\b(?:being|been|keep getting|get) followed\b|\bfollowed (?:home )?by (?:a|some|the|this|an) "
                              r"(?:stranger|man|guy|person|someone|somebody|unknown)",
                              re.IGNORECASE)
_EN_FEAR = re.compile(r"\b(?:scared|afraid|frightened|terrified|danger|emergency|ex|husband|boyfriend|stranger|drunk"
                      r"|alone|hiding|police|^help|help me|what number)\b", re.IGNORECASE)
ENGLISH_DANGER_ANSWER = ("If you are in danger now, call 110 (police) right away and say where you are: the street, the compound, "
                         "the building and the flat number. If you cannot talk, text 12110 with your address and what is "
                         "happening. At home: keep the door locked, do not open it or answer, stay in a room that locks, away "
                         "from knives, and ask neighbours or property security for help. In the street: go where it is lit and "
                         "busy (a shop, a guard post) and ask the staff for help. If anyone is hurt, also call 120 (ambulance).")
ENGLISH_DANGER_AGAIN = ("Stay where you are safe and keep the door locked. If you have not called 110 yet, call now, or text 12110 "
                        "if you cannot talk; if you have, call again and tell the police he is still there. If anyone is hurt, "
                        "call 120.")
# ...the one outside, followed (he is still behind me: "keep the door locked"; r47 QA)
ENGLISH_FOLLOWED_AGAIN = ("Do not go home or into a lift or stairwell while he is behind you: keep walking where it is lit and busy, "
                          "go into a shop, a bank or a guard post and ask the staff for help. If you have not called 110 yet, "
                          "call now and say where you are and what he looks like; if you have, call again and tell the police "
                          "he is still following you.")
_EN_OUTSIDE = re.compile(r"\b(?:behind me|following|followed|street|road|walking|metro|subway|bus|on my way)\b", re.IGNORECASE)
_EN_INSIDE = re.compile(r"\b(?:door|inside|at home|my (?:flat|apartment|room|house|home)|locked)\b", re.IGNORECASE)
ENGLISH_OVERDOSE = "overdose_en"
ENGLISH_OVERDOSE_ANSWER = ("Please call 120 (ambulance) right now, or ask someone near you to take you to the nearest hospital "
                           "emergency department, and bring the pill bottles or boxes with you. You are not alone: the "
                           "psychological assistance hotline 12356 is open 24 hours.")
ENGLISH_CRISIS_ANSWER = ("What you feel matters, and you are not alone. Please call the psychological assistance hotline 12356 "
                         "(24 hours) now, or ask someone you trust to stay with you. If you are in immediate danger, call 110 "
                         "or 120.")


_EN_INFANT = re.compile(r"\b(?:baby|babies|infant|newborn|new-born|\d{1,2}[ -]months?[ -]old)\b", re.IGNORECASE)
ENGLISH_INFANT_CPR_ANSWER = ("Call 120 (ambulance) right now and put the phone on speaker. If the baby is not breathing normally, "
                             "lay the baby on its back on a firm surface and start infant CPR: press the centre of the chest, just "
                             "below the nipple line, with two fingers, about 4 cm deep, 100 to 120 times a minute, and follow the "
                             "dispatcher's instructions until help comes. Do not shake the baby.")
# someone hit on the road and hurt (there's a man lying on the road not moving after a car hit him; r73 QA)
ENGLISH_ACCIDENT = "accident_en"
ENGLISH_ACCIDENT_ANSWER = ("Call 120 (ambulance) now, and 122 (traffic police, or 110), and give the exact place. Do not move the "
                           "injured person unless there is fire or more traffic coming; turn on hazard lights and put a warning "
                           "sign behind. Press a clean cloth on any bleeding, keep them warm and talk to them. If they are not "
                           "breathing, follow the 120 dispatcher's instructions for CPR.")
# not breathing or collapsed, in English: CPR, not the stroke's lying on one side (my dad collapsed in the kitchen and isn't
# breathing; r73 QA)
_EN_NOT_BREATHING = re.compile(r"\b(?:" + _EN_BREATHING_STOPPED + r"|no pulse|no heartbeat|won'?t wake up|not responding|unresponsive)\b",
                               re.IGNORECASE)
ENGLISH_CPR_ANSWER = ("Call 120 (ambulance) right now and put the phone on speaker. If they are not breathing normally, start CPR: "
                      "push hard and fast in the centre of the chest, about 100 to 120 times a minute, and follow the dispatcher's "
                      "instructions until help comes; send someone to look for an AED (defibrillator) nearby. Do not give food "
                      "or water.")

ENGLISH_DRAWN_AWAY = "drawn_away_en"
ENGLISH_DRAWN_AWAY_ANSWER = ("Please do not go. Someone met online who asks a young person to travel or meet alone and to keep it "
                             "from their parents is a serious danger sign. Do not send photos, your ID number or your address. "
                             "Tell your parents or a teacher now (parents: keep the chats and the account name). If the person "
                             "threatens you, is on the way, or the child has already gone, call 110 (police) right away. The "
                             "12355 youth service line (共青团, free) can help too.")
# ...told by a parent (My 12 year old daughter …asked her to meet him secretly: "tell your parents" to the parent; r84 QA)
ENGLISH_DRAWN_AWAY_PARENT_ANSWER = ("This is a serious danger sign: someone met online who asks a child to meet alone or travel to "
                                    "them, and to keep it secret. Talk with your child calmly, tell them not to go, and not to send "
                                    "photos, their ID number or your address. Keep the chats, any money sent and the account name; do "
                                    "not delete them. If the person threatens your child, or your child is on the way or has already "
                                    "gone, call 110 (police) right away. The 12355 youth service line (共青团, free) can help too.")
ENGLISH_BULLIED = "bullied_en"
ENGLISH_BULLIED_ANSWER = ("Being beaten or having money taken by force is a crime: if your child is hurt or it goes on, call 110 "
                          "(police). Comfort your child and tell them it is not their fault; take photos of any injuries and keep "
                          "messages. Report it to the class teacher and the school and ask them to act (schools must deal with "
                          "bullying); if they do not, contact the local education bureau (教育局) or call 12345. The 12355 youth "
                          "service line (共青团) can help your child too.")
_ENGLISH_ANSWERS = {ENGLISH_DRAWN_AWAY: ENGLISH_DRAWN_AWAY_ANSWER, ENGLISH_BULLIED: ENGLISH_BULLIED_ANSWER,
                    ENGLISH_ACCIDENT: ENGLISH_ACCIDENT_ANSWER, ENGLISH_DANGER: ENGLISH_DANGER_ANSWER, ENGLISH_CRISIS: ENGLISH_CRISIS_ANSWER,
                    ENGLISH_OVERDOSE: ENGLISH_OVERDOSE_ANSWER, ENGLISH_OTHER_CRISIS: ENGLISH_OTHER_CRISIS_ANSWER,
                    ENGLISH_POLICE: ENGLISH_POLICE_ANSWER, ENGLISH_FRAUD: ENGLISH_FRAUD_ANSWER,
                    ENGLISH_DESPAIR: ENGLISH_DESPAIR_ANSWER, ENGLISH_MEDICAL: ENGLISH_MEDICAL_ANSWER,
                    ENGLISH_WELFARE: ENGLISH_WELFARE_ANSWER, ENGLISH_CHILD_IN_CAR: ENGLISH_CHILD_IN_CAR_ANSWER,
                    ENGLISH_CHILD_TAKEN: ENGLISH_CHILD_TAKEN_ANSWER,
                    ENGLISH_CHILD_MISSING: ENGLISH_CHILD_MISSING_ANSWER, ENGLISH_ELDER_HARMED: ENGLISH_ELDER_HARMED_ANSWER, ENGLISH_CUT_SELF: ENGLISH_CUT_SELF_ANSWER}


# (kind, what the message says): the first that matches, before the dangers to the one writing (``_EN_DANGER``)
_ENGLISH_KINDS = ((ENGLISH_OVERDOSE, _EN_OVERDOSE), (ENGLISH_OTHER_CRISIS, _EN_OTHER_CRISIS), (ENGLISH_DESPAIR, _EN_DESPAIR_TOLD),
                  (ENGLISH_POLICE, _EN_CHILD_ALONE), (ENGLISH_WELFARE, _EN_UNSEEN), (ENGLISH_FRAUD, _EN_SCAM),
                  (ENGLISH_CRISIS, _EN_CRISIS), (ENGLISH_MEDICAL, _EN_MEDICAL))


def _english_despair(text: str) -> bool:
    """Whether an English message tells despair by ``_EN_STRONG`` alone, or by a farewell and weariness together, or either
    beside being high up (thanks for everything, goodbye is none)."""
    farewell, weary = bool(_EN_FAREWELL.search(text)), bool(_EN_WEARY.search(text))
    return bool(_EN_STRONG.search(text)) or (farewell and weary) or ((farewell or weary) and bool(_EN_HIGH.search(text)))


_LATIN_LETTER = re.compile(r"[A-Za-z]")
MOSTLY_LATIN = 3   # a message with this many Latin letters for each Chinese character is read as English


def _english_danger(text: str) -> Optional[str]:
    """The danger a message written in English says (one of ``_ENGLISH_ANSWERS``' kinds), else None."""
    # (written in English with a Chinese term or two in it: I'm on the window ledge, would jumping end it? how to get 低保
    # got the 低保 notice alone; r64 QA)
    if _HAN_CHAR.search(text) and len(_LATIN_LETTER.findall(text)) < MOSTLY_LATIN * len(_HAN_CHAR.findall(text)):
        return None
    if english_signs.child_shut_in_car(text):
        return ENGLISH_CHILD_IN_CAR
    if english_signs.child_taken(text):
        return ENGLISH_CHILD_TAKEN
    if english_signs.child_missing(text):
        return ENGLISH_CHILD_MISSING
    if english_signs.another_at_the_edge(text):   # (before the writer's own despair its goodbye reads as; r69 QA)
        return ENGLISH_OTHER_CRISIS
    if english_signs.own_cut_bleeding(text):
        return ENGLISH_CUT_SELF
    if english_signs.hurt_on_the_road(text):
        return ENGLISH_ACCIDENT
    if english_signs.bullied_at_school(text):   # (before the child harmed: beaten and her lunch money taken; r82 QA)
        return ENGLISH_BULLIED
    if english_signs.child_harmed(text):   # (…I saw bruises, he says dad hits him with a belt; r73 QA)
        return ENGLISH_POLICE
    if english_signs.elder_harmed(text):
        return ENGLISH_ELDER_HARMED
    if english_signs.rage_at_home(text):
        return ENGLISH_DANGER
    if english_signs.drawn_away_online(text):
        return ENGLISH_DRAWN_AWAY
    if (said := next((kind for kind, pattern in _ENGLISH_KINDS if pattern.search(text)), None)) is not None:
        return said
    # (what the set wordings miss, read by word classes anywhere in the message; r59 QA) — someone else's goodbye before
    # the writer's own despair (My friend posted 'goodbye everyone …' and isn't answering: told to get help, not for
    # the friend; r60 QA)
    if english_signs.others_goodbye_then_silent(text):
        return ENGLISH_OTHER_CRISIS
    if _english_despair(text) or english_signs.high_up_letting_go(text) or english_signs.at_the_edge(text) \
            or english_signs.pills_saved_for_tonight(text) or english_signs.veiled_goodbye(text):
        return ENGLISH_CRISIS
    if english_signs.neighbour_unseen(text):
        return ENGLISH_WELFARE
    # (…a man followed me from the bus stop and now he is standing outside my building: two of them, no fear said; r45 QA)
    told = {m.group().lower() for m in _EN_DANGER.finditer(text)}
    return ENGLISH_DANGER if _EN_DANGER_PLAIN.search(text) or (told and _EN_FEAR.search(text)) or len(told) >= 2 else None


# one who cannot go on (低保怎么申请啊 我已经三天没吃饭了 实在撑不下去了: the 低保 hedged, no help; r50 QA); not a business that
# cannot (店撑不下去了 怎么注销)
_CANNOT_GO_ON = re.compile(r"(?:撑|熬|挺)不下去了")
_A_BUSINESS = re.compile(r"店|公司|生意|厂|企业|买卖|铺子|摊|餐馆|饭馆|门面|项目|家里")


def danger_said(text: str) -> Optional[str]:
    """The kind of danger ``text`` says (other_crisis, crisis, fire, fire_medical, poison, poison_self, bite, medical,
    violence, police),
    else None; a danger told with a service asked about it (救助, 补办, 残疾证, 领抚恤金) is none, nor a
    suicide of another told."""
    text = text or ""
    if (english := _english_danger(text)) is not None:
        return english
    kind = next((kind for kind, said, _ in _DANGERS if said.search(text)), None)
    if kind in (None, "crisis") and (crisis_signs.someone_at_an_edge(text) or (_ANOTHER_AT_EDGE.search(text) and (
            _THEIR_JUMP.search(text) or (_HELPER_ASKS.search(text)
                                         and (kind or crisis_signs.crisis_sign(text)) == crisis_signs.CRISIS)))):
        return "other_crisis"   # (我邻居小伙子现在站在楼顶上，说要跳下去，我该怎么办: the crisis line to the one writing; r67 QA)
    if kind in (None, "poison", "crisis") and (sign := crisis_signs.crisis_sign(text)) is not None \
            and (kind != "crisis" or sign in (POISON_SELF, CUT_SELF)):   # (…划了几刀，流了好多血，我不想活了: 120 first)
        # (what the plain wordings miss: the means made ready, a death wished, a goodbye, high up over wages, a burden;
        # a heap of pills taken, whatever is asked beside it: 药我已经吃下去一大把了 …丧葬费怎么领; r53 QA)
        if sign in (POISON_SELF, CUT_SELF) or kind is None:
            return sign if sign != crisis_signs.CRISIS or not _OTHERS_SUICIDE.search(text) else None
    if kind is None and _CANNOT_GO_ON.search(text) and not _A_BUSINESS.search(text):
        kind = "crisis"
    elif kind is None and _WEAPON_HELD.search(text) and _HIDING.search(text):
        kind = VIOLENCE
    elif kind is None and _WEAPON_HELD.search(text) and _ARMED_THREAT.search(text):
        kind = "police"
    elif kind is None and (welfare_checks.child_alone(text) or welfare_checks.old_person_unseen(text)):
        kind = "police"   # (the police to look in: 隔壁屋里小孩哭了两三天了 门一直锁着; 对门的老大爷一个礼拜没出门了 屋里有股味道)
    elif kind is None and (urgent_signs.child_taken(text) or urgent_signs.child_missing(text)
                           or (urgent_signs.locked_in(text) and not urgent_signs.shut_in_at_home(text)   # (one's family: violence)
                               and not urgent_signs.elder_harmed(text))
                           or urgent_signs.drawn_away_online(text)) \
            and not _TAKEN_BEFORE.search(text):
        return "police"   # (我家娃刚被一个陌生男的抱走了 …报户口吗; 他把门反锁了 我出不去: whatever is asked beside it; r66 QA)
    elif kind is None and (urgent_signs.threat_at_home(text) or urgent_signs.shut_in_at_home(text)
                           or urgent_signs.rage_at_home(text)):
        kind = VIOLENCE   # (我老公在家里说不给他两万块钱他就打孩子: 出生登记 suggested; r62 QA)
    elif kind in (None, VIOLENCE) and urgent_signs.held_for_money(text):
        # (有人打电话说我孩子在他手上，让我马上汇十万，不然后果自负; 有人威胁我说要是不汇钱就对孩子动手 read as violence at home:
        # the domestic-violence advice; r61 QA)
        kind = "police"
    elif kind is None and urgent_signs.hurt_by_a_vehicle(text):
        return "accident"   # (外卖小哥被一辆小车撞了，躺马路中间流了好多血: "not in scope"; r74 QA)
    elif kind is None and (urgent_signs.child_beaten(text) or urgent_signs.elder_harmed(text)
                           or urgent_signs.bullied_at_school(text)):
        kind = VIOLENCE   # (孩子身上老是青一块紫一块的，问他才说是后爸打的; r74 QA; 我爷爷在家里被我叔打得鼻青脸肿的; r75 QA)
    elif kind is None and urgent_signs.stroke_signs(text):
        kind = "medical"   # (同事左手左脚突然没劲，话也说不清楚)
    elif kind is None and urgent_signs.secrets_asked_by_a_text(text):
        kind = FRAUD   # (【人社】您的失业补助金已到账待领取，请回复银行卡号及密码)
    if kind in ("crisis", "other_crisis"):
        return None if _OTHERS_SUICIDE.search(text) else kind
    if kind == VIOLENCE:
        return kind   # (a service asked beside it is answered after it: ``beside_a_service``)
    if kind == FRAUD:   # (钱能找回来吗 is the scam's own question)
        return None if _FRAUD_SERVICE.search(text) else kind
    if kind == "police" and _child_taken(text):
        # (孩子被人贩子抱走了！！户口本还在我这: its 户口本 read as the service asked; r65 QA; 我小时候被拐过，现在想恢复户口: a
        # service)
        return None if _TAKEN_BEFORE.search(text) else kind
    if kind == "medical" and urgent_signs.stroke_signs(text) and not urgent_signs.lasting_harm(text):
        return kind   # (我妈刚才突然嘴歪了说话含糊，一边手抬不起来，她的残疾证怎么办: the 残疾证 items alone; r64 QA)
    if kind is not None and _SERVICE_ASKED.search(_HOW_NOW.sub("", text)):
        return None
    if kind == "medical" and urgent_signs.lasting_harm(text):
        return None
    if kind == "fire" and _HURT.search(text):
        return FIRE_AND_HURT
    if kind == "poison" and _SELF_POISONED.search(text):
        return POISON_SELF
    return kind


VIOLENCE = "violence"
# someone hurt by the blows (划破了, 流血, 骨折, 打晕了)
_BLEEDING = re.compile(r"划破|砍伤|割伤|捅伤|流血|出血|骨折|打晕|晕过去|昏过去|伤得很重|是血|都是血|满身血|一身血|头破血流"
                       r"|头(?:都)?(?:被)?(?:打|砸)破|(?:打|砸)破(?:了)?(?:头|脑袋)|掐[^，,。？?！!\s]{0,4}?脖子")
HURT_TOO = "有人受伤的，请同时拨打120急救电话。"
# violence told by one who saw or heard it (隔壁家, 邻居, 楼上那家, 他家小孩), not done to them
_SEEN = re.compile(r"隔壁|邻居|楼上|楼下|对门|那家|他家|她家|别人家|同学家"
                   r"|(?:我)?(?:看到|看见|听到|听见|瞧见)|小区里|楼道里?|街上|路上|路边"   # (老人掐那个小孙子; r30 QA)
                   r"|公交|车上|地铁|菜市场|商场|超市|广场|公园|门口|一个大人|一个男的|一个女的|有个男的|有个女的"   # (r31 QA)
                   r"|他同学|她同学|同学天天|孩子说|娃说|听孩子说|停车场")   # (r33 QA)
_TO_ME = re.compile(r"打我|揍我|抽我|踢我|掐我|砍我|扎我|捅我|扇我|追着我|冲我|我被|被我(?:爸|妈)|我(?:爸|妈|老公|老婆|男人|媳妇)"
                   r"|堵我|堵着我|跟着我|跟踪我|缠着我|找我麻烦|收拾我|找我算账|弄我"   # (前男友在我家楼下堵我; r35 QA)
                   r"|(?:砍|打|弄|捅|掐)死我|杀了我|要杀我"
                   r"|我(?:前夫|前妻|前男友|前女友|男朋友|对象)")   # (我前夫…说要拿刀过来 他已经到我们小区了; r43 QA)   # (前夫…说要砍死我 我带着孩子躲在屋里: the witness's script; r37 QA)
# the one writing hiding from it (我把门反锁了 躲在屋里, beside 我邻居家男的拿着刀在楼道里: the witness's script; r35 QA)
_HIDING_MYSELF = re.compile(r"(?:我|俺)(?:们|和[^，,。？?！!\s]{1,3}|跟[^，,。？?！!\s]{1,3}|带着[^，,。？?！!\s]{1,3})?"
                            r"(?:现在|已经|赶紧|先)?(?:把门)?(?:躲|藏|锁|反锁)"
                            r"|把门反锁|把自己锁|不敢出去|不敢出来|不敢出门|不敢开门")
# a child writing (我今年14, 我高二, 我是初二学生)
_A_CHILD_WRITING = re.compile(r"我(?:今年|才|只有)?(?:1[0-7]|[6-9]|十[一二三四五六七]?|[六七八九])岁|我(?:今年)?(?:1[0-7]|[6-9])(?![\d年月号元块])"
                              r"|(?:小学|初中|高中|初[一二三]|高[一二三]|[一二三四五六七八九]年级)(?:学生)?|我是学生|我还是学生|未成年")
VIOLENCE_TO_A_CHILD = ("你现在有危险的话，请马上拨打110报警，说清楚你在哪里；先躲到安全的地方，或去找邻居、信任的大人帮忙。"
                       "也可以拨打12355青少年服务台，或告诉老师、学校。被家里人打不是你的错，警察和学校会帮你。")
VIOLENCE_SEEN = ("有人（孩子、家人或路人）正在被打、有危险的，请立即拨打110报警，说清楚具体地点；不要独自上前，警察会到场处置。"
                 "也可以向所在社区（居委会）、妇联（维权热线12338）或民政部门反映，虐待未成年人的可以同时拨打12355青少年服务台。")
# violence going on now, with a weapon or the one writing hiding from it (拿着菜刀在客厅里晃…我躲在卫生间, 拿剪子要扎我):
# what to do at once, not "如果您现在有危险" (r32 QA)
_NOW = re.compile(r"躲在|躲到|锁在|藏在|把自己锁|不敢出声|不敢出去|正在|在砸门|现在(?:还)?在|刀|剪子|剪刀|斧头|要杀|要打死")
VIOLENCE_NOW = ("请立即拨打110报警，说清楚具体地址；不方便说话的，拨通110后不要挂断，可以轻声回答或按键示意，多地也可以发短信到"
                "12110报警。尽量待在能反锁的房间或靠近出口的地方，远离厨房等放刀具的地方；有人受伤请同时拨打120。"
                "脱离危险后，可以拨打妇联维权热线12338，并可向人民法院申请人身安全保护令。")
_SILENT = re.compile(r"不敢出声|不敢说话|不能说话|不方便说话|说不了话|没法说话|不敢打电话|不敢打110|不敢报警|会听到|会知道|听着|不方便打电话"
                     r"|不能打电话|没法打电话"
                     r"|短信报警|发短信|12110")   # (不方便打电话, 能不能发短信报警; r40 QA)
SILENT = "不方便说话的，拨通110后不要挂断，可以轻声回答或按键示意；多地也可以发短信到12110报警，写清地址和情况。"
_DIVORCE = re.compile(r"离婚")
DIVORCE_BY_COURT = "对方不同意离婚的，可以向人民法院起诉离婚（婚姻登记处只办理双方自愿的协议离婚）。"
# a divorce asked after the answer to violence at home (那我要不要离婚: the agreed divorce's materials alone; r48 QA)
DIVORCE_AFTER_VIOLENCE = ("离不离婚由您自己决定，不离婚也可以申请人身安全保护令。决定离婚的：双方都同意的，可以一起到婚姻登记机关"
                          "协议离婚（申请后有30日冷静期）；对方不同意或者您不便和他见面的，可以向人民法院起诉离婚，实施家庭暴力是"
                          "法院准予离婚的法定情形之一（《民法典》第一千零七十九条），请保留好报警回执、伤情照片、就医记录等证据；"
                          "经济困难的可以申请法律援助（12348）。")


def divorce_after_violence(context: str, text: str) -> str:
    """What to know of a divorce asked (``text``) after the answer to one's own partner's violence (``context``), else ""."""
    return DIVORCE_AFTER_VIOLENCE if context in (VIOLENCE, VIOLENCE_COMING_KIND) and _DIVORCE.search(text or "") else ""


# someone unknown with a weapon after the one writing, who hides in a shop or under a car (有个陌生男的拎着根铁棍一直跟着我
# 我躲进一家奶茶店了, 外面有个人拿刀在砍人 我跟孩子藏在车底下): not the home's script (远离厨房, 保护令; r36 QA)
_STRANGER = re.compile(r"陌生|不认识|有个人|有人|一个男的|一个女的|有个男的|有个女的|歹徒|疯子|醉汉|神经病")
_PARTNER = re.compile(r"老公|丈夫|前夫|前妻|前男友|前女友|男朋友|女朋友|对象|老婆|媳妇")
_THREAT_TO_KILL = re.compile(r"(?:打死|弄死|砍死|捅死|掐死|杀了|要杀|要我的命|要我命|报复)")
_KNOWN = re.compile(r"老公|丈夫|男人|老婆|妻子|媳妇|前夫|前妻|前男友|前女友|男朋友|女朋友|对象|爸|妈|哥|姐|儿子|女儿|公公|婆婆"
                    r"|继父|继母|邻居|同事|同学|老板")
ARMED_STRANGER = ("请马上拨打110，说清楚您在哪里（路名、店名或明显的标志）；留在现在躲着的地方或人多、有保安的地方，请身边的人、"
                  "店员或保安帮忙，不要出去，也不要和他对峙。不方便说话的，拨通110后不要挂断，多地也可以发短信到12110报警。有人受伤请同时拨打120。")
ARMED_STRANGER_KIND = "armed_stranger"
# ...at one's own door (大半夜有个不认识的人在敲我家门: the street's 店员、保安 and 路名、店名; r41 QA)
STRANGER_AT_HOME = ("请马上拨打110，说清楚家里的详细地址（小区、楼栋、门牌号）；不要开门、不要应声，把门锁好、用家具抵住，带着家人待在能反锁的"
                    "里屋；可以打电话或发消息请邻居、物业保安帮忙。不方便说话的，拨通110后不要挂断，多地也可以发短信到12110报警。"
                    "有人受伤请同时拨打120。")
STRANGER_AT_HOME_KIND = "stranger_at_home"
# ...following one in the street, not hiding yet (一直跟着我 走了好几条街了 现在快到小区门口: out of scope; r42 QA)
FOLLOWED = ("请马上拨打110，说清楚您在哪里（路名、小区名或明显的标志）和他的样子；先不要回家，也不要独自进楼道或电梯，往灯亮、人多、"
            "有保安的地方走（商店、保安亭），请店员或保安帮忙，等警察到场。不方便说话的，拨通110后不要挂断，多地也可以发短信到12110报警。")
FOLLOWED_KIND = "followed"
_OUTSIDE = re.compile(r"店|商场|超市|地铁|车站|公交|马路|街上|小区里|楼道|车库|公园|厕所|卫生间(?!里)")
_AT_HOME = re.compile(r"我家|家门|家里|在家|屋里|房间|卧室|猫眼|敲门|砸门|拍门|踹门|门口")
# the one writing at home, not on the way there (我家门口, 在家, 门把手; not 小区门口 or 我家楼下 alone)
_IN_HOME = re.compile(r"我家门口|家门口|在家|家里|屋里|房间|卧室|猫眼|门把手|反锁|敲门|砸门|拍门|踹门|撬门|门锁")
# what a danger answered is remembered as for the message after it: its kind, or the witness's or the child's script
VIOLENCE_SEEN_KIND = "violence_seen"
# a partner (or one who beat the writer) on the way or already there: its follow-ups stay with what to do now (我该怎么办
# after 对象…要过来收拾我 got "不敢或不方便报警的，也可以…", 110 last; r45 QA)
VIOLENCE_COMING_KIND = "violence_coming"
VIOLENCE_TO_A_CHILD_KIND = "violence_child"
CARER_VIOLENCE_KIND = "violence_carer"   # a child hit by a nanny, a teacher or a carer
_MAN_ASKING = re.compile(r"我是男的|我一个男的|我是男人|我一个大男人|男的也能")
MEN_TOO = "男性遭受家庭暴力同样受法律保护，可以报警。"
_ASKS_IF = re.compile(r"吗|能不能|可不可以|行不行|算不算")

# the answer to a message after a danger's answer that names no service (我不敢报警 怎么办, 带着娃能去哪, 能匿名吗, 报警了我爸妈
#会不会坐牢; they got "not in scope" or an item read at random, 个体工商户注销's conditions; r29 QA)
_FOLLOW_UPS = {
    VIOLENCE: "您的安全最要紧。不敢或不方便报警的，也可以：拨打全国妇联维权热线12338；向所在社区（居委会、村委会）或单位求助；"
              "先带着孩子到亲友家等安全的地方，或向当地民政部门的救助管理站等临时庇护场所求助；向人民法院申请人身安全保护令"
              "（法院受理后72小时内作出，情况紧急的24小时内作出）。需要律师帮助的，可以申请法律援助。"
              "请保留伤情照片、就医记录、聊天记录等证据。一旦有危险，请立即拨打110。",
    VIOLENCE_SEEN_KIND: "您可以直接拨打110报警，说清楚地址和看到、听到的情况；报案人不愿公开姓名的，公安机关应当为其保密。"
                        "也可以向所在社区（居委会、村委会）、妇联（维权热线12338）反映，涉及孩子的可以拨打12355青少年服务台。"
                        "正在发生殴打的，请立即报警。",
    VIOLENCE_COMING_KIND: "请锁好门待在屋里，不要开门、不要应声，也不要出去找他；还没报警的，现在就拨打110，说清详细地址、说明他要来"
                          "伤害您；已经报警的，可以再打一次说明情况。他还没到、能安全离开的，先去邻居家、亲友家或人多、有保安的地方。"
                          "脱离危险后，可以拨打妇联维权热线12338，并可向人民法院申请人身安全保护令。",
    CARER_VIOLENCE_KIND: "应该报警：保姆、老师、托管人员等照看孩子的人打孩子，可以直接拨打110报警，把监控录像、照片、就医记录保存好"
                         "交给警方；是幼儿园、学校或托管机构的人员的，同时向当地教育局反映，托管机构也可以向市场监管部门投诉。也可以"
                         "拨打12345或青少年服务台12355求助。孩子有伤的，先带孩子就医检查。",
    VIOLENCE_TO_A_CHILD_KIND: "你可以先告诉一位信任的大人：老师、班主任、亲戚或邻居；也可以拨打12355青少年服务台，会有专门的人听你说、"
                              "帮你想办法。报警是为了让你安全，警察会先保护你。一旦有危险，马上打110。",
    "crisis": "我在这里。请现在就拨打心理援助热线12356（全国统一，24小时），或者告诉身边信任的人，请他陪着您；有立即的危险，请拨打"
              "110或120。如果是遇到了具体的难处（比如失业、看病、生活困难），也可以告诉我，我帮您查能申请的帮助，如临时救助、"
              "最低生活保障。",
    ARMED_STRANGER_KIND: "请继续待在安全的地方，不要出去；还没报警的，现在就拨打110；已经报警的，可以再打一次，告诉警察他现在的位置和"
                         "样子（衣着、往哪走）。请店员、保安或身边的人帮忙，等警察到场后再离开。",
    FOLLOWED_KIND: "请留在人多、有保安的地方，先不要回家，也不要独自上楼、进楼道或电梯（他跟上来就更危险）；还没报警的，现在就拨打"
                   "110；已经报警的，可以再打一次，告诉警察他现在的位置和样子（衣着、往哪走）。请店员、保安或身边的人帮忙，等警察到场后"
                   "再离开。",
    STRANGER_AT_HOME_KIND: "请继续锁好门待在屋里，不要开门、不要应声；还没报警的，现在就拨打110；已经报警的，可以再打一次，说清他还在"
                           "门外、在做什么。请邻居或物业保安帮忙，等警察到场后再开门。",
    "other_crisis": "请先拨打110，说清楚位置；在保证自身安全的前提下陪着他、不要刺激他。心理援助热线12356（24小时）也可以给您和他"
                    "专业的帮助。",
    # (钱还能追回来吗 after the scam's answer: "请先处理紧急情况" and the same again; r50)
    FRAUD: "钱能不能追回，要看报警是否及时、钱是否已被转走；越早报警，警方紧急止付、冻结的机会越大。请尽快拨打110，或带上身份证、"
           "转账记录、聊天记录到就近的派出所报案，不要再向对方转账，也不要相信自称能帮您“追回损失”、要先交费的人。"
           "反诈咨询可以拨打96110。",
}
DANGER_FIRST = "请先处理紧急情况："
# a link in a text, not yet clicked or paid: not to click first
_LINK_SAID = re.compile(r"链接|网址|网站|点(?:击|开|进)|访问|https?://|www\.|[A-Za-z0-9-]+\.(?:top|cc|vip|xyz|icu|club|site|online|shop|cn|com|net)\b")
_MONEY_GONE = re.compile(r"(?:钱|余额|存款)[^。？?！!]{0,8}?(?:没了|少了|被扣|被转|被划|转走|划走|扣走)|已经(?:转|付|汇)|被骗")
LINK_NOT_TO_CLICK = ("不要点短信里的链接，也不要在打开的网页里填身份证号、银行卡号、密码或验证码；社保、医保、公积金的业务请用官方App、"
                     "官方网站或拨打12333、12393、12329办理和核实。")
# a child shut in a car: minutes count (三岁的女儿把自己锁在车里了，太阳晒着，她不哭也不动了: "not in scope"; r59 QA)
CHILD_IN_CAR = ("请立即拨打110（或119），说清车停的位置。孩子已经不哭不动、叫不醒，或者车里很热的，不要等，马上砸开离孩子最远的一侧车窗"
                "把孩子抱出来，放到阴凉通风处，并拨打120急救电话。")
# ...or held for money (有人发消息说不给他转五万块钱就对我儿子下手: "not in scope"; r59 QA)
HELD_FOR_MONEY = ("先不要转账；马上打孩子（家人）的电话，或联系学校、老师、身边的人确认他是否安全。这类“孩子在我手上”的电话和短信很多是"
                  "诈骗，拿不准的也可以拨打反诈专线96110。")


# a child just taken: what the police need to hear, and the place's cameras and exits
CHILD_TAKEN = ("请立即拨打110报警，说清楚孩子在哪里、什么时候被带走，往哪个方向走了，带走孩子的人的样子、车辆和车牌（看到的话），以及孩子的穿着。"
               "请商场、店铺或小区的保安马上留意出口、保存监控录像，发动身边的人一起帮忙留意。")
# a child gone missing (…今天人找不着了: the police's answer named 122 for a traffic accident; r76 QA)
CHILD_MISSING = ("请立即拨打110报警，孩子走失、失踪或失联，报警不需要等24小时。说清孩子的姓名、年龄、长相和穿着，最后一次见到或联系上的时间和"
                 "地点，可能去的地方和一起的人；在商场、车站等地走失的，请保安马上留意出口、保存监控录像。孩子和网上或别处认识的人联系过的，"
                 "保留聊天记录、转账记录，不要删除；同时联系孩子的同学、朋友和老师，一有消息就告诉警方。")
# ...what they are told (not "keep the door locked")
# ...by one's family, as the one who locks (not my brother held by his boss; r83 QA)
# (as the one held, not the one who holds: My brother is locked in a room by his boss; r84 QA)
_EN_FAMILY = re.compile(r"\b(?:husband|wife|son|daughter|father|mother|dad|mom|mum|brother|sister|family|partner|boyfriend"
                        r"|girlfriend|uncle|aunt|parents?|in-laws?)\b(?: (?:has|had|have|is|was|just|always|now|still)){0,2}"
                        r" (?:locked|locks|keeps|kept|keeping|won'?t let)(?: (?:me|us|him|her|them))?\b(?! (?:in|inside) (?:a|an|the) "
                        r"\w+ by)|\bby (?:my|his|her|our) (?:husband|wife|son|daughter|father|mother|dad|mom|mum|brother"
                        r"|sister|family|partner|boyfriend|girlfriend|uncle|aunt|parents?)\b", re.IGNORECASE)
_EN_OTHER_HELD = re.compile(r"\b(?:keep|keeps|keeping|kept|hold|holds|holding|held|lock|locks|locking|locked) (?:him|her|them)\b"
                            r"|\b(?:he|she|they|friend|brother|sister|mother|mom|mum|father|dad|son|daughter|husband|wife|cousin"
                            r"|workers?|colleagues?|relatives?|uncle|aunt|boyfriend|girlfriend|grandma|grandpa)\b(?:'s)?[^.?!]{0,20}?"
                            r"\b(?:is|are|was|were|has been|have been|being|got)\b[^.?!]{0,12}?\b(?:held|locked|kept|detained|trapped"
                            r"|imprisoned)\b", re.IGNORECASE)
_EN_ME_HELD = re.compile(r"\b(?:me|us)\b (?:locked |captive |hostage )?(?:in|inside|up|captive|hostage)\b|\b(?:i am|i'm|we are|we're"
                         r"|i have been|i've been|we have been|we've been)\b[^.?!]{0,12}?\b(?:held|locked|kept|detained|trapped)\b",
                         re.IGNORECASE)
ENGLISH_HELD_ANSWER = ("Call 110 (police) now and say where you are: the street, the building and the room, or what you can see "
                       "from the window. If you cannot talk, text 12110 with your address and that you are being held. Put your "
                       "phone on silent and keep it hidden; do not fight them. If anyone is hurt, call 120.")
# ...another held, told by a relative or friend (some debt collectors are keeping her in a hotel room; my brother is being held
# by strangers in an apartment, they want ransom: the answer to the one held, or nothing; r84 QA)
ENGLISH_HELD_SOMEONE_ANSWER = ("Call 110 (police) now and tell them where the person is held: the address, the name of the hotel, "
                               "building or factory, and the room; who is holding them, since when, and any phone number of the "
                               "people holding them. If you can reach the person, ask them to put their phone on silent and send "
                               "their location or text 12110 when it is safe. Do not go in alone, and do not pay any ransom privately.")
ENGLISH_LOCKED_IN_ANSWER = ("If you are in danger now, call 110 (police) and say where you are: the street, the building and the "
                            "flat number. If you cannot talk, text 12110 with your address and that you are locked in. Being "
                            "kept locked in by a family member is against the law: the women's federation hotline 12338 can "
                            "help, and a court can issue a personal safety protection order. If anyone is hurt, call 120.")


# someone found with no sign of life (我爸刚刚在屋里没气了): 120 first, then, asked what follows, the death's steps
NO_SIGNS_KIND = "medical_no_signs"
NO_SIGNS = "电话接通后按120调度员的指导做胸外按压（心肺复苏），直到急救人员赶到。"
_NO_SIGNS = re.compile(r"没气了|没(?:有)?(?:了)?呼吸|没(?:有)?(?:了)?心跳|身子?(?:都|已经)?凉了|(?:人|身体)(?:都|已经)?(?:硬|僵)了")


def danger_context(kind: str, text: str = "") -> Optional[str]:
    """What a danger of ``danger_said``'s ``kind`` said in ``text`` is remembered as for the message after it: the
    witness's (VIOLENCE_SEEN_KIND) or the child's (VIOLENCE_TO_A_CHILD_KIND) violence apart, else the kind; nothing
    for a check-in (a time running short told: the conversation goes on as before)."""
    text = text or ""
    if kind == crisis_signs.CHECK_IN:
        return None
    if kind in (VIOLENCE, "police") and _A_CHILD_WRITING.search(text) and (_TO_ME.search(text) or _HIDING.search(text)):
        return VIOLENCE_TO_A_CHILD_KIND   # (…我躲在衣柜里面 我是三年级的: "not in scope"; r34 QA)
    if kind in (VIOLENCE, "police") and _WEAPON_HELD.search(text) and _STRANGER.search(text) and not _KNOWN.search(text) \
            and (_HIDING.search(text) or _TO_ME.search(text)):
        return STRANGER_AT_HOME_KIND if _AT_HOME.search(text) and not _OUTSIDE.search(text) else ARMED_STRANGER_KIND
    if kind == "police" and _STRANGER_AT_DOOR.search(text) and not _KNOWN.search(text):
        return STRANGER_AT_HOME_KIND   # (a stranger at the door: lock, do not answer, neighbours; r41 QA)
    if kind == "police" and _STALKED.search(text) and not _KNOWN.search(text):
        # (followed and hiding in a shop: the stranger's script; r40 QA; followed in the street: don't go home; r42 QA; at
        # one's own door or home: 在我家门口转悠 还拧我门把手, 跟着我上了楼 我现在在家不敢出门 got "先不要回家"; r43 QA)
        if _IN_HOME.search(text) and not _OUTSIDE.search(text):
            return STRANGER_AT_HOME_KIND
        return ARMED_STRANGER_KIND if _HIDING.search(text) else FOLLOWED_KIND
    if kind == "police" and _PARTNER.search(text) and _THREAT_TO_KILL.search(text):
        return VIOLENCE   # (前男友天天堵我家楼下 还发消息说要弄死我: the general 110 answer, 交通事故 and all; r40 QA)
    if kind == "police" and _THREATENED.search(text) and _HIDING.search(text) and not _STRANGER.search(text):
        return VIOLENCE   # (他喝了酒就说要把我往死里打 我现在躲在厕所里: the general 110 answer, 交通事故 and all; r49 QA)
    if kind == VIOLENCE and _carer_hit_a_child(text):
        return CARER_VIOLENCE_KIND   # (要报警吗 after 保姆打我家娃: the script for one beaten at home; r77 QA)
    if kind == VIOLENCE and _SEEN.search(text) and not _TO_ME.search(text) and not _HIDING_MYSELF.search(text):
        return VIOLENCE_SEEN_KIND
    if kind == VIOLENCE and _coming_to_harm(text):
        return VIOLENCE_COMING_KIND
    if kind == "medical" and _NO_SIGNS.search(text):
        return NO_SIGNS_KIND
    return kind


def _coming_to_harm(text: str) -> bool:
    """Whether ``text`` tells a partner, or one who beat the writer, on the way to harm them or already there (not one
    seen coming to harm another)."""
    return bool((_COMING.search(text) or _PARTNER_COMING.search(text) or _PARTNER_THERE.search(text))
                and (not _SEEN.search(text) or _TO_ME.search(text)))


# what a message after violence's answer asks of reporting it (报警能不说我名字吗, 报警了我爸妈会不会坐牢, 男的被家暴说出去丢人
# 不想报警: the first answer again, or nothing on it; r30 QA)
_ANONYMOUS = re.compile(r"匿名|不说我(?:的)?名字|不留名|保密|不暴露|不让(?:他|她|他们)知道是我")
ANONYMOUS = "报警时可以要求对您的身份保密；报案人不愿公开姓名的，公安机关应当为其保密。"
_JAIL = re.compile(r"坐牢|判刑|抓起来|(?:抓|带)走(?!了)|关起来|拘留(?!了)")   # (not 警察来了把他带走了: done; r35 QA)
JAIL = ("报警是为了先制止暴力、保护被打的人；怎么处理由公安机关依法决定，情节较轻的一般是批评教育或者出具告诫书，"
        "不是一报警就坐牢。")
_ASHAMED = re.compile(r"丢人|丢脸|没面子|不好意思|难为情|家丑")
ASHAMED = "遭受家庭暴力不是您的错，说出来、报警求助都不丢人；男性遭受家暴同样受法律保护。"
# what a message after the answer tells or asks (r34 QA): a phone watch only, the door about to give, a bystander asking
# whether to step in, the police on their way
_WATCH = re.compile(r"电话手表|手表|没有手机|没手机")
WATCH = "电话手表也能直接拨打110：拨通后小声说出你家的地址和发生了什么，然后不要挂断、躲好。"
# (门锁要掉了, 门都快被他踢烂了, 门快撑不住了: the door about to give; r38 QA)
_URGENT = re.compile(r"砸开|撞开|踹开|快进来|冲进来|闯进来|在找我|找到我|快没电|没电了|剩\d+%"
                     r"|门锁?(?:都)?(?:要|快)(?:被[^，,。？?！!\s]{0,3})?[踢踹砸撞撬]?(?:掉|烂|开|破|坏|撑不住)|撑不住了"
                     r"|门锁?(?:已经|都)?(?:松了|松动|坏了|被撬)"   # (门锁已经松了: r40 QA)
                     r"|门锁?[^，,。？?！!\s]{0,6}?(?:撬得|踹得|砸得)?(?:松动|松了|撬开|撬坏|踹开|快开)")   # (门锁被他撬得松动了: r41 QA)
URGENT = "现在马上拨打110（手机没电前先拨），说清地址；尽量躲进能反锁的房间，用家具抵住门，远离刀具，不要出声。"
URGENT_AGAIN = "马上再拨一次110，说明他还在、情况更急了，说清地址；尽量躲进能反锁的房间，用家具抵住门，远离刀具，不要出声。"
# a phone about to die (手机快没电了 咋办: "保持电话畅通"; r38 QA)
_BATTERY = re.compile(r"快没电|没电了|没什么电|没多少电|电(?:量)?不多|剩\d+%|要关机|(?:剩|只有)(?:百分之)?[\d一二三四五六七八九十]+(?:%|的电)")
BATTERY = "手机快没电的，趁有电先打110说清地址（或发短信到12110），之后调暗屏幕、关掉别的程序省电；也可以请身边的人或邻居帮您报警。"
STAY_PUT = "请继续待在躲着的地方，不要出去、不要开门，等警察到场。"
# getting out asked of (要不要从窗户跑 我们在二楼: where else to turn; r38 QA)
_ESCAPE = re.compile(r"窗户|跳窗|翻窗|跳下去|跳楼|阳台|(?:跑|逃|冲)出去|要不要跑|能跑吗|往外跑")
ESCAPE = ("不要从窗户、阳台往下跳或往下爬，楼层不高也可能摔成重伤；只有出口有安全的路、他不在那边时才出去，去邻居家或人多"
          "的地方。出不去就锁好门、用家具抵住，在窗边大声呼救，请楼下或邻居的人帮忙报警。")
_SHOULD_I = re.compile(r"该不该管|要不要管|能不能管|我能管吗|我管得了吗|要不要上前")
SHOULD_I = "应该管：先打110报警，说清具体地点和情况；不要独自上前，可以叫上周围的人、保安一起在安全距离照看，等警察到场。"
# the one writing still hiding from it, or the danger still there (我把门反锁了 灯也关了, 他还在门口没走)
_STILL_THERE = re.compile(r"还在(?:门口|外面|楼下|楼道|外头)|^还在外|没走|还没走|还在晃|在门口(?:站着|守着|等着)|在门外|他在楼下"
                          r"|(?:已经)?到(?:了)?(?:楼下|门口|门外|家门口)|按(?:我家)?门铃|在敲门")   # (他已经到楼下了 在按门铃; r42 QA)
STAY_HIDDEN = ("请继续锁好门待在里面，不要开门、不要出去；还没报警的现在就拨打110，已经报警的可以再打一次说明他还在，不方便说话的"
               "拨通后不要挂断或发短信到12110。")
_ON_THE_WAY = re.compile(r"(?:警察|110)(?:说)?(?:马上|正在|在路上|快)(?:就)?(?:到|来)|警察说在路上|已经报警了|(?:警察|110)?还没(?:到|来)")
ON_THE_WAY = "警察到之前，尽量待在能反锁的房间或安全的地方，保持电话畅通；有人受伤请同时拨打120。"
# a statement to the police asked of after it (我现在安全了 要不要去做笔录: "not in scope"; r35 QA)
_STATEMENT = re.compile(r"笔录|作证|做证|当证人|做证人|证人")
STATEMENT = ("需要的话，公安机关会联系您做询问笔录；您也可以主动联系接警的派出所，说明看到、听到的情况和时间地点，"
             "有照片、视频的一并提供。作为报警人或证人，您的身份信息公安机关会依法保密。")
RELUCTANT = re.compile(_ANONYMOUS.pattern + "|" + _JAIL.pattern + "|" + _ASHAMED.pattern + r"|不想报警|不敢报警|不愿报警")
# how the one writing feels after it (心里还是堵得慌 睡不着: "不敢或不方便报警的…" again; r31 QA)
_FEELING = re.compile(r"难受|堵得慌|憋屈|委屈|害怕|好怕|很怕|我怕|睡不着|崩溃|想哭|伤心|心里[^，,。？?！!\s]{0,3}(?:乱|慌|不好受)"
                      r"|缓不过来|恨我")
FEELING = "您经历的事情很不容易，心里难受是正常的；想找人说说，可以拨打心理援助热线12356（24小时），也可以找信任的亲友陪着您。"
# already reported (打完报警了): what comes after it, not where to turn instead of the police
_REPORTED = re.compile(r"(?<![没不])(?:已经|打完|刚|刚刚)?(?:报(?:过|了)警了?|报警了)|报完警|警察(?:来过|来了|已经来)"
                       r"|(?:报|打)(?:过|了)110")   # (not 还没报警; r37 QA)
_SHELTER_CHILD = re.compile(r"(?:先)?(?:在|住)(?:我家|我们家)|收留|暂时照顾|先带(?:回|到)")
SHELTER_CHILD = ("孩子有危险、家里暂时回不去的，先让孩子待在安全的地方并报警，由公安机关和民政部门（未成年人救助保护机构）依法"
                 "安置照顾；您可以先照看，同时告诉警察和社区。")
REPORTED_SEEN = ("报警后情况还在继续，或警察说管不了的，可以向所在社区（居委会、村委会）、妇联（维权热线12338）、民政部门反映；"
                 "涉及孩子的，可以拨打12355青少年服务台，也可以向当地人民检察院反映。")
REPORTED = ("报警后可以请公安机关出具告诫书，保存好报警回执、伤情照片和就医记录；还可以向人民法院申请人身安全保护令（法院受理后"
            "72小时内作出，情况紧急的24小时内作出），需要律师帮助的可以申请法律援助；再有危险请立即拨打110，也可以拨打妇联维权热线12338。")


# the one threatening on the way (他说已经在路上了: 工伤认定申请; r42 QA)
_COMING = re.compile(r"(?:他|她|对方|那人|那个人|他们|^)[^，,。？?！!\s]{0,3}?(?:说)?(?:他|她)?(?:已经|马上|快|正|正在)?"
                     r"(?:在路上|在来的路上|来的路上|快到了|要到了|马上到|过来了|要过来|(?<=马上)过来|(?<=现在)过来|往这边来|往我家来|来找我|出发了|开车过来"
                     r"|打车过来|往(?:这边|这儿|这里|我这|我这边|我家)(?:开|赶|走|跑)|到(?:了)?(?:我们)?小区(?:门口)?|进(?:了)?(?:我们)?小区|在(?:我们)?小区(?:门口)?了"
                     r"|\d+分钟(?:就)?到|马上就?到)")   # (他已经在小区门口了, 他说十分钟到; r44 QA)   # (他说他已经在来的路上了, 他到小区门口了; r43 QA)
COMING = ("他要过来伤害您：趁他还没到，现在就拨打110，说清地址、说明他要来伤害您（已经报过警的再打一次说明）；能安全离开的，马上去邻居家、"
          "亲友家或人多、有保安的地方，不要独自等他；走不了就锁好门、用家具抵住，不要开门、不要应声。")
# ...and already there (对象…说要过来收拾我 现在人已经在小区门口了, 已经在我家楼道里了: "趁他还没到 … 马上去邻居家"; r45 QA)
_ARRIVED = re.compile(r"(?:已经|现在|人|他|她)(?:就)?(?:在|到)(?:了)?(?:我家|我们|我们家)?(?:小区)?(?:门口|楼下|楼道|门外|单元门?口|电梯口?|楼上)"
                      r"|按(?:我家)?门铃|门铃(?:一直|还)?(?:在)?响|在敲(?:我家)?门|在砸(?:我家)?门|在(?:我家)?门外|(?:已经|人)(?:到|进|在)(?:了)?(?:我们|我家)?小区")
ARRIVED = ("他已经到了：锁好门待在里面，不要开门、不要应声，不要出去找他；带着家人躲进能反锁的里屋，用家具抵住门，远离刀具；现在就拨打110，"
           "说清详细地址（小区、楼栋、门牌号）、说明他就在楼下或门外、要来伤害您（已经报过警的再打一次说明）；可以请邻居或物业保安帮忙。")


def _coming_or_arrived(lines: List[str], text: str) -> List[str]:
    """``lines`` with the line for one on the way (COMING) made the one for one already there (ARRIVED) when ``text``
    says so."""
    there = bool(_ARRIVED.search(text or "") or _PARTNER_THERE.search(text or ""))
    return [ARRIVED if line == COMING and there else line for line in lines]


# a small child with the one writing (我儿子跟我在一块 才四岁, 我带着我女儿 她才三岁: the same text again; r42 QA)
_CHILD = r"(?:孩子|儿子|女儿|闺女|娃|宝宝|小孩|孙子|孙女)"
_CHILD_WITH_ME = re.compile(_CHILD + r"[^，,。？?！!]{0,8}?(?:才|只有|刚)(?:\d{1,2}|[一二三四五六七八九十两]{1,2})(?:岁|个月)"
                            r"|(?:我|俺)(?:带着|和|跟)(?:我|俺)?(?:的|家)?" + _CHILD + r"(?=[^，,。？?！!]{0,4}?(?:在家|在屋|在里|躲|藏))"
                            + r"|" + _CHILD + r"(?:也)?(?:跟|和)(?:我|俺)在一(?:块|起)|" + _CHILD + r"(?:一直|在)?(?:哭|吓哭|害怕)")
AFTER_DANGER = "脱离危险后，可以拨打妇联维权热线12338，并可向人民法院申请人身安全保护令。"
CHILD_WITH_ME = ("让孩子一直待在您身边，一起躲在能反锁的里屋，离门、窗和刀具远一点，轻声安抚孩子、尽量别让他哭出声；报警时告诉警察"
                 "有个小孩和您在一起。")


# the danger heard near (我听到脚步声, 他在踹门, 在敲门)
_FOOTSTEPS = re.compile(r"脚步声|踹门|砸门|踢门|在敲门|撞门|转悠|转来转去|在外面(?:骂|喊|找)|(?:他|她)(?:还)?(?:在)?(?:外面)?(?:到处)?找我|到处找")


def still_in_danger(text: str) -> bool:
    """Whether a message after a danger's answer tells the danger going on (还在外面 我听到脚步声 警察说在路上, 门快被撞开了
    110说马上到 还没来): it stays with the danger however faintly its words read as a service (路上 of 工伤认定's 上下班路上
    took the first to "not in scope"; r37 QA)."""
    text = text or ""
    return any(p.search(text) for p in (_STILL_THERE, _ON_THE_WAY, _URGENT, _HIDING, _HIDING_MYSELF, _SILENT, _REPORTED,
                                         _FOOTSTEPS, _ESCAPE, _BATTERY, _COMING, _CHILD_WITH_ME))



def danger_follow_up(context: str, text: str = "") -> str:
    """What to say to a message ``text`` after the answer to a danger remembered as ``context`` (``danger_context``)
    when it names no service: for violence, what it asks of reporting (anonymity, jail, shame), then where else to
    turn; help again in a crisis; else the first answer again."""
    if context in (VIOLENCE, VIOLENCE_SEEN_KIND, VIOLENCE_TO_A_CHILD_KIND, VIOLENCE_COMING_KIND, CARER_VIOLENCE_KIND):
        asked = [line for pattern, line in ((_COMING, COMING), (_ESCAPE, ESCAPE), (_URGENT, URGENT), (_BATTERY, BATTERY),
                                            (_CHILD_WITH_ME, CHILD_WITH_ME), (_WATCH, WATCH),
                                            (_SHOULD_I, SHOULD_I), (_SILENT, SILENT), (_STATEMENT, STATEMENT),
                                            (_ANONYMOUS, ANONYMOUS), (_JAIL, JAIL), (_ASHAMED, ASHAMED), (_FEELING, FEELING))
                 if pattern.search(text or "")]
        if _SHOULD_I.search(text or ""):
            asked = [line for line in asked if line != FEELING]
        asked = _coming_or_arrived(asked, text)
        if context == VIOLENCE_COMING_KIND and ARRIVED not in asked and _ARRIVED.search(text or ""):
            asked.insert(0, ARRIVED)   # (他已经在楼下了 after his threat to come)
        going_on = bool(_STILL_THERE.search(text or "") or _FOOTSTEPS.search(text or "") or URGENT in asked
                        or ESCAPE in asked or COMING in asked or ARRIVED in asked or CHILD_WITH_ME in asked)
        if _ON_THE_WAY.search(text or ""):   # (报了警了 警察还没到 他发消息说要等我下班: where else to turn only; r36 QA)
            asked = [ON_THE_WAY] + asked
        elif (_HIDING_MYSELF.search(text or "") or going_on) and not {URGENT, COMING, ARRIVED} & set(asked):
            # (我把门反锁了 灯也关了 接下来咋整: 匿名报警's line; r36 QA); a way out asked of answered first
            asked = asked[:1] + [STAY_HIDDEN] + asked[1:] if asked[:1] == [ESCAPE] else [STAY_HIDDEN] + asked
        called = _called(text)
        if URGENT in asked and called:   # (门快被撞开了 110说马上到 还没来: call again, not "现在马上拨打")
            asked = [URGENT_AGAIN if line == URGENT else line for line in asked]
        if going_on and context in (VIOLENCE, VIOLENCE_COMING_KIND):
            # (报警了但是警察还没到 他在踹门, 他在外面找我 还没报警: 告诫书 and 保护令 while he is at the door; r37 QA)
            return "".join(asked) + ("" if {URGENT, URGENT_AGAIN, STAY_HIDDEN, COMING, ARRIVED} & set(asked)
                                     else URGENT_AGAIN if called else URGENT)
        asked += [SHELTER_CHILD] if context == VIOLENCE_SEEN_KIND and _SHELTER_CHILD.search(text or "") else []
        reported = _REPORTED.search(text or "") or "管不了" in (text or "")
        rest = ON_THE_WAY + AFTER_DANGER if context == VIOLENCE_COMING_KIND and reported \
            else REPORTED if context == VIOLENCE and reported else REPORTED_SEEN if context == VIOLENCE_SEEN_KIND and reported \
            else _FOLLOW_UPS[context]
        if ANONYMOUS in asked and context == VIOLENCE_SEEN_KIND:
            rest = rest.replace("报案人不愿公开姓名的，公安机关应当为其保密。", "")
        return "".join(asked) + rest
    if context in (ENGLISH_DANGER, ENGLISH_CRISIS):   # (in English again: where it stands now)
        if context == ENGLISH_DANGER and _EN_OUTSIDE.search(text or "") and not _EN_INSIDE.search(text or ""):
            return ENGLISH_FOLLOWED_AGAIN
        return ENGLISH_DANGER_AGAIN if context == ENGLISH_DANGER else ENGLISH_CRISIS_ANSWER
    if context in _ENGLISH_ANSWERS:   # (the other English kinds: their answer again, not an empty line)
        return _ENGLISH_ANSWERS[context]
    if context in (ARMED_STRANGER_KIND, STRANGER_AT_HOME_KIND, FOLLOWED_KIND):
        # (我不敢打电话 他就在外面转悠: the silent ways to call; 手机快没电了: call while it lasts; r38 QA; 门锁快被他撬开了: the
        # door; r39 QA)
        return "".join(_going_on_lines(text)) + _FOLLOW_UPS[context]
    if context in _FOLLOW_UPS:
        return _FOLLOW_UPS[context]
    if context == "police" and _STATEMENT.search(text or ""):
        return STATEMENT
    if context == "police" and (going := _going_on_lines(text)):
        # (他好像在楼下找我 我不敢说话, 手机快没电了: the first answer again, "说清楚您的位置"; r39 QA)
        return "".join(going) + ("" if URGENT in going or URGENT_AGAIN in going
                                 else STAY_PUT if SILENT in going or BATTERY in going else STAY_HIDDEN)
    if context == "police" and _called(text):
        return ON_THE_WAY   # (我已经报警了 警察说马上到: "请立即拨打110…" again; r34 QA)
    first = next((answer for k, _, answer in _DANGERS if k == (context if context != NO_SIGNS_KIND else "medical")), None)
    if context in _HARM_DONE_ANSWERS:
        first = _HARM_DONE_ANSWERS[context]
    elif context == FIRE_AND_HURT:
        first = danger_answer(context)
    return DANGER_FIRST + first if first else ""


def _going_on_lines(text: str) -> List[str]:
    """What a message after the answer to a danger asks or tells while it goes on: a way out, the door about to give
    (call now, or again after a call), the phone dying, no way to speak."""
    text = text or ""
    # (the phone dying is the battery's line; the door about to give, or him finding the writer, is urgent)
    lines = [line for pattern, line, said in ((_COMING, COMING, text), (_ESCAPE, ESCAPE, text),
                                              (_URGENT, URGENT, _BATTERY.sub("", text)), (_BATTERY, BATTERY, text),
                                              (_SILENT, SILENT, text), (_CHILD_WITH_ME, CHILD_WITH_ME, text))
             if pattern.search(said)]
    called = _called(text)
    return _coming_or_arrived([URGENT_AGAIN if line == URGENT and called else line for line in lines], text)


def _called(text: str) -> bool:
    """Whether the message tells the police were called already (警察说在路上, 报了警了)."""
    return bool(_ON_THE_WAY.search(text or "") or _REPORTED.search(text or ""))


_CLAUSE_END = re.compile(r"[，,。！!？?；;…\n]+|\s{2,}")


def without_danger_told(text: str) -> str:
    """``text`` without the clauses that tell a danger themselves (在阳台上往下看了快一个钟头了，心里空落落的。对了，居住证怎么办:
    心里空落落的，对了，居住证怎么办; 被我哥关在屋里好几天了不让出门，护照过期了想换一本: its 好几天 read as the time limit asked;
    r68 QA), and without the words of despair left in the others (``without_crisis``)."""
    kept = [c for c in _CLAUSE_END.split(text or "") if c.strip() and danger_said(c) is None and not _MOOD_ONLY.match(c.strip())]
    return without_crisis("，".join(kept))


# a clause telling a mood and nothing else (心里空落落的: 居住证签注 read surely beside it, not 申领 or 签注 asked; r68 QA)
_MOOD_ONLY = re.compile(r"^(?:我|俺)?(?:最近|这几天|这阵子|今天|现在)?(?:总是?|老是?)?(?:觉得|感觉)?(?:心里|心情|人|整个人)(?:也)?"
                        r"(?:很|好|特别|有点|挺|真|太|一直)?(?:空落落|空荡荡|难受|堵得慌|堵|不是滋味|发慌|乱|低落|不好|很差|糟糕|烦|郁闷"
                        r"|压抑|沉|闷)(?:的|得很|得慌|极了)?(?:了|啊|呀)?$")


# what is left of a message to read a service in, beside a danger it tells, at the least
MIN_SERVICE_CHARS = 4


def service_read(text: str) -> str:
    """What of ``text`` to read a service in beside a danger it tells: the clauses that tell none (``without_danger_told``),
    else, beside despair, the message without its words (每天都想死，连怎么做都想好了。失业金怎么领: 失业保险金申领 hedged, read
    through the despair; r54 QA), when enough is left to read; else ``text``. The danger's answer is said first, from the
    whole message."""
    if (danger := danger_said(text)) is None:
        return text
    for rest in (without_danger_told(text), without_crisis(text) if danger in ("crisis", crisis_signs.CHECK_IN) else text):
        # (不想活了失业金怎么领 is one clause)
        if sum("\u4e00" <= c <= "\u9fff" for c in rest) >= MIN_SERVICE_CHARS:
            return rest
    return text


def without_crisis(text: str) -> str:
    """``text`` without the words of despair read in it (the crisis phrases and ``crisis_signs``), for the service asked
    beside them to be read alone."""
    crisis = next(said for kind, said, _ in _DANGERS if kind == "crisis")
    return crisis_signs.without_signs(crisis.sub("", text or ""))


def beside_a_service(kind: Optional[str]) -> bool:
    """Whether the answer to a danger of ``kind`` comes before the usual answer to the rest of the message rather than
    alone (老公又打我了 我想离婚: the divorce asked too; 低保怎么申请啊 …实在不想撑下去了: the crisis line, then the 低保, the
    help asked for being part of the help; r50 QA)."""
    return kind in (VIOLENCE, "crisis", crisis_signs.CHECK_IN)


# one's papers hidden or kept by the one who hurts them, told beside violence, nothing asked of them (老公喝了酒就打我，我想带孩子走，
# 可是身份证被他藏起来了: the danger's answer, then 居民身份证首次申领's districts; r84 QA): what to do about the papers
_PAPERS_KEPT = re.compile(r"(?:身份证|户口本|户口簿|证件|护照|结婚证|银行卡|社保卡|驾照|驾驶证)[^，,。？?！!；;]{0,4}?(?:被|让|给)?"
                          r"(?:他|她|对方|老公|老婆|丈夫|妻子|男人|媳妇|婆婆|公公|家里)?(?:给)?(?:藏|扣|拿走|收走|收了|锁|撕|烧|没收|抢)")
_ASKED_OF_PAPERS = re.compile(r"怎么|咋|如何|吗|么|呢|[？?]|能不能|能否|可以|可不可以|要什么|要啥|哪里|哪儿|去哪|补办|补领|重新办")
PAPERS_KEPT = ("证件被对方藏起来或扣着的，报警时可以一并告诉民警；离开后需要证件的，可以到派出所办理身份证挂失补领，急用的可以同时申请"
               "临时居民身份证，户口本可到户籍派出所补领。")


def papers_kept(text: str) -> bool:
    """Whether ``text`` tells one's papers hidden or kept by another, nothing asked of them (身份证被他藏起来了)."""
    return bool(_PAPERS_KEPT.search(text or "")) and not _ASKED_OF_PAPERS.search(text or "")


# the answers that say where to report what they answer (a service read beside them is no more than a guess)
WHERE_TO_REPORT_SAID = (ELDER_HARMED, BULLIED_AT_SCHOOL, CARER_VIOLENCE)


def _bullied_at_school(text: str) -> bool:
    """Whether violence ``text`` tells is a child bullied, beaten or extorted at school: as ``urgent_signs`` reads it, or
    by blows a message already read as violence tells beside school words (not by family nor a teacher)."""
    return urgent_signs.bullied_at_school(text) or bool(
        urgent_signs.A_CHILD_HERE.search(text) and _AT_SCHOOL.search(text) and _BULLIED.search(text)
        and not _FAMILY_HIT.search(text) and not _CARER_HIT.search(text))


def danger_answer(kind: str, text: str = "") -> str:
    """What to say first to a message of ``danger_said``'s ``kind``."""
    if kind in ("crisis", crisis_signs.CHECK_IN) and _COUNSELLING_ASKED.search(text or ""):
        # (最近老是失眠，觉得活着挺没劲的，市里有没有不要钱的心理咨询: the check-in alone, where to go unsaid; r81 QA)
        return danger_answer(kind, _COUNSELLING_ASKED.sub("", text or "")) + COUNSELLING_WHERE
    if kind == ENGLISH_OTHER_CRISIS and english_signs.another_at_the_edge(text or ""):
        return ENGLISH_AT_EDGE_ANSWER
    if kind == ENGLISH_DANGER and _EN_LOCKED_IN.search(text or ""):
        # (not "keep the door locked" to one locked in; r69 QA) — nor the family's help to one held by strangers (some men are
        # keeping me in a room and took my passport: "…by a family member… 12338"; r81 QA)
        return ENGLISH_LOCKED_IN_ANSWER if _EN_FAMILY.search(text or "") \
            else ENGLISH_HELD_SOMEONE_ANSWER if _EN_OTHER_HELD.search(text or "") and not _EN_ME_HELD.search(text or "") \
            else ENGLISH_HELD_ANSWER
    if kind == "police" and _child_taken(text or "") and not _TAKEN_BEFORE.search(text or ""):
        return CHILD_TAKEN   # (the police's answer named 122 for a traffic accident; r69 QA)
    if kind == "police" and urgent_signs.child_missing(text or ""):
        return CHILD_MISSING
    if kind == "police" and urgent_signs.locked_in(text or ""):
        # (told of another held: where they are and who holds them, no ransom paid; r83 QA)
        return HELD_LOCKED_IN if _I_AM_HELD.search(text or "") else HELD_SOMEONE
    if kind == "police" and urgent_signs.drawn_away_online(text or ""):
        return DRAWN_AWAY_ONLINE_PARENT if _A_PARENT_TELLS.search(text or "") else DRAWN_AWAY_ONLINE
    if kind == "police" and _bullied_at_school(text or ""):
        # (孩子在学校天天被几个同学欺负要钱，说不给就打，学费都被抢了: 110 and 122 for a traffic accident; r84 QA)
        return BULLIED_AT_SCHOOL
    if kind == ENGLISH_DRAWN_AWAY and english_signs.parent_tells(text or ""):
        return ENGLISH_DRAWN_AWAY_PARENT_ANSWER
    if kind == ENGLISH_MEDICAL and _EN_NOT_BREATHING.search(text or ""):
        # (Help! my baby is not breathing: the adult's push hard and fast; r74 QA)
        return ENGLISH_INFANT_CPR_ANSWER if _EN_INFANT.search(text or "") else ENGLISH_CPR_ANSWER
    if kind in _ENGLISH_ANSWERS:
        return _ENGLISH_ANSWERS[kind]
    if kind in _HARM_DONE_ANSWERS:
        return _HARM_DONE_ANSWERS[kind]
    if kind == crisis_signs.CHECK_IN:
        return crisis_signs.check_in_answer(text)
    if kind == "other_crisis" and _FAREWELL.search(text or ""):
        return FAREWELL_SENT
    if kind == "other_crisis" and _DESPAIR_TOLD.search(text or ""):
        # (我老婆吵完架说不想活了，把自己锁在屋里半个小时没动静了: "多陪着，耐心听"; r75 QA) — silent behind a door: now
        return DESPAIR_SILENT if _SILENT_BEHIND_A_DOOR.search(text or "") else DESPAIR_TOLD
    if kind == FRAUD and _LINK_SAID.search(text or "") and not _MONEY_GONE.search(text or ""):
        # (短信说我医保卡要年审，让我点 ybk-cn.top 去登记，要去吗: the answer for money gone, nothing on the link; r61 QA)
        return LINK_NOT_TO_CLICK + next(answer for k, _, answer in _DANGERS if k == kind)
    if kind == FRAUD and _SCREEN_SHARED.search(text or ""):
        # (the answer to a fake 12345 agent's screen sharing never said to stop it; r53 QA)
        return SCREEN_SHARED + next(answer for k, _, answer in _DANGERS if k == kind)
    if kind == VIOLENCE and _carer_hit_a_child(text or ""):
        return CARER_VIOLENCE   # (…她说是老师拿尺子打的: the protection order of violence at home; r75 QA)
    if kind == "crisis" and crisis_signs.self_high_up_to_jump(text or ""):
        return CRISIS_HIGH_UP
    if kind == VIOLENCE and _bullied_at_school(text or ""):
        return BULLIED_AT_SCHOOL
    if kind == VIOLENCE and urgent_signs.elder_harmed(text or "") and not _HIT_ME.search(text or ""):
        # (told by a neighbour too: 隔壁的老头被他儿子锁在偏房好几天了 …我一个邻居能管吗 got the witness's line on minors' 12355;
        # r81 QA)
        # (外婆被舅舅关在小黑屋里…我是她外孙女，现在在外地; 外公身上总是一块一块的青紫…: "如果您现在有危险", said to the one
        # beaten; r78 QA)
        return ELDER_HARMED
    if kind == VIOLENCE and _BLEEDING.search(text or ""):   # (丈夫拿着刀在厨房 刚才把我胳膊划破了: 110 only; r28 QA)
        answered = danger_answer(kind, _BLEEDING.sub("", text or ""))
        return answered if "120" in answered else answered + HURT_TOO
    if kind == VIOLENCE and _DIVORCE.search(text or ""):
        return next(answer for k, _, answer in _DANGERS if k == kind) + DIVORCE_BY_COURT
    context = danger_context(kind, text)
    if context == ARMED_STRANGER_KIND:
        return ARMED_STRANGER
    if context == STRANGER_AT_HOME_KIND:
        return STRANGER_AT_HOME
    if context == FOLLOWED_KIND:
        return FOLLOWED
    if context == VIOLENCE and kind != VIOLENCE:
        return danger_answer(VIOLENCE, text)   # (a partner's threat to kill, read as a call for the police; r40 QA)
    if context == VIOLENCE_TO_A_CHILD_KIND:
        return VIOLENCE_TO_A_CHILD   # (我爸又打我了 我今年14: the adult's 12338 and 保护令; r28 QA)
    if context == VIOLENCE_SEEN_KIND:
        return VIOLENCE_SEEN   # (told by a neighbour: the script for one beaten was "如果您现在有危险"; r27 QA)
    if context == VIOLENCE_COMING_KIND:
        # (对象…说要过来收拾我 现在人已经在小区门口了, …已经在我家楼道里了: 门口 and 楼道 read as a witness's, "如果您现在有危险";
        # r45 QA)
        # (我前夫刚才在电话里说要拿刀过来 他已经到我们小区了 我跟孩子在家: "如果您现在有危险"; r43 QA)
        return "".join(_coming_or_arrived([COMING], text)) + (CHILD_WITH_ME if _CHILD_WITH_ME.search(text or "") else "") \
            + AFTER_DANGER
    if kind == VIOLENCE and _NOW.search(text or "") and (_TO_ME.search(text or "") or _HIDING.search(text or "")) \
            and (not _SEEN.search(text or "") or _HIDING_MYSELF.search(text or "")):   # (at home: 12338 and the protection order after it fit, not for a stranger)
        return ("能。" + MEN_TOO if _MAN_ASKING.search(text or "") and _ASKS_IF.search(text or "") else "") + VIOLENCE_NOW
    if kind == VIOLENCE and _MAN_ASKING.search(text or ""):   # (媳妇…抄起水果刀…我是男的 这种也能报警吗; r29 QA)
        return ("能。" if _ASKS_IF.search(text or "") else "") + MEN_TOO + danger_answer(kind, _MAN_ASKING.sub("", text or ""))
    if kind == "police" and welfare_checks.child_in_car(text):
        return CHILD_IN_CAR
    if kind == "police" and urgent_signs.held_for_money(text):
        return next(answer for k, _, answer in _DANGERS if k == kind) + HELD_FOR_MONEY
    if kind == FIRE_AND_HURT:
        return danger_answer("fire") + "有人晕倒、受伤或被困的，请同时拨打120急救电话。"
    if context == NO_SIGNS_KIND:
        return next(answer for k, _, answer in _DANGERS if k == kind) + NO_SIGNS
    return next(answer for k, _, answer in _DANGERS if k == kind)
