"""Life events (“一件事”): "孩子出生了要办哪些手续" asks for the set of items an event needs,
not for one item's guide (``life_events.yaml``).

A message asks about an event when it says the event happened or is planned (a trigger:
孩子出生, 去世, 退休, 开个小饭馆 …), asks what there is to do (要办哪些手续, 需要办什么, 哪些证)
and says little else: "离职了要办什么手续才能取公积金" asks about one item and is answered as
one. Plain Python, no Rasa.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Pattern, Tuple

from knowledge.yaml_lists import entries, texts

DEFAULT_FILE = Path(__file__).resolve().parent / "life_events.yaml"
# what there is to do: 要办哪些手续, 需要办什么, 都要办啥, 要跑哪些部门, 哪些证
PROCEDURES = re.compile(
    r"(?:都|还|一般)?(?:要|需要|得|该|应该)?(?:办|跑|准备|弄)?(?:哪些|什么|啥|哪几个|哪几样|几个|哪几项)"
    r"(?:手续|事情|事儿|事|证件|证|业务|流程|部门|地方)"
    r"|(?:都|还|一般)?(?:要|需要|得|该|应该)(?:办|跑|弄|处理)(?:哪些|什么|啥|哪几个|哪几样)"
    r"|一件事(?:都|还)?(?:包括|包含|有)?(?:哪些|什么|啥)?"   # 新生儿出生一件事: the State Council's name for an event's set
    # (医院说人已经走了 后面手续咋弄: 异地转诊备案; r49 QA)
    r"|(?:后面|接下来|之后|以后|后续)的?手续(?:该|要)?(?:咋|怎么)(?:弄|办|整|搞)"
    # (我妈昨天晚上在家里走了 我们现在不知道先干啥: no event on the hotline; r43 QA)
    r"|不(?:知道|晓得|清楚)(?:该|要|先|得)?(?:干|做|办|弄)(?:点)?(?:啥|什么|哪样)|(?:先|该|得)(?:干|做|办|弄)(?:点)?(?:啥|什么|哪样)"
    r"|从哪(?:里|儿)?(?:开始|下手|办起)"
    r"|(?:都|还)?(?:包括|包含)(?:哪些|什么|啥)"
    # the other order, and what it all costs (准备开个小面馆 啥证都要办 一共多少钱: out of scope; r24 QA)
    r"|(?:哪些|什么|啥)(?:证件|证|手续)(?:都|还)?(?:要|需要|得)(?:办|弄|跑)"
    # (要办的手续有哪些, 先办哪个: the event's items in their order; r26 QA)
    # what help there is (我爸中风了半身不遂…有啥政策能帮帮我们: "not in scope"; r26 QA)
    r"|有(?:啥|什么|哪些)(?:政策|补贴|补助|帮扶|救助|福利)"
    # (听说有补贴 咋申请 of a disability told: one allowance's situations; r37 QA)
    r"|听说(?:有|能领|可以领)(?:点|些)?(?:补贴|补助|政策)|有没有(?:补贴|补助)|有(?:补贴|补助)(?:吗|不|没有)"
    r"|(?:手续|事情|证件|证)(?:都|还)?有(?:哪些|什么|啥)(?!用|好处|区别|不同|作用|要求|条件)|先办哪(?:个|样|一个|些)|哪个先办|先后顺序|什么顺序"
    r"|(?:一共|总共|全部|加起来)(?:要|需要|得)?(?:花)?(?:多少钱|多少费用|花多少)"
    # what now (接下来该干嘛, 现在该咋办, 有啥要办的, 啥都没办, 何种手续, 要给孩子办啥)
    r"|接下来|下一步|该干嘛|该干啥|该做什么|该咋办|该怎么办|有啥要(?:去)?办(?:的)?(?:不|吗|没)?|要办的|啥都没办|什么都没办|何种手续|什么手续|办手续"
    # (今天刚领了结婚证，还有什么要跟着办的: "not in scope"; r80 QA)
    r"|(?:还)?有(?:啥|什么|哪些)(?:要|需要|得)?(?:跟着|一起|接着|顺便|随后|同时)(?:去)?(?:办|弄|跑)(?:的)?"
    r"|(?:办理|办|弄)(?:些|点)?(?:啥|什么|哪些)(?:证|证件|手续)?"
    # what one may apply for (村里说让我申请个啥 你看我能办点啥; r29 QA)
    r"|(?:能|可以)?申请(?:个|点|些)?(?:啥|什么|哪些)|有(?:啥|什么|哪些)(?:能|可以)申请(?:的)?"
    r"|(?:能|可以)?给(?:点|些)?(?:啥|什么)(?:帮扶|补助|补贴|救助|帮助|照顾)"   # (政府能给点啥帮扶; r30 QA)
    r"|以后靠啥|靠啥(?:生活|过日子|活)|以后(?:怎么|咋)(?:生活|过|活)"   # (…没有养老金 六十多了 以后靠啥; r31 QA)
    # (还有什么要自己弄的吗, 现在要干嘛: r32 QA)
    r"|(?:还有|有)(?:什么|啥)(?:要|需要|得)(?:自己)?(?:弄|办|跑|做)(?:的)?|(?:现在|接下来)?要干(?:嘛|啥|什么)"
    r"|(?:给)?发(?:点|些)?(?:啥|什么|哪些)(?:钱|补贴|补助)"   # (我是退伍兵 刚回来 国家给发啥钱不; r29 QA)
    r"|(?:现在|接下来|然后|后事)该?(?:咋办|怎么办|咋弄|怎么弄|咋整|怎么处理)"   # (not 退休手续怎么办: one item)
)
# words that say nothing beyond the event and the question
FILLERS = re.compile(
    # (longer first: 后面 before 后; 我奶奶昨晚在医院走了 后面都要办哪些事 一点头绪都没有, 我今年刚办完退休 还有啥要办的不:
    # "not in scope"; r26 QA)
    r"今年|去年|明年|下个月|这个月|下周|后面|接着|办完|弄完|(?:一点)?头绪都?没有|没(?:有)?头绪|一头雾水|不知道|不懂|"
    # (…现在我们要办哪些手续啊 脑子一团乱: "not in scope"; r30 QA)
    r"(?:脑子|心里)?(?:一团乱|乱成一团|乱糟糟|很乱|好乱|乱得很)|懵了|慌了|手忙脚乱|不知所措|高兴坏了|很安详|安详|"
    r"一次性|一次|一起|把|问|这边|那边|可能|能帮帮|帮帮|帮一下|"
    r"请问|你好|您好|我们|我家|家里|我|家|要|想|准备|打算|刚刚|刚|已经|马上|快要|快|了|的|吗|呢|啊|呀|吧|"
    r"一下|都|还|之后|以后|后|然后|现在|这|那|个|一|下|有|些|时候|时|需|办理|办|去|哪|"
    r"爸|妈|老人|家人|父亲|母亲|孩子|宝宝|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|老伴|丈夫|妻子|媳妇|娃|"
    r"昨天|前天|今天|昨晚|今早|早上|上周|上个月"
)
# the broad words of what an event touches, listed beside it (我老公上个月走了 他的社保啊公积金啊还有户口什么的都要怎么弄:
# out of scope, r14 QA): what the event needs in those, not more than the event; one alone (我爸去世了 房子要过户给我,
# 孩子出生了怎么上户口) is the item of it asked
_TOPICS = re.compile(r"社保|社会保险|公积金|医保|户口|户籍|落户|养老金|养老保险|房子|房产|存款|银行卡")
_TOPIC_WORDS = re.compile(r"证件|手续|怎么弄|怎么处理|怎么办|咋弄|咋办|处理|还有|什么的|啥的|那个|就是|他的|她的|他|她|不太懂|跟我说|问"
                          r"|比如|例如|像是")
MAX_OTHER_CHARS = 3   # content left beyond trigger, question and fillers (在北京 is still a place)
_NOT_CONTENT = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class LifeEvent:
    name: str
    triggers: Tuple[Pattern, ...]
    items: Tuple[str, ...]
    note: str = ""   # which of the items not everyone needs (食品经营许可: only who sells food)
    done: Optional[Pattern] = None   # what a message says when the first item is done (退休手续都办完了)
    also_done: Tuple[Tuple[str, Pattern], ...] = ()   # (item, what a message says when it is done) of later items
    in_order: int = 0   # the first ``in_order`` items are steps each needing the one before (死亡证明, 火化, 户口注销)
    # what the person of the event leaves to be dealt with, said after its list (他还有社保卡和养老金 咋处理): (what says
    # it, the items that deal with it, what to know of it)
    things: Tuple[Tuple[Pattern, Tuple[str, ...], str], ...] = ()

    def deals_with(self, item_id: str) -> bool:
        """Whether ``item_id`` is one of the event's items or of the items of what its person leaves."""
        return item_id in self.items or any(item_id in items for _, items, _ in self.things)

    def things_asked(self, text: str) -> Tuple[List[str], List[str]]:
        """The items of the ``things`` ``text`` says, in order and once each, and what to know of those things."""
        said = [(items, note) for pattern, items, note in self.things if pattern.search(text or "")]
        return (list(dict.fromkeys(i for items, _ in said for i in items)),
                list(dict.fromkeys(note for _, note in said if note)))

    def items_left(self, text: str) -> Tuple[str, ...]:
        """The items still to do when ``text`` tells the event: without the first when it says that one is done
        (我上个月刚办完退休…有啥政策没 got the list starting with 正常退休申请; r29 QA), and without the later ones it says
        are done (火化也弄完了, 户口也上好了: still listed; r34 QA), with the steps ``in_order`` before a step done (户口已经在
        派出所销了: the death certificate and the cremation it needs were listed; r35 QA)."""
        text = text or ""
        first_done = self.done is not None and self.done.search(text)
        gone = {item for item, said in self.also_done if said.search(text)}
        last_step_done = max((n for n, i in enumerate(self.items[:self.in_order]) if i in gone), default=-1)
        return tuple(i for n, i in enumerate(self.items)
                     if not (n == 0 and first_done) and i not in gone and n > last_step_done)

    def done_spans(self, text: str) -> List[Tuple[int, int]]:
        """Where ``text`` says an item of the event is done."""
        patterns = ([self.done] if self.done is not None else []) + [said for _, said in self.also_done]
        return [m.span() for pattern in patterns for m in pattern.finditer(text or "")]


