"""Small fixes to Rasa 3.6 internals, applied once when the server builds its channels
(``GuardedRestInput``). Each was found by profiling a loaded server (README → Measured
figures) and keeps Rasa's behaviour and error messages.

* ``RemoteAction._validate_action_result`` runs ``jsonschema.validate`` on every action
  server reply: the schema is re-checked each call (about 16 ms of a 40 ms turn), and each
  event is tried against all 23 ``oneOf`` event schemas. Here one validator checks the
  reply's shape and each event only against the schema of its own ``event`` type (the
  types are distinct constants, so this is exactly ``oneOf``).
* ``EndpointConfig.request`` opens a new aiohttp session, and so a new TCP connection, for
  every call to the action server. Here each endpoint keeps one session (keep-alive, the
  request JSON written by ``bot.json_text.dumps``, no cookie jar: endpoints set none); a
  kept connection the server closed meanwhile is retried once on a new one (the actions
  only read the knowledge base and return events, so a repeated call changes nothing).
* ``Domain.is_empty`` builds an empty domain and compares both as dictionaries; the
  processor asks it for every message (``_check_for_unseen_features``). The server's domain
  never changes once loaded, so the answer is kept on the domain object.
* ``RemoteAction`` sends the action server every event of the conversation with each call,
  so the JSON grows with the conversation. With ``send_events: turn`` under
  ``action_endpoint`` (endpoints.yml) it sends the events of the current turn only (from the
  latest user message on) and the text of the user's message before it; slots, the latest message and the
  rest of the tracker state are sent as before. Our actions read only those (actions/actions.py);
  without the setting Rasa sends everything, as it does by default.
* ``Event.resolve_by_type`` walks the whole ``Event`` class tree (``all_subclasses``) for
  every event it builds from a dictionary, as each action server reply does. Here the class
  found for a type name is kept (unknown names still go to Rasa's lookup and its error).
* ``MessageProcessor._run_action`` hands each action a copy of the tracker (a replay of the
  whole conversation, about 3-6% of a turn) with the prediction's events applied, in case
  the action changes it or those events must be undone (a rejected action). Our action
  server call, ``action_listen`` and the ``utter_`` responses only read the tracker: when
  the prediction brings no events they get the tracker itself. The prediction of a turn's
  answer brings one event, ``DefinePrevUserUtteredFeaturization``, which changes nothing
  but a flag of the latest user message (an object the copy shares with the tracker, so
  Rasa sets the flag on the tracker's message too): such events are logged on the tracker
  before the action runs instead of after (they are taken off again if the action is
  rejected), so the action reads the tracker itself and the events stand where Rasa puts
  them, just before the action's ``ActionExecuted``. Conversations with a
  ``FollowupAction`` event keep the copy (Rasa clears a follow-up action without an event,
  so a replay can differ from the tracker there).
* ``MessageProcessor`` and ``RulePolicy`` deep-copy events, parse data and dialogue states
  on every turn only to hand the copies to ``structlogger.debug`` (in case an anonymization
  pipeline, a Rasa Pro plugin, changes them in place), also when debug logging is off and
  the call does nothing: a copy of each answer's events and notice, and of the rule states,
  for every message. In those two modules ``copy.deepcopy`` now copies only while debug
  logging is on for the module or an anonymization pipeline is installed.
* ``DEFAULT_REQUEST_TIMEOUT`` of the action server call (300 s) is replaced by a bound, so a
  hung action server fails the turn instead of holding the conversation lock.
"""
from __future__ import annotations

import asyncio
import copy
import functools
import logging
from typing import Any, Callable, Dict

_installed = set()


def _once(install: Callable[[], None]) -> Callable[[], None]:
    """Run an installer the first time it is called only: patching twice would wrap the
    patched function again."""
    @functools.wraps(install)
    def once() -> None:
        if install.__name__ not in _installed:
            install()
            _installed.add(install.__name__)
    return once


KEEP_ALIVE_S = 2.0   # below the action server's (Sanic) 5 s, so it is the client that closes


def set_action_timeout(seconds: float) -> None:
    """Timeout (s) of Rasa's calls to the action server (read at each call by RemoteAction)."""
    import rasa.core.actions.action as rasa_action

    rasa_action.DEFAULT_REQUEST_TIMEOUT = seconds


