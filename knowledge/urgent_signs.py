"""Emergencies read by what a message tells rather than by set phrases: a stroke's signs, a child held for money, a text
asking for one's card number or password, someone hit on the road, a child or an old relative harmed, a child gone missing.

``knowledge.emergencies`` reads the set wordings (突然说不出话, 半边身子, 不转5万块就把我儿子怎么样, 【人社】… + a web address).
Each black-box round found the same things said otherwise (同事左手左脚突然没劲，话也说不清楚; 有人发消息说不给他转五万块钱就对我
儿子下手; 有人打电话说我孩子在他手上，让我马上汇十万，不然后果自负; 【人社】您的失业补助金已到账待领取，请回复银行卡号及密码: unrelated
items or "not in scope"; r59 QA). Here each is put together from a few word classes, so a new arrangement is read too.

Plain regular expressions, no Rasa; measured against the evaluation rows, examples and FAQ questions for false alarms.
"""
from __future__ import annotations

import re
from typing import List

_CLAUSE = r"[^，,。？?！!；;\n]"

# a stroke: one side weak or numb, speech gone or slurred; both, or either said to be sudden
_ONE_SIDE_WEAK = re.compile(r"(?:左|右|半边|一边|一侧)(?:边)?(?:的)?(?:手|脚|腿|胳膊|身子|身体|脸)(?:左脚|右脚|左腿|右腿|和脚|和腿|脚|腿)?"
                            r"(?:也|都)?(?:突然)?(?:没劲|没力气|无力|发麻|麻了|麻木|麻(?![烦将辣])|动不了|抬不起来|抬不起|使不上劲|不听使唤|不能动)")
_SPEECH_GONE = re.compile(r"(?:说|讲)不出话|(?<![电句])话(?:也|都)?(?:说|讲)不(?:清楚|清|利索|出来)|口齿不清|吐字不清|舌头(?:发)?(?:硬|大)了"
                          # (说话突然含糊不清、嘴角歪了; 说话大舌头 嘴角往一边斜: no 120; r65 QA)
                          r"|说话(?:也|都)?(?:突然|一下子)?(?:含糊|含含糊糊|不清楚|不利索|不清|大舌头)|嘴(?:巴|角)?(?:也)?(?:往一边)?(?:歪|斜)")
_SUDDEN = re.compile(r"突然|忽然|刚才|刚刚|一下子|早上起来|今天早上|今早|起床后|起床时|一觉醒来|睡醒|醒来")
# a stroke's lasting harm, not one now (我爸中风了 半身不遂, asked beside 残疾证: "请立即拨打120" alone; r63 QA)
_LASTING = re.compile(r"半身不遂|偏瘫|瘫痪|瘫在床|卧床|常年|多年|好几年|几年了|后遗症")


def lasting_harm(text: str) -> bool:
    """Whether ``text`` tells an illness's lasting harm (半身不遂, 偏瘫) and nothing sudden."""
    text = text or ""
    return bool(_LASTING.search(text)) and not _SUDDEN.search(text) and "刚" not in text


def stroke_signs(text: str) -> bool:
    """Whether ``text`` tells one side weak and speech gone, or either of them suddenly."""
    text = text or ""
    weak, speech = bool(_ONE_SIDE_WEAK.search(text)), bool(_SPEECH_GONE.search(text))
    weak = weak or bool(_ARM_GONE.search(text) and speech)   # (说话大舌头 嘴角往一边斜 手也抬不起来)
    return (weak and speech) or ((weak or speech) and bool(_SUDDEN.search(text)))


_ARM_GONE = re.compile(r"(?:手|胳膊|腿)(?:也|都)?(?:抬不起来|没劲|使不上劲|不听使唤|动不了)")


# a child (or one's family) held for money: someone threatening, money demanded, harm to the child said
_THREATENER = re.compile(r"有人|对方|陌生人|那人|那个人|一个人|他们?(?:说|发)|电话|短信|消息|信息|微信|威胁|绑匪|歹徒")
_MONEY_DEMANDED = re.compile(r"(?:转|打|汇|给|交|拿)(?:了)?" + _CLAUSE + r"{0,4}?(?:钱|块|万|元|赎金)|转账|打钱|汇钱|汇款|赎金|赎人"
                             r"|不(?:转|给|打|汇|交)(?:钱)?")
_HARM_SAID = re.compile(r"下手|动手|伤害|后果自负|撕票|好看|吃苦头|付出代价|出(?:点)?事|知道(?:她|他|孩子)在哪|学校门口的照片|(?:在|落在)(?:他|她|我|我们|他们)(?:的)?手(?:上|里)|绑(?:了|架|走)|弄死|打死|砍|剁"
                        r"|(?:把|对)" + _CLAUSE + r"{0,6}?(?:怎么样|不客气)|见不到|卖了|放学的照片|上学的照片")
_FAMILY = re.compile(r"儿子|女儿|孩子|闺女|娃|小孩|孙子|孙女|外孙|老婆|老公|爸|妈|家人|家里人")


def held_for_money(text: str) -> bool:
    """Whether ``text`` tells someone demanding money with harm to one's child or family threatened (not one's own family
    at home: ``threat_at_home``)."""
    text = text or ""
    return all(p.search(text) for p in (_THREATENER, _MONEY_DEMANDED, _HARM_SAID, _FAMILY)) and not threat_at_home(text)


# one's partner or family at home threatening to hurt a child or the one writing (我老公在家里说不给他两万块钱他就打孩子; 前夫
# 喝了酒，说不给钱就把儿子从楼上扔下去: 出生登记, "not in the catalog"; r62 QA): violence at home
_AT_HOME = re.compile(r"(?:老公|丈夫|前夫|男人|对象|男朋友|老婆|前妻|公公|婆婆|继父|继母|孩子他爸|孩子他妈|他爸)"
                      # (我娃他爸（已经离了）今天闯进我家要钱 说不给就…: r63 QA)
                      r"[^。？?！!]{0,20}?(?:说|威胁|扬言|喊|骂)")
_HARM_AT_HOME = re.compile(r"(?:打|揍|扔|摔|砍|掐|弄死|打死|掐死)(?:我|孩子|儿子|女儿|娃|闺女)"
                           # (not a call, money, a card: 老公说明天过来 顺便打我微信)
                           r"(?!的?(?:电话|手机|微信|视频|钱|款|卡|招呼|麻将|牌|游戏|针|疫苗))"
                           r"|(?:孩子|儿子|女儿|娃|闺女)" + _CLAUSE + r"{0,8}?(?:扔下去|扔出去|摔死|打死|弄死|打一顿|揍一顿|往死里打|打残)"
                           # (说不给钱就对娃动手; 不给就带走孩子打一顿: the 低保 FAQ, "not in scope"; r63 QA)
                           r"|对(?:我|孩子|儿子|女儿|娃|闺女)(?:们)?(?:动手|下手|不客气)")


