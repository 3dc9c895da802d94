"""A stroke, a child held for money, a text asking for card secrets (knowledge.urgent_signs), told in any order (r59 QA)."""
import pytest

from knowledge.urgent_signs import held_for_money, secrets_asked_by_a_text, stroke_signs


@pytest.mark.parametrize("text, said", [
    ("同事左手左脚突然没劲，话也说不清楚，要紧不", True), ("我爸右边胳膊抬不起来了，嘴也歪了", True), ("奶奶刚才突然说不出话", True),
    ("老伴舌头发硬了 一边身子发麻", True),
    ("电话说不清楚能去现场办吗", False), ("我右手工伤后没劲", False), ("一句话说不清楚，我去窗口问吧", False),
])
def test_a_strokes_signs(text, said):
    assert stroke_signs(text) is said


@pytest.mark.parametrize("text, said", [
    ("有人发消息说不给他转五万块钱就对我儿子下手", True), ("对方说要是不打钱就伤害我女儿，还发了她放学的照片", True),
    ("有人打电话说我孩子在他手上，让我马上汇十万，不然后果自负", True),
    ("不交钱孩子就不能上学怎么办", False), ("给儿子转学费要带什么", False), ("有人说我儿子的社保卡要交钱才能激活", False),
])
def test_a_child_held_for_money(text, said):
    assert held_for_money(text) is said


@pytest.mark.parametrize("text, said", [
    ("【人社】您的失业补助金已到账待领取，请回复银行卡号及密码", True), ("短信让我点进去填银行卡号领补贴，真的吗", True),
    ("客服打电话让我报一下验证码", True),
    ("社保卡激活要输入密码吗 短信说卡已经寄出", False), ("社保卡密码忘了 短信验证码收不到", False), ("银行卡号填错了怎么改", False),
])
def test_a_text_asking_for_card_secrets(text, said):
    assert secrets_asked_by_a_text(text) is said


def test_a_threat_at_home_is_one_s_family_not_a_stranger_for_money():
    """我老公在家里说不给他两万块钱他就打孩子: 出生登记 suggested (r62 QA); violence at home, not the scam's "do not pay"."""
    from knowledge.urgent_signs import threat_at_home
    assert threat_at_home("我老公在家里说不给他两万块钱他就打孩子，孩子现在吓哭了")
    assert threat_at_home("我前夫在家里喝了酒，说不给钱就把儿子从楼上扔下去")
    assert not held_for_money("我老公在家里说不给他两万块钱他就打孩子")
    assert not threat_at_home("老公说明天过来 顺便打我微信") and not threat_at_home("老公说要给孩子办社保卡")
