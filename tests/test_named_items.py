"""Several items named in one message (bot.named_items), on a small hand-made catalog."""
import pytest

from bot.linking import ItemLinker, LinkerSettings
from bot.named_items import named_items, parts, question_clauses
from knowledge.outside import OutsideService
from knowledge.segmentation import segmenter_for

ITEMS = [
    {"id": "sfz.reissue", "name": "居民身份证补领", "aliases": ["身份证丢了", "补办身份证", "身份证被偷了"]},
    {"id": "sfz.renew", "name": "居民身份证换领", "aliases": ["身份证到期", "换身份证", "身份证过期了"]},
    {"id": "jsz.reissue", "name": "机动车驾驶证遗失补证", "aliases": ["驾驶证丢了", "驾照丢了", "补驾驶证"]},
    {"id": "food", "name": "食品经营许可核发", "aliases": ["食品经营许可证", "开饭店办许可证", "餐饮许可证"]},
    {"id": "company", "name": "公司设立登记", "aliases": ["注册公司", "办营业执照", "开公司"]},
    {"id": "jiuye", "name": "就业创业证申领", "aliases": ["办就业创业证", "就业失业登记证"]},
    {"id": "car", "name": "补领、换领机动车号牌、行驶证、登记证书", "aliases": ["行驶证丢了", "车牌丢了"]},
]
DOCUMENTS = [
    ("sfz.reissue", "钱包丢了身份证也没了怎么办"), ("sfz.reissue", "身份证找不到了去哪补"),
    ("sfz.renew", "身份证快过期了去哪换"), ("sfz.renew", "身份证有效期满了换新证"),
    ("jsz.reissue", "驾照找不到了怎么补"), ("jsz.reissue", "驾驶证弄丢了去车管所补吗"),
    ("food", "开餐馆要办什么许可"), ("food", "卖熟食需要食品许可证吗"),
    ("company", "想成立一家有限公司"), ("company", "营业执照怎么申请"),
    ("jiuye", "就业创业证在哪里办"), ("jiuye", "毕业生怎么领就业创业证"),
    ("car", "车牌掉了一块怎么补"), ("car", "行驶证找不到了"),
]
NONE = ["今天天气怎么样", "给我讲个笑话", "你好", "谢谢", "股票会涨吗", "附近有什么好吃的", "没有了", "好的"]


@pytest.fixture(scope="module")
def linker():
    words = [i["name"] for i in ITEMS] + [a for i in ITEMS for a in i["aliases"]] + ["和平区"]
    return ItemLinker.train(ITEMS, DOCUMENTS, NONE, segmenter_for(words).cut,
                            LinkerSettings(calibrate=False, in_scope_threshold=0.2))


def ids(linker, text):
    return [c.id for c in named_items(linker, text)]


@pytest.mark.parametrize("text, expected", [
    ("身份证和驾驶证都丢了怎么办", ["sfz.reissue", "jsz.reissue"]),    # 身份证 settled by 丢了
    ("我想注册公司，还有食品经营许可证怎么办", ["company", "food"]),
    ("钱包被偷了，身份证、驾照都丢了", ["sfz.reissue", "jsz.reissue"]),
    ("身份证丢了怎么补？另外注册公司要什么材料？", ["sfz.reissue", "company"]),
    ("身份证丢了去哪补？注册公司要什么材料？", ["sfz.reissue", "company"]),   # two questions, no list word
    ("开饭店要办营业执照和食品经营许可证", ["company", "food"]),
    # a second document in a state too, in a clause of its own (身份证补领 alone; r38 QA)
    ("身份证到期了，驾照也丢了", ["sfz.renew", "jsz.reissue"]),
    ("身份证到期了 驾照也丢了 想一趟都弄完", ["sfz.renew", "jsz.reissue"]),
    ("身份证丢了怎么补 还有我那个驾照也丢了", ["sfz.reissue", "jsz.reissue"]),   # (我那个…也: r38 QA)
    ("驾照丢了 身份证前几天也过期了", ["jsz.reissue", "sfz.renew"]),   # (words between: r39 QA)
])
def test_items_listed_together_are_named_in_order(linker, text, expected):
    assert ids(linker, text) == expected


