"""Someone behind a door who may need the police to look in (knowledge.welfare_checks), told in any order (r56 QA)."""
import pytest

from knowledge.welfare_checks import child_alone, old_person_unseen


@pytest.mark.parametrize("text", [
    "隔壁屋里小孩哭了两三天了，门一直锁着，敲门也没人开", "对门小孩哭了两天，门反锁着，家里好像没大人",
    "楼下那家孩子一个人在家一整天了，一直在哭", "邻居家的宝宝哭了一晚上，敲门也没人开",
])
def test_a_child_alone_crying_or_for_days(text):
    assert child_alone(text)


@pytest.mark.parametrize("text", [
    "我家孩子把自己锁在房间里哭了一天，不肯出来", "孩子一个人在家两天了 能办临时身份证吗", "孩子哭了好几天，是不是要打疫苗",
    "孩子没有大人陪着能办身份证吗",
])
def test_a_child_of_ones_own_or_a_service_asked_is_none(text):
    assert not child_alone(text)


@pytest.mark.parametrize("text", [
    "对门的老大爷一个礼拜没出门了 屋里有股味道", "邻居家阿婆平时天天下楼遛弯，这都四五天没见着了，喊门也不应",
    "楼上独居的老人好几天没动静了", "隔壁屋里一股臭味，敲门也没人开",
])
def test_an_old_person_unseen_for_days_or_a_smell(text):
    assert old_person_unseen(text)


@pytest.mark.parametrize("text", [
    "老人三天没出门了 能申请居家养老服务吗", "我奶奶电话打不通", "爷爷这两天没出门，在家休息", "我三天没出门了 身份证怎么补",
])
def test_an_old_person_at_home_or_a_service_asked_is_none(text):
    assert not old_person_unseen(text)
