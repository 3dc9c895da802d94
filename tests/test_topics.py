"""Topics (knowledge/topics.py): "公积金" on its own gets its kinds of business, then items."""
import pytest

from actions.answering import Turn, answer
from knowledge.topics import DEFAULT_FILE, group_asked, group_of, load_topics, topic_asked


def test_every_topic_item_is_in_the_knowledge_base(real_store):
    for topic in load_topics(DEFAULT_FILE):
        missing = [i for g in topic.groups for i in g.items if real_store.item(i) is None]
        assert not missing, (topic.name, missing)


@pytest.mark.parametrize("text, topic", [
    ("公积金", "公积金"), ("住房公积金怎么办？", "公积金"), ("GJJ", "公积金"), ("我想问问户口的事", "户口"),
    ("公积金的事想问下", "公积金"), ("想了解下医保", "医保"),   # (r48 QA: the greeting again)
    ("户口本", "户口"), ("户口本怎么办", "户口"),   # the booklet names no one of the 户口 items
    ("社保", "社保"), ("医保咋办", "医保"), ("房产证", "不动产"), ("营业执照要带什么", "营业执照"),
    ("我要交社保", "社保"), ("公积金怎么缴", "公积金"), ("医保在哪交", "医保"),   # paying in names no narrower item
    # an item or a family named, not the broad word alone
    ("提取公积金", None), ("社保卡", None), ("医保报销", None), ("房产证丢了", None), ("身份证", None),
    ("补交社保", None),
    ("今天天气怎么样", None), ("", None),
])
def test_topic_asked(text, topic):
    found = topic_asked(text)
    assert (found.name if found else None) == topic


@pytest.mark.parametrize("content, problem", [
    ("topics:\n- words: [x]\n  groups:\n    - title: a\n      items: [i]\n", "two groups or more"),
    ("topics:\n- words: [x]\n  groups:\n    - title: a\n      items: [i]\n    - title: b\n      items: []\n", "1 to 7 items"),
    ("topics:\n- words: []\n  groups:\n    - title: a\n      items: [i]\n    - title: b\n      items: [j]\n", "needs words"),
    ("events: []\n", "expected `topics:`"),
])
def test_an_incomplete_topic_is_named(tmp_path, content, problem):
    path = tmp_path / "topics.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=problem):
        load_topics(path)


def test_knowledge_check_names_a_topic_item_missing_from_the_database(fixture_store, tmp_path):
    from knowledge.check import check_topics

    path = tmp_path / "topics.yaml"
    path.write_text("topics:\n- words: [身份证]\n  groups:\n    - title: 丢了\n      items: [gongan.sfz.reissue]\n"
                    "    - title: 没有的\n      items: [no.such.item]\n", encoding="utf-8")
    problems = check_topics(fixture_store, path)
    assert [(p.item_id, p.field) for p in problems] == [("no.such.item", "items")] and "身份证" in problems[0].message


def test_a_broad_word_gets_its_kinds_then_the_items_of_the_kind_chosen(real_store):
    reply = answer(Turn(text="公积金要带什么", intent="ask_materials"), real_store)
    text = reply.messages[0]["text"]
    assert text.startswith("公积金的业务比较多，请问您要办理哪一类？") and "1. 提取公积金" in text
    assert reply.slots["aspect"] == "materials" and all(o["kind"] == "topic" for o in reply.slots["options"])
    reply = answer(Turn(text="提取", intent="inform", aspect="materials", options=reply.slots["options"]), real_store)
    text = reply.messages[0]["text"]
    assert text.startswith("请问您要办理的是哪一项？") and "1. 租赁自住住房提取住房公积金" in text
    assert [o["value"] for o in reply.slots["options"]] == list(group_of("公积金/1").items)
    reply = answer(Turn(text="1", intent="choose_option", aspect="materials", options=reply.slots["options"]), real_store)
    assert reply.slots["service_item"] == "gjj.withdraw.rent"


def test_a_kind_of_one_item_answers_it_at_once(real_store):
    options = answer(Turn(text="户口", intent="ask_guide"), real_store).slots["options"]
    reply = answer(Turn(text="1", intent="choose_option", aspect="guide", options=options), real_store)
    assert reply.slots["service_item"] == "gongan.hukou.birth" and "出生登记" in reply.messages[0]["text"]


