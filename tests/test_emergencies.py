"""Someone in danger now gets the emergency number first (knowledge/emergencies.py)."""
import pytest

from actions.answering import Turn, answer
from knowledge.emergencies import danger_answer, danger_said


@pytest.mark.parametrize("text, kind, number", [
    ("老人走丢了 找谁", "police", "110"), ("有人在打我 怎么办", "police", "110"), ("被家暴了 咋办", "violence", "12338"),
    ("孩子找不到了", "police", "110"), ("家里着火了", "fire", "119"), ("闻到煤气味", "fire", "119"),
    ("孩子发高烧抽搐了", "medical", "120"), ("老人摔倒了起不来", "medical", "120"), ("孩子被狗咬了 打疫苗在哪", "bite", "120"),
    ("我不想活了", "crisis", "12356"),
    ("活着没意思", "crisis", "12356"), ("小孩被拐了", "police", "110"), ("被车撞了 肇事司机跑了", "police", "110"),
    ("撞了人跑了", "police", "110"),
    ("孩子走丢了怎么办", "police", "110"),   # (怎么办 is no service asked: the danger now)
    # poison taken (was "not in scope … 12345"), someone not breathing; r20 QA
    ("我老公喝药了现在人不行了怎么办", "poison", "120"), ("孩子误吃了老鼠药", "poison", "120"), ("吃错药了", "poison", "120"),
    ("家里老人突然晕倒了叫不醒怎么办", "medical", "120"),
    ("我爸刚才把农药当水喝了 口吐白沫", "poison", "120"), ("喂 我家孩子把老鼠药吃了 你们管不管", "poison", "120"),   # (r21 QA)
    # the one writing took it: 120 and 12356 (it got the bystander's script; r22 QA)
    ("我喝了农药了", "poison_self", "12356"), ("我刚吃了一瓶安眠药", "poison_self", "120"),
    # someone hit on the road and hurt now, someone following again and again (nothing said; r73 QA)
    ("有人被车撞了躺在地上流血", "accident", "120"), ("前面出车祸了，一个人躺在路上不动", "accident", "122"),
    ("有个男的一直跟踪我", "police", "110"), ("有个陌生人每天晚上跟踪我回家，他知道我住哪", "police", "110"),
    # ...in English: a child harmed (police_en), the road, stalking, not breathing (CPR, not the stroke's lying on one side)
    ("my neighbour's kid keeps screaming and I saw bruises, he says dad hits him with a belt", "police_en", "110"),
    ("there's a man lying on the road not moving after a car hit him", "accident_en", "122"),
    ("I am being followed by a stranger every night on my way home, he knows where I live", "danger_en", "110"),
    # ...told otherwise (r74 QA: "不在范围", "only in Chinese")
    ("刚才小区门口电动车和汽车撞了 骑车的大爷倒地上起不来", "accident", "120"), ("外卖小哥被一辆小车撞了，躺马路中间流了好多血", "accident", "122"),
    ("楼下有人骑电瓶车被撞倒了", "accident", "120"), ("孩子身上老是青一块紫一块的，问他才说是后爸打的", "violence", "110"),
    ("My neighbour keeps slapping his little boy really hard, I can hear the kid screaming", "police_en", "110"),
    ("i saw a man punching a little girl in the park just now", "police_en", "110"),
    ("my friend's dad beats him every night, he told me today", "police_en", "110"),
    ("motorcyclist got knocked off his bike in front of me, he's not moving", "accident_en", "120"),
    ("I just witnessed a hit and run, the cyclist is lying in the road", "accident_en", "122"),
    ("Some man has been walking behind me every evening from the subway to my flat for a week. I'm scared.", "danger_en", "110"),
    ("a man keeps showing up wherever i go, at work and at my gym", "danger_en", "110"),
    ("my grandpa just fell over and he isnt breathing!!", "medical_en", "120"),
    # ...and otherwise again (r75 QA: the child-abduction script for 被拐弯的汽车撞了, "不在范围", "only in Chinese")
    ("骑电动车的大姐被拐弯的汽车撞了，在地上打滚哭", "accident", "122"), ("开车跟人家电动车刮了一下 对方小腿在流血 我现在该咋整", "accident", "120"),
    ("俺家老头子骑三轮在村口让货车给剐了，腿压底下了，咋弄啊", "accident", "120"),
    ("我侄子胳膊和背上全是一条条紫印子 问他才说是他后爸拿衣架抽的", "violence", "110"),
    ("我爷爷在家里被我叔打得鼻青脸肿的，还不给饭吃", "violence", "110"),
    ("我老婆吵完架说不想活了，把自己锁在屋里半个小时没动静了", "other_crisis", "110"),
    ("just saw a car plow into a cyclist at the corner, he's on the ground and there's blood", "accident_en", "120"),
    ("my dad just dropped on the kitchen floor and I don't think he's breathing", "medical_en", "120"),
    ("there's this man who's been tailing me on my way home for like a week, he stands outside my building at night",
     "danger_en", "110"),
    # ...and otherwise again (r76 QA: "不在范围" or unrelated items)
    ("邻居家老爷子天天挨儿媳妇揍，胳膊上青一块紫一块的，咋整", "violence", "110"), ("奶奶在家被我姑打，身上都是伤，还不让她吃饱", "violence", "110"),
    ("俺爹糊涂了，俺哥把他锁屋里不让出来，饭也不按顿给", "violence", "110"), ("我家娃刚被外卖电瓶车撞了 哭得厉害", "accident", "120"),
    ("家里装的监控拍到保姆打我闺女", "violence", "110"), ("托管班阿姨拿尺子抽我儿子手心，都肿了", "violence", "110"),
    ("我闺女十四岁 网上认识个人 说要带她去外地 今天人找不着了", "police", "110"),
    ("室友昨晚说不想活了，今天门反锁着，敲半天没人应", "other_crisis", "110"),
    # ...and otherwise again (r77 QA: service items, "不在范围", or the family-care advice)
    ("俺们村有个老汉，他家媳妇不给饭吃，饿得皮包骨头，还把他关在柴房里头", "violence", "110"),
    ("我奶奶在我叔家住，身上青一块紫一块的，叔说是她自己摔的，可我不信", "violence", "110"),
    ("市民说邻居家老人被儿子关在家里，几天没见送饭了", "violence", "110"),
    ("我闺女15岁，今天下午说去见一个网上认识的网友，到现在都联系不上了，手机关机", "police", "110"),
    ("我儿子网上聊了个人，今天出门说去见面，晚上十点了还没回来", "police", "110"),
    ("我侄子今天跟网上认识的人出去了，现在人找不到，他才13", "police", "110"),
    ("my 14 year old son went to meet someone he met online today and hasn't come back, phone off", "child_missing_en", "110"),
    ("我孩子刚才在小区门口被电动车撞了，一直在哭，腿不敢动", "accident", "120"), ("娃娃被车碰了一下，哭个不停，怎么办啊", "accident", "122"),
    ("我同事昨晚发消息说活着没意思，想死了，今天敲门没人应，门从里面锁着", "other_crisis", "110"),
    # ...and otherwise again (r78 QA: lists of items or "不在范围"; a fire's 119 alone for one who will not wake)
    ("婆婆瘦得皮包骨头，小叔子说她自己不爱吃，可我看见锅里啥都没有，屋门从外面闩着", "violence", "110"),
    ("俺娘叫俺哥撵到牛棚里住，三天没给口吃的了", "violence", "110"), ("姥姥手腕上有勒痕，舅妈说是老人家不老实才绑一下", "violence", "110"),
    ("我奶奶胳膊上腿上好多青一块紫一块的，护工说是她自己磕的，可是她都不下床的", "violence", "110"),
    ("来电人说他奶奶被大伯关在后院小屋里，好几天没给饭吃", "violence", "110"),
    ("女儿才13，偷偷跑去外地见网恋对象了，刚才微信说住在他家", "police", "110"),
    ("我闺女跟网友去见面了，刚发消息说到了酒店，让我别管", "police", "110"),
    ("工作压力好大，有时候觉得活着挺累的，想申请一下心理咨询有没有政府的", "crisis", "12356"),
    ("楼下有股很浓的煤气味，有个老人倒在屋里叫不醒", "fire_medical", "120"),
    ("my grandma is covered in bruises and her caregiver says she fell, but she can't walk", "elder_harmed_en", "110"),
    # ...and otherwise again (r79 QA: "不在范围" or lists with a death certificate first)
    ("我爸喝完酒又开始砸东西了，我和我妈躲在厕所里", "violence", "110"),
    ("我奶奶跟我叔住，三天没吃上一顿热饭了，叔不给她做，我在外地上班咋办", "violence", "110"),
    ("我外公八十多了，舅妈嫌他麻烦，只给他喝稀饭还把他反锁在屋里，我在北京读书", "violence", "110"),
    ("俺娘在养老院，护工把她手脚绑床上，这合法吗", "violence", "110"),
    ("俺们屯子里老李头让他儿媳妇拿绳子捆炕上了，嗷嗷叫唤，咋整啊", "violence", "110"),
    ("隔壁那个老头天天被他儿子锁在门外头，冬天冻得直哆嗦，我能找谁管", "violence", "110"),
    ("我儿子十六岁，这两天住在网上认识的一个成年人家里，微信能联系上但叫不回来", "police", "110"),
    ("my 15 year old son is staying at the house of a guy he met on a game app, he answers my texts but won't come home",
     "child_missing_en", "110"),
    ("最近活得好累，每天都不想睁眼，有没有心理咨询可以预约的", "crisis", "12356"),
    ("life is so exhausting lately, is there any free counseling?", "crisis_en", "12356"),
    # ...and otherwise again (r80 QA: "不在范围", lists with 结婚登记, a witness's script, "please write in Chinese")
    ("我妹妹16岁，在网上认识个男的，现在住他那边，微信能回但不回家", "police", "110"),
    ("我被人关在一个出租屋里不让走，手机是偷偷拿的", "police", "12110"),
    ("我奶奶在老家，我人在上海，她被大伯关在偏屋里，冬天不给被子，我能远程做点什么吗", "violence", "村委会"),
    ("我外公住的养老院，上次视频看到他手上胳膊上都是淤青，护工说是他自己磕的，我不太信", "violence", "民政"),
    ("我在深圳上班，听老家邻居讲我奶奶被我二叔锁在门外冻了一宿，饭也不给吃，我离得远能干点啥", "violence", "不在当地"),
    ("我在天台上，风好大，我想跳下去算了", "crisis", "退回来"),
    ("孩子在学校被同学打了还被勒索要钱，不敢跟老师说", "violence", "教育局"),
    ("来电人说最近活得没意思，想找免费的心理咨询，声音一直在哭", "crisis", "12356"),
    ("My grandma is in a nursing home and I think staff are hitting her, I live in another city", "elder_harmed_en", "110"),
    ("Dad came home wasted and is throwing plates, mom and I locked ourselves in the bathroom", "danger_en", "12110"),
    ("My dad is drunk again and breaking stuff in the kitchen, me and my little brother are hiding in our room", "danger_en",
     "110"),
    # ...and otherwise again (r81 QA: "not in scope", 身份证 items for a child's trip, the witness's line on minors)
    ("我12岁 在王者里认识个哥哥 他叫我周六自己坐高铁去成都找他 还说别跟爸妈讲 我要带啥证件", "police", "12355"),
    ("我今年十四咯，网上耍游戏认到个哥哥，喊我莫跟屋头说，买票去他那边耍几天，要带身份证不嘛", "police", "不要去"),
    ("阿姨你好 我初一 网友约我放假去他那个城市玩 他说给我买车票 不让我告诉家里 我能自己去吗", "police", "110"),
    ("im 13 and my online friend from roblox wants me to take a bus to his city this weekend. he said dont tell my mom. "
     "what ID do i need", "drawn_away_en", "do not go"),
    ("救命 几个不认识的人把我关在一间屋子里 我在偷偷打字", "police", "12110"),
    ("被人关在一个小黑屋里出不去，他们是搞网贷催收的，我手机快没电了", "police", "12110"),
    ("我在XX厂上班，老板把门锁了晚上不让我们出去，说干满一个月才放人", "police", "110"),
    ("some men are keeping me in a room and took my passport", "danger_en", "12110"),
    ("我儿子在学校天天被高年级的要钱，不给就打，老师也不管", "violence", "教育局"),
    ("孩子在学校被几个同学堵在厕所里打，还被逼着每天交十块钱", "violence", "教育局"),
    ("我在初中被同学霸凌，他们抢我的钱，我不敢告诉老师", "violence", "12355"),
    ("My kid is being bullied at school and some older boys take his lunch money every day. What should I do?", "bullied_en",
     "education bureau"),
    ("隔壁的老头被他儿子锁在偏房好几天了，饿得直敲墙，我一个邻居能管吗", "violence", "村委会"),
    ("来电人说她父亲住的养老院护工打老人，身上有淤青，她想举报", "violence", "民政"),
    ("my mom lives with us and I think the carers at her day centre hit her, there are marks on her arms", "elder_harmed_en",
     "110"),
    # ...and otherwise again (r82 QA: "not in scope", a hotel's licence, labour items, nothing on the hotline)
    ("救命 我被人关在一个屋子里 门从外面锁了 他们说还钱才放我", "police", "12110"),
    ("我被几个催债的关在宾馆房间里不让走，手机偷偷拿着的", "police", "12110"),
    ("讨债公司的人把我堵在出租屋里两天了不让出门，手机也被收了", "police", "12110"),
    ("老板把厂门锁了不让我们下班，已经关了一整天了，不让出去", "police", "110"),
    ("来电人称被公司老板锁在仓库里两天了，要他签欠条才放人", "police", "110"),
    ("my boss locked us inside the workshop and wont let anyone leave until we finish, been 14 hours", "danger_en", "12110"),
    ("My daughter is being beaten and her lunch money taken by older kids at school", "bullied_en", "12355"),
    # ...and told of another, or beside a word like a service (r83 QA: 年检, a hotel's licence, 身份证 items, 住房公积金补缴)
    ("我弟弟在一个小厂打工，老板把他锁在车间里不让走，说干完这批货才放人，我在外地干着急", "police", "不要自己去硬闯"),
    ("我妈被放高利贷的扣在一个宾馆里了，说不还钱不放人", "police", "不要私下交钱"),
    ("老板把我们几个工人的身份证收走了，还把我们锁在宿舍不让出去", "police", "12110"),
    ("俺闺女让人扣在城郊一个仓库里了，不还钱就不放人", "police", "110"),
    ("来电人说她老公被债主关在城郊一间出租屋里两天了，电话也被收了", "police", "110"),
    ("My friend has been locked inside a warehouse by some strangers", "danger_en", "12110"),
    ("My brother is being held in a workshop by his boss", "danger_en", "12110"),
    ("孩子在学校被欺负了，老师还让我们补交学费才肯管", "violence", "教育局"),
    ("养老院的人在卫生间里打我爷爷，被我看到了", "violence", "民政"),
    ("养老院护工打我奶奶，我想举报", "violence", "民政"),
    ("my 12 year old chatted with someone on a game app who wants her to secretly take a bus to meet him", "drawn_away_en",
     "tell them not to go"),   # (told by the parent: what the parent does; r84 QA)
    ("my son gets beaten up by a group of kids at school almost every day", "bullied_en", "education bureau"),
    # ...and in other words, told of another, on the hotline, in English (r84 QA: "not in scope", 身份证补领, 交通违法处理, no
    # emergency on the hotline)
    ("来电人说她儿子在工地干活，包工头把几个工人关在板房里不让走，手机都收了", "police", "不要私下交钱"),
    ("来电人说她老公在外省一个黑砖窑干活，老板不让出来，人身自由被限制了", "police", "110"),
    ("市民反映他朋友被骗到一个工作室里，被看着不准离开", "police", "被谁关着"),
    ("俺爹在南方一个厂子里被老板扣着 不给走 身份证也被收了", "police", "110"),
    ("哥们儿被黑中介扣在宿舍里 不交钱不让走 咋整", "police", "不要私下交钱"),
    ("老妈被传销的人扣在一个小区里出不来", "police", "110"),
    ("my brother is being held by strangers in an apartment, they want ransom", "danger_en", "do not pay any ransom"),
    ("My mother called me crying, some debt collectors are keeping her in a hotel room", "danger_en", "where the person is held"),
    ("my friend's workers are locked inside the workshop by their boss", "danger_en", "where the person is held"),
    ("I feel like ending it all tonight", "crisis_en", "12356"),
    ("想办个残疾证，反正我也活不了多久了，不如早点结束算了", "crisis", "120"),
    ("女儿初中住校，被室友锁在卫生间里拍视频，还往她身上泼水", "violence", "教育局"),
    ("儿子说宿舍几个人把他堵在厕所里扒了衣服拍照", "violence", "教育局"),
    ("孩子在学校天天被几个同学欺负要钱，说不给就打，学费都被抢了", "police", "教育局"),
    ("网上有个人一直叫我儿子偷偷出去见面，还说不要告诉爸妈", "police", "和孩子好好谈一谈"),
    ("someone on wechat keeps asking my son (13) to come meet him alone and not tell anyone, sent him money",
     "drawn_away_en", "Talk with your child"),
    ("My 12 year old daughter met a man on a game app who asked her to meet him secretly", "drawn_away_en",
     "Talk with your child"),
    # ...held abroad or for money, in a scheme's "training" (r85 QA: "not in scope", 护照 items, no emergency on the hotline)
    ("表哥被中介骗去缅甸了，关在园区里，对方要家里打钱才放人", "police", "12308"),
    ("我弟弟在柬埔寨被扣押了，护照被收走，他们说交五万才放人", "police", "不要私下交钱"),
    ("市民反映他弟弟在柬埔寨被扣押，对方要五万块赎金", "police", "110"),
    ("儿子被人拉去搞什么培训，不让出门，手机也被没收了", "police", "110"),
    ("My cousin went to Myanmar for a job through an agency, now he's locked in a compound and they want money to let him go",
     "danger_en", "12308"),
    ("My friend answered a fake job ad and now they won't let him leave the building, they want 50000 yuan", "danger_en",
     "do not pay any ransom"),
    ("儿子在学校被几个同学堵在厕所里关了一节课，还被拍了视频发到群里", "violence", "要求群主、平台删除"),
    # ...and in more words (r86 QA: "not in scope", the scam's answer, no emergency on the hotline)
    ("老公在缅甸被扣了 对方要钱", "police", "12308"),
    ("我儿子说去南宁做什么大项目，现在电话打不通，他同学说他在里面上课不让出来，还让他找家里要钱", "police", "110"),
    ("My brother went to Myanmar for a job offer and now they are holding him and asking us to pay money to release him",
     "danger_en", "12308"),
    ("help, my sister is trapped in a scam compound in Cambodia, they took her passport and want ransom", "danger_en",
     "do not pay any ransom"),
    ("caller says her husband took her passport and beats her, she wants new documents", "danger_en", "exit-entry"),
    # (r87 QA: "could not find a government service", "not in scope", items)
    ("I've got the pills ready, tonight I'm done with everything", "crisis_en", "12356"),
    ("我妈被拉进传销窝点了，说交三万'培训费'才能走", "police", "110"),
    ("闺女在外头参加啥子封闭集训，电话里哭着要钱，说不交钱就不放人", "police", "不要私下交钱"),
    ("老公把我护照收了不让我回国，还动手，I'm a foreigner married here", "violence", "本国驻华使领馆"),
    ("小孩被同学起外号孤立，不算打，但他不想上学了", "violence", "教育局"),
    ("kids at school beat my son and filmed it", "bullied_en", "education bureau"),
    # (r88 QA: "not in scope", items, the scam's answer, "could not find a government service")
    ("我儿子昨天放学到现在都没回家，电话也关机", "police", "不需要等24小时"),
    ("孩子从昨天放学一直没回家联系不上", "police", "110"),
    ("公司安排封闭式培训，不交两万培训费就不让离开，身份证也被收了", "police", "不要私下交钱"),
    ("朋友去外地参加封闭培训，现在人出不来，对方说交钱就放人", "police", "110"),
    ("我老公被人骗去一个什么封闭式的学习班，要交三万八学费才放他回家", "police", "不要私下交钱"),
    ("I've been stockpiling my sleeping pills for weeks, I don't see a reason to wake up tomorrow", "crisis_en", "12356"),
    ("tonight I'm going to take all of my mom's painkillers. just wanted to tell someone", "crisis_en", "12356"),
    ("my friend just texted me goodbye and said she took a bunch of pills", "overdose_en", "120"),
    # (r88 QA, after ebfde80: nothing read, or no embassy for a foreigner writing in English)
    ("儿子在学校被同学笑话他胖，没人跟他玩", "violence", "12355"),
    ("女儿说班上没人跟她玩，同学都取笑她", "violence", "班主任"),
    ("My son's classmates laugh at him for being fat and nobody plays with him", "bullied_en", "12355"),
    ("Kids at school keep mocking my daughter and leaving her out", "bullied_en", "education bureau"),
    ("I'm a foreign wife, my husband hits me and hid my passport so I can't leave", "danger_en", "embassy or consulate"),
    # (r89 QA: items of the dead and of relief, "not in scope", the crisis line said to the one writing)
    ("我女儿放学到现在都没回家，电话也打不通，已经三个小时了", "police", "不需要等24小时"),
    ("孩子三个小时没回家了，电话打不通", "police", "110"),
    ("我儿子说网上有人让他刷单，已经转了两万，现在还要他继续转", "fraud", "110"),
    ("来电大爷说他医保卡里的钱被人刷了", "fraud", "110"),
    ("我被困在电梯里了", "lift", "96333"),
    ("电梯突然停了，门打不开", "lift", "不要扒门"),
    ("我爸在河边说要跳下去", "other_crisis", "110"),
    ("我妈站在江边说不想活了", "other_crisis", "110"),
    # (r90 QA: "not in scope", 户口注销（死亡） on the hotline, 临时救助, the gas leak's 打开门窗 to a fire)
    ("奶奶有老年痴呆，早上出去遛弯到现在没回来", "police", "老人走失报警不需要等24小时"),
    ("我爷爷有点糊涂，出门走丢了，找了一下午没找到", "police", "防走失"),
    ("我爸出门买菜五个小时了还没回来", "police", "老人走失"),
    ("救命", "cry_for_help", "110"), ("救命啊 快来人", "cry_for_help", "120"),
    ("家里着火了，烟很大", "fire", "湿毛巾捂住口鼻"), ("厨房着火了，燃气罐在旁边", "fire", "不要乘电梯"),
    ("My son keeps getting laughed at by his classmates and they won't let him join any games, he cries every day",
     "bullied_en", "12355"),
    # (r91 QA: "not in scope", 122 for a traffic accident, a cremation item, 结婚登记, nothing on the hotline)
    ("孩子在商场里一转眼就不见了", "police", "不需要等24小时"), ("在超市孩子走丢了，找了十分钟没找到", "police", "保安"),
    ("孩子跟同学出去玩到现在联系不上", "police", "110"),
    ("来电人说她母亲有痴呆症，中午出门散步到现在还没回来，家里人找遍了", "police", "老人走失"),
    ("我有个朋友说他今晚就想结束这一切", "other_crisis", "110"),
    ("我妈接到个电话说我出车祸了要她转钱，她正在去银行的路上", "fraud", "96110"),
    ("来电人说她女儿正在跟网上的人转账，说是投资，已经转了五万", "fraud", "110"),
    ("楼道里好大一股液化气味道", "fire", "不要开关电器"),
    ("在电话里喊快来人啊", "cry_for_help", "110"), ("<b>救命</b>", "cry_for_help", "119"),
    ("邻居家里传出小孩哭喊声，大人一直在打他，已经半个小时了", "police", "110"),
])
def test_a_danger_gets_its_number(text, kind, number):
    """Each got "不在范围，请拨打12345", the welcome question or an item menu (r6 QA)."""
    assert danger_said(text) == kind and number in danger_answer(kind, text)


