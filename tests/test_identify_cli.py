"""`python -m bot identify` with the trained model (models/assistant.tar.gz, built by make)."""
import json
import re
import subprocess
import sys

import pytest

from knowledge.outside import load_outside_services
from support import REPO, SHARED

MODEL = REPO / "models" / "assistant.tar.gz"


def identify(*args, timeout=300):
    done = subprocess.run([sys.executable, "-m", "bot", "identify", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=timeout)
    return done, [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]


def question_pairs(store):
    """Two natural questions per catalog item: by its name, and by its first alias."""
    pairs = []
    for item in store.list_items():
        if item["id"].startswith("import."):
            continue
        aliases = json.loads(item["aliases"] or "[]")
        pairs.append((item["id"], f"请问{item['name']}需要带什么材料"))
        pairs.append((item["id"], f"{aliases[0] if aliases else item['name']}，怎么办理？"))
    return pairs


def test_one_question_prints_one_json_object():
    done, results = identify("我身份证丢了怎么补办")
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(results) == 1
    result = results[0]
    assert result["text"] == "我身份证丢了怎么补办"
    assert result["items"][0]["id"] == "gongan.sfz.reissue" and result["in_scope"] is True
    assert 1 <= len(result["items"]) <= 3
    assert set(result["items"][0]) == {"id", "name", "score"}


def test_a_service_outside_the_catalog_is_named_with_its_department():
    done, results = identify("电动车上牌要去哪里办")
    assert done.returncode == 0, done.stderr[-2000:]
    assert results[0]["in_scope"] is False
    assert results[0]["outside_service"] == {"name": "电动自行车登记上牌", "department": "公安机关交通管理部门"}


OUT_OF_SCOPE = ["今天天气怎么样", "😀😀😀", "hello there"]


def test_every_catalog_item_is_identified_by_two_questions(real_store, tmp_path):
    """One batch (the model loads once): two questions per item, then out-of-scope ones."""
    pairs = question_pairs(real_store)
    batch = tmp_path / "questions.txt"
    batch.write_text("\n".join([q for _, q in pairs] + OUT_OF_SCOPE) + "\n", encoding="utf-8")
    done, results = identify("--batch", str(batch))
    assert done.returncode == 0, done.stderr[-2000:]
    assert [r["text"] for r in results] == [q for _, q in pairs] + OUT_OF_SCOPE
    assert [r["in_scope"] for r in results[len(pairs):]] == [False] * len(OUT_OF_SCOPE)
    results = results[: len(pairs)]
    wrong = [(item_id, r["text"], r["items"][0]["id"] if r["items"] else None)
             for (item_id, _), r in zip(pairs, results) if not r["items"] or r["items"][0]["id"] != item_id]
    assert wrong == []
    assert all(r["in_scope"] for r in results)


def test_missing_model_names_the_command(tmp_path):
    done, _ = identify("身份证", "--model", str(tmp_path / "none.tar.gz"))
    assert done.returncode == 2 and "make model" in done.stderr


@pytest.mark.parametrize("questions, in_scope_rows, none_rows", [
    ("tests/fixtures/heldout_questions.tsv", 60, 15),
    ("tests/fixtures/blind_questions.tsv", 120, 50),
    ("tests/fixtures/blind4_questions.tsv", 120, 50),
])
def test_evaluate_on_the_held_out_questions_keeps_a_floor(tmp_path, questions, in_scope_rows, none_rows):
    """Questions written for measuring only (never training data, not dev rows):
    heldout_questions.tsv by us, blind_questions.tsv and blind4_questions.tsv by sessions that
    saw only the catalog.
    Floors well under the measured figures (README), so that a regression in identification
    fails the suite."""
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "bot", "evaluate", questions,
                           "--report", str(report)], cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    overall = json.loads(report.read_text(encoding="utf-8"))["product"]["overall"]
    assert overall["in_scope_rows"] >= in_scope_rows and overall["none_rows"] >= none_rows
    assert overall["top1"] >= 0.90 and overall["top3"] >= 0.95
    assert overall["false_rejection"] <= 0.05 and overall["oos_rejection"] >= 0.65


