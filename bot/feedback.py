"""Corrections recorded on the hotline agent workbench, and their export as training data.

An agent who sees the workbench suggest the wrong item records the caller's words and the
right item ("识别错误"); the rows land in SQLite (table ``agent_feedback``). Export them::

    python -m bot.feedback export [--db var/agent_feedback.db] [--out FILE] [--format nlu|kb]

``--format nlu`` (default): Rasa NLU training data (version "3.1"), one ``ask_guide`` block
per item with the item id as block metadata; it trains the aspect classifier when put in
``data/nlu/`` (drop texts that another intent already has: ``rasa data validate`` says which).
``--format kb``: ``{item_id: [texts]}``, the texts to append to the item's ``examples:`` in
``knowledge/sources/<department>.yaml``; the ItemLinker learns from those examples after
``make kb`` and ``make model`` (see the README, "Agent workbench").
"""
from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
from collections import OrderedDict
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Dict, List, Optional

import yaml

from bot.privacy import mask_pii
from bot.settings import REPO

DEFAULT_DB = Path("var") / "agent_feedback.db"
TABLE = "agent_feedback"
SCHEMA = f"""CREATE TABLE IF NOT EXISTS {TABLE} (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    text TEXT NOT NULL,
    predicted_id TEXT,
    correct_id TEXT NOT NULL,
    agent TEXT
)"""
_PLAIN_ID = re.compile(r"^[A-Za-z0-9_.\-]+$")


def default_db() -> Path:
    """AGENT_FEEDBACK_DB, else var/agent_feedback.db of the repository."""
    configured = os.environ.get("AGENT_FEEDBACK_DB", "").strip()
    return Path(configured) if configured else REPO / DEFAULT_DB


class FeedbackStore:
    """The ``agent_feedback`` table of one SQLite file (created on first write)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(str(self.path), timeout=10)
        connection.row_factory = sqlite3.Row
        connection.execute(SCHEMA)
        return connection

    def add(self, text: str, correct_id: str, predicted_id: Optional[str] = None,
            agent: Optional[str] = None) -> Dict[str, Any]:
        text = mask_pii(text)  # callers read out ID and phone numbers: never stored in clear
        created_at = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        connection = self._connect()
        try:
            with connection:
                cursor = connection.execute(
                    f"INSERT INTO {TABLE} (created_at, text, predicted_id, correct_id, agent) "
                    "VALUES (?, ?, ?, ?, ?)", (created_at, text, predicted_id, correct_id, agent),
                )
            return {"id": cursor.lastrowid, "created_at": created_at, "text": text,
                    "predicted_id": predicted_id, "correct_id": correct_id, "agent": agent}
        finally:
            connection.close()

    def rows(self) -> List[Dict[str, Any]]:
        if not self.path.exists():
            return []
        connection = self._connect()
        try:
            return [dict(r) for r in connection.execute(f"SELECT * FROM {TABLE} ORDER BY id")]
        finally:
            connection.close()


# ---------------------------------------------------------------------- export
def clean_text(text: str) -> str:
    """One line; square brackets made full-width so Rasa reads no entity annotation."""
    return " ".join(mask_pii(str(text)).split()).replace("[", "［").replace("]", "］")


def corrections(rows: List[Dict[str, Any]]) -> "OrderedDict[str, List[str]]":
    """item id → the distinct caller texts recorded for it, in the order first recorded."""
    by_item: "OrderedDict[str, List[str]]" = OrderedDict()
    for row in rows:
        text, item_id = clean_text(row.get("text") or ""), (row.get("correct_id") or "").strip()
        if text and item_id and text not in by_item.setdefault(item_id, []):
            by_item[item_id].append(text)
    return by_item


def _yaml_scalar(value: str) -> str:
    return value if _PLAIN_ID.match(value) else json.dumps(value)


def to_nlu_yaml(by_item: Dict[str, List[str]], names: Optional[Dict[str, str]] = None) -> str:
    names = names or {}
    total = sum(len(t) for t in by_item.values())
    lines = [
        'version: "3.1"',
        f"# Corrections from the 12345 agent workbench: {total} caller texts for {len(by_item)} items",
        "# (python -m bot.feedback export). The item of each block is in its metadata.",
        "nlu:" if by_item else "nlu: []",
    ]
    for item_id, texts in by_item.items():
        name = " ".join(str(names.get(item_id, "")).split())
        lines.append(f"# {item_id} {name}".rstrip())
        lines += ["- intent: ask_guide", "  metadata:", f"    item_id: {_yaml_scalar(item_id)}",
                  "  examples: |"]
        lines += [f"    - {text}" for text in texts]
    return "\n".join(lines) + "\n"


def to_kb_yaml(by_item: Dict[str, List[str]], names: Optional[Dict[str, str]] = None) -> str:
    names = names or {}
    header = [
        f"# Corrections from the 12345 agent workbench: {{item_id: [caller texts]}}, {len(by_item)} items.",
        "# Merge: append each list to that item's `examples:` in knowledge/sources/<department>.yaml,",
        "# then `make kb` and `make model` (the ItemLinker trains on the examples table).",
    ]
    header += [f"#   {item_id}: {names[item_id]}" for item_id in by_item if names.get(item_id)]
    body = yaml.safe_dump(dict(by_item), allow_unicode=True, sort_keys=False, width=1000) if by_item else "{}\n"
    return "\n".join(header) + "\n" + body


def item_names(knowledge_db: Optional[Path]) -> Dict[str, str]:
    """Catalog names for the comments, when the knowledge base is there."""
    if not knowledge_db or not Path(knowledge_db).exists():
        return {}
    try:
        connection = sqlite3.connect(f"file:{knowledge_db}?mode=ro", uri=True)
        try:
            return dict(connection.execute("SELECT id, name FROM items").fetchall())
        finally:
            connection.close()
    except sqlite3.Error:
        return {}


def export(db: Path, fmt: str = "nlu", knowledge_db: Optional[Path] = None) -> str:
    by_item = corrections(FeedbackStore(db).rows())
    names = item_names(knowledge_db)
    return to_kb_yaml(by_item, names) if fmt == "kb" else to_nlu_yaml(by_item, names)


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.feedback", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("export", help="write the recorded corrections as training data YAML")
    p.add_argument("--db", type=Path, default=None, help="feedback database (default AGENT_FEEDBACK_DB or var/agent_feedback.db)")
    p.add_argument("--out", type=Path, default=None, help="output file (default: standard output)")
    p.add_argument("--format", choices=["nlu", "kb"], default="nlu")
    p.add_argument("--knowledge-db", type=Path, default=Path(os.environ.get("KNOWLEDGE_DB") or REPO / "knowledge" / "guides.db"),
                   help="knowledge base for the item names in comments (optional)")
    args = parser.parse_args(argv)
    db = args.db or default_db()
    if not db.exists():
        print(f"error: no feedback database at {db} (nothing recorded yet?)", file=sys.stderr)
        return 2
    text = export(db, args.format, args.knowledge_db)
    if args.out:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out} ({args.format})", file=sys.stderr)
    else:
        sys.stdout.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