@pytest.mark.parametrize("text", ["身份证丢了", "我的狗丢了", "孩子户口丢了", "我爸去世了", "死亡证明怎么开", "火化要钱吗",
                                  "户口本找不到了", "驾照被扣了", "",
                                  # a pet or keys shut in, a wage or a job held, a project ended (r84 QA: the held one's answer)
                                  "邻居出差了，他家的猫被锁在屋里好几天了，一直叫", "钥匙被锁在屋里了出不去", "工资被老板扣着不给",
                                  "老板扣着我的身份证不让我辞职", "老板不让走，非要我加班", "这个项目不如早点结束算了",
                                  "I was held up in traffic for two hours", "my application is being held up",
                                  "my passport is being kept by the embassy", "孩子在学校体检脱了衣服",
                                  # parents keeping a child in, papers held, a trip abroad (r85 QA)
                                  "我妈不让我出门，手机也被没收了", "驾照被扣押了怎么办", "行驶证被扣了", "去缅甸旅游要办什么证",
                                  "we visited a theme park in Shanghai",
                                  "我爸妈把我关在家里不让出门，说我成绩太差要禁足一个月，烦死了", "the police are holding my car",
                                  "女儿早恋我们不让她出门，没收了手机，她闹着离家出走", "tonight I'm done with work finally",
                                  "闺女跟我吵完架说明天就离家出走，现在把自己锁在房间里", "我儿子说再逼他写作业他就离家出走",
                                  "我把上高一的儿子手机没收了，周末也不让他出门，他说我这是非法拘禁",
                                  # found comparing first replies with the session's start: a fire told as over with
                                  # a service asked (临时救助), a pet lost
                                  "家里失火了，房子和家具全烧没了，能申请临时救助吗", "我家猫走丢了，能帮我发个寻猫启事吗？",
                                  # the third QA round (r7): a service asked about a danger, a pet, another's suicide
                                  "狗走丢了", "宠物走失了", "火灾后房产证烧了怎么补", "抽搐 癫痫 能办残疾证吗", "抽搐过的人能考驾照吗",
                                  "自杀的人能领抚恤金吗", "孩子走丢过 现在找回来了 要办身份证", "他是在家里突然晕倒走的",
                                  "失火烧了房子 不动产证怎么办", "食物中毒能报销吗", "我爸喝药走了 户口怎么销", "农药经营许可怎么办", "买农药要证吗", "我刚吃了药 还能开车吗", "吃了一盒饭", "着火了怎么办火灾证明", "老人走丢了好几年了 能宣告死亡吗",
                                  "下班骑电动车回家路上被车撞了，对方全责，这个能算工伤不？",
                                  # (an accident told with its service, or one's own, past: r73 QA)
                                  "出车祸受伤了医保能报吗", "出差去客户那边的路上出了车祸，腿骨折了",
                                  "my daughter got a bruise, does medical insurance cover it",
                                  "I was in a car accident last year, how to apply for disability certificate",
                                  "我老公上个月被车撞了，能算工伤吗", "车被撞了，保险怎么赔",
                                  "I had a car accident last year, how do I renew my driving licence now?",
                                  "how do I apply for a work permit, my boss hits the roof when I ask",
                                  "车刮了一下，保险怎么理赔", "I dropped my ID card on the floor of the bus, how to get a new one",
                                  "the car ran into a tree last year, insurance claim",
                                  # (what the r76 QA signs must not read: a child's document or job not found, hearing lost)
                                  "孩子的户口本找不着了", "孩子找不到工作", "俺娃耳朵听不见，想整个残疾证，咋弄", "老师让我打印孩子的材料",
                                  "阿姨带孩子去打疫苗", "孩子小时候走丢过 现在找回来了 要上户口", "我刚被车撞了 要怎么索赔",
                                  "孩子网上认识的同学找不到了联系方式", "my son lost his ID card, how to replace",
                                  "my daughter went missing years ago, can I get her hukou cancelled", "我奶奶摔了一跤 腿上青一块",
                                  "我妈今天没饭吃 想申请低保", "我爸腿上绑着绷带 残疾证怎么办",
                                  "my grandma fell last year and has bruises, how to apply for the disability card",
                                  "我奶奶摔了一跤 腿上青一块，可是医保不给报", "孩子摔碎了一个碗 躲在屋里不出来", "老码头的房子怎么过户",
                                  "我爸八十多了 高龄津贴怎么领",
                                  # (what the r80 QA signs must not read: wages held, an adult sister, a plate broken)
                                  "我被老板扣了工资不让走", "我妹妹26岁，网上认识个男的，现在住他那边不回家",
                                  "I broke a plate and I am hiding it from mom", "我在18楼上班，想问下公积金怎么取",
                                  # (what the r81 QA signs must not read: a school trip, a classmate's home, school fees)
                                  "孩子学校组织去西安研学，未成年人坐火车要带什么证件", "我周末去同班同学家玩，要带户口本吗",
                                  "孩子上学要交多少钱", "孩子在学校被老师罚站", "同学借了我的钱不还", "学校乱收费找谁",
                                  "我妈住养老院，护工打印了一份材料", "my son plays roblox online, how do I get him a passport",
                                  # (r82 QA look-alikes: keys locked in, a teacher's punishment, locked out)
                                  "钥匙落屋里了，门锁上进不去，找谁开锁", "被老师关在教室里罚抄", "我被锁在门外了",
                                  "反锁在阳台外面了 进不去屋", "房东把门锁换了不让我进去住", "公司把我的工资扣了不给",
                                  # (what the r88 QA signs must not read: a joke, a mock exam, laughing at a teacher's joke)
                                  "同学给他讲了个笑话", "The students laughed at the teacher's joke", "students need a mock exam",
                                  "my kids laugh at my jokes", "I left out my passport photo, can I still apply",
                                  # (r89 QA look-alikes: a game, a lift to mend, a child long married away, a child's papers late)
                                  "游戏里我被困在地牢出不去了，救命", "小区电梯坏了找谁修", "加装电梯怎么申请补贴",
                                  "我女儿嫁到外地三年没回家了", "孩子的户口到现在还没办下来", "兼职刷单靠谱吗",
                                  "我爸在河边钓鱼，钓鱼证怎么办",
                                  # (r90 QA look-alikes: away for a reason, a document of an elder's lost, money to save a life)
                                  "我爸出差到现在没回来", "儿子在外地上学，寒假到现在没回家", "我爸的身份证找不到了",
                                  "我奶奶去年走丢过，现在找回来了", "这是救命钱，低保啥时候发", "I was laughed at by my boss",
                                  "my parents won't let me play games",
                                  # (r91 QA look-alikes: a game by its name, money put into a bank's product)
                                  "王者荣耀里我被困住了出不去，救命", "我在银行买理财转了五万", "我妈去社保局没找到窗口"])