@pytest.mark.parametrize("text", [
    "补领、换领机动车号牌、行驶证、登记证书要带什么",   # the list is an item's own name
    "想申请就业和创业那个证",                             # 就业创业证 with 和 in it
    "我和老公想换身份证",                                 # people, not items
    "补办身份证要带户口本和照片吗",                       # materials, not items
    "和平区身份证丢了去哪补",                             # 和 in a place name
    "身份证丢了怎么补办",                                 # no list at all
    "身份证丢了，户口本也在家里",                         # a second document, no item of it
    "身份证到期了，驾照也拿到了",                         # the second in hand, not asked
])
def test_no_list_of_items(linker, text):
    assert ids(linker, text) == []


def test_a_story_in_clauses_with_one_question_is_no_list(linker):
    assert question_clauses("昨天钱包被偷了，身份证也没了，怎么补办") == []
    assert question_clauses("身份证丢了去哪补？要带什么？") == ["身份证丢了去哪补", "要带什么"]


def test_parts_stop_at_the_clause(linker):
    assert parts(linker, "昨天钱包被偷了，身份证、驾照都丢了，怎么办") == ["身份证", "驾照都丢了"]
    assert parts(linker, "我想注册公司，还有食品经营许可证") == ["我想注册公司", "食品经营许可证"]
    assert parts(linker, "身份证丢了怎么补办") == []


def test_at_most_three_items_and_no_repeats(linker):
    found = ids(linker, "身份证丢了，驾照丢了，还有注册公司和食品经营许可证")
    assert len(found) <= 3 and len(set(found)) == len(found)


def test_measure_counts_covered_exact_and_false_lists(tmp_path):
    from bot.named_evaluation import measure, read_rows

    path = tmp_path / "rows.tsv"
    path.write_text("text\titem_ids\tkind\nA和B\ta,b\tmulti\nA、B、C\ta,b,c\tmulti\n只有A\ta\tsingle\n天气\tnone\tsingle\n",
                    encoding="utf-8")
    rows = read_rows(path)
    assert [r["items"] for r in rows] == [["a", "b"], ["a", "b", "c"], ["a"], []]
    parses = [
        {"named_items": [{"id": "b"}], "service_items": [{"id": "a"}], "item_in_scope": True},  # a told as best
        {"named_items": [{"id": "a"}, {"id": "b"}], "service_items": [{"id": "a"}], "item_in_scope": True},
        {"named_items": [{"id": "a"}, {"id": "x"}], "service_items": [{"id": "a"}], "item_in_scope": True},
        {"named_items": [], "service_items": [{"id": "a"}], "item_in_scope": False},
    ]
    report = measure(rows, parses)
    assert (report["list_rows"], report["covered"], report["exact"]) == (2, 0.5, 0.0)
    assert (report["single_rows"], report["false_lists"]) == (2, 0.5)


def test_spaces_do_not_shift_the_words(linker):
    # jieba's cut drops spaces: a list word after one is still found as a word of its own
    assert parts(linker, "钱包被偷了 身份证和驾照都丢了") == ["身份证", "驾照都丢了"]
    assert parts(linker, "和平区 身份证丢了") == []


@pytest.mark.parametrize("text, expected", [
    ("我有两个事，一个是身份证丢了，一个是驾驶证丢了", ["sfz.reissue", "jsz.reissue"]),
    ("一是想注册公司，二是开饭店办许可证", ["company", "food"]),
    ("第一，驾照丢了怎么补；第二，身份证过期了", ["jsz.reissue", "sfz.renew"]),
])
def test_items_counted_out_without_a_list_word_are_named_in_order(linker, text, expected):
    assert ids(linker, text) == expected


def test_things_to_bring_counted_out_are_no_items(linker):
    assert parts(linker, "一个是要带身份证，一个是要带驾驶证吗") == []


def test_no_housing_fund_item_is_named_for_a_message_that_does_not_say_the_fund():
    items = ITEMS + [{"id": "gjj.supplement", "name": "住房公积金补缴", "aliases": ["公积金补缴", "补交公积金"]},
                     {"id": "under15", "name": "缴费不满15年社保权益申请", "aliases": ["社保不满15年", "养老保险不满十五年"]}]
    documents = DOCUMENTS + [("gjj.supplement", "单位漏交的公积金能补交吗"), ("gjj.supplement", "公积金断了几个月怎么补")]
    documents += [("under15", "社保只交了十年到退休年龄了怎么办"), ("under15", "养老保险没交够十五年")]
    words = [i["name"] for i in items] + [a for i in items for a in i["aliases"]]
    linker = ItemLinker.train(items, documents, NONE, segmenter_for(words).cut,
                              LinkerSettings(calibrate=False, in_scope_threshold=0.2))
    assert "gjj.supplement" not in ids(linker, "社保不满15年怎么办，能不能补交")
    assert ids(linker, "社保不满15年怎么办，公积金能不能补交") == ["under15", "gjj.supplement"]


