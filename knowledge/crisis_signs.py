"""Signs that the one writing may take their life, read by what the message tells rather than by set phrases.

``knowledge.emergencies`` reads the plain wordings (不想活了, 想死, 跳楼). Each black-box round found more wordings of
the same few things that those phrases missed (r50–r53 QA): the means made ready (攒了一抽屉安眠药, 农药放床底下了), the
poison already taken (药我已经吃下去一大把了), a death wished (每天都想去死, 想好了怎么死), a goodbye (留了封信 写了对不起, 以后
他们就不用管我了), being high up over unpaid wages (爬到塔吊上面了, 楼顶边上), being a burden (我就是个拖油瓶 活着净给家里添
麻烦, 想悄悄消失). Here each is a thing and the ways it is said are put together from a few word classes, so a new
arrangement of the same words is read too; what is told only faintly (我也没几天了: ill, or not) gets a gentle check-in,
not the crisis line.

Plain regular expressions, no Rasa; measured against the 8,267 evaluation rows, examples and FAQ questions for false
alarms (README → Measured figures).
"""
from __future__ import annotations

import re
from typing import Optional

# what one may end a life with
_MEANS = r"(?:安眠药|安定片|安定|助眠药|农药|老鼠药|耗子药|敌敌畏|百草枯|除草剂|木炭|炭|刀片|绳子|绳索)"
# ...got ready: saved, bought, put by the bed
_READIED = (r"(?:攒了|攒够|攒好|攒下|囤了|囤够|存了|存够|备好|准备好|买好|买够|买齐|藏好|藏在|一抽屉|一大?瓶|好几瓶|一大包|好几包"
            r"|放(?:在)?(?:床头|床底|床下|枕头|枕边|身边|手边|抽屉)(?!柜))")
_CLAUSE = r"[^，,。？?！!；;\n]"
_PILLS = r"(?:安眠药|安定片|安定|助眠药)"
_MEANS_READY = re.compile(_MEANS + _CLAUSE + r"{0,8}?" + _READIED + "|" + r"(?:攒|囤)了?" + _CLAUSE + r"{0,6}?" + _MEANS
                          # (sleeping pills hoarded: 偷偷存了好几瓶安眠药)
                          + r"|(?:偷偷|悄悄)(?:地)?(?:存|买|藏|攒)" + _CLAUSE + r"{0,6}?" + _PILLS
                          + r"|(?:一抽屉|好几瓶|一大瓶|好几盒|一大把|几十片|上百片|一百多片)(?:的)?" + _PILLS
                          # (药已经都攒好了，今晚吃下去就不用再撑了: "not in scope"; r64 QA)
                          + r"|药(?:已经|都|也|我)*(?:攒|囤|存|备|准备)(?:得|了)?(?:好|够|齐|差不多)了"
                          # (我把这几个月攒的药都放床头了，今晚就吃了它们; 囤了一抽屉的安眠的东西，打算今天夜里一次性解决: r65 QA)
                          + r"|(?:攒|囤)(?:的|了|下的|起来的)" + _CLAUSE + r"{0,6}?(?:药|片|安眠)"
                          + r"|(?:攒|囤|存)(?:了)?(?:一抽屉|好几瓶|一大瓶|好几盒|一大把|好多|很多)" + _CLAUSE + r"{0,6}?(?:药|片|安眠)"
                          # (安眠的药我存了好几个月了 今天夜里就用上; 药我一颗颗省下来了; 存的那些药今儿晚上就吃了它: r66 QA)
                          + r"|(?:药|安眠|片)" + _CLAUSE + r"{0,4}?(?:存|攒|囤|省)(?:了|下来了?|起来了?)"
                          + r"|(?:存|攒|囤|省下来)的" + _CLAUSE + r"{0,3}?(?:药|片)"
                          # (存了几个月的安定，今晚够了; 药…都省下来了，攒够了，今晚就用: r67 QA)
                          + r"|(?:存|省|攒|囤)了?" + _CLAUSE + r"{0,6}?" + _MEANS
                          + r"|药[^。？?！!]{0,12}?(?:省下来|攒够|存够|囤够|省够)"
                          # (这些药我一直留着没吃，就等今晚: "not in scope"; r68 QA)
                          + r"|药[^。？?！!]{0,10}?(?:留着|没吃)[^。？?！!]{0,10}?(?:就等|等着|只等)")
# ...unless the message is about selling them or using them on pests and crops (农药经营许可, 家里有老鼠 买了老鼠药)
_MEANS_AT_WORK = re.compile(r"经营|许可|销售|卖|进货|门店|店里|仓库|批发|零售|老鼠(?!药)|虫|蟑螂|庄稼|地里|果树|打药|烧烤|烤肉|火锅")
# a heap of pills taken by the one writing (药我已经吃下去一大把了, 我刚吞了半瓶安眠药; 把一板药全吞了, 药我已经吃下去了 大概三十几片;
# r53, r54 QA): a swallowing done, of pills, and a heap said anywhere in the message
_SWALLOWED = re.compile(r"(?:吃|吞|喝|服|咽)(?:了|下去|进去|下|掉)|全吞|都吞|全吃|都吃|都咽|全咽")
_PILLS_SAID = re.compile(r"药|片")
_HEAP = re.compile(r"一大把|一把|一整瓶|一瓶|半瓶|一板|整板|半板|两板|好几板|一盒|整盒|半盒|好几瓶|好几盒|(?:[二三四五六七八九几]?十[几多]?|[几一二两三四五六七八九]?百多?|\d{2,})片"
                   r"|好多片|很多片|好多|很多|一堆"
                   r"|全(?:部)?(?:吞|吃)|都(?:吞|吃)")
