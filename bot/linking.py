"""Rank catalog service items (政务服务事项) for a citizen's message.

Three signals, each doing what it does best, combined into one score per item:
  * a linear classifier over character n-grams and jieba words, trained on every item's
    name, aliases, example questions and FAQ questions, plus out-of-scope examples as a
    class of their own (``NONE``): it generalises to new phrasing;
  * retrieval: cosine similarity to the closest single document of the item (TF-IDF);
  * exact evidence: the longest item name or alias that occurs in the message.
Before any of them the message is normalised (``bot.text``) and spelling-expanded
(``bot.spelling``: homophones, pinyin initials, English terms).

Plain Python + scikit-learn; the Rasa component ``bot.nlu.item_linker`` wraps it.
"""
from __future__ import annotations

import pickle
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import numpy as np

from bot.patterns import find_outside_phrase, outside_pipeline
from bot.sparse_rows import Row, csr_from_rows, feature_counts, row_decision_values, row_dot_csr
from bot.spelling import SpellingExpander, reads_as_english, vocabulary_from_names
from bot.kinds import other_kinds as _other_kinds
from bot.text import DOCUMENT_END, MAX_CHARS, normalise
from knowledge.asking import ASPECT_ASKING, FILLERS, asks_only
from knowledge.guides import family_key
from knowledge.outside import OutsideService

NONE = "__none__"
NAMED_EVIDENCE = 0.8  # alias evidence of a name or alias of four characters or more
NAME_CORE_CHARS = 4  # a name's part before its bracket, this long or longer, is a phrase of the item when no other has it
NAMED_TIE = 0.05      # two best items this close: the one the message names (NAMED_EVIDENCE) first (0.02 until
# 2026-12-08, when new examples of the labour inspection put it 0.02 ahead of 劳动仲裁 named)
# a long message out of scope (LONG_MESSAGE characters of content or more) is read again in windows
# of WINDOW_CHARS characters of whole words, one starting every WINDOW_STRIDE words in its first
# MOST_WINDOW_CHARS characters; a window read in scope at WINDOW_MIN_SCORE or more is what it asks
LONG_MESSAGE = 30
WINDOW_CHARS = 14
WINDOW_STRIDE = 2
MOST_WINDOW_CHARS = 300
MIN_WINDOW_CONTENT = 4
WINDOW_MIN_SCORE = 0.3
# an item read in scope at SURE_BESIDE_OUTSIDE or more may be asked beside a service outside the catalog, whose
# patterns are not looked for; read below it, the service is what is asked
SURE_BESIDE_OUTSIDE = 0.3
# ...or at WINDOW_SURE_SCORE whatever its probability of none, which a few words of the story beside the item's raise
# (前两天钱包被偷了里面身份证 at 0.55: out of scope, and with it the story …现在身份证要怎么补啊急用; r50)
WINDOW_SURE_SCORE = 0.45
# a long message out of scope whose best FAMILY_READ items are of one family, read in scope as that family's by
# FAMILY_WINDOWS of its windows, is asked which of them (``ItemLinker._family_in_windows``)
FAMILY_READ = 3
FAMILY_WINDOWS = 2
_TOGETHER = re.compile(r"和|跟|与|还有|以及|、|也|都")   # two things asked in one message
# 和 / 跟 / 与 that say with whom something was done join no two things asked: 和前妻离婚了 孩子户口还在她那
_WITH_SOMEONE = re.compile(r"(?:和|跟|与)[^，。,、\s]{1,4}?(?:离婚|离了|结婚|结了婚|分居|分开|分手|协议)")
# how two things are to be done together, said between a thing and what is done to it (户口本一块儿补办)
_DONE_TOGETHER = re.compile(r"一块儿|一块|一起|一并|一齐|同时|顺便|顺带|顺手")
# words around a phrase that say no second thing: 我的户口本也丢了啊, 户口本都丢了咋办
_BESIDE_FILLERS = ("也", "都", "还", "家", "丢", "掉", "补", "补办", "现在", "怎么补")
# items about a thing a message must say something of to mean them: the 残疾人证 items move,
# renew or replace the certificate of a disability (户口从老家迁过来 is no 残疾人证迁移, though that
# item's examples say 户口迁 beside 残疾证)
_NEEDS_SAYING = ((re.compile(r"残疾人证"), re.compile(r"残|聋|盲|哑|瘫|瘸|截肢|失明|智力|智障|精神|自闭|孤独症|唐氏"
                                                   r"|脑瘫|视力|听力|肢体|言语|中风|偏瘫|红本")),
                 # the household's items, where the message names an insurance or the fund: said only with the household
                 # (我从外省调到这边工作，医保关系怎么转过来: 户口迁移（工作调动）; r52 QA)
                 (re.compile(r"^户口"), re.compile(r"户|派出所|注销|销|迁|落|籍|人口"
                                                 r"|^(?!.*(?:医保|社保|养老保险|医疗保险|失业保险|公积金))", re.S)),
                 # the pension's transfers, where the message says nothing of a pension, insurance or money paid (嫁过来了户口
                 # 怎么迁: 城乡居民养老保险关系转移接续 at 0.35 by its examples' 嫁过来 and 户口迁, 夫妻投靠 at 0.26; r75 QA)
                 (re.compile(r"养老保险关系转移"), re.compile(r"养老|保险|社保|农保|居保|新农|交|缴|钱|年限|账户|接续|续上|几年|年份"
                                                      r"|退休|工龄|待遇")),
                 # the birth's insurance items, where the message says nothing of a birth (看病花的钱医保怎么报销: 生育医疗费支付 at
                 # 0.28 before 门诊 and 住院报销; r77 QA)
                 (re.compile(r"^生育(?:医疗|津贴)"), re.compile(r"生|孕|产|怀|娃|孩|宝宝|婴|分娩|流产|引产|结扎|上环|取环|节育|剖|月子|胎"
                                                         r"|妈妈|母婴|哺乳")),
                 # an endorsement, where the message says nothing of a pass or travel (学校组织春游…要家长签同意书，我在哪里签:
                 # 往来港澳签注's places by 签; r82 QA)
                 (re.compile(r"^往来.{2,4}签注"), re.compile(r"港|澳|台|通行证|签注|出境|再签|续签|加签|证件")),
                 # a work injury, where the message says nothing of work (骑电动车摔了一跤，手腕骨折了…医药费能报吗: 工伤认定申请's
                 # six situations, by its FAQ on falling off an e-bike on the way home; r80 QA)
                 (re.compile(r"^工伤认定|^劳动能力鉴定|^伤残待遇"), re.compile(r"工|班|单位|公司|厂|干活|老板|出差|岗位|职业|同事|雇|车间|外卖|快递|骑手|劳动"
                                                    r"|员|施工|作业|业务|伤残|鉴定|认定|机器|机床|生产|公家|上岗|值勤|执勤")))
_SPACE = re.compile(r"\s+")
# leading clauses that are only courtesy (你好，/ 谢谢你。/ 麻烦问一下，/ 不好意思，打扰一下，): they say
# nothing about the item, and as the greetings and thanks among the "none" examples they made
# "谢谢你，我还想问问护照补办" look like small talk
_COURTESY = re.compile(
    r"^(?:\s*(?:你好|您好|hi|hello|谢谢(?:你|您)?了?|好的|嗯|哦|麻烦(?:你|您)?(?:问一下)?|不好意思|"
    r"打扰(?:一下|了|您了)?|请问(?:一下)?)[啊呀哈]?\s*[,.。!?~、;]+)+")
_NOT_CONTENT = re.compile(r"[\W_]+")


@dataclass
class Candidate:
    id: str
    name: str
    score: float


_LATIN_WORD = re.compile(r"[A-Za-z]{3,}")
DECISIVE_MARGIN = 0.6   # the first item read this far ahead of the second settles a term they share
# the use of a document asked (能用吗, 能坐火车吗): asked of the document in hand itself
_USE_ASKED = re.compile(r"能(?:不能)?用|可以用|能不能用|管用|好使|有效吗|还有效|能(?:坐|乘|住|登机|进站)|可以(?:坐|乘|住|登机)")


@dataclass
class Ranking:
    candidates: List[Candidate]
    in_scope: bool
    ambiguous: bool
    none_probability: float = 0.0
    outside: Optional[Dict[str, str]] = None   # a service the catalog does not cover: name, department
    # one the message names besides the catalog item it names (身份证和户口本都丢了: 户口簿遗失补领)
    outside_too: Optional[Dict[str, str]] = None
    # every item's score, as (item ids, scores in the same order); ``item_scores`` reads it
    all_scores: Optional[Tuple[List[str], np.ndarray]] = field(default=None, repr=False)

    def item_scores(self) -> Dict[str, float]:
        """The score of every item (the candidates are only the best few)."""
        if self.all_scores is None:
            return {c.id: c.score for c in self.candidates}
        ids, scores = self.all_scores
        return {item_id: min(1.0, float(score)) for item_id, score in zip(ids, scores.tolist())}

    def as_dict(self) -> Dict:
        return {
            "items": [{"id": c.id, "name": c.name, "score": round(c.score, 4)} for c in self.candidates],
            "in_scope": self.in_scope,
            "ambiguous": self.ambiguous,
            "outside_service": self.outside,
            "outside_service_too": self.outside_too,
        }


@dataclass
class LinkerSettings:
    """Weights and thresholds; the defaults were chosen on training-data cross-validation."""

    classifier_weight: float = 0.55
    retrieval_weight: float = 0.25
    alias_weight: float = 0.20
    in_scope_threshold: float = 0.10   # minimum top item score (calibrated at training)
    none_threshold: float = 0.50       # maximum probability of "none" (calibrated at training)
    calibrate: bool = True
    max_false_rejection: float = 0.05  # budget for held-out item questions when calibrating
    calibration_folds: int = 5         # each fold trains and runs a probe linker (about 7 s here)
    ambiguity_margin: float = 0.08
    regularisation: float = 0.5
    temperature: float = 8.0
    top_k: int = 3


