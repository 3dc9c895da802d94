"""Import a city's or province's catalog export into ``guides.db``.

``python -m knowledge import FILE [--format changchun|jilin|auto] [--region NAME] [--db PATH]``

Readers (``changchun``, ``jilin``) turn the file into records; ``assemble`` attaches each
record to its catalog item (``matching``) or gives it a stable new id; ``writer`` upserts
them in one transaction with origin ``import:<file name>``. Re-importing the same file
writes the same rows. Progress goes to stderr; the last line on stdout is a JSON summary.
Plain Python: never imports Rasa.
"""
from __future__ import annotations

import json
import sqlite3
import sys
from pathlib import Path
from typing import Any, Dict, Optional

from knowledge.importer.records import CatalogImportError, ReadResult

__all__ = ["CatalogImportError", "detect_format", "import_file", "read_file", "run_import"]
FORMATS = ("changchun", "jilin")
SIGNATURES = {
    "changchun": {"主项名称", "业务办理项名称", "材料名称"},
    "jilin": {"事项名称", "情形简称", "关联材料名称"},
}


def detect_format(path: Path) -> str:
    """``changchun`` or ``jilin``, from the header row (the extension only picks the reader)."""
    from knowledge.importer.sheets import header_names, open_sheet

    path = Path(path)
    with open_sheet(path) as sheet:
        header = set(header_names(sheet))
        sheet_name = sheet.name
    for fmt, signature in SIGNATURES.items():
        if signature <= header:
            return fmt
    raise CatalogImportError(
        path.name, "cannot tell the format from the header row; pass --format changchun|jilin",
        sheet=sheet_name, row=1,
    )


def read_file(path: Path, fmt: str = "auto") -> ReadResult:
    from knowledge.importer import changchun, jilin

    fmt = detect_format(path) if fmt in (None, "auto") else fmt
    readers = {"changchun": changchun.read, "jilin": jilin.read}
    if fmt not in readers:
        raise CatalogImportError(Path(path).name, f"unknown format {fmt!r}: use changchun, jilin or auto")
    return readers[fmt](Path(path))


def import_file(path: Path, fmt: str = "auto", region: Optional[str] = None,
                db_path: Optional[Path] = None) -> Dict[str, Any]:
    """Import ``path`` into ``db_path``; returns the summary. Raises ``CatalogImportError``
    (and changes nothing) when the file or one of its rows cannot be imported."""
    from knowledge import DEFAULT_DB
    from knowledge.importer.assemble import build_item, group_records
    from knowledge.importer.matching import CatalogMatcher
    from knowledge.importer.writer import write
    from knowledge.sources import read_catalog

    result = read_file(path, fmt)
    region = region or result.region
    catalog = read_catalog()
    groups = group_records(result.records, CatalogMatcher(catalog))
    points = 0

    def build_items(lookup):
        nonlocal points
        items = []
        for item_id, (target, records) in groups.items():
            item = build_item(item_id, records, result, region, lookup(item_id),
                              catalog.get(target) if target else None)
            if any(r.points for r in records):   # the file's points (jilin has none)
                points += len(item["service_points"])
            items.append(item)
        return items

    counts = write(Path(db_path or DEFAULT_DB), build_items, f"import:{result.file}")
    return {
        "file": result.file, "rows": result.rows, "rows_skipped": result.rows_skipped,
        "items_new": counts["items_new"], "items_updated": counts["items_updated"],
        "materials": counts["materials"], "service_points": points,
    }


def run_import(file: Path, fmt: str = "auto", region: Optional[str] = None,
               db_path: Optional[Path] = None) -> int:
    """The ``import`` command: 0 on success, 2 when the file cannot be imported, 1 when the
    database cannot be written. Nothing is written unless the whole file imports."""
    try:
        summary = import_file(Path(file), fmt=fmt, region=region, db_path=db_path)
    except CatalogImportError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (OSError, sqlite3.Error) as error:   # the database, not the file, is the problem
        print(f"error: cannot write {db_path}: {error}", file=sys.stderr)
        return 1
    from knowledge import DEFAULT_DB

    print(
        f"imported {summary['file']} into {db_path or DEFAULT_DB}: "
        f"{summary['items_new']} new, {summary['items_updated']} updated items"
    )
    print(json.dumps(summary, ensure_ascii=False))
    return 0
