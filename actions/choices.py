"""Numbered options: offered with buttons AND as numbered text, so "2", "第二个", the
option's own words or what happened (丢了 for the 补领 one) all choose it — in every
channel, WeChat included."""
from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Tuple
from unicodedata import normalize

from bot.text import to_simplified
from knowledge.situations import said_plainly, situation_said

CHINESE_NUMBERS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
_NUMBER = re.compile(r"^\s*(?:就|那就|那)?(?:第|选|选择|我选|就是|是|应该是|选项)?\s*(?:第)?\s*([0-9]{1,2}|[一二两三四五六七八九十])\s*"
                     r"(?:个|项|种|号|条|种情况)?\s*(?:吧|呀|啊|哈|嘛)?\s*[。.!！~～]?\s*$")   # (第二个吧, 2吧, 就2, 选项2)

# an ordinal leading a longer reply (第二个 我自己买的房, 第1个，…)
_ORDINAL_LEAD = re.compile(r"^\s*(?:选|就是|是)?第([0-9]{1,2}|[一二两三四五六七八九十])(?:个|项|种|条)?[\s，,、:：]+\S"
                           # ...or right before what is asked of it (第一个要带什么, 1要带啥: the list again; r81 QA)
                           r"|^\s*(?:那)?(?:第([0-9]{1,2}|[一二两三四五六七八九十])(?:个|项|种|条)?(?:的)?|([0-9]{1,2}))"
                           r"(?=要带|要什么|要啥|需要|在哪|去哪|多久|多长|怎么|咋|收费|要钱|要多少|材料|带什么|带啥|得带|能网上|网上)")

# what a short reply to "which one?" wraps around the words of its option: who or where the
# citizen is (我是…, 我在…, 属于…) and closing particles (…的, …了, …吧)
_FILLER = re.compile(r"^(?:我们|我)?(?:是|在|住在|属于|选|要|办|想办)?|(?:的那个|的那一个|那一个|那个|的|了|吧|啊|呀|呢|哦)?[。.!！~～]*$")

# how citizens say the words that options are named with: 外地 for 异地 (异地补领, 异地就医)
_SAME_WORDS = {"外地": "异地", "外省": "异地", "外市": "异地", "自己": "本人"}
# what citizens call an option by (有限公司 is the 有限责任公司, not the 股份有限公司 whose name holds the words)
_CALLED_WORDS = {"有限公司": "有限责任公司"}
_CALLED = re.compile(r"(?<!股份)有限公司")
_SAME = re.compile("|".join(_SAME_WORDS))


# what happened to a document, said in reply to "which one?", and the words of the option
# it points to: lost -> the 补领/补发/补证 one, expired -> the 换领/换发/换证 one (not one that
# also 补s: 补领、换领机动车号牌 is about lost plates as much), never had one -> 首次/初次.
# "坏了" points nowhere in general (a damaged 身份证 is 换领, a damaged 驾驶证 补证).
_STATES = (
    # (社保卡怎么补: offered 申领 and 启用 first; not 怎么补缴 / 补贴)
    # (社保卡掉了 offered all five 社保卡 items; r16 QA)
    (re.compile(r"丢|遗失|找不到|找不着|寻不着|不见了|掉了|搞没了|弄没了|(?<=[证卡本照])(?:也|都)?没(?:有)?了|被偷|被盗|被抢|补办|补领"
                r"|补发|补证|补一[个张本]|补个|补张|补本"
                r"|(?:怎么|咋|如何|去哪|在哪|哪里|哪儿|要|想|能)补(?![缴交充贴助齐录考课])"), ("补",), ()),
    (re.compile(r"过期|到期|期满|快到期|换发|换领|换证|换个新|换新"), ("有效期", "换领", "换发", "换证"), ("补",)),
    (re.compile(r"第一次|首次|头一次|初次|从来没办|从没办|没办过|还没有办过"), ("首次", "初次"), ()),
)


def _state_said(text: str) -> Optional[Tuple[Tuple[str, ...], Tuple[str, ...]]]:
    """(words, unless) of the one thing ``text`` says happened (``_STATES``); None for none or several."""
    said = [(words, unless) for pattern, words, unless in _STATES if pattern.search(text)]
    return said[0] if len(said) == 1 else None