_OVERDOSE = re.compile(r"(?:药|片)" + _CLAUSE + r"{0,6}?(?:吃|吞|喝)(?:下去|进去|了)" + _CLAUSE + r"{0,4}?"
                       r"(?:一大把|一把|一整瓶|一瓶|半瓶|好多|很多|好几十片|几十片|一板|整板)"
                       r"|(?:吃|吞|喝)(?:下去|进去|了)?(?:一大把|一整瓶|半瓶|几十片|好几十片|整板|一整板)")
# ...by someone else, told by one who is with them (他把一瓶药都吞了: 120 for them, ``knowledge.emergencies``' poison)
_SOMEONE_ELSE = re.compile(r"^[^，,。？?！!]{0,6}?(?:他|她|孩子|儿子|女儿|老人|我妈|我爸|老公|老婆|爷爷|奶奶|朋友|邻居)")
_SELF = re.compile(r"我|俺|自己")
# pills asked about, not taken (药吃多了会怎样, 一次吃几片, 能不能吃, 药费能报销吗 with 吃了好多药 of a long illness)
_NOT_SWALLOWED = re.compile(r"(?:吃|服)了?(?:[一二两三四五六七八九十几半]+|好几)(?:个)?(?:月|年|周|星期|礼拜|天|疗程)"
                            r"|吃几片|吃多少|能不能吃|可以吃|怎么吃|吃了好多年|吃了很多年|吃了好几年|常年吃|一直吃|长期吃|每天吃|天天吃"
                            r"|药费|买药|开药|配药|拿药|药店|医保卡买|门诊慢|慢特病|吃了好多药都不管用|吃了很多药都")
# a death wished or planned by the one writing (每天都想去死, 想好了怎么死, 死了就解脱了)
_DEATH_WISHED = re.compile(r"(?:摔|跳)(?:得|不)死(?:吧|吗|么|不)"
                           # (四楼摔下去能死透吗, 五楼摔下去人能活吗, 五楼掉下去会不会死: no crisis line; r62 QA)
                           r"|(?:摔|跳|掉|翻|栽)(?:下去|出去)" + _CLAUSE + r"{0,4}?(?:能|会|会不会|人能|能不能)(?:一下子|直接|马上|当场|就)?"
                           r"(?:死|活)(?:透|吗|不|吧|么|了吗)?"
                           # (七楼 摔下去能一下子死透不; 从窗台翻出去肯定没命吧; 二十楼 翻出去应该就解脱了吧: a notice, no flag; r63 QA)
                           r"|(?:摔|跳|掉|翻|栽)(?:下去|出去)" + _CLAUSE + r"{0,6}?(?:没命|死透|死定|必死|解脱|一了百了|活不成|活不了)"
                           # (翻过阳台去是不是就死透了 算了先问问公积金咋取: 职工死亡提取 guessed; r64 QA)
                           r"|(?:翻|跨|爬)(?:过|出)(?:了)?(?:阳台|栏杆|护栏|窗台|窗户|窗)(?:去)?" + _CLAUSE
                           + r"{0,6}?(?:没命|死透|死定|必死|解脱|一了百了|活不成|活不了|(?:能|会)(?:死|活))"
                           # (这辈子也没啥可惦记的了: the item alone; r64 QA; 这辈子也没啥放不下的了, 这辈子也没啥好惦记的: r65 QA)
                           r"|这辈子(?:也|就|都)?没(?:有)?(?:什么|啥)(?:可|好)?(?:惦记|牵挂|挂念|留恋|放不下)(?:的了|的|了)"
                           # (在窗台边上坐了一晚上，想着一跳就清净了: "not in scope"; r65 QA)
                           r"|一跳(?:就|了之|百了)?(?:清净|解脱|干净|一了百了|都结束)"
                           r"|想(?:去)?死(?![亡者人去了你您他她]|后|以后|之后)|一死百了|(?:我|俺)(?:也|就|干脆|真)?不活了|(?:想|要|准备|打算|干脆)去死|想好(?:了)?怎么死|怎么死(?:才|比较|最|不)"
                           r"|(?:我|俺)死了(?:就|也)?(?:算了|拉倒|干净|解脱|一了百了|好了)|死了(?:就)?解脱|不如去死")
# a goodbye: a letter left with an apology, or the family told they need not look after the writer any more
_GOODBYE = re.compile(r"(?:留了|留下|写了|写好了?)(?:一)?封(?:信|遗书)" + _CLAUSE + r"{0,2}[^。？?！!]{0,12}?(?:对不起|再见|永别|别怪我|照顾好)"
                      r"|(?:以后|往后|从此)(?:他们|你们|家里人?|爸妈|孩子)?(?:就|也|再)?不用(?:再)?(?:管|操心|担心|惦记|照顾)我了(?!吗|么|嘛|吧|[？?])"
                      r"|(?:跟|和|对)(?:爸妈|父母|家人|家里人|老婆孩子|老公孩子|老婆|老公|孩子|大家|所有人)(?:都)?说(?:了|过)?(?:永别|最后一声)"
                      r"|最后(?:一次)?(?:跟|和)(?:你们|大家|家里人|爸妈)说")
# a veiled goodbye: the last time, no need any more, one's things given to the family (今天是最后一次来问了 以后也用不着了 把我的
# 公积金都给我女儿吧; r55 QA) — two of them
# one's own death spoken of as a time (我死了以后, 死后): a veiled goodbye's cue, kept in the service read beside it
# (我死了以后我的公积金谁能取 asks of a death)
_OWN_DEATH_AFTER = re.compile(r"(?:我|俺)(?:要是)?死(?:了)?(?:以|之)?后|(?:我|俺)(?:要是)?(?:走了|不在了)(?:以|之)?后|(?<![人者])死后"
                              # (我走后让她们好好生活: r70 QA; 等我走了以后, 我走以后, 以后我不在了: r71 QA)
                              r"|(?:我|俺)(?:走|死|不在)(?:了)?(?:以|之)?后|以后(?:我|俺)(?:不在了|走了)")
