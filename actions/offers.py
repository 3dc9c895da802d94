"""Which item a reply means among those offered or in hand.

A vague follow-up (过户要多少钱, 可以提前办吗) or a reply to a list of items (我辞职了, 我要买房子用)
is read against what the conversation holds: the item in hand, the items offered, the family
the linker's candidates belong to. Plain functions over a ``Turn`` and a ``GuideStore``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Dict, List, Optional, Sequence
from unicodedata import normalize

from actions.choices import GENERIC_PAIRS, chosen_by_state, han_pairs, option, reply_core, without_state
from actions.context import (CLOSEST_MIN_SCORE, DOCUMENT_NAMED, LONG_REPLY, SURE_OTHER_SCORE, called, called_pairs,
                             follows_on, is_question, item_held, item_name_of, names_item, names_thing_of_linked,
                             pending_named, score_read, switches, words_of_item_said)
from actions.turn import ASPECT_OF_INTENT, Turn
from knowledge.asking import ASKING_ONLY, aspects_asked
from knowledge.guides import business_key, family_key
from knowledge.situations import situation_said, situations_said
from knowledge.specifics import asks_deadline
from knowledge.topics import default_topics, in_topic, topics_named


def items_to_offer(store, candidates: List[Dict[str, Any]], text: str = "") -> List[Dict[str, str]]:
    """The items to offer for a message too vague to pick one: the linker's candidates; or,
    when two or more of them are of one small family (``GuideStore.shared_family``: ids
    that differ in their last part; at most seven items), that whole family in
    catalog order followed by the other candidates close enough to be offered on their own
    (``CLOSEST_MIN_SCORE``: 居住证 at 0.10 beside the 护照 items is noise).

    提取公积金要带什么 names no reason to withdraw, and the three the linker ranks first are
    those the wording happened to favour (退休, 离职, 死亡); the citizen gets all six reasons,
    租房 and 购房 among them. Of the family, only the members whose names have what ``text`` says
    and the candidates' names all have (公司注销: the two 注销 items, not 公司设立 and 公司变更)."""
    read = [c["id"] for c in candidates]
    family = told_apart(store.shared_family(read), text, read)
    if not family:
        return [{"id": c["id"], "name": c["name"]} for c in candidates]
    members = {i["id"] for i in family}
    others = [{"id": c["id"], "name": c["name"]} for c in candidates
              if c["id"] not in members and c.get("score", 0) >= CLOSEST_MIN_SCORE]
    return [{"id": i["id"], "name": i["name"]} for i in family] + others


def told_apart(family: List[Dict[str, Any]], text: str, read: Sequence[str]) -> List[Dict[str, Any]]:
    """The members of ``family`` whose names have every two-character word of ``text`` that the
    names of all the members ``read`` (the linker's candidates) have: 公司注销 read as 公司注销登记 and
    企业简易注销登记, whose names share 注销 of it, offers those two, not 公司设立登记 and 公司变更登记."""
    grams = {text[i:i + 2] for i in range(len(text or "") - 1)}
    names = [member["name"] for member in family if member["id"] in read]
    shared = [g for g in grams if names and all(g in name for name in names)]
    return [member for member in family if all(g in member["name"] for g in shared)] or family


LONGEST_STATEMENT = 12   # characters of a reply to the items offered read by its words (我在外面租房)


def short_statement(turn: Turn) -> Optional[str]:
    """The message as typed, if it is a statement of ``LONGEST_STATEMENT`` characters at most (a
    reply to the items offered that ``offered_by_words`` and ``offered_by_case`` read); else None."""
    text = normalize("NFKC", turn.text or "").strip()
    return None if is_question(text) or len(text) > LONGEST_STATEMENT else text


@lru_cache(maxsize=1)
def _topic_pairs() -> frozenset:
    """Every two characters in a row of the topics' broad words (户口, 公积金: 公积, 积金), read once."""
    return frozenset(p for topic in default_topics() for word in topic.words for p in han_pairs(word))


