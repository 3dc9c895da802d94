"""The shipped knowledge base (knowledge/sources → knowledge/guides.db) is complete."""
import csv

from knowledge import CATALOG_TSV, DEFAULT_SOURCES
from knowledge.check import check_database, check_sources

from support import SHARED


def test_catalog_copy_matches_shared_catalog():
    shared = SHARED / "catalog" / "items.tsv"
    if shared.exists():
        assert CATALOG_TSV.read_text(encoding="utf-8") == shared.read_text(encoding="utf-8")


def test_sources_and_database_have_no_incomplete_item(real_store):
    assert [str(p) for p in check_sources(DEFAULT_SOURCES)] == []
    assert [str(p) for p in check_database(real_store)] == []


def test_every_catalog_item_has_a_guide(real_store):
    with open(CATALOG_TSV, encoding="utf-8") as handle:
        catalog = {row["id"]: row for row in csv.DictReader(handle, delimiter="\t")}
    stored = {row["id"]: row for row in real_store.list_items()}
    assert sorted(set(catalog) - set(stored)) == []
    for item_id, row in catalog.items():
        assert stored[item_id]["name"] == row["name"]
        assert stored[item_id]["department"] == row["department"]


def test_content_breadth(real_store):
    items = real_store.list_items()
    assert len(items) >= 206
    assert len({i["department"] for i in items}) >= 8


def test_guides_are_marked_as_sample_data(real_store):
    rows = list(real_store.db.query("SELECT count(*) AS n FROM items WHERE origin = 'sources' AND sample = 0"))
    assert rows[0]["n"] == 0


# the places of the real exports the imported situations and materials came from (source
# fields say so); the guides are 示例市's, so what a citizen reads names none of them
EXPORT_PLACES = ("长春", "吉林")


def test_what_a_citizen_reads_names_no_place_of_the_imported_exports(real_store):
    found = []
    for item in real_store.list_items():
        full = real_store.item(item["id"])
        texts = [str(full.get(k) or "") for k in ("name", "conditions", "process", "fee", "online_entry", "time_limit")]
        for situation in real_store.situations(item["id"]):
            texts += [situation["name"]] + [f"{m['name']} {m.get('note') or ''}"
                                            for m in real_store.materials(item["id"], situation["id"])]
        found += [(item["id"], t[:40]) for t in texts if any(place in t for place in EXPORT_PLACES)]
    assert not found


def test_national_fees_of_identity_cards(real_store):
    assert "20" in real_store.item("gongan.sfz.first")["fee"]
    assert "20" in real_store.item("gongan.sfz.renew")["fee"]
    assert "40" in real_store.item("gongan.sfz.reissue")["fee"]
    assert "10" in real_store.item("gongan.sfz.temp")["fee"]
    assert "60" in real_store.item("gongan.sfz.reissue")["legal_time_limit"]


def test_an_office_number_belongs_to_one_department_and_no_place_gives_the_12345_hotline():
    from knowledge.sources import shared_phones

    def item(item_id, department, *phones):
        return {"id": item_id, "department": department, "source_file": f"{department}.yaml",
                "service_points": [{"place": f"{department}窗口{n}", "phone": p} for n, p in enumerate(phones)]}

    problems = shared_phones([item("a", "民政", "0000-12010001"), item("b", "民政", "0000-12010001"),   # one department
                              item("c", "公安", "0000-12020001；0000-12010001"),                      # another's number
                              item("d", "人社", "12333"), item("e", "医保", "12333"),                   # service hotlines
                              item("f", "教育", "12345")])
    assert [(p.item_id, p.message) for p in problems] == [
        ("c", "0000-12010001 is also 民政's 民政窗口0"),
        ("f", "the 12345 hotline itself: give the office's own number")]


def test_the_knowledge_sources_give_each_office_its_own_number():
    from knowledge.sources import load_source_files, shared_phones

    assert shared_phones(load_source_files(DEFAULT_SOURCES)) == []


def test_items_given_one_by_one_are_checked_for_shared_numbers_too():
    from knowledge.sources import validate_items

    def items():   # a generator: read once
        for n, department in enumerate(("民政", "公安")):
            yield {"id": f"x{n}", "department": department, "source_file": "x.yaml",
                   "service_points": [{"place": "窗口", "phone": "0000-12010001"}]}

    assert any("is also 民政's 窗口" in p.message for p in validate_items(items()))


def test_proofs_the_regulation_lets_one_choose_are_not_all_required(real_store):
    """居住证's export listed 工商营业执照 as required of every employee (r10 QA: 我没有营业执照啊 我是打工的),
    and both the title deed and the lease for a home: 《居住证暂行条例》第九条 asks one of them."""
    def required(situation):
        return {m["name"] for m in real_store.materials("gongan.jzz.apply", situation) if m["required"]}

    assert required("合法稳定就业") == {"居民身份证"}
    assert required("合法稳定住所") == {"本人居民身份证"}


def test_one_office_has_one_address_across_the_sources():
    """示例市不动产登记中心 was at 建设路20号 in the 契税 guides and 人民大道100号 in the 不动产 ones (r21 QA). Offices named
    by their own name (not 各区… / 各街道…, which stand for many) have one address."""
    import re
    import yaml
    from collections import defaultdict
    from pathlib import Path
    addresses = defaultdict(set)
    for path in sorted(Path(DEFAULT_SOURCES).glob("*.yaml")):
        for point in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("service_points") or []:
            office = re.split(r"[（“(]", point["place"])[0]
            if not office.startswith("各"):
                addresses[office].add(point.get("address"))
    assert {office: found for office, found in addresses.items() if len(found) > 1} == {}


def test_materials_read_as_a_citizen_reads_them():
    """机动车所有人身份证明或者行驶 证 (a space inside a word) and 已婚的提供（导出清单列为必交…） (a note on the export the guide
    was made from) were shown to citizens (r22 QA)."""
    import re
    import yaml
    from pathlib import Path
    found = []
    for path in sorted(Path(DEFAULT_SOURCES).glob("*.yaml")):
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("items") or []:
            for situation in item.get("situations") or []:
                for material in situation.get("materials") or []:
                    said = f"{material.get('name') or ''} {material.get('note') or ''}"
                    if re.search(r"[\u4e00-\u9fff]\s+[\u4e00-\u9fff]", material.get("name") or "") or "导出清单" in said:
                        found.append((item["id"], said))
    assert found == []
