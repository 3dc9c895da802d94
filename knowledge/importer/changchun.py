"""Reader for Changchun guide exports (changchun-guide.xlsx shape).

One row per required material, repeated for every district (区划) that handles the item.
Each (主项名称, 业务办理项名称) pair becomes one record; 业务办理项名称 无 means the main item
alone. Its materials are the distinct 材料名称 across all districts (each district repeats
the same list, sometimes in another order), and each district gives one service point.
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Dict, Tuple

from knowledge.importer.matching import normalise_name
from knowledge.importer.records import (
    CatalogImportError, ReadResult, Record, cell_of, column_letter, header_map, progress,
    situation_name,
)
from knowledge.importer.sheets import open_sheet

KIND = "changchun"
DEFAULT_REGION = "长春市"
REQUIRED = ("区划名称", "主项名称", "业务办理项名称", "承诺办结时限", "是否收费", "受理条件",
            "办理地点", "办理时间", "咨询方式", "材料名称")
OPTIONAL = ("上级区划名称", "情形")
NOT_EMPTY = ("区划名称", "主项名称", "材料名称")
FEES = {"是": "收费", "否": "不收费"}
NO_SUB = ("", "无")


def read(path: Path) -> ReadResult:
    path = Path(path)
    with open_sheet(path) as sheet:
        columns = header_map(path.name, sheet.name, sheet.header, REQUIRED, OPTIONAL)

        def fail(row: int, column: str, message: str) -> CatalogImportError:
            where = f"{column} ({column_letter(columns[column])})"
            return CatalogImportError(path.name, message, sheet=sheet.name, row=row, column=where)

        records: Dict[Tuple[str, str], Record] = {}
        parents: Counter = Counter()
        rows = skipped = 0
        for row_number, row in enumerate(progress(sheet.rows, sheet.total, path.name), start=2):
            cells = {name: cell_of(row, columns, name) for name in columns}
            if not any(cells.values()):
                skipped += 1
                continue
            rows += 1
            for name in NOT_EMPTY:
                if not cells[name]:
                    raise fail(row_number, name, f"empty {name}")
            if cells["是否收费"] and cells["是否收费"] not in FEES:
                raise fail(row_number, "是否收费", f"expected 是 or 否, got {cells['是否收费']!r}")
            main = cells["主项名称"]
            sub = "" if cells["业务办理项名称"] in NO_SUB else cells["业务办理项名称"]
            record = records.get((main, sub))
            if record is None:
                record = records[(main, sub)] = _record(path.name, main, sub, row_number)
            district = cells["区划名称"]
            record.add_material(situation_name(cells.get("情形")), cells["材料名称"])
            record.add_point({
                "district": district, "place": None, "address": cells["办理地点"] or None,
                "hours": cells["办理时间"] or None, "phone": cells["咨询方式"] or None,
            })
            for target, value in ((record.time_limits, cells["承诺办结时限"]),
                                  (record.fees, FEES.get(cells["是否收费"], "")),
                                  (record.conditions, cells["受理条件"])):
                if value:
                    target.setdefault(district, value)
            if cells.get("上级区划名称"):
                parents[cells["上级区划名称"]] += 1
    region = DEFAULT_REGION
    if parents:
        region = parents.most_common(1)[0][0].split(",")[0].strip() or DEFAULT_REGION
    return ReadResult(KIND, path.name, list(records.values()), rows, skipped, region, sheet.updated)


def _record(file: str, main: str, sub: str, row: int) -> Record:
    key = f"{normalise_name(main, keep_qualifiers=True)}|{normalise_name(sub, keep_qualifiers=True)}"
    if sub:
        # The sub-item may name a catalog item by itself; the main item only when exactly
        # the same (its qualifier-free form would pull every sub-item into one guide).
        match_names = [(sub, True), (main, False)]
    else:
        match_names = [(main, True)]
    return Record(
        kind=KIND, name=f"{main}（{sub}）" if sub else main, label=sub or main, key=key,
        match_names=match_names,
        description=f"主项名称：{main}；业务办理项名称：{sub or '无'}（{file} 第{row}行起）",
        first_row=row,
    )
