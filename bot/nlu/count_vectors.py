"""``CountVectors``: Rasa's CountVectorsFeaturizer with its per-message features counted
in dictionaries.

The stock featurizer calls sklearn's ``transform`` twice per message (tokens, then the
joined sentence), and each call builds several scipy matrices for a handful of tokens:
about a tenth of a turn's CPU on the server. Here the same analyzer and vocabulary give
the same counts, written straight into the COO matrices Rasa expects (equality is tested in
tests/test_nlu_components.py). Training and persistence are the parent's.

``sequence_features: false`` leaves out the per-token matrices (a row per token) and adds
only the sentence features: for pipelines where nothing reads per-token features (ours:
the AspectClassifier reads sentence features; DIET or CRF would need the tokens').
"""
from __future__ import annotations

from typing import Any, Dict, List, Optional, Text, Tuple

import numpy as np
import scipy.sparse
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer
from rasa.nlu.constants import DENSE_FEATURIZABLE_ATTRIBUTES

from bot.sparse_rows import feature_counts


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER, is_trainable=True)
class CountVectors(CountVectorsFeaturizer):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {**CountVectorsFeaturizer.get_default_config(), "sequence_features": True}

    def _counts(self, attribute: Text, texts: List[Text]) -> scipy.sparse.coo_matrix:
        """``vectorizer.transform(texts)`` with sorted indices, as COO."""
        vectorizer = self.vectorizers[attribute]
        cache: Dict[Text, tuple] = self.__dict__.setdefault("_analyzers", {})
        if attribute not in cache:
            cache[attribute] = (vectorizer.build_analyzer(), vectorizer.vocabulary_)
        analyze, vocabulary = cache[attribute]
        rows, cols, data = [], [], []
        for row, text in enumerate(texts):
            counts = feature_counts(analyze, vocabulary, text)
            for column in sorted(counts):
                rows.append(row)
                cols.append(column)
                data.append(counts[column])
        return scipy.sparse.coo_matrix(
            (np.array(data, dtype=vectorizer.dtype), (np.array(rows, dtype=np.int32), np.array(cols, dtype=np.int32))),
            shape=(len(texts), len(vocabulary)),
        )

    def _create_features(
        self, attribute: Text, all_tokens: List[List[Text]]
    ) -> Tuple[List[Optional[scipy.sparse.spmatrix]], List[Optional[scipy.sparse.spmatrix]]]:
        if not self.vectorizers.get(attribute):
            return [None], [None]
        sequence_features: List[Optional[scipy.sparse.spmatrix]] = []
        sentence_features: List[Optional[scipy.sparse.spmatrix]] = []
        for tokens in all_tokens:
            if not tokens:
                sequence_features.append(None)
                sentence_features.append(None)
                continue
            sequence_features.append(self._counts(attribute, tokens) if self._config["sequence_features"] else None)
            sentence_features.append(
                self._counts(attribute, [" ".join(tokens)]) if attribute in DENSE_FEATURIZABLE_ATTRIBUTES else None
            )
        return sequence_features, sentence_features