def load_life_events(path: Path = DEFAULT_FILE) -> List[LifeEvent]:
    """The events of ``path``; a clear error naming the entry that is incomplete."""
    events = []
    for position, entry in entries(path, "events", "event", "name, triggers and items"):
        name = str(entry.get("name") or "").strip()
        triggers, items = texts(entry, "triggers"), texts(entry, "items")
        if not name or not triggers or len(items) < 2:
            raise ValueError(f"{path}: event {position} ({name or 'no name'}) needs a name, triggers and two items or more")
        try:
            compiled = tuple(re.compile(t) for t in triggers)
        except re.error as error:
            raise ValueError(f"{path}: event {name}: a trigger is not a valid pattern: {error}") from error
        try:
            done = re.compile(entry["done"]) if entry.get("done") else None
            also = tuple((str(item), re.compile(str(said))) for item, said in (entry.get("also_done") or {}).items())
        except re.error as error:
            raise ValueError(f"{path}: event {name}: its done pattern is not valid: {error}") from error
        in_order = int(entry.get("in_order") or 0)
        if not 0 <= in_order <= len(items):
            raise ValueError(f"{path}: event {name}: in_order must be between 0 and its {len(items)} items")
        things = []
        for thing in entry.get("things") or []:
            said = [str(i) for i in thing.get("items") or []] if isinstance(thing, dict) else []
            if not said or not thing.get("words"):
                raise ValueError(f"{path}: event {name}: each of its things needs words and items")
            try:
                things.append((re.compile(str(thing["words"])), tuple(said), str(thing.get("note") or "").strip()))
            except re.error as error:
                raise ValueError(f"{path}: event {name}: a thing's words are not a valid pattern: {error}") from error
        events.append(LifeEvent(name, compiled, items, str(entry.get("note") or "").strip(), done, also, in_order,
                                tuple(things)))
    return events