def test_no_danger_in_ordinary_questions(text):
    assert danger_said(text) is None


def test_the_danger_comes_before_anything_else_of_the_conversation(fixture_store):
    options = [{"kind": "situation", "value": "本地补领", "title": "本地补领", "item": "gongan.sfz.reissue"}]
    reply = answer(Turn(text="孩子找不到了", intent="inform", item="gongan.sfz.reissue",
                        item_in_context="gongan.sfz.reissue", options=options), fixture_store)
    assert reply.messages[0]["text"].startswith("请立即拨打110") and reply.slots["options"] is None


def test_someone_else_about_to_take_their_life_and_someone_hurt_beside_a_fire():
    """楼下有人要跳楼 got the words for one's own crisis (您不是一个人…12356); 煤气味很重 我妈晕倒了 got 119 alone (r9 QA)."""
    from knowledge.emergencies import danger_answer, danger_said

    for text in ("楼下有人要跳楼", "我朋友说想自杀"):
        assert danger_said(text) == "other_crisis" and danger_answer("other_crisis").startswith("请立即拨打110"), text
    assert danger_said("我不想活了") == "crisis" and danger_said("他跳楼自杀了 抚恤金怎么领") is None
    assert danger_said("家里煤气味很重 我妈晕倒了") == "fire_medical"
    said = danger_answer("fire_medical")
    assert "119" in said and "120" in said and danger_said("家里着火了") == "fire"


def test_fainting_is_not_told_of_dog_bites():
    """The 120 answer to 老人晕倒了 ended on 被狗、猫咬伤的…狂犬病暴露预防处置门诊 (r20 QA)."""
    assert "狗" not in danger_answer("medical") and "狗" in danger_answer("bite") and "110" in danger_answer("poison")


def test_violence_at_home_gets_the_police_and_the_womens_line_then_what_else_was_asked(real_store):
    """老公又打我了 我想离婚 怎么办 got only "是不是“内地居民离婚登记”？" (r23 QA): 110, 12338 and the protection order
    first, the court for a divorce the other does not agree to, then the divorce registration asked."""
    for text in ("老公又打我了 我想离婚 怎么办", "我老公打我", "男朋友喝了酒打我", "媳妇天天打孩子"):
        assert danger_said(text) in ("violence", "police"), text
    said = danger_answer("violence", "老公又打我了 我想离婚 怎么办")
    assert "110" in said and "12338" in said and "人身安全保护令" in said and "起诉离婚" in said
    assert "起诉离婚" not in danger_answer("violence", "我老公打我")
    for text in ("他喝了酒就动手 我身上都是伤 想跟他离了", "邻居家小孩天天被打 哭得很惨 我该找谁",   # (r24 QA)
                 # (r25 QA: each got "not in scope" or a list of items)
                 "老公喝了酒就拿皮带抽我，我现在躲在厕所里", "我妈天天被我爸打，我们该找谁",
                 "邻居家小孩每天晚上被他后妈打得哇哇哭，身上都是伤", "我今年13岁，我爸一喝酒就打我，身上青一块紫一块"):
        assert danger_said(text) == "violence", text
    assert danger_said("工作丢了房贷还不上，觉得死了算了") == "crisis"
    for text in ("我爸打电话给我", "孩子要打疫苗", "孩子打针疼吗", "我妈打我卡里钱了", "公公打麻将输了"):
        assert danger_said(text) is None, text
    for text in ("老公打我电话没人接", "老婆打我手机", "他老婆打我的卡里了", "摔了一跤身上都是伤 能报工伤吗"):   # a call, not a blow
        assert danger_said(text) is None, text
    divorce = "minzheng.marry.divorce"
    reply = answer(Turn(text="老公又打我了 我想离婚 怎么办", intent="out_of_scope", confidence=0.5, in_scope=False,
                        candidates=[{"id": divorce, "name": "内地居民离婚登记", "score": 0.48}]), real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0] == said and len(texts) > 1 and "内地居民离婚登记" in texts[1]
    # nothing else read: the script alone
    alone = answer(Turn(text="我老公打我", intent="out_of_scope", confidence=0.5, in_scope=False,
                        candidates=[{"id": "renshe.shebao.proof", "name": "个人参保证明查询打印", "score": 0.19}]), real_store)
    assert [m["text"] for m in alone.messages] == [danger_answer("violence", "我老公打我")]
    # an item read by a word naming who someone is (老公 of 户口迁到老公家) is no service asked (r25 QA)
    text = "老公喝了酒就拿皮带抽我，我现在躲在厕所里"
    hiding = answer(Turn(text=text, intent="out_of_scope", confidence=0.5, in_scope=False,
                         candidates=[{"id": "gongan.hukou.move_spouse", "name": "户口迁移（夫妻投靠）", "score": 0.35}]),
                    real_store)
    assert [m["text"] for m in hiding.messages] == [danger_answer("violence", text)]


def test_a_child_beaten_with_a_belt_and_a_knife_held_at_home_are_violence():
    """隔壁家小孩天天被他爸用皮带抽 got "not in scope", and on the hotline 丈夫喝醉后拿刀威胁她和孩子 got no emergency and
    户口迁移（夫妻投靠） first (r26 QA); a knife or a threat to kill from anyone is the police's."""
    for text in ("隔壁家小孩天天被他爸用皮带抽 哭得撕心裂肺的 我该找谁", "来电人称丈夫喝醉后拿刀威胁她和孩子，现在躲在邻居家",
                 "我老公拿着菜刀追我", "孩子被他爸拿衣架抽"):
        assert danger_said(text) == "violence", text
    for text in ("有人拿刀威胁我", "他说要杀了我"):
        assert danger_said(text) == "police", text
    for text in ("孩子被学校选去打比赛", "孩子被抽中去体检", "切菜的刀被孩子拿去玩了", "我要杀鸡", "刀具经营许可怎么办"):
        assert danger_said(text) is None, text


