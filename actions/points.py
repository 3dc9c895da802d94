"""Which follow-ups ask about a point of the item's guide rather than one of its fields.

要登报吗, 有效期多久, 我70岁了还能换吗, 离婚协议里孩子归谁要写吗: what the guide says of that thing
(``knowledge.specifics.point_answer``) answers them, not the field the aspect classifier
guessed, the notice again, an FAQ that only shares a word, or "not understood". Plain
predicates over a ``Turn`` and a ``GuideStore``; ``actions.answering`` decides what to say.
"""
from __future__ import annotations

import re
from typing import Optional
from unicodedata import normalize

from actions.choices import GENERIC_PAIRS, PEOPLE_PAIRS, choose, chosen_by_words, han_pairs, reply_core
from actions.context import (NOT_UNDERSTOOD_INTENTS, SHORT_FOLLOW_UP, asks_if_needed, asks_like_the_last, called_pairs, follows_on,
                             is_question, item_name_of, names_item, other_items_close, switches)
from actions.turn import ASPECT_OF_INTENT, Turn
from knowledge.asking import aspects_asked, asks_only
from knowledge.faq_matching import FaqMatch, item_loss_faq
from knowledge.life_events import event_named
from knowledge.situations import situation_said
from knowledge.specifics import (FOUND as POINT_FOUND, asks_about_age, asks_deadline, asks_if_may, deadline_lines,
                                 guide_lines, has_point, names_point_word, point_answer, points_of)
from knowledge.topics import group_asked, topic_asked

UNSURE_ASPECT = 0.3
POINT_FOUND_START = POINT_FOUND.split("{", 1)[0]   # "关于“": the guide was found to say something


CLAUSE_END = re.compile(r"[，,。？?！!；;\s]+")   # where a clause of a message ends


def faq_asked(store, item_id: Optional[str], turn: Turn):
    """The FAQ of the item in context (or named) that the message asks, if any: "明天要坐飞机
    怎么办" after 身份证补领 is answered by its guide's FAQ, not by "不在我能解答的范围"."""
    if not item_id or turn.intent in ("affirm", "deny") or asks_an_aspect_of_its_case(store, item_id, turn.text):
        return None
    faq = store.faq_matcher().match(item_id, turn.text)
    if faq is not None and not is_question(turn.text) and says_the_opposite(turn.text, faq.question):
        return None   # 我们俩都同意的 is no 一方不同意离婚…能办吗 (it answered 不能; r19 QA)
    if faq is not None and aspects_asked(turn.text) and not shares_a_point(turn.text, faq.question):
        return None   # 我和对象打算下个月去扯证 要带啥: the materials, not 我和对象都不是本地户口…能领证吗 (r24 QA)
    return faq


# a follow-up turning to another fund or record (那医保咋办, 那公积金呢): the word it turns to
_TURNED_TO = re.compile(r"^那(?:我的|他的|她的)?(医保|社保|公积金|养老保险|养老金|户口|低保|住房|房贷|孩子)")
FOLLOW_UP_FAQ_SCORE = 0.1   # the least similarity of an FAQ naming the word turned to


def faq_turned_to(store, item_id: Optional[str], turn: Turn):
    """那医保咋办 断了咋整 after the 失业金 notice, whose FAQ asks 失业了医保怎么办 (灵活就业医保's notice came, the linker's read;
    r43 QA): the held item's FAQ most like a short follow-up turning to another thing, when that FAQ names the thing; None
    otherwise (the FAQ matcher's margin keeps short questions like ordinary ones out)."""
    text = normalize("NFKC", turn.text or "").strip()
    turned = _TURNED_TO.match(text)
    if not item_id or turned is None or len(reply_core(text)) > SHORT_FOLLOW_UP \
            or not re.sub(r"[的话呢吗么啊呀？?。！!~～\s]", "", text[turned.end():]):
        return None   # (那医保呢, the topic alone: what the guide says of it, then its kinds of business)
    ranked = store.faq_matcher().ranked(item_id, text)
    best = ranked[0] if ranked else None
    return best if best and best.score >= FOLLOW_UP_FAQ_SCORE and turned.group(1) in best.question else None


