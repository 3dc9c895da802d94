"""The custom Rasa NLU components, built directly (no full training run)."""
import uuid

import pytest
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlu.district_extractor import DistrictExtractor, find_district
from bot.nlu.intent_classifier import AspectClassifier
from bot.nlu.item_linker import ItemLinker
from bot.nlu.tokenizer import KnowledgeJiebaTokenizer


@pytest.fixture()
def storage(tmp_path):
    return LocalModelStorage(tmp_path)


@pytest.fixture()
def context():
    return ExecutionContext(GraphSchema({}), uuid.uuid4().hex)


def build(cls, config, storage, context, name, training_data=None):
    full = {**cls.get_default_config(), **config}
    component = cls.create(full, storage, Resource(name), context)
    component.train(training_data or TrainingData())
    return cls.load(full, storage, Resource(name), context)


def test_tokenizer_uses_the_knowledge_dictionary_from_the_model(fixture_db, storage, context):
    tokenizer = build(KnowledgeJiebaTokenizer, {"knowledge_db": str(fixture_db)}, storage, context, "tok")
    message = Message(data={"text": "我想办理居民身份证补领"})
    tokenizer.process([message])
    tokens = [t.text for t in message.get("text_tokens")]
    assert "居民身份证补领" in tokens


def test_tokenizer_normalises_traditional_text_with_offsets(fixture_db, storage, context):
    tokenizer = build(KnowledgeJiebaTokenizer, {"knowledge_db": str(fixture_db)}, storage, context, "tok2")
    message = Message(data={"text": "補辦身份證"})
    tokenizer.process([message])
    tokens = message.get("text_tokens")
    assert "".join(t.text for t in tokens) == "补办身份证"
    assert tokens[-1].end == len("補辦身份證")


def test_item_linker_sets_entity_and_candidates(fixture_db, storage, context):
    data = TrainingData([Message(data={"text": t, "intent": "out_of_scope"}) for t in ("今天天气怎么样", "讲个笑话", "你好")])
    linker = build(ItemLinker, {"knowledge_db": str(fixture_db), "calibrate": False, "in_scope_threshold": 0.2}, storage, context, "link", data)
    message = Message(data={"text": "身份证被偷了怎么补"})
    linker.process([message])
    assert message.get("service_items")[0]["id"] == "gongan.sfz.reissue"
    assert message.get("item_in_scope") is True
    assert [e["value"] for e in message.get("entities") if e["entity"] == "service_item"] == ["gongan.sfz.reissue"]
    assert "service_items" in message.as_dict(only_output_properties=True)
    other = Message(data={"text": "今天天气怎么样"})
    linker.process([other])
    assert other.get("item_in_scope") is False and not other.get("entities")


def test_district_extractor_finds_knowledge_districts(fixture_db, storage, context):
    extractor = build(DistrictExtractor, {"knowledge_db": str(fixture_db)}, storage, context, "dist")
    message = Message(data={"text": "我在城西，身份证丢了"})
    extractor.process([message])
    assert message.get("entities")[0]["value"] == "城西区"


def test_find_district_prefers_the_longest_name():
    assert find_district("我在朝阳区", ["朝阳区", "阳区"])["value"] == "朝阳区"
    assert find_district("我在南关", ["南关区"]) == {"value": "南关区", "start": 2, "end": 4}
    assert find_district("没有", ["南关区"]) is None


def test_missing_knowledge_base_names_the_command(tmp_path, storage, context):
    with pytest.raises(RuntimeError, match="make kb"):
        build(ItemLinker, {"knowledge_db": str(tmp_path / "none.db")}, storage, context, "x")


def test_intent_classifier_answers_messages_without_features(storage, context):
    config = AspectClassifier.get_default_config()
    classifier = AspectClassifier.create(config, storage, Resource("clf"), context)
    message = Message(data={"text": ""})
    classifier.process([message])
    assert message.get("intent") == {"name": "out_of_scope", "confidence": 1.0}


def test_aspect_probabilities_equal_predict_proba():
    import numpy as np
    from scipy.sparse import random as sparse_random
    from sklearn.linear_model import LogisticRegression

    from bot.nlu.intent_classifier import probabilities

    rng = np.random.default_rng(0)
    X = sparse_random(60, 40, density=0.2, format="csr", random_state=1)
    y = rng.integers(0, 4, 60)
    clf = LogisticRegression(max_iter=300).fit(X, y)
    np.testing.assert_allclose(probabilities(clf, X[:7]), clf.predict_proba(X[:7]), rtol=1e-9, atol=1e-12)
    rows = [(r.indices, r.data) for r in X[:7].tocsr()]
    np.testing.assert_allclose(probabilities(clf, rows=rows), clf.predict_proba(X[:7]), rtol=1e-9, atol=1e-12)
    binary = LogisticRegression().fit(X, y % 2)
    np.testing.assert_allclose(probabilities(binary, X[:3]), binary.predict_proba(X[:3]))
    np.testing.assert_allclose(probabilities(binary, rows=rows[:3]), binary.predict_proba(X[:3]))


