"""The service items a message names one after another ("身份证和驾驶证都丢了怎么办",
"开饭店要办营业执照、食品经营许可"), so the answer can say what else was asked.

The linker ranks a message as a whole and answers for its best item. Here a message that
lists things (和 / 跟 / 与 / 以及 / 还有 / 、 ...) is cut at those words (each part running to
the end of its clause at most), a message that asks two or more questions is cut into its
question clauses, and each part is linked on its own. A part that is clear names its item; a part that names
only a term several items share (身份证: 首次申领, 换领, 补领) is settled by the whole
message (身份证 ... 丢了 → 补领), and stays out when the message does not settle it. Names
and aliases that themselves hold a list word (补领、换领机动车号牌、行驶证、登记证书) are never
cut. Only messages naming two or more different items get a result.

Plain Python over ``bot.linking.ItemLinker``; measured on tests/fixtures/multi_items.tsv by
``python -m bot evaluate-named`` (README → Measured figures).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Set, Tuple

from bot.kinds import HOUSING_FUND
from bot.linking import Candidate, ItemLinker, Ranking, _by_first_char, _plain, fate_shared
from bot.spelling import EVERYDAY_TERMS
from bot.text import DOCUMENT_END
from knowledge.asking import asks_only
from knowledge.guides import family_key
from knowledge.life_events import default_events
from knowledge.topics import in_topic, topic_mentioned

# words that join things in a list; a message without one is not cut at all
LIST_WORDS = ("以及", "还有", "另外", "加上", "顺便", "顺手", "顺带", "同时", "并且", "或者", "和", "跟", "与", "及", "、")
# ...and, opening a clause, a second need (我要换护照，还要补社保卡: the passport alone; r59 QA)
_ALSO_NEED = r"(?<=[，,；;。\s])(?:也)?(?:还要|也要|还得|还想|也想)"
_LIST = re.compile("|".join(re.escape(w) for w in LIST_WORDS) + "|" + _ALSO_NEED)
# where a clause ends: a part runs no further
_CLAUSE_MARK = re.compile(r"[，,；;。？?！!：:\s]")
# the things of a message counted out: 一个是身份证丢了，一个是驾驶证到期了; 一是…二是…; 第一…第二…
# (each at the start of a clause; two or more of them make a list without a list word)
_ENUMERATOR = re.compile(r"(?:^|(?<=[，,；;。？?！!：:\s]))(?:另外一个是|另一个是|还有一个是|一个是|第[一二三四1-4]个?(?:是|事)?|[一二三四]是)")
# a clause that asks something
_QUESTION = re.compile(r"怎么|怎样|咋|如何|哪|吗|么|呢|能不能|能否|可不可以|是否|要不要|多久|多长时间|多少|什么|啥|几"
                       # (X不 asked: 失业以后能领点钱不 after a question of the fund, dropped; r50 QA)
                       r"|(?:能|可以|要|会|行|有)[^\W\d_]{0,8}不$")
# a list with one of these is what to bring or hand in ("要带身份证和户口本吗", "户口本、房产证
#都要准备吗"), not items; 准备 as "plan to" (准备开店) is not
MATERIAL_VERBS = re.compile("带|拿|携带|提供|提交|准备(?![开办去做申])|复印|出示|原件")
# "(需)要 A、B 和 C": what is needed (换驾照要体检报告、身份证和照片), not items; but
# "要办 A 和 B" (要 before a verb of doing) lists things to do, and "要什么材料" asks
NEEDED = re.compile(r"(?:需要|要)(?!(?:同时|一起|一块|一并|顺便|都)?(?:办|申请|去办|弄))(?!办|申请|申领|领|补|换|开|交|缴|转|迁|提|取|去|做|注册|登记|备案|考|上|报|查|买|卖|过户|"
                    r"注销|变更|认定|签|续|刻|拿|用|什么|啥|哪|多少|多久|几|不要"
                    # (驾照要到期了，顺便问问车辆年检咋办: the 驾照 dropped; r90 QA) — a state to come, not a thing needed
                    r"|到期|过期|满|退休|结婚|生|出国|搬|离|没"
                    # (我要给孩子上户口，还想顺便办个医保: done for someone, not what is needed; r60 QA)
                    r"|给|帮|替|落)[^要]*$")
# 和 / 跟 / 与 next to a person joins people ("我和老公想领证", "跟闺女住"), not items
PEOPLE = ("我们", "我", "你", "您", "他们", "他", "她", "老公", "老婆", "爱人", "丈夫", "妻子", "媳妇", "对象",
          "男朋友", "女朋友", "孩子", "儿子", "女儿", "闺女", "父母", "爸妈", "爸爸", "妈妈", "父亲", "母亲",
          "爷爷", "奶奶", "老人", "家人", "亲戚", "朋友", "同事", "同学", "领导", "股东", "合伙人")
# who goes, in a clause that asks nothing else (需要自己去申请吗): it names no item
WHO_GOES = ("自己", "本人", "亲自", "我", "他", "她", "家人", "别人", "需要", "去", "到场")
# ...or how or where to do it, the doing said bare (送外卖的骑手能不能自己买养老保险 在哪交: 在哪交 named 城乡居民医保费缴纳;
# r35 QA)
BARE_VERBS = ("交钱", "缴费", "交费", "交", "缴", "办", "弄", "搞", "领", "取", "买", "上")
_NAMES_NOTHING = WHO_GOES + BARE_VERBS
# a part needs this many letters or digits to be linked on its own
MIN_PART_CHARS = 2
# the score a part's best item needs: a part names an item family outright ("身份证",
# "驾驶证都没了"), and a fragment like "补办能一起办吗" does not (the linker's own in-scope
# thresholds are set for whole messages: "驾驶证都没了" reads like "没有了" to its none class)
MIN_PART_SCORE = 0.25
# the whole message's score the item chosen for a part needs (a part like "上个月去世了"
# links to something, but the message is not about it)
MIN_WHOLE_SCORE = 0.05
# a list word inside a name or alias once it is left out ("就业和创业那个证": 就业创业证) does not
# cut; names and aliases this long or longer are looked for
MIN_JOINED_PHRASE = 4
# a part whose best item scores less than this many times the next of its family names the family,
# not that member (公积金能不能取出来: 购房 0.39, 离职 0.22, 退休 0.22)
FAMILY_TERM_RATIO = 2.0
# a part of a term several items share (居住证, 营业执照) that the whole message settles only this narrowly (its best of
# them scores less than this many times the next) names them all: the citizen is asked which (居住证和公积金提取 named
# 居住证签注 and 职工死亡提取 at random; r59 QA)
FAMILY_SETTLE_RATIO = 1.5
# a topic's word alone is a thing asked in a short message only (社保卡跟公积金的事都想了解下), not in a story that says where
# one's 户口 and 医保 are (我户口和医保都在老家，但已经在昆明住了好几年…)
MOST_TOPIC_MESSAGE = 24
MOST_OF_FAMILY = 6


@dataclass
class NamedItem(Candidate):
    """An item a part of the message names; ``family`` and ``term``: the items a term it says alone shares, when the
    message does not say which of them (the item is then only the likeliest)."""
    family: Tuple[str, ...] = ()
    term: str = ""


def warm_up(linker: ItemLinker) -> None:
    """Builds the phrase indexes now (about 0.4 s), not on a citizen's first list."""
    _listing_phrases(linker)
    _joinable_phrases(linker, "")


