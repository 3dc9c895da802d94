"""Someone behind a door who may need the police to look in: a child left alone, an old person not seen for days.

``knowledge.emergencies`` reads the set wordings (小孩被反锁屋里两天了, 好几天没动静 门口一股味). Each round found the same two
things said in other orders (隔壁屋里小孩哭了两三天了，门一直锁着，敲门也没人开; 对门的老大爷一个礼拜没出门了 屋里有股味道;
邻居家阿婆 …这都四五天没见着了，喊门也不应: "not in scope"; r56 QA). Here each is told by what the message says of it, in
any order: who (a child, an old person), how long, and that nobody answers or no grown-up is there.

Plain regular expressions, no Rasa; measured against the evaluation rows, examples and FAQ questions for false alarms.
"""
from __future__ import annotations

import re

_CHILD = re.compile(r"小孩|孩子|娃|小朋友|孙子|孙女|外孙|宝宝|婴儿|小男孩|小女孩|小姑娘|小家伙"
                    # ...a son or daughter of a child's age (三岁的女儿把自己锁在车里了: "not in scope"; r59 QA)
                    r"|(?:[一两二三四五六七八九十]|1[0-2]|[1-9])(?:岁|周岁)(?:多|半)?(?:的)?(?:女儿|儿子|闺女|小子|丫头)")
# ...alone, locked in, or with no grown-up about (not a child who locked themself in: 孩子把自己锁在房间里)
_NO_GROWN_UP = re.compile(r"一个人在家|自己在家|没(?:有)?(?:见(?:着|到|过)?)?(?:大人|家长)|大人(?:都)?不在|家长(?:都)?不在|没人管"
                          r"|(?:敲门|喊门|叫门)(?:也|都)?(?:没人|不)(?:开|应|理)|没人(?:开门|应|答应)"
                          r"|(?<!自己)(?<!把自己)(?:反锁|锁着|锁在|关在)|(?:家长|大人|父母|爸妈)[^。？?！!]{0,6}?(?:联系不上|打不通|找不到)")
_CHILD_IN_NEED = re.compile(r"哭|喊|饿|(?:[一两二三四五六七八九十几]{1,2}|好几|两三|三四|四五)(?:天|日)|一整天|一天一夜|一晚上|一整夜"
                            r"|一个?(?:礼拜|星期|周)")
# an old person, or one living alone
_OLD = re.compile(r"老人|老大爷|大爷|老太太|老奶奶|阿婆|老大娘|大娘|老爷子|老头|老太|婆婆|爷爷|奶奶|独居|一个人住|孤寡|空巢")
_DAYS = (r"(?<![这那前近])(?:(?:[一两二三四五六七八九十几]{1,2}|好几|两三|三四|四五|五六)(?:天|日)|一个?(?:礼拜|星期|周)|(?:好几|几|两|三)个?(?:礼拜|星期)"
         r"|一整天)")
# ...not seen or not heard for days, or not answering the door or the phone
_UNSEEN_FOR_DAYS = re.compile(_DAYS + r"[^。？?！!]{0,4}?没(?:有)?(?:动静|出门|出来|见人|露面|开门|见着|见到|看到|看见|见过|下楼|人应|回应|开灯)"
                              r"|没(?:有)?(?:见着|见到|看到|看见|见过|动静|出门|露面)[^。？?！!]{0,4}?" + _DAYS)
_NO_ANSWER = re.compile(r"(?:敲门|喊门|叫门|打电话)(?:也|都)?(?:没人|不)(?:开|应|理|接)|电话(?:也|都)?(?:没人接|打不通)")
_FOR_DAYS = re.compile(_DAYS)
_SMELL = re.compile(r"(?:味道|味儿|异味|臭味|怪味|一股味|有味|发臭|臭了)")
# ...told of a service for them (老人三天没出门了 能申请居家养老服务吗), not of the danger now; these days (这两天) are no count
_ASKED_FOR = re.compile(r"申请|补贴|怎么办理|办理|能办|办(?:个|张)?[^\W\d_]{0,4}证|证明|手续|材料|补办|领取|怎么领")


# ...or locked in and not answering, whoever locked it (小孩把自己反锁在卫生间里，叫了半天没反应: 劳动保障监察 offered; r58 QA)
_LOCKED_IN = re.compile(r"反锁|锁在|锁着|关在|困在|锁了门|锁门")
_NO_RESPONSE = re.compile(r"没(?:有)?(?:反应|动静|声音|回应|回音)|不出声|不应|不吭声|不答应|叫不醒|不回答|喊不应"
                          r"|不(?:哭|动)了|不哭也不动|一动不动|没声了|不哭不闹了|没力气了|蔫了")
# ...shut in a car, which is dangerous at once (三岁的女儿把自己锁在车里了，太阳晒着: "not in scope"; r59 QA)
_IN_A_CAR = re.compile(r"(?:锁|关|困|憋)(?:在)?(?:了)?(?:车里|车上|车内|车子里|汽车里|轿车里)"
                       r"|(?:落|忘|留)(?:在)?(?:了)?(?:车里|车上|车内|车子里|汽车里|轿车里)(?!的)|车(?:里|内)[^，,。？?！!]{0,4}?(?:锁|困|关)")
# ...or beaten, heard from next door (隔壁一直有小孩哭喊还有打骂声，好几天了: "not in scope"; r58 QA)
_BEATEN_HEARD = re.compile(r"打骂|挨打|被打|哭喊|惨叫|哭叫|求饶"
                           # (对门小孩这几天天天挨揍 …还听到皮带抽的声音: "not in scope"; r59 QA)
                           r"|挨揍|被揍|挨抽|被抽|皮带抽|(?:皮带|衣架|棍子|鞭子)[^，,。？?！!]{0,4}?(?:抽|打)|抽打|毒打|暴打|往死里打")
_NEXT_DOOR = re.compile(r"隔壁|邻居|楼上|楼下|对门|对面|那家|他家|她家")


def child_alone(text: str) -> bool:
    """Whether ``text`` tells of a child alone, locked in or with no grown-up about, crying or for days; locked in and not
    answering; shut in a car; or beaten, heard from next door."""
    text = text or ""
    if not _CHILD.search(text) or _ASKED_FOR.search(text):
        return False
    return bool(_NO_GROWN_UP.search(text) and _CHILD_IN_NEED.search(text)) \
        or bool(_LOCKED_IN.search(text) and _NO_RESPONSE.search(text)) or child_in_car(text) \
        or bool(_BEATEN_HEARD.search(text) and _NEXT_DOOR.search(text))


def child_in_car(text: str) -> bool:
    """Whether ``text`` tells of a child shut in a car (heat kills within minutes: the window broken, not the police
    waited for)."""
    text = text or ""
    return bool(_CHILD.search(text) and _IN_A_CAR.search(text)) and not _ASKED_FOR.search(text)


def old_person_unseen(text: str) -> bool:
    """Whether ``text`` tells of an old person (or a neighbour living alone) not seen or not answering for days, or with a
    smell from their home."""
    text = text or ""
    unseen = bool(_UNSEEN_FOR_DAYS.search(text)) or bool(_NO_ANSWER.search(text) and _FOR_DAYS.search(text))
    told = (unseen and _OLD.search(text)) or (_SMELL.search(text) and (unseen or _NO_ANSWER.search(text)))
    return bool(told) and not _ASKED_FOR.search(text)