def faq_of_one_offered(store, turn: Turn):
    """(item id, FAQ) of the one item offered to choose from (``turn.options``) whose FAQ the message asks (``faq_asked``):
    中间空了两三个月没交 有影响吗 to 灵活就业公积金缴存 / 灵活就业医保参保 was "not in scope", though the second's FAQ on a gap
    in paying answers it (r38 QA); None when none or more than one of them has one."""
    found = [(o["value"], faq) for o in turn.options if o.get("kind") == "item"
             and (faq := faq_asked(store, o.get("value"), turn)) is not None
             and len(_shared_pairs(turn.text, faq.question)) >= OFFERED_FAQ_PAIRS]
    return found[0] if len(found) == 1 else None


# the pairs of characters a message not understood shares with an offered item's FAQ to be taken for it (空了 个月 影响
# of 中间空了两三个月没交 有影响吗; not 明天 alone of 明天会下雨吗 and 身份证丢了，明天还能坐飞机吗？)
OFFERED_FAQ_PAIRS = 2


def _shared_pairs(text: str, question: str) -> set:
    """The pairs of characters ``text`` and an FAQ's ``question`` share, beyond who asks and words any question has."""
    return han_pairs(normalize("NFKC", text or "")) & han_pairs(normalize("NFKC", question or "")) \
        - PEOPLE_PAIRS - GENERIC_PAIRS


def shares_a_point(text: str, question: str) -> bool:
    """Whether a message says two characters in a row of an FAQ's question that do not only say who is asking
    (明天要坐飞机 of 身份证丢了，明天要坐飞机怎么办？, 冷静期 of 离婚冷静期是怎么算的？; not 我和对象 alone)."""
    return bool(_shared_pairs(text, question))


def asks_an_aspect_of_its_case(store, item_id: str, text: str) -> bool:
    """Whether a message of several clauses asks an aspect by its words and its other clauses only say the item's own
    case in its own words (身份证过期了 换一个要多久: the time limit, not the FAQ 身份证过期了还能用吗, which its first
    clause matches; r21 QA). A case of the citizen's own (明天要坐飞机，补办要多久: the FAQ on flying first) or a clause
    asking something else (过期了还能用吗 要多久) keeps the FAQs."""
    clauses = [c for c in CLAUSE_END.split(normalize("NFKC", text or "")) if c]
    told = [c for c in clauses if not aspects_asked(c)]
    if len(clauses) < 2 or len(told) == len(clauses) or not told:
        return False
    called = called_pairs(store, item_id)
    return all(not is_question(c) and (pairs := han_pairs(c))
               and len(pairs & called) >= ITEM_OWN_WORDS * len(pairs) for c in told)


ITEM_OWN_WORDS = 0.6   # share of a clause's character pairs in the item's name and aliases: it says the item's case


_NOT_WORD = re.compile(r"(?:不|没|未)([\u4e00-\u9fff]{2})")


def says_the_opposite(statement: str, question: str) -> bool:
    """Whether a statement says a word that the question says with a no before it, or the other way round (都同意的 /
    一方不同意离婚)."""
    statement, question = normalize("NFKC", statement or ""), normalize("NFKC", question or "")
    return any(word in other and not re.search(f"(?:不|没|未){word}", other)
               for one, other in ((question, statement), (statement, question)) for word in _NOT_WORD.findall(one))


TWO_PART_LONGEST = 20   # characters of a two-part question (二手房过户要交啥税 要带什么)
MAY_I_LAST_SHORTEST = 8   # characters of a story's last clause asking whether one may (我这个当老公的能领那个生育津贴不)