def says_state(text: str) -> bool:
    """Whether ``text`` says one thing happened or is wanted (``_STATES``: 丢了, 过期了, 补办, 第一次办)."""
    return _state_said(normalize("NFKC", text or "")) is not None


# 补 of getting a document again in an item's name (补领, 补发, 补证), not of 补助金, 补贴, 补缴 (社保卡丢了 to 家人去世's
# items was 遗属待遇申领（丧葬补助金、抚恤金）; r16 QA)
_AGAIN = re.compile(r"补(?![助贴缴交充齐录考课偿])")


def _has(name: str, word: str) -> bool:
    return bool(_AGAIN.search(name)) if word == "补" else word in name


def _fits(name: str, state: Tuple[Tuple[str, ...], Tuple[str, ...]]) -> bool:
    """Whether an option's or item's ``name`` is the one ``state`` points to."""
    words, unless = state
    return any(_has(name, w) for w in words) and not any(_has(name, u) for u in unless)


def member_by_state(text: str, linked: Dict[str, str], family: List[Dict[str, str]]) -> Optional[str]:
    """The id of the one member of ``family`` (id, name) that what ``text`` says happened points
    to, when the linked item's name says another thing happened: 护照首次申请怎么弄 reads like
    普通护照换发 to the linker, but 首次 points to 普通护照签发（首次申领）. None when the text
    says nothing or several things, the linked item fits it or says nothing of the kind
    (临时居民身份证申领 stays for 临时身份证丢了), or no single member fits."""
    state = _state_said(text)
    if state is None:
        return None
    others = [w for _, state_words, _ in _STATES if state_words != state[0] for w in state_words]
    if _fits(linked["name"], state) or not any(_has(linked["name"], w) for w in others):
        return None
    hits = [i["id"] for i in family if _fits(i["name"], state)]
    return hits[0] if len(hits) == 1 else None


def member_fitting(text: str, item: Dict[str, str], family: List[Dict[str, str]]) -> Optional[str]:
    """The id of the one other member of ``item``'s ``family`` (id, name) that what ``text`` says happened (补办, 丢了, 过期,
    第一次) points to, when ``item`` itself does not fit it; None otherwise."""
    state = _state_said(text)
    if state is None or _fits(item["name"], state):
        return None
    hits = [i["id"] for i in family if i["id"] != item["id"] and _fits(i["name"], state)]
    return hits[0] if len(hits) == 1 else None


def reply_core(text: str) -> str:
    """A short reply without what wraps its words (我是…了): 我是离职了 → 离职."""
    return _FILLER.sub("", re.sub(r"\s+", "", normalize("NFKC", text or "")))


def fits_state(text: str, name: str) -> bool:
    """Whether what ``text`` says happened (丢了, 过期了, 第一次办) points to an item or option called ``name``."""
    state = _state_said(normalize("NFKC", text or ""))
    return state is not None and _fits(name, state)


def without_state(text: str) -> str:
    """``text`` without the words of what it says happened (``_STATES``: 丢了, 到期, 补办, 第一次)."""
    for pattern, _, _ in _STATES:
        text = pattern.sub(" ", text or "")
    return text