# one's partner or family keeping one shut in (我老公把我锁在屋里不让出门已经三天了 …离婚登记: its notice alone; r65 QA)
_SHUT_IN_AT_HOME = re.compile(r"(?:老公|丈夫|男人|对象|男朋友|老婆|妻子|媳妇|前夫|公公|婆婆|继父|继母|他|她)(?:又|一直|天天)?把我"
                              r"(?:锁|关|反锁|囚)(?:在)?(?:了)?(?:屋|家|房间|屋里|家里|里面|卧室|厕所)"
                              # (我被我男人锁在屋里好几天了出不去: r67 QA)
                              r"|被(?:我)?(?:老公|丈夫|男人|对象|男朋友|老婆|妻子|媳妇|前夫|他|她)(?:给)?(?:锁|关|反锁|囚)(?:在)?"
                              r"(?:屋|家|房间|屋里|家里|里面|卧室|厕所)"
                              # (被我哥关在屋里好几天了不让出门: the passport's time limit alone; r68 QA) — by one's family, for days
                              r"|被(?:我)?(?:哥|哥哥|姐|姐姐|弟|弟弟|妹|妹妹|爸|妈|父亲|母亲|家里人|家人|儿子|女儿|儿媳|女婿)(?:给)?"
                              r"(?:锁|关|反锁|囚)(?:在)?(?:屋|家|房间|屋里|家里|里面|卧室)" + _CLAUSE + r"{0,6}?"
                              r"(?:[一二两三四五六七八九十几\d]+天|好几天|好久|很久|不让(?:我)?出)"
                              r"|(?:老公|丈夫|男人|对象|男朋友|老婆|妻子|婆婆|公公)" + _CLAUSE + r"{0,6}?不让我出(?:门|去|家门)"
                              r"(?:已经)?(?:[一二两三四五六七八九十几\d]+天|好几天|好久|很久)"
                              # (我哥把我锁在家里三天了; 我爸关了我好几天，门反锁; 儿子把我反锁在屋里好几天: the service alone; r69 QA)
                              r"|(?:哥|姐|弟|妹|爸|妈|父亲|母亲|儿子|女儿|儿媳|女婿|家里人|家人|老公|老婆|丈夫|妻子|男人|对象)"
                              r"(?:把我" + _CLAUSE + r"{0,3}?(?:锁|关|反锁|囚)|(?:锁|关|反锁|囚)(?:了)?我)" + _CLAUSE + r"{0,12}?"
                              r"(?:[一二两三四五六七八九十几\d]+天|好几天|好多天|好久|很久|一个?(?:星期|礼拜|月)|不让(?:我)?出)"
                              # (我老婆把我手机没收了还把门锁上不让我出门，都第三天了: the 驾驶证 notice alone; r70 QA)
                              r"|(?:哥|姐|弟|妹|爸|妈|父亲|母亲|儿子|女儿|儿媳|女婿|家里人|家人|老公|老婆|丈夫|妻子|媳妇|男人|对象)"
                              r"[^。？?！!]{0,16}?把(?:家|屋|房)?门(?:从外面)?(?:反)?锁(?:上|了|住)?[^。？?！!]{0,6}?(?:不让(?:我)?出|(?:我)?出不去)")


# a child just taken by someone (我家娃刚被一个陌生男的抱走了; 孩子在小区门口玩被人抱上车拉走了; 我儿子刚才在菜市场被人抢走了: 出生登记,
# 身份证补领, "not in scope"; r66 QA)
_CHILD_TAKEN = re.compile(r"(?:孩子|娃|小孩|儿子|女儿|闺女|宝宝|孙子|孙女)" + _CLAUSE + r"{0,10}?被" + _CLAUSE
                          + r"{0,8}?(?:抱走|抢走|偷走|拉走|拐走|抱上车|拽上车|拖上车|抢上车)"
                          # (有个陌生人把我闺女拽上面包车跑了; 我女儿刚被一个陌生男人开车带走了: 身份证's items; r67 QA)
                          + r"|把(?:我)?(?:家)?(?:孩子|娃|小孩|儿子|女儿|闺女|宝宝|他|她)" + _CLAUSE + r"{0,4}?(?:拽上|抱上|拉上|塞进|拖上|抢上)"
                          + _CLAUSE + r"{0,4}?车"
                          + r"|陌生" + _CLAUSE + r"{0,12}?(?:带走|拉走|抱走|拽走|开车带走)")
_A_CHILD = re.compile(r"孩子|娃|小孩|儿子|女儿|闺女|宝宝|孙子|孙女|外孙")
# ...told of a stranger leading the child off (我闺女在公园玩，一个不认识的女人牵着她手就走了，拐出去找不到了: 身份证补领's situations;
# r68 QA)
_STRANGER_LED_OFF = re.compile(r"(?:陌生|不认识的?)" + _CLAUSE + r"{0,12}?(?:牵着?|拉着|抱着|领着|拽着)" + _CLAUSE + r"{0,6}?(?:就)?"
                               r"(?:走了|跑了|带走|领走|拉走|抱走|上车)")
# ...or someone locked in by anyone (他把门反锁了 我出不去已经四天了: a list of 低保's kin; r66 QA)
# (他把门反锁了，我出不去; 老公出门把门从外面锁了，我已经两天出不了屋了: the divorce's notice; r67 QA)
_LOCKED_IN = re.compile(r"把门(?:从外面|从外头)?(?:反)?锁(?:了|上了|住了)?[^。？?！!]{0,10}?(?:我|俺)(?:们)?[^。？?！!]{0,4}?"
                        r"出不(?:去|来|了(?:屋|门|家))"
                        # (我被人关在一个出租屋里不让走，手机是偷偷拿的: "not in scope"; r80 QA) — held by someone, not let go
                        # (被人关在一个小黑屋里出不去，他们是搞网贷催收的; 几个不认识的人把我关在一间屋子里; 老板把门锁了晚上不让我们出去，
                        # 说干满一个月才放人: "not in scope" or unrelated items; r81 QA)
                        r"|被(?:人|他们|一伙人|几个人|坏人|陌生人|骗子|催收的?|传销的?)(?:给)?(?:关|锁|囚禁|软禁|控制)(?:在|住)?"
                        r"[^。？?！!]{0,12}?(?:出不去|不让(?:我|俺)?(?:们)?(?:走|出去|出门|离开)|走不了|跑不了|逃不出)"
                        r"|(?:人|他们|坏人|老板|催收的?|传销的?)[^。？?！!]{0,8}?把(?:我|俺)(?:们)?(?:给)?(?:关|锁|堵|囚禁|软禁)(?:在|住|起来)"
                        r"|把(?:大|厂|宿舍|房|屋)?门(?:从外面)?(?:反)?锁(?:了|上了|住了)?[^。？?！!]{0,10}?不让(?:我|俺)(?:们)?"
                        r"(?:出去|出门|走|离开|回家|下班)"
                        r"|(?:干满|做满|待满)[^。？?！!]{0,8}?才(?:放人|放我|让走)"
                        # (我被人关在一个屋子里 门从外面锁了 他们说还钱才放我; 我被几个催债的关在宾馆房间里不让走; 讨债公司的人把我堵在出租屋
                        # 里两天了不让出门; 被公司老板锁在仓库里两天了: "not in scope", a hotel's licence; r82 QA) — held by someone, in a
                        # room (one's family: ``shut_in_at_home``, read first)
                        # (…or told of another: 我妈被放高利贷的扣在一个宾馆里了; 俺闺女让人扣在城郊一个仓库里了; 老板把他锁在车间里不让走，
                        # 说干完这批货才放人; 还把我们锁在宿舍不让出去: 年检, a hotel's licence, 身份证 items; r83 QA — one's family
                        # shutting one in and an old one harmed are read first)
                        r"|(?:干完|做完|还钱|给钱|还清|签字|签了|写欠条|签欠条)[^。？?！!]{0,6}?才(?:放人|放我|放他|放她|让走)"
                        r"|(?:不还钱|不给钱|不还清)[^。？?！!]{0,4}?不放(?:人|我|他|她)"
                        r"|(?:被|让|叫)[^，,。？?！!；;\s]{0,8}?(?:关|锁|困|堵|扣|囚禁|软禁)(?:在|到)[^。？?！!]{0,8}?"
                        r"(?:屋|房|(?<!教)室|宾馆|酒店|旅馆|仓库|车间|厂里|厂房|地下室|小黑屋|集装箱)"
                        r"|(?:还钱|给钱|签字|签了|写欠条|签欠条)[^。？?！!]{0,4}?才(?:放|让走|放人|放我)"
                        r"|(?:我|俺)(?:们)?(?:现在)?被(?:人|他|她|他们|一伙人|几个人|坏人|陌生人|老板|传销的?|骗子)?(?:给)?"
                        r"(?:(?:关|锁|困|囚禁|软禁|控制)(?:在|住)?|扣(?:在|住))[^。？?！!]{0,12}?(?:不让(?:我|俺)?(?:们)?(?:走|出去|出门|离开|回家)"
                        r"|出不去|不放(?:我|俺)?(?:们)?走|走不了|跑不了|逃不出)"
                        r"|(?:我|俺)(?:们)?(?:现在)?被(?:人|他|她|他们|一伙人|几个人|坏人|陌生人|传销的?|骗子)?(?:囚禁|软禁|非法拘禁)")


