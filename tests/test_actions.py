"""Actions through rasa_sdk: CollectingDispatcher and a tracker, as the server runs them."""
import re
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

import actions.actions as module
from actions.actions import ActionAnswer, ActionHandOff, turn_from_tracker

from support import REPO


@pytest.fixture(autouse=True)
def use_fixture_store(fixture_store, monkeypatch):
    monkeypatch.setattr(module, "_store", fixture_store)


def tracker(text, intent, slots=None, entities=None, **message):
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": entities or [], **message}
    return Tracker.from_dict({
        "sender_id": "test", "slots": slots or {}, "latest_message": latest, "events": [],
        "paused": False, "followup_action": None, "active_loop": {}, "latest_action_name": "action_listen",
    })


def test_answer_materials_for_a_linked_item():
    dispatcher = CollectingDispatcher()
    events = ActionAnswer().run(dispatcher, tracker(
        "居住证要带什么", "ask_materials", {"service_item": "gongan.jzz.apply"},
        [{"entity": "service_item", "value": "gongan.jzz.apply"}],
    ), {})
    assert [m["text"].splitlines()[0] for m in dispatcher.messages] == ["居住证申领需要以下材料（共1项）："]
    assert events == [SlotSet("aspect", "materials"), SlotSet("item_in_context", "gongan.jzz.apply")]


def test_answer_asks_which_item_with_buttons():
    dispatcher = CollectingDispatcher()
    candidates = [{"id": "gongan.sfz.reissue", "name": "居民身份证补领", "score": 0.4},
                  {"id": "gongan.jzz.apply", "name": "居住证申领", "score": 0.39}]
    events = ActionAnswer().run(dispatcher, tracker(
        "证件怎么办", "ask_guide", service_items=candidates, item_in_scope=True, item_ambiguous=True), {})
    assert dispatcher.messages[0]["buttons"] == [
        {"title": "居民身份证补领", "payload": "1"}, {"title": "居住证申领", "payload": "2"}]
    assert SlotSet("aspect", "guide") in events


def test_answer_names_the_department_of_a_service_outside_the_catalog():
    dispatcher = CollectingDispatcher()
    outside = {"name": "商标注册", "department": "知识产权部门"}
    events = ActionAnswer().run(dispatcher, tracker(
        "商标注册去哪申请", "ask_place", {"service_item": "gongan.jzz.apply"}, item_in_scope=False,
        service_items=[{"id": "gongan.jzz.apply", "name": "居住证申领", "score": 0.3}], outside_service=outside), {})
    assert "“商标注册”不在我能解答" in dispatcher.messages[0]["text"]
    assert "知识产权部门" in dispatcher.messages[0]["text"]
    assert events == [SlotSet("outside_in_context", outside), SlotSet("item_in_context", "gongan.jzz.apply")]


def test_the_service_outside_the_catalog_is_kept_for_its_follow_ups_and_dropped_after_an_item():
    """户口本丢了咋补 (outside), then 要钱不: still that service (was "这几项的收费标准都是：不收费" of two
    items nobody asked about; r15 QA); then 居住证怎么办: that item, and the service forgotten."""
    outside = {"name": "户口簿遗失补领", "department": "公安机关（户政部门）"}
    dispatcher = CollectingDispatcher()
    candidates = [{"id": "gongan.jzz.apply", "name": "居住证申领", "score": 0.3}]
    events = ActionAnswer().run(dispatcher, tracker(
        "要钱不", "ask_fee", {"outside_in_context": outside}, service_items=candidates), {})
    text = dispatcher.messages[0]["text"]
    assert "“户口簿遗失补领”" in text and "它的收费" in text and "公安机关（户政部门）" in text
    assert "居住证" not in text and SlotSet("outside_in_context", outside) in events
    dispatcher = CollectingDispatcher()
    events = ActionAnswer().run(dispatcher, tracker(
        "居住证怎么办", "ask_guide", {"outside_in_context": outside, "service_item": "gongan.jzz.apply"},
        [{"entity": "service_item", "value": "gongan.jzz.apply"}], item_in_scope=True), {})
    assert dispatcher.messages[0]["text"].startswith("【一次性告知】居住证申领")
    assert SlotSet("outside_in_context", None) in events
    dispatcher = CollectingDispatcher()   # a malformed slot is no service
    ActionAnswer().run(dispatcher, tracker("要钱不", "ask_fee", {"outside_in_context": "户口簿"}), {})
    assert "户口簿" not in dispatcher.messages[0]["text"]


