"""Turn imported records into items in source shape (see ``knowledge/sources/README.md``).

Records that match the same catalog item are merged into it, one situation per record's
situation (named after the record when several merge). Unmatched records become new items
with a stable id ``import.<kind>.<sha1 of the normalised name>[:10]``.

The file's situations, materials and service points replace the item's; its conditions,
committed time limit and fee replace the item's when the file has them. Every other field
(legal time limit, online entry, process, FAQs, aliases, examples ...) is kept from the
existing row, else taken from the catalog (name, department, theme, audience, aliases),
else left empty: nothing is invented.
"""
from __future__ import annotations

import hashlib
from collections import OrderedDict
from typing import Any, Dict, List, Optional, Tuple

from knowledge.importer.matching import CatalogMatcher
from knowledge.importer.records import GENERIC_SITUATION, ReadResult, Record

TITLES = {"changchun": "长春市政务服务事项办事指南导出", "jilin": "吉林省通用事项申请材料和情形导出"}
Group = Tuple[Optional[str], List[Record]]   # (catalog id or None, records)


def new_id(kind: str, key: str) -> str:
    return f"import.{kind}.{hashlib.sha1(f'{kind}:{key}'.encode('utf-8')).hexdigest()[:10]}"


def group_records(records: List[Record], matcher: CatalogMatcher) -> "OrderedDict[str, Group]":
    """Item id -> (catalog id or None, the records that make the item), in file order."""
    groups: "OrderedDict[str, Group]" = OrderedDict()
    for record in records:
        target = matcher.match_any(record.match_names)
        item_id = target or new_id(record.kind, record.key)
        groups.setdefault(item_id, (target, []))[1].append(record)
    return groups


def build_item(item_id: str, records: List[Record], result: ReadResult, region: str,
               existing: Optional[Dict[str, Any]], catalog_row: Optional[Dict[str, str]]) -> Dict[str, Any]:
    """The whole item to write: existing fields kept, the file's fields replacing them."""
    item = dict(existing) if existing else _base(item_id, records[0], catalog_row)
    item["id"] = item_id
    if not item.get("department"):
        item["department"] = next((r.department for r in records if r.department), None)
    item["situations"] = situations(records)
    points = _unique([p for r in records for p in r.points])
    if points or not existing:
        item["service_points"] = points
    imported = {
        "conditions": _combine(records, lambda r: _by_district(r.conditions, "\n"), "\n"),
        "committed_time_limit": _combine(records, lambda r: _time_limit(r.time_limits), "；"),
        "fee": _combine(records, lambda r: _by_district(r.fees, "；"), "；"),
    }
    item.update({k: v for k, v in imported.items() if v})
    title = TITLES.get(result.kind, result.kind)
    item.update({
        "source": f"导入：{result.file}（{title}，{result.updated}）",
        "source_file": result.file, "updated": result.updated, "region": region,
        "imported": True,
    })
    return item


def situations(records: List[Record]) -> List[Dict[str, Any]]:
    merged = len(records) > 1
    labels: Dict[str, int] = {}
    found = []
    for record in records:
        label = record.label
        labels[label] = labels.get(label, 0) + 1
        if labels[label] > 1:
            label = f"{label}（第{labels[label]}组）"
        for name, materials in record.situations.items():
            if merged:
                name = label if name == GENERIC_SITUATION else f"{label}：{name}"
            found.append({
                "name": name, "description": record.description,
                "materials": [{"name": m, "form": None, "copies": None, "required": True}
                              for m in materials],
            })
    return found


def _base(item_id: str, record: Record, catalog_row: Optional[Dict[str, str]]) -> Dict[str, Any]:
    if catalog_row:
        return {
            "name": catalog_row.get("name"), "department": catalog_row.get("department"),
            "theme": catalog_row.get("theme") or None, "audience": catalog_row.get("audience") or None,
            "aliases": [a for a in (catalog_row.get("aliases") or "").split("|") if a],
        }
    return {"name": record.name, "department": record.department, "aliases": []}


def _combine(records: List[Record], summary, separator: str) -> Optional[str]:
    """One text for the item: the records' texts, labelled when they differ."""
    texts = [(r.label, summary(r)) for r in records]
    texts = [(label, text) for label, text in texts if text]
    if not texts:
        return None
    if len({text for _, text in texts}) == 1:
        return texts[0][1]
    return separator.join(f"{label}：{text}" for label, text in texts)


def _groups(values: Dict[str, str]) -> "OrderedDict[str, List[str]]":
    groups: "OrderedDict[str, List[str]]" = OrderedDict()
    for district, value in values.items():
        groups.setdefault(value, []).append(district)
    return groups


def _by_district(values: Dict[str, str], separator: str) -> Optional[str]:
    groups = _groups(values)
    if len(groups) <= 1:
        return next(iter(groups), None)
    return "因区划而异（" + separator.join(f"{'、'.join(d)}：{v}" for v, d in groups.items()) + "）"


def _time_limit(values: Dict[str, str]) -> Optional[str]:
    """``3个工作日``, or the range with each district's limit when they differ."""
    def text(value: str) -> str:
        return f"{value}个工作日" if value.isdigit() else value

    groups = _groups(values)
    if len(groups) <= 1:
        return text(next(iter(groups))) if groups else None
    ordered = sorted(groups, key=lambda v: (not v.isdigit(), int(v) if v.isdigit() else 0, v))
    head = "因区划而异"
    if all(v.isdigit() for v in ordered):
        head = f"{ordered[0]}至{ordered[-1]}个工作日，因区划而异"
    return f"{head}（" + "；".join(f"{text(v)}：{'、'.join(groups[v])}" for v in ordered) + "）"


def _unique(points: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    found: List[Dict[str, Any]] = []
    for point in points:
        if point not in found:
            found.append(point)
    return found
