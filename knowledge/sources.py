"""Read and validate the human-editable guide sources in ``knowledge/sources/*.yaml``.

A source file holds one department's items; see ``sources/README.md`` for the shape.
Validation returns problems that name the file, the item and the field, so an editor
knows exactly what to fix.
"""
from __future__ import annotations

import csv
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import yaml

from knowledge import CATALOG_TSV
from knowledge.notice import HOTLINE

REQUIRED_TEXT = (
    "id", "name", "theme", "audience", "conditions", "legal_time_limit",
    "committed_time_limit", "fee", "online_entry", "process", "legal_basis", "source",
)
MATERIAL_FORMS = ("原件", "复印件", "原件及复印件", "电子证照")
POINT_FIELDS = ("district", "place", "address", "hours", "phone")


@dataclass(frozen=True)
class Problem:
    """One reason an item is incomplete: where it is and what is wrong."""

    file: str
    item_id: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.item_id or '-'}: {self.field}: {self.message}"


def read_catalog(path: Path = CATALOG_TSV) -> Dict[str, Dict[str, str]]:
    """The canonical catalog (id -> row), copied into the repo from the shared catalog."""
    with open(path, encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(handle, delimiter="\t")
        return {row["id"]: row for row in rows}


def load_source_files(folder: Path) -> List[Dict[str, Any]]:
    """Every item of every ``*.yaml`` file, with service point keys resolved.

    Each returned item carries ``department``, ``sample`` and ``source_file`` from its file.
    """
    items: List[Dict[str, Any]] = []
    for path in sorted(Path(folder).glob("*.yaml")):
        items.extend(load_source_file(path))
    return items


def load_source_file(path: Path) -> List[Dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        document = yaml.safe_load(handle) or {}
    if not isinstance(document, dict):
        raise ValueError(f"{path.name}: the file must be a mapping with 'department' and 'items'")
    points = {p.get("key"): p for p in document.get("service_points") or [] if isinstance(p, dict)}
    items = []
    for raw in document.get("items") or []:
        item = dict(raw)
        item.setdefault("department", document.get("department"))
        item["sample"] = bool(document.get("sample", False))
        item["source_file"] = f"knowledge/sources/{path.name}"
        item["service_points"] = [
            _resolve_point(ref, points) for ref in item.get("service_points") or []
        ]
        if isinstance(item.get("updated"), (dt.date, dt.datetime)):
            item["updated"] = item["updated"].isoformat()[:10]
        items.append(item)
    return items


def _resolve_point(ref: Any, points: Dict[str, Dict[str, Any]]) -> Dict[str, Any]:
    if isinstance(ref, dict):
        return ref
    if ref in points:
        return points[ref]
    return {"key": ref, "_unknown": True}


def validate_items(
    items: Iterable[Dict[str, Any]], catalog: Optional[Dict[str, Dict[str, str]]] = None
) -> List[Problem]:
    """All problems of all items; an empty list means every item is complete."""
    items = list(items)   # read twice: item by item, then the phone numbers across items
    problems: List[Problem] = []
    seen: Dict[str, str] = {}
    for item in items:
        where = item.get("source_file", "?")
        item_id = str(item.get("id") or "")
        if item_id in seen:
            problems.append(Problem(where, item_id, "id", f"duplicate, also in {seen[item_id]}"))
        seen[item_id] = where
        if catalog is not None and item_id and item_id not in catalog and not item.get("imported"):
            problems.append(Problem(where, item_id, "id", "not in knowledge/catalog/items.tsv"))
        problems.extend(validate_item(item))
    return problems + shared_phones(items)


# an office's own number (area code and number: 0000-12010001), not a service hotline (12333)
_OFFICE_NUMBER = re.compile(r"\d{3,4}-\d{7,8}")


def shared_phones(items: Iterable[Dict[str, Any]]) -> List[Problem]:
    """An office number given to places of two departments, or the 12345 hotline given as a
    place's number: a 一次性告知 would read another office's number to the citizen, or send a
    12345 caller back to 12345."""
    problems: List[Problem] = []
    owner: Dict[str, tuple] = {}
    for item in items:
        where, item_id, department = item.get("source_file", "?"), str(item.get("id") or ""), item.get("department")
        for n, point in enumerate(item.get("service_points") or [], 1):
            phone = str(point.get("phone") or "")
            if phone.strip() == HOTLINE:
                problems.append(Problem(where, item_id, f"service_points[{n}].phone",
                                        "the 12345 hotline itself: give the office's own number"))
            for number in _OFFICE_NUMBER.findall(phone):
                first = owner.setdefault(number, (department, point.get("place")))
                if first[0] != department:
                    problems.append(Problem(where, item_id, f"service_points[{n}].phone",
                                            f"{number} is also {first[0]}'s {first[1]}"))
    return problems


def validate_item(item: Dict[str, Any]) -> List[Problem]:
    where = item.get("source_file", "?")
    item_id = str(item.get("id") or "")

    def problem(field: str, message: str) -> None:
        found.append(Problem(where, item_id, field, message))

    found: List[Problem] = []
    for field in REQUIRED_TEXT:
        if not _text(item.get(field)):
            problem(field, "missing or empty")
    if not item.get("department"):
        problem("department", "missing or empty")
    if not _text(item.get("updated")):
        problem("updated", "missing (YYYY-MM-DD)")
    visits = item.get("visits")
    if not isinstance(visits, int) or isinstance(visits, bool) or visits < 0:
        problem("visits", "must be a whole number of trips: 0, 1, 2 ...")
    if not item.get("imported"):
        aliases = item.get("aliases") or []
        if not isinstance(aliases, list) or len(aliases) < 2:
            problem("aliases", "at least 2 names citizens use")
        examples = item.get("examples") or []
        if not isinstance(examples, list) or len(examples) < 3:
            problem("examples", "at least 3 example questions")
        faqs = item.get("faqs") or []
        if not faqs:
            problem("faqs", "at least one question and answer")
        for n, faq in enumerate(faqs, 1):
            if not isinstance(faq, dict) or not _text(faq.get("q")) or not _text(faq.get("a")):
                problem(f"faqs[{n}]", "needs both q and a")
    points = item.get("service_points") or []
    if not points:
        problem("service_points", "at least one place where it is handled")
    for n, point in enumerate(points, 1):
        if point.get("_unknown"):
            problem(f"service_points[{n}]", f"unknown key {point.get('key')!r}")
            continue
        for field in POINT_FIELDS:
            if not _text(point.get(field)):
                problem(f"service_points[{n}].{field}", "missing or empty")
    situations = item.get("situations") or []
    if not situations:
        problem("situations", "at least one situation (name it 通用 when materials do not differ)")
    for s, situation in enumerate(situations, 1):
        if not _text(situation.get("name")):
            problem(f"situations[{s}].name", "missing or empty")
        materials = situation.get("materials") or []
        if not materials:
            problem(f"situations[{s}].materials", "no materials listed")
        for m, material in enumerate(materials, 1):
            field = f"situations[{s}].materials[{m}]"
            if not _text(material.get("name")):
                problem(f"{field}.name", "missing or empty")
            if material.get("form") not in MATERIAL_FORMS:
                problem(f"{field}.form", f"one of {', '.join(MATERIAL_FORMS)}")
            copies = material.get("copies")
            if not isinstance(copies, int) or isinstance(copies, bool) or copies < 1:
                problem(f"{field}.copies", "a whole number, at least 1")
            if not isinstance(material.get("required"), bool):
                problem(f"{field}.required", "true or false")
    return found


def _text(value: Any) -> bool:
    return value is not None and str(value).strip() != ""
