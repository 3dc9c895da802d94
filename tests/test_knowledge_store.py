"""The knowledge base: build, queries, full-text search (Chinese), completeness checks."""
import json
import subprocess
import sys

import pytest

from knowledge.build import build
from knowledge.check import check_database, check_sources
from knowledge.guides import GuideStore, KnowledgeBaseMissing
from knowledge.sources import load_source_files, validate_item

from support import FIXTURE_SOURCES, REPO


def test_items_are_listed_with_department(fixture_store):
    assert [(r["id"], r["name"], r["department"]) for r in fixture_store.list_items()] == [
        ("gongan.jzz.apply", "居住证申领", "公安"),
        ("gongan.sfz.reissue", "居民身份证补领", "公安"),
    ]


def test_guide_has_situations_materials_and_points(fixture_store):
    guide = fixture_store.guide("gongan.sfz.reissue")
    assert guide["legal_time_limit"] == "60日"
    assert guide["visits_needed"] == 1
    assert [s["name"] for s in guide["situations"]] == ["本地补领", "异地补领"]
    assert guide["situations"][0]["materials"] == [
        {"name": "居民户口簿", "form": "原件", "copies": 1, "required": True, "note": None},
        {"name": "近期免冠照片", "form": "原件", "copies": 2, "required": False, "note": "窗口不能现场采集时"},
    ]
    assert [p["district"] for p in guide["service_points"]] == ["城东区", "城西区"]
    assert guide["faqs"][0]["question"] == "补领身份证多久能拿到？"


def test_materials_by_situation_name_or_id(fixture_store):
    by_name = fixture_store.materials("gongan.sfz.reissue", "异地补领")
    by_id = fixture_store.materials("gongan.sfz.reissue", "gongan.sfz.reissue/s2")
    assert [m["name"] for m in by_name] == [m["name"] for m in by_id] == ["居住证"]
    assert [m["name"] for m in fixture_store.materials("gongan.sfz.reissue")][0] == "居民户口簿"


def test_service_points_for_a_district(fixture_store):
    assert [p["place"] for p in fixture_store.service_points("gongan.sfz.reissue", "城西区")] == ["城西区户政服务大厅"]
    assert len(fixture_store.service_points("gongan.sfz.reissue", "不存在区")) == 2
    assert fixture_store.districts("gongan.sfz.reissue") == ["城东区", "城西区"]
    assert fixture_store.districts("gongan.jzz.apply") == []


@pytest.mark.parametrize("query, expected", [
    ("我的身份证丢了", "gongan.sfz.reissue"),
    ("暂住证", "gongan.jzz.apply"),
    ("补领身份证多久能拿到", "gongan.sfz.reissue"),
    ("居住证", "gongan.jzz.apply"),
])
def test_search_finds_chinese_words(fixture_store, query, expected):
    assert fixture_store.search(query)[0]["id"] == expected


def test_search_without_words_is_empty(fixture_store):
    assert fixture_store.search("") == []
    assert fixture_store.search("？？") == []


def test_missing_database_says_how_to_build_it(tmp_path):
    with pytest.raises(KnowledgeBaseMissing, match="make kb"):
        GuideStore(tmp_path / "nothing.db")


def test_rebuild_replaces_source_items_and_keeps_imported(tmp_path):
    path = tmp_path / "g.db"
    items = load_source_files(FIXTURE_SOURCES)
    build(path, items)
    store = GuideStore(path)
    store.db.execute("UPDATE items SET origin = 'import:city.xlsx' WHERE id = 'gongan.jzz.apply'")
    store.db.conn.commit()
    count, kept = build(path, items)
    assert (count, kept) == (1, ["gongan.jzz.apply"])
    assert len(GuideStore(path).list_items()) == 2


def test_a_reader_sees_every_guide_while_the_knowledge_base_is_rebuilt(tmp_path, monkeypatch):
    """The running assistant reads the file while `make kb` rebuilds it: it must see the old
    guides until the new ones are written, never none."""
    import sqlite3

    import knowledge.build as building

    path = tmp_path / "g.db"
    items = load_source_files(FIXTURE_SOURCES)
    build(path, items)
    seen = []
    insert = building.insert_item

    def watched(db, item, *args):
        reader = sqlite3.connect(path)
        seen.append(reader.execute("SELECT count(*) FROM items").fetchone()[0])
        reader.close()
        return insert(db, item, *args)

    monkeypatch.setattr(building, "insert_item", watched)
    build(path, items)
    assert seen and set(seen) == {len(items)}


def test_validate_names_file_item_and_field():
    item = load_source_files(FIXTURE_SOURCES)[0]
    item = {**item, "fee": "", "situations": [{"name": "通用", "materials": [{"name": "户口簿", "form": "正本", "copies": 0, "required": True}]}]}
    problems = [str(p) for p in validate_item(item)]
    assert f"knowledge/sources/gongan.yaml: {item['id']}: fee: missing or empty" in problems
    assert any("situations[1].materials[1].form" in p for p in problems)
    assert any("situations[1].materials[1].copies" in p for p in problems)


def test_check_passes_on_complete_fixture(fixture_store):
    assert check_sources(FIXTURE_SOURCES) == []
    assert check_database(fixture_store) == []


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "knowledge", *args], cwd=REPO, capture_output=True, text=True, timeout=120)