# ...or told by word classes (儿子放学路上被人拉上一辆面包车带走了; 刚刚有人在商场把我女儿抱走了: "not in scope"; r69 QA): someone
# unknown or 被人, a child, and a taking away, near each other; not one's family taking them (前夫把孩子带走了)
_SOMEONE_UNKNOWN = re.compile(r"有人|被人|陌生|不认识|一个(?:男|女)|有个(?:男|女|人)|那人|坏人|人贩子|一伙人|几个人")
_TAKEN_AWAY = re.compile(r"(?:抱|带|拉|抢|拐|牵|领|拽|拖|偷|掳|绑)走|(?:拉|拽|抱|拖|抢|塞|推)(?:上|进)" + _CLAUSE + r"{0,6}?车")
# ...for an errand, or heard of (孩子被人带走参加夏令营了; 有人说孩子被带走了是骗子吗)
_TAKEN_FOR_GOOD = re.compile(r"参加|夏令营|冬令营|上学|上课|培训|旅游|看病|体检|医院|接走|老师|学校组织|有人说|听说|骗子|诈骗|短信|电话里")


def child_taken(text: str) -> bool:
    """Whether ``text`` tells a child just taken away by someone."""
    text = text or ""
    if _CHILD_TAKEN.search(text) or (_STRANGER_LED_OFF.search(text) and _A_CHILD.search(text)):
        return True
    for clause in re.split(r"[。？?！!；;\n]+", text):
        child, taken = _A_CHILD.search(clause), _TAKEN_AWAY.search(clause)
        if child and taken and _SOMEONE_UNKNOWN.search(clause) and abs(taken.start() - child.end()) <= 16 \
                and not _TAKEN_FOR_GOOD.search(clause):
            return True
    return False


# ...or put in a room by someone not of the family (老板把他锁在车间里; 还把我们锁在宿舍不让出去; not 我妈把我关在房间写作业)
_PUT_IN = re.compile(r"把(?:我|俺|他|她)(?:们)?(?:给)?(?:关|锁|堵|扣|囚禁|软禁)(?:在|到)[^。？?！!]{0,8}?(?:不让|出不去|才放|不放|宿舍"
                     r"|屋|房|(?<!教)室|仓库|车间|厂|宾馆|酒店|旅馆|地下室)")
_FAMILY_BEFORE = re.compile(r"妈|爸|爹|娘|老公|老婆|丈夫|妻子|媳妇|男人|对象|男朋友|女朋友|哥|姐|弟|妹|爷|奶|公公|婆婆|儿子|女儿|家里人|家人")


# ...or by word classes in one clause (包工头把几个工人关在板房里不让走; 老板不让出来，人身自由被限制了; 被骗到一个工作室里，被看着不准
# 离开; 被老板扣着 不给走; 被黑中介扣在宿舍里 不交钱不让走; 被传销的人扣在一个小区里出不来: "not in scope", items, no emergency on
# the hotline; r84 QA): a holding and a not letting go, or a freedom taken; not by the police, a school or a hospital
_HOLDING = re.compile(r"(?:关|锁|扣|软禁|囚禁|控制|看管)(?:着|住|在|起来)|被(?:人)?(?:看着|盯着|看管)|有人(?:看着|盯着|守着)"
                      r"|(?:人身)?自由(?:被|给)?(?:限制|控制)|限制(?:了)?(?:他|她|我|他们|我们)?(?:的)?(?:人身)?自由|非法拘禁|黑砖窑|传销窝"
                      # (儿子被人拉去搞什么培训，不让出门，手机也被没收了: "not in scope"; r85 QA) — the phone taken
                      r"|手机(?:也|都)?(?:被|给)(?:人)?(?:没收|收走|收了|拿走|扣了|扣下)")
# ...or held for money, here or abroad (表哥被中介骗去缅甸了，关在园区里，对方要家里打钱才放人; 我弟弟在柬埔寨被扣押了 …交五万才放人;
# 他弟弟在柬埔寨被扣押，对方要五万块赎金: "not in scope", 护照 items, no emergency on the hotline; r85 QA)
_HELD_FOR_RANSOM = re.compile(r"(?:打|交|给|转|汇|拿|凑|付)(?:了)?" + _CLAUSE + r"{0,8}?(?:钱|万|块|元)" + _CLAUSE
                              + r"{0,4}?才(?:放人|放他|放她|放我|让走|让他走|让她走|能回来|肯放|能走|能出来|放出来)"
                              # (我妈被拉进传销窝点了，说交三万'培训费'才能走; 闺女…封闭集训 …说不交钱就不放人: "not in scope", items;
                              # r87 QA)
                              r"|被(?:人)?(?:拉|骗|带|弄)(?:进|到|去)(?:了)?(?:一个)?传销|传销(?:窝点|组织|窝)" + _CLAUSE
                              + r"{0,8}?(?:关|扣|出不来|不让|不放|才能走|交钱)"
                              r"|不(?:交|打|转|给|拿)钱(?:就)?不(?:放人|放他|放她|放我|让走|让出来)"
                              # (不交两万培训费就不让离开; 对方说交钱就放人: items, "not in scope"; r88 QA)
                              r"|不(?:交|打|转|给|付)" + _CLAUSE + r"{0,8}?(?:就)?不(?:让|准|许|放)(?:他|她|我|人)?(?:们)?"
                              r"(?:走|离开|出来|出去|回家|回来)"
                              r"|(?:交|打|转|给|付)(?:了)?(?:钱|款)" + _CLAUSE + r"{0,4}?(?:就|才)(?:放人|放他|放她|让走|能走|能出来|放出来)"
                              r"|赎金|赎人|(?:被|遭)(?:人)?(?:扣押|绑架|劫持|非法扣押)|(?:缅甸|柬埔寨|老挝|妙瓦底|电诈|诈骗)"
                              + _CLAUSE + r"{0,12}?(?:园区|窝点|关着|关在|扣着|扣在|出不来|回不来|被扣|被关|被控制|被困)"
                              # (老公在缅甸被扣了 对方要钱: "not in scope"; r86 QA)
                              r"|被(?:人)?(?:扣|关|控制)(?:了|住|着)?" + _CLAUSE + r"{0,10}?(?:要钱|要赎金|拿钱赎|给钱才|交钱才)"
                              # (他在里面上课不让出来，还让他找家里要钱: a scheme's "training"; r86 QA)
                              r"|不(?:让|准|许)(?:他|她|我)?(?:们)?(?:出来|出去|走|离开)[^。？?！!]{0,16}?(?:找|向|问)(?:家里|家人|父母|我们)要钱"
                              r"|(?:找|向|问)(?:家里|家人|父母|我们)要钱[^。？?！!]{0,16}?不(?:让|准|许)(?:他|她|我)?(?:们)?(?:出来|出去|走|离开)")