@pytest.mark.parametrize("text, title", [
    ("想把户口迁走", "户口迁移、落户"), ("户口迁出怎么办", "户口迁移、落户"), ("户口要迁出去", "户口迁移、落户"),
    ("户口转走要带什么", "户口迁移、落户"), ("户口本迁出", "户口迁移、落户"),
    ("户口", None),                          # the topic alone: its kinds first
    ("户口迁走了能提取公积金吗", None),          # more than the kind: another item's question
    ("我想把户口迁到我老公那里", None),           # says why: the linker's 夫妻投靠
    ("公积金提取", None),                      # the group's formal word: the linker, which reads its family
    ("公积金怎么取出来", "提取公积金（租房、买房、还贷、退休、离职等）"),
    # a house bought, new or second-hand unsaid (房子买了 怎么办房产证 was 不动产权证书补证、换证; r8 QA)
    ("房子买了 怎么办房产证", "买房、继承过户"), ("买了房子怎么办房产证", "买房、继承过户"),
    ("新房房产证怎么办", None), ("房产证丢了", None),   # (which one said, or another kind: the linker)
    ("社保怎么查", "查缴费记录、开参保证明"), ("社保查询", "查缴费记录、开参保证明"), ("社保卡丢了", None),
])
def test_group_asked(text, title):
    found = group_asked(text)
    assert (found.title if found else None) == title


def test_a_topic_and_a_kind_of_its_business_offer_the_items_of_that_kind(real_store):
    reply = answer(Turn(text="想把户口迁走", intent="ask_guide", in_scope=True, ambiguous=True,
                        candidates=[{"id": "renshe.yanglao.resident_transfer", "name": "城乡居民基本养老保险关系转移接续",
                                     "score": 0.14}]), real_store)
    assert reply.messages[0]["text"].startswith("请问您要办理的是哪一项？")
    assert [o["value"] for o in reply.slots["options"]] == [
        "gongan.hukou.move_job", "gongan.hukou.move_college", "gongan.hukou.move_graduate",
        "gongan.hukou.move_spouse", "gongan.hukou.move_parent", "gongan.hukou.move_settle"]


def test_taking_the_housing_fund_out_in_everyday_words_is_the_withdrawal_group():
    """公积金怎么取出来 went to 离职提取 alone (the linker's only candidate at 0.21)."""
    from knowledge.topics import group_asked

    for text in ("公积金怎么取出来", "公积金能取出来吗", "住房公积金怎么提出来", "公积金怎么取出来用"):
        group = group_asked(text)
        assert group is not None and "gjj.withdraw.rent" in group.items and "gjj.withdraw.leave" in group.items, text
    assert group_asked("我想把公积金取出来买房") is None   # the reason said: the linker's item


@pytest.mark.parametrize("text,first", [
    ("公积金提取有哪几种", "gjj.withdraw.rent"), ("公积金一般什么情况下可以提出来", "gjj.withdraw.rent"),
    ("住房公积金在啥条件下才能取出来用", "gjj.withdraw.rent"), ("公积金有哪些情况能取", "gjj.withdraw.rent"),
    ("公积金贷款有哪几种", "gjj.loan.new"), ("公积金提取要哪些材料", None), ("公积金贷款能贷多少", None),
    # (r54 QA)
    ("住房公积金啥时候能提出来？都有哪些情况可以提", "gjj.withdraw.rent"), ("公积金提现的条件有几种啊，列一下", "gjj.withdraw.rent"),
    ("公积金能提取的情况有哪些", "gjj.withdraw.rent"),
    ("社保有哪几种", None),
])
def test_the_kinds_of_a_business_asked_are_its_group(text, first):
    """公积金提取有哪几种 got the death withdrawal's situations, 啥条件下才能取出来 the rent withdrawal's conditions (r53 QA)."""
    from knowledge.topics import kinds_asked

    group = kinds_asked(text)
    assert (group.items[0] if group else None) == first, text


