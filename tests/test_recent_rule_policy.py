"""RecentRulePolicy: the rules see the same recent states as RulePolicy's full history, and
it predicts what RulePolicy predicts on long conversations."""
import json
from pathlib import Path

import pytest
from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import (ActionExecuted, ActionReverted, ActiveLoop, BotUttered, Restarted, SessionStarted,
                                     SlotSet, UserUtteranceReverted, UserUttered)
from rasa.shared.core.generator import TrainingDataGenerator
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.core.training_data.story_reader.yaml_story_reader import YAMLStoryReader
from rasa.shared.core.training_data.structures import StoryGraph

from bot.recent_rule_policy import KeptReplays, RecentRulePolicy, copy_states, recent_states

REPO = Path(__file__).resolve().parents[1]
INTENTS = ["ask_guide", "choose_option", "ask_time_limit", "greet", "out_of_scope", "thanks", "ask_place"]


@pytest.fixture(scope="module")
def domain():
    return Domain.load(REPO / "domain.yml")


def user(intent, text="x", item=None):
    entities = [{"entity": "service_item", "value": item, "start": 0, "end": 1}] if item else []
    return UserUttered(text, {"name": intent, "confidence": 1.0}, entities)


def conversation(turns: int, restart_at: int = -1):
    events = [ActionExecuted("action_session_start"), SessionStarted(), ActionExecuted("action_listen")]
    for n in range(turns):
        if n == restart_at:
            events += [Restarted(), ActionExecuted("action_listen")]
        intent = INTENTS[n % len(INTENTS)]
        events += [user(intent, item="gongan.sfz.reissue" if n % 3 == 0 else None),
                   ActionExecuted("action_answer"), BotUttered("ok"),
                   SlotSet("service_item", "gongan.sfz.reissue" if n % 2 else None),
                   ActionExecuted("action_listen")]
    return DialogueStateTracker.from_events("s", events)


@pytest.mark.parametrize("turns, restart_at", [(0, -1), (1, -1), (3, -1), (12, -1), (12, 5)])
def test_recent_states_are_the_end_of_past_states(domain, turns, restart_at):
    tracker = conversation(turns, restart_at)
    full = tracker.past_states(domain)
    for keep in (1, 2, 3, 5, len(full), len(full) + 3):
        assert recent_states(tracker, domain, keep) == full[-keep:]


@pytest.mark.parametrize("keep", [1, 2, 3, 5])
def test_kept_replays_give_the_states_of_a_full_replay_as_a_conversation_grows(domain, keep):
    """Event by event, with restarts, reverts, a new session and a form among them; also a
    second tracker object of the same conversation and another conversation in between."""
    replays = KeptReplays(size=2)
    tracker = DialogueStateTracker.from_events("s", [ActionExecuted("action_session_start"), SessionStarted(),
                                                     ActionExecuted("action_listen")])
    other = conversation(3)
    extra = [Restarted(), ActionExecuted("action_listen"), user("greet"), ActionReverted(),
             UserUtteranceReverted(), SessionStarted(), ActiveLoop("some_form"), ActiveLoop(None)]
    steps = list(conversation(6).events)[3:]
    for n, event in enumerate(steps + extra + steps[:12]):
        tracker.update(event)
        assert replays.states(tracker, domain, keep) == recent_states(tracker, domain, keep), (n, event)
        if n % 7 == 0:   # another conversation, and a copy of this one (same events, new object)
            assert replays.states(other, domain, keep) == recent_states(other, domain, keep)
            copied = tracker.copy()
            assert replays.states(copied, domain, keep) == recent_states(copied, domain, keep)
    assert len(replays._kept) <= 2


def test_kept_replays_continue_from_the_kept_replay(domain, monkeypatch):
    replays = KeptReplays()
    tracker = conversation(20)
    replays.states(tracker, domain, 3)
    monkeypatch.setattr(DialogueStateTracker, "applied_events", lambda self: pytest.fail("replayed from the start"))
    tracker.update(user("ask_guide"))
    assert replays.states(tracker, domain, 3)[-1]["user"]["intent"] == "ask_guide"


def test_recent_history_hands_out_copies_of_the_kept_states(domain):
    from bot.recent_rule_policy import _RecentHistory

    tracker = conversation(5)
    history = _RecentHistory(tracker, 3, KeptReplays())
    first = history.past_states(domain)
    expected = recent_states(tracker, domain, 3)
    assert first == expected
    for state in first:   # what a featurizer may do to what it was given
        state.clear()
    assert history.past_states(domain) == expected


def test_copy_states_is_a_deep_copy_of_dialogue_states(domain):
    import copy

    states = conversation(12, 5).past_states(domain) + [
        {"user": {"intent": "ask_guide", "entities": ("service_item",)}, "slots": {"x": (1.0, 0.0)},
         "active_loop": {"name": "form"}, "prev_action": {"action_name": "action_listen"}}]
    copied = copy_states(states)
    assert copied == copy.deepcopy(states)
    leaves = [v for state in states for sub in state.values() for v in sub.values()]
    assert leaves and all(isinstance(v, (str, int, float, bool, tuple)) for v in leaves)  # immutable: 2 levels suffice
    copied[-1]["user"].pop("intent")
    copied[-2].clear()
    assert states[-1]["user"]["intent"] == "ask_guide" and states[-2]


