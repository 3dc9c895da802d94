"""``IntentSettler``: which intent a message gets when the classifier's guess would lose the
citizen's question. It runs after ``ItemLinker`` and changes ``intent`` only (the ranking
stays the classifier's own), in two cases:

* a conversation intent (greet, goodbye, thanks, bot_challenge, request_human, restart),
  whose rule answers without the answering action, guessed with less than ``min_confidence``:
  "我辞职了" was a goodbye (0.21) and ended the conversation, "我要出国" a hand-off (0.18);
  a restart guessed that weakly would wipe the conversation;
* a pleasantry (greet, goodbye, thanks, bot_challenge, restart) on a message in which the
  linker found a catalog item in scope: "谢谢，那护照呢" (thanks, 0.79) is a question about
  护照, "重新开始，我要办护照" one too.
  An explicit request for a person (转人工，我要办营业执照) stays one.

Either way the best intent that is not a conversation intent is taken; there is always one.
"""
from __future__ import annotations

from typing import Any, Collection, Dict, List, Optional, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message


def settled_intent(ranking: List[Dict[str, Any]], in_scope: bool, conversation: Collection[str],
                   pleasantries: Collection[str], min_confidence: float) -> Optional[Dict[str, Any]]:
    """``ranking[0]`` (highest first), or the best intent outside ``conversation`` when
    ``ranking[0]`` is a conversation intent below ``min_confidence``, or a pleasantry on a
    message about an item in scope; ``ranking[0]`` when no other intent is ranked."""
    if not ranking:
        return None
    top = ranking[0]
    weak = top["name"] in conversation and top["confidence"] < min_confidence
    if not weak and not (in_scope and top["name"] in pleasantries):
        return top
    return next((entry for entry in ranking if entry["name"] not in conversation), top)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class IntentSettler(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # intents whose rules answer without the answering action
            "conversation_intents": ["greet", "goodbye", "thanks", "bot_challenge", "request_human",
                                     "restart"],
            # the confidence one of them needs to stand
            "min_confidence": 0.5,
            # the ones that give way to a question about an item in scope
            "pleasantries": ["greet", "goodbye", "thanks", "bot_challenge", "restart"],
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.conversation = frozenset(config["conversation_intents"])
        self.pleasantries = frozenset(config["pleasantries"])
        self.min_confidence = float(config["min_confidence"])

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "IntentSettler":
        return cls({**cls.get_default_config(), **config})

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get("intent")
            if not intent:
                continue
            ranking = message.get("intent_ranking") or [intent]
            settled = settled_intent(ranking, bool(message.get("item_in_scope")), self.conversation,
                                     self.pleasantries, self.min_confidence)
            if settled is not None and settled["name"] != intent.get("name"):
                message.set("intent", settled, add_to_output=True)
        return messages