@pytest.mark.parametrize("text,topic", [
    ("社保相关的业务都有哪些", "社保"), ("公积金方面都能办哪些", "公积金"), ("户口这块都能办什么", "户口"),
    ("公积金提取有哪几种", None), ("社保卡有哪些业务", None),
    # (r55 QA: the deposits, or three items at random)
    ("公积金中心那边都能办哪些事", "公积金"), ("户口上的事情都能办啥业务", "户口"), ("公积金中心在哪", None),
])
def test_the_kinds_of_a_topics_business_asked_are_the_topic(text, topic):
    """社保相关的业务都有哪些: "not in scope" (r53 QA); the kinds of one of its groups asked are that group."""
    asked = topic_asked(text)
    assert (asked.name if asked else None) == topic, text


def test_the_kinds_of_withdrawal_asked_offer_all_six(real_store):
    reply = answer(Turn(text="公积金提取有哪几种", intent="ask_guide", in_scope=True,
                        candidates=[{"id": "gjj.withdraw.death", "name": "职工死亡或被宣告死亡提取住房公积金", "score": 0.61}]),
                   real_store)
    assert len(reply.slots["options"]) == 6 and reply.slots["options"][0]["value"] == "gjj.withdraw.rent"


def test_a_kind_of_one_item_said_with_the_topic_answers_that_item(real_store):
    """社保怎么查 was 企业职工基本养老保险关系转移接续 (the linker at 0.37; r9 QA): the kind 查缴费记录 is one item."""
    reply = answer(Turn(text="社保怎么查", intent="ask_guide", linked_item="renshe.yanglao.transfer",
                        item="renshe.yanglao.transfer", in_scope=True), real_store)
    assert reply.slots["service_item"] == "renshe.shebao.proof" and "个人参保证明查询打印" in reply.messages[0]["text"]


def test_the_answering_action_reads_the_text_as_the_linker_read_it(real_store):
    """公基金怎么取出来 went to 离休、退休提取 (the linker's best at 0.41; r12 QA): the action's Turn is
    the linker's text_read (公基金 read as 公积金), whose topic words offer the withdrawal group."""
    from rasa_sdk import Tracker

    from actions.actions import turn_from_tracker

    tracker = Tracker("s", {}, {"text": "公基金怎么取出来", "text_read": "公积金怎么取出来",
                                "intent": {"name": "ask_guide", "confidence": 0.6}, "entities": [],
                                "service_items": [{"id": "gjj.withdraw.retire", "name": "离休、退休提取住房公积金",
                                                   "score": 0.41}], "item_in_scope": True},
                      [], False, None, {}, "action_listen")
    turn = turn_from_tracker(tracker)
    assert turn.text == "公积金怎么取出来"
    reply = answer(turn, real_store)
    assert "gjj.withdraw.rent" in [o["value"] for o in reply.slots["options"]], reply.messages


@pytest.mark.parametrize("text, topic, title", [
    # allowances asked of without saying whose (想领点补贴 有啥补贴 got 困难残疾人生活补贴's notice; r44 QA)
    ("想领点补贴 有啥补贴", "补贴", None), ("有什么补贴可以领", "补贴", None), ("我能领啥补助", "补贴", None),
    ("补贴", "补贴", None),
    ("老人有啥补贴", None, "老年人（80岁以上高龄津贴、老年人优待证）"), ("种地有补贴吗", None, "种地补贴（耕地地力保护补贴）"),
    ("创业补贴怎么申请", None, "创业补贴"),
    # an allowance named: the linker's (not the 老年人 or 生孩子 kinds)
    ("高龄津贴怎么领", None, None), ("生育津贴怎么领", None, None), ("育儿补贴", None, None),
    # the topic's asking words ask of it alone (养老金怎么领: the linker's, as before)
    ("养老金怎么领", None, None), ("公积金能领吗", None, None),
])
def test_allowances_asked_of_in_general_are_a_topic(text, topic, title):
    found, group = topic_asked(text), group_asked(text)
    assert (found.name if found else None) == topic and (group.title if group else None) == title


def test_allowances_asked_of_offer_their_kinds_not_what_follows_the_item_the_linker_read(real_store):
    reply = answer(Turn(text="想领点补贴 有啥补贴", intent="ask_guide", in_scope=True, linked_item="minzheng.canji.living",
                        item="minzheng.canji.living"), real_store)
    assert len(reply.messages) == 1 and reply.messages[0]["text"].startswith("补贴的业务比较多，请问您要办理哪一类？")
    reply = answer(Turn(text="创业那个", intent="inform", options=reply.slots["options"]), real_store)
    assert reply.slots["service_item"] == "renshe.chuangye.subsidy"