@lru_cache(maxsize=1)
def default_events() -> Tuple[LifeEvent, ...]:
    """The events of ``life_events.yaml`` next to this module, read once."""
    return tuple(load_life_events(DEFAULT_FILE))


# what else has to be done beside the item in hand (还要办别的证吗, 还需要办什么证, 其他手续要不要办);
# not 还需要什么手续 (the steps of the item itself) nor 还要带什么 (its materials)
_WHAT_ELSE = re.compile(r"还(?:要|需要|得|用)(?:去)?(?:办|弄|开)(?:别的|其他|其它|哪些|什么|啥)(?:证|手续|证件|许可|事)?"
                        r"|(?:别的|其他|其它)(?:证|手续|证件|许可)")


def asks_what_else(text: str) -> bool:
    """Whether ``text`` asks what else has to be done beside the item in hand."""
    return bool(_WHAT_ELSE.search(text or ""))


DEATH_CERTIFICATE = "weijian.death.cert"


def death_event() -> LifeEvent:
    """The default event of a death in the family (the one with the death certificate)."""
    return events_with(DEATH_CERTIFICATE)[0]


def events_with(item_id: str, events=None) -> List[LifeEvent]:
    """The events whose items include ``item_id`` (``events``: the default ones)."""
    return [e for e in (default_events() if events is None else events) if item_id in e.items]


