"""``RecentRulePolicy``: Rasa's ``RulePolicy`` that builds dialogue states only for the turns
its rules can look at.

``RulePolicy`` turns the whole conversation into dialogue states before every prediction
(``tracker.past_states``: one domain state per action so far), although a rule only
compares its own few states with the end of the conversation. So each turn cost more than
the one before: 20 ms of server CPU early in a conversation, over 60 ms after 200 turns
(README → Measured figures). Here the events are still replayed (slots keep their history)
but a state is built only for the last ``needed`` actions, where ``needed`` is one more
than the longest learned rule. ``RulePolicy._get_possible_keys`` accepts every rule once it
has checked as many states as the rule has, so the predictions are the same
(tests/test_recent_rule_policy.py compares both policies). Between predictions the replay of
each conversation is kept (``KeptReplays``), so a prediction applies only the events added
since the previous one instead of replaying the conversation from its start. And the rules
are parsed once and grouped by the previous action of their last state (``RuleIndex``):
``RulePolicy`` parses and tries every rule against the conversation for each prediction.
Finally, what the rules decide for a list of states is remembered (``_find_action_from_rules``
is a function of the states, the active loop and the learned rules): a conversation goes
through the same few lists of states over and over, so the rules are searched once per list.

Training prints Rasa's warning "'RulePolicy' is not included in the model's policy
configuration": Rasa looks for that exact class. This is a RulePolicy, so /restart and
/back do trigger their actions, and RulePolicy checks its configuration against the domain
when it trains.
"""
from __future__ import annotations

import json
import logging
from collections import OrderedDict, defaultdict, deque
from typing import Any, Deque, Dict, List, Optional, Set, Text, Tuple

from rasa.core.policies.rule_policy import RULES, RULES_FOR_LOOP_UNHAPPY_PATH, RulePolicy
from rasa.shared.core.constants import ACTION_LISTEN_NAME, PREVIOUS_ACTION, SHOULD_NOT_BE_SET
from rasa.shared.nlu.constants import ACTION_NAME
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.shared.core.domain import Domain, State
from rasa.shared.core.events import (ActionExecuted, ActionReverted, ActiveLoop, Restarted, SessionStarted,
                                     UserUtteranceReverted)
from rasa.shared.core.trackers import DialogueStateTracker

# RulePolicy logs its states at debug level from here: with debug logging on, no shortcut
RULE_POLICY_LOG = logging.getLogger("rasa.core.policies.rule_policy")
DECISIONS_KEPT = 4096   # rule decisions remembered (lists of states x loops x text/intent)

# events after which ``applied_events`` is not the events so far plus the new ones
REWINDING = (Restarted, SessionStarted, ActionReverted, UserUtteranceReverted, ActiveLoop)


def _state(domain: Domain, replay: DialogueStateTracker, omit_unset_slots: bool) -> State:
    return domain._clean_state(domain.get_active_state(replay, omit_unset_slots=omit_unset_slots))


def _apply(events: Any, replay: DialogueStateTracker, states: Deque[State], domain: Domain, keep: int,
           omit_unset_slots: bool) -> None:
    """``events`` applied to ``replay``, with the state before each ``ActionExecuted`` added
    to ``states`` (which keeps the last ``keep - 1``)."""
    for event in events:
        if isinstance(event, ActionExecuted) and keep > 1:
            states.append(_state(domain, replay, omit_unset_slots))
        replay.update(event)


def _replayed(tracker: DialogueStateTracker, domain: Domain, keep: int,
              omit_unset_slots: bool) -> Tuple[DialogueStateTracker, Deque[State]]:
    """The applied events replayed into a fresh tracker, and the states before the last
    ``keep - 1`` applied ``ActionExecuted`` (only those are built)."""
    replay = tracker.init_copy()
    states: Deque[State] = deque(maxlen=max(0, keep - 1))
    _apply(tracker.applied_events(), replay, states, domain, keep, omit_unset_slots)
    return replay, states


def recent_states(tracker: DialogueStateTracker, domain: Domain, keep: int,
                  omit_unset_slots: bool = False) -> List[State]:
    """The last ``keep`` of ``tracker.past_states(domain)``, without building the others.

    Mirrors ``Domain.states_for_tracker_history`` (without rule-only turn hiding): one state
    before each applied ``ActionExecuted`` and one for the tracker as it is now.
    """
    replay, states = _replayed(tracker, domain, keep, omit_unset_slots)
    return list(states) + [_state(domain, replay, omit_unset_slots)]


class _Replay:
    """One conversation replayed up to ``seen`` events: the replay tracker, the states
    before its last ``keep - 1`` actions and the state after the last event."""

    __slots__ = ("seen", "last", "replay", "states", "current")

    def __init__(self, seen: int, last: Any, replay: DialogueStateTracker, states: Deque[State],
                 current: State) -> None:
        self.seen, self.last, self.replay, self.states, self.current = seen, last, replay, states, current


