"""``AspectClassifier``: Rasa's LogisticRegressionClassifier, safe for empty messages.

The stock classifier crashes on a message without any token (an empty or whitespace-only
message has no features at all). Those messages get the intent ``out_of_scope`` with
full confidence instead, so the dialogue answers them politely.
"""
from __future__ import annotations

from typing import List

from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

EMPTY_INTENT = "out_of_scope"


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class AspectClassifier(LogisticRegressionClassifier):
    def process(self, messages: List[Message]) -> List[Message]:
        rest = []
        for message in messages:
            if (message.get(TEXT) or "").strip() and message.features_present(TEXT, []):
                rest.append(message)
                continue
            intent = {"name": EMPTY_INTENT, "confidence": 1.0}
            message.set("intent", intent, add_to_output=True)
            message.set("intent_ranking", [intent], add_to_output=True)
        if rest:
            super().process(rest)
        return messages