@dataclass
class ItemLinker:
    """Trained state; build with ``ItemLinker.train`` and keep with ``save``/``load``."""

    settings: LinkerSettings
    names: Dict[str, str]
    aliases: Dict[str, List[str]]
    vocabulary: List[str]
    char_vectorizer: object = None
    word_vectorizer: object = None
    classifier: object = None
    documents: object = None  # TF-IDF matrix of all item documents (rows L2-normalised)
    document_items: List[str] = field(default_factory=list)
    _expander: Optional[SpellingExpander] = None
    _cut: Optional[Callable[[str], List[str]]] = None
    _phrases: Optional[Dict[str, List[str]]] = None
    _shared_terms: Optional[List[str]] = None
    _unique_phrases: Optional[List[str]] = None
    _groups: Optional[tuple] = None
    _shared_by_first: Optional[Dict[str, List[str]]] = None
    _row_caches: Dict[int, tuple] = field(default_factory=dict)
    _class_index: Optional[tuple] = None
    _phrase_index: Optional[Dict[str, List[Tuple[str, str]]]] = None
    _unique_by_first: Optional[Dict[str, List[str]]] = None
    # services the catalog does not cover (knowledge/outside_catalog.yaml), kept with the model
    outside_services: List[OutsideService] = field(default_factory=list)
    _outside: object = None

    # --- training ----------------------------------------------------------
    @classmethod
    def train(
        cls,
        items: Sequence[Dict],
        documents: Sequence[Tuple[str, str]],
        none_texts: Sequence[str],
        cut: Callable[[str], List[str]],
        settings: Optional[LinkerSettings] = None,
        known: Optional[Callable[[str], bool]] = None,
        outside: Sequence[OutsideService] = (),
    ) -> "ItemLinker":
        """``items``: dicts with id, name, aliases; ``documents``: (item_id, text) pairs;
        ``outside``: services the catalog does not cover (a message naming one is out of scope).

        With ``settings.calibrate`` the in-scope thresholds are first chosen on held-out
        examples (``bot.calibration``: k-fold), then the linker is trained on everything.
        """
        from dataclasses import replace

        settings = settings or LinkerSettings()
        if settings.calibrate:
            from bot.calibration import choose_thresholds, held_out_points

            prepared: Dict[str, str] = {}  # the same vocabulary in every fold: prepare once

            def probe(train_docs, train_none):   # the held-out examples read as written, as trained on
                linker = cls._fit(items, train_docs, train_none, cut, settings, known, prepared)
                return lambda text: linker.point(text, as_said=False)

            item_points, none_points = held_out_points(
                documents, none_texts, probe, settings.calibration_folds
            )
            min_score, max_none = choose_thresholds(item_points, none_points, settings.max_false_rejection)
            settings = replace(settings, in_scope_threshold=min_score, none_threshold=max_none)
            linker = cls._fit(items, documents, none_texts, cut, settings, known, prepared)
        else:
            linker = cls._fit(items, documents, none_texts, cut, settings, known)
        linker.outside_services = list(outside)
        return linker

    @classmethod
    def _fit(cls, items, documents, none_texts, cut, settings: LinkerSettings, known=None,
             prepared: Optional[Dict[str, str]] = None) -> "ItemLinker":
        """Train on everything given; ``prepared`` memoises ``prepare`` across fits that
        share the items (their names and aliases make the spelling vocabulary)."""
        from scipy.sparse import hstack
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.svm import LinearSVC

        names = {i["id"]: i["name"] for i in items}
        aliases = {i["id"]: [a for a in (i.get("aliases") or []) if a] for i in items}
        vocabulary = vocabulary_from_names(
            [i["name"] for i in items] + [a for v in aliases.values() for a in v], cut, known
        )
        linker = cls(settings, names, aliases, vocabulary)
        linker._cut = cut
        docs = [(i["id"], i["name"]) for i in items] + [(i["id"], a) for i in items for a in aliases[i["id"]]]
        docs += [(item_id, text) for item_id, text in documents if item_id in names and text]
        prepared = {} if prepared is None else prepared

        def prepare(text: str) -> str:   # the examples as written: see ``_reading``
            if text not in prepared:
                prepared[text] = linker.expander.expand(linker._reading(text, as_said=False), cut)
            return prepared[text]

        texts = [prepare(text) for _, text in docs]
        none_prepared = [prepare(t) for t in none_texts if t]
        linker.char_vectorizer = TfidfVectorizer(analyzer="char", ngram_range=(1, 3), sublinear_tf=True, min_df=1)
        linker.word_vectorizer = TfidfVectorizer(analyzer=linker._words, sublinear_tf=True, min_df=1)
        all_texts = texts + none_prepared
        features = hstack([
            linker.char_vectorizer.fit_transform(all_texts),
            linker.word_vectorizer.fit_transform(all_texts),
        ]).tocsr()
        labels = [item_id for item_id, _ in docs] + [NONE] * len(none_prepared)
        linker.classifier = LinearSVC(C=settings.regularisation, random_state=0)
        linker.classifier.fit(features, labels)
        # float32 weights: half the memory and load time of the model, same ranking
        linker.classifier.coef_ = linker.classifier.coef_.astype(np.float32)
        linker.documents = _l2(features[: len(texts)])
        linker.document_items = [item_id for item_id, _ in docs]
        linker.shared_terms  # computed now, not on the first message
        return linker

    # --- inference ---------------------------------------------------------
    def prepare(self, text: str) -> str:
        return self.expander.expand(self._reading(text), self._cut)

    def _reading(self, text: str, as_said: bool = True) -> str:
        """``text`` normalised, its pinyin and one-character typos written as the words meant
        (gjj提取, 公基金: 公积金); a message ``as_said`` also read the way the examples say
        things (``_read_together``; and see ``rank`` on documents in hand). The examples are not: their
        measure words and clauses are what the classifier learns from, and reading them so
        as well moved unrelated questions (开一家小面馆 … 食品方面的许可) with the weights."""
        plain = _plain(text)
        if as_said:
            plain = _read_together(plain)
        return self.expander.respell(self.expander.transliterate(plain), self._cut)

    @property
    def outside_patterns(self):
        """``bot.patterns.outside_pipeline`` of ``outside_services`` (spaCy), None without any."""
        if self._outside is None and self.outside_services:
            self._outside = outside_pipeline(self.outside_services, normalise)
        return self._outside

    @property
    def expander(self) -> SpellingExpander:
        if self._expander is None:
            self._expander = SpellingExpander(self.vocabulary)
        return self._expander

    def _words(self, text: str) -> List[str]:
        return [w for w in self._cut(text) if w.strip()] if self._cut else list(text)

    def row(self, prepared: str) -> Row:
        """Char and word TF-IDF side by side (each block L2-normalised) of one text, as
        (columns, values)."""
        width = len(self.char_vectorizer.vocabulary_)
        char_cols, char_vals = _tfidf_row(self.char_vectorizer, prepared, self._row_caches)
        word_cols, word_vals = _tfidf_row(self.word_vectorizer, prepared, self._row_caches)
        return np.concatenate([char_cols, word_cols + width]), np.concatenate([char_vals, word_vals])

    def features(self, prepared: Sequence[str]):
        """``row`` of each text, as a CSR matrix."""
        width = len(self.char_vectorizer.vocabulary_) + len(self.word_vectorizer.vocabulary_)
        return csr_from_rows([self.row(text) for text in prepared], width)

    def read_as(self, text: str) -> Optional[str]:
        """``text`` as the linker reads it when pinyin in it is read as Chinese (gongjijin:
        公积金, gjj提取: 公积金提取) or a one-character typo as the word meant (公基金怎么取出来:
        公积金, whose topic's words the answering action reads), else None. Not for a message
        longer than ``MAX_CHARS``, which the linker reads as its start and its end only."""
        if len(text or "") > MAX_CHARS or reads_as_english(_plain(text)):
            return None   # (an English sentence stays English for the action, which says the answer is in Chinese)
        plain = _plain(text)
        read = self.expander.respell(self.expander.transliterate(plain), self._cut)
        return read if read != plain else None

    def rank(self, text: str, as_said: bool = True) -> Ranking:
        """Top items for ``text`` with scores in [0, 1], best first (``as_said``: see
        ``_reading``). A message saying a document is already in hand (出生证已经拿到了，现在想给他上户口)
        whose best item issues that document is read again without saying so: the next step is
        asked, not the document (出生登记, not the 出生医学证明); when the best item is another
        (结婚证领了，户口怎么迁: 夫妻投靠) the document is context and stays."""
        plain = self._reading(text, as_said)
        ranking = self._rank_read(plain, as_said)
        if not ranking.in_scope and ranking.outside is None and _LATIN_WORD.search(text or "") \
                and (outside := self.outside_services_named(_plain(text), None)[0]) is not None:
            # (English read as its Chinese gloss misses a service outside the catalog its own words name: my 14 year old
            # daughter wants to meet a guy she met online, where can I get free counselling; r80 QA)
            return replace(ranking, outside=outside)
        if as_said and ranking.candidates:
            rest, had = _had_clauses(plain)
            if had and self._issues_document_in(ranking.candidates[0].id, had):
                rest_read = self._rank_read(rest, as_said)
                if rest_read.in_scope or not _USE_ASKED.search(rest):
                    # (not the document's own use asked: 我爸办了临时身份证，坐火车能用吗 read nothing without it; r80 QA)
                    ranking = self._next_step_first(rest_read, had)
        if not as_said or ranking.in_scope or ranking.outside is not None:
            return ranking
        # out of scope as said: without who is sent and why, then, when long, a few words at a time
        corrected = _without_correction(plain)   # (what a correction says instead may be short: 台湾的)
        errand = _without_errand(corrected)
        # (a part read alone is no item of a kind the whole message rules out: 新房子买好了，不动产权证书怎么去办 was
        # 不动产权证书补证、换证 by its last clause, the house just bought left behind; r64 QA)
        ruled_out = _other_kinds(plain, as_said)
        for shorter in dict.fromkeys((corrected, errand, _without_asking_clauses(errand))):
            if shorter != plain and len(_content(shorter)) >= (2 if shorter == corrected else MIN_WINDOW_CONTENT):
                read = self._rank_read(shorter, as_said, ruled_out)
                if read.in_scope and read.outside is None:
                    return read
                if shorter == corrected and read.candidates and ranking.candidates and read.outside is None \
                        and read.candidates[0].score > ranking.candidates[0].score:
                    # what a correction says instead, read better without its lead though not in scope (不对不对，房子是
                    # 我爸留下来的: 继承 at 0.25, not 0.09; r50 QA): its candidates, for the item offered or in hand
                    ranking = read
        if (asking := _last_asking_clause(plain)) and asking != plain:
            # a story, then the question: the question alone, read surely
            read = self._rank_read(asking, as_said, ruled_out)
            if read.in_scope and read.outside is None and read.candidates and read.candidates[0].score >= WINDOW_SURE_SCORE:
                return read
        if len(_content(plain)) >= LONG_MESSAGE and ranking.candidates:
            ranking = self._read_in_windows(plain, ranking.candidates[0].id) or self._family_in_windows(plain, ranking) \
                or ranking
        return ranking

    def _family_in_windows(self, plain: str, ranking: Ranking) -> Optional[Ranking]:
        """A long message out of scope whose best items (``FAMILY_READ``) are all of one family (户口迁移's kinds), and
        which ``FAMILY_WINDOWS`` of its windows read in scope as items of that family, though none surely enough for
        ``_read_in_windows``: in scope and ambiguous among them, so the citizen is asked which one. A caller's story in one
        breath (我家里老人以前是在农村的…现在想把户口也迁过来…能不能我一个人去帮她办…要不要收钱: 父母投靠, 夫妻投靠
        and 购房落户 at 0.05-0.06, windows of 户口迁过来 at 0.12-0.19) was out of scope (r19 QA)."""
        best = ranking.candidates[:FAMILY_READ]
        family = {family_key(c.id) for c in best}
        if len(best) < FAMILY_READ or len(family) != 1:
            return None
        agreeing = 0
        for window in self._windows(plain):
            read = self._rank_read(window)
            if read.in_scope and read.outside is None and family_key(read.candidates[0].id) in family:
                agreeing += 1
        return replace(ranking, in_scope=True, ambiguous=True) if agreeing >= FAMILY_WINDOWS else None

    def _windows(self, plain: str) -> List[str]:
        """The windows of a long message (``WINDOW_CHARS`` of whole words, every ``WINDOW_STRIDE`` words) with
        ``MIN_WINDOW_CONTENT`` or more characters of content."""
        words, windows = self._cut(plain[:MOST_WINDOW_CHARS]), []
        for start in range(0, len(words), WINDOW_STRIDE):
            window = ""
            for word in words[start:]:
                if window and len(window) + len(word) > WINDOW_CHARS:
                    break
                window += word
            if len(_content(window)) >= MIN_WINDOW_CONTENT:
                windows.append(window)
        return windows

    def _read_in_windows(self, plain: str, read: str) -> Optional[Ranking]:
        """A long message out of scope read a few words at a time (``WINDOW_CHARS``): the window the
        linker reads in scope with the highest score (``WINDOW_MIN_SCORE`` or more), if the item the whole
        message is ``read`` as first is one of its two best. A caller's story said in one breath (我是从外地来这边打工
        的…孩子要上学学校说要居住证我也不知道去哪里办…) drowns the few words that name the item in many that name
        none (居住证申领 at 0.06, out of scope); a window naming another item is not what the whole asks
        (老人半夜在家里去世了 of a question on the hearse and its fees: 死亡医学证明, not 遗体火化)."""
        best: Optional[Ranking] = None
        for window in self._windows(plain):
            window_read = self._rank_read(window)
            top = window_read.candidates[0] if window_read.candidates else None
            if top is not None and (window_read.in_scope or top.score >= WINDOW_SURE_SCORE) \
                    and window_read.outside is None and read in [c.id for c in window_read.candidates[:2]] and top.score >= WINDOW_MIN_SCORE \
                    and (best is None or top.score > best.candidates[0].score):
                best = replace(window_read, in_scope=True)
        if best is not None and best.candidates[0].id != read:
            # (the window's best is not the whole's: 签注 before 申领 of 学校说要居住证; both offered)
            best = replace(best, ambiguous=True)
        return best

    def _next_step_first(self, ranking: Ranking, had: str) -> Ranking:
        """``ranking`` of what is asked beside a document in hand (``had``) with first the item one of whose names says
        what the document attests (出生证我们有了，怎么落户: 出生登记 by its alias 报出生, not 购房落户 by 落户; r72 QA)."""
        stems = {m.group(1) for m in _DOCUMENT_STEM.finditer(had)}
        for k, candidate in enumerate(ranking.candidates[:NEXT_STEP_AMONG]):
            if candidate.score >= NEXT_STEP_MIN_SCORE and not self._issues_document_in(candidate.id, had) and any(
                    stem in phrase for stem in stems for phrase in self.phrases.get(candidate.id, ())):
                if k == 0:
                    return ranking   # (the first says it already: 出生登记 for 出生证有了，上户口, not 更正出生日期's item)
                top = ranking.candidates[0].score   # (scored as the first: what the document adds)
                scores = ranking.all_scores
                if scores is not None:
                    scores = (scores[0], scores[1].copy())
                    scores[1][scores[0].index(candidate.id)] = top
                return replace(ranking, candidates=[replace(candidate, score=top)] + ranking.candidates[:k]
                               + ranking.candidates[k + 1:], all_scores=scores, ambiguous=False)
        return ranking

    def _issues_document_in(self, item_id: str, had: str) -> bool:
        """Whether a document that a name or alias of ``item_id`` names (出生证 of 出生证补办, 出生医学证明
        of 《出生医学证明》首次签发, 离婚证 of 离婚证丢了) is in ``had``: three characters or more of the
        phrase, ending where a document's word ends."""
        for phrase in self.phrases.get(item_id, ()):
            for end in (m.end() for m in _DOCUMENT_WORD_END.finditer(phrase)):
                if any(phrase[start:end] in had for start in range(max(0, end - 8), end - 2)):
                    return True
        return False

    def _rank_read(self, plain: str, as_said: bool = True, ruled_out: Sequence["re.Pattern"] = ()) -> Ranking:
        """``rank`` of a message as read (``_reading``; ``as_said``: see ``_other_kinds``); ``ruled_out``: kinds of item
        left out besides those ``plain`` rules out (a part's, of the whole message)."""
        prepared = self.expander.expand(plain, self._cut)
        if not any(c.isalnum() for c in prepared) or asks_only(plain):
            return Ranking([], False, False, 1.0)
        scores, none_probability, alias = self._scores(prepared)
        item_ids, s = self.class_index[1], self.settings
        order = np.argsort(-scores, kind="stable")   # ties keep the classifier's class order
        vague = self._vague(prepared)
        terms, vague_items = vague if vague else (None, None)
        # items of the kind the message does not name, or about a thing it says nothing of
        excluded = _other_kinds(plain, as_said) + [thing for thing, said in _NEEDS_SAYING if not said.search(plain)] \
            + list(ruled_out)
        best_items: List[Tuple[str, float]] = []
        for k in order:
            item_id = item_ids[k]
            # 身份证怎么办: only a term several items share; offer those items
            if vague_items is not None and item_id not in vague_items:
                continue
            if any(kind.search(self.names[item_id]) for kind in excluded):
                continue
            best_items.append((item_id, float(scores[k])))
            if len(best_items) == s.top_k:
                break
        if len(best_items) > 1 and best_items[0][1] - best_items[1][1] < NAMED_TIE \
                and alias.get(best_items[1][0], 0.0) >= NAMED_EVIDENCE > alias.get(best_items[0][0], 0.0):
            # a near tie broken by the one the message names (老板拖欠了我两个月的工资，我想申请劳动仲裁: 劳动保障监察 at
            # 0.4521, 劳动仲裁, named, at 0.4509)
            best_items[0], best_items[1] = best_items[1], best_items[0]
        candidates = [Candidate(i, self.names[i], min(1.0, sc)) for i, sc in best_items]
        # in scope: the calibrated thresholds, or the message literally names the item
        # (a name or alias of four characters or more: 请问普通护照补发需要带什么材料) or
        # names nothing but terms of the items offered
        in_scope = bool(candidates) and (
            (candidates[0].score >= s.in_scope_threshold and none_probability <= s.none_threshold)
            or alias.get(candidates[0].id, 0.0) >= NAMED_EVIDENCE
            or bool(vague_items)   # nothing but terms of these items (护照周末能办吗): about them
        )
        # (an item read in scope only faintly is no second thing beside a service outside the catalog: 家里老人失能了 经济也
        # 困难 听说政府有养老服务补贴 was 就业困难人员灵活就业社保补贴 at 0.13, the service "too" by 也; r50 QA)
        surely = in_scope and (candidates[0].score >= SURE_BESIDE_OUTSIDE
                               or alias.get(candidates[0].id, 0.0) >= NAMED_EVIDENCE)
        outside, outside_too = self.outside_services_named(plain, candidates[0].id if candidates else None, surely)
        if outside is not None:
            in_scope = False
        # (a term items of two families share is no choice where one of them is read far better: 我是要开公司，不是个体户
        # offered 一次性创业补贴 at 0.10 beside 公司设立登记 at 0.84, by 开公司 of its alias 开公司补贴) — within a family it
        # stays one (公积金贷款 of 新房 and 二手房: the case says which)
        ambiguous = in_scope and len(candidates) > 1 and (
            (bool(terms) and (candidates[0].score - candidates[1].score < DECISIVE_MARGIN
                              or family_key(candidates[0].id) == family_key(candidates[1].id)))
            or candidates[0].score - candidates[1].score < s.ambiguity_margin
        )
        return Ranking(candidates, in_scope, ambiguous, none_probability, outside, outside_too if in_scope else None,
                       (item_ids, scores))

    def _scores(self, prepared: str) -> Tuple[np.ndarray, float, Dict[str, float]]:
        """Every item's score (in ``class_index`` order), the probability of none and the
        alias evidence, for a prepared message."""
        vector = self.row(prepared)
        margins = self._margins(vector) * self.settings.temperature
        margins = np.exp(margins - margins.max())
        probabilities = margins / margins.sum()
        item_rows, item_ids, none_row, group_of_item = self.class_index
        none_probability = float(probabilities[none_row]) if none_row is not None else 0.0
        best = self._similarity(vector)
        similarity = np.where(group_of_item >= 0, best[np.maximum(group_of_item, 0)], 0.0)
        alias = self._alias_evidence(prepared)
        alias_scores = np.array([alias.get(i, 0.0) for i in item_ids]) if alias else np.zeros(len(item_ids))
        s = self.settings
        scores = (s.classifier_weight * probabilities[item_rows] + s.retrieval_weight * similarity
                  + s.alias_weight * alias_scores)
        return scores, none_probability, alias

    def outside_services_named(self, plain: str, best_item: Optional[str], in_scope: bool = False
                               ) -> Tuple[Optional[Dict[str, str]], Optional[Dict[str, str]]]:
        """(the service outside the catalog that the message names (name, department), None)
        or, when the message also literally names ``best_item`` (电动自行车上牌和机动车注册登记有什么
        区别) or joins two things (和, 还有, 也) while ``best_item`` is in scope, (None, that
        service): a second thing asked, 身份证和户口本都丢了. Both are looked for in the message
        as written (``plain``: normalised, before its spelling expansions)."""
        if self.outside_patterns is None:
            return None, None
        # (a service's patterns only where nothing is read in scope: 孩子今年九月要上幼儿园 …预防接种证 is the item's case)
        found = find_outside_phrase(self.outside_patterns, plain, patterns=not in_scope)
        if found is None and _DONE_TOGETHER.search(plain):
            # (身份证和户口本一块儿补办，要带啥: the 户口本's service not found for 一块儿; r71 QA)
            plain = _DONE_TOGETHER.sub("", plain)
            found = find_outside_phrase(self.outside_patterns, plain, patterns=not in_scope)
        if found is None:
            return None, None
        service, start, end = found
        # joined to something said beside the phrase: not 户口本也丢了 (its 也 joins it to what was
        # said before), nor 户口本也丢了怎么办
        beside = plain[:start] + plain[end:]
        # a list word of the phrase itself is none (赠与 of 房子赠与给儿子); its 也 / 都 joins it to what came before
        together = any((not start <= m.start() < end or m.group() in ("也", "都"))
                       and not _WITH_SOMEONE.match(plain, m.start()) for m in _TOGETHER.finditer(plain))
        joined = in_scope and together and not asks_only(beside, _BESIDE_FILLERS)
        # (the item named beside the phrase, not by the phrase's own words: 我想把房子过户给儿子 names 存量房买卖's 过户
        # inside 过户给儿子 only, and got its situations with a line on 赠与; r17 QA)
        if best_item and (self._alias_evidence(plain, (start, end)).get(best_item, 0.0) >= NAMED_EVIDENCE or joined):
            return None, service.as_dict()
        return service.as_dict(), None

    def _margins(self, vector: Row) -> np.ndarray:
        """The classifier's decision values for one message's ``row``.

        Gathers only the weight columns of the message's few non-zero features: sklearn's
        ``decision_function`` multiplies by the whole float32 weight matrix, which scipy
        first copies to float64 (about 18 ms a message for 200 items).
        """
        coef = self.classifier.coef_
        if coef.shape[0] == 1:  # two classes: sklearn's single-column form
            return self.classifier.decision_function(csr_from_rows([vector], coef.shape[1]))[0]
        return row_decision_values(coef, self.classifier.intercept_, [vector])[0]

    def point(self, text: str, as_said: bool = True) -> Tuple[float, float]:
        """(top item score, probability of none): what the in-scope decision looks at."""
        ranking = self.rank(text, as_said)
        return (ranking.candidates[0].score if ranking.candidates else 0.0, ranking.none_probability)

    def _similarity(self, vector: Row) -> np.ndarray:
        """Best cosine similarity of the message (its ``row``) to any document of each item,
        in the order of ``document_groups``' items."""
        order, starts, _, postings = self.document_groups
        columns, values = vector
        norm = np.sqrt((values ** 2).sum())
        sims = row_dot_csr(columns, values / norm if norm > 0 else values, postings)
        return np.maximum.reduceat(sims[order], starts)

    @property
    def class_index(self) -> Tuple[np.ndarray, List[str], Optional[int], np.ndarray]:
        """Classifier rows of the items, their ids, the row of ``none``, and each item's
        position in ``document_groups`` (-1: no documents)."""
        if self._class_index is None:
            classes = [str(c) for c in self.classifier.classes_]
            rows = [k for k, c in enumerate(classes) if c != NONE]
            ids = [classes[k] for k in rows]
            position = {item: k for k, item in enumerate(self.document_groups[2])}
            self._class_index = (np.array(rows), ids, classes.index(NONE) if NONE in classes else None,
                                 np.array([position.get(i, -1) for i in ids]))
        return self._class_index

    @property
    def document_groups(self) -> Tuple[np.ndarray, np.ndarray, List[str], object]:
        """Document rows sorted by item, where each item's rows start, the items, and the
        documents as feature rows (a message's few features then touch only their postings)."""
        if self._groups is None:
            ids = np.array(self.document_items)
            order = np.argsort(ids, kind="stable")
            items, starts = np.unique(ids[order], return_index=True)
            self._groups = (order, starts, [str(i) for i in items], self.documents.T.tocsr())
        return self._groups

    def _alias_evidence(self, prepared: str, apart_from: Optional[Tuple[int, int]] = None) -> Dict[str, float]:
        """1.0 for a full name found in the message, less for shorter aliases; with ``apart_from`` (a span),
        only names and aliases said wholly outside it."""
        found: Dict[str, float] = {}
        index = self.phrase_index
        for first in set(prepared):   # only phrases that start with a character of the message
            for phrase, item_id in index.get(first, ()):
                if phrase in prepared and (apart_from is None or _said_apart(prepared, phrase, apart_from)):
                    found[item_id] = max(found.get(item_id, 0.0), min(1.0, len(phrase) / 5.0))
        return found

    @property
    def phrase_index(self) -> Dict[str, List[Tuple[str, str]]]:
        """(phrase, item) of every name and alias in ``phrases``, by the phrase's first character."""
        if self._phrase_index is None:
            index: Dict[str, List[Tuple[str, str]]] = {}
            for item_id, phrases in self.phrases.items():
                for phrase in phrases:
                    index.setdefault(phrase[0], []).append((phrase, item_id))
            self._phrase_index = index
        return self._phrase_index

    def under_specified(self, prepared: str) -> Optional[Tuple[str, ...]]:
        """The shared terms, longest first, when the message names nothing but terms that
        several items share and what they ask (身份证怎么办: 身份证; 公积金提取要多久: 公积金 and
        提取), and some item names them all (several terms: items of one kind, ids that differ
        in their last part only); else None. Asking words shared by aliases (多少钱, 多久能拿到)
        are no terms."""
        vague = self._vague(prepared)
        return vague[0] if vague else None

    def _vague(self, prepared: str) -> Optional[Tuple[Tuple[str, ...], set]]:
        """(``under_specified``'s terms, the items naming them all), or None."""
        text = prepared.split(" ")[0]
        by_first = self.shared_terms_by_first_char
        found = {t for c in set(text) for t in by_first.get(c, ()) if t in text}
        # (a term with a 了 that the term without it says as well: 失业了能领多少钱 offered 失业登记 and 离职提取, whose aliases
        # say 失业了, not 失业金; r70 QA)
        found = sorted((t for t in found if not (t.endswith("了") and t[:-1] in found)), key=lambda t: (-len(t), t))
        terms, rest, taken = [], text, set()
        spans = self._word_spans(text)
        for term in found:   # the longest, then the longest of what is left, …
            start = _free_occurrence(text, term, taken, spans)
            if start is not None and (not terms or len(_content(rest)) > 1):
                terms.append(term)
                taken.update(range(start, start + len(term)))
                rest = "".join(c for i, c in enumerate(text) if i not in taken)
        if not terms or len(_content(rest, ASPECT_ASKING)) > 1:
            return None  # more than the terms (and what they ask: 要多久, 多少钱): a precise question
        unique = self.unique_phrases_by_first_char
        if any(len(p) > len(terms[0]) and p in text for c in set(text) for p in unique.get(c, ())):
            return None  # it also names one item precisely (结婚登记)
        named = self.items_naming(terms, text)
        if len(terms) > 1 and len(named) == 1 and not any(all(_names_term(p, t, text) for t in terms)
                                                          for p in self.phrases[next(iter(named))]):
            return None   # several terms one item names only apart (孩子办 in 给孩子办医保, 户口 in another): no vague term
        # what else it says, when the names of some of them have it: 身份证补办 (居民身份证补领)
        said = set(_content(rest, ASPECT_ASKING))
        # (or one of its other names has it: 退休了养老金怎么领 is 正常退休申请 by its 领养老金, not only 资格认证 and 遗属待遇, whose
        # names say 领; r55 QA)
        by_name = {i for i in named if said <= set(self.names[i])}
        named = (by_name | {i for i in named if any(said <= set(p) for p in self.phrases.get(i, ()))}) if by_name else named
        if len(terms) > 1 and len({i.rsplit(".", 1)[0] for i in named}) > 1:
            return None   # terms of items of different kinds together: no one item's words
        return (tuple(terms), named) if named else None

    def _word_spans(self, text: str) -> List[Tuple[int, int]]:
        """(start, end) of each word of ``text`` as the segmenter cuts it; none if the words
        do not spell ``text`` again."""
        words = self._cut(text) if self._cut else []
        if "".join(words) != text:
            return []
        spans, start = [], 0
        for word in words:
            spans.append((start, start + len(word)))
            start += len(word)
        return spans

    def items_naming(self, terms: Sequence[str], text: str) -> set:
        """The items with a name or alias naming each of ``terms`` as ``text`` does: 离婚 in
        an alias 离婚证丢了 names the certificate, not the divorce of 我要离婚."""
        return {item_id for item_id, phrases in self.phrases.items()
                if all(any(_names_term(p, term, text) and not self._starts_inside_a_verb(p, term, text) for p in phrases)
                       for term in terms)}

    @staticmethod
    def _starts_inside_a_verb(phrase: str, term: str, text: str) -> bool:
        """Whether every ``term`` in ``phrase`` begins with the second character of a verb of another kind
        (``_KIND_VERBS``) that ``text`` does not say: 领结婚证 in 补领结婚证 is no way of saying 领结婚证 (我们想领结婚证 was
        offered 补领婚姻登记证 beside 结婚登记, r21 QA)."""
        found = [m.start() for m in re.finditer(re.escape(term), phrase)]
        return bool(found) and all(start > 0 and phrase[start - 1:start + 1] in _KIND_VERBS
                                   and phrase[start - 1:start + 1] not in text for start in found)

    @property
    def unique_phrases(self) -> List[str]:
        """Names and aliases that belong to exactly one item."""
        if self._unique_phrases is None:
            owners: Dict[str, set] = {}
            for item_id, phrases in self.phrases.items():
                for phrase in phrases:
                    owners.setdefault(phrase, set()).add(item_id)
            self._unique_phrases = sorted(p for p, ids in owners.items() if len(ids) == 1)
        return self._unique_phrases

    @property
    def unique_phrases_by_first_char(self) -> Dict[str, List[str]]:
        if self._unique_by_first is None:
            self._unique_by_first = _by_first_char(self.unique_phrases)
        return self._unique_by_first

    @property
    def shared_terms_by_first_char(self) -> Dict[str, List[str]]:
        """The ``shared_terms`` with two characters or more of content (not 多少钱, 多久能拿到:
        asking words some aliases share), by their first character."""
        if self._shared_by_first is None:
            self._shared_by_first = _by_first_char(
                [t for t in self.shared_terms if len(_content(t, ASPECT_ASKING)) >= 2])
        return self._shared_by_first

    @property
    def shared_terms(self) -> List[str]:
        """Chinese terms (2-6 characters) found in the names or aliases of at least two items."""
        if self._shared_terms is None:
            owners: Dict[str, set] = {}
            for item_id, phrases in self.phrases.items():
                for phrase in phrases:
                    for size in range(2, 7):
                        for start in range(len(phrase) - size + 1):
                            term = phrase[start:start + size]
                            if all("\u4e00" <= c <= "\u9fff" for c in term):
                                owners.setdefault(term, set()).add(item_id)
            self._shared_terms = sorted(w for w, ids in owners.items() if len(ids) >= 2)
        return self._shared_terms

    @property
    def phrases(self) -> Dict[str, List[str]]:
        """Normalised names and aliases of each item (two characters or more), and a name's part before its bracket when
        no other item's name starts so (我要办出生登记: 出生登记（新生儿入户） named, not "not sure" between it and
        《出生医学证明》; r56 QA — not 户口迁移 of five items)."""
        if self._phrases is None:
            cores = {item_id: normalise(re.split(r"[（(]", name, 1)[0]) for item_id, name in self.names.items()}
            shared = Counter(cores.values())
            self._phrases = {
                item_id: [p for p in (normalise(x) for x in [name] + self.aliases.get(item_id, [])) if len(p) >= 2]
                + ([cores[item_id]] if len(cores[item_id]) >= NAME_CORE_CHARS and shared[cores[item_id]] == 1
                   and cores[item_id] != normalise(name) else [])
                for item_id, name in self.names.items()
            }
        return self._phrases

    # --- persistence -------------------------------------------------------
    def save(self, path: Path) -> None:
        state = {k: v for k, v in self.__dict__.items() if not k.startswith("_")}
        analyzer, self.word_vectorizer.analyzer = self.word_vectorizer.analyzer, None
        try:
            Path(path).write_bytes(pickle.dumps(state))
        finally:
            self.word_vectorizer.analyzer = analyzer

    @classmethod
    def load(cls, path: Path, cut: Callable[[str], List[str]]) -> "ItemLinker":
        state = pickle.loads(Path(path).read_bytes())
        linker = cls(**state)
        linker._cut = cut
        linker.word_vectorizer.analyzer = linker._words
        linker.shared_terms_by_first_char  # computed now, not on the first message
        linker.unique_phrases_by_first_char
        linker.phrase_index
        linker.class_index
        linker.outside_patterns
        return linker