def event_asked(text: str, events=None) -> Optional[LifeEvent]:
    """The event whose set of items ``text`` asks for, if any (``events``: the default ones)."""
    spans = [m.span() for m in PROCEDURES.finditer(text or "")]
    return _event_said(text, events, spans) if spans else None


def event_named(text: str, events=None) -> Optional[LifeEvent]:
    """The event that ``text`` names and says little else about, question or not: "我想开个
    奶茶店", "我爸去世了" (for a message naming no item: the event's items are what it needs)."""
    return _event_said(text, events, [m.span() for m in PROCEDURES.finditer(text or "")])


# where a shop is and what it sells, said beside it (我想在小区门口开个早餐店 卖包子豆浆 都要办啥: one notice, not the
# event's list; r21 QA): the case, not another thing asked
_WHERE_AND_WHAT = re.compile(r"在[^\W\d_]{1,6}?(?:门口|附近|旁边|边上|楼下|对面|里面|里)|卖(?:点|些)?[^\W\d_]{1,6}")


def _event_said(text: str, events, spans: List[Tuple[int, int]]) -> Optional[LifeEvent]:
    """The first event triggered in ``text`` if, without its triggers, ``spans`` and the fillers, at most
    ``MAX_OTHER_CHARS`` are left, or, asked what there is to do, ``MAX_TOLD_CHARS`` naming nothing one item is asked by."""
    text = text or ""
    for event in default_events() if events is None else events:
        # every trigger said, not only the first (家里老爷子没了 身后事要跑哪些部门: 身后 and 老爷子没了; r26 QA)
        said = [m.span() for t in event.triggers for m in t.finditer(text)]
        if not said:
            continue
        left = _without(text, said + spans)
        if len(_content_left(left)) <= MAX_OTHER_CHARS:
            return event
        # (what is done is no other thing said: 我爸的死亡证明开好了, its 死亡 a trigger, was 死亡证明's situations; r76 QA)
        # — unless what is left names an item's thing (死亡证明开好了，下一步去哪销户口: 户口注销)
        left_undone = _without(text, said + spans + event.done_spans(text))
        if left_undone != left and len(_content_left(left_undone)) <= MAX_OTHER_CHARS \
                and not _ITEM_WORDS.search(left_undone):
            return event
        # asked what there is to do, with more told of the case (媳妇大前天在妇幼生了二胎 是个闺女 要给孩子办啥手续, 上个月刚从
        # 厂里退下来 退休手续都弄好了 还有啥要办的没: one item or "not in scope"; r27 QA), when the rest names nothing that
        # one item is asked by (离职了要办什么手续才能取公积金: 离职提取; 退休后要去海南跟女儿住，医保要办什么备案)
        # (nor when what is asked is a document: 特殊工种提前退休需要哪些证明); what is done already says nothing more
        # (医生已经来开过证明了, 出生证已经拿到了; r31 QA)
        told = _without(text, said + spans + event.done_spans(text))
        asks_a_document = any("证" in text[a:b] for a, b in spans)
        return event if spans and not asks_a_document and len(_content_left(told)) <= MAX_TOLD_CHARS \
            and not _ITEM_WORDS.search(_HOUSEHOLD_TOLD.sub("", _FOR_EXAMPLE.sub("", told))) else None
    return None