def chosen_by_state(text: str, options: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The one option that what ``text`` says happened (丢了, 过期了, 第一次办) points to;
    None when it says none or more than one of them, or they point to no single option."""
    state = _state_said(text)
    if state is None:
        return None
    said = next(pattern for pattern, words, unless in _STATES if (words, unless) == state)
    if all(said.search(o["title"]) for o in options):   # 护照丢了 to 在国内遗失 / 在境外遗失…补发: all lost
        return None
    hits = [o for o in options if _fits(o["title"], state)]
    return hits[0] if len(hits) == 1 else None


# a short reply that says whose or what kind (个体户的, 公司的, 我是外地的) to "which situation?"
_WHOSE = re.compile(r"^(?:是|我是|我们是|属于|我们|我)?[\u4e00-\u9fff]{1,6}的[。.!！~～]?$")


def says_whose(text: str) -> bool:
    """Whether ``text`` is a short "X的" reply: it describes the citizen's case (whose
    licence, what kind of business), it does not ask about another item."""
    return bool(_WHOSE.match(normalize("NFKC", text or "").strip()))


def option(kind: str, value: str, title: str) -> Dict[str, str]:
    """One choice: ``kind`` is item, situation or district; ``value`` what it sets."""
    return {"kind": kind, "value": value, "title": title}


def numbered_text(question: str, options: List[Dict[str, str]], hint: str = "请回复序号或名称。") -> str:
    lines = [question] + [f"{n}. {o['title']}" for n, o in enumerate(options, 1)]
    return "\n".join(lines + [hint])


def buttons(options: List[Dict[str, str]]) -> List[Dict[str, str]]:
    """Buttons whose payload is the option number, the same as typing it."""
    return [{"title": o["title"], "payload": str(n)} for n, o in enumerate(options, 1)]


def picked_number(text: str) -> Optional[int]:
    """The number ``text`` picks by (2, 第二个, 选5), whether or not there is such an option."""
    match = _NUMBER.match(normalize("NFKC", text or "").strip())
    if not match:
        return None
    raw = match.group(1)
    return int(raw) if raw.isdigit() else CHINESE_NUMBERS[raw]


def is_number(text: str) -> bool:
    """Whether ``text`` picks by number, whether or not there is such an option."""
    return picked_number(text) is not None


def choose(text: str, options: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """The option ``text`` picks: by number (2, 第二个, 选2) or by its words; else None."""
    if not options or not text:
        return None
    number = picked_number(text)
    if number is None and (lead := _ORDINAL_LEAD.match(normalize("NFKC", text))):
        # 第二个 我自己买的房 to 居住证's 就业 / 住所 / 就读: the second, the case told after it ("没有完全理解"; r32 QA)
        raw = next(g for g in lead.groups() if g)
        number = int(raw) if raw.isdigit() else CHINESE_NUMBERS[raw]
    if number is not None:
        return options[number - 1] if 1 <= number <= len(options) else None
    text = normalize("NFKC", text).strip()
    compact = _CALLED.sub(lambda m: _CALLED_WORDS[m.group()], re.sub(r"\s+", "", text))
    hits = [o for o in options if o["title"] in compact or (len(compact) >= 2 and compact in o["title"])]
    if len(hits) == 1:
        return hits[0]
    core = _FILLER.sub("", compact)
    for words in (core, _SAME.sub(lambda m: _SAME_WORDS[m.group()], core)):
        if words != compact and len(words) >= 2:   # "我退休了" -> 退休, "我在城东" -> 城东, "在外地" -> 异地
            hits = [o for o in options if words in o["title"]]
            if len(hits) > 1:   # "婚生的": 婚生子女入户, not 非婚生育子女入户
                hits = [o for o in hits if said_plainly(words, o["title"])]
            if len(hits) == 1:
                return hits[0]
    hits = [o for o in options if o["value"] and o["value"] in compact]
    if len(hits) == 1:
        return hits[0]
    # one verb alone (换 to 身份证's 首次 / 换领 / 补领 / 临时: the list again; r89 QA)
    return chosen_by_state(_ONE_VERB.get(core, compact), options)


_ONE_VERB = {"换": "换领", "换个": "换领", "换新的": "换领", "补": "补办", "补个": "补办", "新办": "第一次", "第一次办": "第一次"}


# words too common in situation names to tell one from another (本人申请 / 委托他人申请)
# (经营场所是租的可以吗 to 个体户's situations shares 营场, 场所 with 网络经营（以网店作为经营场所） only: every shop has
# premises, so they tell none; r16 QA)
GENERIC_PAIRS = {"申请", "办理", "登记", "证明", "手续", "材料", "人员", "情形", "情况", "经营", "营场", "场所"}
# who someone is or who is asking, which names no service and tells no FAQ apart (老公 of 户口迁到老公家, 我和对象 of
# 我和对象都不是本地户口…能领证吗)
PEOPLE_PAIRS = frozenset({"我和", "和对", "对象", "我们", "我俩", "俩人", "老公", "老婆", "媳妇", "丈夫", "妻子", "孩子",
                          "父母", "爸爸", "妈妈", "男人", "女儿", "儿子", "本人", "自己"})
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def han_pairs(text: str) -> set:
    """Every two Chinese characters in a row in ``text``."""
    return {run[i:i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1)}


def _pairs(text: str) -> set:
    return han_pairs(text) - GENERIC_PAIRS


# a pair of characters said not to be the case (没有备案, 未登记, 不是户主; not 不: 不清楚 is an option)
_DENIED = re.compile(r"(?:没有|没|未|不是)([\u4e00-\u9fff]{2})")


# a reply that is one phrase (就是买房子贷款那个), not clauses each telling something
_ONE_PHRASE = re.compile(r"[^，,。；;？?！!\s]+[？?。！!]*")


def chosen_by_words(text: str, options: List[Dict[str, Any]], head_last: bool = False) -> Optional[Dict[str, Any]]:
    """For a reply in the citizen's own words to "which situation / which district?", when
    ``choose`` finds nothing: the same in simplified characters (戶籍地), the situation its
    case words describe (在外地打工 → 异地补领, ``situation_said``), else the one option that
    shares the most pairs of characters with it (去香港旅游 → 旅游签注; 肢体残疾，成年人，户籍地 →
    …的成年残疾人（户籍地申请）); with ``head_last``, a tie goes to the option named by the words said last in a reply of
    one phrase, its head (a topic's groups). None when nothing or a tie points to one."""
    if not options or not text:
        return None
    simplified = to_simplified(normalize("NFKC", text))
    if simplified != text and (hit := choose(simplified, options)) is not None:
        return hit
    titles = [o["title"] for o in options]
    said = situation_said(simplified, titles)
    if said is not None:
        return options[titles.index(said)]
    denied = {m.group(1) for m in _DENIED.finditer(simplified)}   # 没备案: not the 备案 one
    heard = _pairs(simplified) - denied
    shared = [len(heard & _pairs(title)) - 2 * len(denied & _pairs(title)) for title in titles]
    best = max(shared)
    if head_last and shared.count(best) > 1 and best > 0:
        # a tie of words told apart by the head of the phrase, said last (就是买房子贷款那个 to 提取（…买房…） / 公积金贷款:
        # the loan, not a choice of every withdrawal; r42 QA)
        last = [max((simplified.rfind(p) for p in heard & _pairs(title)), default=-1) if n == best else -1
                for n, title in zip(shared, titles)]
        return options[last.index(max(last))] if last.count(max(last)) == 1 and _ONE_PHRASE.fullmatch(simplified) else None
    return options[shared.index(best)] if shared.count(best) == 1 and (best > 0 or min(shared) < 0) else None


def situation_named(text: str, names: List[str]) -> Optional[str]:
    """The one of ``names`` whose words before its brackets ``text`` says (租赁商品住房 of 租赁商品住房（按限额提取）), else the
    one ``situation_said`` reads."""
    text = normalize("NFKC", text or "")
    heads = [n for n in names if len(head := normalize("NFKC", n).split("（")[0].split("(")[0]) >= 2 and head in text]
    return heads[0] if len(heads) == 1 else situation_said(text, names)


def chosen_with_before(text: str, before: str, options: List[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """For a reply whose words fit several options (异地的那种 to 有效期满 / 损坏 × 异地换领 or not), the one of them the
    message before it tells apart (身份证到期换领: 有效期满异地换领; r84 QA: the same four again); None otherwise."""
    heard = _pairs(to_simplified(normalize("NFKC", text or "")))
    fitting = [o for o in options if heard & _pairs(o["title"])]
    if len(fitting) < 2 or not before:
        return None
    return chosen_by_words(f"{before} {text}", fitting)


def options_by_words(text: str, options: List[Dict[str, Any]]) -> List[Dict[str, Any]]:
    """The options sharing the most pairs of characters with a reply, when it shares two or more with some but not
    all of them (是公积金贷款 to 偿还本市 / 商业 / 异地住房公积金贷款: the two of 公积金贷款); [] otherwise."""
    if not options or not text:
        return []
    heard = _pairs(to_simplified(normalize("NFKC", text)))
    shared = [len(heard & _pairs(o["title"])) for o in options]
    best = max(shared)
    return [o for o, n in zip(options, shared) if n == best] if best >= 2 and shared.count(best) < len(options) else []
