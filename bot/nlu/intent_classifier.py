"""``AspectClassifier``: Rasa's LogisticRegressionClassifier, safe for empty messages, with
the probabilities computed from the message's own features.

The stock classifier crashes on a message without any token (an empty or whitespace-only
message has no features at all). Those messages get the intent ``out_of_scope`` with
full confidence instead, so the dialogue answers them politely.

``predict_proba`` multiplies the sparse message by the transposed weight matrix, which
scipy first copies whole (``ravel`` of a Fortran-ordered view) for every message; here
only the weight columns of the message's non-zero features are gathered. Same numbers
(tests/test_nlu_components.py compares them).
"""
from __future__ import annotations

from typing import List

import numpy as np
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

EMPTY_INTENT = "out_of_scope"


def probabilities(clf, X) -> np.ndarray:
    """``clf.predict_proba(X)`` for a multinomial LogisticRegression, row by row."""
    multinomial = clf.coef_.shape[0] > 2 and getattr(clf, "multi_class", "auto") in ("auto", "multinomial") \
        and getattr(clf, "solver", "lbfgs") != "liblinear"
    if not multinomial:
        return clf.predict_proba(X)
    X = X.tocsr()
    coef = clf.coef_
    scores = np.empty((X.shape[0], coef.shape[0]))
    for row, (start, end) in enumerate(zip(X.indptr[:-1], X.indptr[1:])):
        scores[row] = coef[:, X.indices[start:end]] @ X.data[start:end]
    scores += clf.intercept_
    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=1, keepdims=True)
    return scores


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
            self._classify(rest)
        return messages

    def _classify(self, messages: List[Message]) -> None:
        """The parent's ``process`` with ``probabilities`` instead of ``predict_proba``."""
        probas = probabilities(self.clf, self._create_X(messages))
        for message, row in zip(messages, probas):
            ranking = sorted(
                ({"name": name, "confidence": float(p)} for name, p in zip(self.clf.classes_, row)),
                key=lambda e: -e["confidence"],
            )
            intent = ranking[0]
            if self.config["ranking_length"] > 0:
                ranking = ranking[: self.config["ranking_length"]]
            message.set("intent", intent, add_to_output=True)
            message.set("intent_ranking", ranking, add_to_output=True)
