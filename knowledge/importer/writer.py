"""Write imported items into ``guides.db`` in ONE transaction.

Uses ``knowledge.build.insert_item`` inside one ``db.atomic()``: any error rolls
everything back, and a database file this import created is removed again.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List, Optional

import sqlite_utils

from knowledge.build import create_schema, insert_item

ITEM_FIELDS = (
    "name", "department", "theme", "audience", "conditions", "legal_time_limit",
    "committed_time_limit", "fee", "fee_basis", "online_entry", "process", "legal_basis",
    "source", "source_file", "updated", "region",
)


def existing_item(db: sqlite_utils.Database, item_id: str) -> Optional[Dict[str, Any]]:
    """A stored item back in source shape (with FAQs, examples and service points)."""
    rows = list(db.query("SELECT * FROM items WHERE id = ?", [item_id]))
    if not rows:
        return None
    row = rows[0]
    item = {field: row.get(field) for field in ITEM_FIELDS}
    item["aliases"] = json.loads(row.get("aliases") or "[]")
    item["visits"] = row.get("visits_needed")
    item["sample"] = bool(row.get("sample"))
    item["faqs"] = [
        {"q": r["question"], "a": r["answer"]} for r in db.query(
            "SELECT question, answer FROM faqs WHERE item_id = ? ORDER BY position", [item_id])
    ]
    item["examples"] = [r["text"] for r in db.query(
        "SELECT text FROM examples WHERE item_id = ? ORDER BY position", [item_id])]
    item["service_points"] = [dict(r) for r in db.query(
        "SELECT district, place, address, hours, phone FROM service_points "
        "WHERE item_id = ? ORDER BY position", [item_id])]
    return item


def write(db_path: Path, build_items, origin: str) -> Dict[str, int]:
    """Open (or create) the database, let ``build_items(lookup)`` make the items, write them.

    ``build_items`` receives a function ``item_id -> existing item or None`` and returns
    the items; everything happens inside one transaction.
    """
    db_path = Path(db_path)
    existed = db_path.exists()
    db = sqlite_utils.Database(db_path)
    counts = {"items_new": 0, "items_updated": 0, "materials": 0}
    try:
        with db.atomic():
            create_schema(db)

            def lookup(item_id: str) -> Optional[Dict[str, Any]]:
                found = existing_item(db, item_id)
                counts["items_updated" if found else "items_new"] += 1
                return found

            items: List[Dict[str, Any]] = build_items(lookup)
            vocabulary = [i["name"] for i in items] + [a for i in items for a in i.get("aliases") or []]
            for item in items:
                rows = insert_item(db, item, origin, vocabulary)
                counts["materials"] += len(rows["materials"])
    except BaseException:
        db.close()
        if not existed:
            db_path.unlink(missing_ok=True)
        raise
    db.close()
    return counts