def offered_words(offered: List[Dict[str, str]], store) -> Dict[str, str]:
    """Each item offered's title and aliases, in one string, by its id."""
    return {o["value"]: " ".join([o["title"], *((store.item(o["value"]) or {}).get("aliases") or [])]) for o in offered}


def named_in_message_before(store, items: List[Dict[str, Any]], turn: Turn) -> Optional[str]:
    """Of ``items`` (id, name) about to be offered for a short follow-up that tells none of them apart, the one whose own
    words (of its name and aliases, no other of them has) the message before said: 那我自己交一个月得多少钱 after
    公司把我裁了…医保是不是马上就断了 offered 灵活就业公积金 / 灵活就业医保 (r38 QA); None when it said none or several."""
    if not turn.before or len(items) < 2 or len(reply_core(turn.text)) > LONG_REPLY:
        return None
    pairs = {i["id"]: called_pairs(store, i["id"]) - GENERIC_PAIRS for i in items}
    own = {i: p - set().union(*(q for j, q in pairs.items() if j != i)) for i, p in pairs.items()}
    now, before = han_pairs(normalize("NFKC", turn.text)), han_pairs(normalize("NFKC", turn.before))
    if any(now & o for o in own.values()):
        return None
    said = [i for i, o in own.items() if before & o]
    return said[0] if len(said) == 1 else None


def offered_by_words(turn: Turn, store) -> Optional[Dict[str, str]]:
    """The one item offered whose name or aliases have a two-character word of a short statement
    that the other items offered do not all have: 我在外面租房 to the 公积金 withdrawals is 租赁提取 (租房
    of its alias 租房提取), though the linker read 住房保障租赁补贴 (the same list came back four times,
    r10 QA). None for a question, a longer message, or none or several such items; a topic's broad word
    (户口, 公积金) tells none apart."""
    text = short_statement(turn)
    offered = [o for o in turn.options if o["kind"] == "item"]
    if len(offered) < 2 or text is None:
        return None
    said = offered_words(offered, store)
    # (not a topic's broad word: 我俩都是本地户口 to 结婚's items is no 户口迁移 by 户口)
    pairs = {p for p in han_pairs(text) - _topic_pairs() if not all(p in words for words in said.values())}
    hits = [o for o in offered if any(p in said[o["value"]] for p in pairs)]
    return hits[0] if len(hits) == 1 else None


# characters of asking and pointing, in no word that names an item (办好, 的那, 多久)
_FUNCTION_CHARS = set("办好能多久要的那这个吗么怎啥什哪去在了是有我你他她们呢吧啊还得可以")


def offered_by_own_words(turn: Turn, store) -> Optional[Dict[str, str]]:
    """The one item offered that a short question names by a word no other item offered has: 出生后多长时间内必须参保 to
    居民医保参保 / 出生登记 / 出生医学证明 is 居民医保参保 (参保 is its own; 出生 is in two), though the linker read 企业职工
    参保登记（增员） (r30 QA). None for a longer message, one asking no aspect nor by when, or when no or several items
    have such a word."""
    text = normalize("NFKC", turn.text or "").strip()
    offered = [o for o in turn.options if o["kind"] == "item"]
    if len(offered) < 2 or len(text) > LONGEST_STATEMENT or not (aspects_asked(text) or asks_deadline(text)):
        return None   # (退休了去儿子那住能办吗, asking whether one may: not a choice)
    said = offered_words(offered, store)
    heard = {p for p in han_pairs(text) - _topic_pairs() - GENERIC_PAIRS if not _FUNCTION_CHARS & set(p)}
    own = {o["value"]: {p for p in heard if p in said[o["value"]]
                        and not any(p in said[other["value"]] for other in offered if other is not o)} for o in offered}
    hits = [o for o in offered if own[o["value"]]]
    return hits[0] if len(hits) == 1 else None


