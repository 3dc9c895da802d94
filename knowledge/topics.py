"""Topics: broad words sent on their own (公积金, 社保, 户口 …) answered with their kinds of
business first (``topics.yaml``), then the items of the kind chosen. Plain Python, no Rasa.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Tuple
from unicodedata import normalize

from knowledge.asking import asks_only
from knowledge.yaml_lists import entries, texts

DEFAULT_FILE = Path(__file__).resolve().parent / "topics.yaml"
LARGEST_GROUP = 7   # items offered at once after a kind is chosen
# paying in, said of a topic (我要交社保, 公积金怎么缴), still names nothing narrower than the topic
PAYING = ("缴纳", "交纳", "缴", "交")
# what a citizen wants done said around a group's word: 想把户口迁走, 户口要迁出去
_WANTING = ("把", "掉", "去", "走", "出")


@dataclass(frozen=True)
class Group:
    title: str
    items: Tuple[str, ...]
    # how citizens say this kind of business beside the topic's word (户口 + 迁走: 户口迁移)
    words: Tuple[str, ...] = ()


@dataclass(frozen=True)
class Topic:
    words: Tuple[str, ...]
    groups: Tuple[Group, ...]
    # more words that ask of this topic and name nothing narrower (补贴: 想领点补贴, 有啥补贴可以领)
    asking: Tuple[str, ...] = ()

    @property
    def name(self) -> str:
        return self.words[0]


def load_topics(path: Path = DEFAULT_FILE) -> List[Topic]:
    """The topics of ``path``; a clear error naming the entry that is incomplete."""
    topics = []
    for position, entry in entries(path, "topics", "topic", "words and groups"):
        words = tuple(w.lower() for w in texts(entry, "words"))
        groups = []
        for group in entry.get("groups") or []:
            group = group if isinstance(group, dict) else {}
            title, items = str(group.get("title") or "").strip(), texts(group, "items")
            if not title or not items or len(items) > LARGEST_GROUP:
                raise ValueError(f"{path}: topic {position} ({'/'.join(words) or 'no words'}): each group needs "
                                 f"a title and 1 to {LARGEST_GROUP} items")
            groups.append(Group(title, items, tuple(w.lower() for w in texts(group, "words"))))
        if not words or len(groups) < 2:
            raise ValueError(f"{path}: topic {position} needs words and two groups or more")
        topics.append(Topic(words, tuple(groups), tuple(texts(entry, "asking"))))
    return topics


@lru_cache(maxsize=1)
def default_topics() -> Tuple[Topic, ...]:
    """The topics of ``topics.yaml`` next to this module, read once."""
    return tuple(load_topics(DEFAULT_FILE))


def topic_asked(text: str, topics=None) -> Optional[Topic]:
    """The topic that ``text`` names and nothing more ("公积金", "社保怎么办", "我想问问户口的事"),
    if any (``topics``: the default ones). "提取公积金" names an item, not the topic."""
    text = normalize("NFKC", text or "").lower()
    # (its kinds of business asked: 社保相关的业务都有哪些 was "not in scope"; r53 QA — but not those of one of its groups:
    # 公积金提取有哪几种 is the withdrawals)
    kinds = bool(_KINDS_ASKED.search(text)) and kinds_asked(text, topics) is None
    if (unsure := for_kin_unsure(text)) is not None:   # (asked for one's kin who cannot say what: its kinds)
        text, kinds = unsure, True
    for topic, word in _words_said(text, topics):
        if asks_only(text.replace(word, ""), PAYING + topic.asking + (_TOPIC_KINDS_FILLERS if kinds else ())):
            return topic
    return None


# asked for one's family, who cannot say what exactly (我爸让我帮他问问人社局的事，他自己也说不清具体是啥事; 帮我妈问下社保局那边，
# 她讲不明白要办什么; 我老公让我问医保局的事情，具体他也说不上来: "not in scope"; r68 QA): the topic's kinds of business, read
# by who asks for whom and what they cannot say rather than word by word
_KIN = (r"(?:[二三四大小]?(?:舅|姑|姨|叔|伯)|老?爸|老?妈|爷爷|奶奶|外公|外婆|姥姥|姥爷|老公|老婆|爱人|儿子|女儿|闺女|公公|婆婆|家里人?|老人|亲戚|朋友|同事|邻居|老伴"
        # (我舅舅让我问, 我帮我姑问: r69 QA)
        r"|舅舅?|舅妈|姑姑?|姑妈|大?姨|姨妈|小姨|叔叔?|婶婶?|伯伯?|大伯|大爷|大娘|表哥|表姐|表弟|表妹|堂哥|堂姐|岳父|岳母|丈人|丈母娘"
        r"|侄子|侄女|外甥女?|哥哥?|姐姐?|弟弟?|妹妹?)")
_FOR_SOMEONE = re.compile(r"(?:我|俺)?(?:的)?" + _KIN + r"(?:让|叫|托)(?:我|俺)?(?:来)?(?:帮(?:他|她|忙)?)?(?:问|咨询|打听)(?:问|下|一下)?"
                          r"|(?:帮|替)(?:我|俺)?(?:的)?" + _KIN + r"(?:来)?(?:问|咨询|打听)(?:问|下|一下)?"
                          # (我妈叫我去趟民政局; 老公让我明天去税务局帮他跑一趟; 帮我姐去派出所办个事; 要去公安局帮我爷爷办点事: r71 QA)
                          r"|(?:我|俺)?(?:的)?" + _KIN + r"(?:让|叫|托)(?:我|俺)(?:明天|今天|后天|改天)?(?:去|来)(?:趟|一趟)?"
                          # (舅舅让我帮他跑趟派出所: r72 QA)
                          r"|(?:我|俺)?(?:的)?" + _KIN + r"(?:让|叫|托)(?:我|俺)(?:帮(?:他|她))?(?:跑|去)(?:趟|一趟)?"
                          r"|(?:帮|替)(?:我|俺)?(?:的)?" + _KIN + r"(?:去|来)?(?:办(?:个|点)?事|跑(?:一)?趟)?"
                          r"|帮(?:他|她)(?:跑(?:一)?趟|办(?:个|点)?事)")
_UNSURE_WHAT = re.compile(r"(?:他|她|我|俺|老人|人家)?(?:自己)?(?:也|都)?(?:说|讲)(?:不|不太)(?:清楚?|明白|上来|出来)"
                          r"(?:具体)?(?:是|要办)?(?:啥|什么)?(?:事|事情)?"
                          # (具体啥他没说; 别的说不清: r69 QA)
                          r"|(?:具体|别的)(?:是|要办)?(?:啥|什么)?(?:事)?(?:他|她)?(?:也|都)?(?:没说|没讲|不知道|说不清楚?|讲不清楚?)"
                          # (他没说办什么事; 没说具体要办啥: r70 QA)
                          r"|(?:他|她)?(?:也|都)?没(?:说|讲|交代)(?:清楚)?(?:具体)?(?:要)?(?:办)?(?:什么|啥)?(?:事|事情)?"
                          r"|具体(?:是|要办)?(?:啥|什么)(?:事|事情)?(?:也|都)?(?:他|她)?(?:也|都)?(?:说|讲)?(?:不|不太)?(?:清楚?|明白|上来|出来)?")


def for_kin_unsure(text: str) -> Optional[str]:
    """``text`` without who it is asked for and what they cannot say (帮我二舅问问公安局，他没说办什么事: 公安局), when it says
    one of them; else None."""
    text = normalize("NFKC", text or "").lower()
    if not (_UNSURE_WHAT.search(text) or _FOR_SOMEONE.search(text)):
        return None
    return _FOR_SOMEONE.sub(" ", _UNSURE_WHAT.sub(" ", text))


def _words_said(text: str, topics=None) -> List[Tuple[Topic, str]]:
    """(topic, word) of each word of a topic that ``text`` (normalised) says, the longest words first."""
    found = [(t, w) for t in (default_topics() if topics is None else topics) for w in t.words if w in text]
    return sorted(found, key=lambda f: -len(f[1]))


def topic_mentioned(text: str, topics=None) -> Optional[Topic]:
    """The topic whose word ``text`` says (the longest word said), whatever else it says; None when it says none."""
    said = _words_said(normalize("NFKC", text or "").lower(), topics)
    return said[0][0] if said else None


# allowances asked of in a story (我这种情况 有啥补贴能领不 下岗了 娃还在上学 老公身体也不好: 是不是“一次性创业补贴申领”; r46 QA)
_ALLOWANCES_ASKED = re.compile(r"(?:有啥|有什么|有没有|有哪些|能领啥|能领什么|可以领啥|可以领什么|能申请啥|能申请什么|啥|什么)"
                               r"(?:补贴|补助|救助|帮扶)")


def allowances_asked(text: str, topics=None) -> Optional[Topic]:
    """The allowances' topic (its word 补贴) when ``text`` asks what allowances there are, whatever else it tells; None
    otherwise. For a message no item is read in surely."""
    if not _ALLOWANCES_ASKED.search(normalize("NFKC", text or "")):
        return None
    return next((t for t in (default_topics() if topics is None else topics) if "补贴" in t.words), None)


def group_asked(text: str, topics=None) -> Optional[Group]:
    """The group of a topic that ``text`` names by the topic's word and one of the group's
    ``words``, and nothing more ("想把户口迁走", "户口迁出怎么办": 户口迁移、落户), if any."""
    text = normalize("NFKC", text or "").lower()
    topics = default_topics() if topics is None else topics
    for topic in topics:
        for word in sorted((w for w in topic.words if w in text), key=len, reverse=True):
            rest = text.replace(word, " ")
            for group in topic.groups:
                for said in sorted((w for w in group.words if w in rest), key=len, reverse=True):
                    if asks_only(rest.replace(said, " "), PAYING + _WANTING + topic.asking):
                        return group
    return kinds_asked(text, topics)


# the kinds of a business asked (公积金提取有哪几种, 住房公积金在啥条件下才能取出来: the death withdrawal's situations, or
# the rent withdrawal's conditions; r53 QA): its group, whose items are its kinds
_KINDS_ASKED = re.compile(r"哪几种|几种|多少种|哪些(?:情况|情形|条件|类型|种类|业务)|哪些(?=提取|提|取|[能可]取)|业务都?有哪些"
                          r"|都?能办(?:哪些|什么|啥)(?:事|业务)?"
                          # (能提取的情况有哪些; r54 QA)
                          r"|(?:情况|情形|条件|种类|类型)(?:都)?有(?:哪些|几种|哪几种|啥)"
                          r"|(?:什么|啥|哪种)(?:情况|情形|条件)"
                          # (户口方面的事情你们这边都能帮我办哪些, 关于社保，我能在这儿咨询哪些业务呀, 社保这块都有啥能办的: "not in
                          # scope"; 公积金相关的都有啥业务可以办: three items at random; r56 QA)
                          r"|(?:能|可以)(?:帮我|给我|帮忙)?(?:办|咨询|问|处理)(?:哪些|什么|啥)|有(?:啥|什么|哪些)(?:能|可以)(?:办|咨询|问)"
                          r"|(?:哪些|啥|什么)(?:业务|事项)|(?<![能可])办(?:哪些|什么|啥)(?:事|业务)"
                          # (我老公让我问下人社局那边的事，他也说不清楚，你随便讲讲: "not in scope"; r67 QA)
                          r"|(?:随便|大概|简单)(?:讲讲|说说|聊聊|介绍)"
                          # (住房公积金中心管哪些事: 单位缴存登记's notice; 社保这块一共能办些啥业务; 派出所户籍窗口那边都能给办哪些事情啊:
                          # "not in scope", or 旅馆业特种行业许可 among three; r57 QA)
                          r"|管(?:哪些|什么|啥)|(?:能|可以)(?:给)?办(?:些|理)?(?:哪些|什么|啥)|办(?:些|理)(?:哪些|什么|啥)"
                          # (出入境管理处管些什么事, 民政局负责哪些事情啊, 残联能帮办什么, 民政局是干什么的: "not in scope"; r59 QA)
                          r"|管(?:些)(?:哪些|什么|啥)|负责(?:些)?(?:哪些|什么|啥)"
                          r"|主要(?:管|负责|办|做)(?:些)?(?:哪些|什么|啥)|(?:能|可以)(?:帮|给)(?:忙)?(?:办|做)(?:些)?(?:哪些|什么|啥)"
                          # (税务局能帮老百姓办哪些事: "not in scope"; r61 QA)
                          r"|(?:能|可以)(?:帮|给|为)[^，,。？?！!]{0,6}?(?:办|做)(?:些)?(?:哪些|什么|啥)"
                          # (人社局是干嘛的 我需要去那边办啥: 高校毕业生报到; r62 QA) — of an office (公积金是干什么的 asks what it is)
                          r"|(?<=[局所心])(?:是)?(?:干嘛|干什么|做什么|干啥|管什么|管啥)的")
# (公积金中心那边都能办哪些事, 户口上的事情都能办啥业务: the deposits, or three items at random; r55 QA)
_OF_TOPIC = ("相关", "方面", "这块", "这一块", "里面", "方面的", "中心", "那边", "这边", "上的", "事情", "事", "管理中心", "窗口",
             # (医保局管什么业务呀: "not in scope"; r58 QA)
             "局")
_KINDS_FILLERS = ("哪几种", "哪些", "几种", "多少种", "情况", "情形", "条件", "类型", "种类", "什么", "啥", "哪种", "下", "才能",
                  "才可以", "能", "可以", "一般", "都", "有", "用", "在", "的", "是", "了", "提", "取", "出来", "办理", "业务",
                  # (啥时候能提出来？都有哪些情况可以提, 提现的条件有几种啊，列一下; r54 QA)
                  "啥时候", "什么时候", "啊", "呀", "呢", "吧", "列一下", "列出来", "说说", "说一下", "讲讲", "介绍一下", "具体")


# ...and who asks, of whom (你们这边都能帮我办哪些, 我能在这儿咨询哪些, 他问…, 给我列一下)
_ASKING_WHO = ("你们", "这儿", "这里", "帮我", "给我", "帮忙", "我", "他想问", "她想问", "他问", "她问", "想问", "问问", "关于",
               "咨询", "问", "办", "处理", "事项", "的话", "一下", "全部", "所有", "管", "一共", "些", "给", "派出所", "来电人问",
               "市民问", "来电人", "市民", "那里", "那儿", "负责", "主要", "干", "做", "帮", "忙",
               # (人社局平时都管些啥事啊; 税务局都能办什么业务？个人能去办啥: r60 QA)
               "平时", "平常", "个人", "去", "老百姓", "我们", "干嘛", "干啥", "做啥", "办啥", "那边一般",
               # (税务局平时都管些啥事啊，我一个老百姓能去那办什么; 人社局是干嘛的 我需要去那边办啥; r62 QA)
               "一个", "那", "普通人", "需要", "是干嘛的", "是干什么的", "是做什么的", "是干啥的",
               # (人社局都能办哪些事，我搞不清楚; 人力社保局是管啥的; 去税务局能办什么业务？我就想知道大概; 市民问税务局平时都办啥业务，
               # 他想去问问: 代办's answer, two items, 一照一码; r63 QA)
               "是管啥的", "是管什么的", "搞不清楚", "不清楚", "搞不懂", "弄不清", "想知道", "知道", "大概", "就", "想了解",
               "了解一下", "了解", "想去问问", "想去问", "他想", "她想", "我想",
               # (人社局能办什么业务？我也分不太清; 人社局管哪些事情啊 我也不懂就想知道个大概: "not in scope"; r64 QA)
               "分不太清", "分不清", "不太懂", "不懂", "也", "个",
               # (人社局管什么啊 我不太懂 大概说说就行; 他问人社局都管哪些事，他也分不清: "not in scope", unrelated items; r65 QA)
               "就行", "搞不明白", "不明白", "他", "她",
               # (我老公让我问人社局都办哪些事，他也分不清; 人社局具体管哪些 我也说不清楚 随便讲讲; 我妈问人社局能办啥 她也搞不明白:
               # a generic prompt, "not in scope"; r66 QA)
               "老公", "老婆", "我妈", "我爸", "让我问", "让", "说不清楚", "说不清", "随便讲讲", "随便说说", "随便",
               # (…你随便讲讲; 我妈让我来问问人社局，具体啥事她也讲不明白，随便说说就行: r67 QA)
               "你", "来", "讲不明白", "讲不清楚", "聊聊", "简单",
               # (她就说要去人社局办事，别的说不清: r69 QA)
               "说", "办事", "办点事",
               # (…去趟民政局; 明天去税务局帮他跑一趟; 去派出所办个事: r71 QA)
               "去趟", "去一趟", "跑一趟", "一趟", "明天", "今天", "办个事", "要去", "去",
               # (…具体啥事他也没交代，我该准备什么: r72 QA)
               "跑趟", "该", "准备什么", "准备啥", "要准备什么", "要准备啥", "带什么", "带啥", "交代")
_TOPIC_KINDS_FILLERS = tuple(w for w in _KINDS_FILLERS if w not in ("提", "取", "出来")) + _OF_TOPIC + _ASKING_WHO
# (for knowledge.agencies: an office's kinds asked in the same words)
KINDS_ASKED, TOPIC_KINDS_FILLERS = _KINDS_ASKED, _TOPIC_KINDS_FILLERS


def kinds_asked(text: str, topics=None) -> Optional[Group]:
    """The group of a topic whose kinds ``text`` asks, by the topic's word and the group's (its ``words`` or the first
    word of its title: 提取 of 提取公积金（…）), and nothing more ("公积金提取有哪几种", "公积金一般什么情况下可以提出来")."""
    text = normalize("NFKC", text or "").lower()
    if not _KINDS_ASKED.search(text):
        return None
    for topic in default_topics() if topics is None else topics:
        for word in sorted((w for w in topic.words if w in text), key=len, reverse=True):
            rest = text.replace(word, " ")
            for group in topic.groups:
                kind = group.title.split("（")[0]
                for topic_word in topic.words:
                    kind = kind.replace(topic_word, "")
                # (and the kind's verb: 取 of 提取, 公积金有哪些情况能取)
                verb = kind[-1:] if len(kind) == 2 else ""
                for said in sorted({w for w in (*group.words, kind, verb) if w and w in rest}, key=len, reverse=True):
                    if asks_only(rest.replace(said, " "), _KINDS_FILLERS):
                        return group
    return None


def topics_named(text: str, topics=None) -> List[Topic]:
    """The topics one of whose words ``text`` holds, as given (the caller normalises it), in any part of it
    (他的社保怎么办: 社保; unlike ``topic_asked``, whatever else is said)."""
    return [t for t in (default_topics() if topics is None else topics) if any(w in text for w in t.words)]


def in_topic(topic: Topic, item_id: str) -> bool:
    """Whether ``item_id`` is one of the items of ``topic``'s groups."""
    return any(item_id in group.items for group in topic.groups)


def group_of(value: str, topics=None) -> Optional[Group]:
    """The group an option value ``"<topic name>/<number>"`` stands for (``option_value``)."""
    name, _, number = (value or "").rpartition("/")
    topics = default_topics() if topics is None else topics
    topic = next((t for t in topics if t.name == name), None)
    if topic is None or not number.isdigit() or not 1 <= int(number) <= len(topic.groups):
        return None
    return topic.groups[int(number) - 1]


def option_value(topic: Topic, number: int) -> str:
    """How the ``number``-th group (from 1) of ``topic`` is kept in a pending option."""
    return f"{topic.name}/{number}"
