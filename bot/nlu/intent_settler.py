"""``IntentSettler``: which intent a message gets when the classifier's guess would lose the
citizen's question. It runs after ``ItemLinker`` and changes ``intent`` only (the ranking
stays the classifier's own), in two cases:

* a conversation intent (greet, goodbye, thanks, bot_challenge, request_human, restart),
  whose rule answers without the answering action, guessed with less than ``min_confidence``:
  "我辞职了" was a goodbye (0.21) and ended the conversation, "我要出国" a hand-off (0.18);
  a restart guessed that weakly would wipe the conversation;
* a pleasantry (greet, goodbye, thanks, bot_challenge, restart) on a message in which the
  linker found a catalog item in scope: "谢谢，那护照呢" (thanks, 0.79) is a question about
  护照, "重新开始，我要办护照" one too.
  An explicit request for a person (转人工，我要办营业执照) stays one.

Either way the best intent that is not a conversation intent is taken; there is always one.

A third case: an intent that only stands with one of its cue words in the message
(``cued_intents``). "Where is my application?" (ask_progress) gets an answer that cannot
help anyone who has not applied yet ("我查不到您个人的办理进度…"), and the character n-grams
guessed it for 我从来没有办过护照，第一次申请需要带什么 (没有办过 looks like 办好了没有) and for
身份证丢了，社保卡也没了. Without a cue (进度, 到哪, 审核 …) the best other intent is taken.

A fourth: a question put as "X不" (要钱不: does it cost money?) is neither a "no" (deny)
nor a "yes", which the classifier made of it; 不是, 没有 and 都不是 stay noes. A fifth: an
address named as what changes (公司地址变更) is no question of where to go (ask_place). A
sixth: a lone aspect word taken for a yes or no (条件, 时限) asks that aspect, as does one word
of ``LONE_ASPECT_WORDS`` (网上, 委托) whatever it was taken for.
"""
from __future__ import annotations

import re
from typing import Any, Collection, Dict, List, Mapping, Optional, Sequence, Text

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.training_data.message import Message

from bot.text import normalise
from knowledge.asking import asks_if_all_told, asks_only, asks_said_again, aspects_asked, lone_aspect
from knowledge.complaints import complaint_kind
from knowledge.life_events import event_named


_ASKS_A_PERSON = re.compile(r"人工|真人|客服|转接|接线员|工作人员跟我说|找人")   # (我要投诉，转人工: a person, as asked)
LONE_ASPECT_CONFIDENCE = 0.9   # the aspect of a lone aspect word is read from the word itself