# ...not one's parents keeping a child in (我妈不让我出门，手机也被没收了)
_PARENTS_KEEP = re.compile(r"(?:妈|爸|父母|爸妈|家长|家里人?)" + _CLAUSE + r"{0,3}?(?:不让|不准|没收|收了|把我)"
                           # (我把上高一的儿子手机没收了，周末也不让他出门，他说我这是非法拘禁: the held one's answer; r88 QA)
                           r"|(?:我|我们)(?:把|给)" + _CLAUSE + r"{0,6}?(?:儿子|女儿|孩子|闺女|娃)(?:的)?手机")
_NOT_LET_GO = re.compile(r"不(?:让|给|准|许)(?:我|俺|他|她|人)?(?:们)?(?:走|离开|出来|出去|出门|回家|回来)|出不来|出不去|走不了|跑不了"
                         r"|逃不出|逃不掉|不放(?:人|我|他|她)|(?:人身)?自由(?:被|给)?限制|限制(?:了)?(?:他|她|我)?(?:的)?(?:人身)?自由")
_LAWFUL_HOLD = re.compile(r"警察|交警|民警|派出所|公安|拘留|看守所|隔离|老师|学校|班主任|医院|住院|电梯|加班|辞职|离职|合同")
# ...a thing or a pet held, not a person (他家的猫被锁在屋里好几天了; 钥匙锁在屋里了: the one held's answer; r84 QA)
_THING_HELD = re.compile(r"(?:猫|狗|宠物|鸟|兔子|钥匙|手机|车|行李|箱子|包|证件|押金|工资|货|证|照|卡|账户|存款|船)(?:子)?(?:也|都|又|还)?(?:被|让|给)?"
                         r"(?:人)?(?:关|锁|扣|困)")


def _clauses_of_people(text: str) -> List[str]:
    """The clauses of ``text`` that hold no thing nor pet held (他家的猫被锁在屋里 is no one held)."""
    return [c for c in re.split(r"[，,。？?！!；;\s]+", text) if c and not _THING_HELD.search(c)]


# held in a game, a dream or a story (游戏里我被困在地牢出不去了，救命: 110 and 12110; r89 QA)
_IN_A_GAME = re.compile(r"游戏里|游戏中|在游戏|副本|关卡|地牢|剧本杀|密室逃脱|梦里|做梦|梦见|小说里|电影里|剧里"
                        # (王者荣耀里我被困住了出不去，救命: 110 and 12110; r91 QA)
                        r"|王者荣耀|王者里|和平精英|吃鸡|原神|我的世界|迷你世界|蛋仔|第五人格|英雄联盟")


def locked_in(text: str) -> bool:
    """Whether ``text`` tells the one writing (or another) held locked in and unable to get out (not in a game)."""
    if _IN_A_GAME.search(text or ""):
        return False
    text = "，".join(_clauses_of_people(text or "")) if _THING_HELD.search(text or "") else (text or "")
    if _LOCKED_IN.search(text) or any(not _FAMILY_BEFORE.search(text[max(0, m.start() - 6):m.start()])
                                      for m in _PUT_IN.finditer(text)):
        return True
    if _HELD_FOR_RANSOM.search(text):
        return True
    return not _LAWFUL_HOLD.search(text) and not _PARENTS_KEEP.search(text) and any(
        _HOLDING.search(sentence) and _NOT_LET_GO.search(sentence) for sentence in re.split(r"[。？?！!；;\n]+", text))


# parents grounding a child (我爸妈把我关在家里不让出门，说我成绩太差要禁足一个月: violence at home's answer; r86 QA), nothing harmful
_GROUNDED = re.compile(r"禁足|成绩|考试|写作业|学习|复习|不让(?:我)?(?:出去)?玩|玩手机|玩游戏|网吧|早恋|补课|上网课")
_HARMED_TOO = re.compile(r"打|揍|饿|不给(?:我)?(?:饭|吃|喝|水)|绑|伤|流血|掐|烫|锁链|铁链|好几天|几天几夜")
_BY_PARENTS = re.compile(r"(?:爸妈|父母|我爸|我妈|爸爸|妈妈|家长)")


def parents_grounding(text: str) -> bool:
    """Whether ``text`` tells parents keeping a child in or taking the phone, nothing harmful (我把上高一的儿子手机没收了，周末也
    不让他出门，他说我这是非法拘禁)."""
    text = text or ""
    return bool(_PARENTS_KEEP.search(text) and (_GROUNDED.search(text) or "手机" in text) and not _HARMED_TOO.search(text))


def shut_in_at_home(text: str) -> bool:
    """Whether ``text`` tells one's partner or family keeping the one writing shut in (not parents grounding a child)."""
    text = text or ""
    if _BY_PARENTS.search(text) and _GROUNDED.search(text) and not _HARMED_TOO.search(text):
        return False
    return bool(_SHUT_IN_AT_HOME.search(text))


def threat_at_home(text: str) -> bool:
    """Whether ``text`` tells one's partner or family threatening to hurt a child or the one writing."""
    text = text or ""
    return bool(_AT_HOME.search(text) and _HARM_AT_HOME.search(text))


# a text or a call asking for one's card number, password or code (no office asks for them by a text)
_A_TEXT = re.compile(r"【[^】]{1,12}】|短信|信息|消息|来电|电话|客服|通知|发来|打来|\d{5,}")
_SECRETS = r"(?:银行卡号|卡号|密码|验证码|银行卡信息|银行卡|身份证号(?:码)?)"
# ...sent back, or typed in where they say (not 激活要输入密码吗: the card's own password set at the window)
_SECRETS_ASKED = re.compile(r"(?:回复|提供|发送|发给|告知|报(?:一下)?)" + _CLAUSE + r"{0,8}?" + _SECRETS
                            + r"|(?:(?:让|要求|叫)(?:我|您|你)?|点)(?:[^，,。？?！!]{0,20}?)?(?:填写|填|输入|输)" + _CLAUSE + r"{0,8}?"
                            + _SECRETS
                            # (让我把身份证号码和收到的验证码发过去: "not in scope"; r61 QA)
                            + r"|把" + _CLAUSE + r"{0,12}?" + _SECRETS + _CLAUSE + r"{0,6}?(?:发|告诉|报|给|填|输)")


