"""需要出生证明吗 / 要体检吗 about the item in hand, though the linker names another item."""
from dataclasses import replace

import pytest

from actions.answering import Turn, answer
from actions.choices import option
from actions.context import asks_if_needed, item_in_hand, unheard_in_hand

BIRTH = "gongan.hukou.birth"
SFZ = "gongan.sfz.reissue"


@pytest.mark.parametrize("text", ["需要出生证明吗", "要体检吗", "要不要带结婚证", "那还要不要开无犯罪证明？",
                                  "身份证要带吗", "户口本要不要", "要带照片不", "男方是外省的 户口本要带吗",
                                  "户口本带不带", "是不是要居住证", "是不是得有结婚证啊"])   # (r38 QA)
def test_questions_whether_something_is_needed(text):
    assert asks_if_needed(text)


@pytest.mark.parametrize("text", ["要多久吗", "要预约吗", "要钱吗", "我要办居住证", "出生证明怎么办", "要多久不",
                                  "我是外地的，要多久吗"])
def test_other_questions_are_not(text):
    assert not asks_if_needed(text)


def test_the_item_in_hand_is_the_one_whose_choice_is_pending_or_last_answered():
    districts = [{**option("district", "城东区", "城东区"), "item": BIRTH}]
    turn = Turn(text="需要出生证明吗", intent="ask_materials", linked_item="weijian.birth.cert",
                item="weijian.birth.cert", options=districts)
    assert item_in_hand(turn) == BIRTH
    turn = Turn(text="要体检吗", intent="ask_fee", linked_item="weijian.health.cert", item="weijian.health.cert",
                item_in_context=SFZ)
    assert item_in_hand(turn) == SFZ
    # nothing points elsewhere, nothing answered before, or items offered to choose from: not this
    assert item_in_hand(Turn(text="要体检吗", intent="ask_fee", item=SFZ, item_in_context=SFZ)) is None
    assert item_in_hand(Turn(text="要体检吗", intent="ask_fee", linked_item="weijian.health.cert")) is None
    items = [option("item", SFZ, "居民身份证补领")]
    assert item_in_hand(Turn(text="要体检吗", intent="ask_fee", linked_item="weijian.health.cert",
                                item_in_context=SFZ, options=items)) is None


