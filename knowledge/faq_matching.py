"""Which of an item's FAQs (常见问题) a citizen's question is, if any.

A guide answers its common questions (身份证丢了，明天要坐飞机怎么办？) in its FAQs; a
citizen who asks one of them should get that answer, not only the materials list or "不在我能
解答的范围". ``FaqMatcher`` compares the question with the FAQ questions of the item being
discussed as TF-IDF vectors of characters and character pairs, after taking the item's
name and aliases out of both (身份证丢了 says which item, not which question). The IDF comes
from every FAQ question and answer, example question and aspect question, so the words of
a topic (公积金, 提取) weigh little and the words that make a question specific (坐飞机,
冒用, 发票) weigh much.

A question is an FAQ when its best FAQ is at least ``MIN_SIMILARITY`` similar and beats,
by ``MIN_MARGIN``, both the item's next FAQ and every ordinary aspect question
(``data/nlu/aspects.yml``: 要带什么材料, 周末上班吗 …): such a question is answered by the
guide's fields, not by an FAQ. Both numbers were chosen on
``tests/fixtures/faq_calibration.tsv`` and measured once on ``tests/fixtures/faq_heldout.tsv``
(``python -m knowledge faq-eval FILE``; README → Measured figures).
"""
from __future__ import annotations

import csv
import math
import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Dict, Iterable, List, Optional

import yaml

MIN_SIMILARITY = 0.1
MIN_MARGIN = 0.05
ASPECT_QUESTIONS = Path(__file__).resolve().parent.parent / "data" / "nlu" / "aspects.yml"
_RUN = re.compile(r"[0-9a-z\u3400-\u4dbf\u4e00-\u9fff]+")


def normalised(text: str) -> str:
    return unicodedata.normalize("NFKC", text or "").lower()


def grams(text: str) -> Counter:
    """Characters and neighbouring character pairs of each run of letters, digits or Chinese."""
    counts: Counter = Counter()
    for run in _RUN.findall(normalised(text)):
        counts.update(run)
        counts.update(run[i:i + 2] for i in range(len(run) - 1))
    return counts


def aspect_questions(path: Path = ASPECT_QUESTIONS) -> List[str]:
    """The example questions of the ask_* intents: what an ordinary question sounds like."""
    blocks = (yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}).get("nlu") or []
    questions = []
    for block in blocks:
        if str(block.get("intent", "")).startswith("ask_"):
            questions += [line[2:].strip() for line in str(block.get("examples") or "").splitlines()
                          if line.strip().startswith("- ")]
    return questions


@dataclass(frozen=True)
class FaqMatch:
    item_id: str
    position: int
    question: str
    answer: str
    score: float     # similarity to the FAQ question
    margin: float    # how far it beats the next FAQ and the closest ordinary question


