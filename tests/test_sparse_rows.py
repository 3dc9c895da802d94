"""bot.sparse_rows against the scipy/sklearn computations it replaces."""
import numpy as np
from scipy.sparse import random as sparse_random
from sklearn.feature_extraction.text import CountVectorizer

from bot.sparse_rows import csr_from_rows, decision_values, feature_counts


def test_feature_counts_equal_countvectorizer():
    vectorizer = CountVectorizer(analyzer="char", ngram_range=(1, 2)).fit(["身份证补办", "公积金提取"])
    text = "补办身份证 身份证"
    counts = feature_counts(vectorizer.build_analyzer(), vectorizer.vocabulary_, text)
    expected = vectorizer.transform([text]).tocoo()
    assert counts == dict(zip(expected.col.tolist(), expected.data.tolist()))


def test_rows_and_decision_values_equal_the_matrix_product():
    X = sparse_random(5, 30, density=0.2, format="csr", random_state=3)
    rows = [(X.indices[a:b], X.data[a:b]) for a, b in zip(X.indptr[:-1], X.indptr[1:])]
    rebuilt = csr_from_rows(rows, 30)
    assert (rebuilt.toarray() == X.toarray()).all()
    coef, intercept = np.random.default_rng(0).normal(size=(4, 30)), np.arange(4.0)
    np.testing.assert_allclose(decision_values(coef, intercept, rebuilt), X @ coef.T + intercept)
