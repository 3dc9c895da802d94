"""``AspectClassifier``: Rasa's LogisticRegressionClassifier, safe for empty messages, with
the probabilities computed from the message's own features.

The stock classifier crashes on a message without any token (an empty or whitespace-only
message has no features at all). Those messages get the intent ``out_of_scope`` with
full confidence instead, so the dialogue answers them politely.

``predict_proba`` multiplies the sparse message by the transposed weight matrix, which
scipy first copies whole (``ravel`` of a Fortran-ordered view) for every message; here
only the weight columns of the message's non-zero features are gathered. Same numbers
(tests/test_nlu_components.py compares them).

The weights are stored as a plain NumPy archive (``allow_pickle=False``) instead of Rasa's
skops file: importing ``skops.io`` scans every loaded module to list its trusted types,
about 4 of the server's 18 seconds of cold start on this machine.
"""
from __future__ import annotations

import logging
from typing import Any, Dict, List, Optional, Text, Tuple

import numpy as np
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
from rasa.shared.nlu.constants import FEATURE_TYPE_SENTENCE, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.sparse_rows import csr_from_rows, decision_values, row_decision_values

EMPTY_INTENT = "out_of_scope"
WEIGHTS_FILE = "weights.npz"
logger = logging.getLogger(__name__)


def probabilities(clf, X=None, rows=None) -> np.ndarray:
    """``clf.predict_proba(X)`` for a multinomial LogisticRegression, row by row; or of the
    matrix whose rows are ``rows`` ((columns, values) pairs), without building it."""
    multinomial = clf.coef_.shape[0] > 2 and getattr(clf, "multi_class", "auto") in ("auto", "multinomial") \
        and getattr(clf, "solver", "lbfgs") != "liblinear"
    if not multinomial:
        return clf.predict_proba(X if rows is None else csr_from_rows(rows, clf.coef_.shape[1]))
    if rows is None:
        scores = decision_values(clf.coef_, clf.intercept_, X.tocsr())
    else:
        scores = row_decision_values(clf.coef_, clf.intercept_, rows)
    scores -= scores.max(axis=1, keepdims=True)
    np.exp(scores, out=scores)
    scores /= scores.sum(axis=1, keepdims=True)
    return scores


def sentence_row(message: Message, width: int) -> Optional[Tuple[np.ndarray, np.ndarray]]:
    """(column indices, values) of the message's sentence features: what the parent's
    ``_create_X`` builds (the sparse sentence features of TEXT side by side, in the order the
    featurizers added them) without scipy's matrix constructors; None when the features do
    not add up to ``width`` columns (dense features, for one), so the parent's way is used."""
    blocks = [f.features for f in message.features
              if f.attribute == TEXT and f.type == FEATURE_TYPE_SENTENCE and f.is_sparse()]
    if any(f.is_dense() and f.attribute == TEXT for f in message.features):
        return None
    indices, values, offset = [], [], 0
    for block in blocks:
        block = block.tocoo()
        indices.append(block.col + offset)
        values.append(block.data.astype(np.float64))
        offset += block.shape[1]
    if offset != width or not blocks:
        return None
    return np.concatenate(indices), np.concatenate(values)


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=True)
class AspectClassifier(LogisticRegressionClassifier):
    def persist(self) -> None:
        """Weights, intercepts and classes of the trained classifier, no pickled objects."""
        with self._model_storage.write_to(self._resource) as model_dir:
            np.savez(model_dir / WEIGHTS_FILE, coef=self.clf.coef_, intercept=self.clf.intercept_,
                     classes=np.asarray(self.clf.classes_, dtype=str))

    @classmethod
    def load(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
             execution_context: ExecutionContext, **kwargs: Any) -> "AspectClassifier":
        component = cls(config, execution_context.node_name, model_storage, resource)
        try:
            with model_storage.read_from(resource) as model_dir:
                with np.load(model_dir / WEIGHTS_FILE, allow_pickle=False) as weights:
                    component.clf.coef_ = weights["coef"]
                    component.clf.intercept_ = weights["intercept"]
                    component.clf.classes_ = weights["classes"]
        except (ValueError, FileNotFoundError, OSError):
            logger.debug("AspectClassifier: no trained weights in resource '%s'", resource.name)
            return component
        component.clf.n_features_in_ = component.clf.coef_.shape[1]
        return component

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
        width = self.clf.coef_.shape[1]
        rows = [sentence_row(m, width) for m in messages]
        if all(r is not None for r in rows):
            probas = probabilities(self.clf, rows=rows)
        else:
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
