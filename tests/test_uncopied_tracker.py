"""``use_uncopied_trackers_for_reading_actions``: actions that only read the tracker get the
tracker itself (nothing they see differs from the copy Rasa would make); anything else still
gets a copy. Runs Rasa's MessageProcessor._run_action on the trained model's processor."""
import asyncio

import pytest

from support import REPO

MODEL = REPO / "models" / "assistant.tar.gz"


@pytest.fixture(scope="module")
def processor():
    if not MODEL.exists():
        pytest.fail(f"{MODEL} is missing: run 'make model'")
    from rasa.core.agent import load_agent

    from bot.rasa_patches import use_turn_events_for_actions, use_uncopied_trackers_for_reading_actions

    use_turn_events_for_actions()
    use_uncopied_trackers_for_reading_actions()
    processor = asyncio.run(load_agent(model_path=str(MODEL))).processor
    DOMAIN_SLOTS[:] = processor.domain.slots
    return processor


DOMAIN_SLOTS = []   # filled by the processor fixture: the trained domain's slots


def conversation(*extra):
    from rasa.shared.core.events import ActionExecuted, BotUttered, SessionStarted, SlotSet, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    parse = {"intent": {"name": "ask_fee", "confidence": 0.9}, "entities": [], "service_items": [{"id": "a"}]}
    return DialogueStateTracker.from_events("reader", [
        ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen"),
        UserUttered("身份证丢了", {"name": "ask_guide", "confidence": 1.0}), ActionExecuted("action_answer"),
        SlotSet("service_item", "gongan.sfz.reissue"), BotUttered("…"), ActionExecuted("action_listen"),
        *extra, UserUttered("要钱吗", parse_data=parse),
    ], slots=DOMAIN_SLOTS)


def run(processor, action, tracker, events=()):
    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.policies.policy import PolicyPrediction

    prediction = PolicyPrediction([1.0], "RecentRulePolicy", events=list(events))
    return asyncio.run(processor._run_action(action, tracker, CollectingOutputChannel(), processor.nlg, prediction))


def recording_remote_action(seen):
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.events import BotUttered, SlotSet
    from rasa.utils.endpoints import EndpointConfig

    action = RemoteAction("action_answer", EndpointConfig("http://127.0.0.1:1/webhook", send_events="turn"))

    async def run_(output_channel, nlg, tracker, domain):
        seen.append((tracker, action._action_call_format(tracker, domain)))
        return [SlotSet("aspect", "fee"), BotUttered("免费")]

    action.run = run_
    return action


def test_the_action_server_call_reads_the_tracker_itself_and_sends_what_a_copy_would(processor):
    seen = []
    tracker = conversation()
    expected = recording_remote_action([])._action_call_format(tracker.copy(), processor.domain)
    run(processor, recording_remote_action(seen), tracker)
    (given, payload), = seen
    assert given is tracker and payload == expected
    assert "copy" not in tracker.__dict__                       # the method again
    assert tracker.get_slot("aspect") == "fee" and tracker.latest_bot_utterance.text == "免费"
    assert [type(e).__name__ for e in list(tracker.events)[-3:]] == ["ActionExecuted", "SlotSet", "BotUttered"]


def test_listen_and_responses_read_the_tracker_itself(processor):
    from rasa.core.actions.action import ActionBotResponse, ActionListen

    for action in (ActionListen(), ActionBotResponse("utter_greet")):
        tracker = conversation()
        copies = []
        original = tracker.copy
        tracker.copy = lambda: copies.append(1) or original()   # noqa: E731  counts real copies
        run(processor, action, tracker)
        assert copies == [], action.name()


def test_a_copy_when_the_prediction_has_events_or_a_followup_or_another_action(processor):
    from rasa.core.actions.action import ActionSessionStart
    from rasa.shared.core.events import FollowupAction, SlotSet

    seen = []
    trackers = [conversation(), conversation(FollowupAction("action_answer"))]
    run(processor, recording_remote_action(seen), trackers[0], events=[SlotSet("district", "x")])
    run(processor, recording_remote_action(seen), trackers[1])
    assert all(given is not tracker for (given, _), tracker in zip(seen, trackers))
    assert all("copy" not in tracker.__dict__ for tracker in trackers)
    assert seen[0][1]["tracker"]["slots"]["district"] == "x"     # the copy got the prediction's events
    districts = [e for e in trackers[0].events if isinstance(e, SlotSet) and e.key == "district"]
    assert len(districts) == 1                                   # logged once, by Rasa, on the tracker

    tracker = conversation()
    copies = []
    original = tracker.copy
    tracker.copy = lambda: copies.append(1) or original()   # noqa: E731
    run(processor, ActionSessionStart(), tracker)
    assert copies == [1]


def test_a_featurization_event_of_the_prediction_is_logged_where_rasa_logs_it_and_sent_as_a_copy_would(processor):
    from rasa.shared.core.events import ActionExecuted, BotUttered, DefinePrevUserUtteredFeaturization, SlotSet

    seen = []
    tracker = conversation()
    before = list(tracker.events)
    flag = DefinePrevUserUtteredFeaturization(False)
    rasa_copy = tracker.copy()   # what Rasa hands the action: a copy with the prediction's events
    rasa_copy.update_with_events([DefinePrevUserUtteredFeaturization(False)], processor.domain)
    expected = recording_remote_action([])._action_call_format(rasa_copy, processor.domain)
    run(processor, recording_remote_action(seen), tracker, events=[flag])
    (given, payload), = seen
    assert given is tracker
    for sent in (payload, expected):   # the times the events were logged
        sent["tracker"].pop("latest_event_time")
        for event in sent["tracker"]["events"]:
            event.pop("timestamp")
    assert payload == expected
    after = list(tracker.events)
    assert after[:len(before)] == before
    assert [type(e) for e in after[len(before):]] == [DefinePrevUserUtteredFeaturization, ActionExecuted, SlotSet, BotUttered]
    assert after[len(before)] is flag and after[len(before) + 1].action_name == "action_answer"


def test_a_rejected_reader_logs_none_of_the_predictions_events(processor):
    from rasa.core.actions.action import ActionExecutionRejection
    from rasa.shared.core.events import ActionExecutionRejected, DefinePrevUserUtteredFeaturization

    action = recording_remote_action([])

    async def reject(output_channel, nlg, tracker, domain):
        raise ActionExecutionRejection("action_answer")

    action.run = reject
    tracker = conversation()
    before = list(tracker.events)
    run(processor, action, tracker, events=[DefinePrevUserUtteredFeaturization(False)])
    after = list(tracker.events)
    assert after[:len(before)] == before
    assert [type(e) for e in after[len(before):]] == [ActionExecutionRejected]