def test_cli_list_and_show_json(fixture_db):
    listed = [json.loads(line) for line in run_cli("list", "--json", "--db", str(fixture_db)).stdout.splitlines()]
    assert listed[1] == {"id": "gongan.sfz.reissue", "name": "居民身份证补领", "department": "公安"}
    shown = json.loads(run_cli("show", "gongan.sfz.reissue", "--json", "--db", str(fixture_db)).stdout)
    assert shown["situations"][1]["materials"][0]["name"] == "居住证"
    assert {"id", "name", "conditions", "legal_time_limit", "committed_time_limit", "fee",
            "service_points", "online_entry", "visits_needed"} <= set(shown)


def test_cli_show_unknown_item_fails(fixture_db):
    done = run_cli("show", "nope", "--db", str(fixture_db))
    assert done.returncode == 1 and "knowledge list" in done.stderr


def test_cli_check_fails_on_incomplete_item(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    text = (FIXTURE_SOURCES / "gongan.yaml").read_text(encoding="utf-8").replace("fee: 40元", "fee: ''")
    (sources / "gongan.yaml").write_text(text, encoding="utf-8")
    db = tmp_path / "g.db"
    assert run_cli("build", "--db", str(db), "--sources", str(sources)).returncode == 0
    done = run_cli("check", "--db", str(db), "--sources", str(sources))
    assert done.returncode == 1
    assert "knowledge/sources/gongan.yaml: gongan.sfz.reissue: fee: missing or empty" in done.stdout


def test_cli_on_missing_database(tmp_path):
    done = run_cli("list", "--db", str(tmp_path / "none.db"))
    assert done.returncode != 0 and "make kb" in done.stderr


def test_every_cli_command_is_documented():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    from knowledge.__main__ import COMMANDS

    for name in COMMANDS:
        assert f"python -m knowledge {name}" in readme, name


def test_kept_rows_are_fresh_copies_and_follow_changes_to_the_file(fixture_db, tmp_path):
    """The store keeps an item's rows in memory: each call gets its own dicts, and a change
    committed by another connection (a rebuild or an import) is read at the next call."""
    import shutil
    import sqlite3

    path = tmp_path / "guides.db"
    shutil.copy(fixture_db, path)
    store = GuideStore(path)
    first = store.materials("gongan.sfz.reissue")
    first[0]["name"] = "changed by a caller"
    store.item("gongan.sfz.reissue")["aliases"].append("changed by a caller")
    place = store.service_points("gongan.sfz.reissue")[0]["place"]
    store.service_points("gongan.sfz.reissue")[0]["place"] = "changed by a caller"
    store.situations("gongan.sfz.reissue")[0]["name"] = "changed by a caller"
    assert store.materials("gongan.sfz.reissue")[0]["name"] == "居民户口簿"
    assert store.service_points("gongan.sfz.reissue")[0]["place"] == place
    assert store.situations("gongan.sfz.reissue")[0]["name"] == "本地补领"
    assert "changed by a caller" not in store.item("gongan.sfz.reissue")["aliases"]
    assert store.guide("gongan.sfz.reissue") == GuideStore(path).guide("gongan.sfz.reissue")

    with sqlite3.connect(path) as other:
        other.execute("UPDATE materials SET name = '户口本' WHERE name = '居民户口簿'")
        other.execute("UPDATE service_points SET hours = '24小时'")
    assert store.materials("gongan.sfz.reissue")[0]["name"] == "户口本"
    assert {p["hours"] for p in store.service_points("gongan.sfz.reissue")} == {"24小时"}


def test_family_is_the_items_that_differ_in_the_last_part_of_the_id_in_catalog_order(real_store):
    assert [i["id"] for i in real_store.family("gongan.sfz.reissue")] == [
        "gongan.sfz.first", "gongan.sfz.renew", "gongan.sfz.reissue", "gongan.sfz.temp"]
    hukou = [i["id"] for i in real_store.family("gongan.hukou.move_job")]
    assert hukou[0] == "gongan.hukou.birth" and "gongan.hukou.cancel" in hukou
    assert all(i.count(".") == 2 and i.startswith("gongan.hukou.") for i in hukou)
    assert [i["id"] for i in real_store.family("zhujian.rent.filing")] == ["zhujian.rent.filing"]
    assert real_store.family("no.such.item") == [] and real_store.family("nodots") == []


def test_shared_family_needs_two_members_and_a_small_family(real_store):
    ids = [i["id"] for i in real_store.shared_family(["gjj.withdraw.retire", "gongan.sfz.first", "gjj.withdraw.death"])]
    assert ids[:2] == ["gjj.withdraw.rent", "gjj.withdraw.buy"] and len(ids) == 6
    assert real_store.shared_family(["gjj.withdraw.retire", "gongan.sfz.first"]) == []      # no two of one family
    assert real_store.shared_family(["gongan.hukou.birth", "gongan.hukou.cancel"]) == []    # ten items: too many
    assert len(real_store.shared_family(["gongan.hukou.birth", "gongan.hukou.cancel"], largest=10)) == 10


def test_department_items_naming_a_word(real_store):
    loans = real_store.department_items_naming("公积金", "贷款")
    assert {"gjj.loan.new", "gjj.loan.second"} <= {i["id"] for i in loans}
    assert all(i["id"].startswith("gjj.") for i in loans)
    assert real_store.department_items_naming("公安", "贷款") == []
    assert real_store.department_items_naming("公积金", "公积金") == []   # more than a family: too broad
    assert real_store.department_items_naming("", "贷款") == []
