"""Measure item identification on a labelled TSV (columns ``text``, ``item_id`` with
``none`` for out-of-scope, optional ``kind``).

Figures: top-1 / top-3 accuracy on in-scope rows, out-of-scope rejection, in-scope false
rejection, the same per ``kind`` and per department, and the most confused pairs. Any
predictor that maps a text to ``(ranked item ids, in_scope)`` can be measured, so the
product pipeline and Rasa's stock pipeline are compared on the same rows.
"""
from __future__ import annotations

import csv
from collections import Counter, defaultdict
from pathlib import Path
from typing import Callable, Dict, List, Sequence, Tuple

NONE = "none"
Prediction = Tuple[List[str], bool]


def read_rows(path: Path) -> List[Dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle, delimiter="\t") if (r.get("text") or "").strip()]
    for row in rows:
        if not row.get("item_id"):
            raise ValueError(f"{path}: every row needs an item_id (or 'none'): {row}")
        row.setdefault("kind", "")
        row["kind"] = row.get("kind") or ("none" if row["item_id"] == NONE else "plain")
    return rows


def _rate(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def evaluate(rows: Sequence[Dict[str, str]], predictions: Sequence[Prediction],
             department_of: Callable[[str], str]) -> Dict:
    """The report for one predictor; ``predictions[i]`` belongs to ``rows[i]``."""
    counts: Dict[str, Counter] = defaultdict(Counter)
    confused: Counter = Counter()
    accepted: List[Dict[str, str]] = []
    for row, (ids, in_scope) in zip(rows, predictions):
        gold = row["item_id"]
        groups = ["all", f"kind:{row['kind']}"]
        if gold == NONE and in_scope:
            accepted.append({"text": row["text"], "predicted": ids[0] if ids else ""})
        if gold == NONE:
            for g in groups:
                counts[g]["none"] += 1
                counts[g]["rejected"] += not in_scope
            continue
        groups.append(f"department:{department_of(gold)}")
        top1 = bool(ids) and ids[0] == gold
        for g in groups:
            c = counts[g]
            c["in_scope"] += 1
            c["top1"] += top1
            c["top3"] += gold in ids[:3]
            c["false_rejected"] += not in_scope
        if ids and not top1:
            confused[(gold, ids[0])] += 1

    def figures(c: Counter) -> Dict:
        return {
            "in_scope_rows": c["in_scope"], "none_rows": c["none"],
            "top1": _rate(c["top1"], c["in_scope"]), "top3": _rate(c["top3"], c["in_scope"]),
            "false_rejection": _rate(c["false_rejected"], c["in_scope"]),
            "oos_rejection": _rate(c["rejected"], c["none"]),
        }

    return {
        "overall": figures(counts["all"]),
        "by_kind": {g[5:]: figures(c) for g, c in sorted(counts.items()) if g.startswith("kind:")},
        "by_department": {g[11:]: figures(c) for g, c in sorted(counts.items()) if g.startswith("department:")},
        "confused_pairs": [
            {"gold": gold, "predicted": predicted, "count": n} for (gold, predicted), n in confused.most_common(15)
        ],
        "accepted_out_of_scope": accepted,
    }


def format_reports(reports: Dict[str, Dict]) -> str:
    """Side-by-side text tables of several predictors' reports."""
    names = list(reports)
    lines = []

    def table(title: str, key: str) -> None:
        first = next(iter(reports.values()))
        groups = ["overall"] if key == "overall" else [g for g, f in first[key].items() if f["in_scope_rows"]]
        lines.append(f"\n{title}")
        header = f"{'':24}" + "".join(f"{n + ' top1':>16}{n + ' top3':>16}" for n in names)
        lines.append(header + f"{'rows':>7}")
        for group in groups:
            cells = []
            rows = 0
            for name in names:
                f = reports[name]["overall"] if key == "overall" else reports[name][key].get(group, {})
                cells.append(f"{f.get('top1', 0):>16.1%}{f.get('top3', 0):>16.1%}")
                rows = f.get("in_scope_rows", 0)
            lines.append(f"{group:24}" + "".join(cells) + f"{rows:>7}")

    lines.append("in-scope vs out-of-scope")
    lines.append(f"{'':24}" + "".join(f"{n:>32}" for n in names))
    for label, key in (("out-of-scope rejection", "oos_rejection"), ("in-scope false rejection", "false_rejection")):
        lines.append(f"{label:24}" + "".join(f"{reports[n]['overall'][key]:>32.1%}" for n in names))
    table("top-1 / top-3 on in-scope rows", "overall")
    table("by kind", "by_kind")
    table("by department", "by_department")
    for name in names:
        pairs = reports[name]["confused_pairs"][:10]
        lines.append(f"\nmost confused ({name}): gold -> predicted")
        lines.extend(f"  {p['count']} x {p['gold']} -> {p['predicted']}" for p in pairs)
    if len(names) == 2:
        a, b = (reports[n]["overall"] for n in names)
        if b["top1"]:
            lines.append(f"\ntop-1 ratio {names[0]}/{names[1]}: {a['top1'] / b['top1']:.2f}x")
    return "\n".join(lines)