def test_violence_told_by_a_neighbour_gets_the_witness_script():
    """隔壁家那个男的天天打他家小孩 昨晚又听到孩子哭得好惨 身上都是青的 我该找谁啊 got "not in scope", and where violence was
    read, the script spoke to the one beaten ("如果您现在有危险"; r27 QA): 110 to the address, the community, 12338, 12355."""
    from knowledge.emergencies import VIOLENCE_SEEN
    for text in ("隔壁家那个男的天天打他家小孩 昨晚又听到孩子哭得好惨 身上都是青的 我该找谁啊",
                 "隔壁家小孩天天被他爸用皮带抽 哭得撕心裂肺的 我该找谁"):
        assert danger_said(text) == "violence" and danger_answer("violence", text) == VIOLENCE_SEEN, text
    assert "110" in VIOLENCE_SEEN and "12355" in VIOLENCE_SEEN
    for text in ("我妈天天被我爸打，我们该找谁", "老公又打我了"):   # told by those it is done to
        assert danger_answer("violence", text) != VIOLENCE_SEEN, text
    assert danger_said("又打孩子的疫苗了") is None


def test_a_child_threatened_a_child_writing_an_old_parent_beaten_and_a_stroke_long_past(real_store):
    """r28 QA: 我是初二学生 我爸喝醉了在砸门 说要打死我 and 对门那家男的又在打小孩 孩子一直喊救命 got no emergency on the hotline;
    我爸又打我了 我今年14 the adult's script (12338, 保护令); 隔壁老太太说她儿子经常打她 the divorce; 我爸上个月中风了…现在出院在
    家…有啥政策 "请立即拨打120"."""
    from knowledge.emergencies import ELDER_HARMED, VIOLENCE_SEEN, VIOLENCE_TO_A_CHILD
    assert danger_said("我 我是初二学生 我爸喝醉了在砸门 说要打死我 我现在躲在屋里") == "police"
    for text in ("我 我是初二学生 我爸喝醉了在砸门 说要打死我 我现在躲在屋里", "我爸又打我了 我今年14 脸都肿了 不敢回家",
                 "我妈一喝酒就打我 用衣架抽 我高二"):
        assert danger_answer(danger_said(text), text) == VIOLENCE_TO_A_CHILD, text
    assert "12355" in VIOLENCE_TO_A_CHILD and "110" in VIOLENCE_TO_A_CHILD
    text = "喂 我是住在三楼的 对门那家男的又在打小孩 孩子一直喊救命 已经打了半个多小时了"
    assert danger_said(text) == "violence" and danger_answer("violence", text) == VIOLENCE_SEEN, text
    # (an old one told by a neighbour: the old one's answer, not the witness's line on minors' 12355; r81 QA)
    text = "隔壁老太太说她儿子经常打她 不给饭吃 我作为邻居能帮她做点啥"
    assert danger_said(text) == "violence" and danger_answer("violence", text) == ELDER_HARMED, text
    assert danger_answer("violence", "我今年38 老公打我") not in (VIOLENCE_SEEN, VIOLENCE_TO_A_CHILD)
    assert danger_said("我爸上个月中风了 半边身子动不了 现在出院在家躺着 需要人伺候 有啥政策能帮帮 要办啥") is None
    assert danger_said("我爸中风了") == "medical" and danger_said("儿子给老人打电话") is None


def test_someone_hurt_by_violence_is_told_to_call_120_too():
    """你好 我丈夫拿着刀在厨房 刚才把我胳膊划破了 got 110 and 12338 only (r28 QA)."""
    from knowledge.emergencies import HURT_TOO
    text = "你好 我丈夫拿着刀在厨房 刚才把我胳膊划破了"
    assert danger_said(text) == "violence" and danger_answer("violence", text).endswith(HURT_TOO)
    assert HURT_TOO not in danger_answer("violence", "老公又打我了")


def test_a_wife_beaten_heard_a_knife_brandished_and_children_pinched_are_violence():
    """r29 QA: 对面那家男的正在打老婆 (chat and hotline), 媳妇…抄起水果刀就往我这边比划 我是男的, 小女孩经常被她后妈掐 and 小男孩
    老是被他爸用皮带抽 got "not in scope"; a man beaten is told he may call the police too."""
    from knowledge.emergencies import MEN_TOO, VIOLENCE_SEEN
    for text in ("喂 我是他们家邻居 对面那家男的正在打老婆 叫得可惨了 我听见还有砸东西的声音",
                 "楼下那个小女孩经常被她后妈掐 胳膊上全是印子 我是邻居能管吗",
                 "对门那户的小男孩老是被他爸用皮带抽 昨天还光着脚被关在门外"):
        assert danger_said(text) == "violence" and danger_answer("violence", text) == VIOLENCE_SEEN, text
    text = "媳妇跟我吵架 抄起水果刀就往我这边比划 我是男的 这种也能报警吗"
    assert danger_said(text) == "violence" and danger_answer("violence", text).startswith("能。" + MEN_TOO)
    assert danger_answer("violence", "我是男的 老婆经常打我").startswith(MEN_TOO)   # (nothing asked: no 能)
    for text in ("他在打老婆的电话", "小女孩被选上去比赛了", "水果刀在哪买", "我是男的 能领生育津贴吗"):
        assert danger_said(text) is None, text


@pytest.mark.parametrize("first, then, said", [
    ("我妈一喝酒就拿衣架抽我 我上初二", "报警了我爸妈会不会坐牢 我不敢", "12355"),
    ("老公拿刀架我脖子上 现在他出去了", "我带着娃能去哪", "救助管理站"),
    ("我老公喝醉了又打我", "我不敢报警 怎么办", "12338"),
    ("邻居家孩子被打得很惨 天天哭", "能匿名吗", "保密"),
    ("我不想活了", "没人能帮我", "12356"),
])
def test_a_message_after_a_dangers_answer_stays_with_the_danger(real_store, first, then, said):
    """我不敢报警 怎么办 after the answer to violence got 个体工商户注销's conditions (read at random), 报警了我爸妈会不会坐牢
    我不敢 and 带着娃能去哪 "not in scope" or nothing on where to go, 能匿名吗 nothing on it (r29 QA)."""
    reply = answer(Turn(text=first, intent="out_of_scope"), real_store)
    kind = reply.slots["danger"]
    assert kind
    read = [{"id": "scjg.gtgsh.cancel", "name": "个体工商户注销登记", "score": 0.07}]
    reply = answer(Turn(text=then, intent="ask_conditions", candidates=read, danger=kind), real_store)
    assert len(reply.messages) == 1 and said in reply.messages[0]["text"] and "注销" not in reply.messages[0]["text"]
    assert reply.slots["danger"] == kind   # and the one after it still


def test_a_service_or_thanks_after_a_dangers_answer_is_not_the_danger(real_store):
    divorce = [{"id": "minzheng.marry.divorce", "name": "内地居民离婚登记", "score": 0.67}]
    reply = answer(Turn(text="我想离婚", intent="ask_guide", linked_item="minzheng.marry.divorce", item="minzheng.marry.divorce",
                        in_scope=True, candidates=divorce, danger="violence"), real_store)
    # (the ways of a divorce after violence first, then the agreed divorce's notice; r48 QA)
    assert "起诉离婚" in reply.messages[0]["text"] and "离婚登记" in reply.messages[1]["text"] and "danger" not in reply.slots
    reply = answer(Turn(text="好的", intent="affirm", danger="violence"), real_store)
    assert "救助管理站" not in " ".join(m["text"] for m in reply.messages)


def test_what_is_asked_of_reporting_violence_is_answered_before_where_else_to_turn(real_store):
    """r30 QA: 我在小区里看到一个老人掐那个小孙子的胳膊 都掐紫了 and 男的把女的摁地上打 "not in scope"; 男的被家暴说出去丢人
    不想报警 got the first answer again, 报警能不说我名字吗 nothing on it, 报警了我爸妈会不会坐牢 nothing on jail."""
    from knowledge.emergencies import ANONYMOUS, ASHAMED, JAIL, VIOLENCE_SEEN, danger_follow_up
    for text in ("我在小区里看到一个老人掐那个小孙子的胳膊 都掐紫了 还在掐", "对门两口子又干仗了 男的把女的摁地上打 我听着不对劲"):
        assert danger_said(text) == "violence" and danger_answer("violence", text) == VIOLENCE_SEEN, text
    for text in ("孩子打疫苗胳膊肿了", "打孩子的针", "我打字打得手都肿了", "摁地上做俯卧撑"):
        assert danger_said(text) is None, text
    assert danger_follow_up("violence_seen", "报警能不说我名字吗").startswith(ANONYMOUS)
    assert danger_follow_up("violence_child", "报警了我爸妈会不会坐牢 我不敢").startswith(JAIL)
    reply = answer(Turn(text="男的被家暴说出去丢人 不想报警", intent="out_of_scope"), real_store)
    assert reply.messages[0]["text"].startswith(ASHAMED) and "12338" in reply.messages[0]["text"]
    assert reply.slots["danger"] == "violence"


def test_violence_with_a_stick_scissors_or_slaps_seen_in_the_street_and_its_scripts():
    """r31 QA: on the hotline 我在小区里看见一个男的拿棍子打一个小孩 孩子满脸是血 got the complaint script and 我媳妇拿着剪子
    要扎我 户口迁移（夫妻投靠）; in chat 一直扇一个小孩耳光 "not in scope"; a husband chased with a knife got the witness's
    script, a child pinched on a bus the victim's."""
    from knowledge.emergencies import HURT_TOO, VIOLENCE_SEEN
    seen = ("我在小区里看见一个男的拿棍子打一个小孩 孩子满脸是血 你们管不管",
            "刚才在菜市场门口看到一个男的一直扇一个小孩耳光 小孩哭得不行 我该咋办",
            "路边有个男的把一个女的按在地上打 周围没人管", "公交车上一个大人使劲掐小孩胳膊 都紫了 孩子不是她的吧 看着不对劲")
    for text in seen:
        assert danger_said(text) == "violence" and danger_answer("violence", text).startswith(VIOLENCE_SEEN), text
    assert danger_answer("violence", seen[0]).endswith(HURT_TOO)
    for text in ("我媳妇拿着剪子要扎我 我把自己锁车里了", "媳妇喝多了拿菜刀追着我砍 我跑出来了 在楼下"):
        assert danger_said(text) == "violence" and danger_answer("violence", text) != VIOLENCE_SEEN, text
    for text in ("用剪刀剪纸", "刀削面", "拿皮带打包", "门口有个男的在卖菜"):
        assert danger_said(text) is None, text


def test_after_violence_feelings_a_report_made_and_a_service_asked(real_store):
    """r31 QA: 打完报警了 可是心里还是堵得慌 睡不着 got "不敢或不方便报警的…", and 对了我想顺便问下 离婚的话去哪办 要带啥 (read
    out of scope at 0.11) the same again: support and what comes after a report; then the divorce."""
    from knowledge.emergencies import FEELING, REPORTED
    reply = answer(Turn(text="打完报警了 可是心里还是堵得慌 睡不着", intent="inform", danger="violence"), real_store)
    assert reply.messages[0]["text"] == FEELING + REPORTED and reply.slots["danger"] == "violence"
    read = [{"id": "minzheng.marry.divorce", "name": "内地居民离婚登记", "score": 0.11}]
    reply = answer(Turn(text="对了我想顺便问下 离婚的话去哪办 要带啥", intent="out_of_scope", candidates=read,
                        danger="violence"), real_store)
    assert "danger" not in reply.slots and "12338" not in reply.messages[0]["text"]