# (最后一次来问一下，我死了以后我的公积金谁能取？反正也用不上了; 这是我最后一次办事了 …死后社保里的钱家里人怎么领 我已经都安排好了;
# 最后再问一次 …办完我就可以安心走了: "not in scope" or the notice alone; r56 QA): one's own death after, things arranged, and
# going in peace, too
# going in peace (可以安心走了), and the family's life after (我放心走了，就是想问问我妈以后领养老金: a service straight away;
# r61 QA) — the two together, not the family's future alone (我想通了，孩子以后跟我过)
_GONE_IN_PEACE = re.compile(r"(?:安心|放心|安安心心|踏踏实实)(?:地)?走了")
_FAMILY_AFTER = re.compile(r"(?:我妈|我爸|老妈|老爸|家里人|家人|老婆|老公|孩子|女儿|儿子|老伴|爱人|媳妇|闺女|那口子|她|他)(?:的)?(?:以后|往后|将来)"
                           # (往后的日子让他们好好过: r65 QA)
                           r"|(?:以后|往后)的日子(?:让|叫)?(?:他们|她|他|孩子们?|儿女|家里)"
                           # (以后儿子就自己过了; 以后老伴就交给你们了: r63 QA)
                           r"|(?:以后|往后|将来)(?:我)?(?:的)?(?:我家)?(?:我妈|我爸|家里人|家人|老婆|老公|孩子们?|女儿|儿子|老伴|爱人|媳妇|闺女|那口子)"
                           r"(?:就|也|只能)?(?:靠|自己|一个人|交给|拜托|全靠|托付)")
# ...or no more trouble to anyone, with the family's life after (不麻烦大家了，我儿子以后的低保你们帮忙看着点; r62 QA)
# (我不想再麻烦大家了; 以后就不拖累孩子们了; 不想拖累儿子了: r63 QA)
# (以后不想再给家里人添麻烦了; 不想再拖累我老婆了: r64 QA)
_NO_MORE_TROUBLE = re.compile(r"(?:以后|往后)?(?:就|也)?不(?:想|愿|愿意|会)?(?:再)?(?:(?:麻烦|拖累|打扰|连累)|(?:给|让)(?=[^，,。？?！!]{1,5}?添(?:麻烦|负担|累赘)))"
                              r"(?:我)?(?:的)?(?:大家|你们|家里人?|各位|谁|孩子们?|儿子|女儿|儿女|子女|老伴|家人|老婆|老公|媳妇|爱人)"
                              r"(?:添(?:麻烦|负担|累赘))?了(?![吗吧么嘛])")
# ...or said without 了, beside the family told to live well after (以后的日子让他们好好过吧)
# (not one's plan to spare them: 老了不想拖累孩子，以后让他们好好过日子，我想自己交养老保险 — no 了 nor 吧 said)
_NO_BURDEN = re.compile(r"不(?:想|愿|愿意|会)?(?:再)?(?:拖累|连累|给[^，,。？?！!]{1,5}?添(?:麻烦|负担|累赘))"
                        r"[^，,。？?！!；;\s]{0,4}?了|不拖累谁了")
_BURDEN_WORD = re.compile(r"拖累|连累|添麻烦|添负担|添累赘")
_FAMILY_GOOD_LIFE = re.compile(r"(?:以后|往后)(?:的日子)?(?:就)?(?:让|叫)?(?:他们|她|他|孩子们?|儿女|儿子|女儿|家里人?)(?:自己)?"
                               r"(?:好好|安心|踏实)?过(?:日子|好)?"
                               # (反正以后也不给儿女添麻烦了，让他们好好过: r67 QA)
                               r"|(?:让|叫)(?:他们|她们|孩子们?|儿女|家里人?)(?:自己)?(?:好好|安心|踏实)(?:过|生活|活)"
                               # (我走了以后家里人要好好过: r69 QA)
                               r"|(?:家里人|家人|他们|她们|孩子们?|儿女|老伴|娘俩|娘儿俩|爷俩|母子俩|母女俩|老婆孩子)(?:以后|往后)?"
                               r"(?:要|都|也|就)?(?:好好|安心|踏实)(?:过|生活|活)")
_FAMILY_GOOD_LIFE_BYE = re.compile(r"(?:" + _FAMILY_GOOD_LIFE.pattern + r")吧")
# ...no ties left, the last thing, one's family entrusted to others (这是我最后一件事了，以后老伴就交给你们了; 我也没啥牵挂: r63 QA)
_NO_TIES = re.compile(r"了无牵挂|没(?:有)?(?:什么|啥)?(?:牵挂|挂念)(?!的)")
_LAST_THING = re.compile(r"这是(?:我)?(?:的)?最后一件事")
# (我老伴以后就拜托你们街道照顾了: r64 QA)
_ENTRUSTED = re.compile(r"(?:老伴|孩子们?|儿子|女儿|老婆|老公|我妈|我爸|家里人?|闺女|那口子)(?:以后|往后)?(?:就|也)?(?:交给|拜托给|托付给|拜托)"
                        r"(?:你们|大家|政府|各位|街道|社区)[^，,。？?！!]{0,6}?了")