DEV = SHARED / "eval" / "dev.tsv"


@pytest.mark.skipif(not DEV.exists(), reason=f"{DEV} not found (shared material)")
def test_evaluate_on_dev_meets_the_identification_targets(tmp_path):
    """The targets of the identification issue on ../shared/eval/dev.tsv (measured, never
    trained on): top-1 >= 95%, top-3 >= 99%, out-of-scope rejection >= 90% with false
    rejection <= 3%, typo/trad/mixed rows within 3 points of plain rows."""
    report = tmp_path / "report.json"
    done = subprocess.run([sys.executable, "-m", "bot", "evaluate", str(DEV), "--report", str(report)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    product = json.loads(report.read_text(encoding="utf-8"))["product"]
    overall, kinds = product["overall"], product["by_kind"]
    assert overall["top1"] >= 0.95 and overall["top3"] >= 0.99, overall
    assert overall["oos_rejection"] >= 0.90 and overall["false_rejection"] <= 0.03, overall
    for kind in ("typo", "trad", "mixed"):
        assert kinds[kind]["top1"] >= kinds["plain"]["top1"] - 0.03, (kind, kinds[kind], kinds["plain"])


def test_items_named_together_keep_a_floor(tmp_path):
    """Several items in one message (bot.named_items), on two sets written for measuring
    only by sessions that saw the catalog and not the code: multi_items.tsv (calibration:
    its first measurement, before any tuning, was 41.9% / 38.7% / 6.7% false lists) and
    multi_items_heldout.tsv (held out). Floors under the measured figures (README), and the
    identification sets, which name one item a row, must stay nearly free of false lists."""
    files = ["tests/fixtures/multi_items.tsv", "tests/fixtures/multi_items_heldout.tsv",
             "tests/fixtures/blind_questions.tsv", "tests/fixtures/heldout_questions.tsv",
             "tests/fixtures/blind4_questions.tsv"]
    report = tmp_path / "named.json"
    done = subprocess.run([sys.executable, "-m", "bot", "evaluate-named", *files, "--report", str(report)],
                          cwd=REPO, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    reports = json.loads(report.read_text(encoding="utf-8"))
    for name in files[:2]:
        figures = reports[name]
        assert figures["list_rows"] >= 50 and figures["single_rows"] >= 50, (name, figures)
        assert figures["covered"] >= 0.40 and figures["false_lists"] <= 0.10, (name, figures)
    for name in files[2:]:
        assert reports[name]["false_lists"] <= 0.03, (name, reports[name])


LONG_STORIES = [   # a caller's story in one breath: out of scope at 0.06 before the windows (r10 QA)
    ("你好我是从外地来这边打工的来了大半年了现在孩子要上学学校说要居住证我也不知道去哪里办要带什么东西麻烦告诉我一下谢谢",
     {"gongan.jzz.apply", "gongan.jzz.endorse"}),
    ("就是那个我前两天在公交车上钱包被人偷了里面身份证银行卡什么的都没了现在身份证要怎么补啊急用", {"gongan.sfz.reissue"}),
    ("我那个驾照好像快到期了我也记不清楚是哪天到期反正就这几个月的事情换驾照要去哪里换要带什么", {"jiaoguan.jsz.renew"}),
    # no window sure enough, but the best three and windows all of 户口迁移: asked which (r19 QA: out of scope at 0.06)
    ("你好我想问一下就是我家里老人以前是在农村的后来跟着我们搬到城里来住了已经好几年了现在想把户口也迁过来可是不知道"
     "要准备哪些东西请问能不能我一个人去帮她办还有就是要多长时间办好要不要收钱谢谢了", {"gongan.hukou.move_parent"}),
]
LONG_CHATTER = ["今天天气真好我们一家人出去玩了一整天晚上回来吃了顿火锅又看了场电影大家都很开心明天还要上班呢真是累死了",
                "我家的猫最近不爱吃东西了还老是吐是不是生病了要带它去哪个宠物医院看看比较好",
                "我想买个二手房但是不知道现在房价会不会跌你说现在是买房的好时机吗我很纠结"]


def identified(tmp_path, texts):
    """``python -m bot identify --batch`` of ``texts``, one result each."""
    batch = tmp_path / "batch.txt"
    batch.write_text("\n".join(texts) + "\n", encoding="utf-8")
    done, results = identify("--batch", str(batch))
    assert done.returncode == 0, done.stderr[-2000:]
    assert len(results) == len(texts)
    return results


def test_a_long_story_is_read_a_few_words_at_a_time_and_long_chatter_stays_out_of_scope(tmp_path):
    results = identified(tmp_path, [q for q, _ in LONG_STORIES] + LONG_CHATTER)
    for (text, items), result in zip(LONG_STORIES, results):
        assert result["in_scope"] and result["items"][0]["id"] in items, (text, result["items"][:2])
    assert [r["in_scope"] for r in results[len(LONG_STORIES):]] == [False] * len(LONG_CHATTER)


SENT_ERRANDS = [   # why someone else goes and who is sent, around the item (r11 QA: out of scope at 0.12)
    ("我腿脚不好 想让我闺女替我去把社保卡补了 行不行", {"renshe.shebaoka.reissue"}),
    ("俺岁数大了眼睛也不好 让闺女替俺去把老年证办了中不中", {"minzheng.laonian.card"}),
    ("我在外地打工 让我爸帮我把驾照换了行吗", {"jiaoguan.jsz.renew"}),
]
ERRANDS_ONLY = ["我腿脚不好", "我年纪大了想让孩子帮我弄", "我在外地上班 让我妈帮我去买点菜"]


def test_who_is_sent_and_why_is_not_what_is_done(tmp_path):
    results = identified(tmp_path, [q for q, _ in SENT_ERRANDS] + ERRANDS_ONLY)
    for (text, items), result in zip(SENT_ERRANDS, results):
        assert result["in_scope"] and result["items"][0]["id"] in items, (text, result["items"][:2])
    assert [r["in_scope"] for r in results[len(SENT_ERRANDS):]] == [False] * len(ERRANDS_ONLY)


READ_AS = [   # (text, the item read first, in scope)
    # a personal number (r13 QA: out of scope, 补领婚姻登记证 offered first; a mobile number made a choice of
    # option): long numbers are blanked for reading, 身份证号 read 身份证
    ("我身份证号110101199003071234丢了怎么补", "gongan.sfz.reissue", True),
    ("来电人称身份证丢了，电话13812345678", "gongan.sfz.reissue", True),
    # a child from elsewhere is no child of this city (义务教育阶段入学 at 0.65), a new house in scope (r13 QA)
    ("外地户口孩子上小学怎么报名", "jiaoyu.ruxue.migrant", None),
    ("本地户口孩子上小学怎么报名", "jiaoyu.ruxue.compulsory", None),
    ("新买的房子办房产证要带什么", "budongchan.transfer.new", True),
    # 老人优待证 was 退役军人优待证 (by its alias 优待证), 身份证寻不着了 换领, moving the fund 离职提取 (r14 QA)
    ("老人优待证怎么办 我妈65了", "minzheng.laonian.card", None),
    ("身份证寻不着了", "gongan.sfz.reissue", None),
    ("换工作了公积金要转到新单位怎么弄", "gjj.account.transfer", None),
    # when one may retire, with a birth month and a workplace (机动车年检 offered for the 车 of 车间; out of scope;
    # r34 QA)
    ("本人女 1974年3月出生 在车间当工人 啥时候能退休", "renshe.yanglao.retire", True),
    ("我老婆1972年8月出生 在厂里上班 几岁退", "renshe.yanglao.retire", True),
    ("我是女的 1974年3月生的 工人 什么时候退休", "renshe.yanglao.retire", True),
    # medical insurance after losing a job (out of scope; r35 QA)
    ("公司把我辞了 现在没单位了 医保咋整啊 会不会断", "yibao.flex.enroll", True),
    # a fund loan repaid, not applied for (申请公积金贷款 at 0.60; r54 QA)
    ("公积金贷款还款想用公积金冲", "gjj.withdraw.repay", None),
    # a vague term's items narrowed by what else is said, in their other names too (退休 + 养老金 + 领: 资格认证 and 遗属待遇
    # only, whose names say 领, and 我是灵活就业交的 then took 遗属待遇; r55 QA)
    ("退休了养老金怎么领", "renshe.yanglao.retire", True),
    # an endorsement is no permit's issue (往来港澳通行证签发 at 0.58; r55 QA)
    ("港澳通行证签注 去香港旅游", "crj.gangao.endorse", None),
    # a business's record is no household's (户口登记项目内容变更更正 at 0.21 first; r55 QA), and a household's beside a
    # business stays the household's
    ("办营业执照的经营范围写错了能改吗", "scjg.company.change", None),
    # a business closed is none set up (公司设立登记 at 0.45; r62 QA)
    ("怎么办营业执照注销", "scjg.company.cancel", True),
    # a licence's points checked are a traffic offence's (机动车驾驶证遗失补证 at 0.37; r63 QA)
    ("驾驶证扣分了怎么查", "jiaoguan.weifa.handle", True),
    # a house's certificate is no fund withdrawal, and a part read alone no item of a kind the whole rules out (购买提取 at
    # 0.41; 不动产权证书补证、换证 by the last clause; r64 QA)
    ("刚买了套新房 房产证咋办", "budongchan.transfer.new", None),
    ("新房子买好了，不动产权证书怎么去办", "budongchan.transfer.new", None),
    ("开个体户的 户口本上名字错了", "gongan.hukou.change", True),
    # a name's part before its bracket, no other item's, names it (我要办出生登记: "not sure" of 《出生医学证明》; r56 QA)
    ("我要办出生登记", "gongan.hukou.birth", True),
    # a story, then the question: the question read alone when the whole is not (再见 drowned it; r56 QA)
    ("好朋友要搬去深圳了，今天跟我们说了再见，他的社保要怎么转过去", "renshe.yanglao.transfer", True),
    # a document to be done, then what to it (办社保卡补办: 社保卡申领 at 0.83 by its alias 办社保卡; r69 QA); asked to be said
    # again after going back (刚才那个护照的地点再说一下: out of scope; r68 QA)
    ("城东区哪里能办社保卡补办", "renshe.shebaoka.reissue", True),
    ("刚才那个护照的地点再说一下", "crj.huzhao.renew", True),
    # a mortgage paid off and to be cancelled is no first registration, nor a fund loan applied for (抵押权首次登记 at 0.45; r70
    # QA)
    ("房子卖了公积金贷款还清了，不动产抵押怎么注销", "budongchan.mortgage.cancel", None),
    # a term with a 了 the term without it says as well (失业了 of 失业登记's and 离职提取's aliases: 失业金 not offered; r70 QA)
    ("我失业了 能领多少钱", "renshe.shiye.benefit", True),
    # a document in hand, then the next step, is the item one of whose names says what the document attests (出生证我们有了，
    # 怎么落户: 购房落户 at 0.40, 出生登记 at 0.21; r72 QA)
    ("出生证我们有了，怎么落户", "gongan.hukou.birth", True),
    ("宝宝出生证办好了，落户去哪", "gongan.hukou.birth", True),
    ("结婚证领了，户口怎么迁", "gongan.hukou.move_spouse", True),
    # ...said short (出生证有了，上户口: 户口登记项目变更, by its 更正出生日期; 出生证到手了: the certificate's item; r73 QA)
    ("出生证有了，上户口", "gongan.hukou.birth", True),
    ("出生证到手了，娃的户口咋落", "gongan.hukou.birth", True),
    # living or working away for long is no care sought away for a while (其他临时外出就医人员备案 at 0.86; r72 QA)
    # (working there for long is the one working away's filing, 常驻异地工作人员备案, since its examples say so; r88 QA)
    ("我长期在外地工作，异地就医备案", "yibao.yidi.worker", None),
    ("我在外地工作，医保异地就医备案怎么办", "yibao.yidi.worker", True), ("不动产登记证书丢了", "budongchan.cert.reissue", True),
    # the pension's items are not read where nothing of a pension, insurance or money is said (城乡居民养老保险关系转移接续 at
    # 0.35, by its examples' 嫁过来 and 户口迁; r75 QA) — and still are where it is
    ("嫁过来了户口怎么迁", "gongan.hukou.move_spouse", None),
    ("户口迁走了，老家交的那几年怎么办", "renshe.yanglao.resident_transfer", None),
    # the birth's insurance items where nothing of a birth is said (看病花的钱医保怎么报销: 生育医疗费支付 at 0.28; r77 QA)
    ("看病花的钱医保怎么报销", "yibao.reimburse.outpatient", None), ("生孩子的钱医保能报吗", "yibao.birth.medical", None),
    # a stay of days is no long stay (去杭州玩三四天，医保要异地备案不: 异地长期居住人员备案 at 0.38; r78 QA)
    ("去杭州玩三四天，医保要异地备案不", "yibao.yidi.temp", None), ("我长期在外地，回老家住几天看病要备案吗", "yibao.yidi.longterm", None),
    # a document in hand whose own use is asked (我爸办了临时身份证，坐火车能用吗: the greeting, read without it; r80 QA)
    ("我爸办了临时身份证，坐火车能用吗", "gongan.sfz.temp", True),
    # a work injury's items where nothing of work is said (骑电动车摔了一跤，手腕骨折了…医药费能报吗: 工伤认定申请's situations;
    # r80 QA) — and still where it is
    ("骑电动车摔了一跤，手腕骨折了，没住院，就是门诊", "yibao.reimburse.outpatient", None),
    ("下班路上骑电动车摔了算工伤吗", "renshe.gongshang.identify", True),
    # (r88, r89 QA: 城乡居民医保费缴纳, 税务注销, 残疾人证迁移, 出生医学证明首次签发, 居住证申领's situations, "not in scope")
    ("灵活就业人员怎么交医保", "yibao.flex.enroll", True), ("个体户不干了咋销户", "scjg.gtgsh.cancel", True),
    ("我是残疾人，残疾证怎么办", "canlian.cert.new", True), ("出生医学证明之后的户口登记", "gongan.hukou.birth", True),
    ("<script>alert(1)</script>身份证补办", "gongan.sfz.reissue", True),
]


def test_questions_the_running_assistant_misread_are_read_as_meant(tmp_path):
    results = identified(tmp_path, [q for q, _, _ in READ_AS])
    for (text, item, in_scope), result in zip(READ_AS, results):
        assert result["items"][0]["id"] == item, (text, result["items"][:2])
        assert in_scope is None or result["in_scope"] is in_scope, (text, result["in_scope"])
    # a second thing said with 把 (顺便把护照也办了: 港澳通行证 only, 护照也办了 read 换发; r35 QA)
    results = identified(tmp_path, ["我想办个港澳通行证 顺便把护照也办了", "身份证丢了要补 顺手把社保卡也补办了 一趟能搞定不",
                                    "驾照快到期了要去换 顺便把身份证也换了吧 都要带啥",
                                    # (the event told says which withdrawal, and 失业金 is social insurance beside 公积金: neither
                                    # named; r52 QA) — the fund's word alone, no event told, names none of it
                                    "来电人说他刚被裁员，想问失业金和公积金怎么办", "身份证和公积金怎么办",
                                    # (the topic's word alone beside the event: 缴存信息变更; r54 QA)
                                    "我被公司裁员了，想把失业金和公积金都办了"])
    assert [i["id"] for i in results[0]["named_items"]] == ["crj.gangao.apply", "crj.huzhao.apply"]
    assert [i["id"] for i in results[1]["named_items"]] == ["gongan.sfz.reissue", "renshe.shebaoka.reissue"]   # (r36 QA)
    assert [i["id"] for i in results[2]["named_items"]] == ["jiaoguan.jsz.renew", "gongan.sfz.renew"]
    assert [i["id"] for i in results[3]["named_items"]] == ["renshe.shiye.benefit", "gjj.withdraw.leave"]
    # (since r66: 公积金 alone is its topic, asked by kind, and 身份证 its items: neither named at random)
    assert [n.get("term") for n in results[4]["named_items"]] == ["身份证", "公积金"]
    assert [i["id"] for i in results[5]["named_items"]] == ["renshe.shiye.benefit", "gjj.withdraw.leave"]
    # a term several items share, not settled by the rest: its items and the term, to ask which (营业执照 named 企业年度报告
    # 公示 at random; r63 QA)
    named, bare = (r["named_items"] for r in identified(tmp_path, ["我想问下营业执照和税务登记", "想咨询一下居住证和公积金提取"]))
    assert named[0]["term"] == "营业执照" and len(named[0]["family"]) >= 2
    # ...and a term said bare, whatever the whole message leans to (公积金提取: its six withdrawals)
    assert [n["term"] for n in bare] == ["居住证", "公积金提取"] and "gongan.jzz.apply" in bare[0]["family"]
    assert len(bare[1]["family"]) == 6
    # a topic's word alone beside an item in a short message (社保卡跟公积金的事都想了解下: 公积金 lost; r66 QA), not in a story
    # telling where one's 户口 is
    topic, story = (r["named_items"] for r in identified(tmp_path, [
        "社保卡跟公积金的事都想了解下", "我户口和医保都在老家，但已经在昆明住了好几年，有居住证。想在昆明看病直接刷医保，听说要先备案"]))
    assert [n.get("term") for n in topic][1] == "公积金" and story == []
    # ...asked how apart (居住证还有公积金提取分别怎么办: 分别 read as a parting, 职工死亡提取), or a family said with its verb and
    # nothing else settling which (公积金怎么取出来 beside 居住证: 退休提取 at random), not one the rest settles (买房; r67 QA)
    apart, verb, settled = (r["named_items"] for r in identified(tmp_path, [
        "居住证还有公积金提取分别怎么办", "我想问居住证咋办，还有公积金怎么取出来", "我要买房，公积金能取吗，还有契税怎么交"]))
    assert [n["term"] for n in apart] == ["居住证", "公积金提取"] and len(apart[1]["family"]) == 6
    assert verb[0]["term"] == "居住证" and verb[1]["term"] and len(verb[1]["family"]) == 6
    assert not any(n.get("family") for n in settled)
    # what to bring asked after the things listed is no list of materials (护照和港澳通行证一起办要带什么: the passport dropped;
    # r70 QA), what to bring listed is (办护照要带身份证和户口本)
    together, listed, verbs = (r["named_items"] for r in identified(tmp_path, ["护照和港澳通行证一起办要带什么", "办护照要带身份证和户口本",
                                                                                 # (身份证补领 dropped, "身份证办" taken for a
                                                                                 # name run across 和; r79 QA)
                                                                                 "补办身份证和办居住证要带什么"]))
    assert [n.get("term") or n["id"] for n in together] == ["护照", "crj.gangao.apply"] and listed == []
    assert [n["id"] for n in verbs] == ["gongan.sfz.reissue", "gongan.jzz.apply"]
    # two documents to be replaced together (身份证和户口本一块儿补办: a menu of unrelated items; r71 QA), a wish opening a list
    # (我要结婚登记，顺便问下车辆年检: 结婚登记 dropped; r71 QA), not documents wanted (我要身份证和户口本)
    together, wish, wanted, unread, still = identified(tmp_path, [
        "身份证和户口本一块儿补办，要带啥", "我要结婚登记，顺便问下车辆年检", "办护照我要身份证和户口本吗",
        # a second question read as nothing is said to be outside (办护照，另外想问问彩票中奖怎么领: dropped; r70 QA), not a
        # 还有 of "still" (社保那边还有啥钱可以领)
        "我想办护照，另外问问彩票中了奖去哪兑", "俺爹走了，社保那边还有啥钱可以领"])
    assert unread["outside_service_too"] == {"name": "彩票中了奖去哪兑", "department": None}
    assert still["outside_service_too"] is None
    # ...the whole read as nothing, the item its own part reads (护照怎么办理？另外，彩票中了五万块去哪兑奖: "不在范围"; r74 QA)
    both = identified(tmp_path, ["护照怎么办理？另外，彩票中了五万块去哪兑奖"])[0]
    assert both["in_scope"] and both["items"][0]["id"].startswith("crj.huzhao.")
    assert both["outside_service_too"] == {"name": "彩票中了五万块去哪兑奖", "department": None}
    assert together["items"][0]["id"] == "gongan.sfz.reissue" and together["outside_service_too"]["name"] == "户口簿遗失补领"
    assert [i["id"] for i in wish["named_items"]] == ["minzheng.marry.register", "jiaoguan.car.inspect"]
    assert wanted["named_items"] == []
    # (老婆生孩子了，我想把孩子户口报上，顺便给孩子办个医保: only the 医保 answered; r89 QA)
    birth = identified(tmp_path, ["老婆生孩子了，我想把孩子户口报上，顺便给孩子办个医保"])[0]
    assert [i["id"] for i in birth["named_items"]][:2] == ["gongan.hukou.birth", "yibao.resident.enroll"]
    # a verb on a document is no second document (我要办驾驶证补证: "驾驶证", "补证" named), a state to come is no thing
    # needed (驾照要到期了，顺便问问车辆年检咋办: the 驾照 dropped) (r90 QA)
    reissue, due = identified(tmp_path, ["我要办驾驶证补证", "驾照要到期了，顺便问问车辆年检咋办"])
    assert reissue["named_items"] == [] and reissue["items"][0]["id"] == "jiaoguan.jsz.reissue"
    assert [i["id"] for i in due["named_items"]] == ["jiaoguan.jsz.renew", "jiaoguan.car.inspect"]
    # letters typed at random beside Chinese are nothing (asdkjh qwe 阿斯顿发顺丰 zzz: 居住证申领 by zzz; r89 QA)
    assert not identified(tmp_path, ["asdkjh qwe 阿斯顿发顺丰 zzz"])[0]["in_scope"]
    # one card by two names is one thing (社保卡和医保卡怎么办: 社保卡 and 个人账户支取 named; r72 QA)
    assert all(r["named_items"] == [] for r in identified(tmp_path, ["社保卡和医保卡怎么办", "社保卡和医保卡都丢了"]))


_SENT = re.compile(r"send “([^”]+)”(?: \(or “([^”]+)”\))? and I will give you the checklist of (\S+)")


def test_what_an_english_answer_tells_a_chinese_citizen_to_send_reads_the_item_it_names(tmp_path, real_store):
    """An English answer for foreigners tells a Chinese citizen what to send for their own item (I want to renew my
    passport got a foreigner's renewal alone; r55 QA): each wording it names reads that item first."""
    names = {item["name"]: item["id"] for item in real_store.list_items()}
    sent = [(wording, names[name]) for service in load_outside_services() for *wordings, name in _SENT.findall(service.english)
            for wording in wordings if wording]
    assert len(sent) >= 4
    for (wording, item), result in zip(sent, identified(tmp_path, [wording for wording, _ in sent])):
        assert result["in_scope"] and result["items"][0]["id"] == item, (wording, result["items"][:2])


def test_a_service_outside_beside_an_item_read_faintly_is_the_service_and_plain_needs_are_read_surely(tmp_path):
    """我想开个小旅行社 要去哪个部门批, 社保断了四个月…能补交吗, …听说政府有养老服务补贴 (by a pattern, or a phrase beside 也): lists
    of unrelated items read at 0.08-0.14; 护照在地铁上被人偷了, 老板拖了我俩月工资: "not sure" (r50 QA)."""
    outside = [("我想开个小旅行社，要去哪个部门批", "旅行社设立许可"),
               ("我社保断了四个月，之前换工作没接上，现在能补交吗", "社会保险断缴补缴"),
               ("家里老人失能了，经济也困难，听说政府有养老服务补贴", "经济困难老年人养老服务补贴")]
    inside = [("孩子上幼儿园，外地户口能在这边办居民医保不", "yibao.resident.enroll"),
              ("护照在地铁上被人偷了", "crj.huzhao.reissue"), ("老板拖了我俩月工资", "renshe.jiancha.complaint")]
    results = identified(tmp_path, [t for t, _ in outside + inside])
    for (text, name), result in zip(outside, results):
        assert not result["in_scope"] and (result["outside_service"] or {}).get("name") == name, (text, result)
    for (text, item), result in zip(inside, results[len(outside):]):
        assert result["in_scope"] and result["items"][0]["id"] == item and not result["outside_service"], (text, result)


def test_services_outside_named_in_english_and_in_words_of_the_case_are_outside(tmp_path):
    """my 14 year old daughter wants to meet a guy she met online, where can I get free counselling ("could not find a
    government service"), 医保电子凭证在哪激活 (社会保障卡启用's notice), 儿子13岁…去外省见一个游戏里认识的网友 (身份证首次申领
    read in scope) (r80 QA): the service outside the catalog, with its advice."""
    said = [("my 14 year old daughter wants to meet a guy she met online", "未成年人见网友（网络交友安全）"),
            ("where can I get free counselling", "心理咨询（心理援助热线）"),
            ("医保电子凭证在哪激活", "医保电子凭证激活"), ("那电子医保凭证呢", "医保电子凭证激活"),
            ("儿子13岁，偷偷说周六要坐高铁去外省见一个游戏里认识的网友", "未成年人见网友（网络交友安全）"),
            ("独生子女证怎么补办", "独生子女父母光荣证补办"),
            # (r83, r84 QA: 离职提取's conditions read at 0.44; "not in scope" then 退役报到 and 住院费用报销)
            ("公基金能取出来装修吗", "装修提取住房公积金"), ("交警把我电动车扣了", "被暂扣电动自行车的领回"),
            ("电动车被扣了怎么拿回来", "被暂扣电动自行车的领回"), ("电动自行车被城管收走了去哪领", "被暂扣电动自行车的领回"),
            # (r85 QA: the employer's subsidy's notice)
            ("就业困难人员认定", "就业困难人员认定"), ("怎么认定为就业困难人员", "就业困难人员认定"),
            # (r87 QA: 教师资格认定's places, 身份证首次申领, "not in scope" alone)
            ("失业一年多了，听说可以认定成就业困难人员，去哪认定", "就业困难人员认定"),
            ("我家孩子16岁，老是熬夜打游戏，我们把他手机收了不让出门，他说要告我们，这样违法吗", "青少年亲子关系、家庭教育咨询"),
            ("我朋友说去迪拜当主播一个月三万，要先交培训费两万，靠谱吗", "境外高薪招聘的核实（防范出境务工诈骗）")]
    results = identified(tmp_path, [t for t, _ in said])
    for (text, name), result in zip(said, results):
        assert (result["outside_service"] or {}).get("name") == name, (text, result)