def faq_of_a_clause(store, item_id: Optional[str], turn: Turn):
    """The FAQ one clause of a two-part question asks, the other asking an aspect by its words
    (二手房过户要交啥税 要带什么: its FAQ 二手房过户要交哪些税？, which the whole message matched too
    weakly; only the materials were answered; r15 QA), or the FAQ the last clause of a story asks when it asks whether
    one may; None otherwise."""
    if not item_id or turn.intent in ("affirm", "deny"):
        return None
    clauses = [c for c in CLAUSE_END.split(normalize("NFKC", turn.text or "")) if c]
    if len(clauses) >= 3 and len(last := clauses[-1]) >= MAY_I_LAST_SHORTEST and asks_if_may(last) \
            and not aspects_asked(last):
        # a story ending in whether one may (我老婆生娃了 她没工作 … 我这个当老公的能领那个生育津贴不: the full notice for
        # 女职工, never its FAQ 男的能领生育津贴吗 "一般不能", which the whole story matched too weakly; r29 QA)
        return store.faq_matcher().match(item_id, last)
    if len(clauses) != 2 or len("".join(clauses)) > TWO_PART_LONGEST or not any(aspects_asked(c) for c in clauses):
        return None   # (a citizen's long story has clauses that share words with some FAQ or other)
    for clause in clauses:   # (its own question, so beating the ordinary ones by any margin: 要交啥税 by 0.044)
        if len(clause) >= 4 and not aspects_asked(clause) and is_question(clause) \
                and (faq := store.faq_matcher().match(item_id, clause, min_margin=0.0)) is not None:
            return faq
    return None


# what is not done, asked what happens then (不换了会咋样, 不签注会怎么样, 没认证的话会停发吗): its verb
_NOT_DONE = re.compile(r"(?:不|没|没有|未)(?:去)?(?P<verb>[\u4e00-\u9fff]{1,2}?)(?:了)?(?:的话)?"
                       r"(?:会怎样|会怎么样|会咋样|会如何|有啥后果|有什么后果|有啥影响|有什么影响|会停|会被|会不会|行不行|行吗|可以吗)")


# an FAQ asking what then (会怎样, 后果, 还能开车吗): not 原房主户口没迁走怎么办, of what another left undone
_WHAT_THEN = re.compile(r"会怎|会咋|后果|影响|还能|会被|会停|会不会|罚")


def faq_if_not_done(store, item_id: Optional[str], turn: Turn):
    """The held item's FAQ on what happens when what the message says is not done is not done (不换了会咋样 我平时也不怎么开
    after the 驾驶证换证 notice: 驾照过期了没换还能开车吗？ "不能…一年以上未换证的…注销", where it got the conditions again;
    r29 QA); None when the message asks no such thing or no FAQ asks of that verb not done."""
    said = _NOT_DONE.search(normalize("NFKC", turn.text or "")) if item_id else None
    if said is None or store.item(item_id) is None:
        return None
    verb = said.group("verb")
    # (a card not renewed is one past its term: 不换会咋样 after 身份证换领 is its FAQ 身份证过期了还能用吗; r30 QA)
    undone = [f"{no}{verb}" for no in ("没", "不", "未", "没有")] + (["过期"] if verb == "换" else [])
    return next((FaqMatch(item_id, position, faq["question"], faq["answer"], 1.0, 1.0)
                 for position, faq in enumerate(store.faqs(item_id), 1)
                 if any(word in faq["question"] for word in undone) and _WHAT_THEN.search(faq["question"])), None)


def faq_of_loss(store, item_id: Optional[str], turn: Turn):
    """The held item's one FAQ about a lost document when the message says one is lost (结婚证早不知道扔哪了 还能办不
    during 离婚登记: 结婚证丢了，还能办离婚吗？; it got "· 军人婚姻登记证明"; r31 QA), else None."""
    lost = item_loss_faq(store, item_id, turn.text) if item_id else None
    return FaqMatch(item_id, 0, lost["question"], lost["answer"], 1.0, 1.0) if lost else None