_VEILED = (re.compile(r"最后(?:再)?(?:一次|一回)(?:来)?(?:问|麻烦|找|联系|打扰|办事|办|咨询)|最后(?:再)?问(?:一次|一回|一句)|这是(?:我)?最后一次"),
           re.compile(r"(?:以后|往后|反正)(?:也|就|再)?(?:用不着|不需要|用不上)了"),
           re.compile(r"(?:都|全|全部)[^，,。？?！!]{0,6}?(?:留|交)?给(?:我)?(?:女儿|儿子|孩子|老婆|老公|家里|爸妈|闺女)|存折(?:都)?交给"
                      # (存款密码也留给女儿了, 存折密码写在纸条上了: r58 QA)
                      r"|(?:存款|存折|银行卡|卡)?密码[^，,。？?！!]{0,6}?(?:留给|交给|写在|写给|告诉)"
                      # (存折的钱留给他们了: r69 QA)
                      r"|(?:存折|存款|积蓄|钱|房子)[^，,。？?！!]{0,6}?(?:留给|交给|转给)(?:了)?(?:他们|孩子|家里|老伴|儿子|女儿|闺女|我妈|我爸|老婆|老公)"),
           _OWN_DEATH_AFTER,
           re.compile(r"(?:都|已经|全都?|也)(?:安排|交代|处理|料理|收拾)(?:好|妥当|妥|完|清楚)了"
                      # (该交代的也交代完了; r60 QA)
                      r"|该(?:交代|安排|处理)的(?:我)?(?:都|也)?(?:交代|安排|处理)"),
           _GONE_IN_PEACE,
           # (…没什么牵挂了，可以安心走了; 遗嘱都写好了; 家里人有了着落，我也能放心走了; 葬礼不用办: r58 QA)
           _NO_TIES, _LAST_THING, _ENTRUSTED,
           re.compile(r"有了着落|有着落了|(?:遗嘱|遗书)(?:都|也|已经)?(?:写好|立好|写完)"
                      r"|(?:葬礼|丧事|追悼会)(?:都|也)?(?:不用|不必|别|不要)(?:办|操办|大办)"),
           # (后事怎么办也交代了; 她以后一个人也能过: a plain service, or a confident 社保卡启用; r59 QA)
           re.compile(r"后事[^，,。？?！!]{0,6}?(?:交代|安排|准备|料理|打点)(?:好|清楚|妥当|完)?了"),
           # (我已经想通了，可以放心走了。走之前想把我的社保关系弄清楚: a 参保证明 notice; r60 QA)
           re.compile(r"走之前|走以前|临走之前|临走前|走前"),
           # (以后就不麻烦大家了: a service straight away; r61 QA)
           _NO_MORE_TROUBLE,
           re.compile(r"(?:她|他|他们|孩子|孩子们|老婆|老公|家里人?|家人)(?:以后|往后|将来)?(?:一个人)?(?:也|都)能(?:过|活)(?:下去|得好)?"
                      r"|没(?:有)?(?:我|俺)(?:也|都)(?:能|行|过得)"))
# high up now: climbed onto, or sitting or standing at the edge of, a roof, a crane, a bridge
_HIGH_PLACE = r"(?:楼顶|顶楼|天台|塔吊|吊塔|脚手架|房顶|屋顶|桥|大桥|高楼|烟囱|广告牌|\d+楼|[十几二三四五六七八九]+楼)"
_NOT_AT_WORK = r"(?!(?:上面|上|顶上|边上|那里|那儿)?(?:干活|上班|工作|施工|作业|干了|搬|晾|晒|修|开会|等))"
_HIGH_NOW = re.compile(r"(?:爬到|爬上了?|爬上去了?|上到)" + _CLAUSE + r"{0,8}?" + _HIGH_PLACE + r"(?:的)?(?:上面|上|顶上|顶|边上|边)?"
                       + _NOT_AT_WORK + r"|(?:站到|坐到|站在|坐在|现在(?:人)?在|人在|正在)" + _CLAUSE + r"{0,8}?" + _HIGH_PLACE
                       + r"(?:的)?(?:上面|上|顶上|顶|边上|边沿|边缘|边|栏杆外|外面)?" + _NOT_AT_WORK)
# looking down from up there a long while (站在阳台上往下看了好半天，算了先问问居住证怎么办: "是不是居住证申领"; r65 QA): a check-in
# (在阳台上往下看了一个多钟头了; 一个人站阳台上往楼下瞅，一瞅就是半天; 趴在窗台上看楼底下看了好久: r66 QA)
_LOOKING_DOWN = re.compile(r"(?:阳台|窗边|窗台|窗户|楼顶|天台|顶楼|桥)" + _CLAUSE + r"{0,6}?(?:往下|往楼下|楼下|楼底下|下面)"
                           r"[^。？?！!；;\n]{0,6}?(?:看|望|瞅)(?:了)?[^。？?！!；;\n]{0,10}?"
                           # (在阳台站着往下看，一看就是好久; 往楼下瞅，一待就是一两个钟头: r67 QA)
                           r"(?:好半天|老半天|半天|很久|好久|一晚上|一宿|半宿|一下午|一上午|好一会儿?|[一两二三四五六七八九几]+个多?(?:钟头|小时)"
                           r"|一两个钟头|一两个小时|几个钟头|几个小时)")
# at work or on an errand up there (在楼顶晾衣服, 楼顶漏水): not a check-in
_AT_WORK_UP_THERE = re.compile(r"干活|上班|工作|施工|作业|晾|晒|修|漏水|防水|装|拍照|看风景|风景|夜景|烟花|看热闹|月亮|星星|乘凉|钓鱼|散步"
                               r"|锻炼|开会|等人|吃饭|烧烤")