def parts(linker: ItemLinker, text: str) -> List[str]:
    """The parts of ``text`` (normalised) that its list words join: cut at those words,
    outside item names and aliases that contain one, each part running to the end of its
    clause at most; no parts when it has no list word."""
    return _parts(linker, _plain(text))


def _parts(linker: ItemLinker, plain: str) -> List[str]:
    counted = _counted_out(plain)
    if counted:
        return counted
    matches = list(_LIST.finditer(plain))
    if not matches:
        return []
    protected = _protected_spans(linker, plain)
    bounds = _word_bounds(linker, plain)
    cuts = [(m.start(), m.end()) for m in matches
            if not any(a <= m.start() < b for a, b in protected)
            and (m.group() == "、" or (m.start() in bounds and m.end() in bounds))
            and not _joins_phrase(linker, plain, m.start(), m.end())
            and not _joins_people(plain, m.start(), m.end())
            and not (m.group() == "同时" and _ADVERB_LEAD.search(plain[:m.start()]) and _DOING.match(plain, m.end()))]
    # not a list: in a name (补领、换领…), a word (和平区, 还有效) or a joined name (就业和创业证)
    if not cuts:
        return []
    marks = [(m.start(), m.end()) for m in _CLAUSE_MARK.finditer(plain)]
    bounds = sorted([(a, b, True) for a, b in cuts] + [(a, b, False) for a, b in marks])
    pieces, start, after_cut, clause = [], 0, False, ""
    for a, b, is_cut in bounds + [(len(plain), len(plain), False)]:
        segment = plain[start:a]
        if is_cut and not _enough(segment) and not after_cut:
            segment = clause   # "注册公司，还有食品许可证": the clause before the comma
        if after_cut or is_cut:
            pieces.append(segment)
        if _enough(plain[start:a]):
            clause = plain[start:a]
        start, after_cut = b, is_cut
    if any(MATERIAL_VERBS.search(_MATERIALS_ASKED.sub("", p)) for p in pieces) or NEEDED.search(_wish_dropped(pieces[0])):
        return []   # (what to bring listed: 办护照要带身份证和户口本 — not what to bring asked at the end of the last)
    return [p.strip() for p in pieces if _enough(p)]