def test_aspect_classifier_equals_rasas_logistic_regression(fixture_db, storage, context):
    """The direct sentence-feature path gives the stock classifier's ranking and confidences."""
    from rasa.nlu.classifiers.logistic_regression_classifier import LogisticRegressionClassifier
    from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer

    examples = {"ask_materials": ["要带什么材料", "需要准备哪些东西", "带啥证件"],
                "ask_time": ["要多久", "几天能办好", "多长时间出证"],
                "ask_fee": ["收费吗", "要交多少钱", "免费吗"],
                "greet": ["你好", "在吗", "您好"]}
    data = TrainingData([Message(data={"text": t, "intent": i}) for i, ts in examples.items() for t in ts])
    tokenizer = build(KnowledgeJiebaTokenizer, {"knowledge_db": str(fixture_db)}, storage, context, "tok3")
    featurizers = [build(CountVectorsFeaturizer, {"analyzer": "char", "min_ngram": 1, "max_ngram": 3}, storage, context, "cv1"),
                   build(CountVectorsFeaturizer, {}, storage, context, "cv2")]
    tokenizer.process_training_data(data)
    for featurizer in featurizers:
        featurizer.train(data)
        featurizer.process_training_data(data)
    classifier = build(AspectClassifier, {"max_iter": 300}, storage, context, "aspect", data)

    def featurized(text):
        message = Message(data={"text": text})
        tokenizer.process([message])
        for featurizer in featurizers:
            featurizer.process([message])
        return message

    texts = ["请问要带什么", "多久能拿到", "收不收费", "你好呀", "身份证补办"]
    from bot.nlu.intent_classifier import sentence_row
    assert all(sentence_row(featurized(t), classifier.clf.coef_.shape[1]) is not None for t in texts)  # the fast path
    ours = classifier.process([featurized(t) for t in texts])
    stock = LogisticRegressionClassifier.process(classifier, [featurized(t) for t in texts])
    for a, b in zip(ours, stock):
        assert [r["name"] for r in a.get("intent_ranking")] == [r["name"] for r in b.get("intent_ranking")]
        assert all(abs(x["confidence"] - y["confidence"]) < 1e-9
                   for x, y in zip(a.get("intent_ranking"), b.get("intent_ranking")))


def test_count_vectors_equal_rasas_featurizer(fixture_db, storage, context):
    from rasa.nlu.featurizers.sparse_featurizer.count_vectors_featurizer import CountVectorsFeaturizer

    from bot.nlu.count_vectors import CountVectors

    texts = ["身份证丢了怎么补办", "要带什么材料", "租房提取公积金", "sfz 到期 换证", "你好"]
    data = TrainingData([Message(data={"text": t, "intent": "x"}) for t in texts])
    tokenizer = build(KnowledgeJiebaTokenizer, {"knowledge_db": str(fixture_db)}, storage, context, "tok4")
    tokenizer.process_training_data(data)
    for config in ({"analyzer": "char", "min_ngram": 1, "max_ngram": 3}, {}):
        ours = build(CountVectors, config, storage, context, f"cv-{len(config)}")
        ours.train(data)
        for text in ["补办身份证要多久", "材料 材料 材料", "完全没见过的字句", "sfz"]:
            message = Message(data={"text": text})
            tokenizer.process([message])
            tokens = ours._get_processed_message_tokens_by_attribute(message, "text")
            fast = ours._create_features("text", [tokens])
            stock = CountVectorsFeaturizer._create_features(ours, "text", [tokens])
            for a, b in zip(fast[0] + fast[1], stock[0] + stock[1]):
                assert a.shape == b.shape and a.dtype == b.dtype
                assert (a.toarray() == b.toarray()).all()
                assert (a.row.tolist(), a.col.tolist()) == (b.row.tolist(), b.col.tolist())


def test_count_vectors_without_sequence_features_keep_the_sentence_features(fixture_db, storage, context):
    from bot.nlu.count_vectors import CountVectors

    data = TrainingData([Message(data={"text": t, "intent": "x"}) for t in ["身份证丢了怎么补办", "要带什么材料"]])
    tokenizer = build(KnowledgeJiebaTokenizer, {"knowledge_db": str(fixture_db)}, storage, context, "tok5")
    tokenizer.process_training_data(data)
    both = build(CountVectors, {"analyzer": "char", "max_ngram": 2}, storage, context, "cv-both")
    sentence_only = build(CountVectors, {"analyzer": "char", "max_ngram": 2, "sequence_features": False},
                          storage, context, "cv-sentence")
    for featurizer in (both, sentence_only):
        featurizer.train(data)
    message = Message(data={"text": "补办身份证要多久"})
    tokenizer.process([message])
    tokens = both._get_processed_message_tokens_by_attribute(message, "text")
    (sequence,), (sentence,) = both._create_features("text", [tokens])
    (no_sequence,), (same_sentence,) = sentence_only._create_features("text", [tokens])
    assert sequence is not None and no_sequence is None
    assert (sentence.toarray() == same_sentence.toarray()).all()
    sentence_only.process([message])
    kinds = {(f.type, f.attribute) for f in message.features}
    assert kinds == {("sentence", "text")}