def test_violence_in_public_held_down_or_strangled_and_a_weapon_now(real_store):
    """r32 QA: 两个人把一个老头按在地上 还掐他脖子, 拿木棒追着一个小伙子打 头都打破了, 扇一个老太太嘴巴子, 我爸又把我妈摁在
    床上打 我13岁, 婆家人把我按住打了一顿: "not in scope"; 拿着菜刀在客厅里晃…我躲在卫生间 got "如果您现在有危险…", and
    我现在不敢出声 nothing on calling silently."""
    from knowledge.emergencies import HURT_TOO, SILENT, VIOLENCE_NOW, VIOLENCE_SEEN, VIOLENCE_TO_A_CHILD, danger_follow_up
    for text in ("地铁站口两个人把一个老头按在地上 还掐他脖子 怎么办", "街上有个大哥拿木棒追着一个小伙子打 头都打破了"):
        said = danger_answer("violence", text)
        assert danger_said(text) == "violence" and said.startswith(VIOLENCE_SEEN) and said.endswith(HURT_TOO), text
    assert danger_said("在菜市场看到有人扇一个老太太嘴巴子 老太太都站不稳了") == "violence"
    assert danger_answer("violence", "我爸又把我妈摁在床上打 我13岁 我好害怕") == VIOLENCE_TO_A_CHILD
    assert danger_said("婆家人把我按住打了一顿") == "violence"
    for text in ("我老公喝了酒拿着菜刀在客厅里晃 我躲在卫生间", "我老公刚才拿剪子要扎我"):
        assert danger_answer(danger_said(text), text) == VIOLENCE_NOW, text
    assert "120" in VIOLENCE_NOW and danger_answer("violence", "老公拿刀把我胳膊划破了 我躲在卫生间").count("120") == 1
    assert danger_follow_up("violence", "我现在不敢出声").startswith(SILENT)
    for text in ("按在地上做俯卧撑", "把衣服按在床上叠好", "打破了纪录", "这个碗打破了", "我把孩子按在床上打针"):
        assert danger_said(text) is None, text


def test_a_weapon_while_hiding_a_child_seen_dragging_and_reporting_without_a_voice(real_store):
    """r33 QA, "not in scope" in chat: 他拿着菜刀在客厅 我锁在卫生间里 不能说话, 一个男的揪着女的头发往车上拽, 他同学天天被他爸
    拿皮带抽, 我是聋哑人 打不了电话咋报警; and after the answers the same text again for 我报过警了 警察说管不了, 那孩子能先在
    我家住吗, 警察来了会把我爸带走吗, 我已经报过110了 然后呢."""
    from knowledge.emergencies import (JAIL, REPORTED, REPORTED_SEEN, SHELTER_CHILD, VIOLENCE_NOW, VIOLENCE_SEEN,
                                       danger_follow_up)
    text = "他拿着菜刀在客厅 我锁在卫生间里 不能说话"
    assert danger_said(text) == "violence" and danger_answer("violence", text) == VIOLENCE_NOW
    assert danger_said("看见小区停车场一个男的揪着女的头发往车上拽 女的在哭") == "police"
    text = "我家娃放学回来说他同学天天被他爸拿皮带抽 脸上都是印子"
    assert danger_said(text) == "violence" and danger_answer("violence", text) == VIOLENCE_SEEN
    assert "12110" in danger_answer(danger_said("我是聋哑人 打不了电话咋报警"), "我是聋哑人 打不了电话咋报警")
    for text in ("他拿着刀切菜", "我锁在门外了", "我不能说话 嗓子哑了"):
        assert danger_said(text) is None, text
    assert danger_follow_up("violence_seen", "我报过警了 警察说管不了") == REPORTED_SEEN
    assert danger_follow_up("violence_seen", "那孩子能先在我家住吗").startswith(SHELTER_CHILD)
    assert danger_follow_up("violence_child", "警察来了会把我爸带走吗").startswith(JAIL)
    assert danger_follow_up("violence", "我已经报过110了 然后呢") == REPORTED


def test_a_child_hiding_and_what_the_messages_after_the_answers_tell(real_store):
    """r34 QA: 爸爸喝了酒又在打妈妈…我躲在衣柜里面 我是三年级的 "not in scope"; then 我没有手机 只有电话手表, 门快被砸开了
    我手机就剩10%的电, 我该不该管, 我已经报警了 警察说马上到 got texts that ignored them."""
    from knowledge.emergencies import ON_THE_WAY, SHOULD_I, URGENT, VIOLENCE_TO_A_CHILD, WATCH, danger_follow_up
    text = "爸爸喝了酒又在打妈妈 妈妈在叫 我好怕 我躲在衣柜里面 我是三年级的"
    assert danger_said(text) == "violence" and danger_answer("violence", text) == VIOLENCE_TO_A_CHILD
    assert danger_follow_up("violence_child", "我没有手机 只有电话手表").startswith(WATCH)
    assert danger_follow_up("violence", "门快被砸开了 我手机就剩10%的电").startswith(URGENT)
    said = danger_follow_up("violence_seen", "我该不该管")
    assert said.startswith(SHOULD_I) and "心里难受" not in said
    assert danger_follow_up("police", "我已经报警了 警察说马上到") == ON_THE_WAY


def test_what_to_do_at_once_with_a_weapon_is_for_violence_at_home_not_a_stranger():
    """The script naming 12338 and the protection order after the danger fits violence at home; a stranger's threat gets
    the police's."""
    from knowledge.emergencies import VIOLENCE_NOW
    text = "有人拿刀威胁我 我躲在厕所"
    assert danger_said(text) == "police" and danger_answer("police", text) != VIOLENCE_NOW


def test_a_weapon_in_hand_chasing_or_waiting_the_writer_hiding_and_a_statement_asked(real_store):
    """r35 QA, "not in scope" in chat: 前男友在我家楼下堵我 手里有棍子 我躲在邻居家 and 有人拿刀在我们小区门口追人, and
    their next messages; on the hotline 我邻居家男的拿着刀在楼道里喊要杀人 我把门反锁了 躲在屋里 got the witness's script
    (不要独自上前), not what to do while hiding."""
    from knowledge.emergencies import JAIL, REPORTED, STATEMENT, VIOLENCE_NOW, danger_follow_up
    for text in ("前男友在我家楼下堵我 手里有棍子 我躲在邻居家", "喂 我邻居家男的拿着刀在楼道里喊要杀人 我把门反锁了 躲在屋里"):
        assert danger_said(text) == "violence" and danger_answer("violence", text) == VIOLENCE_NOW, text
    assert danger_said("有人拿刀在我们小区门口追人") == "police"
    assert danger_said("隔壁小孩被他爸打 躲在楼道里哭") == "violence"
    assert danger_answer("violence", "隔壁小孩被他爸打 躲在楼道里哭") != VIOLENCE_NOW   # (the child hides, not the writer)
    for text in ("我买了把菜刀 带着刀能坐高铁吗", "他拿着刀切菜", "手里有锤子 装修要办什么手续"):
        assert danger_said(text) is None, text
    said = danger_follow_up("violence", "警察来了把他带走了 以后他还来咋办")
    assert said == REPORTED and JAIL not in said   # (taken away told, not feared)
    assert danger_follow_up("violence", "警察来了会把他带走吗").startswith(JAIL)
    assert danger_follow_up("police", "我现在安全了 要不要去做笔录") == STATEMENT


def test_a_stranger_with_a_weapon_an_ex_waiting_outside_and_the_messages_while_hiding(real_store):
    """r36 QA: 有个陌生男的拎着根铁棍一直跟着我 我躲进一家奶茶店了 and 前男友在我公司楼下堵我 手里好像揣着刀 我现在在厕所隔间里
    不敢出来 were out of scope; 前夫拿着菜刀在我家楼下转悠 我一个人在屋里不敢出去 got the witness's script; a stranger in
    the street the home's (远离厨房, 保护令); 我把门反锁了 灯也关了 接下来咋整 the line on reporting anonymously."""
    from knowledge.emergencies import (ARMED_STRANGER, ARRIVED, ON_THE_WAY, STAY_HIDDEN, VIOLENCE_NOW, danger_context,
                                       danger_follow_up)
    for text in ("我在解放路这边 有个陌生男的拎着根铁棍一直跟着我 我躲进一家奶茶店了 手在抖",
                 "外面有个人拿刀在砍人 我跟孩子藏在车底下 怎么办",
                 "我现在在公交站 有个不认识的男的拿着棍子一直跟着我 我躲到旁边小卖部里了"):
        kind = danger_said(text)
        assert kind and danger_answer(kind, text) == ARMED_STRANGER, text
        assert danger_follow_up(danger_context(kind, text), "他还在外面晃").startswith("请继续待在安全的地方")
    text = "前男友在我公司楼下堵我 手里好像揣着刀 我现在在厕所隔间里不敢出来"
    assert danger_said(text) == "violence" and danger_answer("violence", text) == VIOLENCE_NOW, text
    # (at one's home: he is there, so stay locked in, away from knives; r46 QA)
    text = "救命 我前夫拿着菜刀在我家楼下转悠好久了 我一个人在屋里不敢出去"
    assert danger_said(text) == "violence" and danger_answer("violence", text).startswith(ARRIVED), text
    assert danger_follow_up("violence", "我把门反锁了 灯也关了 接下来咋整").startswith(STAY_HIDDEN)
    assert danger_follow_up("violence", "报了警了 警察还没到 他发消息说要等我下班").startswith(ON_THE_WAY)
    assert danger_said("我拎着一根棍子去钓鱼 在河边躲雨") is None


def test_the_danger_going_on_after_the_answer_stays_with_it_and_gets_what_to_do_now(real_store):
    """r37 QA: 还在外面 我听到脚步声 警察说在路上 (hiding from a stranger with a knife) was out of scope (路上 of 工伤认定's
    上下班路上); 前夫…拿菜刀…说要砍死我 我带着孩子躲在屋里 got the witness's script; 报警了但是警察还没到 他在踹门 and 他在外面
    找我 还没报警 got 告诫书 and 保护令."""
    from knowledge.emergencies import REPORTED, STAY_HIDDEN, VIOLENCE_NOW, danger_follow_up, still_in_danger
    assert still_in_danger("还在外面 我听到脚步声 警察说在路上") and not still_in_danger("社区让我去找我们街道办 低保咋办")
    text = "我前夫喝了酒拿菜刀在我租的房子门口骂 说要砍死我 我带着孩子躲在屋里"
    assert danger_answer(danger_said(text), text) == VIOLENCE_NOW
    said = danger_follow_up("violence", "报警了但是警察还没到 他在踹门")
    assert "再拨一次110" in said and REPORTED not in said and "保护令" not in said
    said = danger_follow_up("violence", "他在外面找我 还没报警 怕他更狠")
    assert said.startswith(STAY_HIDDEN) and "保护令" not in said
    assert danger_follow_up("violence", "我已经报过110了 然后呢") == REPORTED   # (over: what comes after)


def test_a_danger_going_on_stays_with_it_however_its_words_read_as_a_service(real_store):
    from actions.answering import stays_with_danger
    turn = Turn(text="还在外面 我听到脚步声 警察说在路上", intent="out_of_scope", danger="armed_stranger",
                candidates=[{"id": "renshe.gongshang.identify", "name": "工伤认定申请", "score": 0.087}])
    assert stays_with_danger(turn, real_store)


def test_a_danger_getting_worse_after_a_call_made_gets_to_call_again():
    """门快被撞开了 110说马上到 还没来 got "现在马上拨打110" as if no call had been made."""
    from knowledge.emergencies import URGENT, URGENT_AGAIN, danger_follow_up
    for text in ("门快被撞开了 110说马上到 还没来", "报警了但是警察还没到 他在踹门"):
        said = danger_follow_up("violence", text)
        assert URGENT_AGAIN in said and URGENT not in said, text
    assert URGENT in danger_follow_up("violence", "门快被砸开了 我手机就剩10%的电")   # (no call told: call now)


def test_the_door_giving_a_way_out_the_battery_and_a_silent_call_are_answered_while_the_danger_goes_on():
    """r38 QA: 已经报警了但是人还没来 门锁要掉了 got 告诫书 and 保护令; 要不要从窗户跑 我们在二楼 where else to turn; 我手机快没电了
    "保持电话畅通"; 我不敢打电话 他就在外面转悠 (a stranger with a knife) the same follow-up as any message."""
    from knowledge.emergencies import (ARMED_STRANGER_KIND, BATTERY, ESCAPE, SILENT, STAY_HIDDEN, URGENT_AGAIN,
                                       danger_follow_up, still_in_danger)
    said = danger_follow_up("violence", "已经报警了但是人还没来 门锁要掉了")
    assert URGENT_AGAIN in said and "保护令" not in said and "告诫书" not in said
    assert URGENT_AGAIN in danger_follow_up("violence", "报了警了 门都快被他踢烂了")
    said = danger_follow_up("violence", "要不要从窗户跑 我们在二楼")
    assert said.startswith(ESCAPE + STAY_HIDDEN) and "保护令" not in said
    said = danger_follow_up("violence", "他还在踹门 警察还没到 我手机快没电了 咋办")
    assert BATTERY in said and URGENT_AGAIN in said
    said = danger_follow_up(ARMED_STRANGER_KIND, "我不敢打电话 他就在外面转悠")
    assert said.startswith(SILENT) and "12110" in said
    assert danger_follow_up(ARMED_STRANGER_KIND, "手机只剩10%了").startswith(BATTERY)
    for text in ("要不要从窗户跑 我们在二楼", "手机要关机了", "他就在外面转悠"):
        assert still_in_danger(text), text