# who wants what, opening the first part (我要结婚登记，顺便问下车辆年检: a wish, not what is needed; r71 QA)
_WANT_LEAD = re.compile(r"^(?:我|俺|我们|俺们|咱)(?:也|还)?要(?=[^\W\d_]{2})")


def _wish_dropped(piece: str) -> str:
    """``piece`` without who wants it opening it when it names no document (我要结婚登记; not 我要身份证和户口本)."""
    return piece if re.search(DOCUMENT_END, piece) else _WANT_LEAD.sub("", piece)


# a list word with nothing before it in its clause but who wants it done (我要同时办身份证换领和户口迁移: 同时 says both at
# once, not a list of 我要 and the rest; r53 QA)
_ADVERB_LEAD = re.compile(r"(?:^|[，,；;。？?！!：:\s])(?:我|我们|俺|咱)?(?:要|想|需要|打算|准备)?$")
_DOING = re.compile(r"办|申请|弄|去办")


# what to bring asked after the things listed (护照和港澳通行证一起办要带什么: the passport dropped; r70 QA)
_MATERIALS_ASKED = re.compile(r"(?:要|需要|得)?(?:带|拿|准备|提供|提交)(?:些)?(?:什么|啥|哪些)(?:材料|东西|证件)?[？?。！!~～\s]*$")


# a later clause saying a second document is in a state too (身份证丢了，驾驶证也到期了: 身份证补领 alone; r38 QA)
# (身份证下个月也到期了: a few words between; r39 QA)
_ALSO_DOCUMENT = re.compile(r"^[\u4e00-\u9fff]{1,6}?" + DOCUMENT_END + r"[\u4e00-\u9fff]{0,5}?(?:也|又|都)"
                            r"(?!拿到|领到|办好|办完|办了|有了|开好|开了|在)")   # (出生医学证明也拿到了: in hand, no request)


# what a part says beside its item that weighs on its reading (我那个医保卡也找不到了: 社保卡补领 at 0.23, below
# MIN_PART_SCORE; r38 QA): who has it, pointed at, and "too" after the document
_PART_FILLER = re.compile(r"^(?:我|俺)(?:的|家)?(?:那个|这个|那张|这张|那本|这本)|(?<=" + DOCUMENT_END + r")(?:也|又)"
                          # (想咨询一下居住证: a part read 居住证签注 surely, not the 居住证 items; r59 QA)
                          r"|^(?:我|俺)?(?:想|要)?(?:咨询|问|了解)(?:一下|下)?(?=[^\W\d_]{2})"
                          # (公积金提取分别怎么办: 分别 read as a parting, 职工死亡提取; r67 QA)
                          r"|(?:分别|各自)(?=怎么|咋|如何|要|需要|去哪|在哪|多)")


# what happened to a document, said in a part (丢了, 到期了): its own reading says which item
_STATE_SAID = re.compile(r"丢|遗失|找不到|找不着|不见了|掉了|被偷|被盗|补办|补领|过期|到期|期满|换领|换证|损坏|坏了"
                         r"|(?<=[证卡本照])(?:也|都)?没(?:有)?了")   # (身份证没了: 换领 too; r42 QA)


def _also_clauses(plain: str) -> List[str]:
    """The clauses of ``plain`` when one after the first names a document ``_ALSO_DOCUMENT``: each may name an item."""
    clauses = [c.strip() for c in _CLAUSE_MARK.split(plain) if _enough(c)]
    return clauses if any(_ALSO_DOCUMENT.search(c) for c in clauses[1:]) else []


def _counted_out(plain: str) -> List[str]:
    """The things a message counts out (``_ENUMERATOR``), each to the end of its clause,
    when there are two or more and none is what to bring."""
    marks = list(_ENUMERATOR.finditer(plain))
    if len(marks) < 2:
        return []
    pieces = []
    for mark in marks:
        start = mark.end()
        if _CLAUSE_MARK.match(plain, start):   # 第一，营业执照怎么注销: the clause after the mark
            start += 1
        end = _CLAUSE_MARK.search(plain, start)
        pieces.append(plain[start:end.start() if end else len(plain)].strip())
    if any(MATERIAL_VERBS.search(p) for p in pieces):
        return []
    return [p for p in pieces if _enough(p)]