def offered_alike(turn: Turn, store) -> List[Dict[str, str]]:
    """The items offered that a message names as well as the one the linker read faintly among them:
    食品的证要多久 to 开奶茶店's items is 食品经营许可 or 健康证 (食品 is in both; the linker read 健康证 at 0.05 by its
    alias 食品健康证 and its time limit came back; r18 QA). [] when the read is not offered, is read at
    ``CLOSEST_MIN_SCORE`` or more, or no other item offered has every word of the message the read one has."""
    offered = [o for o in turn.options if o["kind"] == "item"]
    read = turn.linked_item
    if len(offered) < 2 or read not in [o["value"] for o in offered] or score_read(turn, read) >= CLOSEST_MIN_SCORE:
        return []
    said = {value: han_pairs(words) for value, words in offered_words(offered, store).items()}
    heard = han_pairs(normalize("NFKC", turn.text or "")) - _topic_pairs()
    own = heard & said[read]
    alike = [o for o in offered if own and own <= said[o["value"]]]
    return alike if len(alike) > 1 else []


def pending_alike(turn: Turn, store) -> List[Dict[str, str]]:
    """The items still to come (of a life event's list) that a message the linker is unsure of names alike, when it
    reads one of them (``pending_named``): 食品的那个证要多久 after 个体户 of 开早餐店's items is 食品经营许可 or 健康证
    (食品 is in both; 健康证's time limit came, the only one of them among the candidates; r23 QA). [] otherwise."""
    read = pending_named(turn)
    if read is None:
        return []
    pending = [option("item", i, item_name_of(store, i)) for i in turn.pending_items if store.item(i) is not None]
    said = {value: han_pairs(words) for value, words in offered_words(pending, store).items()}
    own = (han_pairs(normalize("NFKC", turn.text or "")) - _topic_pairs()) & said.get(read, set())
    alike = [o for o in pending if own and own <= said[o["value"]]]
    return alike if len(alike) > 1 else []


def offered_by_case(turn: Turn, store) -> Optional[Dict[str, str]]:
    """The one item offered with a situation that a short statement of the citizen's case fits
    (``situation_said``): 二婚 to 结婚's items is 内地居民结婚登记 (再婚登记; was "not understood" and then
    户口迁移). None for a question, a longer message, or none or several such items."""
    text = short_statement(turn)
    if text is None:
        return None
    hits = [o for o in turn.options if o["kind"] == "item"
            and situation_said(text, [s["name"] for s in store.situations(o["value"])]) is not None]
    if not hits:   # (or the items' own names: 我妈中风后偏瘫了 to 残疾人证新办 / 换领 / …: "没有完全理解"; r59 QA)
        items = [o for o in turn.options if o["kind"] == "item"]
        said = situation_said(text, [o["title"] for o in items])
        hits = [o for o in items if o["title"] == said]
    return hits[0] if len(hits) == 1 else None


def offered_by_situation_name(turn: Turn, store) -> Optional[Dict[str, str]]:
    """The one item offered one of whose situations a short reply names as it is (个人经营 to 个体工商户设立 / 变更 / 注销: its
    设立's 个人经营, not 变更经营者 by 经营; r84 QA), with that situation; None otherwise."""
    text = short_statement(turn)
    if text is None:
        return None
    text = normalize("NFKC", text)
    hits = [{**o, "situation": s["name"]} for o in turn.options if o["kind"] == "item" for s in store.situations(o["value"])
            if (head := normalize("NFKC", s["name"]).split("（")[0].split("(")[0]) and len(head) >= 2 and head in text]
    return hits[0] if len(hits) == 1 else None


def offered_best_candidate(turn: Turn) -> Optional[Dict[str, str]]:
    """The item option just offered that is also the linker's best candidate (close enough to
    be offered itself) for a reply that names no item outright: the offer is the context
    ("我辞职了" after the list of ways to withdraw 公积金 is the one on leaving a job)."""
    best = turn.candidates[0] if turn.candidates else {}
    if best.get("score", 0) < CLOSEST_MIN_SCORE:
        return None
    return next((o for o in turn.options if o["kind"] == "item" and o["value"] == best.get("id")), None)