class FaqMatcher:
    def __init__(self, faqs: Iterable[Dict[str, Any]], ordinary: Iterable[str] = (),
                 background: Iterable[str] = (), topics: Optional[Dict[str, Iterable[str]]] = None):
        """``faqs``: rows with item_id, position, question and answer; ``ordinary``: questions
        that the guide's fields answer (no FAQ); ``background``: other citizen questions, for
        the IDF only; ``topics``: each item's name and aliases."""
        faqs = list(faqs)
        ordinary = [normalised(q) for q in ordinary]
        self._topics = {
            item: sorted({normalised(t) for t in names if t}, key=len, reverse=True)
            for item, names in (topics or {}).items()
        }
        documents = [grams(t) for t in [*(f["question"] for f in faqs), *(f["answer"] for f in faqs),
                                        *ordinary, *background]]
        frequency: Counter = Counter()
        for document in documents:
            frequency.update(document.keys())
        total = len(documents)
        self._idf = {g: math.log((total + 1) / (n + 1)) + 1.0 for g, n in frequency.items()}
        self._unseen = math.log(total + 1) + 1.0
        # the ordinary questions as postings (gram -> question, weight): the closest of them is
        # found from the message's own grams, not by a cosine with each question
        self._ordinary: Dict[str, List[tuple]] = defaultdict(list)
        for n, question in enumerate(ordinary):
            for gram, weight in self._vector(question).items():
                self._ordinary[gram].append((n, weight))
        self._by_item: Dict[str, List[tuple]] = defaultdict(list)
        for faq in faqs:
            question = self._without_topic(faq["item_id"], faq["question"])
            self._by_item[faq["item_id"]].append((faq, self._vector(question)))

    def _without_topic(self, item_id: str, text: str) -> str:
        text = normalised(text)
        for topic in self._topics.get(item_id, ()):
            text = text.replace(topic, " ")
        return text

    def _vector(self, text: str) -> Dict[str, float]:
        weights = {g: n * self._idf.get(g, self._unseen) for g, n in grams(text).items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {g: w / norm for g, w in weights.items()}

    @staticmethod
    def _cosine(a: Dict[str, float], b: Dict[str, float]) -> float:
        if len(a) > len(b):
            a, b = b, a
        return sum(w * b.get(g, 0.0) for g, w in a.items())

    def _closest_ordinary(self, vector: Dict[str, float]) -> float:
        """The highest cosine between ``vector`` and an ordinary question."""
        sums: Dict[int, float] = defaultdict(float)
        for gram, weight in vector.items():
            for n, other in self._ordinary.get(gram, ()):
                sums[n] += weight * other
        return max(sums.values(), default=0.0)

    def ranked(self, item_id: str, text: str) -> List[FaqMatch]:
        """The item's FAQs, most similar to ``text`` first; ``margin`` is set on the first."""
        faqs = self._by_item.get(item_id)
        if not faqs:
            return []
        vector = self._vector(self._without_topic(item_id, text))
        scored = sorted(((self._cosine(vector, other), faq) for faq, other in faqs), key=lambda p: -p[0])
        rival = max([self._closest_ordinary(vector)] + [s for s, _ in scored[1:2]])
        return [
            FaqMatch(item_id, faq["position"], faq["question"], faq["answer"], score,
                     score - rival if n == 0 else 0.0)
            for n, (score, faq) in enumerate(scored)
        ]

    def match(self, item_id: str, text: str, min_margin: float = MIN_MARGIN) -> Optional[FaqMatch]:
        """The FAQ of ``item_id`` that ``text`` asks, or None."""
        ranked = self.ranked(item_id, text)
        if ranked and ranked[0].score >= MIN_SIMILARITY and ranked[0].margin >= min_margin \
                and not asks_until_of_after(text, ranked[0].question):
            return ranked[0]
        return None


# how long after a step (批下来以后多久发钱) is not how long until it (多久批下来 got that FAQ, not the time limit; r50 QA)
_AFTER_HOW_LONG = re.compile(r"(?:以后|之后|后)[^，,。？?！!\s]{0,4}?(?:多久|多长时间|几天)")
_HOW_LONG = re.compile(r"多久|多长时间|几天")
_AFTER = re.compile(r"以后|之后|后")


def asks_until_of_after(text: str, question: str) -> bool:
    """Whether ``text`` asks how long until something while ``question`` asks how long after it."""
    return bool(_AFTER_HOW_LONG.search(question or "") and _HOW_LONG.search(text or "")
                and not _AFTER.search(text or ""))


def read_faq_questions(path) -> List[Dict[str, Any]]:
    """Rows of an evaluation TSV: item_id, faq_position (0: no FAQ answers it), context, question."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [{**r, "faq_position": int(r["faq_position"])} for r in rows]


def faq_evaluation(matcher: FaqMatcher, rows: List[Dict[str, Any]], min_margin: float = MIN_MARGIN) -> Dict[str, Any]:
    """Precision and recall of the matches on rows an FAQ answers, false matches on the rest."""
    correct = wrong = missed = false_matches = 0
    for row in rows:
        match = matcher.match(row["item_id"], row["question"], min_margin)
        if not row["faq_position"]:
            false_matches += match is not None
        elif match is None:
            missed += 1
        elif match.position == row["faq_position"]:
            correct += 1
        else:
            wrong += 1
    matched = correct + wrong + false_matches
    positives = correct + wrong + missed
    negatives = len(rows) - positives
    return {
        "correct": correct, "wrong": wrong, "missed": missed, "false_matches": false_matches,
        "positives": positives, "negatives": negatives,
        "precision": correct / matched if matched else 1.0,
        "recall": correct / positives if positives else 0.0,
        "false_match_rate": false_matches / negatives if negatives else 0.0,
    }


# a document lost, stolen or gone, or asked to be issued again
_LOSS = re.compile(r"丢|遗失|被盗|被偷|被抢|找不到|找不着|找不见|弄没了|掉了|不见了|补开|补办|补发|补领|扔哪了|扔了|不知道放哪")
# an item that is itself the reissue (身份证补领, 社会保障卡换领): its notice answers a loss
_REISSUE = re.compile(r"补|换|遗失|挂失")


def tells_loss(text: str) -> bool:
    """Whether ``text`` says a document was lost, stolen or gone, or asks for it again."""
    return bool(_LOSS.search(text or ""))


def item_loss_faq(store, item_id: str, text: str) -> Optional[Dict[str, Any]]:
    """``loss_faq`` of the item ``item_id`` of ``store`` (a ``GuideStore``): its FAQs, its name and
    its situations' names."""
    item = store.item(item_id) or {}
    names = [item.get("name") or "", *(s["name"] for s in store.situations(item_id))]
    return loss_faq(store.faqs(item_id), names, text) if item else None


def loss_faq(faqs: Iterable[Dict[str, Any]], names: Iterable[str], text: str) -> Optional[Dict[str, Any]]:
    """The FAQ about losing the document of an item that issues it the first time, when
    ``text`` says it was lost: 火化证明找不到了 is answered by 遗体接运火化's "火化证明丢了能补
    吗？", and 出生证明丢了 by the reissue FAQ of 《出生医学证明》首次签发, not by a notice of
    first issue. ``names``: the item's name and its situations' names. None when the message
    says no loss, when the item or one of its situations is itself a reissue (《预防接种证》
    办理 has 遗失或损毁补办: its notice answers), or when the item has no FAQ, or more than one,
    about a loss."""
    if not tells_loss(text) or any(_REISSUE.search(name or "") for name in names):
        return None
    lost = [faq for faq in faqs if _LOSS.search(faq["question"])]
    return lost[0] if len(lost) == 1 else None
