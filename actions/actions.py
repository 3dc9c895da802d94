"""Rasa SDK actions: ``action_answer`` and ``action_hand_off``.

They read the tracker into an ``answering.Turn``, call the plain dialogue logic and turn
its ``Reply`` back into messages and slot events. The knowledge base is opened on first
use (never at import time) and shared by all requests of the action server.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import answering
from actions.context import items_before_after, list_before_after
from actions.settings import from_environment
from bot.text import caller_words, to_simplified
from knowledge.asking import common_words

logger = logging.getLogger(__name__)
_store = None
KB_UNAVAILABLE = f"抱歉，办事指南数据暂时无法读取。{answering.HOTLINE_HELP}"


def guide_store():
    """The shared ``GuideStore`` (opened lazily from the KNOWLEDGE_DB setting)."""
    global _store
    if _store is None:
        from knowledge.guides import GuideStore

        _store = GuideStore(from_environment().knowledge_db)
    return _store


def turn_from_tracker(tracker: Tracker) -> answering.Turn:
    message = tracker.latest_message or {}
    linked = next(
        (e.get("value") for e in message.get("entities") or [] if e.get("entity") == "service_item"), None
    )
    return answering.Turn(
        # 市民问：… is what the caller asks; gongjijin is read as 公积金 (the linker's text_read); dialect words in their
        # common form (户口本要唔要: 要不要, as the NLU read it)
        # (網上有個人一直叫我兒子偷偷出去見面: read in its simplified characters, as the NLU reads it; r84 QA: "not in scope")
        text=common_words(to_simplified(caller_words(message.get("text_read") or message.get("text") or ""))),
        intent=(message.get("intent") or {}).get("name"),
        confidence=confidence if isinstance(confidence := (message.get("intent") or {}).get("confidence"),
                                            (int, float)) else 1.0,
        linked_item=linked,
        candidates=message.get("service_items") or [],
        in_scope=bool(message.get("item_in_scope")),
        ambiguous=bool(message.get("item_ambiguous")),
        item=tracker.get_slot("service_item"),
        situation=tracker.get_slot("situation"),
        district=tracker.get_slot("district"),
        district_declined=bool(tracker.get_slot("district_declined")),
        aspect=tracker.get_slot("aspect"),
        options=tracker.get_slot("options") or [],
        outside=outside if isinstance(outside := message.get("outside_service"), dict) else None,
        outside_too=too if isinstance(too := message.get("outside_service_too"), dict) else None,
        outside_in_context=outside_service(tracker.get_slot("outside_in_context")),
        named_items=[i for i in message.get("named_items") or [] if isinstance(i, dict) and i.get("id")],
        pending_items=[i for i in tracker.get_slot("pending_items") or [] if isinstance(i, str)],
        pending_terms=pending_terms(tracker.get_slot("pending_terms")),
        item_asked_for=asked if isinstance(asked := tracker.get_slot("item_asked_for"), str) else None,
        item_in_context=answered if isinstance(answered := tracker.get_slot("item_in_context"), str) else None,
        district_named=any(e.get("entity") == "district" for e in message.get("entities") or []),
        items_before=[i for i in tracker.get_slot("items_before") or [] if isinstance(i, str)],
        danger=danger if isinstance(danger := tracker.get_slot("danger"), str) else None,
        list_before=[o for o in tracker.get_slot("list_before") or []
                     if isinstance(o, dict) and o.get("kind") in ("item", "topic")],
        before=common_words(to_simplified(caller_words(message_before(tracker.events or [])))),
        # (I'm standing at the edge of the roof. what documents for 营业执照: read as 营业执照材料, the danger gone; r66 QA)
        said=caller_words(message.get("text") or "") if message.get("text_read") else "",
        said_last=said_last(tracker.events or []),
    )


def pending_terms(value: Any) -> Dict[str, str]:
    """The slot ``pending_terms`` read back: {item id: the term it was named by}, else {}."""
    if not isinstance(value, dict):
        return {}
    return {k: v for k, v in value.items() if isinstance(k, str) and isinstance(v, str)}


def message_before(events: List[Dict[Text, Any]]) -> str:
    """The text of the user's message before the latest one in ``events`` (as the linker read it), "" when none."""
    said = (e for e in reversed(events) if isinstance(e, dict) and e.get("event") == "user")
    next(said, None)
    earlier = next(said, None) or {}
    parsed = earlier.get("parse_data") if isinstance(earlier.get("parse_data"), dict) else {}
    text = parsed.get("text_read") or earlier.get("text") or ""
    return text if isinstance(text, str) else ""


def said_last(events: List[Dict[Text, Any]]) -> List[Dict[str, Any]]:
    """What the assistant said between the user's message before the latest one and the latest: its messages as
    ``{"text", "buttons", "custom"}``, [] when it said nothing yet."""
    said: List[Dict[str, Any]] = []
    users = 0
    for event in reversed(events):
        if not isinstance(event, dict):
            continue
        if event.get("event") == "user":
            users += 1
            if users == 2:
                break
        elif event.get("event") == "bot" and users == 1:
            data = event.get("data") if isinstance(event.get("data"), dict) else {}
            text = event.get("text") if isinstance(event.get("text"), str) else ""
            custom = data.get("custom") if isinstance(data.get("custom"), dict) else None
            if text or custom:
                said.append({"text": text, "buttons": [b for b in data.get("buttons") or [] if isinstance(b, dict)],
                             **({"custom": custom} if custom else {})})
    return said[::-1]


def outside_service(value: Any) -> Optional[Dict[str, str]]:
    """The slot ``outside_in_context`` read back: a service's name and department (and its English, if any), else
    None."""
    if isinstance(value, dict) and isinstance(value.get("name"), str) and isinstance(value.get("department"), str):
        english = value.get("english") if isinstance(value.get("english"), str) else ""
        return {"name": value["name"], "department": value["department"], **({"english": english} if english else {})}
    return None


class ActionAnswer(Action):
    """Answers a question about a service item: 一次性告知, one aspect, or a clarification."""

    def name(self) -> Text:
        return "action_answer"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        try:
            store = guide_store()
        except Exception:  # a missing or broken database must not crash the conversation
            logger.exception("knowledge base unavailable")
            dispatcher.utter_message(text=KB_UNAVAILABLE)
            return []
        turn = turn_from_tracker(tracker)
        reply = answering.answer(turn, store)
        for message in reply.messages:
            dispatcher.utter_message(
                text=message["text"], buttons=message.get("buttons") or [],
                json_message=message.get("custom"),
            )
        if turn.outside_in_context and "outside_in_context" not in reply.slots:
            reply.slots["outside_in_context"] = None   # answered about something else: no longer the one asked about
        if turn.danger and "danger" not in reply.slots:
            reply.slots["danger"] = None   # a service asked after the danger: its follow-ups are that service's
        if (before := list_before_after(turn, reply.slots)) is not None:
            reply.slots["list_before"] = before
        in_context = reply.slots.get("service_item", turn.item)
        if in_context != turn.item_in_context:   # kept for the next turn: the linker may move service_item
            reply.slots["item_in_context"] = in_context
            before = items_before_after(turn, in_context)
            if before != turn.items_before:
                reply.slots["items_before"] = before
        return [SlotSet(name, value) for name, value in reply.slots.items()]


class ActionHandOff(Action):
    """转人工: tells the citizen how to reach a person and marks the conversation for one."""

    def name(self) -> Text:
        return "action_hand_off"

    def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[Text, Any]) -> List[Dict[Text, Any]]:
        dispatcher.utter_message(text=answering.HAND_OFF)
        return [SlotSet("handoff_requested", True)]