def test_a_stranger_with_a_stick_chasing_one_hiding_and_the_messages_after_it():
    """r39 QA: 有人拿着棍子在追我 我跑进一个小区的楼道里躲着 got the general 110 answer (躲着 was no hiding), and 他好像在楼下找我
    我不敢说话 / 手机快没电了 the same again (\"说清楚您的位置\"); after a man with a knife at the door, 门锁快被他撬开了 and 手机只剩
    百分之3的电了 got the stranger's general follow-up."""
    from knowledge.emergencies import (ARMED_STRANGER_KIND, BATTERY, SILENT, STAY_PUT, URGENT, danger_context,
                                       danger_follow_up, danger_said)
    text = "有人拿着棍子在追我 我跑进一个小区的楼道里躲着"
    assert danger_context(danger_said(text), text) == ARMED_STRANGER_KIND
    assert danger_follow_up("police", "他好像在楼下找我 我不敢说话") == SILENT + STAY_PUT
    assert BATTERY in danger_follow_up("police", "手机快没电了 怎么办")
    assert danger_follow_up(ARMED_STRANGER_KIND, "门锁快被他撬开了咋整").startswith(URGENT)
    assert danger_follow_up(ARMED_STRANGER_KIND, "手机只剩百分之3的电了").startswith(BATTERY)


@pytest.mark.parametrize("text, context", [
    ("有个男的从地铁站一直跟着我 我躲进一家便利店了 怎么办啊", "armed_stranger"),   # (r40 QA: all "not in scope")
    ("我被一个陌生人尾随到小区 现在藏在车库里 好怕", "armed_stranger"),
    ("有个喝醉的陌生人一直砸我家门 我一个人在家", "stranger_at_home"),   # (r41 QA: the street's script)
    ("楼上那个醉鬼又来砸我门了，说要进来，我和孩子在屋里", "stranger_at_home"),   # (r41 QA: all "not in scope")
    ("有陌生男的在我家门口转悠好久了还扒猫眼", "stranger_at_home"),
    ("前夫威胁说见到我就捅死我，他刚给我打电话说在我楼下", "violence"),
    ("有个人一直在我家楼下转悠 跟了我好几天了 我现在不敢出门", "armed_stranger"),
    ("前男友天天堵我家楼下 还发消息说要弄死我", "violence"),   # (the general 110 answer with 交通事故)
    ("我妈跟着我去办的", None), ("一直跟着我的那个社保卡丢了怎么办", None),
    # (r42 QA: all "not in scope", on the hotline too; 有人跟踪我 the general answer with 交通事故)
    ("外头有人在砸我家门 锁都快撬开了", "stranger_at_home"), ("门要被踹开了 咋办啊", "stranger_at_home"),
    ("有个陌生人在我家门口转了好久 还趴门上听", "stranger_at_home"),
    ("下班回家有个男的一直跟着我 走了好几条街了 现在快到小区门口", "followed"),
    ("有个人从地铁站一路跟着我到小区 现在还在楼下转悠", "followed"), ("有人跟踪我 从公交站一直跟到现在", "followed"),
    ("我前妻的男朋友说要来我家砍死我", "violence_coming"),
    ("我一路跟着导航到了政务中心", None), ("门锁坏了 能找开锁公司吗", None),
])
def test_one_followed_or_a_stranger_at_the_door_is_in_danger(text, context):
    from knowledge.emergencies import ARMED_STRANGER, STRANGER_AT_HOME, danger_answer, danger_context, danger_said
    kind = danger_said(text)
    assert (kind and danger_context(kind, text)) == context or (context is None and kind is None), text
    if context == "armed_stranger":
        assert danger_answer(kind, text) == ARMED_STRANGER
    if context == "stranger_at_home":
        assert danger_answer(kind, text) == STRANGER_AT_HOME and "不要开门" in STRANGER_AT_HOME
    if context == "violence":
        assert "122" not in danger_answer(kind, text) and "12338" in danger_answer(kind, text)
    if context == "followed":
        assert "不要回家" in danger_answer(kind, text) and "122" not in danger_answer(kind, text)


def test_the_messages_after_it_one_on_his_way_at_the_door_and_a_small_child():
    """r42 QA: 他说已经在路上了 got 工伤认定申请, 他已经到楼下了 在按门铃 where else to turn (110 last), a child of three or
    four with the one writing the same text again, 手机没多少电 nothing on the phone."""
    from knowledge.emergencies import BATTERY, CHILD_WITH_ME, COMING, STAY_HIDDEN, danger_follow_up, still_in_danger
    for text in ("他说已经在路上了", "他已经到楼下了 在按门铃", "我儿子跟我在一块 才四岁", "我带着我女儿 她才三岁"):
        assert still_in_danger(text), text
    assert danger_follow_up("violence", "他说已经在路上了").startswith(COMING)
    assert danger_follow_up("violence", "他已经到楼下了 在按门铃").startswith(STAY_HIDDEN)
    assert CHILD_WITH_ME in danger_follow_up("violence", "我儿子跟我在一块 才四岁")
    assert danger_follow_up("stranger_at_home", "我跟我闺女在家 她才两岁 一直哭").startswith(CHILD_WITH_ME)
    assert danger_follow_up("armed_stranger", "躲进便利店了 手机没多少电").startswith(BATTERY)
    assert "不要独自上楼" in danger_follow_up("followed", "要是他跟我上楼咋办")
    assert not still_in_danger("孩子的户口怎么办") and not still_in_danger("那医保卡呢")


def test_the_messages_after_it_a_text_message_a_loose_lock_and_no_way_to_phone():
    """r40 QA: 能不能发短信报警 got the online entries' question, 门锁已经松了 a greeting, 不方便打电话 the 110 answer again."""
    from knowledge.emergencies import SILENT, URGENT, danger_follow_up
    assert danger_follow_up("armed_stranger", "能不能发短信报警").startswith(SILENT)
    assert danger_follow_up("armed_stranger", "门锁已经松了 我咋办").startswith(URGENT)
    assert danger_follow_up("police", "我现在躲在邻居家 不方便打电话").startswith(SILENT)
    # (门锁被他撬得松动了 after a boyfriend's threat got where else to turn; r41 QA)
    assert danger_follow_up("violence", "门锁被他撬得松动了").startswith(URGENT)
    assert "不要开门" in danger_follow_up("stranger_at_home", "他还在门口")
    said = danger_follow_up("violence", "我说不了话 他在门外听着")   # (where else to turn; r41 QA)
    assert "12110" in said and "保护令" not in said


@pytest.mark.parametrize("text, context", [
    # (r43 QA: the street's "先不要回家" to one at home, or "not in scope")
    ("有个男的一直在我家门口转悠 还拧我门把手 我好怕", "stranger_at_home"),
    ("半夜有人敲我家门敲了十几分钟 问是谁也不吭声", "stranger_at_home"),
    ("有个男的天天在我家楼下蹲着 今天还跟着我上了楼 我现在在家不敢出门", "stranger_at_home"),
    ("前男友一直骚扰我 刚才打电话说今晚过来找我算账", "violence_coming"),
    ("我老公以前打过我 我们分居了 他刚发语音说要过来收拾我", "violence_coming"),
    ("喂 我跟你说 我前夫刚才在电话里说要拿刀过来 他已经到我们小区了 我跟孩子在家", "violence_coming"),
    ("下班回家有个男的一直跟着我 走了好几条街了 现在快到小区门口", "followed"),
    ("晚上有人敲门推销", None), ("门把手坏了找谁修", None), ("老公说要过来接我下班", None),
])
def test_one_at_home_or_a_partner_coming_is_in_danger(text, context):
    from knowledge.emergencies import (AFTER_DANGER, ARRIVED, CHILD_WITH_ME, COMING, STRANGER_AT_HOME, danger_answer,
                                       danger_context, danger_said)
    kind = danger_said(text)
    assert (kind and danger_context(kind, text)) == context or (context is None and kind is None), text
    if context == "stranger_at_home":
        assert danger_answer(kind, text) == STRANGER_AT_HOME
    if context == "violence_coming":
        said = danger_answer(kind, text)
        assert said.startswith(ARRIVED if "已经到" in text else COMING) and said.endswith(AFTER_DANGER)
        assert (CHILD_WITH_ME in said) == ("孩子在家" in text)


def test_the_one_coming_said_in_the_next_message():
    """他说他已经在来的路上了, 他到小区门口了 after a partner's threat: where else to turn, or out of scope (r43 QA)."""
    from knowledge.emergencies import ARRIVED, COMING, danger_follow_up, still_in_danger
    for text, line in (("他说他已经在来的路上了", COMING), ("他到小区门口了 咋办啊", ARRIVED), ("他已经在小区门口了", ARRIVED)):
        assert still_in_danger(text) and danger_follow_up("violence", text).startswith(line), text


@pytest.mark.parametrize("text, kind", [
    # (r44 QA: "not in scope", on the hotline too, or a menu of 低保 and 公积金 items in English)
    ("从猫眼看出去有个陌生男的一直站我家门口 都快半小时了也不走 咋整", "police"),
    ("有人在转我家门锁", "police"), ("有个人一直在我家门口敲门不走，我一个人在家", "police"),
    ("前夫发消息说马上过来把娃抢走 还要收拾我 我跟三岁闺女在屋里 他说十分钟到", "violence"),
    ("来电人说她丈夫刚打了她，现在又打电话说要回来收拾她，她和孩子在家，很害怕", "violence"),
    ("he keeps ringing my doorbell, my ex, i'm scared", "danger_en"), ("my husband is beating me", "danger_en"),
    ("I want to kill myself", "crisis_en"),
    ("快递员在门口等了半天不走 我不在家咋办", None), ("老公说下班回来收拾屋子", None), ("有人敲门推销 一直敲我家门", None),
    ("I lost my passport, help me", None), ("how do i renew my residence permit", None),
])
def test_more_wordings_of_danger_at_the_door_a_partner_coming_and_in_english(text, kind):
    from knowledge.emergencies import (ARRIVED, COMING, ENGLISH_CRISIS_ANSWER, ENGLISH_DANGER_ANSWER, STRANGER_AT_HOME,
                                       danger_answer, danger_said)
    assert danger_said(text) == kind, text
    said = danger_answer(kind, text) if kind else None
    if kind == "police":
        assert said == STRANGER_AT_HOME
    if kind == "violence":
        assert said.startswith(COMING)
    if kind in ("danger_en", "crisis_en"):
        assert said == (ENGLISH_DANGER_ANSWER if kind == "danger_en" else ENGLISH_CRISIS_ANSWER)


def test_the_one_coming_at_the_gate_or_the_doorbell():
    """他已经在小区门口了, 他在按我家门铃 after a partner's threat: where else to turn, 110 last (r44 QA); he is there: stay
    locked in, not "趁他还没到 … 马上去邻居家" (r45 QA)."""
    from knowledge.emergencies import ARRIVED, STAY_HIDDEN, danger_follow_up
    for context in ("violence", "violence_coming"):
        assert danger_follow_up(context, "他已经在小区门口了").startswith(ARRIVED)
    assert danger_follow_up("violence_coming", "他在按我家门铃").startswith(ARRIVED)
    assert danger_follow_up("violence", "他在按我家门铃").startswith(STAY_HIDDEN)


