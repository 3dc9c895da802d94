"""What a term means, asked on its own (灵活就业是啥意思, 人身安全保护令是啥, 一次性告知又是啥): the plain meanings of
``glossary.yaml``; and whether two things taken for one another are the same (丧葬费和殡葬补贴是一回事吗): its pairs told
apart. Plain Python, no Rasa."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import List, Optional, Tuple
from unicodedata import normalize

import yaml

from knowledge.yaml_lists import entries, texts

DEFAULT_FILE = Path(__file__).resolve().parent / "glossary.yaml"
# asking what something is (是啥, 什么意思, 是个啥东西, 什么叫)
_MEANING_ASKED = re.compile(r"是(?:个)?啥(?:意思|东西|玩意儿?)?|是(?:个)?什么(?:意思|东西)?(?!时候|地方|材料)|(?:什么|啥)叫|什么是|啥是"
                            r"|(?:什么|啥)意思|指(?:的是)?(?:什么|啥)|怎么理解|咋理解")
# words around the term and the question that say nothing more (到底, 这个, 又, 请问)
_AROUND = re.compile(r"请问|问一下|问下|我想问|想问|你们说的|你说的|说的|到底|究竟|这个|那个|这|那|又|呀|啊|呢|吗|吧|哦|嗯|的|了"
                     r"|[\s，,。.？?！!~～、]")
MOST_LEFT = 1   # characters a question may say beyond the term, its meaning asked and the words around them


@dataclass(frozen=True)
class Term:
    terms: Tuple[str, ...]
    meaning: str
    item: Optional[str] = None

    @property
    def name(self) -> str:
        return self.terms[0]


def load_glossary(path: Path = DEFAULT_FILE) -> List[Term]:
    """The terms of ``path``; a clear error naming the entry that is incomplete."""
    found = []
    for position, entry in entries(path, "terms", "term", "terms and meaning"):
        terms, meaning = texts(entry, "terms"), str(entry.get("meaning") or "").strip()
        if not terms or not meaning:
            raise ValueError(f"{path}: term {position} ({'/'.join(terms) or 'no terms'}) needs terms and a meaning")
        found.append(Term(terms, meaning, str(entry.get("item") or "").strip() or None))
    return found


@lru_cache(maxsize=1)
def default_glossary() -> Tuple[Term, ...]:
    return tuple(load_glossary(DEFAULT_FILE))


def meaning_asked(text: str, glossary=None) -> Optional[Term]:
    """The term whose meaning ``text`` asks and nothing more (灵活就业是啥意思, 住房公积金到底是个啥东西), if any; the
    longest term said first (住房公积金 before 公积金)."""
    text = normalize("NFKC", text or "")
    if not _MEANING_ASKED.search(text):
        return None
    said = [(t, w) for t in (default_glossary() if glossary is None else glossary) for w in t.terms if w in text]
    for term, word in sorted(said, key=lambda found: -len(found[1])):
        left = _AROUND.sub("", _MEANING_ASKED.sub("", text.replace(word, "")))
        if len(left) <= MOST_LEFT:
            return term
    return None


_CLAUSE = re.compile(r"[，,。？?！!；;\s]+")


# a clause asking what "this" means (这个是啥意思), of a term said in the clause before it
_THIS_MEANS = re.compile(r"^(?:那|这)(?:个|是)?(?:是)?(?:个)?(?:啥|什么)(?:意思|东西)|^(?:那|这)个?(?:词|说法)")


def meaning_asked_in(text: str, glossary=None) -> Optional[Term]:
    """The term whose meaning one clause of ``text`` asks (保护令是什么意思？他老打我，我能申请吗), or whose meaning a
    clause asks of "this" after the clause saying it (窗口说材料不全可以容缺受理 这个是啥意思啊: not in scope; r49 QA), if
    any."""
    clauses = [c for c in _CLAUSE.split(normalize("NFKC", text or "")) if c]
    for index, clause in enumerate(clauses):
        if (term := meaning_asked(clause, glossary)) is not None:
            return term
        if index and _THIS_MEANS.search(clause):
            said = [(t, w) for t in (default_glossary() if glossary is None else glossary) for w in t.terms
                    if w in clauses[index - 1]]
            if said:
                return max(said, key=lambda found: len(found[1]))[0]
    return None


# whether two things are the same, or can both be had (是一回事吗, 有啥区别, 两个都能领吗)
_SAME_ASKED = re.compile(r"一回事|一样吗|一样不|同一个|同一种|一个东西|区别|不同|差别|两个都|两样都|都能(?:领|拿|享受|申请)|都可以(?:领|拿|享受|申请)"
                         r"|能(?:一起|同时)(?:领|拿|享受|申请)|重复(?:领|拿|享受)"
                         # (低保和医疗救助同时申请吗; r67 QA)
                         r"|(?:一起|同时|一块|一块儿)(?:领|拿|享受|申请|办|补)(?:吗|么|嘛|不|行不|可以吗|行吗)"
                         # (那社保卡呢，是不是一起补; 社保卡也要补吗: r76 QA)
                         r"|是不是(?:一起|同时|一块|一块儿|也要|也得)(?:补|办|领|申请)|也(?:要|得|需要)(?:补|办|另外办|重新办)"
                         # (那社保卡呢，是不是一张卡: 社会保障卡申领's situations; r77 QA)
                         r"|(?:是不是|是)?(?:一张|同一张|一个)卡|(?:补|办|领)(?:两张|两个)"
                         # (是不是两张卡，要分别办吗; 和社保卡是两张卡吗？我都要办吗; 社保卡是不是也要另外补: r78 QA)
                         r"|两张卡|分别(?:办|补|领|申请)|另外(?:补|办|领)|都要办"
                         # (我吃低保的…医疗救助还用另外申请不; 要办两张吗: r73 QA)
                         r"|(?:另外|单独|还要|还用|还得|再)(?:去)?(?:申请|办)|(?:办|要)(?:两张|两个|两份)"
                         # (特困供养人员同时是残疾人，残疾人两项补贴能不能都拿; 我妈是特困供养的…残疾人补贴还能申请吗: r74 QA)
                         r"|(?:能不能|能|可以|可不可以)?都(?:拿|领|享受|申请)|还能(?:申请|领|拿|享受)|还可以(?:申请|领|拿|享受)"
                         # (他能不能再领残疾人生活补贴和护理补贴: a 低保 FAQ; r75 QA)
                         r"|再(?:领|拿|享受)"
                         # (医保卡就是社保卡吗: 个人账户一次性支取's situations; Is the social security card the same thing as
                         # the medical insurance card here?: the 社保卡 items; r80 QA)
                         r"|就是" + r"[^，,。？?！!]{0,8}?(?:吗|么|嘛|不|不是|对吧|是吧|[？?])|是不是就是"
                         r"|\bsame\b|\bone card\b|\btwo cards\b|\bseparate\b|\bdifferent\b|\bboth\b", re.IGNORECASE)


@dataclass(frozen=True)
class Apart:
    """Two things taken for one another (``one``, ``other``: the words each is said by), the items that apply for them,
    and what tells them apart."""
    one: Tuple[str, ...]
    other: Tuple[str, ...]
    items: Tuple[Optional[str], Optional[str]]
    answer: str
    same: bool = False   # one thing by two names (医保卡, 社保卡)
    asked: Tuple[str, ...] = ()   # words that ask this pair's question alone (需要转诊吗)
    # the answer when an item is in hand that settles it (要转诊不 after 异地长期居住人员备案: no), by item id
    when_held: Tuple[Tuple[str, str], ...] = ()
    english: str = ""   # the answer for one writing in English, where the pair's words have English ones

    def answer_for(self, held: Optional[str]) -> str:
        """The answer, or the one for the item in hand (``when_held``)."""
        return dict(self.when_held).get(held or "", self.answer)


def load_apart(path: Path = DEFAULT_FILE) -> List[Apart]:
    """The pairs under ``apart:`` in ``path`` (none when it has no such list); a clear error naming the pair that is
    incomplete."""
    found: List[Apart] = []
    if "apart" not in (yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}):
        return found
    for position, entry in entries(path, "apart", "pair", "one, other and answer"):
        one, other = entry.get("one") or {}, entry.get("other") or {}
        answer = str(entry.get("answer") or "").strip()
        if not isinstance(one, dict) or not isinstance(other, dict) or not texts(one, "words") \
                or not texts(other, "words") or not answer:
            raise ValueError(f"{path}: pair {position} needs one and other (with words) and an answer")
        items = (str(one.get("item") or "").strip() or None, str(other.get("item") or "").strip() or None)
        held = entry.get("when_held") or {}
        if not isinstance(held, dict) or not all(isinstance(v, str) and v.strip() for v in held.values()):
            raise ValueError(f"{path}: pair {position}'s when_held maps item ids to answers")
        found.append(Apart(texts(one, "words"), texts(other, "words"), items, answer, bool(entry.get("same")),
                           texts(entry, "asked"), tuple((str(k), str(v).strip()) for k, v in held.items()),
                           " ".join(str(entry.get("english") or "").split())))
    return found


@lru_cache(maxsize=1)
def default_apart() -> Tuple[Apart, ...]:
    return tuple(load_apart(DEFAULT_FILE))


def apart_asked(text: str, held: Optional[str] = None, pairs=None, before: str = "") -> Optional[Apart]:
    """The pair ``text`` asks whether they are the same or can both be had, naming both (丧葬费和殡葬补贴是一回事吗), or
    one while the other's item is in hand (``held``: 社保的丧葬费怎么领, then 那民政那个殡葬补贴是一回事吗), or, of two names of
    one thing, one while the message ``before`` said the other (医保卡丢了, then 那社保卡呢，是不是一起补); None otherwise."""
    # (lower case: the English words of a pair, social security card)
    text, before = normalize("NFKC", text or "").lower(), normalize("NFKC", before or "").lower()
    same_asked = bool(_SAME_ASKED.search(text))
    for pair in default_apart() if pairs is None else pairs:
        one_now, other_now = any(w in text for w in pair.one), any(w in text for w in pair.other)
        one_before, other_before = any(w in before for w in pair.one), any(w in before for w in pair.other)
        if pair.same and same_asked and before and (
                (one_now and other_before and not other_now) or (other_now and one_before and not one_now)
                # (医保卡和社保卡都弄丢了, then 要补两张吗: "没有直接写到这一点"; r77 QA)
                or (one_before and other_before and not one_now and not other_now)):
            return pair   # (it got 社会保障卡申领's situations, a new card; r76 QA)
    for pair in default_apart() if pairs is None else pairs:
        if any(w in text for w in pair.asked):   # (我去外地看病，需要转诊吗: r68 QA)
            return pair
        if not same_asked:
            continue
        one, other = any(w in text for w in pair.one), any(w in text for w in pair.other)
        if (one and other) or (one and held and held == pair.items[1]) or (other and held and held == pair.items[0]):
            return pair
    return None


def one_thing_named_twice(text: str, pairs=None) -> Optional[Apart]:
    """The pair of names of one thing (``same``) that ``text`` says both of without asking whether they are the same
    (社保卡和医保卡怎么办: one card, the 社保卡's), if any."""
    text = normalize("NFKC", text or "")
    return next((pair for pair in (default_apart() if pairs is None else pairs) if pair.same
                 and any(w in text for w in pair.one) and any(w in text for w in pair.other)), None)