class ActionReplyValidator:
    """``jsonschema.validate(reply, RemoteAction.action_response_format_spec())``, faster."""

    def __init__(self) -> None:
        from jsonschema.validators import validator_for
        from rasa.core.actions.action import RemoteAction

        spec = RemoteAction.action_response_format_spec()
        event_schema = spec["properties"]["events"]["items"]
        make = lambda schema: validator_for(schema)(schema)  # noqa: E731
        self.full = make(spec)
        self.reply = make({**spec, "properties": {**spec["properties"], "events": {"type": "array"}}})
        self.event = make({k: v for k, v in event_schema.items() if k != "oneOf"})
        self.by_type = {s["properties"]["event"]["const"]: make(s) for s in event_schema["oneOf"]}

    def validate(self, reply: Any) -> None:
        self.reply.validate(reply)
        for event in reply.get("events") or []:
            self.event.validate(event)
            specific = self.by_type.get(event["event"])
            if specific is None or not specific.is_valid(event):
                self.full.validate(reply)  # raises jsonschema's own error for this reply


@_once
def use_fast_action_result_validator() -> None:
    from jsonschema import ValidationError
    from rasa.core.actions.action import DOCS_BASE_URL, RemoteAction

    validator = ActionReplyValidator()

    def _validate_action_result(self, result: Dict[str, Any]) -> bool:
        try:
            validator.validate(result)
            return True
        except ValidationError as error:
            error.message += (
                ". Failed to validate Action server response from API, make sure your "
                "response from the Action endpoint is valid. For more information about the "
                f"format visit {DOCS_BASE_URL}/custom-actions"
            )
            raise error

    RemoteAction._validate_action_result = _validate_action_result


class _Borrowed:
    """``async with`` a kept session without closing it."""

    def __init__(self, session: Any) -> None:
        self.session = session

    async def __aenter__(self) -> Any:
        return self.session

    async def __aexit__(self, *exc: Any) -> bool:
        return False


