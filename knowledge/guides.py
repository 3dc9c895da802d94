"""Read guides from ``guides.db``: the plain Python API used by actions, bot and tools.

``GuideStore`` opens the database read-only-in-spirit (it never writes) and returns plain
dicts, so callers need neither SQL nor sqlite-utils. The rows of an item's guide are read
once and kept (every answer asks for the same few items again) until the file changes:
SQLite's ``PRAGMA data_version`` tells when another connection committed.
"""
from __future__ import annotations

import json
import sqlite3
from collections import OrderedDict
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

import sqlite_utils

from knowledge.build import search_words
from knowledge.faq_matching import FaqMatcher, aspect_questions
from knowledge.segmentation import shared_segmenter


class KnowledgeBaseMissing(RuntimeError):
    """The database file is missing or empty; the message says how to build it."""


def open_database(db_path: Path) -> sqlite_utils.Database:
    db_path = Path(db_path)
    if not db_path.exists():
        raise KnowledgeBaseMissing(
            f"knowledge base {db_path} not found: run `make kb` "
            f"(or `python -m knowledge build --db {db_path}`)"
        )
    db = sqlite_utils.Database(sqlite3.connect(str(db_path), check_same_thread=False))
    if "items" not in db.table_names() or db["items"].count == 0:
        raise KnowledgeBaseMissing(
            f"knowledge base {db_path} has no items: run `python -m knowledge build --db {db_path}`"
        )
    return db


# the largest family of items offered whole (户口, with 10 items, is too many to choose from)
FAMILY_LARGEST = 7


def family_key(item_id: str) -> str:
    """What the items of one family share: the id without its last part (``gjj.withdraw``)."""
    return item_id.rsplit(".", 1)[0]


def business_key(item_id: str) -> str:
    """What items doing the same business for different things share: the id's last part
    (``endorse`` of ``crj.gangao.endorse`` and ``crj.taiwan.endorse``)."""
    return item_id.rsplit(".", 1)[-1]