def offered_among_read(turn: Turn) -> Optional[Dict[str, str]]:
    """The one item option among the linker's candidates (at ``CLOSEST_MIN_SCORE`` or more)
    for a statement to the items offered: 退休了去儿子那住 to the 异地就医备案 items is 异地安置退休
    人员备案 (read second, at 0.25, after 退休提取公积金). None for a question, or when no option or
    several are read."""
    if is_question(turn.text or ""):
        return None
    offered = {o["value"]: o for o in turn.options if o["kind"] == "item"}
    read = [offered[c["id"]] for c in turn.candidates
            if c.get("id") in offered and c.get("score", 0) >= CLOSEST_MIN_SCORE]
    return read[0] if len(read) == 1 else None


def offered_in_topic(turn: Turn) -> Optional[Dict[str, str]]:
    """The one item offered in the topic a message names (社保, 公积金, 户口), when an item not offered is
    not read surely: 他的社保怎么办 to 家人去世's items is 遗属待遇申领 (was 减员 or 养老保险关系转移), 公积金能取吗
    is 职工死亡提取 (was all six withdrawals; r16 QA). None when none or several offered are in it."""
    offered = [o for o in turn.options if o.get("kind") == "item"]
    read = turn.linked_item
    text = normalize("NFKC", turn.text or "").lower()
    if len(offered) < 2 or (read and read not in [o["value"] for o in offered] and score_read(turn, read) >= SURE_OTHER_SCORE) \
            or switches(text) or DOCUMENT_NAMED.search(text):   # (算了，先问一下医保卡丢了怎么办: a card, not 医保's item)
        return None
    topics = topics_named(text)
    inside = [o for o in offered if any(in_topic(t, o["value"]) for t in topics)]
    return inside[0] if len(inside) == 1 else None


def offered_kin_of_read(turn: Turn, store) -> Optional[Dict[str, str]]:
    """The one item offered that does the same business, in another family, as the item the linker
    read unsurely and not offered, when the message does not name that one: 签注要另外办吗 to 往来港澳通行证签发 /
    往来港澳签注签发 is 港澳签注 (the linker: 台湾签注 at 0.38; it got 台湾签注's online entry; r15 QA)."""
    read = turn.linked_item
    offered = [o for o in turn.options if o["kind"] == "item"]
    if not read or read in [o["value"] for o in offered] or score_read(turn, read) >= SURE_OTHER_SCORE \
            or names_item(store, read, turn.text):
        return None
    kin = [o for o in offered if business_key(o["value"]) == business_key(read) and family_key(o["value"]) != family_key(read)]
    return kin[0] if len(kin) == 1 else None


# a document said to be had already (出生证明有了, 已经拿到出生证明了)
_HAD_AFTER = r"(?:已经|都|也)?(?:有了|拿到了|拿到手了|开好了|开出来了|办好了|办下来了|领到了|到手了|在手上了?)"
_HAD_BEFORE = r"(?:已经|都)(?:有|拿到|开好|办好|领到)(?:了)?"


def the_one_not_had(turn: Turn, store) -> Optional[str]:
    """Of the items a vague message would be offered, the one left when the others issue a document it says is had
    already (孩子刚出生，出生证明有了，怎么上户口: 出生登记, not 出生医学证明 beside it; r68 QA); else None."""
    text = normalize("NFKC", turn.text or "")
    if "有" not in text and "到" not in text and "好" not in text:
        return None
    offered = items_to_offer(store, turn.candidates, text)
    had = [i["id"] for i in offered if any(len(word) >= 3 and re.search(re.escape(word) + _HAD_AFTER + "|" + _HAD_BEFORE
                                                                         + re.escape(word), text)
                                           for word in called(store, i["id"]))]
    scores = {c["id"]: c.get("score", 0.0) for c in turn.candidates}
    left = [i["id"] for i in offered if i["id"] not in had and scores.get(i["id"], 0.0) >= CLOSEST_MIN_SCORE]
    return left[0] if had and len(left) == 1 else None


