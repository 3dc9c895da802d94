"""What a reader returns: imported records, plus the error every reader raises."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Optional, Sequence, Tuple

GENERIC_SITUATION = "通用"          # the situation name when materials do not differ
NO_SITUATION = ("", "无", "无情形")   # how the files say "no particular situation"


class CatalogImportError(Exception):
    """A file or row that cannot be imported; the message names file, sheet, row and column."""

    def __init__(self, file: str, message: str, sheet: Optional[str] = None,
                 row: Optional[int] = None, column: Optional[str] = None):
        self.file, self.sheet, self.row, self.column = file, sheet, row, column
        where = [file]
        if sheet is not None:
            where.append(f"sheet {sheet!r}")
        if row is not None:
            where.append(f"row {row}")
        if column is not None:
            where.append(f"column {column!r}")
        super().__init__(f"{', '.join(where)}: {message}")


@dataclass
class Record:
    """One imported item as the file describes it (a changchun (main, sub) pair, a jilin item).

    ``situations`` maps a situation name to its material names (ordered, without repeats);
    the per-district dicts map a district to the file's text for it.
    """

    kind: str
    name: str                            # name of the item created when nothing matches
    label: str                           # tells this record apart inside a merged item
    key: str                             # normalised identity, the seed of the new item id
    match_names: List[Tuple[str, bool]]  # (name, loose) candidates for the catalog matcher
    description: str                     # where it came from, with the file's column names
    first_row: int
    department: Optional[str] = None
    situations: Dict[str, List[str]] = field(default_factory=dict)
    points: List[Dict[str, Any]] = field(default_factory=list)
    time_limits: Dict[str, str] = field(default_factory=dict)
    fees: Dict[str, str] = field(default_factory=dict)
    conditions: Dict[str, str] = field(default_factory=dict)

    def add_material(self, situation: str, material: str) -> None:
        materials = self.situations.setdefault(situation, [])
        if material not in materials:
            materials.append(material)

    def add_point(self, point: Dict[str, Any]) -> None:
        if point not in self.points:
            self.points.append(point)


@dataclass
class ReadResult:
    kind: str
    file: str
    records: List[Record]
    rows: int                 # data rows read (header excluded)
    rows_skipped: int         # wholly empty rows
    region: str               # default region of the file
    updated: Optional[str]    # YYYY-MM-DD the file was last changed


def situation_name(value: Optional[str]) -> str:
    text = text_of(value)
    return GENERIC_SITUATION if text in NO_SITUATION else text


def text_of(value: Any) -> str:
    """A cell as stripped text; numbers without a trailing .0."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def column_letter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def header_map(file: str, sheet: str, header: Sequence[Any], required: Iterable[str],
               optional: Iterable[str] = ()) -> Dict[str, int]:
    """Column name -> index; a missing required column is an error naming it."""
    names = [text_of(h) for h in header]
    columns = {}
    for name in list(required) + list(optional):
        if name in names:
            columns[name] = names.index(name)
        elif name in required:
            raise CatalogImportError(
                file, f"missing required column {name!r} (header: {', '.join(n for n in names if n)})",
                sheet=sheet, row=1, column=name,
            )
    return columns


def cell_of(row: Sequence[Any], columns: Dict[str, int], name: str) -> str:
    index = columns.get(name)
    if index is None or index >= len(row):
        return ""
    return text_of(row[index])


def progress(rows: Iterable[Any], total: Optional[int], desc: str) -> Iterator[Any]:
    """Rows with a tqdm progress bar on stderr."""
    from tqdm import tqdm

    yield from tqdm(rows, total=total, desc=desc, unit="行", file=sys.stderr, leave=False,
                    mininterval=0.2)


def file_date(path: Path) -> str:
    import datetime as dt

    stamp = Path(path).stat().st_mtime
    return dt.datetime.fromtimestamp(stamp, tz=dt.timezone.utc).date().isoformat()