class KeptReplays:
    """``recent_states`` that continues the previous replay of a conversation.

    Between two predictions a conversation usually only grows (the user message, then the
    action's events): then the kept replay applies just the new events instead of
    replaying the whole conversation; with no new events (RulePolicy asks twice per
    prediction) nothing is computed. Anything else (another tracker object, events that
    rewind the conversation, forms) is replayed from the start, as ``recent_states`` does.
    The latest ``size`` conversations are kept. The states returned are shared with the
    kept replay: callers that change them must copy them (``copy_states``).
    """

    def __init__(self, size: int = 1000) -> None:
        self.size = size
        self._kept: "OrderedDict[Tuple, _Replay]" = OrderedDict()

    def states(self, tracker: DialogueStateTracker, domain: Domain, keep: int,
               omit_unset_slots: bool = False) -> List[State]:
        events = tracker.events
        key = (tracker.sender_id, id(domain), keep, omit_unset_slots)
        kept = self._kept.get(key)
        if kept is not None and 0 < kept.seen <= len(events) and events[kept.seen - 1] is kept.last:
            new = [events[i] for i in range(kept.seen, len(events))]
            if not any(isinstance(event, REWINDING) for event in new):
                _apply(new, kept.replay, kept.states, domain, keep, omit_unset_slots)
                if new:
                    kept.seen, kept.last = len(events), events[-1]
                    kept.current = _state(domain, kept.replay, omit_unset_slots)
                self._kept.move_to_end(key)
                return list(kept.states) + [kept.current]
        self._kept.pop(key, None)
        replay, states = _replayed(tracker, domain, keep, omit_unset_slots)
        current = _state(domain, replay, omit_unset_slots)
        if events and not any(isinstance(event, ActiveLoop) for event in events):
            self._kept[key] = _Replay(len(events), events[-1], replay, states, current)
            while len(self._kept) > self.size:
                self._kept.popitem(last=False)
        return list(states) + [current]


def copy_states(states: List[State]) -> List[State]:
    """``copy.deepcopy(states)`` for dialogue states, which are two levels of dictionaries
    whose values are strings, numbers or tuples (``rasa.shared.core.domain.State``)."""
    return [{key: dict(sub_state) for key, sub_state in state.items()} for state in states]


class _RecentHistory:
    """What the featurizer needs of a tracker (``past_states``), limited to recent turns:
    the kept replay's states, each caller with its own copy (the featurizer edits the last
    state)."""

    def __init__(self, tracker: DialogueStateTracker, keep: int, replays: KeptReplays) -> None:
        self.tracker, self.keep, self.replays = tracker, keep, replays

    def past_states(self, domain: Domain, omit_unset_slots: bool = False, ignore_rule_only_turns: bool = False,
                    rule_only_data: Optional[Dict[Text, Any]] = None) -> List[State]:
        if ignore_rule_only_turns:  # not used by rule policies; keep Rasa's exact behaviour
            return self.tracker.past_states(domain, omit_unset_slots, ignore_rule_only_turns, rule_only_data)
        return copy_states(self.replays.states(self.tracker, domain, self.keep, omit_unset_slots))


class RuleIndex:
    """``RulePolicy._get_possible_keys`` for one lookup (rule key -> action), with each key
    parsed once and the rules grouped by the previous action of their last state.

    A rule whose last state names a previous action applies only where the conversation's
    last state names the same one (``RulePolicy._does_rule_match_state``), so only that group
    and the rules without such a name are tried; they are tried as ``RulePolicy`` does, state
    by state from the end, and the search stops once every remaining rule is shorter than the
    states checked (``RulePolicy`` accepts those rules from there on).
    """

    def __init__(self, lookup: Dict[Text, Text]) -> None:
        self.keys = frozenset(lookup)
        self.reversed_states = {key: tuple(reversed(json.loads(key))) for key in lookup}
        self.by_previous_action: Dict[Text, List[Text]] = defaultdict(list)
        self.unnamed: List[Text] = []
        for key, states in self.reversed_states.items():
            name = (states[0].get(PREVIOUS_ACTION) or {}).get(ACTION_NAME) if states else None
            if name and name != SHOULD_NOT_BE_SET:
                self.by_previous_action[name].append(key)
            else:
                self.unnamed.append(key)

    @staticmethod
    def applicable(reversed_rule_states: Tuple[State, ...], turn_index: int, state: State) -> bool:
        """``RulePolicy._is_rule_applicable`` on the parsed rule."""
        if turn_index >= len(reversed_rule_states):
            return True
        rule_state = reversed_rule_states[turn_index]
        current_previous_action, rule_previous_action = state.get(PREVIOUS_ACTION), rule_state.get(PREVIOUS_ACTION)
        if not rule_previous_action and not current_previous_action:
            return True
        if not rule_previous_action or not current_previous_action:
            return False
        return RulePolicy._does_rule_match_state(rule_state, state)

    def possible_keys(self, states: List[State]) -> Set[Text]:
        if not states:
            return set(self.keys)
        name = (states[-1].get(PREVIOUS_ACTION) or {}).get(ACTION_NAME)
        possible = (self.by_previous_action.get(name, []) if name else []) + self.unnamed
        for index, state in enumerate(reversed(states)):
            possible = [key for key in possible if self.applicable(self.reversed_states[key], index, state)]
            if not possible or all(len(self.reversed_states[key]) <= index + 1 for key in possible):
                break
        return set(possible)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True)