def _by_first_char(words: Sequence[str]) -> Dict[str, List[str]]:
    """``words`` grouped by their first character, in their order."""
    index: Dict[str, List[str]] = {}
    for word in words:
        index.setdefault(word[0], []).append(word)
    return index


# words that make a term into a thing of its own: 离婚证 (the certificate), 结婚记录, 出生档案
_THING_AFTER = ("证", "记录", "档案")


# verbs of a kind of procedure whose second character begins other terms (补领 / 领结婚证)
_KIND_VERBS = frozenset({"补领", "换领", "申领", "代领", "补办", "换办", "代办", "补换", "补发", "换发"})


def _names_term(phrase: str, term: str, text: str) -> bool:
    """Whether ``phrase`` has ``term`` other than as part of a thing ``text`` does not name
    (``_THING_AFTER``: 离婚证 in 离婚证丢了, for a message 我要离婚)."""
    start = phrase.find(term)
    while start >= 0:
        after = phrase[start + len(term):]
        if not any(after.startswith(word) and term + word not in text for word in _THING_AFTER):
            return True
        start = phrase.find(term, start + 1)
    return False


def _said_apart(text: str, phrase: str, span: Tuple[int, int]) -> bool:
    """Whether ``phrase`` occurs in ``text`` somewhere not overlapping ``span``."""
    start = text.find(phrase)
    while start >= 0:
        if start + len(phrase) <= span[0] or start >= span[1]:
            return True
        start = text.find(phrase, start + 1)
    return False


