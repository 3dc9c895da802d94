"""能不能代办: what a guide says about handling an item for someone else."""
import pytest

from knowledge.proxy import proxy_answer

ITEM = {"name": "开具户籍类证明", "conditions": "", "process": "", "online_entry": ""}
POINTS = [{"district": "全市", "place": "户政大厅", "address": "东风路1号", "hours": "工作日", "phone": "0000-1"}]


def material(name, note=None):
    return {"name": name, "form": "原件", "copies": 1, "required": True, "note": note}


def test_a_situation_for_someone_else_is_listed_with_its_materials():
    situations = [{"name": "本人办理", "materials": [material("居民身份证")]},
                  {"name": "委托他人代办", "materials": [material("受托人居民身份证"), material("委托书", "委托人签字")]}]
    text = proxy_answer(ITEM, situations, POINTS)
    assert text.startswith("开具户籍类证明可以由他人代办") and "【委托他人代办】" in text
    assert "1. 受托人居民身份证（原件，1份）" in text and "2. 委托书（原件，1份）〔委托人签字〕" in text
    assert "本人办理" not in text


def test_materials_for_a_proxy_without_a_situation_of_their_own():
    situations = [{"name": "一般情形", "materials": [material("居民身份证"), material("授权委托书", "代办时提供")]},
                  {"name": "其他情形", "materials": [material("授权委托书", "代办时提供")]}]
    text = proxy_answer(ITEM, situations, POINTS)
    assert text.startswith("开具户籍类证明可以委托他人办理") and text.count("授权委托书") == 1
    assert "居民身份证" not in text


def test_a_guide_that_says_it_must_be_the_applicant():
    item = {**ITEM, "conditions": "年满16周岁。", "process": "1. 须本人到窗口采集指纹；2. 领证。"}
    text = proxy_answer(item, [{"name": "一般情形", "materials": [material("居民身份证")]}], POINTS)
    assert text == "开具户籍类证明一般须本人办理：须本人到窗口采集指纹。"


def test_a_guide_that_says_nothing_sends_to_the_service_point():
    text = proxy_answer(ITEM, [{"name": "一般情形", "materials": [material("居民身份证")]}], POINTS)
    assert "没有写明能否由他人代办" in text and "0000-1" in text


def test_a_guide_done_wholly_online_says_no_one_has_to_go():
    """要本人去吗 of 购房提取公积金 (全程网办) got "没有写明能否由他人代办" (r19 QA): it is done online, then the window."""
    item = {**ITEM, "visits_needed": 0, "online_entry": "住房公积金APP“购房提取”。"}
    text = proxy_answer(item, [{"name": "一般情形", "materials": [material("居民身份证")]}], POINTS)
    assert text.startswith("开具户籍类证明可以全程网上办理，不用到现场：住房公积金APP“购房提取”。\n到窗口办理的")
    assert "0000-1" in text
    # one trip or more: as before
    assert "没有写明能否由他人代办" in proxy_answer({**item, "visits_needed": 1}, [], POINTS)


def test_parents_applying_for_their_child_is_a_situation_for_someone_else(real_store):
    """要孩子本人去吗 after the 社保卡申领 notice said the guide did not say, beside its situation
    父母代18岁以下未成年子女申领 and its 代领人有效身份证件."""
    item = "renshe.shebaoka.apply"
    everything = [{**s, "materials": real_store.materials(item, s["id"])} for s in real_store.situations(item)]
    said = proxy_answer(real_store.item(item), everything, real_store.service_points(item))
    assert said.startswith("社会保障卡申领可以由他人代办") and "【父母代18岁以下未成年子女申领】" in said


def test_a_sentence_allowing_someone_else_is_said_not_that_the_guide_says_nothing():
    """能代办吗 of 居住证申领 said "办事指南没有写明能否由他人代办", though its conditions allow 监护人或近亲属代为申领."""
    item = {"name": "居住证申领", "conditions": "在本市居住半年以上。未满16周岁或行动不便的，可由监护人或近亲属代为申领。",
            "process": "1. 本人到派出所申请。"}
    said = proxy_answer(item, [{"name": "合法稳定就业", "materials": []}], [])
    assert said.startswith("居住证申领的办事指南中关于他人代办写到：") and "可由监护人或近亲属代为申领" in said
    assert "本人到派出所申请" in said and "没有写明" not in said


