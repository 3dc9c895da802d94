"""Catalog import (``python -m knowledge import``): both real exports, idempotence, errors,
catalog matching and the no-material-row-lost arithmetic."""
from __future__ import annotations

import json
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
import sqlite_utils

from knowledge.build import build
from knowledge.importer import CatalogImportError, detect_format, import_file, read_file, run_import
from knowledge.importer.matching import CatalogMatcher, normalise_name
from knowledge.sources import load_source_files, read_catalog

REPO = Path(__file__).resolve().parents[1]
CATALOGS = Path(__file__).resolve().parents[2] / "shared" / "catalogs"
CHANGCHUN = CATALOGS / "changchun-guide.xlsx"
JILIN = CATALOGS / "jilin-common-materials.xls"
FIXTURE_SOURCES = REPO / "tests" / "fixtures" / "sources"
CHANGCHUN_COLUMNS = ["区划名称", "上级区划名称", "主项名称", "业务办理项名称", "承诺办结时限", "是否收费",
                     "受理条件", "办理地点", "办理时间", "咨询方式", "情形", "材料名称"]
TABLES = ("items", "situations", "materials", "service_points", "faqs", "examples", "search_index")

needs_changchun = pytest.mark.skipif(not CHANGCHUN.exists(), reason=f"real export missing: {CHANGCHUN}")
needs_jilin = pytest.mark.skipif(not JILIN.exists(), reason=f"real export missing: {JILIN}")


def dump(db_path: Path) -> dict:
    """Every row of every guide table (rowid-independent), for before/after comparisons."""
    if not Path(db_path).exists():
        return {}
    db = sqlite_utils.Database(db_path)
    content = {t: sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in db[t].rows)
               for t in TABLES if t in db.table_names()}
    db.close()
    return content


def query(db_path: Path, sql: str, params=()) -> list:
    db = sqlite_utils.Database(db_path)
    rows = list(db.query(sql, list(params)))
    db.close()
    return rows


@pytest.fixture(scope="module")
def changchun_db(tmp_path_factory):
    if not CHANGCHUN.exists():
        pytest.skip(f"real export missing: {CHANGCHUN}")
    db_path = tmp_path_factory.mktemp("changchun") / "guides.db"
    return db_path, import_file(CHANGCHUN, db_path=db_path)


@pytest.fixture(scope="module")
def jilin_db(tmp_path_factory):
    if not JILIN.exists():
        pytest.skip(f"real export missing: {JILIN}")
    db_path = tmp_path_factory.mktemp("jilin") / "guides.db"
    return db_path, import_file(JILIN, db_path=db_path)


# --- names and matching -----------------------------------------------------------------

@pytest.mark.parametrize("name, expected", [
    ("居民身份证补领", "身份证补领"),
    ("普通护照签发（首次申领）", "护照签发"),
    ("出生登记（新生儿入户）", "出生登记"),
    ("经营高危险性体育项目许可(游泳）", "经营高危险性体育项目许可"),
    ("母婴保健技术服务机构执业许可（产前筛查、婚前医学检查）（申办）", "母婴保健技术服务机构执业许可"),
    ("《出生医学证明》首次签发", "出生医学证明首次签发"),
    ("营业执照遗失补领、换发 ", "营业执照遗失补领换发"),
    ("（仅限定）", "仅限定"),   # nothing left outside the brackets: keep their text
    ("居民", "居民"),
    ("", ""),
])
def test_normalise_name(name, expected):
    assert normalise_name(name) == expected


def test_normalise_name_can_keep_qualifiers():
    assert normalise_name("户口迁移（工作调动）", keep_qualifiers=True) == "户口迁移工作调动"
    assert normalise_name("户口迁移（工作调动）") == "户口迁移"


def test_matcher_on_the_catalog():
    matcher = CatalogMatcher(read_catalog())
    assert matcher.match("丢失补领身份证") == "gongan.sfz.reissue"            # synonym table
    assert matcher.match("临时居民身份证申领") == "gongan.sfz.temp"           # same name
    assert matcher.match("身份证丢了") == "gongan.sfz.reissue"               # catalog alias
    assert matcher.match("公共场所卫生许可（申办）") == "weijian.gonggongchangsuo.permit"
    assert matcher.match("出生登记") == "gongan.hukou.birth"                 # catalog qualifier dropped
    assert matcher.match("户口注销（出国境定居）") is None                      # never both sides
    assert matcher.match("户口迁移") is None                                 # 5 catalog items share it
    assert matcher.match("户口注销", loose=False) is None
    assert matcher.match("注销税务登记（适用于“一照一码”以外的纳税人）") is None  # aliases only exact
    assert matcher.match("残疾人证注销") is None