def _enough(text: str) -> bool:
    return sum(c.isalnum() for c in text) >= MIN_PART_CHARS


def question_clauses(text: str) -> List[str]:
    """The clauses of ``text`` that ask something (怎么 / 吗 / 去哪 / 多久 ...), when there
    are two or more: "死亡证明去哪开？户口注销又去哪办？" asks about two items without a
    list word."""
    return _question_clauses(_plain(text))


def _question_clauses(plain: str) -> List[str]:
    clauses = [c.strip() for c in _CLAUSE_MARK.split(plain) if _enough(c)]
    asked = [c for c in clauses if _QUESTION.search(c)]
    return asked if len(asked) >= 2 else []


def named_items(linker: ItemLinker, text: str, limit: int = 3, ranking: Optional[Ranking] = None) -> List[Candidate]:
    """The different items the parts of ``text`` name, in the order named (at most
    ``limit``); empty unless there are two or more. ``ranking``: the linker's ranking of
    ``text``, if the caller has it (its scores are the whole message's).

    A part (``parts``, ``question_clauses``) whose best item scores ``MIN_PART_SCORE``
    names that item, if the whole message scores it ``MIN_WHOLE_SCORE``; a part whose best
    items are close (a term they share: 身份证) names the one of them the whole message
    scores best (身份证 … 丢了: 补领). An item belongs to the part that scores it best.
    """
    plain = fate_shared(_documents_listed(linker, _plain(text)))   # 身份证和户口本都丢了: each 丢了
    listed = _parts(linker, plain) or _also_clauses(plain)
    asked = [c for c in _question_clauses(plain) if not any(part in c for part in listed)]
    pieces = _named_once(sorted(listed + asked, key=plain.find))   # in the order written
    if len(pieces) < 2:
        return []
    rankings = [linker.rank(_PART_FILLER.sub("", piece) or piece) for piece in pieces]
    # no 公积金 item for a message that does not say 公积金 (社保只交了十二年…能不能补交: no 住房公积金补缴);
    # (not the other way round: 失业金 and 退休手续 name 社保 items without saying 社保)
    says_fund = bool(HOUSING_FUND.search(linker._reading(text)))   # (gjj, 公基金: 公积金)
    # an item belongs to the part that scores it best: "上户口哪个先办" after "出生证明"
    # is not about the 出生医学证明 again, whatever the whole message says
    owner: Dict[str, Tuple[float, int]] = {}
    for index, part in enumerate(rankings):
        for candidate in part.candidates:
            if candidate.score > owner.get(candidate.id, (-1.0, -1))[0]:
                owner[candidate.id] = (candidate.score, index)
    whole: Optional[Dict[str, float]] = None
    told = _told_events_items(plain)
    also_needed = re.search(_ALSO_NEED, plain)
    found: List[Candidate] = []
    families: Dict[str, Tuple[Tuple[str, ...], str]] = {}
    for index, part in enumerate(rankings):
        if len(plain) <= MOST_TOPIC_MESSAGE and (topic := _bare_topic(pieces[index])) is not None and not told \
                and not any(in_topic(topic, c.id) for c in found):
            # a topic's word alone beside another item (社保卡跟公积金的事都想了解下: the 公积金 part read as nothing; r66 QA):
            # its items, to ask which kind of business, named for the one the whole message reads best
            if whole is None:
                whole = (ranking or linker.rank(text)).item_scores()
            kin = [i for group in topic.groups for i in group.items if i in whole]
            if kin:
                best = max(kin, key=whole.get)
                families[best] = (tuple(dict.fromkeys(kin))[:MOST_OF_FAMILY], topic.words[0])
                found.append(NamedItem(best, linker.names[best], whole[best], *families[best]))
            continue
        if part.outside or not part.candidates or _part_score(part, told) < MIN_PART_SCORE \
                or (pieces[index] in asked and (not part.in_scope or asks_only(pieces[index], _NAMES_NOTHING))):
            continue   # a clause is a whole question: the linker's own in-scope decision holds (需要自己去申请吗: none)
        if whole is None:
            whole = (ranking or linker.rank(text)).item_scores()
        owned = [c for c in part.candidates if owner[c.id][1] == index]
        if (kin := _told_in_topic(pieces[index], told)) and not any(c.id in kin for c in found):
            # a topic's word alone beside an event told (我被公司裁员了，想把失业金和公积金都办了: 缴存信息变更 read for
            # 公积金都办了; r54 QA): the event's item of that topic
            item_id = kin[0]
        elif (family := family_term(part)) is not None:
            # the family's word (我辞职了，公积金能不能取出来, 还有失业金): the member the whole message scores
            # best (离职提取, not 购房提取, the part's own guess), unless one of the family is named already
            kin = [i for i in whole if family_key(i) == family]
            item_id = None if any(family_key(c.id) == family for c in found) or not kin \
                else max(kin, key=whole.get)
            if item_id is not None and (of_event := next((i for i in told if family_key(i) == family and i in whole), None)):
                # (the member the life event told has: 媳妇刚生完孩子，孩子落户和医保怎么弄 named 夫妻投靠, read at 0.14 by 媳妇
                # and 落户, first on the hotline; r77 QA): 出生登记
                item_id = of_event
            item_id = item_id if item_id and whole[item_id] >= MIN_WHOLE_SCORE else None
            # (or the one the life event told has: 刚被裁员，想问失业金和公积金怎么办 scores every item below
            # MIN_WHOLE_SCORE as a whole; 离职提取; r52 QA)
            if item_id is None and not any(family_key(c.id) == family for c in found):
                item_id = next((i for i in told if family_key(i) == family and i in whole), None)
            elif item_id is not None and item_id not in told:
                members = [c for c in part.candidates if family_key(c.id) == family]
                bare = _bare_term(linker, pieces[index])
                if bare or _settled_narrowly(members, whole) or not _said_elsewhere(linker, plain, pieces[index], family):
                    # (a family said bare or unsettled: 我想问居住证咋办，还有公积金怎么取出来 named 居住证申领 and 退休提取 at
                    # random; r67 QA): its members, to ask which
                    families[item_id] = (_family_of(linker, members, whole), bare or _term_of(linker, pieces[index]))
        elif part.ambiguous and not _STATE_SAID.search(pieces[index]):
            # a term several items share (身份证): the whole message says which (unless the part says what happened to
            # it: 驾驶证弄丢了 身份证下个月也到期了 took 换证 from the other's 到期; r39 QA)
            item_id = _settled(owned, whole)
            bare = _bare_term(linker, pieces[index])
            if item_id and (bare or _settled_narrowly(owned, whole)):
                # (the term said bare, 公积金提取 of 居住证和公积金提取: whatever the whole leans to, it says not which)
                families[item_id] = (_family_of(linker, owned, whole), bare or _term_of(linker, pieces[index]))
        else:                   # the part's own clear reading, if the message is about it at all
            best = part.candidates[0]
            about = whole.get(best.id, 0.0) >= MIN_WHOLE_SCORE or best.id in told   # (失业金 beside 被裁员)
            # (or a second need said in so many words: 孩子户口要落，也还要给他办社保卡, the whole read as the card alone;
            # r61 QA)
            about = about or bool(also_needed)
            item_id = best.id if owner[best.id][1] == index and about else None
        if item_id and all(c.id != item_id for c in found) \
                and (says_fund or not HOUSING_FUND.search(linker.names[item_id])):
            family, term = families.get(item_id, ((), ""))
            # (scored as surely as the part names it: 身份证丢了，另外他的社保卡也要补办 showed the hotline 社保卡补领 at 0.056,
            # the whole message's reading, beside 0.866; r70 QA)
            score = max(whole[item_id], next((c.score for c in part.candidates if c.id == item_id), 0.0))
            found.append(NamedItem(item_id, linker.names[item_id], score, family, term))
    return found[:limit] if len(found) >= 2 else []


