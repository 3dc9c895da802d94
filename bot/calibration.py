"""Choose the in-scope thresholds of the item linker on held-out training data.

K-fold: fold k holds out the example questions of each item (and the out-of-scope
examples) whose position modulo K is k; a linker trained on the rest ranks them. The
points of all folds are pooled, so every training example is judged once by a linker that
did not see it; the thresholds (minimum item score, maximum probability of "none") are the
pair that rejects the most held-out out-of-scope messages while falsely rejecting at most
``max_false_rejection`` of the held-out item questions. One fold alone (a fifth of the
data) gave thresholds that moved a lot from fold to fold: (0.0, 0.045) on one, (0.082,
0.025) on the next.
"""
from __future__ import annotations

from collections import Counter
from typing import Callable, List, Sequence, Tuple

import numpy as np

Point = Tuple[float, float]  # (top item score, probability of none)


def held_out_split(documents: Sequence[Tuple[str, str]], none_texts: Sequence[str], every: int = 5,
                   fold: int = 0):
    """(train documents, held-out documents, train none texts, held-out none texts): fold
    ``fold`` of ``every`` holds out the examples whose 1-based position (per item) modulo
    ``every`` is ``fold``."""
    seen: Counter = Counter()
    train_docs, held_docs = [], []
    for item_id, text in documents:
        seen[item_id] += 1
        (held_docs if seen[item_id] % every == fold else train_docs).append((item_id, text))
    train_none = [t for n, t in enumerate(none_texts, 1) if n % every != fold]
    held_none = [t for n, t in enumerate(none_texts, 1) if n % every == fold]
    return train_docs, held_docs, train_none, held_none


def held_out_points(documents: Sequence[Tuple[str, str]], none_texts: Sequence[str],
                    rank_point: Callable[[list, list], Callable[[str], Point]],
                    folds: int = 5) -> Tuple[List[Point], List[Point]]:
    """Pooled (item points, none points) over ``folds`` folds. ``rank_point(train_docs,
    train_none)`` trains a probe and returns its ``text -> (score, p(none))`` function."""
    items: List[Point] = []
    nones: List[Point] = []
    for fold in range(folds):
        train_docs, held_docs, train_none, held_none = held_out_split(documents, none_texts, folds, fold)
        point = rank_point(train_docs, train_none)
        items += [point(t) for _, t in held_docs]
        nones += [point(t) for t in held_none]
    return items, nones


def is_in_scope(point: Point, min_score: float, max_none: float) -> bool:
    score, none = point
    return score >= min_score and none <= max_none


def choose_thresholds(items: Sequence[Point], nones: Sequence[Point], max_false_rejection: float) -> Tuple[float, float]:
    """(min_score, max_none) rejecting most ``nones`` within the false-rejection budget.

    Candidates: every item score (rounded to 0.001, up to 0.6) times every item p(none)
    level; ties go to the lower false rejection, then the higher thresholds. For one minimum
    score the rates at every level come from one sort and a binary search, so thousands of
    held-out points cost milliseconds (a double loop over the points took minutes).
    """
    item_scores, item_nones = _columns(items)
    none_scores, none_nones = _columns(nones)
    scores = sorted({round(s, 3) for s in item_scores.tolist()} | {0.0})
    levels = np.array(sorted({round(p, 3) for p in item_nones.tolist()} | {1.0}))
    best: Tuple[float, float, float, float] = (-1.0, 0.0, 0.0, 1.0)
    for min_score in scores:
        if min_score > 0.6:
            break
        false_rejection = _rejected_share(item_scores, item_nones, min_score, levels)
        feasible = false_rejection <= max_false_rejection
        if not feasible.any():
            continue
        rejection = _rejected_share(none_scores, none_nones, min_score, levels)
        top = rejection[feasible].max()
        pick = feasible & (rejection == top)
        lowest = false_rejection[pick].min()
        k = int(np.flatnonzero(pick & (false_rejection == lowest))[-1])   # highest level
        candidate = (float(top), -float(lowest), min_score, float(levels[k]))
        if candidate > best:
            best = candidate
    return best[2], best[3]


def _columns(points: Sequence[Point]):
    array = np.asarray(list(points), dtype=float).reshape(-1, 2)
    return array[:, 0], array[:, 1]


def _rejected_share(scores, nones, min_score: float, levels):
    """Share of the points not in scope at ``min_score`` and each ``max_none`` level."""
    if len(scores) == 0:
        return np.zeros(len(levels))
    accepted = np.searchsorted(np.sort(nones[scores >= min_score]), levels, side="right")
    return (len(scores) - accepted) / len(scores)