def secrets_asked_by_a_text(text: str) -> bool:
    """Whether ``text`` quotes a text or a call asking for a card number, a password or a code."""
    text = text or ""
    return bool(_A_TEXT.search(text) and _SECRETS_ASKED.search(text))


# someone hit by a vehicle and hurt, told any way (刚才小区门口电动车和汽车撞了 骑车的大爷倒地上起不来; 外卖小哥被一辆小车撞了，躺马路
# 中间流了好多血; 楼下有人骑电瓶车被撞倒了: "not in scope"; r74 QA): a vehicle, a collision, and one hurt or down now
_VEHICLE = re.compile(r"车|摩托|公交|出租|货车|卡车|三轮|电驴|骑行")
_COLLIDED = re.compile(r"撞(?:了|倒|飞|伤|上|到)|相撞|车祸|碾|轧(?:了|到|伤)|撞人"
                       # (开车跟人家电动车刮了一下 对方小腿在流血; 骑三轮在村口让货车给剐了，腿压底下了: r75 QA)
                       r"|(?:刮|蹭|剐)(?:了|到|倒|伤|着)?|被[^，,。？?！!\s]{0,6}?车[^，,。？?！!\s]{0,2}?碰(?:了|倒|到|伤)")
_DOWN_OR_HURT = re.compile(r"躺|倒(?:在)?(?:地|路|马路)|倒地|撞倒了|撞飞了|不动了?|流(?:了)?(?:好多|很多|一地)?血|在流血|出血|昏|没反应|没意识"
                           r"|叫不醒|没呼吸|没气|起不来|爬不起来|动不了|受伤了|伤得|头破|腿断|骨头|压(?:在)?(?:底下|下面|车下|住了)|被压|卡(?:在|住)"
                           r"|打滚|在地上"
                           # (我家娃刚被外卖电瓶车撞了 哭得厉害: "not in scope"; r76 QA)
                           r"|哭得|一直哭|大哭|哇哇哭|疼得|喊疼|直喊疼|肿了|破皮|擦破|蹭破|磕破|鼻血"
                           # (被电动车撞了，一直在哭，腿不敢动; 被车碰了一下，哭个不停; 孩子刚在学校门口被车撞了，在哭: r77 QA)
                           r"|在哭|哭个不停|哭了|不敢动|不能动|站不起来|走不了")
_PAST_OR_ASKED = re.compile(r"上个月|上周|上礼拜|去年|前年|之前|以前|当时|那次|后来|出院|住院了|报销|赔偿|理赔|保险|认定|鉴定|残疾|责任|对方全责"
                            r"|怎么赔|工伤|能算|算不算|医保|能报|定损|交警队|事故认定|索赔|赔钱|赔多少")


def hurt_by_a_vehicle(text: str) -> bool:
    """Whether ``text`` tells someone just hit by a vehicle and down or hurt (not a past accident, nor one asked about
    with its claim or insurance)."""
    text = text or ""
    return bool(_VEHICLE.search(text) and _COLLIDED.search(text) and _DOWN_OR_HURT.search(text)
                and not _PAST_OR_ASKED.search(text))


# a child beaten, told by marks and who made them (孩子身上老是青一块紫一块的，问他才说是后爸打的: "not in scope"; r74 QA)
A_CHILD_HERE = _A_CHILD_HERE = re.compile(r"孩子|小孩|娃|儿子|女儿|闺女|孙子|孙女|外孙|侄子|侄女|外甥|学生|小朋友|小男孩|小女孩")
_MARKS = re.compile(r"青一块紫一块|青一块|紫一块|淤青|瘀青|青紫|伤痕|伤疤|一道一道|一条条|一道道|全是伤|都是伤|身上有伤|烫伤|红印|紫印"
                    r"|印子|巴掌印")
_BEATEN_BY = re.compile(r"(?:后爸|后妈|继父|继母|他爸|她爸|他妈|她妈|爸爸|妈妈|老爸|老妈|爸|妈|父亲|母亲|老师|保姆|亲戚|舅舅|叔叔)"
                        + _CLAUSE + r"{0,6}?(?:打|揍|抽|掐|踢|烫|虐待|罚跪|饿)")


# ...or one who minds a child outside the family hitting them, said with the child (家里装的监控拍到保姆打我闺女; 托管班阿姨拿尺子抽
# 我儿子手心: "not in scope", 消防验收备案; r76 QA)
_CARER = r"(?:保姆|阿姨|老师|幼师|班主任|教练|保育员|托管(?:班|老师|的)?|月嫂|育儿嫂)"
_BLOW = r"(?:打(?![印电卡针扫听开车包算折工球游款钱招交给分字理造架扰疫])|揍|抽(?![查血签烟空时])|掐|踢|扇|拧|踹|体罚|虐待)"
_CHILD_OBJECT = r"(?:我|俺|咱)?(?:家)?(?:的)?(?:孩子|小孩|娃|儿子|女儿|闺女|宝宝|孙子|孙女|外孙|小朋友)"
_CARER_HITS_A_CHILD = re.compile(_CARER + _CLAUSE + r"{0,8}?" + _BLOW + _CLAUSE + r"{0,2}?" + _CHILD_OBJECT
                                 + "|" + _CHILD_OBJECT + _CLAUSE + r"{0,6}?被" + _CLAUSE + r"{0,4}?" + _CARER + _CLAUSE + r"{0,8}?"
                                 + _BLOW)


def child_beaten(text: str) -> bool:
    """Whether ``text`` tells a child with marks and an adult who beat them, or one who minds the child outside the
    family hitting them."""
    text = text or ""
    return bool(_A_CHILD_HERE.search(text) and _MARKS.search(text) and _BEATEN_BY.search(text)) \
        or bool(_CARER_HITS_A_CHILD.search(text))


# an old relative beaten or starved at home (我爷爷在家里被我叔打得鼻青脸肿的，还不给饭吃: "not in scope"; r75 QA)
# (邻居家老爷子天天挨儿媳妇揍; 奶奶在家被我姑打，…还不让她吃饱; 俺爹糊涂了，俺哥把他锁屋里不让出来，饭也不按顿给: "not in scope" or
# unrelated items; r76 QA)
_AN_ELDER = re.compile(r"爷爷|奶奶|姥姥|姥爷|外公|外婆|老人|老父亲|老母亲|我爸|我妈|老爸|老妈|公公|婆婆|岳父|岳母|老伴"
                       r"|老爷子|老太太|老太|老大爷|老头|老奶奶|老爷爷|俺爹|俺娘|我爹|我娘|俺爸|俺妈"
                       # (俺们村有个老汉，他家媳妇不给饭吃…关在柴房里头: 夫妻投靠; r77 QA)
                       r"|老汉|老婆婆|老大娘|阿婆|阿公|老阿姨"
                       # (老李头; 我外公八十多了: r79 QA)
                       r"|老[\u4e00-\u9fff]头|[七八九]十多(?:岁)?了")