@pytest.mark.parametrize("text, expected", [
    ("身份证驾驶证都丢了", ["sfz.reissue", "jsz.reissue"]),   # documents said one after another
    ("钱包丢了 身份证 驾驶证都没了", ["sfz.reissue", "jsz.reissue"]),   # ...or with spaces between them
    ("身份证驾驶证要带吗", []),                               # what to bring, not items
])
def test_documents_said_one_after_another_are_a_list(linker, text, expected):
    assert ids(linker, text) == expected


def test_a_document_listed_bare_before_a_fate_shared_is_read_with_that_fate():
    """户口本和身份证都丢了: 户口本 was a part of its own and named the catalog's 户口本 item (户口本改名)
    beside 身份证补领; read 户口本丢了 it is the service outside the catalog and names no item."""
    items = ITEMS + [{"id": "hukou.change", "name": "户口登记项目内容变更更正", "aliases": ["户口本改名", "户口本信息错了"]}]
    documents = DOCUMENTS + [("hukou.change", "户口本上名字写错了怎么改"), ("hukou.change", "户口本信息变更")]
    words = [i["name"] for i in items] + [a for i in items for a in i["aliases"]]
    outside = [OutsideService("户口簿遗失补领", "公安机关（户政部门）", ("户口本丢了", "户口本也丢了"))]
    linker = ItemLinker.train(items, documents, NONE, segmenter_for(words).cut,
                              LinkerSettings(calibrate=False, in_scope_threshold=0.2), outside=outside)
    assert "hukou.change" not in ids(linker, "户口本和身份证都丢了")
    assert ids(linker, "身份证和驾驶证都丢了") == ["sfz.reissue", "jsz.reissue"]


def test_a_clause_asking_only_who_goes_names_no_item(linker):
    """生孩子住院分娩…能报多少？需要自己去申请吗？ named 城乡居民养老待遇申领 beside 生育医疗费 for its second clause."""
    assert ids(linker, "身份证丢了去哪补？需要自己去申请吗？") == []
    assert ids(linker, "身份证丢了去哪补？注册公司要什么材料？") == ["sfz.reissue", "company"]
    # ...nor one asking where or how with the doing said bare (在哪交: 城乡居民医保费缴纳 beside 灵活就业养老; r35 QA)
    assert ids(linker, "身份证丢了去哪补？在哪交？") == []


def test_a_part_naming_a_family_without_saying_which_of_it_is_read_by_the_whole_message():
    """我辞职了 公积金能不能取出来 还有失业金能不能领 named 购房提取 beside 离职提取 (r10 QA): the part
    公积金能不能取出来 scores 购房 0.39, 离职 0.22, 退休 0.22, one family that it does not tell apart."""
    from bot.linking import Candidate, Ranking
    from bot.named_items import family_term

    close = Ranking([Candidate("gjj.withdraw.buy", "购房", 0.39), Candidate("gjj.withdraw.leave", "离职", 0.22)], True, False)
    assert family_term(close) == "gjj.withdraw"
    sure = Ranking([Candidate("gjj.withdraw.buy", "购房", 1.0), Candidate("gjj.withdraw.rent", "租房", 0.08)], True, False)
    assert family_term(sure) is None
    other = Ranking([Candidate("gjj.withdraw.buy", "购房", 0.39), Candidate("yibao.x", "医保", 0.3)], True, False)
    assert family_term(other) is None


def test_a_long_story_naming_two_items_read_out_of_scope_is_answered_for_the_first(real_store):
    """…社保要不要转过来 孩子上学要啥 我自己能不能领点补贴啥的 got "您问到了2个事项…" then "不在…范围内" (r32 QA): the
    first named item's notice, the other kept to come."""
    from actions.answering import Turn, answer
    named = [{"id": "renshe.yanglao.transfer", "name": "企业职工基本养老保险关系转移接续"},
             {"id": "jiaoyu.ruxue.migrant", "name": "进城务工人员随迁子女接受义务教育入学申请"}]
    reply = answer(Turn(text="我从南方回来 社保要不要转过来 孩子上学要啥", intent="out_of_scope", named_items=named),
                   real_store)
    texts = [m["text"] for m in reply.messages]
    assert not any("不在我能解答" in t for t in texts) and any("养老保险关系转移接续" in t for t in texts)
    assert reply.slots["pending_items"] == ["jiaoyu.ruxue.migrant"]


