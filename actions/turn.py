"""What the answering action knows of one user turn (``Turn``) and what it says back
(``Reply``): plain data, read from the tracker by ``actions.actions``."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

# the question intents and the aspect of a guide each asks for
ASPECT_OF_INTENT = {
    "ask_guide": "guide", "ask_materials": "materials", "ask_time_limit": "time_limit",
    "ask_fee": "fee", "ask_place": "place", "ask_online": "online",
    "ask_conditions": "conditions", "ask_process": "process", "ask_proxy": "proxy",
    "ask_progress": "progress",
}


@dataclass
class Turn:
    """What the action knows about the current user turn and the conversation."""

    text: str
    intent: Optional[str] = None
    confidence: float = 1.0                 # of the intent
    linked_item: Optional[str] = None       # the item this message clearly names
    candidates: List[Dict[str, Any]] = field(default_factory=list)
    in_scope: bool = False
    ambiguous: bool = False
    item: Optional[str] = None              # slot service_item (context)
    situation: Optional[str] = None         # slot situation: "item_id/situation name"
    district: Optional[str] = None          # slot district
    district_declined: bool = False
    aspect: Optional[str] = None            # slot aspect: what was asked last
    options: List[Dict[str, str]] = field(default_factory=list)
    outside: Optional[Dict[str, str]] = None  # a service the catalog does not cover: name, department
    outside_too: Optional[Dict[str, str]] = None  # one named besides the item named (身份证和户口本都丢了)
    outside_in_context: Optional[Dict[str, str]] = None  # slot: the service outside the catalog answered last
    district_named: bool = False            # this message names a district
    named_items: List[Dict[str, Any]] = field(default_factory=list)  # items it lists: [{"id", "name"}]
    pending_items: List[str] = field(default_factory=list)  # slot: items named together, notice to come
    # slot: of those, the ones named by a term several items share, with the term (营业执照): said and asked by it
    pending_terms: Dict[str, str] = field(default_factory=dict)
    item_asked_for: Optional[str] = None    # slot: the aspect of a question asked with no item
    item_in_context: Optional[str] = None     # slot: service_item as the last answer left it
    items_before: List[str] = field(default_factory=list)  # slot: items before it, "id" or "id/situation"
    danger: Optional[str] = None            # slot: the danger answered last (knowledge.emergencies.danger_context)
    list_before: List[Dict[str, str]] = field(default_factory=list)  # slot: the items offered before the options now
    before: str = ""                        # the user's message before this one, as read (``text``)
    said: str = ""                          # this message as sent, when the linker read it otherwise (``text``)
    said_last: List[Dict[str, Any]] = field(default_factory=list)  # the assistant's messages before this one


@dataclass
class Reply:
    messages: List[Dict[str, Any]] = field(default_factory=list)
    slots: Dict[str, Any] = field(default_factory=dict)

    def say(self, text: str, **extra: Any) -> "Reply":
        self.messages.append({"text": text, **extra})
        return self