def settled_intent(ranking: List[Dict[str, Any]], in_scope: bool, conversation: Collection[str],
                   pleasantries: Collection[str], min_confidence: float, text: str = "",
                   cued: Optional[Mapping[str, Sequence[str]]] = None) -> Optional[Dict[str, Any]]:
    """``ranking[0]`` (highest first), or the best intent outside ``conversation`` when
    ``ranking[0]`` is a conversation intent below ``min_confidence``, or a pleasantry on a
    message about an item in scope; ``ranking[0]`` when no other intent is ranked. An intent
    of ``cued`` whose cue words are all missing from ``text`` is passed over, too."""
    if not ranking:
        return None
    top = ranking[0]
    ranked = {e["name"] for e in ranking}
    uncued = set(uncued_intents(text, cued or {}))
    if asks_yes_or_no(text):
        uncued |= {"deny", "affirm"}   # 要钱不 asks whether it costs money; it says no to nothing
        asked = aspects_asked(text)
        if top["name"] in ("deny", "affirm") and len(asked) == 1 and f"ask_{asked[0]}" in ranked:
            # (不要钱吧: its words ask the fee, which the classifier ranked below out_of_scope)
            return {"name": f"ask_{asked[0]}", "confidence": top["confidence"]}
    if someone_else_may(text):
        # 我朋友帮我处理违章行不行 (out_of_scope, 0.49: the situations asked): whether someone else may do it
        return {"name": "ask_proxy", "confidence": top["confidence"]}
    if changes_the_address(text):
        uncued |= {"ask_place"}   # 公司地址变更: the item of changing it, not where to go
    if (lone := lone_aspect(text)) is not None:   # 网上 alone (greet, 0.2; ask_online not among the ten)
        return {"name": f"ask_{lone}", "confidence": LONE_ASPECT_CONFIDENCE}
    if top["name"] in conversation and complaint_kind(text) is not None and not _ASKS_A_PERSON.search(text):
        # 窗口工作人员态度很差 (request_human: "can't transfer you"): where to complain
        return {"name": "inform", "confidence": top["confidence"]}
    if _PLACE_CUE.search(text or "") \
            and top["name"] in ("ask_conditions", "inform", "out_of_scope", "nlu_fallback", "affirm"):
        # 城东区有没有地方(能)办 (ask_conditions at 0.81: the item's conditions; r51 QA): where
        return {"name": "ask_place", "confidence": top["confidence"]}
    if top["name"] in conversation and asks_if_all_told(text):
        # 就这些吗 after a notice (goodbye: "再见"; r50 QA): whether the list is all
        return {"name": "inform", "confidence": top["confidence"]}
    if top["name"] in conversation and asks_said_again(text):
        # 重新说一遍 (restart, 0.68: the conversation wiped; r83 QA): the last answer again, which the answering action says
        return {"name": "inform", "confidence": top["confidence"]}
    if top["name"] in conversation and event_named(text) is not None:
        # 我妈没了 (goodbye, sure: "nothing more") says a life event: what it needs, not 再见
        return {"name": "inform", "confidence": top["confidence"]}
    if top["name"] in ("affirm", "deny", *conversation) and (asked := aspect_word_intent(text)) is not None:
        # 条件 alone (affirm, 0.4): its conditions; 要好久 (affirm, or greet at 0.30 with affirm next: "好的。还有其他
        # 要办理的事项吗？"; r17, r18 QA): the time limit
        return {"name": asked, "confidence": top["confidence"]}
    # (不弄会怎么样 after the 汇算 answer: ask_guide, "not understood"; r26 QA)
    if top["name"] in ("affirm", "deny", "ask_guide", "out_of_scope", "nlu_fallback") and asks_what_if_not(text):
        # 不办会怎样 / 不报会怎样 (deny: "好的。还有其他要办理的事项吗？"; r17 QA): what the guide says of not doing it
        return {"name": "ask_conditions", "confidence": top["confidence"]}
    weak = top["name"] in conversation and top["confidence"] < min_confidence
    if not weak and not (in_scope and top["name"] in pleasantries) and top["name"] not in uncued:
        return top
    return next((entry for entry in ranking if entry["name"] not in conversation and entry["name"] not in uncued),
                top)


# 要钱不, 能办不, 收费不？: a question put as "X or not" ends with 不; a "no" (不是, 没有, 都不是)
# starts with it
_X_OR_NOT = re.compile(r"^[^不没]{2,}不[?？。.!！]*$"
                       # ...or "not X, right?" (不要钱吧, 不用去吧: was a no, and the item dropped; r15 QA)
                       r"|^(?:不|没|不用|不需要)(?:要钱|收费|花钱|用钱|用交钱|交钱|用去|用带|用本人|用排队|用预约|用到场|需要)"
                       r"[^，,。不没]{0,4}吧[?？。.!！]*$")


# whether there is a place to go (有没有地方办, 哪有网点): where, not whether one may
_PLACE_CUE = re.compile(r"有没有(?:地方|网点|窗口|办理点|服务点)|哪(?:里|儿)?有(?:地方|网点|窗口|办理点)")


def asks_yes_or_no(text: str) -> bool:
    """Whether ``text`` is a question of the form "X不" (要钱不), which the classifier took for a no."""
    return bool(_X_OR_NOT.match(normalise(text or "").strip()))