def _plain(text: str) -> str:
    """``text`` normalised (``bot.text.normalise``), runs of whitespace as one space, without
    leading courtesy clauses (unless nothing else is said); a rambling message (over
    ``MAX_CHARS``) as its start and its end, which say most."""
    text = text or ""
    if len(text) > MAX_CHARS:
        text = text[: MAX_CHARS // 2] + " " + text[-MAX_CHARS // 2:]
    text = _SPACE.sub(" ", normalise(text)).strip()
    rest = _COURTESY.sub("", text).strip()
    return rest if sum(c.isalnum() for c in rest) >= 2 else text


# a measure word between the verb and the thing (办个结婚证, 补个身份证, 办一下护照, 办本护照): said
# without it, as the names and examples say it (办结婚证). The examples of 补领 and 换发 say 补个 and
# 换个 far more than those of 首次申领 and 结婚登记 say 办个, so the 个 alone took 办个结婚证 to 补领.
# Not a word the measure word begins (办个体户, 补个人社保, 办本人的, 办下来了吗).
_MEASURE = r"(?:一个|个|一张|张|一本|本|一下)(?=[\u4e00-\u9fff])(?![体人税性月来])(?!地|市|科|省|区|县)"
_MEASURE_WORD = re.compile(r"(?<=[办领补换考请])" + _MEASURE)


# what befell the thing just named, said as a clause of its own (我要办身份证，丢了，好着急; 身份证 丢了;
# 护照😭过期了): said on, as 身份证丢了 is, whose words the examples of 补领 have; apart, 丢了 was left
# a lone character beside 办身份证 and the message read as 首次申领
_BEFELL_APART = re.compile(r"[\W_]+(?=(?:又|也|都|已经|早就|刚刚?|不小心|被人?)?(?:弄|搞|给)?"
                           r"(?:丢|掉了|坏|损坏|过期|到期|快到期|要到期|被偷|被盗|被抢|偷了|没了|找不到|不见|遗失"
                           r"|烂了|破了|满了|作废|失效|消磁))")


# a thing damaged by something (身份证被火烧坏了, 驾照被狗咬烂了, 社保卡泡水弄坏了): 坏了, as the examples of 换领
# say it; its 被 read as the 被偷了 of 补领's examples
_DAMAGED_BY = re.compile(r"(?:被[^\W\d_]{0,3}?)?(?:烧|泡|洗|咬|撕|剪|压|折|摔|晒|磨|弄|搞)(?:坏|烂|破|断|花)了")
_DOCUMENT_JUST_BEFORE = re.compile(DOCUMENT_END + r"[^\W\d_]{0,2}$")   # (a document's, not 腿摔断了)


def _damage_read(text: str) -> str:
    """``text`` with a document's damage said with what did it as 坏了 (``_DAMAGED_BY``)."""
    return _DAMAGED_BY.sub(lambda m: "坏了" if _DOCUMENT_JUST_BEFORE.search(text[max(0, m.start() - 4):m.start()])
                           else m.group(), text)


# 有 (有没有) before an allowance asked about (生二胎有补贴吗, 残疾人有没有补助): said without it, as the names and
# aliases say the allowance of a thing (生二胎补贴: 育儿补贴, not the 生育登记 of 生二胎)
_HAS_ALLOWANCE = re.compile(r"(?<=[\u4e00-\u9fff])有(?:没有)?(?=(?:什么|啥|哪些)?(?:补贴|津贴|补助|救助金))")


# a personal number said in a message, with what it is (我身份证号是…, 手机138…): nothing about the item asked
# (身份证号 and the digits took 我想提取公积金 to 不动产变更登记, whose alias is 身份证号变了改房产证)
_PERSONAL_NUMBER = re.compile(r"(?:我的?|本人|俺的?)?(?:身份证号码?|身份证|手机号码?|电话号码?|手机|电话|银行卡号?|卡号)"
                              r"(?:是|为|:)?\s*[\d*xX][\d*xX \-]{6,}|\d[\d*]{10,}[xX]?")


# documents listed with one fate said once for all (身份证和户口本都丢了, 驾照、行驶证都过期了): each said with its
# fate (身份证丢了、户口本丢了), as the examples and the services outside the catalog say them; said once, the
# first document was left a bare word (户口本 read as 户口本改名's) and the phrase 户口本丢了 never occurred
_DOCUMENT_SAID = r"[\u4e00-\u9fff]{0,5}?" + DOCUMENT_END
_FATE_SHARED = re.compile(r"(?P<documents>" + _DOCUMENT_SAID + r"(?:(?:和|跟|与|、|还有|以及)" + _DOCUMENT_SAID + r")*)"
                          r"(?P<together>也都|全都|都|全|也|一块儿|一块|一起|一并|同时)?"
                          r"(?P<fate>(?:弄|搞|给)?(?:丢了|丢失了|遗失了|掉了|不见了|找不到了|被偷了|被盗了|被抢了|坏了|损坏了"
                          # (身份证和户口本一块儿补办: the 户口本 part read 户口登记变更; r71 QA)
                          r"|过期了|到期了|快到期了|没了|补办|补领|去补办|去补))")
_LIST_BETWEEN = re.compile(r"和|跟|与|、|还有|以及")


def fate_shared(text: str) -> str:
    """``text`` with each document of a list said with the fate said once after the list
    (``_FATE_SHARED``): 身份证和户口本都丢了怎么办 → 身份证丢了、户口本丢了怎么办; one document said
    without its 都 (我和老婆的身份证都丢了 → …身份证丢了: the 都 stood between the words of 身份证丢了); a 也
    of one document stays (身份证丢了，户口本也丢了: it joins two things)."""
    def each(m: "re.Match") -> str:
        documents = [d for d in _LIST_BETWEEN.split(m.group("documents")) if d]
        if len(documents) == 1 and (m.group("together") or "").startswith("也"):
            return m.group()
        return "、".join(d + m.group("fate") for d in documents)
    return _FATE_SHARED.sub(each, text)


# 走了 said of a parent or an elder at the end of a clause is 去世了 (我老汉儿上个礼拜走了，医院开了死亡证明):
# the examples say 去世
_PASSED_AWAY = re.compile(r"((?:老汉儿?|老爷子|老太太|老人家?|父亲|母亲|爸爸?|妈妈?|爹|娘|爷爷|奶奶|外公|外婆|姥姥|姥爷|老伴儿?"
                          r"|公公|婆婆|岳父|岳母|丈人|丈母娘)[^\W\d_]{0,8}?)走了(?=[\W_]|$)")


# a child just born said as people say it (我儿子刚生出来一个礼拜 户口咋上: out of scope; r23 QA): 出生, as the examples say
_BORN = re.compile(r"((?:孩子|小孩|宝宝|娃娃?|儿子|女儿|闺女|二宝|三宝|老二|老三|小宝)(?:刚刚?|才|是)?)(?:生出来|生下来|落地|出世)(?:的|了)?")


# the licence to drive said by what it is for (就是开车那个, 开车的证: 身份证换领 was read; r24 QA): 驾驶证
_DRIVING_LICENCE = re.compile(r"开车(?:的|用的|要的)?(?:那个|那张)?证(?!明)|开车(?:的|用的)?那个(?=[\W_]|$)")


# 弄个 / 搞个 (想弄个居住证): 办, as the examples say it (弄 alone stays: 弄丢了)
_GET_ONE = re.compile(r"(?:弄|搞)" + _MEASURE)


# a space between two clauses typed as people type them (我爸去世了 抚恤金怎么领): a comma, as the rest of the
# reading takes the first space-separated piece for the message (what follows it is the spelling's guesses)
_CLAUSE_SPACE = re.compile(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])")