@pytest.mark.parametrize("text, context, first", [
    # (r45 QA: "not in scope", or 门口 and 楼道 read as a witness's: "如果您现在有危险")
    ("前夫刚才打电话说要来砍我 他知道我住哪 现在正在往这边开车", "violence_coming", "COMING"),
    ("我对象喝多了发微信说要过来收拾我 现在人已经在小区门口了 我好怕", "violence_coming", "ARRIVED"),
    ("男朋友说要是我敢分手就来我家弄死我 他刚发消息说已经在我家楼道里了", "violence_coming", "ARRIVED"),
    ("下班回来一直有个人跟在我后头 我拐了好几个弯他还在 快到家了", "followed", "FOLLOWED"),
    ("help there is a man outside my apartment door trying to get in, i'm alone", "danger_en", "ENGLISH_DANGER_ANSWER"),
    ("someone keeps following me, i think he wants to hurt me. what number do i call in china", "danger_en",
     "ENGLISH_DANGER_ANSWER"),
    ("can you help me, my visa expires next week", None, None), ("老公说马上过来接我", None, None),
    # (r46 QA: "not in scope" in chat; no emergency on the hotline)
    ("他在楼道里一直按门铃还踹门 我一个人带着娃在屋里", "stranger_at_home", "STRANGER_AT_HOME"),
    ("我老公现在就在楼道里 刚才发消息说等我出门就捅我", "violence_coming", "ARRIVED"),
    ("前男友在敲我家门 说不开门就一直等着 我好怕", "violence_coming", "ARRIVED"),
    ("我老公刚刚打电话说他马上到家要收拾我 上次把我打进医院了", "violence_coming", "COMING"),
    ("他刚才又打电话说今晚过来收拾我 上回把我肋骨打断了", "violence_coming", "COMING"),
    ("someone has been following me since I left the metro, im almost at my apartment", "danger_en", "ENGLISH_DANGER_ANSWER"),
    ("老公说下班回家收拾屋子", None, None), ("男朋友在楼下等我 我们去吃饭", None, None), ("他说不捅我", None, None),
    ("他说下班回来打我电话", None, None), ("老公说明天过来 顺便打我微信", None, None),
    # (r48 QA: "not in scope", a progress query)
    ("工作丢了 房贷也还不上 活着真没意思 想从楼上跳下去算了", "crisis", None),
    ("我男人天天喝了酒就跟在我屁股后面 我去哪他跟到哪 还说要把我腿打断", "violence", None),
    ("我同事说要从公司楼顶跳下去", "other_crisis", None), ("我爸刚刚在屋里没气了 先打谁的电话啊", "medical_no_signs", None),
    ("我想从二楼跳下去逃走 能行吗", None, None),
    ("师傅说把我腿上的石膏拆了", None, None), ("孩子说想从滑梯上跳下来玩", None, None),
    # (r49 QA: "not in scope")
    ("我老公天天跟踪我 说我敢走就打断我的腿", "violence", None), ("他喝了酒就说要把我往死里打 我现在躲在厕所里", "violence", "VIOLENCE_NOW"),
    ("医生说我腿摔断了", None, None), ("教练说往死里练", None, None),
    # a plan or a goodbye beside a service asked (r50 QA: the notice, "not in scope" or a hedge, with no help)
    ("失业金咋领 反正我也撑不了几天了 药也攒够了", "crisis", None),
    ("遗嘱公证去哪办 下周以后我就不在了 不想再拖累家人", "crisis", None),
    ("低保能申请吗 我实在不想撑下去了", "crisis", None), ("一个人 实在熬不下去了 有啥补助", "crisis", None),
    ("信都写好了遗书也写好了", "crisis", None), ("活着没有盼头", "crisis", None),
    ("我明天就不在家了 快递能代收吗", None, None), ("我老了不想拖累孩子 养老院怎么申请", None, None),
    ("店撑不下去了 怎么注销", None, None), ("家里快撑不下去了 有啥补助", None, None),
    ("我下个月就不在这个单位了 公积金怎么办", None, None), ("药买好了 医保怎么报销", None, None),
    ("我爸不在了 户口怎么销", None, None), ("排队排得腿撑不住了", None, None),
    # money lost to a scam (来电人说他被人电信诈骗了三万块钱: out of scope, noise items; r50 QA), or a call that may be one
    ("来电人说他被人电信诈骗了三万块钱", "fraud", None), ("我被骗了五千块 钱能找回来吗", "fraud", None),
    ("有人打电话说我社保卡异常要我转账 是不是骗子", "fraud", None), ("刷单被骗了", "fraud", None),
    ("被骗了 银行卡要挂失吗", None, None), ("怎么防止被骗", None, None), ("不要被骗了", None, None),
    ("我担心是诈骗短信，想问一下这个是真的吗", None, None),
    # a means made ready, a goodbye, a jump threatened over wages; a scam by a call or a link (r51 QA: no crisis line, lists
    # of 社保卡 items)
    ("木炭都买好了 养老金怎么领", "crisis", None), ("我跟爸妈都道过别了 失业金咋领", "crisis", None),
    ("想跟这个世界说再见了", "crisis", None), ("老板再不给钱我就从脚手架上跳下去", "crisis", None),
    ("拿不到工钱我就去跳江", "crisis", None), ("跟单身告别了 结婚登记要带什么", None, None),
    ("绳子买好了 晾衣服用", None, None), ("我老公天天去跳广场舞", None, None),
    ("自称医保局的让我把钱转到安全账户", "fraud", None), ("点了短信里的链接 卡里的钱被转走了", "fraud", None),
    ("有个冒充公安的说我涉嫌洗钱", "fraud", None), ("社保卡找不着了，怕被人盗刷，怎么先冻结", None, None),
    # (r52 QA: means kept at hand, the end said, on a roof or scaffold threatening to jump; a screen shared, a link)
    ("安眠药攒了一瓶了 医保卡怎么转给老婆", "crisis", None), ("农药放在床头了 社保钱家里能领吗", "crisis", None),
    ("这辈子就到这了 公积金怎么销户", "crisis", None), ("一直想着怎么结束自己", "crisis", None),
    ("后事也都安排好了 公积金谁来取", "crisis", None), ("我就是个累赘 不如消失算了", "crisis", None),
    ("在塔吊顶上呢 不给钱我就跳", "crisis", None), ("我爸的后事都安排好了 丧葬费去哪领", None, None),
    ("药店买的药存了发票 能报销吗", None, None), ("农药放在床头柜 能申请补贴吗", None, None),
    ("客服让我开屏幕共享退社保费", "fraud", None), ("点了链接填了验证码 卡里的钱没了", "fraud", None),
])
def test_a_partner_coming_or_there_followed_and_danger_in_english(text, context, first):
    from knowledge import emergencies
    kind = emergencies.danger_said(text)
    assert (kind and emergencies.danger_context(kind, text)) == context, text
    if first:
        assert emergencies.danger_answer(kind, text).startswith(getattr(emergencies, first))


def test_what_now_after_a_partners_threat_to_come_stays_with_it():
    """我该怎么办 after 对象…要过来收拾我 got "不敢或不方便报警的，也可以…", 110 last (r45 QA)."""
    from knowledge.emergencies import AFTER_DANGER, ON_THE_WAY, danger_follow_up
    said = danger_follow_up("violence_coming", "我该怎么办")
    assert said.startswith("请锁好门待在屋里") and said.index("110") < said.index("12338")
    assert danger_follow_up("violence_coming", "报警了") == ON_THE_WAY + AFTER_DANGER


def test_one_followed_in_english_is_not_told_to_keep_the_door_locked():
    """he is still behind me, after the English answer to being followed: "keep the door locked" (r47 QA)."""
    from knowledge.emergencies import ENGLISH_DANGER_AGAIN, ENGLISH_FOLLOWED_AGAIN, danger_follow_up
    assert danger_follow_up("danger_en", "he is still behind me") == ENGLISH_FOLLOWED_AGAIN
    assert danger_follow_up("danger_en", "he is still at my door") == ENGLISH_DANGER_AGAIN


def test_no_sign_of_life_gets_the_first_aid_by_phone_and_a_divorce_asked_after_violence_its_ways():
    """我爸刚刚在屋里没气了: 120 and the dispatcher's CPR; 那我要不要离婚 after 老公老打我: one's choice, the court's way
    and the cooling-off of the agreed one, not the agreed divorce's materials alone (r48 QA)."""
    from knowledge.emergencies import DIVORCE_AFTER_VIOLENCE, NO_SIGNS, danger_answer, divorce_after_violence
    assert danger_answer("medical", "我爸在屋里没气了").endswith(NO_SIGNS)
    assert NO_SIGNS not in danger_answer("medical", "我爸晕倒了")
    assert divorce_after_violence("violence", "那我要不要离婚") == DIVORCE_AFTER_VIOLENCE
    assert divorce_after_violence("violence_coming", "离婚能起诉吗") == DIVORCE_AFTER_VIOLENCE
    assert divorce_after_violence("violence_seen", "他们要离婚吗") == ""
    assert divorce_after_violence("violence", "我该怎么办") == ""


def test_what_follows_no_sign_of_life_is_the_deaths_steps_and_a_protection_order_its_facts(real_store):
    """打完了然后呢 后面要办哪些手续 after 我爸刚刚在屋里没气了 got "请先处理紧急情况" again; 能申请那个保护令吗 after violence
    got 耕地地力保护补贴 (r48 QA)."""
    from actions.answering import GONE_CONFIRMED
    reply = answer(Turn(text="打完了然后呢 后面要办哪些手续", intent="out_of_scope", danger="medical_no_signs"), real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0] == GONE_CONFIRMED and "家人去世" in texts[1] and reply.slots["danger"] is None
    assert "weijian.death.cert" in reply.slots["pending_items"]
    reply = answer(Turn(text="他还有气吗 我好怕", intent="out_of_scope", danger="medical_no_signs"), real_store)
    assert "120" in reply.messages[0]["text"] and "pending_items" not in reply.slots
    outside = {"name": "人身安全保护令申请", "department": "人民法院"}
    reply = answer(Turn(text="能申请那个保护令吗", intent="ask_guide", outside=outside, danger="violence"), real_store)
    assert "基层人民法院" in reply.messages[0]["text"] and "不收费" in reply.messages[0]["text"]


def test_despair_beside_a_service_gets_the_crisis_line_then_the_service(real_store):
    """低保怎么申请啊 我已经三天没吃饭了 实在不想撑下去了: the 低保 hedged, no help (r50 QA); the crisis line first, then the
    低保 asked for."""
    turn = Turn(text="低保怎么申请啊，我已经三天没吃饭了，实在不想撑下去了", intent="ask_guide", in_scope=True,
                candidates=[{"id": "minzheng.dibao.apply", "name": "最低生活保障", "score": 0.4}])
    texts = [m.get("text") or "" for m in answer(turn, real_store).messages]
    assert texts[0].startswith("您现在的感受很重要") and "12356" in texts[0]
    assert any("最低生活保障" in t for t in texts[1:])


def test_a_scam_then_whether_the_money_comes_back_gets_what_decides_it():
    """钱还能追回来吗 after the scam's answer got "请先处理紧急情况" and the same again (r50)."""
    from knowledge.emergencies import FRAUD, danger_answer, danger_follow_up
    assert "110" in danger_answer(FRAUD) and "96110" in danger_answer(FRAUD)
    said = danger_follow_up(FRAUD, "钱还能追回来吗")
    assert said.startswith("钱能不能追回") and "派出所" in said


def test_despair_beside_a_topic_read_too_faintly_says_the_question_is_heard(real_store):
    """我已经写好遗书了，想问问我走了以后我的公积金我女儿能不能取: the crisis line alone (r51 QA); then that the 公积金
    question will be answered when they want."""
    turn = Turn(text="我已经写好遗书了，想问问我走了以后我的公积金我女儿能不能取", intent="out_of_scope",
                candidates=[{"id": "gjj.withdraw.leave", "name": "离职提取", "score": 0.06}])
    texts = [m.get("text") or "" for m in answer(turn, real_store).messages]
    assert texts[0].startswith("您现在的感受很重要") and any("公积金" in t and "随时告诉我" in t for t in texts[1:])


def test_one_not_breathing_in_english_gets_cpr_not_the_stroke_position():
    """my dad collapsed in the kitchen and isn't breathing: "may be a stroke … keep them lying on their side" (r73 QA)."""
    said = danger_said("my dad collapsed in the kitchen and isn't breathing")
    assert said == "medical_en" and "CPR" in danger_answer(said, "my dad collapsed in the kitchen and isn't breathing")
    assert "CPR" not in danger_answer(said, "my dad suddenly can't speak and one side of his face is drooping")