# 我朋友帮我处理违章行不行, 让我儿子去补行吗, 我帮我妈办行不行: whether someone else may do it for the one it
# is for (r15 QA)
_OTHERS = (r"(?:朋友|别人|他人|其他人|家人|家里人|亲戚|同事|老公|老婆|爱人|媳妇|丈夫|妻子|儿子|女儿|闺女|孩子|爸爸?|妈妈?|父母|老伴"
           r"|孙子|孙女|哥哥?|姐姐?|弟弟?|妹妹?|中介|单位)")
_MAY = r"(?:行不行|可以吗|可以么|可不可以|行吗|行么|能不能|能吗|能行吗|可以不|行不|成不成|成吗|中不中|中不)"
_SOMEONE_ELSE_MAY = re.compile(
    r"(?:" + _OTHERS + r"[^，,。？?!！]{0,2}(?:帮|替|代)(?:我|俺|他|她)?"
    r"|(?:让|叫|请|找|委托)(?:我|俺)?(?:的|家)?" + _OTHERS + r"(?:去|来|帮|替|代)?"
    r"|(?:我|俺)(?:想|能|可以)?(?:去|来)?(?:帮|替|代)(?:她|他|老人|(?:我|俺)?的?" + _OTHERS + r"))"
    r"[^，,。？?!！]{0,10}" + _MAY + r"[?？。.!！]*$")


def someone_else_may(text: str) -> bool:
    """Whether ``text`` asks whether someone else may do it for the citizen (我朋友帮我处理违章行不行), or who has to
    go (孩子要到场吗, 孩子得去不, 爸妈都得去吗: read as ask_online or not understood; r19 QA), or whether the citizen
    may do it for someone (可以帮我老公处理吗)."""
    text = normalise(text or "").strip()
    return bool(_SOMEONE_ELSE_MAY.search(text) or _WHO_MUST_GO.match(text) or _MAY_I_FOR.match(text)
                or _OTHER_GOES.match(text) or _CANNOT_COME.match(text))


# someone else going in person, and nothing more (俺媳妇去办中不: "not understood" while 个体户's situations were
# asked; r20 QA), not what they go to do (孩子去上学行不行)
_OTHER_GOES = re.compile(r"^(?:那|那么)?(?:我|俺)?(?:的|家)?" + _OTHERS
                         + r"(?:一个人)?(?:去|来|过去|带去|带着去|带(?:孩子|娃|娃娃|他|她)去)(?:办|领|交|补|弄|跑|一趟)?"
                         + _MAY + r"[?？。.!！]*$")


# may I do it for someone, asked first (可以帮我老公处理吗 车是他名下的, 我能帮我妈办吗: "not understood"; r19 QA)
_MAY_I_FOR = re.compile(r"^(?:那|那么)?(?:我|俺)?(?:可以|能|能不能|可不可以|可否)(?:去|来)?(?:帮|替|代)(?:她|他|老人|(?:我|俺)?(?:的|家)?"
                        + _OTHERS + r")[^，,。？?!！\s]{0,10}(?:吗|么|嘛|不)[?？。.!！]*(?:[\s，,。]|$)")


# the other parties of a transaction or an inheritance (卖家不能到场可以吗, 其他兄弟姐妹要到场吗: the online entry; r22 QA)
_PARTIES = r"(?:其他|别的)?(?:兄弟姐妹|继承人|卖家|买家|卖方|买方|对方|房东|其他人|别的人)(?:都|也)?"
# one of them unable to come, asked whether it may still be done (卖家不能到场可以吗)
_CANNOT_COME = re.compile(r"^(?:那|那么|要是|如果)?(?:" + _OTHERS + r"|" + _PARTIES + r"|他|她|他们)(?:不能|没法|没办法|来不了|去不了|不方便)"
                          r"(?:到场|去|来|过来|到)?(?:的话)?(?:可以吗|行吗|行不行|可以不|能办吗|能不能办|怎么办|咋办)[?？。.!！]*$")