class RecentRulePolicy(RulePolicy):
    """``RulePolicy`` whose per-turn cost does not grow with the conversation."""

    def _rules(self) -> Tuple[Dict[Text, Text], Dict[Text, Text], Tuple[int, ...]]:
        """The learned rules, the rules for loops' unhappy paths, and a version of both
        (identity and size of each lookup: training fills and replaces them)."""
        rules, loop_rules = self.lookup.get(RULES, {}), self.lookup.get(RULES_FOR_LOOP_UNHAPPY_PATH, {})
        return rules, loop_rules, (id(rules), len(rules), id(loop_rules), len(loop_rules))

    def states_needed(self) -> int:
        """One more state than the longest learned rule (rules with loops included)."""
        rules, loop_rules, version = self._rules()
        kept = self.__dict__.get("_states_needed")
        if kept is None or kept[0] != version:
            keys = list(rules) + list(loop_rules)
            kept = self.__dict__["_states_needed"] = (
                version, 1 + max((len(self._rule_key_to_state(k)) for k in keys), default=0))
        return kept[1]

    def _get_possible_keys(self, lookup: Dict[Text, Text], states: List[State]) -> Set[Text]:
        """The rules of ``lookup`` that apply to ``states`` (``RuleIndex``); the index is
        rebuilt whenever the lookup's keys change (training fills the lookups)."""
        indexes = self.__dict__.setdefault("_rule_indexes", {})
        index = indexes.get(id(lookup))
        if index is None or index[0] is not lookup or index[1].keys != lookup.keys():
            if len(indexes) >= 8:   # lookups replaced during training: do not keep them alive
                indexes.clear()
            index = indexes[id(lookup)] = (lookup, RuleIndex(lookup))
        return index[1].possible_keys(states)

    def _prediction_states(self, tracker: DialogueStateTracker, domain: Domain,
                           use_text_for_last_user_input: bool = False,
                           rule_only_data: Optional[Dict[Text, Any]] = None) -> List[State]:
        replays = self.__dict__.get("_replays")
        if replays is None:
            replays = self.__dict__["_replays"] = KeptReplays()
        return super()._prediction_states(
            _RecentHistory(tracker, self.states_needed(), replays), domain,
            use_text_for_last_user_input=use_text_for_last_user_input, rule_only_data=rule_only_data,
        )

    def _find_action_from_rules(self, tracker: DialogueStateTracker, domain: Domain,
                                use_text_for_last_user_input: bool) -> Tuple[Optional[Text], Optional[Text], bool]:
        """``RulePolicy._find_action_from_rules``, remembered for each list of states.

        Its answer depends only on the states, the active loop's name and the learned rules
        (the lookups, keyed here by identity and size, which training changes), so the same
        states need the rules searched once. ``json.dumps(states, sort_keys=True)`` is the
        key: states are dictionaries of strings, numbers and tuples, so equal keys are equal
        states. With debug logging on Rasa's own method runs, and logs what it always logs.
        """
        if RULE_POLICY_LOG.isEnabledFor(logging.DEBUG):
            return super()._find_action_from_rules(tracker, domain, use_text_for_last_user_input)
        if use_text_for_last_user_input and not tracker.latest_action_name == ACTION_LISTEN_NAME:
            return None, None, False   # as RulePolicy: text is only looked at right after the user spoke
        states = self._prediction_states(tracker, domain, use_text_for_last_user_input,
                                         rule_only_data=self._get_rule_only_data())
        key = (json.dumps(states, sort_keys=True), tracker.active_loop_name, self._rules()[2])
        decisions = self.__dict__.setdefault("_decisions", {})
        decision = decisions.get(key)
        if decision is None:
            decision = super()._find_action_from_rules(tracker, domain, use_text_for_last_user_input)
            if len(decisions) >= DECISIONS_KEPT:
                decisions.clear()
            decisions[key] = decision
        return decision