def asks_a_point(turn: Turn, store, item_id: Optional[str]) -> bool:
    """Whether a follow-up question on the item in context, understood only weakly (要登报吗,
    要体检吗) or about a point no field is named after (有效期多久, 利率多少), asks about a
    point of the item's guide (or one it does not have), to be answered by ``point_answer``;
    or whether something is needed (要现场核查吗, ask_online at 0.51 by 现场: the guide's 现场核查, not its online entry;
    r19 QA); never a first question naming the item (its notice), nor one of the guide's FAQs, unless
    it asks about an age (我70岁了还能换吗: the guide's lines setting an age), nor one asking
    who may go instead (卖方人在外地来不了怎么办: not a point 外地), nor the days open (周六车管所上班不: not a point
    车管所; r24 QA), nor two fields asked by their words (要多久能拿到 加急要钱不: the time limit and the fee, not "the guide
    does not say" of 加急; r29 QA)."""
    return bool(item_id) and turn.intent in ASPECT_OF_INTENT and follows_on(turn, item_id) and turn.linked_item in (None, item_id) \
        and (turn.confidence < UNSURE_ASPECT or names_point_word(turn.text) or may_i_misread(turn)
             or asks_about_age(turn.text) or asks_if_needed(turn.text)) \
        and not {"proxy", "place", "hours"} & set(aspects_asked(turn.text)) and len(aspects_asked(turn.text)) < 2 \
        and store.item(item_id) is not None and has_point(turn.text, store.item(item_id)) \
        and (answered_by_its_lines(store, item_id, turn.text) or faq_asked(store, item_id, turn) is None)


def asks_guide_point(turn: Turn, store, item_id: Optional[str]) -> bool:
    """Whether a question on the item in hand, which would get its notice again or "not
    understood", names a thing its guide talks about (离婚协议里孩子归谁要写吗: 离婚协议; 如果户口本在老家
    拿不到怎么办: 户口本), to be answered by those lines, or asks whether one may (她家有一辆旧面包车，
    还能申请吗: the conditions to check against); not a question of a field (要带什么) nor one
    naming other items."""
    return bool(item_id) and follows_on(turn, item_id) and turn.linked_item in (None, item_id) and not turn.named_items \
        and is_question(turn.text) and not aspects_asked(turn.text) and store.item(item_id) is not None \
        and not (switches(turn.text) and other_items_close(turn, item_id)) \
        and (answered_by_its_lines(store, item_id, turn.text) or asks_if_may(turn.text)
             or (point_answer(store, item_id, turn.text) or "").startswith(POINT_FOUND_START))


def answered_by_its_lines(store, item_id: Optional[str], text: str) -> bool:
    """An age or by when to apply asked (我生完孩子已经一年了还能申请吗): answered from the guide's lines setting one, never by
    an FAQ that only shares a word; by when to apply only where the guide of ``item_id`` sets a period, else an FAQ the
    question matches answers it (我这都空了快半年了还能补吗 after 灵活就业职工医保: "没有写申请期限", beside its FAQ on a
    gap; r36 QA)."""
    if asks_about_age(text):
        return True
    item = store.item(item_id) if item_id and asks_deadline(text) else None
    return item is not None and bool(deadline_lines(item, guide_lines(item, store.all_materials(item_id),
                                                                      store.faqs(item_id))))


def may_i_misread(turn: Turn) -> bool:
    """男的能领吗 (ask_online at 0.5): a may-I question the classifier read as a field it says
    nothing of (the online entry, the fee, the time limit, the place), which the guide's
    conditions answer, not that field."""
    # (我交了5个月能办吗 read as ask_proxy: no one else in it)
    return asks_if_may(turn.text) and not aspects_asked(turn.text) \
        and ASPECT_OF_INTENT.get(turn.intent) in ("online", "fee", "time_limit", "place", "proxy")


def asks_where_for_a_point(turn: Turn, store, item_id: Optional[str], aspect: str) -> bool:
    """体检去哪做 after the 驾驶证换证 notice: where to do a step its guide talks about (到具备
    资质的医疗机构体检), not the item's own office; a place question on the item in hand that
    names a point the guide has lines on. Or the first question of the item asking where of such a step right before or
    after its 在哪 (我想考驾照，体检在哪 got 驾驶证初次申领's situations alone; r53 QA)."""
    item = store.item(item_id) if item_id and "hours" not in aspects_asked(turn.text) else None
    if item is None or turn.district_named or turn.linked_item not in (None, item_id):
        return False   # (周六车管所上班不, ask_place: the days open, not the lines naming 车管所; r24 QA)
    if aspect == "place" and follows_on(turn, item_id):
        points = points_of(turn.text, item)
    elif turn.in_scope and turn.linked_item == item_id:
        points = [p for p in points_of(turn.text, item) if re.search(_WHERE_OF.format(p=re.escape(p)), turn.text or "")]
    else:
        return False
    return bool(points) and (point_answer(store, item_id, turn.text) or "").startswith(POINT_FOUND_START)