_ELDER_HARMED = re.compile(r"(?:被|挨)" + _CLAUSE + r"{0,6}?(?:打|揍|踢|推倒|虐待)(?:得|了|伤|(?=[，,。；;！!\s]|$))|鼻青脸肿"
                           r"|不给(?:他|她)?(?:饭|吃|吃饭|饭吃)|饿着(?:他|她)|不让(?:他|她)?吃(?:饱|饭)|饭(?:也|都)?不(?:按顿)?给"
                           r"|锁(?:在)?(?:屋|家|房间|屋子|卧室)里(?:头)?(?:不让|不给|不准)"
                           # (…还把他关在柴房里头; 邻居家老人被儿子关在家里，几天没见送饭了: r77 QA)
                           r"|(?:关|锁)(?:在)?(?:柴房|柴屋|地下室|杂物间|仓库|猪圈|牛棚|小黑屋)"
                           r"|没(?:见|人)?(?:给)?送饭|不(?:给)?送饭|饿得(?:皮包骨|不行|直哭|慌)"
                           # (婆婆瘦得皮包骨头…屋门从外面闩着; 俺娘叫俺哥撵到牛棚里住，三天没给口吃的了; 姥姥手腕上有勒痕，舅妈说是…才
                           # 绑一下: unrelated items or "not in scope"; r78 QA)
                           r"|瘦得皮包骨|(?:门|屋门|房门)?从外面(?:闩|锁|反锁|插)|(?:撵|赶|轰)(?:到|去)" + _CLAUSE + r"{0,3}?(?:牛棚|猪圈|柴房|羊圈|棚子)"
                           r"|没给(?:口|一口)?(?:吃的|饭吃|饭)|勒痕|(?:绑|捆|拴)(?:一下|起来|着|住)(?!绷带|石膏|安全带|护具|狗|猫|羊|牛)"
                           # (…三天没吃上一顿热饭了，叔不给她做; 只给他喝稀饭还把他反锁在屋里; 护工把她手脚绑床上; 拿绳子捆炕上了;
                           # 天天被他儿子锁在门外头: "not in scope" or unrelated items; r79 QA)
                           r"|没吃上(?:一)?(?:顿|口)?(?:热)?饭|不给(?:他|她)(?:做|煮)(?:饭)?|只给(?:他|她)?(?:喝|吃)(?:点)?稀饭"
                           r"|把(?:他|她)(?:反)?锁(?:在)?(?:屋|家|房间|屋子)里|(?:绑|捆|拴)(?:在)?(?:床|椅子|炕|凳子|柱子)上"
                           r"|(?:锁|关|赶|撵)(?:在|到|出)?(?:门外|家门外|门口外)|不让(?:他|她)进(?:门|家|屋)"
                           # (冬天不给被子; 冻了一宿: r80 QA)
                           r"|不给(?:他|她)?(?:盖)?(?:被子|棉被|被褥|厚衣服|棉衣)|冻(?:了)?(?:一宿|一夜|一晚上|一整夜|一整晚)")
# ...shut in at home by someone, the old one shut (邻居家老人被儿子关在家里; not 被我妈关在家里写作业)
_ELDER_SHUT_IN = re.compile("(?:" + _AN_ELDER.pattern + ")" + _CLAUSE + r"{0,6}?被" + _CLAUSE + r"{0,4}?(?:关|锁)(?:在)?"
                            # (隔壁的老头被他儿子锁在偏房好几天了: "not in scope"; r81 QA)
                            + _CLAUSE + r"{0,4}?(?:家|屋|房|室|棚|间|仓库)里?")
# ...or the old one named, then one of them shut in by name of a pronoun (我奶奶在老家，我人在上海，她被大伯关在偏屋里，冬天不给被子:
# "not in scope"; r80 QA)
_THEY_SHUT_IN = re.compile(r"(?:他|她)(?:老人家)?" + _CLAUSE + r"{0,2}?被" + _CLAUSE + r"{0,4}?(?:关|锁)(?:在)?" + _CLAUSE
                           + r"{0,4}?(?:家|屋|房间|屋子|棚|间)里?")
# an old relative's marks doubted (我奶奶在我叔家住…身上青一块紫一块的，叔说是她自己摔的，可我不信: "not in scope"; r77 QA)
_DOUBTED = re.compile(r"不信|不相信|怀疑|说是(?:她|他|老人|老人家)?自己(?:摔|磕|撞|碰|弄)|不敢说|偷偷(?:跟我)?说|被(?:打|揍|掐)"
                      # (…护工说是她自己磕的，可是她都不下床的; 保姆说是老人自己撞的: r78 QA)
                      r"|不下床|下不了床|走不了路")


# ...or one who looks after them hitting them (护工打老人, 保姆扇她耳光)
_STAFF_HIT = re.compile(r"(?:护工|护理员|保姆|看护|工作人员|院里的人|院方|(?:养老院|敬老院|福利院|护理院)的(?:人|员工))" + _CLAUSE + r"{0,6}?(?:打|揍|掐|扇|踢|推搡|虐待|捆|绑)"
                        r"(?![印电卡针扫听开车包算折工球游款钱招交给分字理造架扰疫])")


def elder_harmed(text: str) -> bool:
    """Whether ``text`` tells an old relative beaten, starved or shut in by someone."""
    text = text or ""
    if _ELDER_SHUT_IN.search(text) or (_AN_ELDER.search(text) and _THEY_SHUT_IN.search(text)):
        return True
    if _AN_ELDER.search(text) and _STAFF_HIT.search(text):   # (养老院护工打老人，身上有淤青: nothing on the hotline; r81 QA)
        return True
    return bool(_AN_ELDER.search(text)) and (bool(_ELDER_HARMED.search(text))
                                             or bool(_MARKS.search(text) and _DOUBTED.search(text)))


# a child gone missing now, told by the person gone (我闺女十四岁 网上认识个人 说要带她去外地 今天人找不着了: "not in scope"; r76 QA)
# — not a child's document lost (孩子的户口本找不着了), nor one found again
_GONE_NOW = re.compile(r"(?:人|孩子|娃|闺女|儿子|女儿|小孩)(" + _CLAUSE + r"{0,10}?)(?:也|都|一直|现在|就)?(?:找不着了|找不到了|(?<![听看瞧])不见了|联系不上"
                       # (孩子在商场里一转眼就不见了; 在超市孩子走丢了: "not in scope", 122 for a traffic accident; r91 QA)
                       r"|走丢|走失"
                       # (…现在人找不到，他才13: r77 QA)
                       r"|找不到(?=[，,。！!\s]|$))"
                       # (not threatened only: 她闹着离家出走, 说要离家出走: the missing child's answer; r87 QA)
                       r"|失联了|(?:一晚上|一夜|一宿|两天|昨晚|昨天晚上|昨天)(?:都)?没(?:有)?回(?:家|来)"
                       # (我儿子昨天放学到现在都没回家，电话也关机; 孩子从昨天放学一直没回家联系不上: "not in scope"; r88 QA)
                       r"|(?:昨天|昨晚|前天|从昨|一夜|一宿)" + _CLAUSE + r"{0,10}?(?:都|还|也|一直)?没(?:有)?回(?:家|来)"
                       r"|(?<!闹着)(?<!说要)(?<!要)(?<!想)(?<!吵着)(?<!威胁)(?<!扬言)离家出走(?![吗么呢]|怎么办)")