def test_allowances_asked_in_a_story_offer_their_kinds(real_store):
    """我这种情况 有啥补贴能领不 下岗了 娃还在上学 老公身体也不好: 是不是“一次性创业补贴申领” (r46 QA); a hardship told, the
    help for hardship (r47 QA); none told, the kinds of allowance."""
    from knowledge.topics import allowances_asked
    text = "我这种情况 有啥补贴能领不 下岗了 娃还在上学 老公身体也不好"
    assert allowances_asked(text).name == "补贴" and allowances_asked("公积金有什么政策") is None
    guessed = [{"id": "renshe.chuangye.subsidy", "name": "一次性创业补贴申领", "score": 0.18}]
    reply = answer(Turn(text=text, intent="out_of_scope", confidence=0.6, candidates=guessed), real_store)
    assert reply.messages[0]["text"].startswith("生活困难，一般要办下面这几件事")
    reply = answer(Turn(text="我们家这种情况 不知道有啥补贴可以领 想问问清楚", intent="out_of_scope", confidence=0.6,
                        candidates=guessed), real_store)
    assert reply.messages[0]["text"].startswith("补贴的业务比较多")


def test_a_topic_mentioned_among_other_things_is_found():
    from knowledge.topics import topic_mentioned
    assert topic_mentioned("我走了以后我的公积金我女儿能不能取").name == topic_mentioned("公积金").name
    assert topic_mentioned("今天天气不错") is None


def test_a_life_event_told_to_a_topics_kinds_is_its_item_among_them(real_store):
    """营业执照怎么办 → 我开个人的奶茶店: "not in scope" (r54 QA); 个体工商户设立登记, of 开餐饮店, among the kinds offered."""
    from actions.choices import option
    from knowledge.topics import default_topics, option_value
    topic = next(t for t in default_topics() if "营业执照" in t.words)
    offered = [option("topic", option_value(topic, n), g.title) for n, g in enumerate(topic.groups, 1)]
    reply = answer(Turn(text="我开个人的奶茶店", intent="out_of_scope", confidence=0.9, options=offered,
                        candidates=[{"id": "scjg.food.license", "name": "食品经营许可", "score": 0.12}]), real_store)
    assert reply.slots.get("service_item") == "scjg.gtgsh.register" and "个体工商户设立登记" in reply.messages[0]["text"]