def test_a_question_put_as_x_or_not_is_a_question_clause():
    """…想问问我的公积金能不能拿出来还房贷，失业以后能领点钱不。唉每天晚上都睡不着: the 失业金 dropped (r50 QA)."""
    assert question_clauses("想问问我的公积金能不能拿出来还房贷，失业以后能领点钱不。唉每天晚上都睡不着。") == [
        "我的公积金能不能拿出来还房贷", "失业以后能领点钱不"]
    assert question_clauses("我不去，他也不去") == []


def test_or_lists_things_too(linker):
    """火化以后殡葬补贴或者丧葬费去哪领: 遗体火化 alone, the 丧葬费 of 遗属待遇 dropped (r51 QA)."""
    assert parts(linker, "殡葬补贴或者丧葬费去哪领") == ["殡葬补贴", "丧葬费去哪领"]



def test_at_once_before_the_doing_is_no_list_word(linker):
    """我要同时办身份证换领和户口迁移，两个都要准备啥: 同时 cut 我要 off as a part, and the list was taken for what is needed
    (r53 QA)."""
    assert parts(linker, "我要同时办居民身份证补领和机动车驾驶证遗失补证") == ["我要同时办居民身份证补领", "机动车驾驶证遗失补证"]
    assert len(parts(linker, "身份证丢了，同时驾驶证也丢了")) == 2   # (a second thing, 同时 as a list word)


def test_a_clause_opening_with_a_second_need_is_a_part(linker):
    """我要换护照，还要补社保卡: the passport alone, the card lost (r59 QA); not 还要带什么 or 还要多久, which ask of the one."""
    assert parts(linker, "我要换护照，还要补社保卡") == ["我要换护照", "补社保卡"]
    assert ids(linker, "我要换身份证，还要补驾驶证") == ["sfz.renew", "jsz.reissue"]
    assert ids(linker, "我要换身份证，也还要补驾驶证") == ["sfz.renew", "jsz.reissue"]   # (r61 QA)
    for text in ("身份证丢了，还要带什么", "我要办居住证，还要多久", "社保卡补办，还要本人去吗"):
        assert named_items(linker, text) == [], text


def test_wanting_it_done_for_someone_is_no_list_of_what_is_needed():
    """我要给孩子上户口，还想顺便办个医保: 要给 read as what is needed (要带 A 和 B), the 医保 dropped (r60 QA)."""
    from bot.named_items import NEEDED
    assert not NEEDED.search("我要给孩子上户口") and not NEEDED.search("孩子户口要落")   # (r61 QA)
    assert NEEDED.search("换驾照要体检报告")


def test_a_part_of_a_bare_shared_term_carries_the_term_and_its_items():
    """居住证和公积金提取: 居住证签注 and 职工死亡提取 named at random (r59 QA); each bare term carries its items to ask."""
    from bot.named_items import _PART_FILLER
    assert _PART_FILLER.sub("", "想咨询一下居住证") == "居住证" and _PART_FILLER.sub("", "我想问下营业执照") == "营业执照"
    assert _PART_FILLER.sub("", "问题") == "问题"


@pytest.mark.parametrize("text, read", [
    ("身份证和户口本一块儿补办，要带啥", "身份证补办、户口本补办,要带啥"),   # (r71 QA)
    ("身份证和驾驶证都丢了", "身份证丢了、驾驶证丢了"),
    ("我的身份证也补办", "我的身份证也补办"),   # one document's 也 joins it to what came before
])
def test_documents_done_together_share_what_is_done(text, read):
    from bot.linking import _plain, fate_shared
    assert fate_shared(_plain(text)) == read


def test_one_thing_said_by_two_names_is_one_part():
    """社保卡和医保卡怎么办: two items, the 社保卡's menu twice (r72 QA); its parts say one card."""
    from bot.named_items import _named_once
    assert _named_once(["社保卡", "医保卡怎么办"]) == ["社保卡"]
    assert _named_once(["社保卡丢了", "医保卡丢了"]) == ["社保卡丢了"]
    assert _named_once(["身份证", "户口本"]) == ["身份证", "户口本"]

