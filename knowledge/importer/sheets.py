"""Open the first sheet of an .xlsx (openpyxl, read-only) or .xls (xlrd) file as plain rows."""
from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, List, Optional, Sequence

from knowledge.importer.records import CatalogImportError, file_date, text_of

XLSX_SUFFIXES = (".xlsx", ".xlsm")
XLS_SUFFIXES = (".xls",)


@dataclass
class Sheet:
    name: str
    header: List[Any]
    rows: Iterator[Sequence[Any]]   # data rows, after the header
    total: Optional[int]            # number of data rows, when the file says so
    updated: str                    # YYYY-MM-DD the workbook was last saved


@contextlib.contextmanager
def open_sheet(path: Path) -> Iterator[Sheet]:
    """The first sheet of ``path``; unreadable files raise ``CatalogImportError``."""
    path = Path(path)
    if not path.is_file():
        raise CatalogImportError(path.name, "file not found")
    suffix = path.suffix.lower()
    if suffix in XLSX_SUFFIXES:
        with _xlsx(path) as sheet:
            yield sheet
    elif suffix in XLS_SUFFIXES:
        with _xls(path) as sheet:
            yield sheet
    else:
        raise CatalogImportError(path.name, f"unsupported file type {suffix or '(none)'}: use .xlsx or .xls")


@contextlib.contextmanager
def _xlsx(path: Path) -> Iterator[Sheet]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
        worksheet = book.worksheets[0]
        rows = worksheet.iter_rows(values_only=True)
        header = list(next(rows, None) or [])
    except Exception as error:  # zip, XML and openpyxl errors alike
        raise CatalogImportError(path.name, f"cannot read the workbook: {error}") from error
    modified = getattr(book.properties, "modified", None)
    updated = modified.date().isoformat() if modified else file_date(path)
    total = worksheet.max_row - 1 if worksheet.max_row else None
    try:
        yield Sheet(worksheet.title, header, _guard(rows, path.name, worksheet.title), total, updated)
    finally:
        book.close()


@contextlib.contextmanager
def _xls(path: Path) -> Iterator[Sheet]:
    import xlrd

    try:
        book = xlrd.open_workbook(str(path), on_demand=True)
        worksheet = book.sheet_by_index(0)
        header = worksheet.row_values(0) if worksheet.nrows else []
    except Exception as error:
        raise CatalogImportError(path.name, f"cannot read the workbook: {error}") from error
    rows = (worksheet.row_values(r) for r in range(1, worksheet.nrows))
    try:
        yield Sheet(worksheet.name, header, rows, max(worksheet.nrows - 1, 0), file_date(path))
    finally:
        book.release_resources()


def _guard(rows: Iterator[Sequence[Any]], file: str, sheet: str) -> Iterator[Sequence[Any]]:
    """Rows, turning a read failure half-way into an error that names the row."""
    row_number = 1
    while True:
        try:
            row = next(rows)
        except StopIteration:
            return
        except Exception as error:
            raise CatalogImportError(file, f"cannot read the row: {error}", sheet=sheet,
                                     row=row_number + 1) from error
        row_number += 1
        yield row


def header_names(sheet: Sheet) -> List[str]:
    return [text_of(h) for h in sheet.header]