def _said_elsewhere(linker: ItemLinker, plain: str, piece: str, family: str) -> bool:
    """Whether the rest of the message (``plain`` without ``piece``) says which of ``family`` it means: one of them scores
    ``MIN_WHOLE_SCORE`` there (我要买房 … 公积金能取吗 does; 我想问居住证咋办 … 公积金怎么取出来 does not)."""
    rest = linker.rank(plain.replace(piece, " ")).item_scores()
    return any(score >= MIN_WHOLE_SCORE for i, score in rest.items() if family_key(i) == family)


def _part_score(part: Ranking, told: Sequence[str]) -> float:
    """How surely a part names something: its best item's score, or, for a family's word (``family_term``) with a member
    among the items of an event told (``told``), the family's scores together (刚被裁员 … 公积金怎么办 spreads 0.14,
    0.10, 0.09 … over the withdrawals; r52 QA)."""
    family = family_term(part)
    if family is None or not any(family_key(i) == family for i in told):
        return part.candidates[0].score
    return sum(c.score for c in part.candidates if family_key(c.id) == family)


# what a part says beside a topic's word that names nothing more (公积金都办了, 公积金也要弄)
_TOPIC_FILLERS = _NAMES_NOTHING + ("都", "也", "一起", "一块", "了", "要", "想", "把", "还有", "的", "我的", "呢", "怎么", "咋",
                                   "分别", "各自")   # (居住证还有公积金提取分别怎么办: r67 QA)