# --- changchun-guide.xlsx ---------------------------------------------------------------

def read_changchun_rows() -> list:
    import openpyxl

    book = openpyxl.load_workbook(CHANGCHUN, read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    book.close()
    assert list(rows[0]) == CHANGCHUN_COLUMNS
    return [dict(zip(CHANGCHUN_COLUMNS, (str(v).strip() if v is not None else "" for v in r)))
            for r in rows[1:]]


@needs_changchun
def test_changchun_reader_counts():
    result = read_file(CHANGCHUN)
    assert (result.kind, result.rows, result.rows_skipped, result.region) == ("changchun", 3058, 0, "长春市")
    assert len(result.records) == 59                                     # (main, sub) pairs
    assert len({r.description.split("；")[0] for r in result.records}) == 33  # main items
    districts = {p["district"] for r in result.records for p in r.points}
    assert len(districts) == 24


@needs_changchun
def test_changchun_import_summary_and_points(changchun_db):
    db_path, summary = changchun_db
    # 33 of the 59 pairs attach to 14 catalog items (e.g. the 4 ID-card renewal pairs to
    # gongan.sfz.renew), the other 26 pairs are items of their own: 40 items.
    assert summary == {"file": "changchun-guide.xlsx", "rows": 3058, "rows_skipped": 0,
                       "items_new": 40, "items_updated": 0, "materials": 194, "service_points": 632}
    points = query(db_path, "SELECT * FROM service_points")
    assert len({p["district"] for p in points}) == 24
    assert all(p["address"] and p["hours"] and p["phone"] for p in points)
    items = query(db_path, "SELECT * FROM items")
    assert {(i["origin"], i["region"], i["source_file"]) for i in items} == {
        ("import:changchun-guide.xlsx", "长春市", "changchun-guide.xlsx")}
    free = query(db_path, "SELECT fee, committed_time_limit FROM items WHERE id = 'gongan.sfz.first'")
    assert free == [{"fee": "不收费", "committed_time_limit": "1个工作日"}]
    unmatched = [i for i in items if i["id"].startswith("import.changchun.")]
    assert len(unmatched) == 26
    assert all(i["legal_time_limit"] is None and i["online_entry"] is None for i in unmatched)


@needs_changchun
def test_changchun_no_material_row_lost(changchun_db):
    """Every (district, item, situation, material) row of the file is in the database.

    The file repeats each (main, sub) pair's material list once per district that handles
    it: the same materials, sometimes in another order, never twice in one district. So
    rows(pair) = M_pair x D_pair, with M_pair distinct materials and D_pair districts, and
    3058 = sum over the 59 pairs of M_pair x D_pair. The database keeps M_pair materials
    rows per pair (194 in all) and one service point per distinct (district, address,
    hours, phone) of the item (632 in all: pairs merged into one catalog item share the
    district's point unless the file gives them different addresses, hours or phones).
    """
    db_path = changchun_db[0]
    rows = read_changchun_rows()
    situations = query(db_path, "SELECT * FROM situations")
    by_pair = {}
    for row in rows:
        sub = row["业务办理项名称"] if row["业务办理项名称"] not in ("", "无") else "无"
        prefix = f"主项名称：{row['主项名称']}；业务办理项名称：{sub}（"
        if prefix not in by_pair:
            found = [s for s in situations if s["description"].startswith(prefix)]
            assert len(found) == 1, prefix              # 情形 is always 无情形: one situation
            by_pair[prefix] = found[0]
    materials = defaultdict(set)
    for m in query(db_path, "SELECT situation_id, name FROM materials"):
        assert m["name"] not in materials[m["situation_id"]]
        materials[m["situation_id"]].add(m["name"])
    points = {(p["item_id"], p["district"], p["address"], p["hours"], p["phone"])
              for p in query(db_path, "SELECT * FROM service_points")}

    listed = defaultdict(lambda: defaultdict(list))   # pair -> district -> materials
    expected_points = set()
    for row in rows:
        sub = row["业务办理项名称"] if row["业务办理项名称"] not in ("", "无") else "无"
        situation = by_pair[f"主项名称：{row['主项名称']}；业务办理项名称：{sub}（"]
        assert row["材料名称"] in materials[situation["id"]]
        point = (situation["item_id"], row["区划名称"], row["办理地点"], row["办理时间"], row["咨询方式"])
        assert point in points
        expected_points.add(point)
        listed[situation["id"]][row["区划名称"]].append(row["材料名称"])

    assert len(rows) == 3058
    total = 0
    for situation_id, districts in listed.items():
        for names in districts.values():
            assert len(names) == len(set(names)) and set(names) == materials[situation_id]
        total += len(materials[situation_id]) * len(districts)   # M_pair x D_pair
    assert total == 3058
    assert len(listed) == 59 and sum(len(m) for m in materials.values()) == 194
    assert points == expected_points and len(points) == 632


@needs_changchun
def test_reimport_changes_nothing(changchun_db, tmp_path):
    db_path = tmp_path / "again.db"
    db_path.write_bytes(changchun_db[0].read_bytes())
    before = dump(db_path)
    summary = import_file(CHANGCHUN, db_path=db_path)
    assert summary["items_new"] == 0 and summary["items_updated"] == 40
    assert {k: summary[k] for k in ("rows", "materials", "service_points")} == {
        "rows": 3058, "materials": 194, "service_points": 632}
    assert dump(db_path) == before


@needs_changchun
def test_catalog_item_gets_file_data_and_keeps_its_guide(tmp_path):
    """丢失补领身份证 attaches to gongan.sfz.reissue: the file's situations, materials and
    district service points replace the sample ones; FAQs, legal time limit ... stay."""
    db_path = tmp_path / "guides.db"
    build(db_path, load_source_files(FIXTURE_SOURCES))
    summary = import_file(CHANGCHUN, db_path=db_path)
    assert summary["items_updated"] == 2 and summary["items_new"] == 38   # reissue, jzz.apply
    item = query(db_path, "SELECT * FROM items WHERE id = 'gongan.sfz.reissue'")[0]
    assert item["name"] == "居民身份证补领" and item["department"] == "公安"
    assert item["legal_time_limit"] == "60日" and item["online_entry"] == "暂不支持网上办理"
    assert item["fee"] == "收费" and "changchun-guide.xlsx" in item["source"]
    assert item["origin"] == "import:changchun-guide.xlsx" and item["region"] == "长春市"
    assert json.loads(item["aliases"]) == ["身份证丢了", "补办身份证", "身份证被偷了"]
    faqs = query(db_path, "SELECT question FROM faqs WHERE item_id = 'gongan.sfz.reissue' ORDER BY position")
    assert faqs == [{"question": "补领身份证多久能拿到？"}, {"question": "身份证丢了，明天还能坐飞机吗？"}]
    assert len(query(db_path, "SELECT * FROM examples WHERE item_id = 'gongan.sfz.reissue'")) == 3
    names = [s["name"] for s in query(
        db_path, "SELECT name FROM situations WHERE item_id = 'gongan.sfz.reissue' ORDER BY position")]
    assert names == ["丢失异地补领居民身份证", "丢失补领居民身份证"]
    points = query(db_path, "SELECT * FROM service_points WHERE item_id = 'gongan.sfz.reissue'")
    chaoyang = [p for p in points if p["district"] == "朝阳区"]
    assert len(chaoyang) == 1 and chaoyang[0]["address"] and chaoyang[0]["hours"] and chaoyang[0]["phone"]
    assert not [p for p in points if p["district"] in ("城东区", "城西区")]   # sample points gone
    materials = query(db_path, "SELECT name FROM materials WHERE item_id = 'gongan.sfz.reissue'")
    assert "居住证" not in {m["name"] for m in materials}                   # sample material gone


# --- jilin-common-materials.xls -------------------------------------------------------

@needs_jilin
def test_jilin_import(jilin_db):
    db_path, summary = jilin_db
    # 292 named items; 36 catalog items take 38 of them (3 建筑工程施工许可证核发 variants
    # merge into one), the other 254 are new: 290 items, every row one material.
    assert summary == {"file": "jilin-common-materials.xls", "rows": 4310, "rows_skipped": 0,
                       "items_new": 290, "items_updated": 0, "materials": 4310, "service_points": 0}
    result = read_file(JILIN)
    assert len(result.records) == 292 and len({r.name for r in result.records}) == 289
    assert len({r.name for r in result.records if len(r.situations) > 1}) == 268  # as the README counts
    talent = [r for r in result.records if r.name == "长春市人才公寓租住申请"][0]
    assert talent.department == "吉林省人力资源和社会保障厅"      # blank below: continued
    item = query(db_path, "SELECT * FROM items WHERE id = 'renshe.shebaoka.apply'")[0]
    assert item["department"] == "人社" and item["region"] == "吉林省"
    first = query(db_path, "SELECT * FROM items WHERE name LIKE '实施高等专科教育%'")[0]
    assert first["department"] == "吉林省教育厅" and first["id"].startswith("import.jilin.")
    situations = query(db_path, "SELECT id, name FROM situations WHERE item_id = ? ORDER BY position",
                       [first["id"]])
    assert situations[0]["name"] == "完成筹备设立申请正式设立"
    assert len(query(db_path, "SELECT * FROM materials WHERE situation_id = ?", [situations[0]["id"]])) == 6


@needs_jilin
def test_jilin_no_material_row_lost(jilin_db):
    """No situation lists a material twice, so each of the 4310 (item, situation, material)
    rows is exactly one materials row: counted per (item name, situation) on both sides."""
    import xlrd

    sheet = xlrd.open_workbook(str(JILIN)).sheet_by_index(0)
    in_file = defaultdict(int)
    name = situation = None
    for r in range(1, sheet.nrows):
        row = [str(v).strip() for v in sheet.row_values(r)]
        if row[0]:
            name, situation = row[0], "通用"
        situation = row[2] or situation
        in_file[(name, situation)] += 1
    in_db = defaultdict(int)
    for row in query(jilin_db[0], "SELECT s.name AS situation, s.description AS description, "
                                  "i.id AS item_id FROM materials m JOIN situations s ON s.id = m.situation_id "
                                  "JOIN items i ON i.id = m.item_id"):
        name = row["description"].split("事项名称：", 1)[1].rsplit("（jilin-common-materials.xls", 1)[0]
        situation = row["situation"]
        if row["item_id"] == "zhujian.build.permit":     # merged: situations carry the item name
            situation = "通用" if situation == name else situation.split("：", 1)[1]
        in_db[(name, situation)] += 1
    assert sum(in_file.values()) == 4310
    assert in_db == in_file


@needs_jilin
def test_reimport_jilin_changes_nothing(jilin_db, tmp_path):
    db_path = tmp_path / "again.db"
    db_path.write_bytes(jilin_db[0].read_bytes())
    before = dump(db_path)
    summary = import_file(JILIN, db_path=db_path)
    assert summary["items_new"] == 0 and summary["items_updated"] == 290
    assert dump(db_path) == before


# --- malformed files ------------------------------------------------------------------

def write_xlsx(path: Path, header: list, rows: list) -> Path:
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "事项"
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def changchun_row(material="居民身份证", district="朝阳区", main="居住证签注"):
    values = dict(zip(CHANGCHUN_COLUMNS, [
        district, "长春市,吉林省", main, "无", "1", "否", "条件", "地址", "时间", "电话", "无情形", material]))
    return [values[c] for c in CHANGCHUN_COLUMNS]


@pytest.fixture
def fixture_db(tmp_path):
    db_path = tmp_path / "guides.db"
    build(db_path, load_source_files(FIXTURE_SOURCES))
    return db_path


def test_missing_column_names_sheet_row_and_column(tmp_path, fixture_db):
    header = [c for c in CHANGCHUN_COLUMNS if c != "咨询方式"]
    rows = [[v for c, v in zip(CHANGCHUN_COLUMNS, changchun_row()) if c != "咨询方式"]]
    path = write_xlsx(tmp_path / "bad.xlsx", header, rows)
    before = dump(fixture_db)
    with pytest.raises(CatalogImportError) as error:
        import_file(path, fmt="changchun", db_path=fixture_db)
    assert (error.value.sheet, error.value.row, error.value.column) == ("事项", 1, "咨询方式")
    assert "bad.xlsx" in str(error.value) and "咨询方式" in str(error.value)
    assert dump(fixture_db) == before


def test_empty_material_cell_names_row_and_column(tmp_path, fixture_db, capsys):
    path = write_xlsx(tmp_path / "bad.xlsx", CHANGCHUN_COLUMNS,
                      [changchun_row(), changchun_row(district="南关区"), changchun_row(material=None)])
    before = dump(fixture_db)
    assert run_import(path, fmt="auto", db_path=fixture_db) == 2
    message = capsys.readouterr().err
    assert "bad.xlsx, sheet '事项', row 4, column '材料名称 (L)': empty 材料名称" in message
    assert dump(fixture_db) == before
    fresh = tmp_path / "fresh.db"
    with pytest.raises(CatalogImportError):
        import_file(path, db_path=fresh)
    assert not fresh.exists()                               # not even an empty database


def test_unreadable_file(tmp_path, fixture_db):
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"not a zip file")
    before = dump(fixture_db)
    with pytest.raises(CatalogImportError, match="broken.xlsx: cannot read the workbook"):
        import_file(path, db_path=fixture_db)
    with pytest.raises(CatalogImportError, match="cannot tell the format"):
        detect_format(write_xlsx(tmp_path / "other.xlsx", ["a", "b"], [[1, 2]]))
    assert dump(fixture_db) == before


