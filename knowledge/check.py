"""Completeness checks: every item in the sources and in the database must be a full guide."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, List, Optional

from knowledge.guides import GuideStore
from knowledge.sources import Problem, load_source_files, read_catalog, validate_item, validate_items


def check_sources(folder: Path) -> List[Problem]:
    return validate_items(load_source_files(folder), read_catalog())


def check_database(store: GuideStore) -> List[Problem]:
    """Validate every item as stored, so imported items are held to the same standard."""
    problems: List[Problem] = []
    for row in store.list_items():
        guide = store.guide(row["id"])
        guide["examples"] = [e["text"] for e in store.examples(row["id"])]
        problems.extend(validate_item(source_shape(guide)))
    return problems


def check_life_events(store: GuideStore, path: Optional[Path] = None) -> List[Problem]:
    """Every item a life event (``life_events.yaml``) lists must be in the database."""
    from knowledge.life_events import DEFAULT_FILE, load_life_events

    return _check_item_lists(store, path or DEFAULT_FILE, load_life_events, "events",
                             lambda event: [(f"life event {event.name}", event.items)])


def check_topics(store: GuideStore, path: Optional[Path] = None) -> List[Problem]:
    """Every item a topic (``topics.yaml``) offers must be in the database."""
    from knowledge.topics import DEFAULT_FILE, load_topics

    return _check_item_lists(store, path or DEFAULT_FILE, load_topics, "topics",
                             lambda topic: [(f"topic {topic.name}", group.items) for group in topic.groups])


def check_glossary(store: GuideStore, path: Optional[Path] = None) -> List[Problem]:
    """Every item a term of the glossary (``glossary.yaml``) points to must be in the database."""
    from knowledge.glossary import DEFAULT_FILE, load_glossary

    from knowledge.glossary import load_apart

    return _check_item_lists(store, path or DEFAULT_FILE, load_glossary, "terms",
                             lambda term: [(f"term {term.name}", (term.item,) if term.item else ())]) \
        + _check_item_lists(store, path or DEFAULT_FILE, load_apart, "apart",
                            lambda pair: [(f"pair {pair.one[0]} / {pair.other[0]}",
                                           [i for i in pair.items if i] + [i for i, _ in pair.when_held])])


def _check_item_lists(store: GuideStore, path: Path, load, field: str, lists) -> List[Problem]:
    """The problems of a file of item lists: unreadable, or naming items not in the database
    (``lists(entry)``: each list of item ids of an entry with what to call it)."""
    try:
        entries = load(path)
    except (OSError, ValueError) as error:
        return [Problem(path.name, "-", field, str(error))]
    return [Problem(path.name, item_id, "items", f"{label}: no such item in the knowledge base")
            for entry in entries for label, items in lists(entry) for item_id in items if store.item(item_id) is None]


def source_shape(guide: Dict[str, Any]) -> Dict[str, Any]:
    """A stored guide mapped back to the source-file shape that ``validate_item`` reads."""
    return {
        **guide,
        "visits": guide.get("visits_needed"),
        "imported": guide.get("origin") != "sources",
        "source_file": guide.get("source_file") or guide.get("origin"),
        "faqs": [{"q": f["question"], "a": f["answer"]} for f in guide.get("faqs") or []],
    }