def _told_in_topic(piece: str, told: Sequence[str]) -> List[str]:
    """The items of ``told`` (an event's) in the topic ``piece`` names and names nothing more of, in their order."""
    topic = topic_mentioned(piece)
    if topic is None or not told:
        return []
    rest = piece
    for word in sorted(topic.words, key=len, reverse=True):
        rest = rest.replace(word, " ")
    return [i for i in told if in_topic(topic, i)] if asks_only(rest, _TOPIC_FILLERS) else []


def _told_events_items(plain: str) -> List[str]:
    """The items of the life events ``plain`` tells (a trigger said: 被裁员, 老人去世), in the events' order: a message
    telling the event is about them, though its whole reading scores each low."""
    return [i for e in default_events() if any(t.search(plain) for t in e.triggers) for i in e.items]


def family_term(ranking: Ranking) -> Optional[str]:
    """The family (``family_key``) a part names without saying which of it: its best item scores
    less than ``FAMILY_TERM_RATIO`` times the next item of the same family. None otherwise."""
    best = ranking.candidates[0]
    kin = [c for c in ranking.candidates[1:] if family_key(c.id) == family_key(best.id)]
    return family_key(best.id) if kin and best.score < FAMILY_TERM_RATIO * kin[0].score else None


# a document's word (身份证, 社保卡, 户口本, 护照, 驾照): several said one after another are a list
# (not a verb on a document: 驾驶证补证 was 驾驶证、补证, two items named; r90 QA)
_DOCUMENT_WORD = re.compile(r"^(?![补换办领考验发拿出制审年]证$)[\u4e00-\u9fff]{1,5}" + DOCUMENT_END + "$")


def _documents_listed(linker: ItemLinker, plain: str) -> str:
    """``plain`` with a 、 between documents' words said one after another without one, or
    with a space between them (身份证驾驶证社保卡都丢了 → 身份证、驾驶证、社保卡都丢了)."""
    if not linker._cut:
        return plain
    chunks = re.split(r"(\s+)", plain)   # each run between spaces cut on its own
    for k in range(0, len(chunks), 2):
        words = linker._cut(chunks[k])
        if len(words) < 2 or "".join(words) != chunks[k]:
            continue   # (a cut that does not spell the run again is left alone)
        out = [words[0]]
        for before, word in zip(words, words[1:]):
            out.append(("、" if _DOCUMENT_WORD.match(before) and _DOCUMENT_WORD.match(word) else "") + word)
        chunks[k] = "".join(out)
    for k in range(1, len(chunks) - 1, 2):   # 身份证 驾驶证: the space between two documents too
        before, after = linker._cut(chunks[k - 1].split("、")[-1]), linker._cut(chunks[k + 1].split("、")[0])
        if before and after and _DOCUMENT_WORD.match(before[-1]) and _DOCUMENT_WORD.match(after[0]):
            chunks[k] = "、"
    return "".join(chunks)


def _settled(candidates: Sequence[Candidate], whole: Dict[str, float]) -> Optional[str]:
    """Of a part's candidates, the one the whole message scores best, if it scores
    enough and more than the others."""
    scored = sorted(((whole.get(c.id, 0.0), c.id) for c in candidates), reverse=True)
    if not scored:
        return None
    best_score, best = scored[0]
    if best_score < MIN_WHOLE_SCORE or (len(scored) > 1 and scored[1][0] >= best_score):
        return None
    return best


def _settled_narrowly(candidates: Sequence[Candidate], whole: Dict[str, float]) -> bool:
    """Whether the whole message's best score among a part's candidates (a shared term's items) is less than
    ``FAMILY_SETTLE_RATIO`` times the next."""
    scored = sorted((whole.get(c.id, 0.0) for c in candidates), reverse=True)
    return len(scored) >= 2 and scored[0] < FAMILY_SETTLE_RATIO * scored[1]