def test_the_danger_answered_is_kept_for_the_message_after_it_and_dropped_after_a_service():
    """老公又打我了, then 我不敢报警 怎么办: still the violence (where else to turn; r29 QA); then 居住证怎么办: that item."""
    dispatcher = CollectingDispatcher()
    events = ActionAnswer().run(dispatcher, tracker("老公又打我了", "out_of_scope"), {})
    assert "110" in dispatcher.messages[0]["text"] and SlotSet("danger", "violence") in events
    dispatcher = CollectingDispatcher()
    events = ActionAnswer().run(dispatcher, tracker("我不敢报警 怎么办", "ask_conditions", {"danger": "violence"}), {})
    assert "12338" in dispatcher.messages[0]["text"] and SlotSet("danger", "violence") in events
    dispatcher = CollectingDispatcher()
    events = ActionAnswer().run(dispatcher, tracker(
        "居住证怎么办", "ask_guide", {"danger": "violence", "service_item": "gongan.jzz.apply"},
        [{"entity": "service_item", "value": "gongan.jzz.apply"}], item_in_scope=True), {})
    assert dispatcher.messages[0]["text"].startswith("【一次性告知】居住证申领") and SlotSet("danger", None) in events


def test_a_malformed_outside_field_is_ignored():
    dispatcher = CollectingDispatcher()
    ActionAnswer().run(dispatcher, tracker(
        "居住证怎么办", "ask_guide", {"service_item": "gongan.jzz.apply"},
        [{"entity": "service_item", "value": "gongan.jzz.apply"}], outside_service="电动车"), {})
    assert dispatcher.messages[0]["text"].startswith("【一次性告知】居住证申领")


def test_a_district_in_the_message_asks_for_the_place_there():
    dispatcher = CollectingDispatcher()
    slots = {"service_item": "gongan.sfz.reissue", "situation": "gongan.sfz.reissue/本地补领",
             "aspect": "fee", "district": "城西区"}
    events = ActionAnswer().run(dispatcher, tracker("城西区", "inform", slots, [{"entity": "district", "value": "城西区"}]), {})
    assert dispatcher.messages[0]["text"].startswith("居民身份证补领的办理地点") \
        and events == [SlotSet("aspect", "place"), SlotSet("item_in_context", "gongan.sfz.reissue")]
    dispatcher = CollectingDispatcher()   # the district slot alone (from an earlier message): the aspect in context
    ActionAnswer().run(dispatcher, tracker("好的", "inform", slots), {})
    assert dispatcher.messages[0]["text"].startswith("居民身份证补领的收费标准")


def test_answer_guide_sends_the_notice_with_structured_data():
    dispatcher = CollectingDispatcher()
    ActionAnswer().run(dispatcher, tracker(
        "居住证怎么办", "ask_guide", {"service_item": "gongan.jzz.apply"},
        [{"entity": "service_item", "value": "gongan.jzz.apply"}]), {})
    message = dispatcher.messages[0]
    assert message["text"].startswith("【一次性告知】居住证申领")
    assert message["custom"]["data"]["notice"]["item_id"] == "gongan.jzz.apply"


def test_items_named_together_are_kept_in_a_slot_and_recalled_after_the_notice():
    named = [{"id": "gongan.jzz.apply", "name": "居住证申领", "score": 0.5},
             {"id": "gongan.sfz.reissue", "name": "居民身份证补领", "score": 0.2}]
    dispatcher = CollectingDispatcher()
    events = ActionAnswer().run(dispatcher, tracker(
        "办居住证，还有身份证丢了", "ask_guide", {"service_item": "gongan.jzz.apply", "district_declined": True},
        [{"entity": "service_item", "value": "gongan.jzz.apply"}], named_items=named + ["bad"]), {})
    assert dispatcher.messages[0]["text"].startswith("【一次性告知】居住证申领")
    assert dispatcher.messages[-1]["buttons"] == [{"title": "居民身份证补领", "payload": "居民身份证补领"}]
    assert SlotSet("pending_items", ["gongan.sfz.reissue"]) in events