_AT_THE_EDGE = re.compile(r"(?:楼顶|顶楼|天台|房顶|屋顶|桥|阳台|窗)(?:的)?(?:边上|边沿|边缘|栏杆外|外沿|边边|边儿|沿上|沿儿)")
# ...being there now (市民反映在小区楼顶天台边上坐着 讲老板欠了他半年工资: no emergency on the hotline; r54 QA)
_THERE_NOW = re.compile(_AT_THE_EDGE.pattern + r"(?:上)?(?:坐着|站着|待着|蹲着|呆着|坐了|站了)")
_WAGES = re.compile(r"欠|拖|不给|没给|不发|没发|工钱|工资|血汗钱|要钱|讨薪|要不到|拿不到")
# outside a railing or a window (坐在阳台栏杆外面，问一下低保怎么申请: the 低保 notice alone; r59 QA)
_OUTSIDE_RAILING = re.compile(r"(?:坐|站|蹲|爬|翻|跨|挂|人|我)(?:在|到|出|过)?(?:了)?" + _CLAUSE + r"{0,6}?(?:栏杆|护栏|围栏|窗户|窗台|窗)(?:的)?"
                              r"(?:外面|外边|外头|外侧|外)|(?:翻|跨|爬)(?:过|出)(?:了)?(?:阳台|窗户|窗台)?(?:的)?(?:栏杆|护栏|围栏|窗户)"
                              # (我翻到阳台外边了; 阳台栏杆外面坐着呢: r62 QA)
                              r"|(?:翻|爬|跨|坐|站)(?:到|在|出)(?:了)?(?:阳台|窗户|窗台|楼顶)(?:的)?(?:外边|外面|外头|外)"
                              # (腿已经跨出阳台了; r63 QA)
                              r"|(?:翻|跨|爬)出(?:了)?(?:阳台|窗户|窗台|窗外|栏杆|护栏)"
                              # (十八楼的阳台栏杆我已经翻过去一条腿了: "not in scope"; r65 QA)
                              r"|(?:栏杆|护栏|围栏|窗台|窗户)" + _CLAUSE + r"{0,6}?(?:翻|跨|爬)(?:过|出)(?:去|来)"
                              r"|(?:栏杆|护栏|围栏)(?:的)?(?:外面|外边|外头|外侧)(?:坐|站|蹲|待|呆)"
                              # (我已经从天台那边翻过来了，风很大: a 公积金 menu; r70 QA)
                              r"|从" + _HIGH_PLACE + r"(?:那边|边上|上面|上)?翻(?:过来|过去|出去|出来)了")
# ...or somewhere high or by the water, not wanting to come back (我在江边大桥上，不想往回走了: "not in scope"; r59 QA)
_HIGH_OR_WATER = re.compile(_HIGH_PLACE + r"|阳台|窗台|窗户|窗边|窗口|江边|河边|湖边|海边|江里|河里|悬崖|水库")
_NOT_COMING_BACK = re.compile(r"不想(?:再)?(?:往)?回(?:走|去|来|头)了|不想下(?:来|去)了|不(?:打算|准备)?下来了|跳下去|往下跳|一跳了之"
                              r"|纵身|想跳(?:楼|河|江|桥|下去)|(?:不想|不要)(?:再)?上岸")
# ...not to get away (我想从二楼跳下去逃走 能行吗: from a violent partner, or a fire)
_ESCAPING = re.compile(r"逃|跑|躲|着火|火灾|起火|浓烟")
# being a burden on one's family, or wishing to vanish
_BURDEN = re.compile(r"(?:我|俺|自己)(?:就|只)?(?:是)?(?:个|一个)?(?:家里的)?(?:拖油瓶|累赘|负担|拖累|废物|多余的人)"
                     r"|活着" + _CLAUSE + r"{0,4}?(?:就是|净|只会|都是|光)(?:给|让)?" + _CLAUSE + r"{0,4}?(?:负担|累赘|拖累|添麻烦|添乱)")
_LIVING = re.compile(r"活着|活下去|拖累|添麻烦|消失|不在了|死")
_VANISH = re.compile(r"从这个世界(?:上)?" + _CLAUSE + r"{0,3}?消失|(?:悄悄|永远|彻底)(?:地)?消失(?!的)|不想再拖累(?:任何人|谁|家里|家人|你们|大家)")
# one's own affairs after death arranged (我自己的后事都已经安排妥当了，就差户口这一块: 户口注销's materials alone; r57 QA)
_OWN_AFTER_DEATH = re.compile(r"(?:我|俺|自己)(?:自己)?的后事[^，,。？?！!]{0,6}?(?:安排|交代|准备|料理|打点)(?:好|妥当|妥|完)"
                              # (把身后事都交代清楚了，想问问死亡证明怎么开: its situations; r58 QA) — said of oneself, first
                              r"|^(?:我|俺)?(?:已经)?(?:把)?身后(?:的)?事(?:我|俺)?(?:都|也)?(?:已经)?(?:交代|安排|料理)(?:好|清楚|妥当|完)"
                              # (后事也交代好了: the plain wordings' until 我爸走了，后事都安排好了 was read as one's own; r59)
                              r"|(?<![的爸妈])后事(?:也|都|也都)?(?:已经)?(?:交代|安排)好了")
# nothing worth it any more (反正也没啥意思了, 活着没盼头): beside being high up, the crisis line (我站在楼顶上，想问问低保怎么申请，
# 反正也没啥意思了: the 低保 notice alone; r56 QA); alone, a gentle check-in
_HOPELESS = re.compile(r"(?:反正|活着|这日子|日子)(?:也|都|真|实在|挺|很|好|真是|可)?(?:没(?:啥|什么|有)?(?:意思|意义|盼头|奔头|劲)|无所谓)了?"
                       r"|(?:啥|什么)都无所谓了|没(?:啥|什么)(?:意思|盼头|奔头)了"
                       # (来电人情绪很低落，说自己已经站到楼顶了: a check-in on the hotline; r60 QA)
                       r"|情绪(?:很|非常|特别|十分)?低落|心情(?:很|非常|特别)?(?:低落|糟糕)|想不开|很绝望|(?:我|人)(?:快)?崩溃了")