# a step asked where of, right before or after the question (体检在哪, 去哪体检)
_WHERE_OF = r"{p}(?:要|得|需要|应该)?(?:在哪|去哪|到哪|哪里|哪儿)|(?:在哪|去哪|到哪)(?:里|儿)?(?:做|办|弄|开|拿)?{p}"


LONGEST_CASE_TOLD = 20   # characters of a statement of one's case, without its wrapping words


def tells_guide_point(turn: Turn, store, item_id: Optional[str]) -> bool:
    """Whether a short statement of the citizen's case on the item in hand, which chooses no
    option (俺们是农村户口 to 低保's 本人 / 委托), names a thing its guide talks about (农村): those
    lines answer it better than "not understood"; not a message naming other items."""
    text = turn.text or ""
    return bool(item_id) and follows_on(turn, item_id) and turn.linked_item in (None, item_id) \
        and not turn.named_items and not is_question(text) and not aspects_asked(text) \
        and len(reply_core(text)) <= LONGEST_CASE_TOLD and store.item(item_id) is not None \
        and _says_a_sentence(point_answer(store, item_id, text) or "")


def held_lines_on_topic(turn: Turn, store, item_id: Optional[str]) -> Optional[str]:
    """那医保呢 after the 失业金 notice: what the held item's guide says of the thing asked (领取期间…代缴基本医疗保险费),
    to say before the kinds of that business; None when the message is more than a thing asked of in a few words, or the
    guide says no sentence of it."""
    if not item_id or turn.options or not asks_like_the_last(turn.text) or store.item(item_id) is None:
        return None
    lines = point_answer(store, item_id, turn.text) or ""
    return lines if _says_a_sentence(lines) else None


def _says_a_sentence(answer: str) -> bool:
    """Whether a point answer found the guide saying a sentence of it, not only a material's
    name (俺们是农村户口 → "· 居民户口簿" says nothing of the case)."""
    return answer.startswith(POINT_FOUND_START) and any(
        len(line) >= 14 for line in answer.splitlines() if line.startswith("· "))


# what the citizen is or has, said as a statement (俺是居民医保, 我们是农村户口, 她有残疾证): their case
_STATUS = re.compile(r"^(?:我|俺|我们|俺们|他|她|他们|老人|孩子|我家|我妈|我爸|老伴)?(?:是|有|属于|参加的是|交的是|买的是)"
                     r"[^，,。？?！!\s]{2,10}?(?:的|了)?[。！!~～]*$")
_REQUEST = re.compile(r"办|申请|申领|领|补|换|迁|注销|开|要|想|咋|怎么|如何")


def tells_status(text: str) -> bool:
    """Whether ``text`` is a short statement of what the citizen is or has (是退休职工, 俺是居民医保),
    with no request in it (我是来办退休的 is one)."""
    text = (text or "").strip()
    return bool(_STATUS.match(text)) and not _REQUEST.search(text)


def status_told(turn: Turn, store, item_id: Optional[str]) -> bool:
    """Whether a short statement of what the citizen is or has (俺是居民医保 after the 门诊慢特病
    notice), which the linker reads as another item it names (城乡居民医保参保登记), tells the case
    of the item in hand: no request in it, and the guide in hand says a sentence of it (参加本市
    职工基本医疗保险或城乡居民基本医疗保险…的参保人员)."""
    text = (turn.text or "").strip()
    item = store.item(item_id) if item_id else None
    return item is not None and turn.linked_item not in (None, item_id) and follows_on(turn, item_id) \
        and tells_status(text) and _says_a_sentence(point_answer(store, item_id, text) or "")


