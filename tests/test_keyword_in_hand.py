"""A keyword typed alone on the item in hand (体检 to 教师资格认定's situations) asks what its
guide says of it, though the linker reads another item (the 健康证)."""
import pytest

from actions.answering import Turn, answer
from actions.choices import option
from actions.points import keyword_of_held

TEACHER = "jiaoyu.teacher.cert"
DEDUCT = "shuiwu.geshui.deduct"
HEALTH = "weijian.health.cert"


def _situations(store, item_id):
    return [{**option("situation", s["name"], s["name"]), "item": item_id} for s in store.situations(item_id)]


def _keyword(text, read, score, **context):
    return Turn(text=text, intent="inform", confidence=0.4, linked_item=read, item=read, in_scope=True,
                candidates=[{"id": read, "score": score}], aspect="guide", **context)


def test_a_keyword_to_the_situations_gets_the_guides_lines_on_it_and_the_other_item_one_tap_away(real_store):
    options = _situations(real_store, TEACHER)
    turn = _keyword("体检", HEALTH, 0.64, options=options, item_in_context=TEACHER)
    assert keyword_of_held(turn, real_store, TEACHER)
    reply = answer(turn, real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("关于“体检”，教师资格认定的办事指南中写到") and "指定医院" in texts[0]
    assert any(t.startswith("另外，教师资格认定在不同情形下") for t in texts)   # the question again
    assert "健康证" in texts[-1] and reply.messages[-1]["buttons"][0]["payload"].startswith("食品行业")
    assert reply.slots["service_item"] == TEACHER


def test_a_keyword_after_a_notice_read_unsurely_as_another_item_gets_no_hint(real_store):
    turn = _keyword("房贷利息", "renshe.chuangye.loan", 0.37, item_in_context=DEDUCT)
    reply = answer(turn, real_store)
    texts = [m["text"] for m in reply.messages]
    # what its guide or its FAQ says of 住房贷款利息
    assert texts[0].startswith("关于") and "个人所得税专项附加扣除" in texts[0] and "住房贷款利息" in texts[0]
    assert not any("创业担保贷款" in t for t in texts)
    assert reply.slots["service_item"] == DEDUCT


@pytest.mark.parametrize("text, read", [
    ("离婚", "minzheng.marry.divorce"),       # part of the name of the item read: 内地居民离婚登记
    ("体检要去哪", HEALTH),                   # a question: the usual ways decide
    ("健康证", HEALTH),                       # names the item read
    ("那体检呢", HEALTH),                     # a turn to something else
    ("户口", "gongan.hukou.reissue"),         # a topic's word (户口), not a document's name
    ("营业执照", "scjg.gtgsh.register"),      # the guide in hand says nothing of it
])
def test_other_keywords_are_not(real_store, text, read):
    held = "minzheng.marry.register" if text == "离婚" else TEACHER
    assert not keyword_of_held(_keyword(text, read, 0.6, item_in_context=held), real_store, held)


def test_not_while_items_are_offered_to_choose_from(real_store):
    items = [option("item", TEACHER, "教师资格认定"), option("item", HEALTH, "健康证")]
    assert not keyword_of_held(_keyword("体检", HEALTH, 0.64, options=items, item_in_context=TEACHER),
                               real_store, TEACHER)


def test_a_keyword_read_as_a_yes_or_not_understood_gets_the_guides_lines_on_it(real_store):
    """照片 after the 护照换发 notice was "好的。还有其他要办理的事项吗" (affirm at 0.26), the notice again, or
    "没有完全理解" while a situation was asked; a word that says yes or no stays one."""
    renew = "crj.huzhao.renew"
    turn = Turn(text="照片", intent="affirm", confidence=0.26, in_scope=True, ambiguous=True, item=renew,
                candidates=[{"id": "minzheng.marry.reissue", "score": 0.12}], aspect="guide", item_in_context=renew)
    assert keyword_of_held(turn, real_store, renew)
    assert answer(turn, real_store).messages[0]["text"].startswith("关于“照片”，普通护照换发的办事指南中写到")
    for text in ("好的", "没有", "可以", "不用了"):
        assert not keyword_of_held(Turn(text=text, intent="affirm", confidence=0.9, item=renew, item_in_context=renew),
                                   real_store, renew), text
    # a keyword its guide says nothing of: the usual answer (体检 after the 护照 notice), but a service asked
    # by its word alone (加急 was "好的。还有其他要办理的事项吗") is told that the guide does not say
    assert not keyword_of_held(Turn(text="体检", intent="affirm", confidence=0.26, item=renew, item_in_context=renew),
                               real_store, renew)
    urgent = Turn(text="加急", intent="affirm", confidence=0.26, item=renew, item_in_context=renew)
    assert keyword_of_held(urgent, real_store, renew)
    assert answer(urgent, real_store).messages[0]["text"].startswith("普通护照换发的办事指南中没有写到这一点")


def test_a_service_word_alone_is_asked_of_the_item_in_hand_though_another_items_name_holds_it(real_store):
    """有效期 after the 护照 notice offered 护照 / 驾驶证有效期满换证 / 社保卡换领 (it read as "有…": a yes); after
    the 驾驶证 notice too (a word of the item's own name was no point of its guide)."""
    renew, licence = "crj.huzhao.renew", "jiaoguan.jsz.renew"
    others = [{"id": renew, "score": 0.24}, {"id": licence, "score": 0.14}, {"id": "renshe.shebaoka.replace", "score": 0.11}]
    for held, line in ((renew, "剩余有效期不少于6个月"), (licence, "驾驶证有效期为6年")):
        turn = Turn(text="有效期", intent="deny", confidence=0.18, in_scope=True, ambiguous=True, item=held,
                    candidates=others, aspect="guide", item_in_context=held)
        assert keyword_of_held(turn, real_store, held), held
        text = answer(turn, real_store).messages[0]["text"]
        assert text.startswith("关于“有效期”") and line in text, text


def test_a_documents_name_that_is_a_topics_word_gets_the_guides_lines_then_the_topic_one_tap_away(real_store):
    """户口本 after the 结婚登记 notice was the 户口 topic's menu; the guide says it is no longer needed."""
    marry = "minzheng.marry.register"
    turn = _keyword("户口本", "gongan.hukou.reissue", 0.3, item_in_context=marry)
    assert keyword_of_held(turn, real_store, marry)
    reply = answer(turn, real_store)
    texts = [m["text"] for m in reply.messages]
    assert texts[0].startswith("关于“户口本”，内地居民结婚登记的办事指南中写到") and "不再需要户口簿" in texts[0]
    assert "户口方面的业务" in texts[-1] and reply.messages[-1]["buttons"] == [{"title": "户口", "payload": "户口"}]


def test_whether_something_is_needed_is_answered_from_the_guides_lines_though_read_as_an_aspect(real_store):
    """要现场核查吗 after the 食品经营许可 notice (ask_online at 0.51, by 现场) got its online entry (r19 QA): the
    guide's lines on 现场核查 (staff come to the premises; 5 working days include it)."""
    from actions.answering import Turn, answer
    item = "scjg.food.license"
    turn = Turn(text="要现场核查吗", intent="ask_online", confidence=0.51, item=item, item_in_context=item,
                situation=f"{item}/餐饮服务经营者（含单位食堂）", aspect="guide",
                candidates=[{"id": "qita.paiwu.permit", "score": 0.23}])
    said = answer(turn, real_store).messages[0]["text"]
    assert said.startswith("关于“核查”，食品经营许可核发的办事指南中写到") and "现场核查" in said