# a document the caller says they do not have, asking whether it can be done without (没有结婚证可以吗): not
# the document's item (it took 孩子上户口…没有结婚证可以吗 to 补领婚姻登记证)
# (only a document the message names as needed too: 没有身份证能坐飞机吗 asks of the 身份证 itself)
_LACKING = re.compile(r"(?:没有|没)(?P<document>[^\W\d_]{1,5}(?:证明|证|本|簿|卡))(?=(?:也|还)?(?:可以|能|行|怎么办|咋办|办得了))")


def _read_together(text: str) -> str:
    """``text`` without ``_MEASURE_WORD``s (弄个 / 搞个 as 办), with what befell a thing said on after
    it (``_BEFELL_APART``), without a personal number (``_PERSONAL_NUMBER``), damage as 坏了
    (``_DAMAGED_BY``), an allowance without its 有 (``_HAS_ALLOWANCE``), one fate of listed documents
    said of each (``fate_shared``), a parent's passing, a child's birth and the driving licence said as the
    examples say them (``_PASSED_AWAY``, ``_BORN``, ``_DRIVING_LICENCE``),
    the spaces between its clauses as commas (``_CLAUSE_SPACE``), without a document it lacks
    (``_LACKING``), with a thing to be done said with 把 as 办 it (``_BA_DONE``), lost by one's doing as lost
    (``_LOST_BY``), stolen as 被偷 (``_STOLEN``), laid off as 被裁员 (``_LAID_OFF``), without a thing set aside
    (``_SET_ASIDE``) and whose document it is said without its 的 (``_WHOSE_DOCUMENT``), without asking it said again
    (``_SAY_AGAIN``), and a document to be done then what to it as one (``_DONE_THEN_STATE``)."""
    text = _PERSONAL_NUMBER.sub("", text)
    text = fate_shared(_damage_read(_HAS_ALLOWANCE.sub("", _CLAUSE_SPACE.sub("，", text))))
    text = _LACKING.sub(lambda m: "" if text.count(m.group("document")) > 1 else m.group(), text)
    text = _DRIVING_LICENCE.sub("驾驶证", _BORN.sub(r"\1出生", text))
    text = _BA_DONE.sub(lambda m: _DOING.get(m.group("verb"), m.group("verb")) + m.group("thing"), text)
    text = _STOLEN.sub("被偷", _LAID_OFF.sub("被裁员了", _WHERE_BEFELL.sub("", text)))
    text = _WAGES_HELD.sub(r"拖欠\g<whose>\g<wages>", _REPORTED_LOST.sub(r"\g<document>丢了", text))
    text = _WHOSE_DOCUMENT.sub(r"\1", _LOST_BY.sub("", _SET_ASIDE.sub("", _SAY_AGAIN.sub("", text))))
    text = _DONE_THEN_STATE.sub(r"\g<state>\g<document>", text)
    return _PASSED_AWAY.sub(r"\1去世了", _BEFELL_APART.sub("", _MEASURE_WORD.sub("", _GET_ONE.sub("办", text))))