def test_a_baby_not_breathing_gets_infant_cpr():
    """Help! my baby is not breathing: the adult's push hard and fast (r74 QA)."""
    said = danger_answer("medical_en", "Help! my baby is not breathing")
    assert "two fingers" in said and "two fingers" not in danger_answer("medical_en", "my dad isn't breathing")


def test_one_who_said_they_would_not_live_silent_behind_a_locked_door_is_now():
    """我老婆吵完架说不想活了，把自己锁在屋里半个小时没动静了: "多陪着，耐心听" (r75 QA); 110 now, and get in."""
    text = "我老婆吵完架说不想活了，把自己锁在屋里半个小时没动静了"
    assert danger_answer(danger_said(text), text).startswith("请立即拨打110")
    assert danger_answer("other_crisis", "我妈最近老说活着没意思").startswith("家人常说")


def test_a_child_hit_by_a_teacher_is_for_the_school_and_the_police_not_a_protection_order():
    """女儿从幼儿园回来屁股上全是红印子，她说是老师拿尺子打的: the family-violence answer (保护令, 12338; r75 QA)."""
    text = "女儿从幼儿园回来屁股上全是红印子，她说是老师拿尺子打的"
    said = danger_answer(danger_said(text), text)
    assert "教育局" in said and "110" in said and "保护令" not in said
    home = "孩子身上老是青一块紫一块的，问他才说是后爸打的"
    assert "保护令" in danger_answer(danger_said(home), home)


def test_a_child_hit_by_a_nanny_or_carer_and_one_gone_missing_get_their_own_answers():
    """保姆打我闺女, 托管班阿姨…抽我儿子: the carer's answer, not a protection order; a child not found: 110 with no 24-hour
    wait, not the general 110 answer's traffic accidents (r76 QA)."""
    for text in ("家里装的监控拍到保姆打我闺女", "托管班阿姨拿尺子抽我儿子手心，都肿了"):
        said = danger_answer(danger_said(text), text)
        assert "教育局" in said and "保护令" not in said
    text = "我闺女十四岁 网上认识个人 说要带她去外地 今天人找不着了"
    said = danger_answer(danger_said(text), text)
    assert "24小时" in said and "聊天记录" in said and "122" not in said


@pytest.mark.parametrize("text", ["室友昨晚说不想活了，今天门反锁着，敲半天没人应", "男朋友说要去死，把自己关卧室里喊他也不回",
                                  "我妈早上发微信说活着没意思，现在电话打不通，家里门也锁着"])
def test_another_s_despair_then_silence_behind_a_locked_door_is_110_now(text):
    """The crisis line said to the one writing, or "多陪着，耐心听" (r76 QA): 110 now, and get in."""
    assert danger_said(text) == "other_crisis" and danger_answer("other_crisis", text).startswith("请立即拨打110")



def test_reporting_asked_after_a_carer_hit_a_child_is_a_plain_yes():
    """保姆打我家娃，监控里看到的 → 要报警吗: the script for one beaten at home (不敢报警…带着孩子到亲友家…保护令; r77 QA)."""
    from knowledge.emergencies import danger_context, danger_follow_up
    text = "保姆打我家娃，监控里看到的，娃才两岁"
    context = danger_context(danger_said(text), text)
    said = danger_follow_up(context, "要报警吗")
    assert said.startswith("应该报警") and "监控" in said and "保护令" not in said
    home = "孩子身上老是青一块紫一块的，问他才说是后爸打的"
    assert "保护令" in danger_follow_up(danger_context(danger_said(home), home), "要报警吗")


@pytest.mark.parametrize("text", ["外婆被舅舅关在小黑屋里，饭都不给吃，我是她外孙女，现在在外地",
                                  "我外公身上总是一块一块的青紫，问照顾他的阿姨，她说是自己摔的，可他都下不了床",
                                  "我爸被我哥锁在屋里不让出来，饭也不按顿给"])
def test_an_old_relative_harmed_told_by_another_gets_what_to_do_for_them(text):
    """The answer of violence at home, said to the one beaten ("如果您现在有危险…12338…保护令"; r78 QA): 110 with the old one's
    address, the village or community to look in, the carer's institution and 民政."""
    said = danger_answer(danger_said(text), text)
    assert said.startswith("请拨打110报警，说清老人所在") and "民政" in said
    assert danger_answer(danger_said("我老公天天打我"), "我老公天天打我").startswith("如果您现在有危险")


def test_an_old_woman_beaten_is_no_child_hit_by_a_carer():
    """楼下独居阿姨说她女婿打她…: the carer's answer, 带孩子检查…向幼儿园或学校反映 (r79 QA), by its 阿姨."""
    text = "楼下独居阿姨说她女婿打她，身上青一块紫一块的，她说是自己磕的"
    said = danger_answer(danger_said(text), text)
    assert "110" in said and "幼儿园" not in said



def test_despair_with_counselling_asked_gets_where_to_go_in_person():
    """最近老是失眠，觉得活着挺没劲的，市里有没有不要钱的心理咨询: the check-in alone, where to go unsaid (r81 QA)."""
    text = "最近老是失眠，觉得活着挺没劲的，市里有没有不要钱的心理咨询"
    said = danger_answer(danger_said(text) or "check_in", text)
    assert "12356" in said and "精神卫生中心" in said


def test_the_child_writing_is_told_to_tell_a_parent_and_the_parent_what_to_do():
    """r84 QA: the parent was told "tell your parents"."""
    child = "im 13 and my online friend from roblox wants me to take a bus to his city this weekend. he said dont tell my mom"
    assert "Tell your parents" in danger_answer(danger_said(child), child)
    child = "我12岁 在王者里认识个哥哥 他叫我周六自己坐高铁去成都找他 还说别跟爸妈讲"
    assert "马上告诉爸爸妈妈" in danger_answer(danger_said(child), child)


def test_one_held_in_english_writing_for_themselves_is_told_to_hide_the_phone():
    text = "I've been held by some men in a flat"
    assert "Put your phone on silent" in danger_answer(danger_said(text), text)
    text = "My brother is locked in a room by his boss"
    assert "where the person is held" in danger_answer(danger_said(text), text)


def test_papers_kept_by_the_one_who_hurts_get_what_to_do_not_an_item(real_store):
    """老公喝了酒就打我 …身份证被他藏起来了 (r84 QA: the danger's answer, then 居民身份证首次申领's districts)."""
    from actions.answering import Turn, answer
    text = "老公喝了酒就打我，我想带孩子走，可是身份证被他藏起来了"
    reply = answer(Turn(text=text, intent="out_of_scope", in_scope=True, linked_item="gongan.sfz.first",
                        item="gongan.sfz.first", candidates=[{"id": "gongan.sfz.first", "name": "居民身份证首次申领",
                                                               "score": 0.21}]), real_store)
    assert len(reply.messages) == 1 and "12338" in reply.messages[0]["text"] and "临时居民身份证" in reply.messages[0]["text"]
    assert "service_item" not in reply.slots


def test_papers_asked_after_violence_and_in_english_get_what_to_do_about_them():
    """那我证件怎么办 after 他把我护照和身份证锁在柜子里; he keeps my passport and hukou book locked away (r85 QA)."""
    from knowledge.emergencies import danger_follow_up, english_papers_kept
    assert "出入境管理部门" in danger_follow_up("violence", "那我证件怎么办")
    assert english_papers_kept("My husband hits me and he keeps my passport and hukou book locked away")
    assert not english_papers_kept("I lost my passport on the train")


@pytest.mark.parametrize("first, then, said", [
    ("表哥被中介骗去缅甸了，关在园区里，对方要家里打钱才放人", "要不要先把钱转过去", "不要私下转钱"),
    ("老公在缅甸被扣了 对方要钱", "报警是打110吗，还需要找哪个部门", "12308"),
    ("女儿初中住校，被室友锁在卫生间里拍视频，还往她身上泼水", "那个视频怎么才能删掉", "12377"),
    ("孩子在学校挨打被录像了 传到抖音上了", "学校不管怎么办", "教育局"),
    ("My husband hits me and he keeps my passport", "How can I get new papers?", "exit-entry"),
])
def test_the_message_after_one_held_a_child_bullied_or_papers_kept_gets_its_line(first, then, said):
    """要不要先把钱转过去 (a list of items), 那个视频怎么才能删掉 (violence at home's follow-up), 学校不管怎么办 (items), How can I get
    new papers? ("tell the police he is still there") (r86 QA)."""
    from knowledge.emergencies import danger_context, danger_follow_up, follow_up_asked
    context = danger_context(danger_said(first), first)
    assert follow_up_asked(context, then) and said in danger_follow_up(context, then)


def test_despair_with_the_means_ready_tonight_leads_with_120_and_110(real_store):
    """我已经把药都攒好了，今晚就结束 (r86 QA: 12356 first, 110 and 120 only "if in immediate danger"); despair beside a service
    read faintly gets no hedged list (活着太累了，社保也断了…: 随迁子女入学 among three)."""
    from actions.answering import Turn, answer
    text = "我已经把药都攒好了，今晚就结束"
    assert danger_answer(danger_said(text), text).startswith("请先把攒下的药")
    text = "活着太累了，社保也断了，工作也没了，不想再撑下去了"
    read = [{"id": "renshe.yanglao.flex_enroll", "name": "", "score": 0.1}, {"id": "jiaoyu.ruxue.migrant", "name": "", "score": 0.08}]
    reply = answer(Turn(text=text, intent="out_of_scope", in_scope=True, ambiguous=True, candidates=read), real_store)
    assert "12356" in reply.messages[0]["text"] and not any("请回复序号" in m["text"] for m in reply.messages)


@pytest.mark.parametrize("first, then, said", [
    ("kids at school beat my son and filmed it", "how do I get the video taken down", "12377"),
    ("kids at school beat my son and filmed it", "the school is ignoring us", "education bureau"),
    ("My cousin went to Myanmar and now he is locked in a compound and they want money to let him go",
     "should I send the money first?", "Do not send money"),
    ("My cousin went to Myanmar and now he is locked in a compound and they want money to let him go",
     "which other department can help?", "12308"),
    ("老公把我护照收了不让我回国，还动手", "证件怎么重新办", "本国驻华使领馆"),
])
def test_the_message_after_in_english_or_of_papers_gets_its_line(first, then, said):
    """should I send the money first? / which other department can help? ("keep the door locked"), the video and the school
    in English (the same line thrice), 证件怎么重新办 (the shelter's lines) (r87 QA)."""
    from knowledge.emergencies import danger_context, danger_follow_up, follow_up_asked
    context = danger_context(danger_said(first), first)
    assert said in danger_follow_up(context, then)


def test_a_fire_gets_what_to_do_in_a_fire_and_gas_smelt_what_to_do_with_gas():
    """家里着火了，烟很大 got the gas leak's 打开门窗 (r90 QA): open windows feed a fire."""
    assert "打开门窗" not in danger_answer("fire", "家里着火了，烟很大") and "119" in danger_answer("fire", "着火了")
    assert "打开门窗" in danger_answer("fire", "煤气味很重")
    assert "湿毛巾" in danger_answer("fire_medical", "着火了 我妈晕倒了") and "120" in danger_answer("fire_medical", "着火了")


def test_the_police_name_the_traffic_line_only_where_there_is_traffic():
    """邻居家里传出小孩哭喊声，大人一直在打他: "交通事故也可拨打122" (r91 QA)."""
    assert "122" not in danger_answer("police", "邻居家里传出小孩哭喊声，大人一直在打他，已经半个小时了")
    assert "122" in danger_answer("police", "撞了人跑了")


def test_a_child_mocked_in_english_is_told_of_bullying_not_of_beatings():
    """My son keeps getting laughed at by his classmates…: "Being beaten or having money taken by force is a crime" (r91 QA)."""
    mocked = "My son keeps getting laughed at by his classmates and they won't let him join any games"
    assert danger_answer("bullied_en", mocked).startswith("Being mocked") and "12355" in danger_answer("bullied_en", mocked)
    assert danger_answer("bullied_en", "kids at school beat my son").startswith("Being beaten")