def test_jilin_shape_rules_and_errors(tmp_path, fixture_db):
    header = ["事项名称", "省级主管部门", "情形简称", "关联材料名称"]
    good = write_xlsx(tmp_path / "jl.xlsx", header, [
        ["甲事项", "某厅", None, "申请书"], [None, None, None, "身份证"],
        [None, None, "情形一", "委托书"], [None, None, None, "证明"],
        [], ["乙事项", "某局", "情形二", "表格"],
    ])
    result = read_file(good)
    assert result.kind == "jilin" and (result.rows, result.rows_skipped) == (5, 1)
    first, second = result.records
    assert first.situations == {"通用": ["申请书", "身份证"], "情形一": ["委托书", "证明"]}
    assert first.department == "某厅" and second.situations == {"情形二": ["表格"]}
    before = dump(fixture_db)
    orphan = write_xlsx(tmp_path / "orphan.xlsx", header, [[None, "某厅", None, "申请书"]])
    with pytest.raises(CatalogImportError, match=r"row 2, column '事项名称 \(A\)'"):
        import_file(orphan, fmt="jilin", db_path=fixture_db)
    empty = write_xlsx(tmp_path / "empty.xlsx", header, [["甲", "某厅", None, "a"], [None, None, "x", None]])
    with pytest.raises(CatalogImportError, match=r"row 3, column '关联材料名称 \(D\)': empty material name"):
        import_file(empty, fmt="jilin", db_path=fixture_db)
    assert dump(fixture_db) == before