# ...or another of theirs (孩子网上认识的同学找不到了联系方式)
_SOMEONE_ELSE_GONE = re.compile(r"(?:同学|朋友|老师|网友|哥哥|姐姐|的人|那个人|对象)$")
# a thing of the child's that is what is lost (孩子的户口本找不着了)
_THREATENED_ONLY = re.compile(r"说|闹|要|想|威胁|扬言|就|再|吵着|嚷着")
_A_THING = re.compile(r"证|本|卡|簿|书|照|包|手机|钥匙|东西|材料|作业|衣服|车|号|码|密码|记录|信息")
_FOUND_OR_BEFORE = re.compile(r"找回来|找到了|回来了|小时候|以前|当年|那年|年前|曾经")


# ...or gone to meet someone met online and not back nor reachable (我闺女15岁，今天下午说去见一个网上认识的网友，到现在都联系
# 不上了，手机关机; 我儿子网上聊了个人，今天出门说去见面，晚上十点了还没回来: lists of items or "not in scope"; r77 QA)
_MET_ONLINE = re.compile(r"网友|网上(?:认识|聊|交)|网恋|游戏里认识|聊天认识|(?:去|出去)见(?:面|一个人|个人)")
_NOT_BACK = re.compile(r"联系不上|打不通|关机|(?:还|都)?没(?:有)?回(?:来|家)|(?:找不到|找不着|不见)了?(?=[，,。！!？?\s]|$)|失联"
                      r"|不回(?:消息|电话|微信)"
                      # (…跑去外地见网恋对象了，刚才微信说住在他家; 跟网友去见面了，刚发消息说到了酒店，让我别管: r78 QA)
                      r"|住(?:在)?(?:他|她|对方|人家)(?:的)?家|(?:到了|住进|去了|在)(?:一家)?(?:酒店|宾馆|旅馆)|让我别管|不让我管|不回家"
                      # (这两天住在网上认识的一个成年人家里，微信能联系上但叫不回来: r79 QA)
                      r"|叫不回来|不肯回(?:来|家)|住在" + _CLAUSE + r"{0,12}?家里")


# ...or not back and not reachable, or not back for hours (我女儿放学到现在都没回家，电话也打不通，已经三个小时了; 孩子三个小时没回家了，
# 电话打不通: items of the dead and of relief, or "not in scope"; r89 QA)
_NOT_HOME_YET = re.compile(r"(?:还|都|也|一直)?没(?:有)?(?:回(?:家|来)|到家)|还不回(?:家|来)")
_UNREACHABLE = re.compile(r"打不通|关机|没人接|不接(?:电话)?|联系不上|找不到人|不回(?:消息|电话|微信)|失联")
_HOURS_GONE = re.compile(r"[一二三四五六七八九十两几\d]+个?(?:多)?(?:小时|钟头)|到现在|半夜|大半夜|天黑|这么晚|深夜|凌晨")
# ...not away for a reason (我爸出差到现在没回来, 儿子寒假没回家)
_AWAY_FOR = re.compile(r"出差|上班|加班|打工|务工|旅游|旅行|出国|住院|探亲|走亲戚|外地|外省|寒假|暑假|上大学|读书|当兵|嫁")


# ...or a younger sibling said to be a minor (我妹妹16岁，在网上认识个男的，现在住他那边，微信能回但不回家: 结婚登记 offered; r80 QA)
_A_MINOR = re.compile(r"(?:妹妹|弟弟|表妹|表弟|堂妹|堂弟|小妹|小弟|外甥女)" + _CLAUSE + r"{0,4}?(?:(?<!\d)1[0-7]岁|(?<!\d)[1-9]岁"
                      r"|十[一二三四五六七]?岁|[一二三四五六七八九]岁|未成年|初[一二三]|高[一二三]|初中|高中|小学)")


def child_missing(text: str) -> bool:
    """Whether ``text`` tells one's child gone and not found (not found again, nor long ago)."""
    text = text or ""
    if not (_A_CHILD_HERE.search(text) or _A_MINOR.search(text)) or _FOUND_OR_BEFORE.search(text):
        return False
    # (not threatened only: 说明天就离家出走, 再逼他写作业他就离家出走; r88 QA)
    return any(not _A_THING.search(gone.group(1) or "") and not _SOMEONE_ELSE_GONE.search(gone.group(1) or "")
               and not ("离家出走" in gone.group()
                                                                and _THREATENED_ONLY.search(text[max(0, gone.start() - 10):gone.start()]))
               for gone in _GONE_NOW.finditer(text)) \
        or bool(_MET_ONLINE.search(text) and _NOT_BACK.search(text)) or _not_back_for_long(text)


def _not_back_for_long(text: str, confused: bool = False) -> bool:
    """Whether ``text`` tells one not home yet and unreachable, or gone for hours and not away for a reason, or (with
    ``confused``) confused (``child_missing``, ``elder_missing``)."""
    return bool(_NOT_HOME_YET.search(text) and (_UNREACHABLE.search(text) or (confused and _CONFUSED.search(text))
                                                 or (_HOURS_GONE.search(text) and not _AWAY_FOR.search(text))))


# an old relative gone and not found, not back for hours or unreachable (奶奶有老年痴呆，早上出去遛弯到现在没回来; 我爷爷有点糊涂，
# 出门走丢了，找了一下午没找到: "not in scope", or 户口注销（死亡） on the hotline; r90 QA)
_ELDER_GONE = re.compile(r"走丢|走失|(?<![听看瞧])不见了|(?:找不到|找不着|没找到)了?(?:人)?(?=[，,。！!？?\s]|$)|联系不上|失联")
_A_PARENT = re.compile(r"母亲|父亲|妈妈|爸爸|老妈|老爸|我妈|我爸|她妈|他妈|她爸|他爸")
_CONFUSED = re.compile(r"痴呆|阿尔茨海默|老年痴|糊涂|认知障碍|记不住路|不认路|不记得路|记性不好")


def elder_missing(text: str) -> bool:
    """Whether ``text`` tells an old relative gone and not found now (not found again, nor long ago)."""
    text = text or ""
    # (a parent said plainly, confused: 来电人说她母亲有痴呆症，中午出门散步到现在还没回来: nothing on the hotline; r91 QA)
    if not (_AN_ELDER.search(text) or (_A_PARENT.search(text) and _CONFUSED.search(text))) or _FOUND_OR_BEFORE.search(text):
        return False
    if any(not _A_THING.search(text[max(0, m.start() - 4):m.start()]) for m in _ELDER_GONE.finditer(text)):
        return True
    return _not_back_for_long(text, confused=True)