def in_hand_among_offered(turn: Turn, store) -> Optional[str]:
    """The item in hand, when a follow-up about one of its aspects (not its notice) would be
    offered items to choose from and it is one of them: 过户要多少钱 after the 二手车过户 notice
    (the house transfers share 过户), 能不能在手机上申请 in the 失业金 conversation, also while its
    situation or district is asked. Not a switch (那房子过户呢), nor while items are offered."""
    offered = turn.options[0] if turn.options else {}
    in_hand = item_held(turn)
    aspect = ASPECT_OF_INTENT.get(turn.intent)
    if not in_hand or offered.get("kind") not in (None, "situation", "district") or aspect in (None, "guide") \
            or switches(turn.text):
        return None
    return in_hand if in_hand in [i["id"] for i in items_to_offer(store, turn.candidates, turn.text)] else None


def one_offered_among(turn: Turn, store) -> Optional[str]:
    """The one offered item among those a vague message would be offered: 过户要多少钱 to the
    items of 买二手房 (存量房买卖's 转移登记; not the list of 过户 items with 二手车 again); None for
    a switch or when none or several are offered."""
    offered = [o["value"] for o in turn.options if o.get("kind") == "item"]
    common = [i["id"] for i in items_to_offer(store, turn.candidates, turn.text) if i["id"] in offered]
    if len(common) != 1 or switches(turn.text):
        return None
    item = store.item(common[0]) or {}
    phrases = [item.get("name") or "", *(item.get("aliases") or [])]
    rest = normalize("NFKC", turn.text or "")
    for word in ASKING_ONLY:   # (longest first) 要多少钱, 怎么办: not what it asks about
        rest = rest.replace(word, " ")
    # what the message asks about is in its name or an alias (过户 of 二手房过户; 户口迁移怎么办 is no 身份证补领)
    return common[0] if any(pair in phrase for pair in han_pairs(rest) for phrase in phrases) else None


def offered_by_state(turn: Turn, store) -> Optional[str]:
    """The one item, of those a vague question would be offered (``items_to_offer``), that what
    it says happened or is wanted points to (``chosen_by_state``: 补办 → 普通护照补发 of the
    passport items, 丢了 → 居民身份证补领); None when it says nothing of the kind or fits several."""
    items = items_to_offer(store, turn.candidates, turn.text)
    one = chosen_by_state(turn.text, [{"title": i["name"], "value": i["id"]} for i in items])
    if one is None:
        return None
    # ...and whose thing the message names besides what happened (港澳通行证签注到期了 was 居民身份证换领, whose alias says 到期;
    # r80 QA)
    rest = without_state(normalize("NFKC", turn.text or ""))
    return one["value"] if words_of_item_said(store, one["value"], rest) else None


def kin_of_held(turn: Turn) -> Optional[str]:
    """The one candidate (at ``CLOSEST_MIN_SCORE`` or more) of the item in hand's own family, for a
    vague follow-up: 签注多少钱 after the 往来港澳通行证 notice is 往来港澳签注 (listed with 台湾签注 and 居住证签注
    before, r10 QA), and so is 签注呢, put as a turn to it (r12 QA). None when none or several are, or when the held
    item is read first."""
    held = item_held(turn)
    if not held or (turn.candidates and turn.candidates[0].get("id") == held):
        # (失业了医保咋办 after the 失业金 notice, read 失业金 first and 失业登记 next: still 失业金, whose FAQ answers it)
        return None
    kin = [c["id"] for c in turn.candidates if c.get("id") != held and family_key(c.get("id", "")) == family_key(held)
           and c.get("score", 0) >= CLOSEST_MIN_SCORE]
    return kin[0] if len(kin) == 1 else None