def test_a_sentence_denying_someone_else_is_no_permission():
    """结婚登记: 双方须亲自…不能委托他人代办 is said as 一般须本人办理, not "关于他人代办写到"."""
    item = {"name": "内地居民结婚登记", "conditions": "双方须亲自共同到婚姻登记机关申请，不能委托他人代办。", "process": ""}
    said = proxy_answer(item, [{"name": "通用", "materials": []}], [])
    assert said.startswith("内地居民结婚登记一般须本人办理") or "没有写明" in said
    assert "关于他人代办写到" not in said


def test_what_must_be_done_in_person_comes_before_materials_for_someone_else():
    """扣分了能让别人替我处理吗 got "可以委托他人办理…单位出具的委托书" (r11 QA): the points are the driver's own,
    the 委托书 is a company car's; "无需本人跑动" says nothing of who may go."""
    item = {**ITEM, "name": "交通违法处理", "conditions": "记分的违法须本人处理，不得代办，单位车辆由经办人凭委托书办理。"}
    situations = [{"name": "个人车辆", "materials": [material("机动车驾驶证")]},
                  {"name": "单位车辆", "materials": [material("单位出具的委托书")]}]
    lines = proxy_answer(item, situations, POINTS).splitlines()
    assert lines[:2] == ["交通违法处理的办事指南中关于本人办理写到：", "· 记分的违法须本人处理，不得代办，单位车辆由经办人凭委托书办理"]
    assert lines[2] == "他人代办时，办事指南列出的材料：" and "单位出具的委托书" in lines[3]
    online = {**ITEM, "process": "1. 线上联办，无需本人跑动。"}
    assert proxy_answer(online, situations, POINTS).startswith("开具户籍类证明可以委托他人办理")


def test_own_of_pair_is_the_applicants_own_of_a_self_and_someone_else_pair():
    from knowledge.proxy import own_of_pair, proxy_extra
    pair = [{"id": 1, "name": "本人办理"}, {"id": 2, "name": "委托他人代办"}]
    assert own_of_pair(pair) == pair[0]
    assert own_of_pair([{"id": 1, "name": "老人本人申请"}, {"id": 2, "name": "家属代为申请"}])["id"] == 1
    assert own_of_pair([{"id": 1, "name": "户籍地补领"}, {"id": 2, "name": "异地补领"}]) is None
    assert own_of_pair(pair + [{"id": 3, "name": "境外"}]) is None
    assert proxy_extra([{"name": "身份证"}], [{"name": "身份证"}, {"name": "授权委托书"}]) == ["授权委托书"]


@pytest.mark.parametrize("text, other", [
    ("给我妈办老年证", True), ("我爸91岁了", True), ("帮她问一下", True), ("能代办吗", True),
    ("老年证怎么办", False), ("我今年78岁了", False), ("我要办社保卡", False),
])
def test_someone_else_said(text, other):
    from knowledge.proxy import FOR_SOMEONE_ELSE
    assert bool(FOR_SOMEONE_ELSE.search(text)) is other


def test_who_is_to_come_is_said_where_the_guide_says_nothing_of_someone_else():
    """兄弟姐妹都要去吗 of 继承过户 said "没有写明能否由他人代办", beside its situation 法定继承（全体继承人到场查验）
    and its conditions' 全体法定继承人…可到不动产登记机构现场 (r15 QA)."""
    item = {**ITEM, "name": "继承过户", "conditions": "未办理公证的，全体法定继承人可到不动产登记机构现场，由登记机构查验后办理。"}
    said = proxy_answer(item, [{"name": "法定继承（全体继承人到场查验）", "materials": []},
                               {"name": "遗嘱继承", "materials": []}], POINTS)
    lines = said.splitlines()
    assert lines[0] == "继承过户的办事指南中关于谁要到场写到："
    assert "全体法定继承人可到不动产登记机构现场" in lines[1] and "法定继承（全体继承人到场查验）" in lines[2]
    assert "没有写明" in said and "0000-1" in said


