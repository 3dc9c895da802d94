"""Reader for Jilin province common-materials exports (jilin-common-materials.xls shape).

Columns 事项名称 / 省级主管部门 / 情形简称 / 关联材料名称, one row per material. The export
comes from merged cells: a blank 事项名称 continues the item above, and within an item a
blank 情形简称 continues the situation above (an item whose first rows have none gets the
situation 通用) and a blank 省级主管部门 the department above. Every named row starts a new
record: the file holds 292 of them, 3 names twice (two blocks each, with different
situations), which become separate items (the second one's id is seeded with ``name#2``).
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import List, Optional

from knowledge.importer.matching import normalise_name
from knowledge.importer.records import (
    GENERIC_SITUATION, CatalogImportError, ReadResult, Record, cell_of, column_letter,
    header_map, progress, situation_name,
)
from knowledge.importer.sheets import open_sheet

KIND = "jilin"
DEFAULT_REGION = "吉林省"
REQUIRED = ("事项名称", "省级主管部门", "情形简称", "关联材料名称")


def read(path: Path) -> ReadResult:
    path = Path(path)
    with open_sheet(path) as sheet:
        columns = header_map(path.name, sheet.name, sheet.header, REQUIRED)

        def fail(row: int, column: str, message: str) -> CatalogImportError:
            where = f"{column} ({column_letter(columns[column])})"
            return CatalogImportError(path.name, message, sheet=sheet.name, row=row, column=where)

        records: List[Record] = []
        seen: Counter = Counter()
        current: Optional[Record] = None
        situation = GENERIC_SITUATION
        rows = skipped = 0
        for row_number, row in enumerate(progress(sheet.rows, sheet.total, path.name), start=2):
            cells = {name: cell_of(row, columns, name) for name in columns}
            if not any(cells.values()):
                skipped += 1
                continue
            rows += 1
            if cells["事项名称"]:
                name = cells["事项名称"]
                key = normalise_name(name, keep_qualifiers=True)
                seen[key] += 1
                if seen[key] > 1:
                    key = f"{key}#{seen[key]}"
                current = Record(
                    kind=KIND, name=name, label=name, key=key, match_names=[(name, True)],
                    description=f"事项名称：{name}（{path.name} 第{row_number}行起）",
                    first_row=row_number,
                )
                records.append(current)
                situation = GENERIC_SITUATION
            elif current is None:
                raise fail(row_number, "事项名称", "empty 事项名称 with no item above it to continue")
            if cells["省级主管部门"] and not current.department:
                current.department = cells["省级主管部门"]
            if cells["情形简称"]:
                situation = situation_name(cells["情形简称"])
            if not cells["关联材料名称"]:
                raise fail(row_number, "关联材料名称", "empty material name")
            current.add_material(situation, cells["关联材料名称"])
    return ReadResult(KIND, path.name, records, rows, skipped, DEFAULT_REGION, sheet.updated)