# a document to be done, then what is to be done to it (哪里能办社保卡补办: 办社保卡, 社保卡申领's alias, read at 0.83; r69 QA): said
# as the examples say it (补办社保卡)
_DONE_THEN_STATE = re.compile(r"(?:办|弄|搞)(?:个|一个|张|一张)?(?P<document>[\u4e00-\u9fff]{1,5}?(?:证|卡|本|簿|照))"
                              r"(?P<state>补办|补领|换领|挂失|换证|补证|换卡|补卡)")


# asked to be said again (刚才那个护照的地点再说一下: out of scope at 0.07, 护照的地点 0.56; r68 QA): nothing asked of an item
_SAY_AGAIN = re.compile(r"(?:再|重新)(?:说|讲|发|告诉我|给我说|跟我说)(?:一下|一遍|一次|下)|重复(?:一下|一遍|下)"
                        r"|^(?:那)?(?:刚才|刚刚|之前|前面)(?:那个|说的|问的|的)")


# a thing to be done said with 把 (顺便把护照也办了, 把社保卡给办一下): 办 it, as the examples say it; said after it, its 办了
# read as done already (护照办了: 普通护照换发; r35 QA)
# (顺便把身份证也换了吧, 顺手把社保卡也补办了: the verb said as it is; r36 QA)
_BA_DONE = re.compile(r"把(?P<thing>[^\W\d_]{1,8}?)(?:也|都|一起|顺便|一块|一块儿)?(?:给)?"
                      r"(?P<verb>补办|换领|办理|办|弄|搞|换|补)(?:了|一下|下)")
