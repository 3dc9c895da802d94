"""bot.sparse_rows against the scipy/sklearn computations it replaces."""
import numpy as np
from scipy.sparse import random as sparse_random
from sklearn.feature_extraction.text import CountVectorizer

from bot.sparse_rows import csr_from_rows, decision_values, feature_counts, row_dot_csr


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


def test_row_dot_csr_equals_the_matrix_product():
    matrix = sparse_random(40, 25, density=0.15, format="csr", random_state=5)
    rng = np.random.default_rng(1)
    for columns in ([], [3], [0, 7, 39], sorted(rng.choice(40, 12, replace=False).tolist())):
        columns = np.array(columns, dtype=np.int32)
        values = rng.normal(size=len(columns))
        x = csr_from_rows([(columns, values)], 40)
        np.testing.assert_allclose(row_dot_csr(columns, values, matrix), (x @ matrix).toarray().ravel(), atol=1e-12)
    empty_rows = sparse_random(5, 4, density=0.0, format="csr")
    assert (row_dot_csr(np.array([1, 2]), np.array([1.0, 2.0]), empty_rows) == 0).all()