LONGEST_KEYWORD = 6   # characters of a keyword typed alone (体检, 房贷利息), without its wrapping words
# what the classifier makes of a keyword it has no intent for (照片: affirm at 0.26)
UNREAD_INTENTS = {"affirm", "deny"} | NOT_UNDERSTOOD_INTENTS
# ...and the words that do say yes or no (好的, 是的, 对, 不用了, 没有, 可以, 算了)
_YES_OR_NO = re.compile(r"^(?:好|是|对|嗯|行|可以|要|需要|ok|okay|没|不|否|算了|谢|知道|明白|收到|当然|确定|有(?!效)|无(?!犯罪)|成|妥)")


def keyword_of_held(turn: Turn, store, item_id: Optional[str]) -> bool:
    """Whether a keyword typed alone on the item in hand (体检 to 教师资格认定's situations,
    房贷利息 after the 专项附加扣除 notice), which the linker reads as another item that it does not
    name (健康证, 创业担保贷款) or which is read as nothing but a yes or no or not understood (照片
    after the 护照换发 notice: the notice again), asks what the guide in hand says of it: no
    question, asking word, turn to something else, topic, group or life event in it; no option
    offered picked by it (婚生子女入户 to 出生登记's situations, read as 随迁子女入学; a topic's word
    only if it is a document's name: 户口本 after 结婚登记); no item named
    by it nor part of the name of one read (离婚 after 结婚登记: 内地居民离婚登记); and the guide in
    hand has lines on the keyword itself (a material's name will do: 照片 → 出入境证件照片). Not
    while items, topics or FAQs are offered to choose from."""
    text = (turn.text or "").strip()
    core = reply_core(text)
    offered = turn.options[0].get("kind") if turn.options else None
    item = store.item(item_id) if item_id else None
    # read as another item, or as nothing but a yes or no or not understood (照片, 加急: affirm at 0.26)
    read_elsewhere = turn.linked_item not in (None, item_id)
    unread = turn.linked_item is None and turn.intent in UNREAD_INTENTS and not _YES_OR_NO.match(core)
    if item is None or offered not in (None, "situation", "district") or not follows_on(turn, item_id) \
            or not (read_elsewhere or unread) or turn.named_items or turn.outside \
            or not 2 <= len(core) <= LONGEST_KEYWORD or is_question(text) or aspects_asked(text) \
            or asks_only(core) or switches(text) or picks_an_option(text, turn.options):
        return False
    read = {turn.linked_item, *(c.get("id") for c in turn.candidates)} - {None}
    # (有效期 is part of 机动车驾驶证有效期满换证's name, but asks a service of any item)
    if any(names_item(store, other, text) or (core in item_name_of(store, other) and core not in SERVICE_KEYWORDS)
           for other in read) \
            or (topic_asked(text) is not None and not _DOCUMENT_KEYWORD.match(core)) \
            or group_asked(text) is not None or event_named(text) is not None:
        return False
    said = point_answer(store, item_id, text) or ""   # of the keyword, not of a part (社保 of 社保卡补办)
    return said.startswith(f"{POINT_FOUND_START}{core}”") or (core in SERVICE_KEYWORDS and bool(said))


# a service asked of the item by its word alone (加急 after the 护照 notice was "好的"): what its guide
# says of it, or that it says nothing, as to 能加急吗
SERVICE_KEYWORDS = ("加急", "上门", "邮寄", "快递", "登报", "有效期")


# a document's name (户口本, 社保卡): a topic's word, but after 结婚登记 what its guide says of it first
_DOCUMENT_KEYWORD = re.compile(r"^[^\W\d_]{1,4}(?:本|簿|证|卡|照)$")


def picks_an_option(text: str, options) -> bool:
    """Whether ``text`` picks one of the situations or districts ``options`` offered."""
    return bool(options) and (choose(text, options) is not None or chosen_by_words(text, options) is not None
                              or situation_said(text, [o["title"] for o in options]) is not None)