_DOING = {"弄": "办", "搞": "办", "办理": "办"}
# a thing set aside (算了先不管护照 驾驶证到期换证要啥 to 护照补发's situations: 护照换发's notice, 驾驶证 to come; r37 QA):
# not asked
_SET_ASIDE = re.compile(r"(?:先)?(?:不管|不说|不问|不办|放一放|放一边)(?:了)?(?:那个|这个)?[^\W\d_]{1,6}?(?:了|的事)?(?=[，,。！!？?\s]|$)"
                        r"|[^\W\d_]{1,6}?(?:的事)?(?:先)?(?:不管|不说|不问|不办)了(?=[，,。！!？?\s]|$)")
# whose document, said with 的 (孩子的社保卡咋办: 社保卡启用, whose situations say 未成年人…代为启用; r37 QA): without it, as the
# examples say it (孩子社保卡怎么办: 社保卡申领)
_WHOSE_DOCUMENT = re.compile(r"(孩子|小孩|宝宝|娃娃?|儿子|女儿|闺女|老人|老婆|老公|媳妇|爸爸?|妈妈?|父母|爷爷|奶奶)的(?=[\u4e00-\u9fff]{0,4}"
                             + DOCUMENT_END + ")")
# lost by one's doing (身份证弄丢了 补一个要带啥: 社保卡补领 offered beside 身份证补领; r36 QA): 丢了, as the examples say it
_LOST_BY = re.compile(r"(?:给)?(?:弄|搞)(?=丢|掉了|没了)")
# laid off, said with 把 (公司上礼拜把我裁了 …公积金能不能一次性取出来: 退休提取; r48 QA): 被裁员, as the examples say it
_LAID_OFF = re.compile(r"把(?:我|他|她|俺|我们|我老公|我老婆|我爱人)(?:给)?(?:裁|辞|辞退|开除|开|炒|炒鱿鱼)(?:了|掉了)")
# stolen, said as the guides say it (护照被盗了, passport got stolen: 普通护照换发, whose guide says 遗失被盗补发均适用; r48 QA):
# 被偷, as the examples say it
_STOLEN = re.compile(r"被盗|失窃|被扒|被小偷偷|被人(?:给)?偷")
# where a thing was lost or stolen (护照在地铁上被人偷了: "not sure" of 补发; 护照在地铁上丢了: 换发 first; r50): the case,
# not the item; said before the loss, or after it (丢在出租车上了)
_WHERE_BEFELL = re.compile(r"(?:在|于)[^\W\d_]{1,6}?(?:上|里|中|附近|门口|旁边|那边|那儿|那里)"
                           r"(?=[^\W\d_]{0,8}?(?:偷|丢|掉了|盗|抢|扒|落下))"
                           r"|(?<=[丢落掉])在[^\W\d_]{1,6}?(?:上|里|中|附近|门口|旁边)(?=了)")
# a document with no loss item of its own said reported lost (我身份证昨天已经在派出所挂失了: 换领 at 0.44; r51 QA): lost, as
# the examples say it (a card's 挂失 is an item of its own: 社保卡挂失)
_REPORTED_LOST = re.compile(r"(?P<document>身份证|户口本|户口簿|驾驶证|驾照|护照|通行证|结婚证|离婚证|营业执照|行驶证|出生证)"
                            r"[^，,。？?！!\s]{0,10}?挂(?:了)?失(?:了|过了|过)")
# wages held back said otherwise (老板拖了我俩月工资: "not sure" of 劳动保障监察; r50): 拖欠, as the examples say it
_WAGES_HELD = re.compile(r"(?<![拖克])(?:拖(?!欠)|欠|压)(?:了|着)?(?P<whose>我|俺|我们|俺们|他|她|他们|工人)?(?:的)?"
                         r"(?P<wages>(?:[^\W\d_]{0,3}?|\d{1,2}个?)月?(?:的)?(?:工资|工钱|薪水))")


# a clause saying a document is already in hand (出生证已经拿到了, 医院开了死亡证明, 孩子有出生证了):
# the document is what the next step needs, not what is asked; ``ItemLinker.rank`` reads the
# message again without such clauses when its best item issues the document (…，现在想给他上户口
# is 出生登记, not 出生医学证明's issue)
_HAD = re.compile(r"(?:已经|已)(?:拿到|领到|领了|拿了|有了|开了|开好|开出来|办好|办了|办下来|下来|到手)|拿到了|领到了|开好了"
                  # (出生证到手了，娃的户口咋落: 出生医学证明首次签发; r73 QA)
                  r"|到手了|拿到手了|在手上了|(?:也|都)(?:领|拿|开)(?:了|到了|好了)"
                  # (刚扯了结婚证，户口要迁去我老婆那: 补领婚姻登记证; r74 QA)
                  r"|扯了|扯完|领完"
                  r"|开出来了|办好了|办下来了|开了|办了|领了|有了|下来了"
                  r"|有[^\W\d_]{0,6}(?:证明|证|执照|户口本|户口簿|护照|驾照|卡)了"
                  # still valid (港澳通行证还有效 想续签去香港旅游: the 签注, not the 通行证 itself; r19 QA)
                  r"|还有效|还在有效期|在有效期内|有效期内")
_DOCUMENT = re.compile(r"证明|证|执照|户口本|户口簿|本子|卡|书|护照|驾照")
# what a document in hand attests, before its word (出生 of 出生证, 出生医学证明; 结婚 of 结婚证; 死亡 of 死亡证明)
_DOCUMENT_STEM = re.compile(r"([\u4e00-\u9fff]{2})(?:医学)?(?:证明|证)")
NEXT_STEP_AMONG = 5   # the items, best first, among which the next step after a document in hand is looked for
NEXT_STEP_MIN_SCORE = 0.03
_DOCUMENT_WORD_END = re.compile(r"证明|证(?!明)|执照|户口本|户口簿|护照|驾照")   # where a document's name ends
# ...but a clause that asks (办好了吗, 开了证明还要什么) or says not yet (还没办下来) is a question
_ASKS_OR_NOT_YET = re.compile(r"吗|么|什么|怎|咋|哪|多少|几|能不能|可不可以|可以|需要|要不要|还要|呢|没|未|不")
# (the full-width comma too: ``_read_together`` puts one between clauses said apart by a space)
_CLAUSE_END = re.compile(r"([,.;!?:\s，]+)")
# a document in hand said at the start of a clause that goes on (出生证拿到了怎么上户口): a clause of its own
_HAD_THEN = re.compile(r"^[^\W\d_]{0,6}?(?:证明|证|执照|户口本|户口簿|护照|驾照)(?:已经|已|都|也)?"
                       r"(?:拿到|领到|拿|领|开好|开出来|办好|办下来|下来|有)了(?=[^\W\d_])")
# ...or said as what comes after it (出生医学证明之后的户口登记: 出生医学证明首次签发 at 0.68; r88 QA): read as in hand
_AFTER_DOCUMENT = re.compile(r"^(?P<document>[^\W\d_]{0,6}?(?:证明|证|执照|户口本|户口簿|护照|驾照))"
                             r"(?:办完|办好|开完|开好|拿到|领到|到手)?(?:了)?(?:之后|以后)(?:的|呢)?[,，]?(?=[^\W\d_])")
# what the rest asks when it asks only what comes next (营业执照下来了，接下来要干嘛): the whole is read
_WHAT_NEXT = ("接下来", "然后", "下一步", "干嘛", "干啥", "做啥", "做什么", "还要", "还得", "接着", "之后", "后面")


# why someone else goes (我腿脚不好, 年纪大了, 人在外地) and who is sent (想让我闺女替我去把…, 叫儿子帮我去…):
# who goes, not what is done; a message read out of scope with them is read again without them
# (我腿脚不好 想让我闺女替我去把社保卡补了 行不行: out of scope at 0.12, 社会保障卡补领 without)
_WHY_SENT = re.compile(r"(?:(?:我|俺|本人)?(?:也|又)?(?:(?:腿脚|腿|脚|身体|眼睛)(?:也|都)?(?:不好|不方便|不太好|不太方便|不行)"
                       r"|(?:年纪|岁数)(?:也|都)?大了|行动不便|走不动(?:路|了)?|(?:人)?在(?:外地|外省|国外|外面)(?:上班|打工|工作)?"
                       r"|(?:住院|生病|病)了|(?:上班|工作)(?:太)?忙|没(?:空|时间)(?:回去|回来|过去|去)?"
                       # (我在外地上班回不去 公积金提取能让我妈去帮我办不: out of scope; r49 QA)
                       r"|(?:回|过|去)不(?:去|来)|去不了|来不了|走不开|抽不开身|没法(?:去|过去|回去))(?:了)?[,.;!?\s]*)+(?:所以)?")
_SENT = re.compile(r"(?:想|能不能|能否|可不可以|可以|能)?(?:让|叫|请|托)(?:我|俺)?(?:的|家)?"
                   r"(?:闺女|女儿|儿子|孩子|老伴|老公|老婆|媳妇|爱人|家里人|家人|亲戚|朋友|同事|别人|他人|其他人"
                   r"|妈|爸|妈妈|爸爸|老妈|老爸|父母|爸妈|哥|姐|弟|妹|哥哥|姐姐|弟弟|妹妹)"
                   r"(?:(?:替|帮|代)(?:我|俺)?(?:去)?|去)(?:把|给)?")   # (让孩子上学: nobody sent)


def _without_errand(text: str) -> str:
    """``text`` without why someone else goes and who is sent (``_WHY_SENT``, ``_SENT``), and without the asker's
    age and sex (``_AGE_OR_SEX``), where they live (``_WHERE_I_LIVE``) and where they work (``_WHERE_I_WORK``)."""
    read = _WHERE_I_LIVE.sub(" ", _AGE_OR_SEX.sub(" ", _SENT.sub(" ", _WHY_SENT.sub(" ", text))))
    read = _WHERE_I_WORK.sub(" ", read).strip()
    return _RETIRING_SAID_SHORT.sub(r"\g<0>休", read)


