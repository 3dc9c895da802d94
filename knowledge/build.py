"""Build ``guides.db`` (SQLite, via sqlite-utils) from the guide sources.

Tables (names chosen to read well in any SQLite browser):
  items, situations, materials, service_points, faqs, examples, search_index (+ FTS5).
Rows from ``knowledge/sources`` carry ``origin = 'sources'``; a rebuild replaces only those,
so items imported from a city's catalog (``origin = 'import:…'``) survive it.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, Iterable, List, Tuple

import sqlite_utils

from knowledge.segmentation import shared_segmenter

SOURCES_ORIGIN = "sources"

ITEM_COLUMNS = {
    "id": str, "name": str, "aliases": str, "department": str, "theme": str,
    "audience": str, "conditions": str, "legal_time_limit": str,
    "committed_time_limit": str, "fee": str, "fee_basis": str, "online_entry": str,
    "visits_needed": int, "process": str, "legal_basis": str, "source": str,
    "source_file": str, "updated": str, "sample": int, "region": str, "origin": str,
}
CHILD_TABLES = ("situations", "materials", "service_points", "faqs", "examples", "search_index")


def create_schema(db: sqlite_utils.Database) -> None:
    """Create the tables if missing (safe to call on an existing database)."""
    if "items" not in db.table_names():
        db["items"].create(ITEM_COLUMNS, pk="id")
    db["situations"].create(
        {"id": str, "item_id": str, "position": int, "name": str, "description": str},
        pk="id", foreign_keys=[("item_id", "items", "id")], if_not_exists=True,
    )
    db["materials"].create(
        {"id": str, "item_id": str, "situation_id": str, "position": int, "name": str,
         "form": str, "copies": int, "required": int, "note": str},
        pk="id", foreign_keys=[("item_id", "items", "id"), ("situation_id", "situations", "id")],
        if_not_exists=True,
    )
    db["service_points"].create(
        {"id": str, "item_id": str, "position": int, "district": str, "place": str,
         "address": str, "hours": str, "phone": str},
        pk="id", foreign_keys=[("item_id", "items", "id")], if_not_exists=True,
    )
    db["faqs"].create(
        {"id": str, "item_id": str, "position": int, "question": str, "answer": str},
        pk="id", foreign_keys=[("item_id", "items", "id")], if_not_exists=True,
    )
    db["examples"].create(
        {"id": str, "item_id": str, "position": int, "text": str},
        pk="id", foreign_keys=[("item_id", "items", "id")], if_not_exists=True,
    )
    db["search_index"].create(
        {"id": str, "item_id": str, "field": str, "text": str, "words": str},
        pk="id", foreign_keys=[("item_id", "items", "id")], if_not_exists=True,
    )
    for table in CHILD_TABLES:
        db[table].create_index(["item_id"], if_not_exists=True)
    if not db["search_index"].detect_fts():
        db["search_index"].enable_fts(["words"], create_triggers=True, tokenize="unicode61")


def item_rows(item: Dict[str, Any], origin: str) -> Dict[str, List[Dict[str, Any]]]:
    """The rows of every table for one item in source shape (see sources/README.md)."""
    item_id = item["id"]
    rows: Dict[str, List[Dict[str, Any]]] = {t: [] for t in ("items",) + CHILD_TABLES}
    rows["items"].append({
        "id": item_id,
        "name": item["name"],
        "aliases": json.dumps(list(item.get("aliases") or []), ensure_ascii=False),
        "department": item.get("department"),
        "theme": item.get("theme"),
        "audience": item.get("audience"),
        "conditions": _clean(item.get("conditions")),
        "legal_time_limit": _clean(item.get("legal_time_limit")),
        "committed_time_limit": _clean(item.get("committed_time_limit")),
        "fee": _clean(item.get("fee")),
        "fee_basis": _clean(item.get("fee_basis")),
        "online_entry": _clean(item.get("online_entry")),
        "visits_needed": item.get("visits"),
        "process": _clean(item.get("process")),
        "legal_basis": _clean(item.get("legal_basis")),
        "source": _clean(item.get("source")),
        "source_file": item.get("source_file"),
        "updated": str(item.get("updated") or ""),
        "sample": int(bool(item.get("sample"))),
        "region": item.get("region"),
        "origin": origin,
    })
    for s, situation in enumerate(item.get("situations") or [], 1):
        situation_id = f"{item_id}/s{s}"
        rows["situations"].append({
            "id": situation_id, "item_id": item_id, "position": s,
            "name": _clean(situation.get("name")),
            "description": _clean(situation.get("description")),
        })
        for m, material in enumerate(situation.get("materials") or [], 1):
            rows["materials"].append({
                "id": f"{situation_id}/m{m}", "item_id": item_id,
                "situation_id": situation_id, "position": m,
                "name": _clean(material.get("name")), "form": material.get("form"),
                "copies": material.get("copies"),
                "required": int(material.get("required", True) is not False),
                "note": _clean(material.get("note")),
            })
    for p, point in enumerate(item.get("service_points") or [], 1):
        rows["service_points"].append({
            "id": f"{item_id}/p{p}", "item_id": item_id, "position": p,
            **{k: _clean(point.get(k)) for k in ("district", "place", "address", "hours", "phone")},
        })
    for f, faq in enumerate(item.get("faqs") or [], 1):
        rows["faqs"].append({
            "id": f"{item_id}/f{f}", "item_id": item_id, "position": f,
            "question": _clean(faq.get("q")), "answer": _clean(faq.get("a")),
        })
    for e, text in enumerate(item.get("examples") or [], 1):
        rows["examples"].append(
            {"id": f"{item_id}/e{e}", "item_id": item_id, "position": e, "text": _clean(text)}
        )
    return rows


def search_rows(item: Dict[str, Any], words: Iterable[str] = ()) -> List[Dict[str, Any]]:
    """Jieba-segmented search documents for an item: name, aliases and FAQ questions."""
    segmenter = shared_segmenter(list(words))
    texts = [("name", item["name"])]
    texts += [("alias", a) for a in item.get("aliases") or []]
    texts += [("faq", f.get("q") or "") for f in item.get("faqs") or []]
    rows = []
    for n, (field, text) in enumerate(texts, 1):
        rows.append({
            "id": f"{item['id']}/x{n}", "item_id": item["id"], "field": field, "text": text,
            "words": search_words(segmenter.cut(text)),
        })
    return rows


def search_words(words: Iterable[str]) -> str:
    """Segmented words joined by spaces, plus each word's single characters for recall."""
    words = [w for w in words if w.strip()]
    chars = [c for w in words if len(w) > 1 for c in w]
    return " ".join(words + chars)


