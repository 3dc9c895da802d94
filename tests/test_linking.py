"""The item linker on a small hand-made catalog (plain Python, no Rasa)."""
import pytest

from bot.linking import ItemLinker, LinkerSettings
from knowledge.segmentation import segmenter_for

ITEMS = [
    {"id": "sfz.reissue", "name": "居民身份证补领", "aliases": ["身份证丢了", "补办身份证", "身份证被偷了"]},
    {"id": "sfz.renew", "name": "居民身份证换领", "aliases": ["身份证到期", "换身份证", "身份证过期了"]},
    {"id": "gjj.rent", "name": "租赁自住住房提取住房公积金", "aliases": ["租房提取公积金", "租房提公积金"]},
    {"id": "marry", "name": "内地居民结婚登记", "aliases": ["领结婚证", "结婚登记", "扯证"]},
]
DOCUMENTS = [
    ("sfz.reissue", "钱包丢了身份证也没了怎么办"), ("sfz.reissue", "身份证找不到了去哪补"),
    ("sfz.renew", "身份证快过期了去哪换"), ("sfz.renew", "身份证有效期满了换新证"),
    ("gjj.rent", "租房子的钱能用公积金付吗"), ("gjj.rent", "每个月房租能提公积金吗"),
    ("marry", "我们要领证结婚需要什么"), ("marry", "去民政局登记结婚"),
]
NONE = ["今天天气怎么样", "给我讲个笑话", "你好", "谢谢", "股票会涨吗", "附近有什么好吃的"]


@pytest.fixture(scope="module")
def linker():
    words = [i["name"] for i in ITEMS] + [a for i in ITEMS for a in i["aliases"]]
    return ItemLinker.train(ITEMS, DOCUMENTS, NONE, segmenter_for(words).cut, LinkerSettings(in_scope_threshold=0.3))


@pytest.mark.parametrize("text, item", [
    ("我身份证丢了怎么补办", "sfz.reissue"),
    ("身分证掉了咋办", "sfz.reissue"),          # homophone typo
    ("sfz到期了去哪换", "sfz.renew"),           # pinyin initials
    ("身份證過期了", "sfz.renew"),              # traditional characters
    ("房租可以用gjj交吗", "gjj.rent"),
    ("下个月要和女朋友去扯证", "marry"),
])
def test_top_item(linker, text, item):
    ranking = linker.rank(text)
    assert ranking.candidates[0].id == item
    assert ranking.in_scope


@pytest.mark.parametrize("text", ["明天天气怎么样", "讲个笑话吧", "😀", "", "     "])
def test_out_of_scope(linker, text):
    assert not linker.rank(text).in_scope


def test_scores_are_ranked_and_bounded(linker):
    ranking = linker.rank("身份证")
    scores = [c.score for c in ranking.candidates]
    assert scores == sorted(scores, reverse=True) and all(0 <= s <= 1 for s in scores)
    assert len(ranking.candidates) == 3


def test_long_message_is_handled(linker):
    text = "我想问一下，" * 800 + "身份证丢了怎么补办"
    assert linker.rank(text).candidates[0].id == "sfz.reissue"


def test_save_and_load_give_the_same_ranking(linker, tmp_path):
    path = tmp_path / "linker.pkl"
    linker.save(path)
    words = [i["name"] for i in ITEMS] + [a for i in ITEMS for a in i["aliases"]]
    loaded = ItemLinker.load(path, segmenter_for(words).cut)
    assert loaded.rank("租房提取公积金").as_dict() == linker.rank("租房提取公积金").as_dict()
