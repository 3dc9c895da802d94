"""The stock-pipeline baseline of ``python -m bot evaluate --config``."""
import yaml
from support import REPO

from bot.baseline import prediction, with_epochs


def test_with_epochs_changes_only_the_epochs(tmp_path):
    path = with_epochs(REPO / "config.baseline.yml", 7, tmp_path)
    original = yaml.safe_load((REPO / "config.baseline.yml").read_text(encoding="utf-8"))
    changed = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert [c["name"] for c in changed["pipeline"]] == [c["name"] for c in original["pipeline"]]
    assert {c.get("epochs") for c in changed["pipeline"] + changed["policies"] if "epochs" in c} == {7}
    strip = lambda doc: [{k: v for k, v in c.items() if k != "epochs"} for c in doc["pipeline"] + doc["policies"]]  # noqa: E731
    assert strip(changed) == strip(original)


def test_prediction_reads_the_intent_ranking():
    parsed = {"intent": {"name": "a"}, "intent_ranking": [{"name": "a"}, {"name": "none"}, {"name": "b"}, {"name": "c"}]}
    assert prediction(parsed) == (["a", "b", "c"], True)
    assert prediction({"intent": {"name": "nlu_fallback"}, "intent_ranking": []}) == ([], False)