# a goodbye said by the one writing, tired (老铁们再见了，以后别找我，我累了: "not in scope"; r56 QA) — not a shop or a job left
# (好累啊，跟大家说声再见吧 …以后不会再给你们添麻烦了; 群里的各位 拜拜了 真的撑不住了 以后别来找我: "not in scope"; r57 QA)
_OWN_FAREWELL = re.compile(r"再见了|再见吧|说(?:了)?(?:一)?声再见|说了再见|道(?:了)?(?:个)?别了?|拜拜了|永别|先走一步|别(?:再|来)?找我|不用(?:再)?找我|不要(?:再)?找我|大家保重|各位保重"
                           r"|不会再(?:给|让)(?:你们|大家|家里|谁)添麻烦|不再(?:给|让)(?:你们|大家|家里|谁)添麻烦")
_WEARY = re.compile(r"(?:我|俺)?(?:真的|实在|太)?(?:累了|太累了|好累|撑不住了|扛不住了|坚持不下去了)|活着(?:太)?累|想解脱|该走了"
                    r"|不想(?:再)?(?:坚持|撑|熬)(?:下去)?了|坚持不住了|不用再撑了|不用再熬了")
_LEFT_FOR_LIFE = re.compile(r"店|生意|关门|转让|不干了|退群|辞职|离职|搬家|出国|毕业|退休|调走|回老家|顾客|客户|粉丝|直播|账号|号不用")
# time running short, said of oneself: ill, or not (我也没几天了, 剩不了多少日子了)
_LITTLE_TIME = re.compile(r"(?:我|俺)(?:也|都|恐怕|可能|估计|怕是)?(?:没|没有|剩不了|剩不下|活不了|熬不了|撑不了)"
                          r"(?:几天|多少日子|多少天|多少时间|多久|几年)(?:了|可活|好活)"
                          r"|(?:没|没有|剩不了|剩不下|活不了|熬不了|撑不了)(?:几天|多少日子|几年)(?:可活|好活)|熬不了几天了|撑不了几天了"
                          r"|剩不了多少日子|日子不多了|时日无多|没几天活头|没几天好活")

CRISIS = "crisis"
POISON = "poison"             # someone else took it, told by one with them: 120 for them
POISON_SELF = "poison_self"   # the one writing took the poison (``knowledge.emergencies`` answers 120 first)
CHECK_IN = "check_in"
CUT_SELF = "cut_self"         # the one writing cut themselves and is bleeding (``knowledge.emergencies`` answers 120 first)
# what a message telling its time running short is told first, beside the service it asks
CHECK_IN_ANSWER = ("听您这么说，心里一定不好受。想找人说说话的时候，可以随时拨打心理援助热线12356（全国统一，24小时）；"
                   "身体不舒服的话请及时就医。")


# ...and what one high up with nothing else said is told (我现在在楼顶天台上，想问下失业金怎么领: the check-in for time running
# short, "身体不舒服的话请及时就医", with no 110; r58 QA)
HIGH_UP_ANSWER = ("您现在如果在高处，请先离开边缘，到安全的地方再办事。心里难受、有想不开的念头时，请拨打心理援助热线12356"
                  "（全国统一，24小时）；有危险请立即拨打110。")


# a crisis at hand: high up or at the edge now, a jump said, the means ready, or tonight
_AT_HAND = re.compile(r"跳下去|往下跳|跳楼|跳河|跳江|跳桥|今晚|今天晚上|今天夜里|今夜|今儿晚上|今儿个晚上|现在就|马上就|这就")


def at_hand(text: str) -> bool:
    """Whether a crisis ``text`` tells is at hand (high up now, at an edge, outside a railing, a jump, the means ready,
    tonight): the service asked beside it waits (站在天桥上往下看，想跳下去算了，对了失业金还有几个月没领: the 失业金
    notice after the crisis line; r60 QA)."""
    text = text or ""
    return any(p.search(text) for p in (_HIGH_NOW, _AT_THE_EDGE, _THERE_NOW, _OUTSIDE_RAILING, _MEANS_READY, _AT_HAND))


# what follows a death (a death withdrawal, 遗属待遇, 死后, 后事): not told to one who may take their life
_OF_A_DEATH = re.compile(r"死亡|去世|身故|遗属|丧葬|抚恤|继承|遗嘱|火化|殡葬|死后|死了以后|死了之后|走了以后|走了之后|不在了以后|后事|身后")


def tells_of_a_death(*texts: str) -> bool:
    """Whether any of ``texts`` (an item's name, the situations offered, the message) is of what follows a death."""
    return any(_OF_A_DEATH.search(t or "") for t in texts)


def check_in_answer(text: str) -> str:
    """What a message ``crisis_sign`` reads as ``CHECK_IN`` is told first: ``HIGH_UP_ANSWER`` when it tells being high up,
    else ``CHECK_IN_ANSWER``."""
    return HIGH_UP_ANSWER if _HIGH_NOW.search(text or "") or _LOOKING_DOWN.search(text or "") else CHECK_IN_ANSWER


