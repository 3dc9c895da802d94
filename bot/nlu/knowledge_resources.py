"""What the NLU components read from the knowledge base at training time."""
from __future__ import annotations

from pathlib import Path
from typing import Dict, List

from knowledge.guides import GuideStore, KnowledgeBaseMissing


def open_store(db_path: str) -> GuideStore:
    path = Path(db_path)
    try:
        return GuideStore(path)
    except KnowledgeBaseMissing as error:
        raise RuntimeError(f"{error}. The NLU model is trained from it.") from error


def item_names(store: GuideStore) -> List[Dict]:
    """id, name and aliases of every item."""
    import json

    return [
        {"id": r["id"], "name": r["name"], "aliases": json.loads(r["aliases"] or "[]")}
        for r in store.list_items()
    ]


def districts(store: GuideStore) -> List[str]:
    return sorted({
        r["district"] for r in store.db.query("SELECT DISTINCT district FROM service_points")
        if r["district"] and r["district"] != "全市"
    })