def _family_of(linker: ItemLinker, candidates: Sequence[Candidate], whole: Dict[str, float]) -> Tuple[str, ...]:
    """A part's candidates, the whole message's best first; all items of their family when they share one (公积金提取's
    two read, of the six withdrawals)."""
    ids = [i for _, i in sorted(((whole.get(c.id, 0.0), c.id) for c in candidates), reverse=True)]
    keys = {family_key(i) for i in ids}
    if len(keys) == 1:
        kin = [i for i in linker.class_index[1] if family_key(i) in keys]
        ids += sorted((i for i in kin if i not in ids), key=lambda i: -whole.get(i, 0.0))
    return tuple(ids[:MOST_OF_FAMILY])


# how a second question is led into (另外想问问, 还想问下, 顺便咨询一下), and the asking words of a question
_ASKED_LEAD = re.compile(r"^(?:另外|还有|顺便|顺带|再|还|也)*(?:我)?(?:还|也)?(?:想|要)?(?:问问|问一下|问下|问|咨询一下|咨询|了解一下|了解)?")
_SECOND_QUESTION = re.compile(r"(?<=[，,。.；;！!？?\s])(?:另外|还有|顺便|顺带|顺手|再问|还想问|也想问|还要问)[，,\s]*")
MOST_UNREAD_SCORE = 0.15   # a part whose best item scores this much reads as something, though not surely
MIN_UNREAD_CONTENT = 3   # characters of content a part read as nothing says, besides how it asks and how one feels
# how one feels or how soon one needs it, said as a question (我很着急怎么办, 急用怎么办): no thing asked
_HOW_ONE_FEELS = re.compile(r"(?:我|俺)?(?:现在|真的|实在)?(?:很|非常|特别|好|太|有点|比较)?(?:着急|急用|急|担心|害怕|怕|烦|难受|慌|头疼"
                            r"|麻烦|不懂|不会|不知道|搞不清|弄不明白)(?:了|啊|呀)?")


def unread_part(linker: ItemLinker, text: str, ranking: Ranking) -> Optional[Tuple[Ranking, str]]:
    """(The ranking to answer by, the question a message asks after an item, led into as a second one (另外, 还有, 顺便),
    that reads as no item and no service outside the catalog, without how it is led into): 办护照，另外想问问彩票中奖怎么领
    (the lottery dropped silently; r70 QA) keeps ``ranking``; 护照怎么办理？另外，彩票中了五万块去哪兑奖, out of scope as a
    whole (the passport dropped too; r74 QA), is answered by its first part's. None when the message asks no such thing,
    or its first part is not read in scope (and, the whole read in scope, not as the whole's best item)."""
    if ranking.outside or ranking.outside_too:
        return None
    plain = _plain(text)
    # (led into by a word of a second question opening a clause: not a part joined by 和, which asks more of the same item:
    # 户籍证明派出所和网上都能开吗)
    split = list(_SECOND_QUESTION.finditer(plain))
    if len(split) != 1:
        return None
    listed = [plain[:split[0].start()].strip(" ,.;!?:，。；！？"), plain[split[0].end():].strip()]
    if not all(_enough(piece) for piece in listed):
        return None
    asked = _ASKED_LEAD.sub("", listed[1]).strip(" ,.;!?:，。；！？")
    if not _QUESTION.search(asked) or asks_only(asked) \
            or len(re.sub(r"[\W_]", "", _QUESTION.sub("", _HOW_ONE_FEELS.sub("", asked)))) < MIN_UNREAD_CONTENT:
        return None
    first, second = (linker.rank(_PART_FILLER.sub("", piece) or piece) for piece in listed)
    if second.in_scope or second.outside or not first.in_scope or first.outside \
            or (second.candidates and second.candidates[0].score >= MOST_UNREAD_SCORE):
        return None
    if not ranking.in_scope:
        return first, asked
    return (ranking, asked) if ranking.candidates and ranking.candidates[0].id in [c.id for c in first.candidates[:2]] \
        else None


def _named_once(pieces: List[str]) -> List[str]:
    """``pieces`` without those that say again what one before says, by its everyday name (社保卡和医保卡怎么办, 社保卡和
    医保卡都丢了: one card, ``EVERYDAY_TERMS``; r72 QA)."""
    kept: List[str] = []
    said: List[str] = []
    for piece in pieces:
        formal = _PART_FILLER.sub("", piece) or piece
        for word, name in EVERYDAY_TERMS.items():
            formal = formal.replace(word, name)
        if any(_says_again(before, formal) or _says_again(formal, before) for before in said):
            continue
        kept.append(piece)
        said.append(formal)
    return kept