# cuts made on one's own wrist or arm, bleeding (我现在手腕上划了好几道口子，一直在流血: "not in scope"; r68 QA) — not an accident:
# a cutting verb and the wrist or arm near each other, in either order (刚才拿刀划了手腕; 手腕上刚刚自己割的口子; 我胳膊上割了好几道:
# r69 QA)
_LIMB = r"(?:手腕|腕子|手臂|胳膊|小臂|大腿)"
_CUT = re.compile(_LIMB + _CLAUSE + r"{0,6}?(?:划|割|拉)" + r"|(?:划|割)(?:了|破了?|伤了?|开了?)?" + _CLAUSE + r"{0,4}?" + _LIMB)
_BLEEDING = re.compile(r"流血|出血|滴血|淌血|冒血|血(?:止不住|一直|还在|往外|流|淌|冒|滴)|好多血|很多血|全是血|都是血")
_ACCIDENT = re.compile(r"不小心|切菜|削|玻璃|摔|意外|工伤|干活|上班|车间|机器|被(?:狗|猫|人)|(?:他|她|孩子|儿子|女儿|老人)(?:的)?(?:手腕|手臂|胳膊)")


# someone else at an edge (楼顶上有个陌生女人坐在边上好久了，看着不对劲; 有个小伙子翻过天桥栏杆了，站在外面哭，路过的我应该做点啥:
# "not in scope"; r69 QA): another person, a high place or water, being at or over its edge now, and distress or the one
# writing asking what to do — by word classes, anywhere in the message
# ...a child there needs nothing more said (窗台上坐着个小孩 腿都伸出去了 我在对面楼看着: "not in scope"; r70 QA)
_A_CHILD_THERE = re.compile(r"小孩|孩子|小朋友|娃|(?:我|俺)(?:的|家)?(?:女儿|儿子|闺女)")
_OTHER_ONE = re.compile(r"邻居|隔壁|朋友|闺蜜|哥们|兄弟|室友|同事|同学|陌生|不认识|小伙|姑娘|大姐|大哥|大爷|大妈|阿姨|叔叔|老太太|老头|女的|男的"
                        r"|女人|男人|女孩|男孩|学生|有个人|有人|一个人|(?:我|俺)(?:的|家)?(?:老公|老婆|爸|妈|哥|姐|弟|妹)|"
                        + _A_CHILD_THERE.pattern)
_HIGH_OR_EDGE = re.compile(r"楼顶|天台|顶楼|屋顶|房顶|窗台|窗户|窗外|阳台|天桥|大桥|桥上|桥边|栏杆|护栏|江边|河边|湖边|楼边|悬崖|\d+楼|[十几二三四五六七八九]+楼")
_OVER_THE_EDGE = re.compile(r"(?:坐|站|蹲|待|趴)(?:在)?(?:了)?" + _CLAUSE + r"{0,4}?边(?:上|沿|缘)|边(?:上|沿|缘)(?:上)?(?:坐|站|蹲)着|翻(?:过|出|到)|跨(?:过|出)"
                            r"|爬(?:上|到|出)|(?:站|坐|蹲|挂)(?:在)?(?:了)?(?:栏杆|护栏|窗台|窗户)?外(?:面|边|头)?|(?:栏杆|护栏|窗)外"
                            r"|伸出去|悬(?:空|着|在外)|(?:腿|脚)(?:都)?(?:悬|伸|耷拉)(?:在)?(?:外面|外边|外头|窗外)")
_THEIR_DISTRESS = re.compile(r"哭|不对劲|不对头|情绪|想不开|要跳|说跳|往下跳|跳下去|跳楼|不想活|活不下去|寻死|轻生|好久|半天|一动不动|喊着"
                             r"|不说话|一句话不说|不吭声|不理人|发呆|一直")
_WHAT_TO_DO = re.compile(r"我(?:该|能|要|应该|可以)?(?:怎么办|咋办|做什么|做点(?:啥|什么)|干什么|干啥|怎么劝|怎么做|做些什么)"
                         r"|(?:我|俺)(?:就|正|现在)?在(?:他|她)?(?:旁边|楼下|下面|对面|附近)|(?:赶|跑)过去|往那(?:边|儿)?赶|怎么劝|路过|经过"
                         r"|要不要报警|报警吗|打110")
# ...not the one writing there (我站在楼顶边上，邻居在旁边哭), who may watch from across or below (我在对面楼看着)
_SELF_AT_EDGE = re.compile(r"(?:^|[，,。？?！!；;\s])(?:我|俺)(?:现在|正|就|已经|也)?(?:坐|站|蹲|爬|翻|跨|在|从)(?:了)?"
                           r"(?!对面|楼下|下面|旁边|路上|附近)" + _CLAUSE + r"{0,6}?"
                           r"(?:楼顶|天台|顶楼|屋顶|房顶|窗台|窗外|阳台|天桥|桥上|栏杆|护栏|边上|\d+楼|[十几二三四五六七八九]+楼)")


def self_high_up_to_jump(text: str) -> bool:
    """Whether ``text`` tells the one writing up high now and a jump said, or at the edge (我在天台上，风好大，我想跳下去算了:
    the crisis line first, 110 after it; r80 QA)."""
    text = text or ""
    up = any(p.search(text) for p in (_SELF_AT_EDGE, _HIGH_NOW)) and "跳" in text
    return up or any(p.search(text) for p in (_AT_THE_EDGE, _THERE_NOW, _OUTSIDE_RAILING))


def someone_at_an_edge(text: str) -> bool:
    """Whether ``text`` tells someone else at or over the edge of somewhere high (or by the water) now, in distress or with
    the one writing asking what to do; not someone at work up there, nor the one writing there."""
    text = text or ""
    return bool(_OTHER_ONE.search(text) and _HIGH_OR_EDGE.search(text) and _OVER_THE_EDGE.search(text)
                and (_THEIR_DISTRESS.search(text) or _WHAT_TO_DO.search(text) or _A_CHILD_THERE.search(text))
                and not _AT_WORK_UP_THERE.search(text) and not _SELF_AT_EDGE.search(text))