def test_write_failure_rolls_back_everything(tmp_path, fixture_db, monkeypatch):
    """All items go in one transaction: a failure on the 3rd item leaves no trace."""
    from knowledge.importer import writer

    rows = [changchun_row(main=f"事项{n}") for n in range(5)]
    path = write_xlsx(tmp_path / "five.xlsx", CHANGCHUN_COLUMNS, rows)
    calls = []

    def failing(item, words=()):
        calls.append(item["id"])
        if len(calls) == 3:
            raise RuntimeError("disk full")
        return real(item, words)

    from knowledge import build

    real = build.search_rows
    monkeypatch.setattr(build, "search_rows", failing)
    before = dump(fixture_db)
    with pytest.raises(RuntimeError, match="disk full"):
        import_file(path, db_path=fixture_db)
    assert dump(fixture_db) == before


# --- command line -----------------------------------------------------------------------

@needs_changchun
def test_command_line_last_line_is_json(tmp_path):
    db_path = tmp_path / "new" / "guides.db"
    db_path.parent.mkdir()
    done = subprocess.run(
        [sys.executable, "-m", "knowledge", "import", str(CHANGCHUN), "--format", "auto",
         "--region", "长春", "--db", str(db_path)],
        cwd=REPO, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout.strip().splitlines()[-1])
    assert summary == {"file": "changchun-guide.xlsx", "rows": 3058, "rows_skipped": 0,
                       "items_new": 40, "items_updated": 0, "materials": 194, "service_points": 632}
    assert {r["region"] for r in query(db_path, "SELECT region FROM items")} == {"长春"}