def parallel_kin_read(turn: Turn, store) -> Optional[str]:
    """The candidate of the held item's own family doing the same business as the item the linker
    linked, unsurely, of another family, when the message names nothing of that family: 签注要另外办吗 in
    a conversation on 往来港澳通行证 is 往来港澳签注 (the linker: 台湾签注 at 0.38, 港澳签注 at 0.17; r13 QA)."""
    held, linked = item_held(turn), turn.linked_item
    if not held or not linked or linked == held or family_key(linked) == family_key(held) \
            or any(c.get("id") == linked and c.get("score", 0) >= SURE_OTHER_SCORE for c in turn.candidates):
        return None
    kin = [c["id"] for c in turn.candidates if c.get("score", 0) >= CLOSEST_MIN_SCORE and c.get("id") != held
           and family_key(c.get("id", "")) == family_key(held) and business_key(c["id"]) == business_key(linked)]
    if len(kin) != 1 or names_item(store, linked, turn.text) or names_thing_of_linked(turn, store, held):
        return None
    return kin[0]


_ALSO = re.compile(r"也|一起|同时|一块|一并|顺便|还能|还要|还得")
_NAME_GENERIC = {"登记", "申请", "办理", "人员", "参保", "保险", "基本", "职工"}


def counterpart_in_topic(turn: Turn, store) -> Optional[str]:
    """The item of a topic a message asks "too" (医保也能一起交吗) whose name shares the most of the held item's
    own words, beyond the topic's and the most common ones: after 灵活就业人员企业职工基本养老保险参保登记 it is
    灵活就业人员职工基本医疗保险参保登记 (by 灵活就业; it was "not understood"; r16 QA). None when the message
    names no topic or no "too", an item is read surely, or no single item shares two such pairs."""
    held = item_held(turn)
    text = normalize("NFKC", turn.text or "").lower()
    if not held or not _ALSO.search(text):
        return None
    topics = topics_named(text)
    if not topics or any(in_topic(t, held) for t in topics):
        return None
    own = han_pairs((store.item(held) or {}).get("name") or "") - _NAME_GENERIC - _topic_pairs()

    def shared(item_id: str) -> int:
        return len(own & han_pairs((store.item(item_id) or {}).get("name") or ""))

    scored = [(shared(item_id), item_id) for item_id in {i for t in topics for g in t.groups for i in g.items}]
    best = max(scored, default=(0, None))
    read = turn.linked_item
    # (an item read surely stands unless the held item's own words say the other: 城乡居民医保费缴纳 at 0.51)
    if read and score_read(turn, read) >= SURE_OTHER_SCORE and shared(read) >= best[0]:
        return None
    return best[1] if best[0] >= 2 and [s for s, _ in scored].count(best[0]) == 1 else None


CASE_TOLD_LONGEST = 20   # characters of a statement of the case after a notice (我们是外地户口)


def sibling_by_case(turn: Turn, store) -> Optional[str]:
    """The one item of the held item's family whose name a short statement of the citizen's case fits, when
    none of the held item's situations does (``situations_said``): 我们是外地户口 after the 义务教育阶段入学 notice
    (本市户籍) is 进城务工人员随迁子女…入学 (by 随迁; it got the same materials again; r16 QA). None for a
    question, while options are offered, when the linker reads another item surely, or none or several fit."""
    held = item_held(turn)
    text = normalize("NFKC", turn.text or "")
    if not held or turn.options or is_question(text) or len(text) > CASE_TOLD_LONGEST \
            or (turn.linked_item not in (None, held) and score_read(turn, turn.linked_item) >= SURE_OTHER_SCORE) \
            or situations_said(text, [s["name"] for s in store.situations(held)]):
        return None
    family = [f for f in store.family(held) if f.get("name")]
    names = [f["name"] for f in family]
    fits = situations_said(text, names)
    return next((f["id"] for f in family if f["name"] == fits[0]), None) if len(fits) == 1 else None