# who has to go: the whole message asks it (孩子要到场吗, 俺们俩都得去不), not where to go (要去哪); not whether the
# applicant must come in person (必须本人到场吗, an example of ask_online: or done online?)
# (要家长陪着去吗 for a child's permit: "not understood"; r23 QA)
_WHO_MUST_GO = re.compile(r"^(?:那|那么)?(?:(?:我|俺)(?:的|家)?(?=" + _OTHERS + r"|爸妈|父母))?(?:" + _OTHERS + r"|" + _PARTIES + r"|爸妈|夫妻|两口子|我|俺|他|她|我们|俺们|他们|她们|两个人|俩人|双方"
                          r"|大人|小孩|老人|家长|监护人|父母)?(?:俩|两个)?(?:都|也|还|一定)?(?:要|得|需要|必须|用|需不需要|要不要|用不用)"
                          r"(?:家长|监护人|大人|父母)?(?:亲自|一起|都)?"
                          # (那我爸妈得跟着去是吧 after 我还没满16: "not in scope"; r28 QA)
                          r"(?:到场|去|过去|来|到现场|跑一趟|露面|陪着?去|陪同|陪着?|跟着?去)(?:吗|不|么|嘛|没|呢|吧|是吧|对吧|是不是)?"
                          r"[?？。.!！]*$")


# 公司地址变更, 变更经营地址, 个体户改地址: the address is what changes; 在哪 / 哪里 still ask where
_ADDRESS_CHANGED = re.compile(r"(?:变更|更改|改|换|迁)了?(?:公司|经营|注册|营业|门店|店铺)?(?:地址|住所|场所)"
                              r"|(?:地址|住所|场所)(?:变更|更改|改|变|换|迁)")
_WHERE = re.compile(r"哪|什么地方|地点")


def changes_the_address(text: str) -> bool:
    """Whether ``text`` names an address as what changes and does not ask where."""
    plain = normalise(text or "")
    return bool(_ADDRESS_CHANGED.search(plain)) and not _WHERE.search(plain)


_WHAT_IF_NOT = re.compile(r"^(?:那|要是|如果|万一)?(?:我|我们|俺)?(?:不|没|没有|忘了|逾期|过期|超期|晚了)[^，,。？?]{0,6}"
                          r"(?:会怎样|会怎么样|会咋样|会咋地|咋办|怎么办|有啥后果|有什么后果|有啥影响|有什么影响|会有影响吗|会罚款吗|要罚款吗"
                          r"|罚不罚|会被罚吗"
                          # (不迁行不行 after the 户口迁移（学生） answer: deny, "好的。还有其他要办理的事项吗？"; r26 QA)
                          r"|行不行|行吗|可以吗|可不可以|成吗|成不成)[?？。!！]*$")


# ...after what it is about, or in a clause of its own, asking only whether that is allowed or what follows (居住证到期了
# 不签注会怎么样, 驾照体检我今年不去做行不行, 身份证过期半年了 不去换行不行 反正平时也用不着: menus; r28 QA; not 房东不退押金
# 怎么办, which asks what to do about another's doing)
_WHAT_IF_NOT_AFTER = re.compile(r"^[^，,。？?！!\s不没]{0,8}?(?:我|我们|俺)?(?:今年|现在)?(?:不|没)(?:去|来)?[^，,。？?不没]{1,6}"
                                r"(?:会怎样|会怎么样|会咋样|有啥后果|有什么后果|有啥影响|有什么影响|行不行|行吗|可以吗|可不可以)"
                                r"[?？。!！]*$")
_CLAUSES = re.compile(r"[，,。；;！!\s]+")


def asks_what_if_not(text: str) -> bool:
    """Whether ``text`` asks what happens if something is not done or done late (不办会怎样, 逾期了怎么办), or one of its
    clauses asks so after what it is about (居住证到期了不签注会怎么样)."""
    text = normalise(text or "").strip()
    if _IN_PERSON_NOT.search(text):
        return False   # 本人不去可以吗: who must go
    return bool(_WHAT_IF_NOT.match(text)) or any(_WHAT_IF_NOT_AFTER.match(c) for c in _CLAUSES.split(text) if c)


