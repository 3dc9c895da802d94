"""A city's real catalog, imported, retrained and served: the Changchun export's lost-ID-card
item answered over REST with that district's address, hours and phone."""
import os
import shutil
import subprocess
import sys

import pytest

from support import REPO, SHARED
from test_running_assistant import say, start_assistant, stop_assistant

CHANGCHUN = SHARED / "catalogs" / "changchun-guide.xlsx"
pytestmark = pytest.mark.skipif(not CHANGCHUN.exists(), reason=f"{CHANGCHUN} not found (shared material)")


@pytest.fixture(scope="module")
def imported(tmp_path_factory):
    work = tmp_path_factory.mktemp("city")
    db = work / "guides.db"
    shutil.copy(REPO / "knowledge" / "guides.db", db)
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false"}
    done = subprocess.run([sys.executable, "-m", "knowledge", "import", str(CHANGCHUN), "--db", str(db)],
                          cwd=REPO, capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    done = subprocess.run([sys.executable, "-m", "bot", "train", "--knowledge-db", str(db), "--out", str(work / "models")],
                          cwd=REPO, capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:]
    base, process = start_assistant(work, {"KNOWLEDGE_DB": str(db), "RASA_MODEL": str(work / "models" / "assistant.tar.gz")})
    yield base, db
    stop_assistant(process)


def test_district_specific_answer_from_the_imported_catalog(imported):
    from knowledge.guides import GuideStore

    base, db = imported
    store = GuideStore(db)
    reply = say(base, "changchun", "我在朝阳区，身份证丢了怎么补办")
    situations = [s["name"] for s in store.situations("gongan.sfz.reissue")]
    if "哪种情形" in reply:
        choice = situations.index("丢失补领居民身份证") + 1
        reply = say(base, "changchun", str(choice))
    assert reply.startswith("【一次性告知】居民身份证补领")
    for material in store.materials("gongan.sfz.reissue", "丢失补领居民身份证"):
        assert material["name"] in reply
    point = store.service_points("gongan.sfz.reissue", "朝阳区")[0]
    assert point["district"] == "朝阳区"
    for value in (point["address"], point["hours"], point["phone"]):
        assert value in reply
    other = store.service_points("gongan.sfz.reissue", "南关区")[0]
    assert other["district"] == "南关区" and other["address"] not in reply
