"""Measure how messages that name several items are recognised (``bot.named_items``).

Rows are a TSV with ``text`` and either ``item_ids`` (comma-separated, in the order named;
tests/fixtures/multi_items.tsv) or ``item_id`` (one item or ``none``: ../shared/eval/dev.tsv
and the other identification sets). A row with two or more items is a list: it is covered
when every item is among what the citizen is told about (the best item when in scope, and
the items named), exact when the items named are those items. Any other row must name no
list: a list found there is a false list (the answer would add a needless reminder).
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Dict, List, Sequence

NONE = "none"


def read_rows(path: Path) -> List[Dict[str, object]]:
    """``[{"text", "items": [ids]}]``; ``items`` is empty for an out-of-scope row."""
    rows = []
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            text = (row.get("text") or "").strip()
            if not text:
                continue
            raw = row.get("item_ids") if row.get("item_ids") is not None else row.get("item_id")
            if not raw:
                raise ValueError(f"{path}: a row without item_ids / item_id: {row}")
            items = [i.strip() for i in raw.split(",") if i.strip() and i.strip() != NONE]
            rows.append({"text": text, "items": items})
    return rows


def _rate(hits: int, total: int) -> float:
    return round(hits / total, 4) if total else 0.0


def measure(rows: Sequence[Dict[str, object]], parses: Sequence[Dict[str, object]]) -> Dict[str, object]:
    """Figures for ``rows`` and the parse output of each (``named_items``, ``service_items``,
    ``item_in_scope``)."""
    lists = covered = exact = singles = false_lists = 0
    misses, extras = [], []
    for row, parsed in zip(rows, parses):
        gold = list(row["items"])
        named = [i["id"] for i in parsed.get("named_items") or []]
        best = (parsed.get("service_items") or [{}])[0].get("id") if parsed.get("item_in_scope") else None
        told = set(named) | ({best} if best else set())
        if len(gold) >= 2:
            lists += 1
            covered += set(gold) <= told
            exact += set(named) == set(gold)
            if set(named) != set(gold):
                misses.append({"text": row["text"], "gold": gold, "named": named, "best": best})
        else:
            singles += 1
            false_lists += bool(named)
            if named:
                extras.append({"text": row["text"], "gold": gold, "named": named})
    return {
        "list_rows": lists, "covered": _rate(covered, lists), "exact": _rate(exact, lists),
        "single_rows": singles, "false_lists": _rate(false_lists, singles),
        "list_misses": misses, "false_list_rows": extras,
    }


def format_report(name: str, report: Dict[str, object]) -> str:
    lines = [f"{name}: {report['list_rows']} rows naming several items, {report['single_rows']} naming one or none"]
    if report["list_rows"]:
        lines.append(f"  every item told (best item + items named): {report['covered']:.1%}")
        lines.append(f"  items named exactly:                       {report['exact']:.1%}")
    if report["single_rows"]:
        lines.append(f"  false lists on rows naming one item:       {report['false_lists']:.1%}")
    for miss in report["list_misses"][:15]:
        lines.append(f"  missed: {miss['text']}  gold {','.join(miss['gold'])}  named {','.join(miss['named']) or '-'}")
    for extra in report["false_list_rows"][:15]:
        lines.append(f"  false list: {extra['text']}  gold {','.join(extra['gold']) or 'none'}  named {','.join(extra['named'])}")
    return "\n".join(lines)