_IN_PERSON_NOT = re.compile(r"(?:本人|自己|我|他|她)(?:今年)?不(?:去|来|到场|到)(?:行不行|行吗|可以吗|可不可以)")


def aspect_word_intent(text: str) -> Optional[str]:
    """The intent of the one aspect a message of nothing but asking words names (条件, 时限,
    资格: the classifier's n-grams took such a lone word for a yes), else None."""
    plain = normalise(text or "")
    said = aspects_asked(plain)
    return f"ask_{said[0]}" if len(said) == 1 and asks_only(plain) else None


def uncued_intents(text: str, cued: Mapping[str, Sequence[str]]) -> Collection[str]:
    """The intents of ``cued`` none of whose cue words is in ``text`` (normalised: 進度 is 进度)."""
    if not cued:
        return ()
    plain = normalise(text or "")
    return {intent for intent, cues in cued.items() if not any(cue in plain for cue in cues)}


@DefaultV1Recipe.register(DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER, is_trainable=False)
class IntentSettler(GraphComponent):
    @staticmethod
    def get_default_config() -> Dict[Text, Any]:
        return {
            # intents whose rules answer without the answering action
            "conversation_intents": ["greet", "goodbye", "thanks", "bot_challenge", "request_human",
                                     "restart"],
            # the confidence one of them needs to stand
            "min_confidence": 0.5,
            # the ones that give way to a question about an item in scope
            "pleasantries": ["greet", "goodbye", "thanks", "bot_challenge", "restart"],
            # intents that stand only with one of their cue words in the message
            "cued_intents": {
                "ask_progress": ["进度", "到哪", "哪一步", "哪个环节", "好了没", "好了吗", "好没好", "审核",
                                 "审批", "结果", "状态", "受理", "通知", "消息", "什么情况", "动静",
                                 "还没下来", "还没好", "还没拿到", "还没办好", "办到"],
                # someone else or the applicant in person: 港澳通行证能一起办吗 (both at once) was read as
                # 须本人办理 (r12, r14 QA)
                "ask_proxy": ["代", "委托", "授权", "别人", "他人", "其他人", "别的人", "替", "帮", "家属", "家人",
                              "家里人", "亲属", "亲戚", "本人", "亲自", "自己", "到场", "一起去", "都去", "都到",
                              "都要去", "俩人", "两个人", "双方", "一方", "去不了", "来不了", "不能去", "没空", "没时间",
                              "不在", "老公", "老婆", "爱人", "媳妇", "丈夫", "妻子", "儿子", "女儿", "闺女", "孩子",
                              "爸", "妈", "父母", "老人", "朋友", "同事", "单位", "中介", "卖家", "买家", "房东", "人"],
            },
        }

    def __init__(self, config: Dict[Text, Any]) -> None:
        self.conversation = frozenset(config["conversation_intents"])
        self.pleasantries = frozenset(config["pleasantries"])
        self.min_confidence = float(config["min_confidence"])
        self.cued = {intent: tuple(normalise(c) for c in cues) for intent, cues in (config.get("cued_intents") or {}).items()}

    @classmethod
    def create(cls, config: Dict[Text, Any], model_storage: ModelStorage, resource: Resource,
               execution_context: ExecutionContext) -> "IntentSettler":
        return cls({**cls.get_default_config(), **config})

    def process(self, messages: List[Message]) -> List[Message]:
        for message in messages:
            intent = message.get("intent")
            if not intent:
                continue
            ranking = message.get("intent_ranking") or [intent]
            settled = settled_intent(ranking, bool(message.get("item_in_scope")), self.conversation,
                                     self.pleasantries, self.min_confidence, message.get("text") or "", self.cued)
            if settled is not None and settled["name"] != intent.get("name"):
                message.set("intent", settled, add_to_output=True)
        return messages