# one drunk or raging at home smashing things while the family hides (我爸喝完酒又开始砸东西了，我和我妈躲在厕所里: "not in
# scope"; r79 QA)
_SMASHING = re.compile(r"(?:砸|摔|掀|踹)(?:东西|家具|桌子|碗|盘子|电视|门|家里)|(?:打|砸)人")
_HIDING_FROM = re.compile(r"躲(?:在|进|到)|藏(?:在|进|到)|锁(?:在)?(?:屋|房间|卫生间|厕所)里|不敢出(?:去|来|声)")


def rage_at_home(text: str) -> bool:
    """Whether ``text`` tells someone smashing things at home while the one writing hides."""
    text = text or ""
    return bool(_SMASHING.search(text) and _HIDING_FROM.search(text))



# someone met online drawing a minor away: a meeting or a trip asked of the child, kept from the family (我12岁 在王者里认识个
# 哥哥 他叫我周六自己坐高铁去成都找他 还说别跟爸妈讲; 网友约我放假去他那个城市玩 …不让我告诉家里: "not in scope", 身份证 items
# offered; r81 QA)
_ONLINE = re.compile(r"网上|网友|网恋|游戏|王者|吃鸡|和平精英|原神|蛋仔|QQ|微信上|抖音|快手|直播|聊天软件|交友软件|耍游戏")
_KEPT_FROM_FAMILY = re.compile(r"(?:别|不要|莫|不让|不许|不准|不能)(?:跟|和|给|告诉|让)?" + _CLAUSE + r"{0,3}?"
                               r"(?:爸妈|爸爸|妈妈|父母|家里|家人|家长|屋头|屋里|老师|大人)"
                               r"(?:讲|说|知道)?|瞒着(?:爸妈|家里|父母|家长|大人)|偷偷(?:去|跑|坐车|买票)")
_DRAWN_AWAY = re.compile(r"见面|见(?:他|她|个面)|去(?:他|她)(?:那|家)|找(?:他|她)|(?:坐|买)(?:高铁|火车|车|大巴|飞机|票)|(?:去|到)"
                         + _CLAUSE + r"{0,6}?(?:玩|耍|住)|(?:买|给我买|帮我买)(?:车)?票|接我|来接")
_A_MINOR_WRITING = re.compile(r"(?:我|俺)(?:今年)?(?:才)?(?:1[0-7]|[6-9]|十[一二三四五六七]?|[六七八九])岁|(?:我|俺)(?:今年)?十[一二三四五六七]?咯"
                              r"|初[一二三]|高[一二三]|[一二三四五六]年级|小学|初中|高中|未成年")


def drawn_away_online(text: str) -> bool:
    """Whether ``text`` tells someone met online asking a minor to meet or travel to them, kept from the family."""
    text = text or ""
    minor = _A_MINOR_WRITING.search(text) or A_CHILD_HERE.search(text) or _A_MINOR.search(text)
    return bool(minor and _ONLINE.search(text) and _DRAWN_AWAY.search(text) and _KEPT_FROM_FAMILY.search(text))


# a child bullied or extorted at school (我儿子在学校天天被高年级的要钱，不给就打; 孩子在学校被几个同学堵在厕所里打，还被逼着每天交
# 十块钱; 我在初中被同学霸凌，他们抢我的钱: unrelated items or "not in scope"; r81 QA)
_AT_SCHOOL = re.compile(r"学校|班上|班里|同学|高年级|低年级|初中|小学|高中|校园|校门|宿舍|室友|放学|上学")
_BULLIED = re.compile(r"霸凌|欺凌|勒索|敲诈|收保护费|抢(?:我|他|她)?(?:的)?钱|被欺负|受欺负|挨欺负"
                      r"|逼(?:着)?(?:我|他|她)?(?:每天|天天)?(?:交|给|拿)" + _CLAUSE + r"{0,6}?钱"
                      r"|要钱" + _CLAUSE + r"{0,6}?不给就(?:打|揍)|堵" + _CLAUSE + r"{0,8}?(?:打|揍)"
                      r"|被" + _CLAUSE + r"{0,8}?(?:同学|高年级|几个人|他们|一帮人|一伙人)" + _CLAUSE + r"{0,6}?(?:打|揍|欺负|要钱)"
                      r"|(?:同学|高年级|几个人|一帮人)" + _CLAUSE + r"{0,8}?(?:打|揍|欺负|要钱|抢)(?:了)?(?:我|他|她)"
                      # (女儿初中住校，被室友锁在卫生间里拍视频，还往她身上泼水: unrelated items; r84 QA) — shut in, filmed, soaked
                      # by schoolmates
                      r"|被" + _CLAUSE + r"{0,6}?(?:同学|室友|舍友|高年级|几个人|他们|一帮人)" + _CLAUSE
                      + r"{0,4}?(?:锁|关|堵)(?:在)?" + _CLAUSE + r"{0,6}?(?:厕所|卫生间|宿舍|教室|器材室|楼道|天台)"
                      r"|(?:同学|室友|舍友|几个人|他们|一帮人)" + _CLAUSE + r"{0,4}?把(?:我|他|她)" + _CLAUSE
                      + r"{0,2}?(?:锁|关|堵)(?:在)?" + _CLAUSE + r"{0,6}?(?:厕所|卫生间|宿舍|教室|器材室|楼道|天台)"
                      r"|(?:往|朝)(?:我|他|她)(?:的)?(?:身上|头上|床上)(?:泼|倒|浇)|扒(?:了)?(?:我|他|她)?(?:的)?(?:衣服|裤子)"
                      r"|脱(?:了)?(?:我|他|她)(?:的)?(?:衣服|裤子)"
                      r"|(?:同学|室友|舍友|他们)" + _CLAUSE + r"{0,8}?(?:拍(?:了)?(?:视频|照片|裸照)|传到(?:网上|群里))"
                      # (小孩被同学起外号孤立，不算打，但他不想上学了: unrelated items; r87 QA) — isolated, mocked
                      r"|被" + _CLAUSE + r"{0,8}?(?:孤立|排挤|起外号|取外号|嘲笑|冷暴力)|(?:同学|他们|全班)" + _CLAUSE
                      + r"{0,8}?(?:孤立|排挤|起外号|取外号|嘲笑)(?:我|他|她)?"
                      # (儿子在学校被同学笑话他胖，没人跟他玩: nothing read; r88 QA) — laughed at, left alone
                      r"|(?:同学|他们|全班|大家|班上的人|别的(?:小孩|孩子))" + _CLAUSE + r"{0,8}?(?:笑话|取笑|讥笑|羞辱|辱骂)(?:我|他|她)"
                      r"|被" + _CLAUSE + r"{0,6}?(?:同学|他们|全班|大家)" + _CLAUSE + r"{0,4}?(?:笑话|取笑|讥笑|羞辱|辱骂)"
                      r"|没(?:有)?(?:人|同学)(?:愿意)?(?:跟|和|理|陪)(?:我|他|她)(?:玩|说话)?")


def bullied_at_school(text: str) -> bool:
    """Whether ``text`` tells a child bullied, beaten or extorted by other pupils."""
    text = text or ""
    child = A_CHILD_HERE.search(text) or _A_MINOR_WRITING.search(text) or re.search(r"(?:我|俺)在(?:学校|初中|小学|高中)", text)
    return bool(child and _AT_SCHOOL.search(text) and _BULLIED.search(text))