def test_a_need_question_while_the_district_is_asked_is_answered_for_the_item_in_hand(real_store):
    districts = [{**option("district", d, d), "item": BIRTH} for d in real_store.districts(BIRTH)]
    reply = answer(Turn(text="需要出生证明吗", intent="ask_materials", confidence=0.31, linked_item="weijian.birth.cert",
                        item="weijian.birth.cert", in_scope=True, situation=f"{BIRTH}/婚生子女入户", aspect="guide",
                        options=districts, item_in_context=BIRTH), real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("关于“出生证明”，出生登记") and "出生医学证明" in texts[0]
    assert texts[1].startswith("另外，出生登记（新生儿入户）在各区")
    assert reply.slots["service_item"] == BIRTH and reply.slots["options"] == districts
    assert reply.slots["aspect"] == "guide"


def test_a_need_question_after_a_notice_is_not_about_the_item_the_linker_names(real_store):
    reply = answer(Turn(text="要体检吗", intent="ask_fee", confidence=0.19, linked_item="weijian.health.cert",
                        item="weijian.health.cert", in_scope=True, aspect="guide", item_in_context=SFZ), real_store)
    text = reply.messages[0]["text"]
    assert text.startswith("居民身份证补领的办事指南中没有直接写到这一点") and "健康" not in text
    assert reply.slots["service_item"] == SFZ
    # understood for sure as a materials question, and not in the guide in so many words: the materials
    reply = answer(Turn(text="需要营业执照吗", intent="ask_materials", confidence=0.9, item="scjg.license.reissue",
                        linked_item="scjg.license.reissue", in_scope=True, item_in_context=SFZ), real_store)
    assert reply.messages[0]["text"].startswith("居民身份证补领") and "材料" in reply.messages[0]["text"]


def test_a_need_question_while_items_are_offered_asks_for_the_choice_first(real_store):
    offered = [option("item", "canlian.cert.new", "残疾人证新办"), option("item", "minzheng.canji.subsidy", "困难残疾人生活补贴")]
    reply = answer(Turn(text="要体检吗", intent="ask_fee", confidence=0.19, linked_item="weijian.health.cert",
                        item="weijian.health.cert", in_scope=True, options=offered), real_store)
    assert reply.messages[0]["text"].startswith("请先告诉我您要办理的是下面哪一项") and "健康" not in reply.messages[0]["text"]
    assert reply.slots["service_item"] is None   # as it was before the linker moved it


def test_a_point_no_field_is_named_after_gets_no_brief_answer_per_item_offered(real_store):
    offered = [option("item", i, i) for i in ("gjj.withdraw.rent", "gjj.withdraw.buy")]
    reply = answer(Turn(text="利率多少", intent="ask_fee", confidence=0.6, options=offered), real_store)
    assert "收费" not in reply.messages[0]["text"] and reply.messages[0]["text"].startswith("请先告诉我")


def test_a_short_point_question_an_alias_of_another_item_links_stays_on_the_item_in_hand(real_store):
    """能领几个月 after 高龄津贴: an alias of 失业金 (失业金能领几个月) links it."""
    elderly = "minzheng.gaoling.subsidy"
    reply = answer(Turn(text="能领几个月", intent="ask_time_limit", confidence=0.46, linked_item="renshe.shiye.benefit",
                        item="renshe.shiye.benefit", in_scope=True, aspect="guide", item_in_context=elderly), real_store)
    assert reply.slots["service_item"] == elderly and "失业" not in reply.messages[0]["text"]
    # a statement with such a word is no question about it
    assert item_in_hand(Turn(text="我是外地户口，在这边上班", intent="inform", linked_item="gongan.jzz.apply",
                                item="gongan.jzz.apply", item_in_context=SFZ)) is None


def test_a_point_question_not_understood_is_answered_for_the_item_in_context(real_store):
    tax = "shuiwu.geshui.annual"
    reply = answer(Turn(text="截止到什么时候", intent="out_of_scope", confidence=0.3, item=tax, aspect="guide",
                        item_in_context=tax), real_store)
    text = reply.messages[0]["text"]
    assert "不在我能解答" not in text and "个人所得税" in text


def test_an_amount_is_no_fee_for_each_item_offered(real_store):
    offered = [option("item", i, i) for i in ("gjj.loan.new", "gjj.loan.second")]
    reply = answer(Turn(text="额度多少", intent="ask_fee", confidence=0.5, options=offered), real_store)
    assert "收费" not in reply.messages[0]["text"]


def test_a_may_i_question_naming_a_life_event_is_about_the_item_in_context(real_store):
    """新生儿能办吗 after the 城乡居民医保参保 notice: not the 孩子出生 life event's items."""
    item = "yibao.resident.enroll"
    reply = answer(Turn(text="新生儿能办吗", intent="ask_conditions", confidence=0.6, item=item, aspect="guide",
                        item_in_context=item), real_store)
    assert "一般要办下面这几件事" not in reply.messages[0]["text"] and "新生儿" in reply.messages[0]["text"]


def test_an_aspect_question_while_the_situation_is_asked_is_no_point_question(real_store):
    """网上能办吗 reads as "may I" (能办) but says nothing beyond asking words: answered as the
    online entry, and the situation asked again (it got "没有完全理解")."""
    options = [{**option("situation", s["name"], s["name"]), "item": SFZ} for s in real_store.situations(SFZ)]
    turn = Turn(text="网上能办吗", intent="ask_online", confidence=0.9, item=SFZ, aspect="guide", options=options,
                item_in_context=SFZ)
    assert item_in_hand(turn) is None
    texts = [m["text"] for m in answer(turn, real_store).messages]
    assert texts[0].startswith("可以网上申请，但不能全程网上办完。居民身份证补领的网上办理") and texts[1].startswith("另外，")


def test_a_deadline_asked_in_dialect_stays_on_the_item_in_context(real_store):
    tax = "shuiwu.geshui.annual"
    turn = Turn(text="截止到啥时候", intent="out_of_scope", confidence=0.14, linked_item="shuiwu.shebaofei.resident",
                item="shuiwu.shebaofei.resident", in_scope=True, item_in_context=tax)
    assert item_in_hand(turn) == tax
    assert "6月30日" in answer(turn, real_store).messages[0]["text"]


def test_a_may_i_question_read_surely_as_another_aspect_is_that_aspect(real_store):
    options = [{**option("situation", s["name"], s["name"]), "item": SFZ} for s in real_store.situations(SFZ)]
    turn = Turn(text="周六能办吗", intent="ask_place", confidence=0.7, item=SFZ, aspect="guide", options=options,
                item_in_context=SFZ)
    assert item_in_hand(turn) is None
    turn = Turn(text="外地户口能办吗", intent="ask_conditions", confidence=0.5, item=SFZ, aspect="guide",
                options=options, item_in_context=SFZ)
    assert item_in_hand(turn) == SFZ


def test_a_short_statement_to_the_situations_matching_none_asks_again_and_names_the_other_item(real_store):
    """他被公司辞退了 to 失业金's 本人申领 / 委托他人代办: the linker reads 劳动人事争议仲裁."""
    item = "renshe.shiye.benefit"
    options = [{**option("situation", s["name"], s["name"]), "item": item} for s in real_store.situations(item)]
    turn = Turn(text="他被公司辞退了", intent="inform", linked_item="renshe.zhongcai.apply",
                item="renshe.zhongcai.apply", in_scope=True, aspect="guide", options=options, item_in_context=item)
    reply = answer(turn, real_store)
    texts = [m["text"] for m in reply.messages]
    # (what the conditions make of being let go first; r46 QA)
    assert texts[0].startswith("您说是被单位辞退的") and "失业保险金申领在不同情形下" in texts[-1]
    assert any("劳动人事争议仲裁申请" in t for t in texts[1:-1])
    assert reply.slots["service_item"] == item and reply.slots["options"] == options
    # one that names the other item, or a question, is about it
    from actions.context import statement_to_pending
    assert statement_to_pending(replace(turn, text="我要申请劳动仲裁"), real_store) is None
    assert statement_to_pending(replace(turn, text="被辞退了怎么仲裁"), real_store) is None
    # the same read surely (0.37 here) is still the case told; a question in keywords is not
    sure = [{"id": "renshe.zhongcai.apply", "name": "劳动人事争议仲裁申请", "score": 0.37}]
    assert statement_to_pending(replace(turn, candidates=sure), real_store) == item


def test_a_question_in_keywords_while_a_situation_is_asked_is_the_item_read(real_store):
    """社保卡补办 (ask_guide, 0.63) to 公司变更登记's situations: no statement of the company's
    case but a new question typed as keywords; 在医院生的 (not understood) still is a case."""
    item = "scjg.company.change"
    options = [{**option("situation", s["name"], s["name"]), "item": item} for s in real_store.situations(item)]
    turn = Turn(text="社保卡补办", intent="ask_guide", confidence=0.59, linked_item="renshe.shebaoka.reissue",
                item="renshe.shebaoka.reissue", in_scope=True, aspect="guide", options=options, item_in_context=item,
                candidates=[{"id": "renshe.shebaoka.reissue", "name": "社会保障卡补领", "score": 0.63}])
    reply = answer(turn, real_store)
    assert reply.messages[0]["text"].startswith("社会保障卡补领按“本人补领”告知")
    from actions.context import statement_to_pending
    assert statement_to_pending(replace(turn, intent="inform"), real_store) == item


RETIRE = "renshe.yanglao.retire"
ELDERLY = "minzheng.gaoling.subsidy"


def test_a_case_told_in_words_after_a_notice_stays_on_its_item(real_store):
    """她是工人，不是干部 after the 退休 notice is read by the linker as 建筑工程施工许可 (工人):
    it is about retiring, and the other item is offered by name only when the linker was sure."""
    turn = Turn(text="她是工人，不是干部", intent="out_of_scope", confidence=0.6, item="zhujian.build.permit",
                linked_item="zhujian.build.permit", in_scope=True, item_in_context=RETIRE, aspect="guide",
                candidates=[{"id": "zhujian.build.permit", "name": "建筑工程施工许可证核发", "score": 0.36}])
    assert unheard_in_hand(turn, real_store) == RETIRE
    reply = answer(turn, real_store)
    texts = [m["text"] for m in reply.messages]
    assert reply.slots["service_item"] == RETIRE and "企业职工基本养老保险正常退休申请" in texts[0]
    assert not any("如果您要办的其实是" in t for t in texts)   # read at 0.36: noise to a caller, not offered
    sure = answer(replace(turn, candidates=[{**turn.candidates[0], "score": 0.6}]), real_store)
    # sure, but the 退休 guide talks of 工人 (女工人 50 to 55): what it says, and no other item
    assert sure.messages[0]["text"].startswith("关于“工人”") and len(sure.messages) == 1
    sure = answer(replace(turn, text="她在工地干活", candidates=[{**turn.candidates[0], "score": 0.6}]), real_store)
    assert sure.messages[-1]["text"] == "如果您要办的其实是“建筑工程施工许可证核发”，请直接告诉我“建筑工程施工许可证核发”。"
    # with a button that says its name (one tap instead of typing it)
    assert sure.messages[-1]["buttons"] == [{"title": "建筑工程施工许可证核发", "payload": "建筑工程施工许可证核发"}]


def test_whether_one_may_asked_of_the_item_in_context_is_answered_for_it(real_store):
    turn = Turn(text="我妈85了，外地户口，跟我住这边，能领吗", intent="ask_conditions", confidence=0.7,
                item="gongan.hukou.move_parent", linked_item="gongan.hukou.move_parent", in_scope=True,
                item_in_context=ELDERLY, candidates=[{"id": "gongan.hukou.move_parent", "name": "户口迁移（父母投靠子女）",
                                                      "score": 0.16}])
    reply = answer(turn, real_store)
    assert reply.slots["service_item"] == ELDERLY and "高龄津贴" in reply.messages[0]["text"]


@pytest.mark.parametrize("text, other, intent, score", [
    ("那低保呢", "minzheng.dibao.apply", "out_of_scope", 0.79),           # names the other item (低保)
    ("我还想问问居住证", "gongan.jzz.apply", "out_of_scope", 0.5),
    ("户口的事", "gongan.hukou.birth", "out_of_scope", 0.4),             # a topic
    ("孩子上学要办什么", "jiaoyu.ruxue.migrant", "ask_guide", 0.2),        # a question understood, not whether one may
    ("那港澳通行证呢", "crj.gangao.apply", "out_of_scope", 0.3),          # a switch
    ("护照怎么办", "crj.huzhao.apply", "ask_guide", 0.4),                 # a word of the items read
    ("离婚呢要带啥", "minzheng.marry.divorce", "ask_materials", 0.64),     # a switch, then what is asked (r12 QA)
])
def test_a_message_naming_another_item_or_asking_a_clear_question_is_not_held(real_store, text, other, intent, score):
    turn = Turn(text=text, intent=intent, confidence=0.7, item=other, linked_item=other, in_scope=True,
                item_in_context=ELDERLY, candidates=[{"id": other, "name": "x", "score": score}])
    assert unheard_in_hand(turn, real_store) is None


def test_a_statement_to_the_items_offered_that_the_linker_reads_as_another_item_offers_them_again(real_store):
    """我是外省的，迁到外省去 to the 户口迁移 items reads as 残疾人证迁移 (its alias 残疾证转到外地):
    the citizen is telling the case of the choice, so the same items come again."""
    moves = ["gongan.hukou.move_job", "gongan.hukou.move_spouse", "gongan.hukou.move_parent"]
    options = [option("item", i, real_store.item(i)["name"]) for i in moves]
    turn = Turn(text="我是外省的，迁到外省去", intent="out_of_scope", confidence=0.5, item="canlian.cert.transfer",
                linked_item="canlian.cert.transfer", in_scope=True, options=options,
                candidates=[{"id": "canlian.cert.transfer", "name": "残疾人证迁移", "score": 0.4}])
    reply = answer(turn, real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("请先告诉我您要办理的是下面哪一项") and reply.slots["options"] == options
    assert texts[-1] == "如果您要办的其实是“残疾人证迁移”，请直接告诉我“残疾人证迁移”。"
    assert reply.slots["service_item"] is None
    named = answer(replace(turn, text="我要办残疾证迁移"), real_store)   # names it: that item
    assert named.messages[0]["text"].startswith("残疾人证迁移在不同情形下所需材料不同")


def test_a_question_in_keywords_the_linker_is_sure_of_while_items_are_offered_is_that_item(real_store):
    """租房提公积金 (no question word) while the 社保 items of 社保局地址 are offered: the linker
    reads the rent withdrawal at 0.69 in a message it understood; that item, not the offer again."""
    offered = ["renshe.unit.register", "renshe.shebao.proof", "renshe.yanglao.under15"]
    options = [option("item", i, real_store.item(i)["name"]) for i in offered]
    turn = Turn(text="租房提公积金", intent="ask_guide", confidence=0.55, item="gjj.withdraw.rent",
                linked_item="gjj.withdraw.rent", in_scope=True, options=options,
                candidates=[{"id": "gjj.withdraw.rent", "name": "租赁自住住房提取住房公积金", "score": 0.6859}])
    reply = answer(turn, real_store)
    assert reply.messages[0]["text"].startswith("租赁自住住房提取住房公积金在不同情形下所需材料不同")
    assert all(o.get("item") == "gjj.withdraw.rent" for o in reply.slots["options"])
    unsure = answer(replace(turn, intent="out_of_scope"), real_store)   # not understood: the offer again
    assert unsure.messages[0]["text"].startswith("请先告诉我您要办理的是下面哪一项")


def test_a_statement_to_the_items_offered_reading_one_of_them_second_chooses_it(real_store):
    """退休了去儿子那住 to the five 异地就医备案 items: read first as 退休提取公积金 (0.42), then as
    异地安置退休人员备案 (0.25), the one offered: that one is chosen."""
    offered = ["yibao.yidi.retiree", "yibao.yidi.longterm", "yibao.yidi.worker", "yibao.yidi.referral", "yibao.yidi.temp"]
    options = [option("item", i, real_store.item(i)["name"]) for i in offered]
    turn = Turn(text="退休了去儿子那住", intent="out_of_scope", confidence=0.4, item="gjj.withdraw.retire",
                linked_item="gjj.withdraw.retire", in_scope=True, options=options,
                candidates=[{"id": "gjj.withdraw.retire", "name": "x", "score": 0.42},
                            {"id": "yibao.yidi.retiree", "name": "x", "score": 0.25},
                            {"id": "renshe.yanglao.retire", "name": "x", "score": 0.1}])
    reply = answer(turn, real_store)
    assert reply.messages[0]["text"].startswith("异地安置退休人员备案")
    asked = answer(replace(turn, text="退休了去儿子那住能办吗"), real_store)   # a question: not a choice
    assert not asked.messages[0]["text"].startswith("异地安置退休人员备案")


def test_a_statement_to_the_items_offered_not_understood_but_close_to_another_item_offers_them_again(real_store):
    """我交了社保5年了 to 失业登记 / 失业保险金申领: not understood, read at 0.33 as 缴费不满15年;
    it was offered that item alone (and the questions after were answered of it)."""
    options = [option("item", i, real_store.item(i)["name"]) for i in ["renshe.shiye.register", "renshe.shiye.benefit"]]
    turn = Turn(text="我交了社保5年了", intent="out_of_scope", confidence=0.55, options=options,
                candidates=[{"id": "renshe.yanglao.under15", "name": "达到法定退休年龄缴费不满15年社保权益申请",
                             "score": 0.3258}])
    reply = answer(turn, real_store)
    assert reply.messages[0]["text"].startswith("请先告诉我您要办理的是下面哪一项") and reply.slots["options"] == options
    assert "达到法定退休年龄缴费不满15年社保权益申请" in reply.messages[-1]["text"]


@pytest.mark.parametrize("text, intent, other", [
    ("外地户口能办吗", "ask_conditions", "gongan.jzz.apply"),
    ("每个月交多少钱", "ask_fee", "gjj.unit.remit"),
    ("要提前多久办", "ask_time_limit", "gjj.loan.prepay_full"),
])
def test_a_short_follow_up_question_stays_on_the_item_in_context(real_store, text, intent, other):
    """每个月交多少钱 after 高龄津贴 is read as 住房公积金汇缴 by the linker: a short question that
    names no item asks about the one in context."""
    turn = Turn(text=text, intent=intent, confidence=0.7, item=other, linked_item=other, in_scope=True,
                item_in_context=ELDERLY, candidates=[{"id": other, "name": "x", "score": 0.45}])
    assert unheard_in_hand(turn, real_store) == ELDERLY


def test_a_case_told_after_a_notice_that_is_the_other_item_of_the_family_goes_there(real_store):
    """我们买的是二手房 after the 新建住房 贷款 notice stayed on it, with a hint to type the
    二手房 item's whole name."""
    new, second = "gjj.loan.new", "gjj.loan.second"
    turn = Turn(text="我们买的是二手房", intent="out_of_scope", confidence=0.5, item=second, linked_item=second,
                in_scope=True, item_in_context=new, situation=f"{new}/非省直缴存职工", aspect="guide",
                candidates=[{"id": second, "name": real_store.item(second)["name"], "score": 0.45}])
    reply = answer(turn, real_store)
    text = reply.messages[0]["text"]   # its notice, in the situation already told (both items have it)
    assert text.startswith(f"【一次性告知】{real_store.item(second)['name']}") and "非省直缴存职工" in text
    assert reply.slots["service_item"] == second and reply.slots["situation"] == f"{second}/非省直缴存职工"
    # not linked, read at 0.3 (as on the running stack): the same
    reply = answer(replace(turn, linked_item=None, item=new, in_scope=False), real_store)
    assert reply.messages[0]["text"].startswith(f"【一次性告知】{real_store.item(second)['name']}")


def test_whether_both_must_go_while_the_situation_is_asked_is_who_may_go_not_the_question_again(real_store):
    item = "gongan.hukou.move_spouse"
    options = [{**option("situation", s["name"], s["name"]), "item": item} for s in real_store.situations(item)]
    reply = answer(Turn(text="要俩人都去吗", intent="ask_proxy", confidence=0.72, item=item, item_in_context=item,
                        aspect="guide", options=options), real_store)
    # (its guide says nothing of it; 投靠配偶所在亲属家庭户 is no situation of a relative going instead)
    assert reply.messages[0]["text"].startswith("户口迁移（夫妻投靠）的办事指南没有写明能否由他人代办")
    assert reply.messages[-1]["text"].startswith("另外，户口迁移（夫妻投靠）在不同情形下")
    # whether a thing is needed (要带户口本吗) stays a question of the materials
    reply = answer(Turn(text="要带户口本吗", intent="ask_proxy", confidence=0.5, item=item, item_in_context=item,
                        aspect="guide", options=options), real_store)
    assert "代办" not in reply.messages[0]["text"]


def test_someone_sent_instead_while_the_situation_is_asked_chooses_the_one_situation_for_it(real_store):
    """俺不识字 让儿子去办行不 to 高龄津贴's 老人本人申请 / 家属代为申请 was "not understood"."""
    item = "minzheng.gaoling.subsidy"
    options = [{**option("situation", s["name"], s["name"]), "item": item} for s in real_store.situations(item)]
    reply = answer(Turn(text="俺不识字 让儿子去办行不", intent="out_of_scope", confidence=0.4, item=item,
                        item_in_context=item, aspect="guide", options=options), real_store)
    text = reply.messages[0]["text"]
    assert text.startswith("80周岁以上老年人高龄津贴发放可以由他人代办") and "【家属代为申请】" in text
    assert reply.slots["situation"] == f"{item}/家属代为申请" and reply.slots["options"] is None
    assert len(reply.messages) == 1   # chosen: not asked again


def test_a_point_of_a_thing_the_linker_read_and_the_message_names_is_about_that_thing(real_store):
    """那身份证过期了怎么换 after the 结婚登记 notice: 过期 is a point word, but of the 身份证 the message
    names (居民身份证换领), not of the marriage guide ("…的办事指南中没有写到这一点")."""
    renew = "gongan.sfz.renew"
    turn = Turn(text="那身份证过期了怎么换", intent="ask_guide", confidence=0.85, linked_item=renew, item=renew,
                in_scope=True, candidates=[{"id": renew, "name": "居民身份证换领", "score": 0.68}], aspect="guide",
                situation="minzheng.marry.register/结婚登记", item_in_context="minzheng.marry.register")
    assert item_in_hand(turn, real_store) is None
    reply = answer(turn, real_store)
    assert "居民身份证换领" in reply.messages[0]["text"] and reply.slots.get("service_item", renew) == renew
    # or an alias of it: 再问下 驾照到期咋换 after the 身份证补领 notice was its lines on 到期
    licence = "jiaoguan.jsz.renew"
    turn = Turn(text="再问下 驾照到期咋换", intent="out_of_scope", confidence=0.41, linked_item=licence, item=licence,
                in_scope=True, candidates=[{"id": licence, "name": "机动车驾驶证有效期满换证", "score": 0.85}],
                aspect="guide", situation="gongan.sfz.reissue/异地补领", item_in_context="gongan.sfz.reissue")
    assert item_in_hand(turn, real_store) is None
    assert "机动车驾驶证有效期满换证" in answer(turn, real_store).messages[0]["text"]
    # a point that names nothing of the item read stays on the item in hand (能领几个月 after 高龄津贴)
    turn = Turn(text="能领几个月", intent="ask_time_limit", confidence=0.46, linked_item="renshe.shiye.benefit",
                item="renshe.shiye.benefit", in_scope=True, item_in_context="minzheng.gaoling.subsidy")
    assert item_in_hand(turn, real_store) == "minzheng.gaoling.subsidy"


def test_going_back_to_an_item_talked_of_before_answers_it_in_the_situation_chosen_then(real_store):
    """还是说回身份证 要带啥 after 身份证补领 (异地补领) then 驾驶证换证 went to 身份证换领's situations; 回到刚才
    那个销户 周六能办吗 after 户口注销 then 公积金死亡提取 was 公积金's lines on 销户."""
    from actions.context import item_gone_back_to, items_before_after
    reissue, licence = "gongan.sfz.reissue", "jiaoguan.jsz.renew"
    on_licence = Turn(text="还是说回身份证 要带啥", intent="ask_materials", confidence=0.9, linked_item="gongan.sfz.renew",
                      item="gongan.sfz.renew", in_scope=True, ambiguous=True, item_in_context=licence,
                      items_before=[f"{reissue}/异地补领"], district="城东区")
    assert item_gone_back_to(on_licence, real_store) == f"{reissue}/异地补领"
    reply = answer(on_licence, real_store)
    assert reply.slots["service_item"] == reissue and reply.slots["situation"] == f"{reissue}/异地补领"
    assert reply.messages[0]["text"].startswith("居民身份证补领（异地补领）需要以下材料")
    # without a word of going back, its thing read as a sibling (身份证: 换领) is it too; naming nothing of it,
    # or another thing, the usual reading
    assert item_gone_back_to(replace(on_licence, text="身份证要带啥"), real_store) == f"{reissue}/异地补领"
    assert item_gone_back_to(replace(on_licence, text="回到刚才那个 要带啥"), real_store) is None
    assert item_gone_back_to(replace(on_licence, text="护照要带啥", linked_item="crj.huzhao.renew"), real_store) is None
    cancel, fund = "gongan.hukou.cancel", "gjj.withdraw.death"
    on_fund = Turn(text="回到刚才那个销户 周六能办吗", intent="ask_place", confidence=0.6, item=fund, item_in_context=fund,
                   items_before=[reissue, cancel])
    assert item_gone_back_to(on_fund, real_store) == cancel
    reply = answer(on_fund, real_store)
    assert reply.slots["service_item"] == cancel and reply.messages[0]["text"].startswith("户口注销（死亡）周六能否办理")
    # (no situation chosen then: each one's materials, then which; its situations alone came; r38 QA)
    rent = "gjj.withdraw.rent"
    on_passport = Turn(text="刚才那个公积金的 要带啥来着", intent="out_of_scope", confidence=0.9, item="gjj.account.transfer",
                       linked_item="gjj.account.transfer", in_scope=True, item_in_context="crj.huzhao.renew",
                       items_before=[rent])
    texts = [m["text"] for m in answer(on_passport, real_store).messages]
    assert texts[0].startswith("这几种情形要带的材料不同") and texts[-1].startswith("租赁自住住房提取住房公积金在不同情形下")
    # (going back by words alone, naming nothing: the one before the item in hand; r40 QA)
    cert, enroll = "weijian.birth.cert", "yibao.resident.enroll"
    back = Turn(text="还是说回刚才那个 要带啥", intent="ask_materials", confidence=0.6, item=enroll, item_in_context=enroll,
                items_before=[cert], options=[{"kind": "situation", "value": s["name"], "title": s["name"], "item": enroll}
                                              for s in real_store.situations(enroll)])
    assert item_gone_back_to(back, real_store) == cert
    assert item_gone_back_to(replace(back, text="刚才那个要带啥"), real_store) is None   # (the one in hand, maybe)


def test_the_items_before_keep_the_one_left_last_with_its_situation():
    from actions.context import MOST_ITEMS_BEFORE, items_before_after
    turn = Turn(text="驾照到期咋换", item_in_context="gongan.sfz.reissue", situation="gongan.sfz.reissue/异地补领",
                items_before=["a", "jiaoguan.jsz.renew"])
    assert items_before_after(turn, "jiaoguan.jsz.renew") == ["a", "gongan.sfz.reissue/异地补领"]
    assert items_before_after(turn, "gongan.sfz.reissue") == ["a", "jiaoguan.jsz.renew"]   # not moved: as it was
    many = replace(turn, items_before=[f"i{n}" for n in range(9)], situation=None)
    assert items_before_after(many, "x")[-1] == "gongan.sfz.reissue" and len(items_before_after(many, "x")) == MOST_ITEMS_BEFORE


def test_a_follow_up_naming_another_items_document_is_about_that_item(real_store):
    """社保卡补办多少钱 after the 身份证补领 notice got 身份证补领's fee (40元) and a hint; 护照补办多少钱 the same."""
    held = "gongan.sfz.reissue"
    for text, other, line in (("社保卡补办多少钱", "renshe.shebaoka.reissue", "社会保障卡补领的收费标准"),
                              ("护照补办多少钱", "crj.huzhao.reissue", "普通护照补发的收费标准")):
        turn = Turn(text=text, intent="ask_fee", confidence=0.69, linked_item=other, item=other, in_scope=True,
                    candidates=[{"id": other, "score": 0.6}], situation=f"{held}/户籍地补领", district="城东区",
                    aspect="guide", item_in_context=held)
        assert unheard_in_hand(turn, real_store) is None
        assert answer(turn, real_store).messages[0]["text"].startswith(line), text
    # a thing of the held item's own (户口本 is in 身份证补领's materials, not its name): still in hand
    turn = Turn(text="户口本多少钱", intent="ask_fee", confidence=0.5, linked_item="gongan.hukou.change",
                item="gongan.hukou.change", candidates=[{"id": "gongan.hukou.change", "score": 0.2}],
                item_in_context=held)
    from actions.context import names_other_document
    assert not names_other_document(real_store, held, ["gongan.sfz.renew"], "身份证那个多少钱")


def test_a_document_said_lost_too_after_a_notice_is_that_documents_item(real_store):
    """对了我驾照也丢了 after the 身份证补领 notice: "好的。关于居民身份证补领，您还想了解什么" (not read in scope)."""
    from actions.context import document_item_said
    held, licence = "gongan.sfz.reissue", "jiaoguan.jsz.reissue"
    turn = Turn(text="对了我驾照也丢了", intent="inform", confidence=0.47, candidates=[{"id": licence, "score": 0.37}],
                item=held, situation=f"{held}/户籍地补领", aspect="guide", item_in_context=held)
    assert document_item_said(turn, real_store) == licence
    reply = answer(turn, real_store)
    assert reply.slots["service_item"] == licence and "机动车驾驶证遗失补证" in reply.messages[0]["text"]
    assert document_item_said(replace(turn, text="我家孩子也丢了"), real_store) is None


def test_the_thing_of_an_item_talked_of_before_read_as_its_sibling_goes_back_to_it(real_store):
    """身份证那个多久能拿到 after 身份证补领, then 社保卡补领: it was 居民身份证换领's time limit."""
    from actions.context import item_gone_back_to
    reissue, card, renew = "gongan.sfz.reissue", "renshe.shebaoka.reissue", "gongan.sfz.renew"
    turn = Turn(text="身份证那个多久能拿到", intent="ask_time_limit", confidence=0.98, linked_item=renew, item=renew,
                in_scope=True, candidates=[{"id": renew, "score": 0.53}], item_in_context=card,
                items_before=[f"{reissue}/户籍地补领"])
    assert item_gone_back_to(turn, real_store) == f"{reissue}/户籍地补领"
    assert answer(turn, real_store).messages[0]["text"].startswith("居民身份证补领的办理时限")
    # what befell it said (过期了): the sibling the linker read
    assert item_gone_back_to(replace(turn, text="身份证过期了多久能拿到"), real_store) is None


def test_a_correction_saying_what_befell_the_thing_is_the_sibling_it_points_to(real_store):
    """不是换 是丢了 to 身份证换领's situations was "抱歉，我没有完全理解" (the linker read nothing in it)."""
    held = "gongan.sfz.renew"
    options = [{**option("situation", v, v), "item": held} for v in ("有效期满换领", "损坏换领")]
    for text, sibling in (("不是换 是丢了", "gongan.sfz.reissue"), ("搞错了 是丢了要补办", "gongan.sfz.reissue"),
                          ("不是换，是第一次办", "gongan.sfz.first")):   # (and 不是丢了 是坏了 below: the 丢 is denied)
        reply = answer(Turn(text=text, intent="inform", confidence=0.8, item=held, item_in_context=held, options=options),
                       real_store)
        assert reply.slots["service_item"] == sibling, text


def test_a_thing_asked_of_as_the_last_one_was_is_in_the_same_state(real_store):
    """护照呢 / 护照也丢了 要带啥 after the 身份证补领 notice went to 护照换发 (r7 QA); 身份证呢 after 护照换发 is 换领."""
    held = "gongan.sfz.reissue"
    read = [{"id": "crj.huzhao.renew", "score": 0.35}, {"id": "crj.huzhao.reissue", "score": 0.32}]
    for text in ("护照呢", "护照也丢了 要带啥"):
        turn = Turn(text=text, intent="ask_materials", confidence=0.5, candidates=read, in_scope=True, ambiguous=True,
                    item=held, situation=f"{held}/户籍地补领", aspect="guide", item_in_context=held)
        assert answer(turn, real_store).slots["service_item"] == "crj.huzhao.reissue", text
    renew = "crj.huzhao.renew"
    turn = Turn(text="身份证呢", intent="ask_guide", confidence=0.5, linked_item="gongan.sfz.first", item="gongan.sfz.first",
                in_scope=True, candidates=[{"id": "gongan.sfz.first", "score": 0.4}], item_in_context=renew, aspect="guide")
    assert answer(turn, real_store).slots["service_item"] == "gongan.sfz.renew"


def test_a_correction_reads_what_it_is_instead_not_what_it_denies(real_store):
    """不是丢了 是坏了 to 身份证补领's situations went to 补领 (the 丢 it denies) or "没有完全理解" (r7 QA): 换领,
    whose situations say 损坏."""
    held = "gongan.sfz.reissue"
    options = [{**option("situation", v, v), "item": held} for v in ("户籍地补领", "异地补领")]
    reply = answer(Turn(text="不是丢了 是坏了", intent="inform", confidence=0.8, item=held, item_in_context=held,
                        options=options), real_store)
    assert reply.slots["service_item"] == "gongan.sfz.renew"


def test_another_situation_of_the_item_in_hand_named_after_its_notice_gives_that_notice(real_store):
    """换成异地补领 after the 户籍地补领 notice went to 耕地地力保护补贴, which the linker read (r7 QA)."""
    held, read = "gongan.sfz.reissue", "nongye.gengdi.subsidy"
    reply = answer(Turn(text="换成异地补领", intent="inform", confidence=0.5, linked_item=read, item=read, in_scope=True,
                        candidates=[{"id": read, "score": 0.4}], item_in_context=held, situation=f"{held}/户籍地补领",
                        district="城东区", aspect="guide"), real_store)
    assert reply.slots["situation"] == f"{held}/异地补领" and "办理情形：异地补领" in reply.messages[0]["text"]


def test_going_back_while_items_are_offered_and_by_a_vague_word(real_store):
    """还是说回身份证 while the 护照 items were offered went to 换领; 身份证多少钱 after 社保卡 offered the four
    身份证 items (r7 QA): the 补领 talked of before, in its situation."""
    from actions.context import item_gone_back_to
    reissue = "gongan.sfz.reissue"
    passports = [option("item", i, i) for i in ("crj.huzhao.apply", "crj.huzhao.renew", "crj.huzhao.reissue")]
    turn = Turn(text="还是说回身份证", intent="ask_guide", confidence=0.6, linked_item="gongan.sfz.renew",
                item="gongan.sfz.renew", in_scope=True, options=passports, item_in_context=reissue,
                situation=f"{reissue}/户籍地补领")
    assert item_gone_back_to(turn, real_store) == f"{reissue}/户籍地补领"
    card = "renshe.shebaoka.reissue"
    vague = [{"id": "gongan.sfz.first", "score": 0.3}, {"id": "gongan.sfz.renew", "score": 0.3}, {"id": reissue, "score": 0.3}]
    turn = Turn(text="身份证多少钱", intent="ask_fee", confidence=0.9, candidates=vague, in_scope=True, ambiguous=True,
                item=card, item_in_context=card, items_before=[f"{reissue}/户籍地补领"], aspect="guide")
    assert answer(turn, real_store).messages[0]["text"].startswith("居民身份证补领的收费标准")


def test_a_need_question_of_the_held_items_words_while_its_situation_is_asked_is_answered(real_store):
    """要带出生证吗 to 出生登记's situations (the linker sure of 出生医学证明首次签发) was the situations again:
    its characters are the held item's and asking words, read as 咋补 is (r10 QA)."""
    situations = [{**option("situation", s["name"], s["name"]), "item": BIRTH} for s in real_store.situations(BIRTH)]
    reply = answer(Turn(text="要带出生证吗", intent="ask_materials", confidence=0.78, linked_item="weijian.birth.cert",
                        candidates=[{"id": "weijian.birth.cert", "name": "《出生医学证明》首次签发", "score": 0.83}],
                        in_scope=True, item="weijian.birth.cert", aspect="guide", options=situations), real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("关于“出生证”，出生登记（新生儿入户）的办事指南中写到") and texts[1].startswith("另外，")


def test_a_material_to_hand_in_asked_whether_needed_is_no_fee_question(real_store):
    """要交照片吗 (ask_fee at 0.46) while 身份证换领's situation was asked got its fee (r10 QA)."""
    item = "gongan.sfz.renew"
    situations = [{**option("situation", s["name"], s["name"]), "item": item} for s in real_store.situations(item)]
    reply = answer(Turn(text="要交照片吗", intent="ask_fee", confidence=0.46, in_scope=True, ambiguous=True, item=item,
                        aspect="guide", options=situations, item_in_context=item), real_store)
    assert reply.messages[0]["text"].startswith("关于“照片”，居民身份证换领") and "收费标准" not in reply.messages[0]["text"]


@pytest.mark.parametrize("text, turned", [
    ("离婚呢要带啥", True), ("那离婚呢", True), ("护照呢 多少钱", True),
    ("我是外地的呢 能办吗", False), ("怎么办呢 急死了", False), ("在这边上班呢 能办吗", False),
])
def test_a_thing_with_its_question_after_it_is_a_turn_to_that_thing(text, turned):
    from actions.context import switches
    assert switches(text) is turned


def test_going_back_when_one_item_was_talked_of_is_going_back_to_it(real_store):
    """我前面问的那个补证在哪办 after 结婚证丢了能补吗 (补领婚姻登记证) was the 驾驶证遗失补证 notice (the linker
    read 补证; r12 QA): the only item talked of is what was asked before."""
    from actions.context import item_gone_back_to
    marry, licence = "minzheng.marry.reissue", "jiaoguan.jsz.reissue"
    turn = Turn(text="我前面问的那个补证在哪办", intent="ask_place", confidence=0.8, linked_item=licence, item=licence,
                in_scope=True, item_in_context=marry, candidates=[{"id": licence, "name": "机动车驾驶证遗失补证", "score": 0.4}])
    assert item_gone_back_to(turn, real_store) == marry
    reply = answer(turn, real_store)
    assert reply.slots["service_item"] == marry and "补领婚姻登记证" in reply.messages[0]["text"]
    # the other item named: that one; read below the bar (out of scope at 0.13, as on the running stack): the same
    assert item_gone_back_to(replace(turn, text="前面说的驾驶证补证在哪办"), real_store) is None
    unsure = replace(turn, intent="out_of_scope", linked_item=None, item=marry, in_scope=False,
                     candidates=[{"id": licence, "name": "机动车驾驶证遗失补证", "score": 0.13}])
    reply = answer(unsure, real_store)
    assert reply.slots.get("service_item", marry) == marry and "补领婚姻登记证" in reply.messages[0]["text"], reply.messages


def test_a_material_said_in_hand_while_the_situations_are_asked_is_one_of_its_materials(real_store):
    """在医院生的 出生证明已经拿到了 to 出生登记's 婚生 / 非婚生 was the 《出生医学证明》首次签发 notice (the linker at
    0.83; r12 QA): the 出生医学证明 is one of 出生登记's materials, and the question is asked again."""
    from actions.answering import option
    birth, cert = "gongan.hukou.birth", "weijian.birth.cert"
    options = [option("situation", s["name"], s["name"]) for s in real_store.situations(birth)]
    turn = Turn(text="在医院生的 出生证明已经拿到了", intent="out_of_scope", confidence=0.93, linked_item=cert, item=cert,
                in_scope=True, candidates=[{"id": cert, "name": "《出生医学证明》首次签发", "score": 0.83}],
                item_in_context=birth, options=[{**o, "item": birth} for o in options], aspect="guide")
    reply = answer(turn, real_store)
    assert reply.slots["service_item"] == birth and reply.slots["options"], reply.messages
    assert reply.messages[0]["text"].startswith("好的，") and "出生医学证明" in reply.messages[0]["text"]
    assert "出生登记" in reply.messages[0]["text"]
    # a document another item issues that the item in hand does not ask for: the usual reading
    from actions.context import had_material_of_held
    assert had_material_of_held(replace(turn, text="护照已经办好了", linked_item="crj.huzhao.apply"), real_store, birth) is None


def test_a_case_of_the_item_in_hand_sharing_the_topics_word_with_the_items_read_stays_on_it(real_store):
    """跟爸爸落户 爸爸是本地户口 while 出生登记 asks the district was 户口迁移（父母投靠子女） (read at 0.44; 户口 is
    in its name and 户口迁入's, but also in 出生登记's alias 新生儿上户口; r12 QA): 出生登记's lines on 落户."""
    birth, parent, settle = "gongan.hukou.birth", "gongan.hukou.move_parent", "gongan.hukou.move_settle"
    districts = [{"kind": "district", "value": d, "title": d, "item": birth} for d in real_store.districts(birth)]
    turn = Turn(text="跟爸爸落户 爸爸是本地户口", intent="out_of_scope", confidence=0.61, linked_item=parent, item=parent,
                in_scope=True, candidates=[{"id": parent, "name": "户口迁移（父母投靠子女）", "score": 0.44},
                                           {"id": settle, "name": "户口迁入（购房落户、人才引进落户）", "score": 0.13}],
                item_in_context=birth, situation=f"{birth}/婚生子女入户", options=districts, aspect="guide")
    assert unheard_in_hand(turn, real_store) == birth
    reply = answer(turn, real_store)
    assert reply.slots.get("service_item", birth) == birth and "出生登记" in reply.messages[0]["text"], reply.messages


def test_a_correction_after_a_pause_naming_a_state_is_the_sibling_of_that_state(real_store):
    """等一下，我说错了，我不是丢了，是过期了要换 after the 身份证补领 notice repeated that notice (r13 QA): 换领."""
    reissue = "gongan.sfz.reissue"
    turn = Turn(text="等一下，我说错了，我不是丢了，是过期了要换", intent="out_of_scope", confidence=0.16, in_scope=True,
                ambiguous=True, item=reissue, item_in_context=reissue, situation=f"{reissue}/户籍地补领", district="城东区",
                candidates=[{"id": "jiaoguan.jsz.renew", "name": "机动车驾驶证有效期满换证", "score": 0.09}])
    reply = answer(turn, real_store)
    assert reply.slots["service_item"] == "gongan.sfz.renew" and "居民身份证换领" in reply.messages[0]["text"]


def test_an_aspect_of_another_item_read_surely_is_not_asked_of_the_item_in_hand(real_store):
    """退休以后养老金资格认证怎么搞 while 退休申请's situations are asked got 退休申请's conditions (资格认证 read at
    0.66; r13 QA)."""
    from actions.answering import option
    retire, cert = "renshe.yanglao.retire", "renshe.yanglao.cert"
    options = [{**option("situation", s["name"], s["name"]), "item": retire} for s in real_store.situations(retire)]
    turn = Turn(text="退休以后养老金资格认证怎么搞", intent="out_of_scope", confidence=0.91, linked_item=cert, item=cert,
                in_scope=True, candidates=[{"id": cert, "name": "养老保险待遇领取资格认证", "score": 0.66}],
                item_in_context=retire, options=options, aspect="guide")
    reply = answer(turn, real_store)
    assert reply.slots.get("service_item", cert) == cert and "资格认证" in reply.messages[0]["text"], reply.messages


def test_the_same_business_of_the_held_items_family_wins_over_an_unsure_read_of_another_family(real_store):
    """签注要另外办吗 on a 港澳通行证 was 往来台湾签注 (linked at 0.38, 港澳签注 at 0.17; r13 QA)."""
    held = "crj.gangao.apply"
    read = [{"id": "crj.taiwan.endorse", "name": "往来台湾签注签发", "score": 0.38},
            {"id": "crj.gangao.endorse", "name": "往来港澳签注签发", "score": 0.17}]
    turn = Turn(text="签注要另外办吗", intent="ask_materials", confidence=0.32, linked_item="crj.taiwan.endorse",
                item="crj.taiwan.endorse", in_scope=True, candidates=read, item_in_context=held, aspect="guide")
    reply = answer(turn, real_store)
    assert reply.slots["service_item"] == "crj.gangao.endorse" and "往来港澳签注" in reply.messages[0]["text"]
    # naming the other family's thing: that one
    from actions.offers import parallel_kin_read
    assert parallel_kin_read(replace(turn, text="台湾签注要另外办吗"), real_store) is None


def test_a_case_after_a_notice_that_its_family_reads_as_other_members_offers_them(real_store):
    """我是退休了去儿子那边长期住 after the 其他临时外出就医人员备案 notice got that notice's lines on 长期 (which say
    it is not for 异地安置 or 长期居住; r14 QA): the members the case reads as, to choose from."""
    temp = "yibao.yidi.temp"
    read = [{"id": "yibao.yidi.retiree", "name": "异地安置退休人员备案", "score": 0.20},
            {"id": "gjj.withdraw.retire", "name": "离休、退休提取住房公积金", "score": 0.16},
            {"id": "yibao.yidi.longterm", "name": "异地长期居住人员备案", "score": 0.12}]
    turn = Turn(text="我是退休了去儿子那边长期住", intent="out_of_scope", confidence=0.89, item=temp, item_in_context=temp,
                candidates=read, aspect="guide")
    reply = answer(turn, real_store)
    assert [o["value"] for o in reply.slots["options"]] == ["yibao.yidi.retiree", "yibao.yidi.longterm"]


def test_a_short_reply_read_as_a_yes_to_the_items_offered_offers_them_again(real_store):
    """首套 to the two 公积金贷款 items (read as a yes; the linker: 契税申报 at 0.58) went to 契税申报, and the
    loan questions after it were answered for 契税 (r14 QA)."""
    from actions.answering import option
    loans = ["gjj.loan.new", "gjj.loan.second"]
    options = [option("item", i, real_store.item(i)["name"]) for i in loans]
    deed = "shuiwu.house.deed"
    turn = Turn(text="首套", intent="affirm", confidence=0.26, linked_item=deed, item=deed, in_scope=True,
                candidates=[{"id": deed, "name": "个人房屋交易契税申报", "score": 0.58}], options=options, aspect="guide")
    reply = answer(turn, real_store)
    assert [o["value"] for o in reply.slots["options"]] == loans, reply.messages


@pytest.mark.parametrize("text", ["我朋友帮我处理行不行", "我帮她在我手机上弄行吗"])
def test_someone_doing_it_for_the_citizen_asks_who_may(text):
    from knowledge.asking import aspects_asked
    assert aspects_asked(text) == ["proxy"]


def test_a_family_member_starting_the_check_for_an_old_person_is_said(real_store):
    """我帮她在我手机上弄行吗 (养老金资格认证) was "一般须本人办理" while its online entry says 可为家人添加亲情账号代为发起刷脸
    (r14 QA)."""
    from knowledge.proxy import proxy_answer
    item = "renshe.yanglao.cert"
    situations = [{**s, "materials": real_store.materials(item, s["id"])} for s in real_store.situations(item)]
    said = proxy_answer(real_store.item(item), situations, real_store.service_points(item))
    assert said.startswith("养老保险待遇领取资格认证的办事指南中关于他人代办写到") and "亲情账号" in said


def test_a_reply_telling_the_situation_asked_is_no_turn_to_an_item_still_to_come(real_store):
    """婚生的 to 出生登记's 婚生 / 非婚生, in the 孩子出生 list, went back to 出生医学证明 (still to come, read at
    0.19; r14 QA): it is the situation asked."""
    from actions.answering import option
    from actions.context import pending_asked
    birth, cert = "gongan.hukou.birth", "weijian.birth.cert"
    options = [{**option("situation", s["name"], s["name"]), "item": birth} for s in real_store.situations(birth)]
    turn = Turn(text="婚生的", intent="affirm", confidence=0.45, in_scope=True, ambiguous=True, item=birth,
                candidates=[{"id": cert, "name": "《出生医学证明》首次签发", "score": 0.19}], options=options,
                pending_items=[cert, "yibao.resident.enroll"], aspect="materials")
    assert pending_asked(turn) is None
    reply = answer(turn, real_store)
    assert reply.messages[0]["text"].startswith("出生登记（新生儿入户）（婚生子女入户）需要以下材料")


def test_a_service_outside_the_catalog_is_no_turn_to_an_item_still_to_come(real_store):
    """卖烟要什么证 after 开小卖部's list (烟草专卖 said outside the catalog just before) gave 食品经营许可's situations: the
    linker read it faintly (0.30) and 食品经营许可 was still to come. It is 烟草专卖零售许可, outside the catalog."""
    from actions.context import pending_asked
    shop = ["scjg.gtgsh.register", "shuiwu.register.confirm", "scjg.food.license", "qita.fire.check", "qita.sign.ad"]
    tobacco = {"name": "烟草专卖零售许可", "department": "烟草专卖部门"}
    turn = Turn(text="卖烟要什么证", intent="ask_materials", confidence=0.3, outside=tobacco, outside_in_context=tobacco,
                candidates=[{"id": "scjg.food.license", "name": "食品经营许可核发", "score": 0.2984}], pending_items=shop)
    assert pending_asked(turn, real_store) is None
    reply = answer(turn, real_store)
    assert "烟草专卖零售许可" in reply.messages[0]["text"] and reply.slots.get("service_item") is None
    # without the service outside, the short message still turns to the item to come it reads
    assert pending_asked(replace(turn, text="食品证要什么", outside=None), real_store) == "scjg.food.license"


def test_another_item_called_by_its_short_name_is_that_item(real_store):
    """行驶证年检呢 while 补领行驶证's situations were asked gave the 补领 notice (the linker read 补领 at 0.42 and 年检 at
    0.26; 行驶证 chose the situation 补领、换领号牌或行驶证): 年检 is the short name of 机动车检验合格标志核发（年检）."""
    from actions.choices import option
    from actions.context import short_name_said
    held, inspect = "jiaoguan.car.reissue", "jiaoguan.car.inspect"
    options = [{**option("situation", s["name"], s["name"]), "item": held} for s in real_store.situations(held)]
    read = [{"id": held, "score": 0.4162}, {"id": inspect, "score": 0.2599}, {"id": "scjg.nianbao.submit", "score": 0.066}]
    turn = Turn(text="行驶证年检呢", intent="ask_guide", confidence=0.42, linked_item=held, item=held, in_scope=True,
                candidates=read, options=options, item_in_context=held)
    assert short_name_said(turn, real_store, held) == inspect
    assert answer(turn, real_store).slots["service_item"] == inspect
    # the item in hand named by one of its names (补办行驶证), or the short name read too faintly: not that one
    assert short_name_said(replace(turn, text="补办行驶证 年检呢"), real_store, held) is None
    assert short_name_said(replace(turn, candidates=[read[0], {"id": inspect, "score": 0.05}]), real_store, held) is None


def test_a_material_question_naming_a_word_any_name_may_have_stays_on_the_item_in_hand(real_store):
    """要医院开什么证明 after the 门诊慢特病 notice gave 异地转诊人员备案's notice: 证明 of 出生医学证明 and 还清证明, read
    besides, was taken for a word naming them. It asks for the 诊断证明 of the item in hand (r19 QA)."""
    held = "yibao.mtb.identify"
    read = [{"id": "yibao.yidi.referral", "score": 0.2921}, {"id": "weijian.birth.cert", "score": 0.1857},
            {"id": "gjj.loan.cleared_cert", "score": 0.1338}]
    turn = Turn(text="要医院开什么证明", intent="out_of_scope", confidence=0.53, linked_item=read[0]["id"],
                item=read[0]["id"], in_scope=True, candidates=read, item_in_context=held)
    reply = answer(turn, real_store)
    assert reply.slots["service_item"] == held and "诊断证明" in reply.messages[0]["text"]


def test_a_follow_up_on_a_word_of_the_item_in_hand_is_about_it(real_store):
    """那备案怎么弄 after 仅销售预包装食品经营者备案 offered 公司变更登记（备案） / 公司注销 (the department's items with 备案),
    then the 备案 items the linker read (临时外出就医, 房屋租赁, 机动车维修): it is the item in hand's own (r19 QA)."""
    from actions.context import items_of_follow_up
    from actions.offers import word_of_held_read
    held = "scjg.food.prepack"
    read = [{"id": "yibao.yidi.temp", "score": 0.2834}, {"id": "zhujian.rent.filing", "score": 0.1036},
            {"id": "jiaotong.weixiu.filing", "score": 0.0731}]
    turn = Turn(text="那备案怎么弄", intent="ask_guide", confidence=0.89, candidates=read, in_scope=True, ambiguous=True,
                item=held, item_in_context=held)
    assert items_of_follow_up(real_store, held, turn) == [] and word_of_held_read(turn, real_store, held)
    reply = answer(turn, real_store)
    assert reply.slots.get("options") is None and "仅销售预包装食品经营者备案" in reply.messages[0]["text"]
    # a word of one of them the item in hand is not called by (租房): that one's, not the item in hand
    assert not word_of_held_read(replace(turn, text="那租房备案怎么弄"), real_store, held)


def test_what_to_bring_is_no_question_whether_something_is_needed(real_store):
    """对了，我港澳通行证也要办，要带什么 after the 护照换发 notice got the passport's materials: 要带什么 was read as 要 + 带什
    + 么, a document asked whether needed (r25 QA)."""
    from actions.context import asks_if_needed
    assert not asks_if_needed("要带什么") and not asks_if_needed("对了，我港澳通行证也要办，要带什么")
    assert asks_if_needed("要带照片么") and asks_if_needed("要体检么")


def test_a_need_asked_of_another_item_turned_to_by_name_is_that_items(real_store):
    """那离婚呢 要户口本吗 after 结婚登记 got 结婚登记's FAQ on 户口本 (r32 QA): a question of 离婚登记."""
    from actions.context import item_in_hand
    read = [{"id": "minzheng.marry.divorce", "name": "内地居民离婚登记", "score": 0.54}]
    turn = Turn(text="那离婚呢 要户口本吗", intent="out_of_scope", linked_item="minzheng.marry.divorce", in_scope=True,
                candidates=read, item="minzheng.marry.divorce", item_in_context="minzheng.marry.register")
    assert item_in_hand(turn, real_store) is None
    assert item_in_hand(replace(turn, text="要户口本吗"), real_store) == "minzheng.marry.register"


def test_a_need_asked_of_what_was_said_before_is_a_need_of_the_item_in_hand():
    """那刚才说的要带照片吗 while 身份证换领's district was asked got "not in scope" (r32 QA)."""
    for text in ("那刚才说的要带照片吗", "刚才说的要照片吗", "那个要带户口本吗"):
        assert asks_if_needed(text), text
    assert not asks_if_needed("说的是真的吗")


def test_a_paper_from_the_employer_or_the_community_asked_of_is_a_material_of_the_item_in_hand(real_store):
    """那我单位开个证明行不行 while 居住证申领's districts were asked got 开具户籍类证明 (read at 0.34; r38 QA)."""
    item = "gongan.jzz.apply"
    districts = [{"kind": "district", "value": v, "title": v, "item": item} for v in ("城东区", "城西区")]
    turn = Turn(text="那我单位开个证明行不行", intent="out_of_scope", confidence=0.54, linked_item="gongan.hukou.cert",
                item="gongan.hukou.cert", item_in_context=item, in_scope=True, options=districts,
                candidates=[{"id": "gongan.hukou.cert", "name": "开具户籍类证明", "score": 0.34}])
    assert item_in_hand(turn, real_store) == item
    reply = answer(turn, real_store)
    said = reply.messages[0]["text"]   # (关于“单位” since who issues it is a point of its own; r40 QA)
    assert said.startswith("关于“") and "居住证申领的办事指南中写到" in said and "单位出具的就业证明" in said
    # (a certificate the police or an office issues is a service of its own)
    assert item_in_hand(replace(turn, text="派出所开的户籍证明怎么开"), real_store) is None


def test_that_one_before_named_goes_back_though_the_item_in_hand_shares_its_word(real_store):
    """刚才那个个体户 要本人去吗 after 个体户注销 then 企业年报 (whose situations name 个体工商户): 企业年报 answered (r42 QA)."""
    from actions.context import item_gone_back_to
    from actions.turn import Turn
    nianbao = "scjg.nianbao.submit"
    turn = Turn(text="刚才那个个体户 要本人去吗", intent="ask_proxy", confidence=0.96, item=nianbao, item_in_context=nianbao,
                items_before=["scjg.gtgsh.cancel"], linked_item="scjg.gtgsh.register", in_scope=True)
    assert item_gone_back_to(turn, real_store) == "scjg.gtgsh.cancel"


def test_going_back_to_the_list_by_its_number_is_the_lists_item(real_store):
    """回到刚才那个列表 第4个 after 孩子出生了要办啥 and its third: 出生医学证明, the item before (r49 QA)."""
    from actions.context import item_gone_back_to, pending_asked
    event = ["weijian.birth.cert", "weijian.vaccine.card", "gongan.hukou.birth", "yibao.resident.enroll",
             "shuiwu.shebaofei.resident", "renshe.shebaoka.apply", "weijian.yuer.subsidy"]
    turn = Turn(text="回到刚才那个列表 第4个", intent="choose_option", item="gongan.hukou.birth",
                item_in_context="gongan.hukou.birth", items_before=["weijian.birth.cert"], pending_items=event)
    assert item_gone_back_to(turn, real_store) is None
    assert pending_asked(turn, real_store) == "yibao.resident.enroll"


def test_a_turn_to_another_item_while_items_are_offered_is_no_statement_of_the_case(real_store):
    """算了 先说驾驶证换证吧 快到期了 to the 居住证 items got the items again and a hint to name 驾驶证换证 (r49 QA)."""
    from actions.context import statement_to_items
    offered = [{"kind": "item", "value": "gongan.jzz.apply", "title": "居住证申领"},
               {"kind": "item", "value": "gongan.jzz.endorse", "title": "居住证签注"}]
    read = [{"id": "jiaoguan.jsz.renew", "name": "机动车驾驶证有效期满换证", "score": 0.5951}]
    turn = Turn(text="算了 先说驾驶证换证吧 快到期了", intent="out_of_scope", confidence=0.4, options=offered, candidates=read,
                linked_item="jiaoguan.jsz.renew", item="jiaoguan.jsz.renew", in_scope=True,
                item_in_context="gongan.jzz.apply")
    assert statement_to_items(turn, real_store) is None
    reply = answer(turn, real_store)
    assert "驾驶证" in reply.messages[0]["text"] and "居住证签注" not in reply.messages[0]["text"]


def test_going_back_by_the_words_of_the_one_before_said_as_or_rather(real_store):
    """社保卡怎么办 → 补领 → 那个激活的怎么弄 → 还是说补领那个: "关于“说补领”，社会保障卡启用（激活）的办事指南中写到" (r57 QA)."""
    from actions.answering import Turn, answer
    before, held = "renshe.shebaoka.reissue", "renshe.shebaoka.activate"
    reply = answer(Turn(text="还是说补领那个", intent="out_of_scope", confidence=0.4, item=held, item_in_context=held,
                        aspect="guide", items_before=[f"{before}/本人补领"]), real_store)
    assert reply.slots.get("service_item") == before, reply.messages
    # 还是说 asking "or rather" is no going back
    from actions.context import item_gone_back_to
    assert item_gone_back_to(Turn(text="还是说要本人去", item=held, item_in_context=held, items_before=[before]), real_store) is None


def test_going_back_to_another_thing_after_an_aside_is_no_follow_up_of_the_aside(real_store):
    """回到刚才公积金的事，我是买房要取 after the 公积金 withdrawals were offered, then 护照's notice: the passport's materials
    again (r61 QA). Going back is a turn to something else: the withdrawal read, not the passport in hand."""
    from actions.context import switches
    assert switches("回到刚才公积金的事，我是买房要取") and switches("说回社保卡的事")
    # (刚才那个护照的地点再说一下 after 港澳通行证's items: "没有完全理解"; r68 QA) — not a question of the one in hand
    assert switches("刚才那个护照的地点再说一下") and switches("之前说的身份证呢") and not switches("刚才那个要多久")
    passport, buy = "crj.huzhao.apply", "gjj.withdraw.buy"
    turn = Turn(text="回到刚才公积金的事，我是买房要取", intent="out_of_scope", confidence=0.4, in_scope=True, linked_item=buy,
                item=buy, item_in_context=passport, situation=f"{passport}/年满16周岁的一般申请人",
                candidates=[{"id": buy, "name": real_store.item(buy)["name"], "score": 0.2}])
    assert unheard_in_hand(turn, real_store) is None
    reply = answer(turn, real_store)
    assert "护照" not in reply.messages[0]["text"] and "购买自住住房提取住房公积金" in reply.messages[0]["text"]


def test_a_state_in_brackets_is_no_short_name_of_another_item(real_store):
    """不是换，是首次申领 to 社保卡换领's situations: 普通护照签发（首次申领） by its short name in brackets (r64 QA); a state said
    is the held card's 申领."""
    replace_item = "renshe.shebaoka.replace"
    options = [option("situation", s["name"], s["name"]) for s in real_store.situations(replace_item)]
    options = [{**o, "item": replace_item} for o in options]
    turn = Turn(text="不是换，是首次申领", intent="affirm", linked_item="gongan.sfz.first", item="gongan.sfz.first",
                in_scope=True, item_in_context=replace_item, options=options,
                candidates=[{"id": "gongan.sfz.first", "score": 0.65}, {"id": "crj.huzhao.apply", "score": 0.13},
                            {"id": "renshe.shebaoka.apply", "score": 0.09}])
    reply = answer(turn, real_store)
    assert "社会保障卡申领" in reply.messages[0]["text"] and "护照" not in reply.messages[0]["text"]


def test_an_aspect_asked_with_a_bare_ne_is_of_the_item_in_hand(real_store):
    """材料呢 after 低保's conditions: 结婚登记 and 离婚登记, whose aliases say 材料, offered (r66 QA); the 低保 materials."""
    dibao = "minzheng.dibao.apply"
    reply = answer(Turn(text="材料呢", intent="ask_materials", item=dibao, item_in_context=dibao, aspect="conditions"),
                   real_store)
    text = "\n".join(m["text"] for m in reply.messages)
    assert "最低生活保障" in text and "结婚登记" not in text


def test_a_need_question_of_a_material_its_guide_does_not_list_while_its_situation_is_asked_is_answered(real_store):
    """火化证明要不要 while 死亡证明's situations are asked (户口注销 to come): "抱歉，我没有完全理解" and the question again (r68
    QA); what its guide lists, then the question again."""
    cert = "weijian.death.cert"
    situations = [{**option("situation", s["name"], s["name"]), "item": cert} for s in real_store.situations(cert)]
    reply = answer(Turn(text="火化证明要不要", intent="ask_materials", item=cert, item_in_context=cert,
                        linked_item="minzheng.binzang.cremation", in_scope=True, options=situations,
                        pending_items=["gongan.hukou.cancel"],
                        candidates=[{"id": "minzheng.binzang.cremation", "name": "遗体接运火化", "score": 0.9}]), real_store)
    texts = [m.get("text") or "" for m in reply.messages]
    assert "没有完全理解" not in "".join(texts) and "申请材料有" in texts[0]
    assert reply.slots.get("options", situations) == situations