def insert_item(db: sqlite_utils.Database, item: Dict[str, Any], origin: str,
                vocabulary: Iterable[str]) -> Dict[str, List[Dict[str, Any]]]:
    """Replace one item and all its child rows (the caller holds the transaction)."""
    delete_item(db, item["id"])
    rows = item_rows(item, origin)
    rows["search_index"] = search_rows(item, vocabulary)
    for table, table_rows in rows.items():
        if table_rows:
            db[table].insert_all(table_rows)
    return rows


def write_items(db: sqlite_utils.Database, items: List[Dict[str, Any]], origin: str) -> int:
    """Replace the given items (and all their child rows) in one transaction."""
    create_schema(db)
    vocabulary = [i["name"] for i in items] + [a for i in items for a in i.get("aliases") or []]
    with db.atomic():
        for item in items:
            insert_item(db, item, origin, vocabulary)
    return len(items)


def delete_item(db: sqlite_utils.Database, item_id: str) -> None:
    for table in CHILD_TABLES:
        db.execute(f"DELETE FROM [{table}] WHERE item_id = ?", [item_id])
    db.execute("DELETE FROM items WHERE id = ?", [item_id])


def build(db_path: Path, items: List[Dict[str, Any]]) -> Tuple[int, List[str]]:
    """Rebuild the source items in ``db_path``; imported items are left alone.

    A catalog item that a city's import has replaced (origin ``import:…``) keeps the
    imported guide: the local catalog is the better source. Returns the number of items
    written and the ids kept from imports.
    """
    db = sqlite_utils.Database(db_path)
    create_schema(db)
    imported = {
        r["id"] for r in db.query("SELECT id FROM items WHERE origin LIKE 'import:%'")
    }
    # one transaction: a running assistant reading the file meanwhile sees the old guides or
    # the new ones, never none ("暂时没有这个事项的办事指南" while a rebuild was half done)
    with db.atomic():
        stale = [r["id"] for r in db.query("SELECT id FROM items WHERE origin = ?", [SOURCES_ORIGIN])]
        for item_id in stale:
            delete_item(db, item_id)
        count = write_items(db, [i for i in items if i["id"] not in imported], SOURCES_ORIGIN)
    db.close()
    return count, sorted(imported & {i["id"] for i in items})


def _clean(value: Any) -> Any:
    if value is None:
        return None
    return str(value).strip()