def test_knowledge_base_failure_gets_an_apology(monkeypatch):
    monkeypatch.setattr(module, "_store", None)
    monkeypatch.setattr(module, "from_environment", lambda: type("S", (), {"knowledge_db": Path("/nonexistent.db")})())
    dispatcher = CollectingDispatcher()
    assert ActionAnswer().run(dispatcher, tracker("身份证", "ask_guide"), {}) == []
    assert "12345" in dispatcher.messages[0]["text"]


def test_hand_off_marks_the_conversation():
    dispatcher = CollectingDispatcher()
    events = ActionHandOff().run(dispatcher, tracker("转人工", "request_human"), {})
    assert events == [SlotSet("handoff_requested", True)]
    assert "12345" in dispatcher.messages[0]["text"]
    assert "已为您转" not in dispatcher.messages[0]["text"]   # no one is put through from the chat


def test_domain_actions_match_action_classes():
    domain = yaml.safe_load((REPO / "domain.yml").read_text(encoding="utf-8"))
    custom = {a for a in domain["actions"] if not a.startswith("utter_")}
    classes = {cls().name() for cls in Action.__subclasses__() if cls.__module__ == "actions.actions"}
    assert custom == classes


def test_every_response_and_rule_action_is_in_the_domain():
    domain = yaml.safe_load((REPO / "domain.yml").read_text(encoding="utf-8"))
    from rasa.shared.core.constants import DEFAULT_ACTION_NAMES

    known = set(domain["actions"]) | set(domain["responses"]) | set(DEFAULT_ACTION_NAMES)  # action_restart
    text = "".join(p.read_text(encoding="utf-8") for p in (REPO / "data").rglob("*.yml"))
    used = set(re.findall(r"action: (\w+)", text))
    assert used <= known


def test_the_turn_carries_the_intents_confidence():
    latest = tracker("要登报吗", "ask_fee")
    latest.latest_message["intent"]["confidence"] = 0.18
    assert turn_from_tracker(latest).confidence == 0.18
    latest.latest_message["intent"] = {"name": "ask_fee"}   # none given (a message sent with an intent)
    assert turn_from_tracker(latest).confidence == 1.0


def test_the_item_in_context_is_kept_for_the_next_turn():
    dispatcher = CollectingDispatcher()
    events = ActionAnswer().run(dispatcher, tracker(
        "居住证要带什么", "ask_materials", {"service_item": "gongan.jzz.apply"},
        [{"entity": "service_item", "value": "gongan.jzz.apply"}]), {})
    assert SlotSet("item_in_context", "gongan.jzz.apply") in events
    events = ActionAnswer().run(CollectingDispatcher(), tracker(
        "要多久", "ask_time_limit", {"service_item": "gongan.jzz.apply", "item_in_context": "gongan.jzz.apply"}), {})
    assert not any(e["name"] == "item_in_context" for e in events)   # unchanged: no event


def test_the_item_left_is_kept_with_its_situation_among_the_items_before():
    slots = {"service_item": "gongan.jzz.apply", "item_in_context": "gongan.sfz.reissue",
             "situation": "gongan.sfz.reissue/异地补领", "items_before": ["x.y"]}
    events = ActionAnswer().run(CollectingDispatcher(), tracker(
        "居住证要带什么", "ask_materials", slots, [{"entity": "service_item", "value": "gongan.jzz.apply"}]), {})
    assert SlotSet("items_before", ["x.y", "gongan.sfz.reissue/异地补领"]) in events
    assert turn_from_tracker(tracker("还是说回身份证", "ask_guide", {"items_before": ["a", 3]})).items_before == ["a"]


def test_the_turn_reads_the_callers_words_without_the_agents_frame():
    """市民说她家有一辆旧面包车，还能申请吗 was answered 关于“市民”…: the frame read as the point."""
    turn = turn_from_tracker(tracker("市民说她家有一辆旧面包车，还能申请吗", "out_of_scope"))
    assert turn.text == "她家有一辆旧面包车，还能申请吗"


def test_the_turn_reads_the_text_as_the_linker_read_it():
    """gongjijin: the linker reads 公积金 (text_read); the answer's topics and words see that."""
    assert turn_from_tracker(tracker("gongjijin", "affirm", text_read="公积金")).text == "公积金"
    assert turn_from_tracker(tracker("公积金", "ask_guide")).text == "公积金"


