"""Choose the in-scope thresholds of the item linker on held-out training data.

Every fifth example question of each item and every fifth out-of-scope example are held
out; a linker trained on the rest ranks them; the thresholds (minimum item score, maximum
probability of "none") are the pair that rejects the most held-out out-of-scope messages
while falsely rejecting at most ``max_false_rejection`` of the held-out item questions.
"""
from __future__ import annotations

from collections import Counter
from typing import List, Sequence, Tuple

Point = Tuple[float, float]  # (top item score, probability of none)


def held_out_split(documents: Sequence[Tuple[str, str]], none_texts: Sequence[str], every: int = 5):
    """(train documents, held-out documents, train none texts, held-out none texts)."""
    seen: Counter = Counter()
    train_docs, held_docs = [], []
    for item_id, text in documents:
        seen[item_id] += 1
        (held_docs if seen[item_id] % every == 0 else train_docs).append((item_id, text))
    train_none = [t for n, t in enumerate(none_texts, 1) if n % every]
    held_none = [t for n, t in enumerate(none_texts, 1) if n % every == 0]
    return train_docs, held_docs, train_none, held_none


def is_in_scope(point: Point, min_score: float, max_none: float) -> bool:
    score, none = point
    return score >= min_score and none <= max_none


def choose_thresholds(items: Sequence[Point], nones: Sequence[Point], max_false_rejection: float) -> Tuple[float, float]:
    """(min_score, max_none) rejecting most ``nones`` within the false-rejection budget."""
    scores = sorted({round(s, 3) for s, _ in items} | {0.0})
    none_levels = sorted({round(p, 3) for _, p in items} | {1.0})
    best: Tuple[float, float, float, float] = (-1.0, 0.0, 0.0, 1.0)
    for min_score in scores:
        if min_score > 0.6:
            break
        for max_none in none_levels:
            false_rejection = _rate([not is_in_scope(p, min_score, max_none) for p in items])
            if false_rejection > max_false_rejection:
                continue
            rejection = _rate([not is_in_scope(p, min_score, max_none) for p in nones])
            candidate = (rejection, -false_rejection, min_score, max_none)
            if candidate > best:
                best = candidate
    return best[2], best[3]


def _rate(flags: List[bool]) -> float:
    return sum(flags) / len(flags) if flags else 0.0