def crisis_sign(text: str) -> Optional[str]:
    """``POISON_SELF`` when ``text`` tells a heap of pills taken (``POISON`` by someone else); ``CRISIS`` when it tells a
    means made ready, a death wished, a goodbye (a veiled one by two cues), being high up now (at the edge, or over unpaid
    wages) or being a burden; ``CHECK_IN`` when it tells only that the writer's time runs short; None otherwise."""
    text = text or ""
    if _MEANS_READY.search(text) and (_SELF.search(text) or _AT_HAND.search(text) or _WEARY.search(text)) \
            and not _MEANS_AT_WORK.search(text):
        return CRISIS
    if _CUT.search(text) and _BLEEDING.search(text) and not _ACCIDENT.search(text):
        return CUT_SELF
    if (_OVERDOSE.search(text) or (_SWALLOWED.search(text) and _PILLS_SAID.search(text) and _HEAP.search(text))) \
            and not _NOT_SWALLOWED.search(text):
        return POISON if _SOMEONE_ELSE.search(text) else POISON_SELF
    if _DEATH_WISHED.search(text) or _GOODBYE.search(text) or _VANISH.search(text):
        return CRISIS
    high = _HIGH_NOW.search(text)
    if (high and (_WAGES.search(text) or _AT_THE_EDGE.search(text) or "边" in high.group() or _HOPELESS.search(text))) \
            or (_AT_THE_EDGE.search(text) and _SELF.search(text) and _WAGES.search(text)) or _THERE_NOW.search(text):
        return CRISIS
    if (_OUTSIDE_RAILING.search(text) and not _AT_WORK_UP_THERE.search(text)) \
            or (_NOT_COMING_BACK.search(text) and _HIGH_OR_WATER.search(text) and not _AT_WORK_UP_THERE.search(text)
                and not _ESCAPING.search(text)):
        return CRISIS
    if _BURDEN.search(text) and _LIVING.search(text):
        return CRISIS
    if _OWN_FAREWELL.search(text) and _WEARY.search(text) and not _LEFT_FOR_LIFE.search(text):
        return CRISIS
    if _OWN_AFTER_DEATH.search(text) and not _ANOTHERS_DEATH.search(text):
        return CRISIS
    # (我走了之后让他们好好过日子吧: "not in scope"; r68 QA) — one's own death after, with the family told to live well
    leaving = any(p.search(text) for p in (_GONE_IN_PEACE, _NO_MORE_TROUBLE, _NO_TIES, _LAST_THING, _ENTRUSTED, _OWN_DEATH_AFTER))
    if (((leaving or _NO_BURDEN.search(text)) and _FAMILY_GOOD_LIFE.search(text))
            or (_FAMILY_GOOD_LIFE_BYE.search(text) and _BURDEN_WORD.search(text))) \
            and not _ANOTHERS_DEATH.search(text):
        return CRISIS   # (不想再给儿女添麻烦了 往后让他们好好过; 不想再拖累孩子们，以后的日子让他们好好过吧; r66 QA)
    if _veiled_cues(text) >= 2 or (leaving and _FAMILY_AFTER.search(text) and not _ANOTHERS_DEATH.search(text)) \
            or (_NO_MORE_TROUBLE.search(text) and tells_of_a_death(text) and not _ANOTHERS_DEATH.search(text)):
        return CRISIS
    if _LITTLE_TIME.search(text) or _HOPELESS.search(text) or (high and not _AT_WORK_UP_THERE.search(text)) \
            or (_LOOKING_DOWN.search(text) and not _AT_WORK_UP_THERE.search(text)):
        return CHECK_IN   # (我站在楼顶上，你就说吧公积金怎么取: "not in scope"; r57 QA)
    return None


# another's death told (我爸走了，后事都安排好了): the affairs arranged are theirs
_ANOTHERS_DEATH = re.compile(r"(?:爸|妈|父亲|母亲|老人|爷爷|奶奶|外公|外婆|姥姥|姥爷|老伴|丈夫|妻子|老公|老婆|爱人|亲人|公公|婆婆|岳父|岳母"
                            r"|哥|姐|弟|妹|儿子|女儿)" + _CLAUSE + r"{0,4}?(?:走了|去世|过世|没了|病故|不在了|离世|逝世|死了)")


def _veiled_cues(text: str) -> int:
    """How many of ``_VEILED``'s cues ``text`` tells, one for each stretch of it (后事都安排好了 is one), none when it tells
    another's death."""
    if _ANOTHERS_DEATH.search(text):
        return 0
    spans = []
    for cue in _VEILED:
        found = cue.search(text)
        if found and not any(found.start() < end and start < found.end() for start, end in spans):
            spans.append(found.span())
    return len(spans)


def without_signs(text: str) -> str:
    """``text`` without what ``crisis_sign`` reads in it (我也没几天好活了，低保怎么申请: 低保怎么申请), for the service asked
    beside it to be read alone (its 几天 read as the time limit asked; r53 QA)."""
    for pattern in (_MEANS_READY, _OVERDOSE, _THERE_NOW, _DEATH_WISHED, _GOODBYE, _VANISH, _HIGH_NOW, _AT_THE_EDGE,
                    _OUTSIDE_RAILING, _NOT_COMING_BACK, _BURDEN,
                    _LITTLE_TIME, _HOPELESS, _OWN_FAREWELL, _WEARY, _OWN_AFTER_DEATH,
                    *(cue for cue in _VEILED if cue is not _OWN_DEATH_AFTER)):
        text = pattern.sub("", text or "")
    return text