def test_pinyin_read_as_chinese_gets_no_english_line(real_store, monkeypatch):
    monkeypatch.setattr(module, "_store", real_store)
    dispatcher = CollectingDispatcher()
    ActionAnswer().run(dispatcher, tracker("gongjijin", "affirm", text_read="公积金"), {})
    texts = "\n".join(m["text"] for m in dispatcher.messages)
    assert "Sorry" not in texts and "公积金" in texts


def test_the_turn_reads_dialect_words_in_their_common_form():
    """户口本要唔要 after the 结婚登记 notice offered 户口 items (the NLU read 要不要, the action 要唔要; r20 QA)."""
    assert turn_from_tracker(tracker("户口本要唔要", "ask_materials")).text == "户口本要不要"
    assert turn_from_tracker(tracker("星期六开唔开门", "ask_place")).text == "星期六开不开门"


def test_by_when_what_if_not_and_a_kind_of_place_after_a_service_outside_stay_with_it():
    """户口本丢了 (outside), then 多久之内必须补啊 不补会咋样 got a guess at 个税汇算, and 能在社区办吗 its online entry (r32 QA)."""
    outside = {"name": "户口簿遗失补领", "department": "公安机关（户政部门）"}
    for text, intent in (("多久之内必须补啊 不补会咋样", "out_of_scope"), ("能在社区办吗", "ask_online")):
        dispatcher = CollectingDispatcher()
        events = ActionAnswer().run(dispatcher, tracker(text, intent, {"outside_in_context": outside}), {})
        assert "户口簿遗失补领" in dispatcher.messages[0]["text"] and "公安机关" in dispatcher.messages[0]["text"], text
        assert SlotSet("outside_in_context", outside) in events


def test_the_last_answer_is_said_again_as_it_was_with_what_it_held():
    """身份证丢了, then 刚才说的再说一遍 (r83 QA: "抱歉，我没有完全理解"): the same messages and buttons, the options kept."""
    dispatcher = CollectingDispatcher()
    first = tracker("身份证丢了", "ask_guide", {"service_item": "gongan.sfz.reissue"},
                    [{"entity": "service_item", "value": "gongan.sfz.reissue"}], item_in_scope=True)
    slot_events = ActionAnswer().run(dispatcher, first, {})
    said = dispatcher.messages
    assert said and said[0]["buttons"]
    events = [{"event": "user", "text": "身份证丢了"},
              *({"event": "bot", "text": m["text"], "data": {"buttons": m["buttons"], "custom": m["custom"]}}
                for m in said),
              {"event": "action", "name": "action_listen"}, {"event": "user", "text": "刚才说的再说一遍"}]
    slots = {e["name"]: e["value"] for e in (s for s in slot_events)}
    again = Tracker.from_dict({
        "sender_id": "test", "slots": slots, "events": events, "paused": False, "followup_action": None,
        "active_loop": {}, "latest_action_name": "action_listen",
        "latest_message": {"text": "刚才说的再说一遍", "intent": {"name": "inform", "confidence": 1.0}, "entities": []},
    })
    dispatcher = CollectingDispatcher()
    events_after = ActionAnswer().run(dispatcher, again, {})
    assert dispatcher.messages[0]["text"] == "好的，我再说一遍："
    assert [(m["text"], m["buttons"]) for m in dispatcher.messages[1:]] == [(m["text"], m["buttons"]) for m in said]
    assert not any(e["name"] in ("options", "service_item") for e in events_after)   # what it asked still stands


def test_said_again_with_nothing_said_before_is_not_understood_as_one():
    dispatcher = CollectingDispatcher()
    ActionAnswer().run(dispatcher, tracker("再说一遍", "inform"), {})
    assert "再说一遍" not in dispatcher.messages[0]["text"]


def test_a_message_in_traditional_characters_is_read_in_simplified_ones():
    """網上有個人一直叫我兒子偷偷出去見面 (r84 QA: "not in scope"; its simplified twin got the danger's answer)."""
    dispatcher = CollectingDispatcher()
    ActionAnswer().run(dispatcher, tracker("網上有個人一直叫我兒子偷偷出去見面，還說不要告訴爸媽", "out_of_scope"), {})
    assert "12355" in dispatcher.messages[0]["text"]