# retiring said short (她几岁退, 今年能退不, 啥时候能退: out of scope once the age and birth month are left out; r33 QA)
_RETIRING_SAID_SHORT = re.compile(r"(?:几岁|啥时候|什么时候|能|可以|到点了?|该)退(?!休|款|费|货|税|钱|押|役|伍|出|回|学|房|订|票)")


# where the asker lives, a district or county (公积金取钱在哪取啊 我在朝阳区: out of scope, p(none) 0.07 against 0.01
# without it; r29 QA)
_WHERE_I_LIVE = re.compile(r"(?:我|俺|我们|俺们|我家)(?:是|在|住在|住)[^\W\d_]{1,5}?(?:区|县)(?:的|这边|那边|这块)?(?=$|[，,。!！?？\s])")


# where the asker (or the one asked about) works, said as a clause of its own (在车间当工人, 在厂里上班): the case, not
# the item (我老婆1972年8月出生 在厂里上班 几岁退: out of scope; 本人女…在车间当工人 啥时候能退休 offered 机动车年检 for the
# 车 of 车间; r34 QA). Not a workplace that goes on with what happened there (我在工地搬钢筋时摔伤了).
_WHERE_I_WORK = re.compile(r"(?:我|俺|本人|她|他)?(?:一直|现在|以前)?在(?:车间|厂里|工厂|厂子|单位|公司|企业|机关|事业单位|工地)(?:里)?"
                           r"(?:当|做|干|上班|工作|打工|干活)(?:工人|干部|管理岗|技术岗|普工|职工|会计|司机|的)?(?=$|[，,。!！?？\s])")


# a correction's lead (不是这个 我说的是台湾的: out of scope, p(none) 0.98, while 台湾的 alone reads 赴台 at 0.57; r26 QA)
# (and of a turn to another thing: 算了不问这个了 问下产检能报销吗 stayed with 生育津贴; r26 QA)
_CORRECTION_LEAD = re.compile(r"^(?:(?:哦|噢|啊|呃|诶|哎|等一下|等等|不好意思|对不起|抱歉)[，,。!！\s]*)*"
                              r"(?:(?:不对|不是这个|不是[^，,。!！\s]{0,6}?(?=[，,。!！\s])|错了"
                              r"|(?:我|俺)?(?:刚才|刚刚)?(?:说错了|搞错了|弄错了))(?:不对)?[，,。!！\s]*"
                              r"(?:我|俺)?(?:刚才)?(?:说的|问的|要的|要办的|想问的|想办的)?(?:是|其实是)"
                              # (or a bare 不对 and the case instead: 不对不对，房子是我爸留下来的; r50 QA)
                              r"|(?:不对|不是这样|不是这个|错了)(?:不对|了)?[，,。!！\s]+(?=[^\W\d_])"
                              r"|算了[，,。!！\s]*(?:不问这个了?|不说这个了?|换个问题|问点别的)?[，,。!！\s]*"
                              r"(?:我)?(?:想|再)?(?:问下|问一下|问问|问个)?"
                              # (对了我想顺便问下 离婚的话去哪办 要带啥: out of scope at 0.11; r31 QA)
                              r"|(?:对了|顺便|另外)[，,。!！\s]*(?:我)?(?:想|再)?(?:顺便)?(?:问下|问一下|问问|问个)[，,。!！\s]*)")


def _without_correction(text: str) -> str:
    """``text`` without the lead of a correction (``_CORRECTION_LEAD``), when something is left."""
    rest = _CORRECTION_LEAD.sub("", text)
    return rest if _content(rest) else text


_ASKS = re.compile(r"怎么|咋|吗|哪|多少|什么|啥|能不能|可不可以|要不要|如何")


def _last_asking_clause(text: str) -> str:
    """The last clause of ``text`` that asks (他的社保要怎么转过去 of 好朋友要搬去深圳了，今天跟我们说了再见，他的社保要怎么转过去:
    the story's 再见 drowned it, "not in scope"; r56 QA), when there are others before it; "" otherwise."""
    clauses = [c for c in _CLAUSES.split(text) if c]
    asking = [c for c in clauses if _ASKS.search(c) and len(_content(c)) >= MIN_WINDOW_CONTENT]
    return asking[-1] if asking and len(clauses) > 1 else ""


def _without_asking_clauses(text: str) -> str:
    """``text`` without its clauses of asking words only (养老金怎么领，要去哪里办手续: out of scope at p(none) 0.35, the
    first clause alone in scope; r26 QA), when a clause with content is left."""
    clauses = [c for c in _CLAUSES.split(text) if c]
    kept = [c for c in clauses if not asks_only(c, tuple(ASPECT_ASKING))]
    return "，".join(kept) if kept and len(kept) < len(clauses) else text


_CLAUSES = re.compile(r"[，,。？?！!；;\s]+")


# the asker's age and sex, told as the case (我58了女的 养老金怎么领: out of scope at 0.08, p(none) 0.82, r26 QA; 养老金怎么领
# alone is in scope): who asks, not what; a number not said to be an age (交了15年) stays
# (not another's: 孩子三岁了，公办幼儿园怎么报名 is out of scope, the age of who a service is for)
# (an age is a number with 岁 or 了 after it: not 我三个月 of 公司拖欠我三个月工资了)
_AGE_OR_SEX = re.compile(r"(?:我|俺|本人)(?:今年|已经|都)?(?:快|满|刚满)?(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:周岁|岁|(?=了))(?:了)?"
                         r"|(?:我|俺)(?:是)?(?:女的|男的)|^(?:是)?(?:女的|男的)|(?<=[，,\s了])(?:女的|男的)"
                         # (男 61岁 1964年3月生的…到点了吗, 我是女的 今年55 在单位是管理岗 现在能退休吗: out of scope; r29 QA)
                         r"|^(?:男|女)(?=[，,\s])|(?:^|(?<=[，,\s男女的]))(?:今年|已经)?\d{2}(?:周岁|岁)|(?<=[，,\s])今年\d{2}(?=$|[，,\s])"
                         r"|(?:19|20)?\d{2}年\d{1,2}月(?:份)?(?:出生的?|生的|生)")


def _had_clauses(text: str) -> Tuple[str, str]:
    """(``text`` without the clauses that say a document is already in hand (``_HAD``), those
    clauses) when another clause says something else than what comes next; else (``text``, "")."""
    read = _AFTER_DOCUMENT.sub(lambda m: m.group("document") + "拿到了,", text)
    pieces = _CLAUSE_END.split(_HAD_THEN.sub(lambda m: m.group() + ",", read)) + [""]   # clause, its end, …
    had = [clause for clause in pieces[::2]
           if _HAD.search(clause) and _DOCUMENT.search(clause) and not _ASKS_OR_NOT_YET.search(clause)]
    if not had:
        return text, ""
    kept = [clause + end for clause, end in zip(pieces[::2], pieces[1::2]) if clause not in had]
    rest = "".join(kept).lstrip(" ,.;!?:").rstrip(" ,;:")
    if len(_content(rest, ASPECT_ASKING)) >= 2 and not asks_only(rest, _WHAT_NEXT):
        return rest, ",".join(had)
    return text, ""


_OFFICE_SUFFIXES = ("局", "所", "中心", "大厅", "窗口")


def _free_occurrence(text: str, term: str, taken: set, spans: Sequence[Tuple[int, int]]) -> Optional[int]:
    """Where ``term`` occurs in ``text`` on characters not ``taken`` and without cutting a
    word of ``spans`` that has content outside the term: in 公积金租房提取 (公积金/租房/提取) the
    shared term 房提取 would take the 房 of 租房 and leave 租 alone; 社保卡 in 社保卡怎么办, one
    word, leaves only asking words, and 社保 in 社保局 only its office."""
    def other(part: str) -> bool:   # content that is not the term's office (社保局, 车管所)
        return bool(_content(part, ASPECT_ASKING)) and part not in _OFFICE_SUFFIXES

    start = text.find(term)
    while start >= 0:
        end = start + len(term)
        if not taken.intersection(range(start, end)) and not any(
                other(text[a:start]) or other(text[end:b]) for a, b in spans if a < end and b > start):
            return start
        start = text.find(term, start + 1)
    return None


def _content(text: str, also: Sequence[str] = ()) -> str:
    """``text`` without the words that only ask how/where/what (and the words ``also``), and
    without punctuation."""
    for filler in list(FILLERS) + list(also):
        text = text.replace(filler, "")
    return _NOT_CONTENT.sub("", text)


def _tfidf_row(vectorizer, text: str, caches: Dict[int, tuple]) -> Tuple[np.ndarray, np.ndarray]:
    """(columns, values) of ``vectorizer.transform([text])`` for a fitted TfidfVectorizer with
    sublinear tf and L2 rows, computed with plain dictionaries (sklearn builds several scipy
    matrices, and its idf vector, for every short message)."""
    cache = caches.get(id(vectorizer))
    if cache is None:
        cache = caches[id(vectorizer)] = (
            vectorizer.build_analyzer(), vectorizer.vocabulary_, np.asarray(vectorizer.idf_, dtype=np.float64))
    analyze, vocabulary, idf = cache
    counts = feature_counts(analyze, vocabulary, text)
    columns = np.fromiter(sorted(counts), dtype=np.int32, count=len(counts))
    values = np.array([counts[c] for c in columns.tolist()], dtype=np.float64)
    if vectorizer.sublinear_tf:
        values = np.log(values) + 1
    values *= idf[columns]
    norm = np.sqrt((values ** 2).sum())
    if norm > 0 and vectorizer.norm == "l2":
        values /= norm
    return columns, values


def _l2(matrix):
    from sklearn.preprocessing import normalize

    return normalize(matrix, norm="l2", axis=1)