def _says_again(one: str, other: str) -> bool:
    """Whether ``other`` says ``one`` and asks nothing more of it than what to do (社保卡, 社保卡怎么办)."""
    return one == other or (one in other and asks_only(other.replace(one, " "), _TOPIC_FILLERS))


def _bare_term(linker: ItemLinker, piece: str) -> str:
    """The shared term a part says with nothing else (居住证, 公积金提取, 想咨询一下营业执照), else ""."""
    piece = _PART_FILLER.sub("", piece) or piece
    vague = linker._vague(linker.prepare(piece))
    if not vague or not vague[0]:
        return ""
    term = vague[0][0]
    return term if term in piece and asks_only(piece.replace(term, " "), _TOPIC_FILLERS) else ""


# what a part says beside a topic's word that asks nothing more of it (公积金的事都想了解下, 还有公积金的业务)
_TOPIC_ASIDE = _TOPIC_FILLERS + ("的事", "事", "的业务", "业务", "方面", "相关", "这块", "了解", "了解下", "了解一下", "问问", "咨询",
                                 "都想")


def _bare_topic(piece: str):
    """The topic whose word ``piece`` says with nothing more of it (公积金的事都想了解下), else None."""
    topic = topic_mentioned(piece)
    if topic is None:
        return None
    rest = _PART_FILLER.sub("", piece) or piece
    for word in sorted(topic.words, key=len, reverse=True):
        rest = rest.replace(word, " ")
    return topic if asks_only(rest, _TOPIC_ASIDE) else None


def _term_of(linker: ItemLinker, piece: str) -> str:
    """The shared term a part says (营业执照 of 我想问下营业执照), else the part as said."""
    vague = linker._vague(linker.prepare(piece))
    return vague[0][0] if vague and vague[0] else piece


def _protected_spans(linker: ItemLinker, plain: str) -> List[Tuple[int, int]]:
    """Where the message holds an item name or alias that contains a list word."""
    spans = []
    for phrase in _listing_phrases(linker):
        start = plain.find(phrase)
        while start >= 0:
            spans.append((start, start + len(phrase)))
            start = plain.find(phrase, start + 1)
    return spans


def _listing_phrases(linker: ItemLinker) -> List[str]:
    kept = linker.__dict__.get("_listing_phrases")
    if kept is None:
        kept = sorted({p for phrases in linker.phrases.values() for p in phrases if _LIST.search(p)})
        linker.__dict__["_listing_phrases"] = kept
    return kept


def _joins_phrase(linker: ItemLinker, plain: str, start: int, end: int) -> bool:
    """Whether leaving out the list word at ``plain[start:end]`` makes an item name or alias
    that runs across it (就业和创业证 → 就业创业证, part of 就业创业证申领)."""
    joined = plain[max(0, start - 8):start] + plain[end:end + 8]
    junction = start - max(0, start - 8)
    for phrase in _joinable_phrases(linker, joined):
        at = joined.find(phrase)
        while at >= 0:
            # (two characters or more on each side: 补办身份证和办居住证 is no "身份证办…" run across it, 身份证补领 dropped; r79 QA)
            if at <= junction - 2 and at + len(phrase) >= junction + 2:
                return True
            at = joined.find(phrase, at + 1)
    return False


def _joins_people(plain: str, start: int, end: int) -> bool:
    """Whether the list word at ``plain[start:end]`` has a person right before or after it."""
    if plain[start:end] not in ("和", "跟", "与"):
        return False
    return plain.startswith(PEOPLE, end) or plain[:start].endswith(PEOPLE)


def _joinable_phrases(linker: ItemLinker, text: str) -> List[str]:
    """Names and aliases (``MIN_JOINED_PHRASE`` characters or more) and their leading parts
    of that length, that occur in ``text``."""
    index = linker.__dict__.get("_joinable_index")
    if index is None:
        heads = {p[:size] for phrases in linker.phrases.values() for p in phrases
                 for size in range(MIN_JOINED_PHRASE, len(p) + 1)}
        index = linker.__dict__["_joinable_index"] = _by_first_char(sorted(heads))
    return [h for c in set(text) for h in index.get(c, ()) if h in text]


def _word_bounds(linker: ItemLinker, plain: str) -> Set[int]:
    """Where the words of ``plain`` start and end (jieba, with the catalog's words; the cut
    leaves out spaces, so each word is found in ``plain`` from where the last one ended)."""
    bounds, offset = {0, len(plain)}, 0
    for word in linker._cut(plain) if linker._cut else list(plain):
        at = plain.find(word, offset)
        if at < 0:
            break
        bounds.update((at, at + len(word)))
        offset = at + len(word)
    return bounds