# help asked of a story of hardship (我离婚了一个人带俩娃 …一个月两千多 娃他爸不给抚养费 …我这样的能申请点啥不; …房租也交不起了
# …政府到底管不管啊 有没有啥能帮的: 法律援助 guessed, or "not in scope"; r47 QA): what help there is, and the cases that call for it
_HELP_ASKED = re.compile(r"(?:能|可以)申请(?:点|些)?(?:啥|什么)|有没有(?:啥|什么)?(?:能|可以)?帮|(?:政府|国家)[^，,。？?！!\s]{0,4}?管不管"
                         r"|能帮(?:帮)?(?:我|我们|俺)|有(?:啥|什么)(?:补助|补贴|救助|帮扶|办法)|(?:补助|补贴|救助)[^，,。？?！!\s]{0,8}?"
                         r"(?:能|可以)(?:申请|领)")
_HARDSHIP = re.compile(r"交不起|付不起|拿不出|揭不开锅|过不下去|没(?:有)?(?:收入|活儿?干|工作)|没找到(?:活|工作)|失业|下岗"
                       r"|(?:一个人|独自|自己)(?:带|养)(?:俩|两个|三个|几个)?(?:娃|孩子)|不给抚养费|(?:病了|生病|住院|看病)"
                       r"|一个月(?:才|就|只有)?(?:一千|两千|一两千|千把|[12]\d{3})")


def hardship_asked(text: str, events=None) -> Optional[LifeEvent]:
    """生活困难 (the event whose items include 最低生活保障) when ``text`` tells a hardship and asks what help there is."""
    text = text or ""
    if not (_HELP_ASKED.search(text) and _HARDSHIP.search(text)):
        return None
    return next((e for e in (default_events() if events is None else events) if "minzheng.dibao.apply" in e.items), None)


def event_touched(text: str, events=None) -> Optional[LifeEvent]:
    """An event a longer message tells (its trigger) beside two or more of the things it touches (户口 社保 丧葬费这些,
    出生证明 上户口 医保), its 一件事 or what there is to do: what a hotline agent is to be shown, though the message says more than
    ``event_named`` or ``event_asked`` let through (我老父亲昨天在医院走了 后面要办哪些手续 户口 社保 丧葬费这些: no event;
    r39 QA). None otherwise."""
    text = text or ""
    # (or what there is to do asked: 我父亲前天去世了 后面要办些什么手续 养老金怎么停; r40 QA)
    if len(set(_TOPICS.findall(text))) < 2 and "一件事" not in text and not PROCEDURES.search(text):
        return None
    return next((e for e in (default_events() if events is None else events)
                 if any(t.search(text) for t in e.triggers)), None)


def _content_left(left: str) -> str:
    """What a message says beyond its event and question (``left``) without the fillers, where and what, and a list of
    what the event touches (社保啊公积金啊还有户口)."""
    if len(set(_TOPICS.findall(left))) >= 2:
        left = _TOPIC_WORDS.sub("", _TOPICS.sub("", left))
    return _NOT_CONTENT.sub("", FILLERS.sub("", _WHERE_AND_WHAT.sub("", left)))


MAX_TOLD_CHARS = 12
# what one item is asked by: a fund, a document, a permit, a filing, a way (医保要办什么备案, 得先有个啥证明, 网上怎么申请)
_ITEM_WORDS = re.compile(_TOPICS.pattern + r"|证|许可|执照|备案|档案|药|火化|抚恤|税|app|APP|网上|手机|预约|结算|看病|报销|哪年"
                         r"|年龄|几岁|过户|注销|提取|贷款|补办|补领|换领|挂失|迁|落户|改|兜底|低保|特困")
# where the household is registered, told as the case (我们是本地户口): no 户口 item asked (我父亲今天早上在家里过世了 我们是本地
# 户口 想问问接下来要办哪些手续: "not in scope"; r29 QA)
_HOUSEHOLD_TOLD = re.compile(r"(?:本地|外地|本市|外省|农村|城镇|城市|这边|老家)的?(?:户口|户籍)")
# a list of examples of what it touches (比如医保啥的)
_FOR_EXAMPLE = re.compile(r"(?:比如|例如|像是)[^，,。？?！!\s]{1,8}")


def _without(text: str, spans: List[Tuple[int, int]]) -> str:
    kept, start = [], 0
    for a, b in sorted(spans):
        kept.append(text[start:max(start, a)])
        start = max(start, b)
    return "".join(kept) + text[start:]