class GuideStore:
    """Queries over one knowledge base file."""

    KEPT_QUERIES = 4096   # query results kept in memory (a few per item)

    def __init__(self, db_path: Path = None, db: sqlite_utils.Database = None):
        if db is None:
            from knowledge import DEFAULT_DB

            db = open_database(db_path or DEFAULT_DB)
        self.db = db
        self._kept: "OrderedDict[Tuple[str, Tuple[Any, ...]], List[Dict[str, Any]]]" = OrderedDict()
        self._kept_version: Optional[int] = None
        self._faq_matcher: Optional[Tuple[int, FaqMatcher]] = None

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> List[Dict[str, Any]]:
        """``self.db.query(sql, params)`` as new dicts, from memory while the database is
        unchanged (the latest ``KEPT_QUERIES`` queries are kept)."""
        version = self.db.conn.execute("PRAGMA data_version").fetchone()[0]
        if version != self._kept_version:
            self._kept.clear()
            self._kept_version = version
        key = (sql, tuple(params))
        rows = self._kept.get(key)
        if rows is None:
            rows = self._kept[key] = [dict(row) for row in self.db.query(sql, params)]
            while len(self._kept) > self.KEPT_QUERIES:
                self._kept.popitem(last=False)
        else:
            self._kept.move_to_end(key)
        return [dict(row) for row in rows]

    # --- items -------------------------------------------------------------
    def list_items(self) -> List[Dict[str, Any]]:
        return [
            dict(r) for r in self.db.query(
                "SELECT id, name, department, theme, aliases FROM items ORDER BY id"
            )
        ]

    def item(self, item_id: str) -> Optional[Dict[str, Any]]:
        rows = self._rows("SELECT * FROM items WHERE id = ?", [item_id])
        if not rows:
            return None
        item = rows[0]   # a new dict (``_rows``)
        item["aliases"] = json.loads(item.get("aliases") or "[]")
        return item

    def department_items_naming(self, department: str, term: str, largest: int = FAMILY_LARGEST) -> List[Dict[str, Any]]:
        """The items of ``department`` whose name or an alias holds ``term`` (id, name), in
        catalog order; ``[]`` when there are more than ``largest`` (too broad to offer)."""
        if not department or not term:
            return []
        rows = self._rows("SELECT id, name, aliases FROM items WHERE department = ? ORDER BY rowid", [department])
        found = [{"id": r["id"], "name": r["name"]} for r in rows
                 if term in r["name"] or any(term in a for a in json.loads(r.get("aliases") or "[]"))]
        return found if len(found) <= largest else []

    def family(self, item_id: str) -> List[Dict[str, Any]]:
        """The items whose id differs from ``item_id`` in its last part only (the family of
        ``gjj.withdraw.buy`` is every ``gjj.withdraw.*``: the reasons to withdraw housing
        funds), ``item_id`` included, in catalog order (the order the knowledge base was
        built in). An id without a dot is a family of its own."""
        key = family_key(item_id)
        if key == item_id:
            return self._rows("SELECT id, name FROM items WHERE id = ?", [item_id])
        prefix = key + "."
        return self._rows(
            "SELECT id, name FROM items WHERE substr(id, 1, ?) = ? AND instr(substr(id, ?), '.') = 0 ORDER BY rowid",
            [len(prefix), prefix, len(prefix) + 1],
        )

    def shared_family(self, item_ids: Sequence[str], largest: int = FAMILY_LARGEST) -> List[Dict[str, Any]]:
        """The family (``family``) that two or more of ``item_ids`` belong to, if it has at
        most ``largest`` items (a question too vague to pick one of them can be offered the
        whole family: 提取公积金要带什么); else ``[]``. The first such family in ``item_ids``
        order."""
        families: Dict[str, List[str]] = {}
        for item_id in item_ids:
            families.setdefault(family_key(item_id), []).append(item_id)
        shared = next((ids for ids in families.values() if len(ids) >= 2), None)
        if shared is None:
            return []
        family = self.family(shared[0])
        return family if len(family) <= largest else []

    def situations(self, item_id: str) -> List[Dict[str, Any]]:
        return self._rows(
            "SELECT id, name, description FROM situations WHERE item_id = ? ORDER BY position", [item_id])

    def materials(self, item_id: str, situation: Optional[str] = None) -> List[Dict[str, Any]]:
        """Materials of one situation (by id or name), or of the item's first situation."""
        situations = self.situations(item_id)
        if not situations:
            return []
        chosen = situations[0]
        for s in situations:
            if situation in (s["id"], s["name"]):
                chosen = s
        return [
            _material(r) for r in self._rows(
                "SELECT name, form, copies, required, note FROM materials "
                "WHERE situation_id = ? ORDER BY position", [chosen["id"]],
            )
        ]

    def all_materials(self, item_id: str) -> List[Dict[str, Any]]:
        """The materials of every situation of the item, each name once, in the guide's order."""
        materials, seen = [], set()
        for situation in self.situations(item_id) or [None]:
            for material in self.materials(item_id, situation and situation["id"]):
                if material["name"] not in seen:
                    seen.add(material["name"])
                    materials.append(material)
        return materials

    def service_points(self, item_id: str, district: Optional[str] = None) -> List[Dict[str, Any]]:
        """Where the item is handled; only ``district``'s points when it has any."""
        points = self._rows(
            "SELECT district, place, address, hours, phone FROM service_points "
            "WHERE item_id = ? ORDER BY position", [item_id])
        if district:
            local = [p for p in points if p["district"] == district]
            if local:
                return local
        return points

    def districts(self, item_id: str) -> List[str]:
        """Distinct districts of the item's service points, when they differ by district."""
        names = []
        for p in self.service_points(item_id):
            if p["district"] and p["district"] not in names and p["district"] != "全市":
                names.append(p["district"])
        return names if len(names) > 1 else []

    def faqs(self, item_id: str) -> List[Dict[str, Any]]:
        return self._rows("SELECT question, answer FROM faqs WHERE item_id = ? ORDER BY position", [item_id])

    def faq_matcher(self) -> FaqMatcher:
        """Matches questions to FAQs (``knowledge.faq_matching``); built on first use and again
        after the database changes."""
        version = self.db.conn.execute("PRAGMA data_version").fetchone()[0]
        if self._faq_matcher is None or self._faq_matcher[0] != version:
            faqs = [dict(r) for r in self.db.query("SELECT item_id, position, question, answer FROM faqs")]
            examples = [r["text"] for r in self.db.query("SELECT text FROM examples")]
            topics = {item["id"]: [item["name"], *json.loads(item.get("aliases") or "[]")]
                      for item in self.list_items()}
            self._faq_matcher = (version, FaqMatcher(faqs, aspect_questions(), examples, topics))
        return self._faq_matcher[1]

    def examples(self, item_id: Optional[str] = None) -> List[Dict[str, str]]:
        """Example citizen questions (all items, or one item's), for training the linker."""
        if item_id is None:
            return [dict(r) for r in self.db.query("SELECT item_id, text FROM examples ORDER BY id")]
        return [dict(r) for r in self.db.query(
            "SELECT item_id, text FROM examples WHERE item_id = ? ORDER BY position", [item_id]
        )]

    def guide(self, item_id: str) -> Optional[Dict[str, Any]]:
        """The whole guide of one item, as ``python -m knowledge show`` prints it."""
        item = self.item(item_id)
        if item is None:
            return None
        item["situations"] = [
            {**s, "materials": self.materials(item_id, s["id"])} for s in self.situations(item_id)
        ]
        item["service_points"] = self.service_points(item_id)
        item["faqs"] = self.faqs(item_id)
        return item

    # --- search ------------------------------------------------------------
    def search(self, query: str, limit: int = 10) -> List[Dict[str, Any]]:
        """Items whose name, aliases or FAQ questions match ``query`` (Chinese-aware FTS)."""
        words = search_words(shared_segmenter().cut(query or "")).split()
        terms = sorted({w.replace('"', "") for w in words if w.strip('"')})
        if not terms:
            return []
        match = " OR ".join(f'"{t}"' for t in terms)
        sql = (
            "SELECT s.item_id AS id, i.name AS name, i.department AS department, "
            "search_index_fts.rank AS rank FROM search_index_fts "
            "JOIN search_index s ON s.rowid = search_index_fts.rowid "
            "JOIN items i ON i.id = s.item_id "
            "WHERE search_index_fts MATCH ? ORDER BY search_index_fts.rank LIMIT ?"
        )
        best: Dict[str, Dict[str, Any]] = {}
        for row in self.db.query(sql, [match, limit * 20]):
            best.setdefault(row["id"], dict(row))
        return list(best.values())[:limit]

def _material(row) -> Dict[str, Any]:
    material = dict(row)
    material["required"] = bool(material["required"])
    return material
