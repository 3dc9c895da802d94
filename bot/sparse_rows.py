"""Per-message sparse arithmetic without building scipy/sklearn matrices for each step.

A chat message has a few dozen non-zero features; sklearn's ``transform`` and
``decision_function`` build and convert several sparse matrices (and may copy a whole
weight matrix) to handle it. These helpers do the same arithmetic on (columns, values)
rows. Used by the item linker and the NLU components; plain NumPy/SciPy, no Rasa.
"""
from __future__ import annotations

from typing import Callable, Dict, Iterable, List, Mapping, Sequence, Tuple

import numpy as np

Row = Tuple[np.ndarray, np.ndarray]   # (column indices, values)


def feature_counts(analyze: Callable[[str], Iterable[str]], vocabulary: Mapping[str, int], text: str) -> Dict[int, int]:
    """Column -> count of the vocabulary features ``analyze`` finds in ``text``: the counts
    of sklearn's ``CountVectorizer.transform([text])``."""
    counts: Dict[int, int] = {}
    for feature in analyze(text):
        column = vocabulary.get(feature)
        if column is not None:
            counts[column] = counts.get(column, 0) + 1
    return counts


def csr_from_rows(rows: Sequence[Row], width: int):
    """A CSR matrix with one row per (columns, values) pair."""
    from scipy.sparse import csr_matrix

    indptr = np.cumsum([0] + [len(columns) for columns, _ in rows])
    data = np.concatenate([values for _, values in rows]) if rows else np.zeros(0)
    indices = np.concatenate([columns for columns, _ in rows]) if rows else np.zeros(0, dtype=np.int32)
    return csr_matrix((data, indices, indptr), shape=(len(rows), width))


def decision_values(coef: np.ndarray, intercept: np.ndarray, X) -> np.ndarray:
    """``X @ coef.T + intercept`` for a CSR ``X``, gathering only the weight columns of each
    row's non-zero features (scipy copies a transposed weight matrix whole)."""
    return row_decision_values(coef, intercept, [(X.indices[start:end], X.data[start:end])
                                                 for start, end in zip(X.indptr[:-1], X.indptr[1:])])


def row_decision_values(coef: np.ndarray, intercept: np.ndarray, rows: Sequence[Row]) -> np.ndarray:
    """``decision_values`` of the matrix whose rows are ``rows``, without building it."""
    scores = np.empty((len(rows), coef.shape[0]))
    for index, (columns, values) in enumerate(rows):
        scores[index] = coef[:, columns] @ np.asarray(values).astype(coef.dtype)
    return scores + intercept


def row_dot_csr(columns: np.ndarray, values: np.ndarray, matrix) -> np.ndarray:
    """The dense row ``x @ matrix`` for one sparse row ``x`` = (columns, values) and a CSR
    ``matrix``: the postings of the row's few columns, gathered and summed with NumPy
    (scipy builds and checks several matrices for a one-row product)."""
    indptr = matrix.indptr
    starts = indptr[columns].astype(np.int64)
    lengths = indptr[columns + 1].astype(np.int64) - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(matrix.shape[1])
    # positions in matrix.data of all gathered postings, row after row
    offsets = np.repeat(starts - (np.cumsum(lengths) - lengths), lengths) + np.arange(total)
    weights = matrix.data[offsets] * np.repeat(np.asarray(values, dtype=np.float64), lengths)
    return np.bincount(matrix.indices[offsets], weights=weights, minlength=matrix.shape[1])