@_once
def use_kept_endpoint_sessions() -> None:
    """Keep-alive for Rasa's HTTP endpoints (the action server above all)."""
    import aiohttp
    from rasa.utils.endpoints import EndpointConfig

    from rasa.core.constants import DEFAULT_REQUEST_TIMEOUT

    from bot.json_text import dumps

    request = EndpointConfig.request

    def kept(self: Any) -> Any:
        loop = asyncio.get_running_loop()
        session = self.__dict__.get("_kept_session")
        if session is None or session.closed or self.__dict__.get("_kept_loop") is not loop:
            # what Rasa's EndpointConfig.session() configures, plus a keep-alive connector
            auth = aiohttp.BasicAuth(self.basic_auth["username"], self.basic_auth["password"]) if self.basic_auth else None
            session = aiohttp.ClientSession(
                headers=self.headers, auth=auth, timeout=aiohttp.ClientTimeout(total=DEFAULT_REQUEST_TIMEOUT),
                connector=aiohttp.TCPConnector(keepalive_timeout=KEEP_ALIVE_S, limit=0),
                json_serialize=dumps, cookie_jar=aiohttp.DummyCookieJar(),
            )
            self.__dict__["_kept_session"], self.__dict__["_kept_loop"] = session, loop
        return session

    def session(self: Any) -> Any:
        return _Borrowed(kept(self))

    async def request_kept(self: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            return await request(self, *args, **kwargs)
        except aiohttp.ServerDisconnectedError:
            # a kept-alive connection the server had closed: once more, on a new connection
            return await request(self, *args, **kwargs)

    EndpointConfig.session = session
    EndpointConfig.request = request_kept


@_once
def use_kept_domain_emptiness() -> None:
    """``Domain.is_empty`` computed once per domain object."""
    from rasa.shared.core.domain import Domain

    compare = Domain.is_empty

    def is_empty(self: Any) -> bool:
        known = self.__dict__.get("_kept_is_empty")
        if known is None:
            known = self.__dict__["_kept_is_empty"] = compare(self)
        return known

    Domain.is_empty = is_empty


def sequential_graph_runner():
    """A ``DaskGraphRunner`` that runs the nodes one after the other in a cached order.

    Rasa runs its NLU graph and its policy graph (once per predicted action) through
    ``dask.get``, which rebuilds and schedules a task graph on every call: about 15% of a
    turn's CPU on the server. Prediction graphs are small chains run on one thread anyway;
    here the topological order of each target set is computed once and the same nodes are
    called with the same inputs, so results are identical.
    """
    from rasa.engine.exceptions import GraphRunError
    from rasa.engine.runner.dask import DaskGraphRunner

    class SequentialGraphRunner(DaskGraphRunner):
        def run(self, inputs=None, targets=None):
            run_targets = list(targets if targets else self._graph_schema.target_names)
            plans = self.__dict__.setdefault("_plans", {})
            plan = plans.get(tuple(run_targets))
            if plan is None:
                plan = plans[tuple(run_targets)] = self._plan(run_targets)
            results = {name: (name, value) for name, value in (inputs or {}).items()}
            clash = set(results) & {name for name, _ in plan}
            if clash:
                raise GraphRunError(f"Input value '{sorted(clash)[0]}' clashes with a node name.")
            try:
                for name, needs in plan:
                    results[name] = self._instantiated_nodes[name](*(results[n] for n in needs))
            except RuntimeError as error:
                raise GraphRunError("Error running runner.") from error
            return dict(results[t] for t in run_targets)

        def _plan(self, run_targets):
            nodes = self._graph_schema.minimal_graph_schema(run_targets).nodes
            order, done = [], set()

            def visit(name, path=()):
                if name in done or name not in nodes:
                    return
                if name in path:
                    raise GraphRunError(f"cycle in the graph at '{name}'")
                for need in nodes[name].needs.values():
                    visit(need, path + (name,))
                done.add(name)
                order.append((name, tuple(nodes[name].needs.values())))

            for name in sorted(nodes):
                visit(name)
            return order

    return SequentialGraphRunner


@_once
def use_sequential_graph_runner() -> None:
    """Agents loaded from now on predict with ``sequential_graph_runner()``."""
    import rasa.core.processor as processor

    processor.DaskGraphRunner = sequential_graph_runner()


SEND_EVENTS = "send_events"   # action_endpoint setting: "all" (Rasa's default) or "turn"


def turn_events(events: Any) -> list:
    """The events from the latest ``UserUttered`` on (all of them if there is none)."""
    from rasa.shared.core.events import UserUttered

    events = list(events)
    for index in range(len(events) - 1, -1, -1):
        if isinstance(events[index], UserUttered):
            return events[index:]
    return events


def events_before_turn(events: Any) -> list:
    """The user's message before the latest one, as the one event the actions read of it (its text, and the text the
    linker read: ``actions.actions.message_before``), and the assistant's messages after it (its last answer, said again
    on request: ``actions.actions.said_last``), in a list; [] when there is none."""
    from rasa.shared.core.events import BotUttered, UserUttered

    said, answered = 0, []
    for event in reversed(events if hasattr(events, "__reversed__") else list(events)):   # (no copy of a long tracker's)
        if isinstance(event, UserUttered):
            said += 1
            if said == 2:
                read = (event.parse_data or {}).get("text_read")
                return [{"event": "user", "timestamp": event.timestamp, "text": event.text,
                         "parse_data": {"text_read": read} if read else {}}] + answered[::-1]
        elif said == 1 and isinstance(event, BotUttered):
            data = {key: value for key, value in (event.data or {}).items() if key in ("buttons", "custom") and value}
            answered.append({"event": "bot", "timestamp": event.timestamp, "text": event.text, "data": data})
    return answered[::-1]


@_once
def use_turn_events_for_actions() -> None:
    """``send_events: turn`` in the action endpoint sends only the current turn's events."""
    import rasa
    from rasa.core.actions.action import RemoteAction
    from rasa.shared.core.trackers import EventVerbosity

    full = RemoteAction._action_call_format

    def _action_call_format(self: Any, tracker: Any, domain: Any) -> Dict[str, Any]:
        setting = self.action_endpoint.kwargs.get(SEND_EVENTS, "all") if self.action_endpoint else "all"
        if setting != "turn":
            return full(self, tracker, domain)
        state = tracker.current_state(EventVerbosity.NONE)
        state["events"] = events_before_turn(tracker.events) + [event.as_dict() for event in turn_events(tracker.events)]
        result = {"next_action": self._name, "sender_id": tracker.sender_id, "tracker": state,
                  "version": rasa.__version__}
        if not self._is_selective_domain_enabled() or domain.does_custom_action_explicitly_need_domain(self.name()):
            result["domain"] = domain.as_dict()
        return result

    RemoteAction._action_call_format = _action_call_format


@_once
def use_kept_event_types() -> None:
    """``Event.resolve_by_type`` remembers the class it found for each type name."""
    from rasa.shared.core.events import Event

    resolve = Event.resolve_by_type
    found: Dict[str, Any] = {}

    def resolve_by_type(type_name: str, default: Any = None) -> Any:
        known = found.get(type_name)
        if known is not None:
            return known
        result = resolve(type_name, default)
        if result is not None and result is not default:
            found[type_name] = result
        return result

    Event.resolve_by_type = staticmethod(resolve_by_type)


@_once
def use_uncopied_trackers_for_reading_actions() -> None:
    """``_run_action`` without the tracker copy for actions that only read it."""
    from rasa.core.actions.action import ActionBotResponse, ActionListen, RemoteAction
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.events import ActionExecutionRejected, DefinePrevUserUtteredFeaturization, FollowupAction

    run_action = MessageProcessor._run_action
    readers = (RemoteAction, ActionListen, ActionBotResponse)

    def reads_only(action: Any, tracker: Any, prediction: Any) -> bool:
        """Whether ``_run_action`` may give ``action`` the tracker itself instead of a copy."""
        return (type(action) in readers
                and all(type(event) is DefinePrevUserUtteredFeaturization for event in prediction.events)
                and not any(isinstance(event, FollowupAction) for event in tracker.events))

    async def _run_action(self: Any, action: Any, tracker: Any, output_channel: Any, nlg: Any,
                          prediction: Any) -> bool:
        if not reads_only(action, tracker, prediction):
            return await run_action(self, action, tracker, output_channel, nlg, prediction)

        logged, applied = len(tracker.events), list(prediction.events)
        if applied:   # logged now, on the tracker itself; Rasa's run then logs no others
            tracker.update_with_events(applied, self.domain)
            prediction = copy.copy(prediction)
            prediction.events = []

        def itself() -> Any:   # the first copy() (the temporary tracker); any later one copies
            tracker.__dict__.pop("copy", None)
            return tracker

        tracker.copy = itself
        try:
            return await run_action(self, action, tracker, output_channel, nlg, prediction)
        finally:
            tracker.__dict__.pop("copy", None)
            after = logged + len(applied)
            if applied and len(tracker.events) > after and isinstance(tracker.events[after], ActionExecutionRejected):
                for _ in applied:   # a rejected action: Rasa logs none of the prediction's events
                    del tracker.events[logged]

    MessageProcessor._run_action = _run_action


class DebugLogCopy:
    """The ``copy`` module as a Rasa module sees it whose ``copy.deepcopy`` calls all make
    values for ``structlogger.debug``: ``deepcopy`` copies only when those values can be
    used, that is while the module's logger logs at debug level or an anonymization
    pipeline (which may change logged values in place) is installed."""

    def __init__(self, logger_name: str, anonymizing: bool) -> None:
        self.logger, self.anonymizing = logging.getLogger(logger_name), anonymizing

    def deepcopy(self, value: Any, memo: Any = None) -> Any:
        if self.anonymizing or self.logger.isEnabledFor(logging.DEBUG):
            return copy.deepcopy(value, memo)
        return value

    def __getattr__(self, name: str) -> Any:
        return getattr(copy, name)


# Rasa modules whose every copy.deepcopy is an argument of structlogger.debug (Rasa 3.6.21;
# tests/test_rasa_patches.py reads their source to check this still holds)
DEBUG_ONLY_COPIES = ("rasa.core.processor", "rasa.core.policies.rule_policy")


@_once
def use_uncopied_debug_log_values() -> None:
    """``copy.deepcopy`` for debug log values only when they are logged (``DebugLogCopy``)."""
    import importlib

    from rasa.plugin import plugin_manager

    anonymizing = plugin_manager().hook.get_anonymization_pipeline() is not None
    for name in DEBUG_ONLY_COPIES:
        module = importlib.import_module(name)
        module.copy = DebugLogCopy(name, anonymizing)