def siblings_told_of(turn: Turn, store) -> List[str]:
    """The items of the held item's own family that a statement of the citizen's case after its notice
    reads best (at ``CLOSEST_MIN_SCORE`` or more), the held one not among them: 我是退休了去儿子那边长期住
    after the 其他临时外出就医人员备案 notice is 异地安置退休人员备案 (0.20) or 异地长期居住人员备案 (0.12), whose
    notice said it was neither (was its lines on 长期; r14 QA). [] for a question, while options are
    offered, or when the message reads the held item or another family first."""
    held = item_held(turn)
    if not held or turn.options or is_question(turn.text or "") or not turn.candidates:
        return []
    if family_key(turn.candidates[0].get("id", "")) != family_key(held) or turn.candidates[0].get("id") == held \
            or situations_said(turn.text or "", [s["name"] for s in store.situations(held)]):
        return []   # (二婚 after 结婚登记: its own 再婚登记, not 婚姻登记档案查询 read at 0.46)
    return [c["id"] for c in turn.candidates if c.get("id") != held and family_key(c.get("id", "")) == family_key(held)
            and c.get("score", 0) >= CLOSEST_MIN_SCORE]


CASE_OVER_READ = 0.7   # a read at this score or more is not given up for an item whose situation the case tells
CASE_CLOSE = 0.6       # ...nor for one read at less than this share of its score (the case words may be incidental)


def candidate_by_case(turn: Turn, store) -> Optional[str]:
    """The one other item read nearly as well (``CASE_CLOSE``), of the linked item's department, one of whose
    situations the message's case tells while it tells none of the linked item's: 想在网上开个淘宝店 要不要办营业执照 is
    个体工商户设立登记 (网络经营, by 淘宝), not 公司设立登记 read first at 0.53 by its alias 办营业执照 (whose online entry
    came back; r19 QA). None while options are offered, or when the linked item is read at ``CASE_OVER_READ`` or more."""
    read = turn.linked_item
    if len(turn.text or "") > LONG_REPLY:   # (a long story's case words say more than its case: 3 of the 908 evaluated
        return None                          # questions went wrong by them, none right)
    linked = store.item(read) if read and not turn.options and score_read(turn, read) < CASE_OVER_READ else None
    if linked is None or situations_said(turn.text or "", [s["name"] for s in store.situations(read)]):
        return None
    close = max(CLOSEST_MIN_SCORE, CASE_CLOSE * score_read(turn, read))
    hits = [c["id"] for c in turn.candidates
            if c.get("id") != read and c.get("score", 0) >= close
            and (store.item(c["id"]) or {}).get("department") == linked.get("department")
            and situation_said(turn.text or "", [s["name"] for s in store.situations(c["id"])]) is not None]
    return hits[0] if len(hits) == 1 else None


def word_of_held_read(turn: Turn, store, item_id: Optional[str]) -> bool:
    """Whether a message that names none of the items read (at less than ``SURE_OTHER_SCORE``) says of their names only
    words the item in hand is called by too: 那备案怎么弄 after 仅销售预包装食品经营者备案 follows up on it, not on the 备案
    of 临时外出就医 / 房屋租赁 / 机动车维修 (read at 0.10-0.28 and offered; r19 QA)."""
    read = [c["id"] for c in turn.candidates if c.get("id") and c["id"] != item_id]
    if not item_id or not read or not follows_on(turn, item_id) \
            or max(score_read(turn, i) for i in read) >= SURE_OTHER_SCORE \
            or any(names_item(store, i, turn.text) for i in read):
        return False
    heard = han_pairs(normalize("NFKC", turn.text or "")) - GENERIC_PAIRS
    theirs = {p for p in heard if any(p in item_name_of(store, i) for i in read)}
    return bool(theirs) and theirs <= called_pairs(store, item_id)


def faintly_read(turn: Turn, item_id: Optional[str]) -> bool:
    """Whether a message naming nothing but a word several items share (提前, 银行) follows up
    on the item in hand: the linker read those items only faintly (below ``CLOSEST_MIN_SCORE``;
    护照怎么办 reads the passport items at 0.15-0.56)."""
    best = max((c.get("score", 0) for c in turn.candidates), default=0)
    return bool(item_id) and best < CLOSEST_MIN_SCORE and follows_on(turn, item_id)