def test_an_faq_asking_who_goes_is_said_after_the_guide():
    """结婚证丢了，补领要两个人都去吗？ — said after 须本人 (one of the two may go for their own); an FAQ
    on something else is not."""
    item = {**ITEM, "name": "补领婚姻登记证", "process": "补领须本人到婚姻登记机关办理。"}
    faqs = [{"question": "补领要两个人都去吗？", "answer": "只补领自己那一本的，一方去即可。"},
            {"question": "补领要多久？", "answer": "当场补发。"}]
    said = proxy_answer(item, [{"name": "通用", "materials": []}], POINTS, faqs)
    assert said.splitlines() == ["补领婚姻登记证一般须本人办理：补领须本人到婚姻登记机关办理。",
                                 "常见问题——补领要两个人都去吗？只补领自己那一本的，一方去即可。"]


def test_a_guardian_coming_with_a_child_is_said_beside_in_person():
    """我和他爸都要去吗 of a child's passport got 一般须本人办理 only (r16 QA): the guide's 未满16周岁的由监护人陪同 too."""
    item = {**ITEM, "name": "普通护照签发", "conditions": "未满16周岁的由监护人陪同。", "process": "首次申请须本人到场采集指纹。"}
    said = proxy_answer(item, [{"name": "通用", "materials": []}], POINTS)
    assert "未满16周岁的由监护人陪同" in said and "须本人到场采集指纹" in said


def test_the_lines_of_the_other_age_are_left_out_once_the_age_is_told(real_store):
    """A 75-year-old's passport, 俺能替他去办不: "未满16周岁的由监护人陪同" among the lines (r20 QA)."""
    item = "crj.huzhao.apply"
    situations = [{**s, "materials": real_store.materials(item, s["id"])} for s in real_store.situations(item)]
    args = (real_store.item(item), situations, real_store.service_points(item), real_store.faqs(item))
    adult = proxy_answer(*args, "年满16周岁的一般申请人")
    assert "未满16周岁" not in adult and "须本人到场" in adult
    assert "未满16周岁的由监护人陪同" in proxy_answer(*args, "未满16周岁") and "未满16周岁" in proxy_answer(*args)


def test_a_materials_note_that_someone_else_may_is_said():
    """能代交不 of 城乡居民医保缴费 said the guide did not say, while its material's note said 可为家人代缴 (r21 QA)."""
    situations = [{"name": "一般情形", "materials": [material("居民身份证"), material("缴费人本人的支付账户或银行卡", "可为家人代缴")]}]
    text = proxy_answer(ITEM, situations, POINTS)
    assert "缴费人本人的支付账户或银行卡（可为家人代缴）" in text and "没有写明" not in text


def test_an_office_that_takes_applications_for_others_is_said():
    """能让家里人代办吗 of 残疾人证换领 got "没有写明能否由他人代办", though one of its offices is 残疾人专职委员代办 (r24 QA)."""
    points = POINTS + [{"district": "全市", "place": "街道便民服务中心（残疾人专职委员代办）", "address": "文化路15号",
                        "hours": "工作日", "phone": "0000-3"}]
    text = proxy_answer(ITEM, [{"name": "一般情形", "materials": [material("居民身份证")]}], points)
    assert text.startswith("开具户籍类证明的办理地点中有可以代办的：") and "专职委员代办" in text and "户政大厅" not in text
    # a guide that says it must be the applicant still says so
    item = {**ITEM, "process": "1. 须本人到窗口采集指纹；2. 领证。"}
    assert proxy_answer(item, [{"name": "一般情形", "materials": [material("居民身份证")]}], points).startswith(
        "开具户籍类证明一般须本人办理")