@pytest.mark.parametrize("text, word", [
    # (r56 QA: "not in scope", or three items at random, in chat and on the hotline)
    ("户口方面的事情你们这边都能帮我办哪些", "户口"), ("关于社保，我能在这儿咨询哪些业务呀", "社保"), ("社保这块都有啥能办的", "社保"),
    ("办户口的话，有哪些业务", "户口"), ("公积金相关的都有啥业务可以办，给我列一下", "公积金"), ("他问户口相关的业务都有哪些能办", "户口"),
    ("他想问公积金能办哪些业务", "公积金"),
    # (r57 QA: 单位缴存登记's notice, "not in scope", 旅馆业特种行业许可 among three)
    ("住房公积金中心管哪些事？", "公积金"), ("社保这块一共能办些啥业务，列一下", "社保"), ("派出所户籍窗口那边都能给办哪些事情啊", "户口"),
    ("市民问户口方面派出所能办些什么", "户口"), ("户口本丢了能办些什么", None), ("公积金贷款能办多少", None),
    ("医保局管什么业务呀", "医保"),   # (r58 QA: "not in scope")
    # (the 人社局: a generic "请问您要办理什么事项"; r58 QA): its kinds
    ("人社局都能办哪些业务", "人社局"), ("人力资源和社会保障局能办啥", "人社局"), ("劳动局那边都管哪些事", "人社局"),
    ("他问人社局能办些什么", "人社局"), ("社保中心那儿可以办哪些事", "社保"), ("公积金是干什么的", None),
    ("人社局平时都管些啥事啊", "人社局"),   # (r60 QA: 高校毕业生报到)
    ("人社局是干嘛的 我需要去那边办啥", "人社局"), ("社保卡是干嘛的", None),   # (r62 QA)
    ("去人社局办失业金要带啥", None), ("劳动局告老板怎么告", None),
    # (r63 QA: 代办's answer, two items, "not in scope" on the hotline)
    ("人社局都能办哪些事，我搞不清楚", "人社局"), ("人力社保局是管啥的", "人社局"), ("来电人问人力社保局平常管些什么事", "人社局"),
    ("公积金我想提取", None), ("户口我就想迁走", None),
    ("婚姻登记", "婚姻登记"), ("我想问问婚姻登记的事", "婚姻登记"), ("婚姻登记档案查询", None),   # (r63 QA: 档案查询)
    ("人社局能办什么业务？我也分不太清", "人社局"), ("人社局管哪些事情啊 我也不懂就想知道个大概", "人社局"),   # (r64 QA)
    ("人社局管什么啊 我不太懂 大概说说就行", "人社局"), ("他问人社局都管哪些事，他也分不清", "人社局"),   # (r65 QA)
    ("我老公让我问人社局都办哪些事，他也分不清", "人社局"), ("人社局具体管哪些 我也说不清楚 随便讲讲", "人社局"),   # (r66 QA)
    ("我妈问人社局能办啥 她也搞不明白", "人社局"),
    ("我老公让我问下人社局那边的事，他也说不清楚，你随便讲讲", "人社局"),   # (r67 QA)
    ("我妈让我来问问人社局，具体啥事她也讲不明白，随便说说就行", "人社局"), ("公积金随便说说", "公积金"),
    ("我爸让我帮他问问人社局的事，他自己也说不清具体是啥事", "人社局"), ("帮我妈问下社保局那边，她讲不明白要办什么", "社保"),
    ("我老公让我问医保局的事情，具体他也说不上来", "医保"), ("帮我奶奶问一下人社局的业务，她说不清楚", "人社局"),   # (r68 QA)
    ("医保局那边的业务，我舅舅让我问，具体啥他没说", "医保"),
    ("我帮我姑问人社局的业务，她就说要去人社局办事，别的说不清", "人社局"),   # (r69 QA)
    # not: an item of it, or more than its kinds asked
    ("社保卡能办哪些业务", None), ("我想问问公积金贷款能贷多少", None), ("户口迁移需要什么材料", None),
    ("我妈想补办社保卡，她也说不清楚要带啥", None), ("我爸让我问问退休手续，他说不清楚", None),
])
def test_the_kinds_of_business_of_a_topic_asked_in_a_citizens_words(text, word):
    from knowledge.topics import topic_asked
    topic = topic_asked(text)
    assert (topic.words[0] if topic else None) == word


def test_an_office_asked_what_it_handles_keeps_the_notice_for_the_item_chosen(real_store):
    """公积金中心管哪些事 read as a place question, 社保都能办哪些业务 as conditions: the item chosen got only its place or
    conditions. What it handles asked: the notice once chosen."""
    from actions.answering import Turn, answer
    for text, intent in (("公积金中心管哪些事", "ask_place"), ("社保都能办哪些业务", "ask_conditions"),
                         ("人社局都能办哪些业务", "ask_conditions")):
        reply = answer(Turn(text=text, intent=intent), real_store)
        assert "的业务比较多" in reply.messages[0]["text"] and reply.slots["aspect"] == "guide", text
    reply = answer(Turn(text="人社局都能办哪些业务", intent="ask_guide"), real_store)
    covered = {i for o in reply.slots["options"] for i in group_items(o["value"])}
    assert covered == {i["id"] for i in real_store.list_items() if i.get("department") == "人社"}   # all 37, by kind
    reply = answer(Turn(text="人社局在哪", intent="ask_place"), real_store)
    assert reply.slots["aspect"] == "place"   # (where, not what it handles: the place once chosen)


def group_items(value):
    from knowledge.topics import group_of
    return group_of(value).items


def test_school_asked_broadly_is_a_topic_and_school_told_as_a_case_is_none():
    """他问孩子上学要办什么: 不动产登记资料查询 and 社会保障卡申领 first on the hotline (r90 QA); 孩子在外地上学 is a case told."""
    from knowledge.topics import topic_asked, topic_mentioned
    topic = topic_asked("孩子上学要办什么")
    assert topic is not None and "jiaoyu.ruxue.migrant" in [i for g in topic.groups for i in g.items]
    assert topic_mentioned("孩子在外地上学 能在学校那边办吗") is None and topic_mentioned("下岗了 娃还在上学") is None