@pytest.fixture(scope="module")
def policies(domain, tmp_path_factory):
    steps = YAMLStoryReader(domain).read_from_file(REPO / "data" / "rules" / "rules.yml")
    trackers = TrainingDataGenerator(StoryGraph(steps), domain, augmentation_factor=0).generate()
    trained = []
    for cls in (RulePolicy, RecentRulePolicy):
        storage = LocalModelStorage(tmp_path_factory.mktemp(cls.__name__))
        config = {**cls.get_default_config(), "core_fallback_action_name": "action_answer",
                  "core_fallback_threshold": 0.3, "enable_fallback_prediction": True}
        policy = cls.create(config, storage, Resource(cls.__name__), ExecutionContext(GraphSchema({}), "test"))
        policy.train(trackers, domain)
        trained.append(policy)
    return trained


def test_predicts_like_rule_policy_on_long_conversations(domain, policies):
    rule, recent = policies
    assert 2 <= recent.states_needed() <= 6
    for turns in (1, 4, 30):
        tracker = conversation(turns)
        for intent in INTENTS:
            tracker.update(user(intent))
            expected = rule.predict_action_probabilities(tracker, domain)
            got = recent.predict_action_probabilities(tracker, domain)
            assert got.probabilities == expected.probabilities, intent
            tracker.update(ActionExecuted(domain.action_names_or_texts[got.max_confidence_index]))
            after = recent.predict_action_probabilities(tracker, domain)
            assert after.probabilities == rule.predict_action_probabilities(tracker, domain).probabilities
            tracker.update(ActionExecuted("action_listen"))


def test_the_rule_index_finds_the_rules_rule_policy_finds(domain, policies):
    """Every state list the conversations go through, cut at every length, and edge cases
    (no states, a conversation start, unknown actions, slots and loops) against
    ``RulePolicy._get_possible_keys`` on the same lookups."""
    _, recent = policies
    lookups = [recent.lookup[RULES], recent.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH, {})]
    assert len(lookups[0]) > 5
    # rules whose last state names no previous action (our rules have none such)
    unnamed = [[{}], [{"prev_action": {"action_text": "hello"}, "user": {"text": "hi"}}],
               [{}, {"prev_action": {"action_name": "should_not_be_set"}, "user": {"intent": "greet"}}],
               [{"prev_action": {"action_name": "action_listen"}}, {"user": {"intent": "thanks"}}]]
    lookups.append({**lookups[0], **{json.dumps(key): "utter_greet" for key in unnamed}})
    state_lists = [[], [{}], [{"prev_action": {"action_name": "action_unknown"}}],
                   [{}, {"user": {"intent": "greet"}, "prev_action": {"action_name": "action_listen"}}],
                   [{"prev_action": {"action_name": "action_listen"}, "user": {"intent": "ask_fee"},
                     "slots": {"service_item": (1.0,)}, "active_loop": {"name": "some_form"}}],
                   [{"prev_action": {"action_text": "hello"}, "user": {"text": "hi"}}],
                   [{}, {"user": {"intent": "greet"}}], [{"user": {"intent": "thanks"}}]]
    for turns in (0, 1, 4, 12):
        tracker = conversation(turns, restart_at=2)
        for intent in INTENTS + ["request_human", "nlu_fallback"]:
            tracker.update(user(intent))
            full = tracker.past_states(domain)
            state_lists += [full[-n:] for n in range(1, min(len(full), 8) + 1)]
            tracker.update(ActionExecuted("action_answer"))
            state_lists.append(tracker.past_states(domain))
            tracker.update(ActionExecuted("action_listen"))
    found = 0
    for lookup in lookups:
        for states in state_lists:
            expected = RulePolicy._get_possible_keys(recent, lookup, states)
            assert recent._get_possible_keys(lookup, states) == expected, states
            found += len(expected)
    assert found > len(state_lists)   # the comparison is not between empty sets


def test_rule_decisions_are_remembered_per_list_of_states(domain, policies, monkeypatch):
    """A second conversation through the same states searches no rules and predicts the same;
    with debug logging on, Rasa's own search runs (and logs) every time."""
    import logging

    rule, recent = policies
    searched = []
    search = RecentRulePolicy._get_possible_keys
    monkeypatch.setattr(RecentRulePolicy, "_get_possible_keys",
                        lambda self, lookup, states: searched.append(1) or search(self, lookup, states))

    def talk(sender):
        tracker = conversation(2)
        tracker.sender_id = sender
        predicted = []
        for intent in INTENTS:
            tracker.update(user(intent))
            got = recent.predict_action_probabilities(tracker, domain)
            assert got.probabilities == rule.predict_action_probabilities(tracker, domain).probabilities, intent
            predicted.append(got.max_confidence_index)
            tracker.update(ActionExecuted(domain.action_names_or_texts[got.max_confidence_index]))
            after = recent.predict_action_probabilities(tracker, domain)
            assert after.probabilities == rule.predict_action_probabilities(tracker, domain).probabilities
            tracker.update(ActionExecuted("action_listen"))
        return predicted

    recent.__dict__.pop("_decisions", None)
    first = talk("first")
    assert searched
    searched.clear()
    assert talk("second") == first and not searched
    logger = logging.getLogger("rasa.core.policies.rule_policy")
    level = logger.level
    logger.setLevel(logging.DEBUG)
    try:
        assert talk("third") == first and searched
    finally:
        logger.setLevel(level)
