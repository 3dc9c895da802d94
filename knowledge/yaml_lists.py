"""Reading the small hand-edited YAML lists of the knowledge base (services outside the
catalog, life events, topics): each a top-level key holding a list of mappings, with a clear
error naming the file and the entry that is malformed. Plain Python.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any, Dict, Iterator, Tuple

import yaml


def entries(path: Path, key: str, what: str, fields: str) -> Iterator[Tuple[int, Dict[str, Any]]]:
    """(position from 1, mapping) of each entry of the list under ``key`` in ``path``; a
    ``ValueError`` when there is no such list or an entry (a ``what``) is not a mapping."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    listed = data.get(key) if isinstance(data, dict) else None
    if not isinstance(listed, list):
        raise ValueError(f"{path}: expected `{key}:` with a list of {key}")
    for position, entry in enumerate(listed, 1):
        if not isinstance(entry, dict):
            raise ValueError(f"{path}: {what} {position} is not a mapping of {fields}")
        yield position, entry


def texts(entry: Dict[str, Any], field: str) -> Tuple[str, ...]:
    """The non-empty strings of the list ``entry[field]``, stripped."""
    return tuple(str(value).strip() for value in entry.get(field) or [] if str(value).strip())
