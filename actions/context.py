"""Which item a reply is about, given the conversation: a reply to the pending situations
that the linker took for another item (就在户口所在地补, 我是外地户口，在这边上班), a case told after
the notice, an item still to come (那低保呢), a short follow-up word looked for in the
department in context (那贷款呢), an alias reply to "which item?" (我是离职了). Plain functions
over a ``Turn`` and the ``GuideStore``; ``actions.answering`` decides what to say.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Dict, List, Optional
from unicodedata import normalize

from actions.choices import (CHINESE_NUMBERS, GENERIC_PAIRS, fits_state, han_pairs, member_by_state, member_fitting,
                             options_by_words, picked_number, reply_core, says_state)
from actions.turn import ASPECT_OF_INTENT, Turn
from bot.kinds import kinds_told, other_kinds, without_denied
from bot.text import DOCUMENT_END, SAID_INSTEAD
from knowledge.asking import aspects_asked, asks_amount, asks_only
from knowledge.guides import family_key
from knowledge.life_events import event_asked, event_named
from knowledge.situations import situation_said, situations_said, tells_case
from knowledge.specifics import SAME_THING, asks_about_age, asks_if_may, names_point_word
from knowledge.topics import group_asked, in_topic, topic_asked, topics_named

NOT_UNDERSTOOD_INTENTS = {"out_of_scope", "nlu_fallback"}
# the intents of questions about an item (its materials, time limit, fee, place, conditions …)
CLOSEST_MIN_SCORE = 0.12
# the best candidate's score at which close items not including the one in context are taken
# as another question rather than a reply to its situations (护照怎么办 at 0.56; 才生下来两个月
# reaches unrelated items at about 0.1-0.2)
ANOTHER_ITEM_SCORE = 0.3
# the score of another item read at which the linker is sure of it: named in a follow-up held
# on the item in hand; a question in keywords (租房提公积金) while items are offered
SURE_OTHER_SCORE = 0.5


# "那贷款呢", "贷款怎么办呢", "还有提取呢": a short follow-up that names only a word
_FOLLOW_UP = re.compile(r"^(?:那么|那|还有)(?P<a>[\u4e00-\u9fff]{2,6}?)(?:的话)?(?:呢|怎么办|怎么弄|咋办|咋弄|怎么申请)?呢?[?？。.!！]*$"
                        r"|^(?P<b>[\u4e00-\u9fff]{2,6}?)(?:的话)?(?:怎么办|怎么弄|咋办|怎么申请)?呢[?？。.!！]*$")


def items_of_follow_up(store, item_id: str, turn: Turn) -> List[Dict[str, str]]:
    """For a short follow-up naming a word no item was linked by ("那贷款呢" after 公积金提取),
    the items of the department in context that have the word in their name or aliases
    (the 公积金 loans, not 助学贷款 or 创业担保贷款), those of the family in context first; []
    when it is not such a message, no item of the department has the word, or an option
    offered says it."""
    if turn.linked_item or turn.named_items:
        return []
    match = _FOLLOW_UP.match(normalize("NFKC", turn.text or "").strip())
    context = store.item(item_id) if match else None
    if not context:
        return []
    term = match.group("a") or match.group("b")
    if aspects_asked(term):
        return []   # (材料呢 after 低保's conditions: its materials, not 结婚登记 and 离婚登记 whose aliases say 材料; r66 QA)
    if any(term in (o.get("title") or "") for o in turn.options):
        return []   # 那二手房呢 to situations one of which is 二手房: that one, chosen
    if any(term in words for words in called(store, item_id)):
        return []   # 那备案怎么弄 after 仅销售预包装食品经营者备案: its own process (was 公司变更（备案） or 注销; r19 QA)
    found = [i for i in store.department_items_naming(context.get("department"), term) if i["id"] != item_id]
    # the items of the family in context first (那二手房呢 after 租房提取: 购房提取, then 二手房贷款)
    return sorted(found, key=lambda i: family_key(i["id"]) != family_key(item_id))


def pending_named(turn: Turn) -> Optional[str]:
    """The one item still to come (named together earlier) that an unsure message points to:
    "那低保呢" or "低保要带啥" after 残疾证和低保 is 最低生活保障, not a list of 低保-like items."""
    if not turn.pending_items or turn.linked_item:
        return None
    close = [c["id"] for c in turn.candidates[:3] if c.get("id") in turn.pending_items]
    return close[0] if len(close) == 1 else None


# whether something more is to be done too: 还要办食品经营许可证吗, 健康证也要办吗
_ALSO_TO_DO = re.compile(r"还要|也要|还得|也得|还需要|也需要|要不要|需不需要|用不用|还用")


def pending_also_asked(turn: Turn) -> Optional[str]:
    """The item still to come (of a life event or a list) that a question whether it is to be done
    too names (还要办食品经营许可证吗 while 个体户设立's situations are asked, after 开奶茶店): read by
    the linker or, alone of them, among its candidates; not the item in hand."""
    if not turn.pending_items or not _ALSO_TO_DO.search(turn.text or ""):
        return None
    held = item_held(turn)
    if turn.linked_item in turn.pending_items:
        return turn.linked_item if turn.linked_item != held else None
    close = [c["id"] for c in turn.candidates[:3] if c.get("id") in turn.pending_items and c.get("id") != held]
    return close[0] if len(close) == 1 and not turn.linked_item else None


# "the second one" of the items named together: 先说第二个, 再说第一件, 先问第2个
_ORDINAL = re.compile(r"第([一二两三四五六七八九1-9])(?:个|件|项|样)")
# the list offered before, gone back to (还是回到刚才那个单子, 之前那个列表, 上面那几个)
# (…or its things named: 回到刚才公积金那个列表 我选第3个, 回到刚才户口那个 第4个; r51 QA)
# (再回到公积金那个列表 第4个, 回到刚才异地备案那个 第3个: not read, or read as another of the list; r52 QA)
_BACK_TO_LIST = re.compile(r"(?:(?:回到|返回|说回|退回)(?:刚才|刚刚|之前|前面|上面|原来|一开始)?|(?:刚才|刚刚|之前|前面|上面|原来|一开始))"
                           r"(?:的|给的|列的|说的)?(?P<named>[^，,。？?！!\s]{0,6}?)"
                           r"(?:的)?(?:那个|那张|那份)?(?:单子|列表|清单|选项|那几个|那几项|那些|那个)")
_NUMBER_PICKED = re.compile(r"(?:选|要|第)\s*([1-9])(?![\d])")


def list_picked(turn: Turn) -> Optional[str]:
    """What picks one of the items offered before the options now (``list_before``), going back to their list: 第四个 of
    算了，还是回到刚才那个单子，选第四个 (after 提公积金's withdrawals, then 退休's situations: "not in scope"; r50 QA); None
    when the message goes back to no list or picks nothing of it."""
    text = normalize("NFKC", turn.text or "")
    back = _BACK_TO_LIST.search(text) if turn.list_before else None
    if back is None:
        return None
    # (what is named before its 那个, or after it: 刚才那个社保卡)
    after = re.match(r"[^，,。？?！!\s]*", text[back.end():]).group()
    named = back.group("named") or ("" if re.match(r"(?:里|里面|上|中|的)?(?:选|第|我|要|\d|$)", after) else after)
    # (named in its own words, as two characters of a title: 异地备案 of 异地长期居住人员备案)
    if named and not any(named in o.get("title", "") or han_pairs(named) & han_pairs(o.get("title", ""))
                         for o in turn.list_before):
        return None   # (回到刚才那个社保卡 选第二个 while the list before was the 公积金 withdrawals: not that list)
    picked = _ORDINAL.search(text) or _NUMBER_PICKED.search(text)
    return picked.group(0) if picked else None


# a message going back to what was asked before an aside, by a word of it or as "that list" (回到公积金，我买房; 回到刚才那个
# 列表; 回到提取那个 我是租房的: the aside's notice again, or its read items; r55 QA; 算了，还是说买房那个 after 租房's situations:
# "not in scope"; r56 QA)
_LEADING = r"^(?:(?:算了|那|那就|好吧|好的|嗯|哦|对了|等等|等一下|不对)[，,。\s]*)*"
_GONE_BACK = re.compile(_LEADING + r"(?:回到|返回|说回|退回|接着说|继续说|还是说|还是|再说)(?:回)?"
                        r"(?P<before>刚才|刚刚|之前|前面|上面|原来|一开始|上一个|上个)?"
                        # (还是说刚才那个买房的情形: "没有完全理解"; r59 QA)
                        r"(?:的|说的|问的)?(?:那个|那种)?(?P<named>[^，,。？?！!\s]{0,8}?)"
                        r"(?:的事|那件事|那事|那个|那项|的情形|的情况|那种情况|那种|的那种|的)?"
                        # (算了还是说买房那个吧; 返回上一个列表看看: r58 QA)
                        r"(?P<list>单子|列表|清单|选项|那几个|那几项)?(?:吧|呢|啊|哈|看看|看一下)?(?=[，,。？?！!\s]|$)")
# the list asked for again (再给我看下刚才的列表, 那个列表再发一遍; r56 QA: "抱歉，我没有完全理解" before the list, or the
# situations offered after it)
_LIST_AGAIN = re.compile(r"(?:再|重新)(?:给我|帮我)?(?:看看|看一看|看|发|列|显示|说)(?:一)?(?:下|遍|次)?(?:刚才|刚刚|之前|前面|上面|那个|原来)?(?:的|那个)?"
                         r"(?:列表|单子|清单|选项|那几个|那几项)"
                         # (等一下，列表再给我看一遍: "没有直接写到这一点"; r77 QA)
                         r"|(?:^|[，,。\s])(?:列表|单子|清单|选项)(?:再|重新)(?:给我|帮我|发我)?(?:看|发|列|显示|说)"
                         r"|(?:刚才|刚刚|之前|前面|上面|那个)(?:的)?(?:那)?(?:几个|几项|个|些)?(?:列表|单子|清单|选项|事项)(?:再|重新)(?:给我|帮我|发我)?"
                         r"(?:看|发|列|显示|说|给)"
                         # (刚才那几个选项再给我看看: the situations, "没有完全理解"; r75 QA)
                         r"|(?:刚才|刚刚|之前|前面|上面)(?:的)?那(?:几个|几项|些)(?:选项|事项)?(?:再|重新)(?:给我|帮我|发我)?(?:看|发|列|显示|说)")


def asks_list_again(text: str) -> bool:
    """Whether ``text`` asks to see the list offered once more (再给我看下那个列表, 回到那个列表)."""
    text = normalize("NFKC", text or "").strip()
    back = _GONE_BACK.match(text)
    return bool(_LIST_AGAIN.search(text)) or bool(back and back.group("list") and not back.group("named")
                                                   and not text[back.end():].strip("，,。？?！! "))


def _said_in(named: str, title: str) -> bool:
    """Whether ``named`` is said in ``title``: as it is, by a pair of its characters, or its characters in order a few apart
    (买房 in 购买自住住房)."""
    return named in title or bool(han_pairs(named) & han_pairs(title)) \
        or bool(re.search(".{0,4}".join(map(re.escape, named)), title))


def list_gone_back_to(turn: Turn) -> Optional[str]:
    """What to choose by among the items offered before the options now (``list_before``) for a message going back to
    them by a word of them or as "that list": what it says after (我买房 of 回到公积金，我买房), or the word when it names one
    of them alone (买房 of 算了，还是说买房那个); "" to offer them again (回到刚才那个列表, 再给我看下刚才的列表); None when the
    message goes back to no such list (还是说回身份证 names an item talked of, not a list)."""
    text = normalize("NFKC", turn.text or "").strip()
    if not turn.list_before:
        return None
    if asks_list_again(text):
        return ""
    back = _GONE_BACK.match(text)
    if back is None:
        return None
    named = back.group("named")
    fitting = [o for o in turn.list_before if named and _said_in(named, o.get("title", ""))]
    if named and not fitting:
        return None
    if not named and not back.group("before") and not back.group("list"):
        return None
    rest = re.sub(r"^[，,。？?！!\s]+", "", text[back.end():])
    return rest or (named if len(fitting) == 1 else "")


# the last or the first of the items named (先说后一个, 后面那个先讲, 先说前面那个)
# (先说后面这个, 先讲后边那个: "not in scope", "没有完全理解"; r59 QA)
_LAST_OR_FIRST = re.compile(r"(?:(?P<last>后(?:面|边|头)(?:的)?(?:那|这)?(?:一)?(?:个|项|件)|后(?:一)?(?:个|项|件)|最后(?:那|一)(?:个|项|件))"
                            r"|前(?:面|边|头)(?:的)?(?:那|这)?(?:一)?(?:个|项|件)|前(?:一)?(?:个|项|件))"
                            r"(?!月|星期|礼拜|工作日|小时|季度|年|周)")


def pending_asked(turn: Turn, store=None) -> Optional[str]:
    """The item still to come (named together earlier) that a short message turns to before
    the one in hand (先说驾驶证 while 行驶证 asks its situation; 先说第二个: the second named; 下一个,
    继续: the first still to come),
    if it is not the one in hand; None otherwise, and while items or FAQs are offered."""
    offered = turn.options[0] if turn.options else {}
    # (下一个 while the first's items or kinds of business are offered: the same question again; r67, r68 QA) — not while
    # those still to come are offered (还要办啥 after 开店's list: that list)
    skipped = asks_next(turn.text) and not any(o.get("value") in turn.pending_items for o in turn.options)
    if not turn.pending_items or (offered.get("kind") not in (None, "situation", "district") and not skipped):
        return None
    in_hand = item_held(turn)
    text = normalize("NFKC", turn.text or "")
    ordinal = _ORDINAL.search(text)
    # a short message that neither picks by number nor names a situation offered, nor a service outside the catalog
    # (not "1", the first situation of the item in hand: its faint candidates held 社保卡申领, still to come;
    # nor 婚生的 to 出生登记's 婚生 / 非婚生, read faintly as 出生医学证明, still to come: r14 QA; nor 卖烟要什么证,
    # a service outside the catalog, read faintly as 食品经营许可 still to come in 开小卖部's list)
    short = len(reply_core(text)) <= SHORT_SWITCH and picked_number(text) is None and not turn.outside \
        and not (offered and situations_said(text, [o.get("value") or "" for o in turn.options]))
    if asks_next(text):   # 下一个, 继续, 还有呢: the first still to come after the one in hand
        chosen = next((i for i in turn.pending_items if i != in_hand), None)
    elif ordinal is not None or _LAST_OR_FIRST.search(text):
        named = list(turn.pending_items) if in_hand in turn.pending_items else [in_hand, *turn.pending_items]
        if ordinal is not None:
            raw = ordinal.group(1)
            number = int(raw) if raw.isdigit() else CHINESE_NUMBERS[raw]
        else:   # (先说后一个, 先讲后面那个: "not in scope"; r58 QA)
            number = len(named) if _LAST_OR_FIRST.search(text).group("last") else 1
        chosen = named[number - 1] if 1 <= number <= len(named) else None
    elif short:
        read = [c.get("id") for c in turn.candidates[:3] if c.get("score", 0) >= CLOSEST_MIN_SCORE]
        close = [i for i in [turn.linked_item] + read if i in turn.pending_items]
        chosen = close[0] if len(set(close)) == 1 else None
    else:
        chosen = None
    if chosen is None and store is not None and short:
        # (先说落户 with 出生登记 still to come, read as 户口迁入: its menu of 购房落户 …; r48 QA): the one still to come whose
        # name or aliases have its words (words the one in hand has not: 在医疗机构内出生 is 出生证明's), if one alone has
        calling = [i for i in turn.pending_items if i != in_hand
                   and (words_of_read(store, i, text, in_hand) if in_hand else words_of_item_said(store, i, text))]
        chosen = calling[0] if len(calling) == 1 else None
    if chosen is None and store is not None and short and says_state(text) and not DOCUMENT_NAMED.search(text):
        # (先说丢了的那个 with 护照补发 still to come after 结婚登记: 补领婚姻登记证, read by 丢; r57 QA): the one still to come
        # that what happened points to
        fitting = [i for i in turn.pending_items if i != in_hand and fits_state(text, item_name_of(store, i))]
        chosen = fitting[0] if len(fitting) == 1 else None
    if chosen is None and store is not None and (read := turn.linked_item) and read not in turn.pending_items \
            and not says_state(text):
        # 社保卡呢 with 社保卡补领 still to come (read as 申领), 公积金能全取出来吗 with 退休提取 still to come in the
        # 退休 list (read as 离职提取 at 0.65): the one of that family still to come (r17 QA)
        kin = [i for i in turn.pending_items if family_key(i) == family_key(read)]
        # (not when the message says words of the member read that the one to come does not have: its own business;
        # 社保卡呢 says only what both say, 社保卡 being an alias of 申领 too; r18 QA)
        chosen = kin[0] if len(kin) == 1 and not says_own_name_words(store, read, kin, text) else None
    return chosen if chosen and chosen != in_hand else None


SHORT_SWITCH = 8   # characters of 先说驾驶证 without its wrapping words


def held_family_said(turn: Turn, store) -> bool:
    """Whether a short message says only the document or kind of the item in hand, read as another member of its
    family (先说身份证的 while 身份证首次申领, named first of three, asks its district: 换领 at 0.61, whose
    situations it then asked; r16 QA): no state said (丢了, 过期, 第一次) and no other member named whole."""
    held = item_held(turn)
    read = turn.linked_item
    text = normalize("NFKC", turn.text or "")
    return bool(held) and bool(read) and read != held and family_key(read) == family_key(held) \
        and len(reply_core(text)) <= SHORT_SWITCH and not says_state(text) and not names_item(store, read, text) \
        and not says_own_name_words(store, read, [held], text) \
        and not (called_pairs(store, read) - called_pairs(store, held)) & han_pairs(text) \
        and not situations_said(text, [s["name"] for s in store.situations(read)])
    # (那租房的话呢 after 购房提取: 租房 of 租房提取, an alias of the one read, not of the one held; r43 QA)
def member_told_short(turn: Turn, store) -> Optional[str]:
    """补办那个 while 社保卡申领's situations are asked ("没有完全理解"; r43 QA): the member of the held item's family that
    a short message's state points to (补领), when the held item does not fit it; None otherwise."""
    held = item_held(turn)
    text = normalize("NFKC", turn.text or "")
    item = store.item(held) if held else None
    if item is None or len(reply_core(text)) > SHORT_SWITCH or not says_state(text) or is_question(text):
        return None
    if not DOCUMENT_NAMED.search(text) and any(fits_state(text, item_name_of(store, i)) for i in turn.pending_items if i != held):
        return None   # (先说丢了的那个 with 护照补发 still to come after 结婚登记: that one, not 补领结婚证; r57 QA)
    member = member_fitting(text, item, store.family(held))
    return member if member and store.item(member) is not None else None


# on to the next of the items still to come (下一个, 继续, 接着说, 还有呢, 说下一个吧)
_NEXT = re.compile(r"^(?:那|好的?|嗯|行|ok)?[，,\s]*(?:说|看|办)?(?:下一个|下一项|下个|下一件|下一步的?事项|下一步|继续|接着说|接着"
                   r"|还有呢|然后呢|然后|接下来呢|接下来|剩下的呢|剩下的|还要办啥|还要办什么|还有啥要办的?|next"
                   # (那其他的呢 after the first of several named: the same address again; r25 QA)
                   r"|其他的?|其它的?|其余的?|别的|另外的?|其他几[个件项]|另外几[个件项])"
                   r"(?:吧|呢|呀|啊|事项)?[。！!？?~～]*$", re.IGNORECASE)


def asks_next(text: str) -> bool:
    """下一个, 然后呢, 接下来, 还要办啥: on to the next of the items still to come."""
    return bool(_NEXT.match(normalize("NFKC", text or "").strip()))


# a question, not a statement: 外地户口能办吗, 截止到什么时候, 能领几个月
# a statement put as a question by its tag (不要钱是吧, 不收费对吧: out of scope; r49 QA)
_TAG_QUESTION = re.compile(r"(?:是|对)(?:吧|吗|么|不|不对|不是)[啊呀哈]?[？?。！!~～]*$")
_QUESTION = re.compile(r"[吗么呢嘛不？?][。！!~～]*$|多久|多少|多长|几|怎么|如何|什么|啥|咋|哪|能不能|可不可以|是否|是不是|要好久"
                       r"|有没有|还是"   # 先挂失还是先补办: which of two
                       r"|行不行|中不中|管不管用|好不好使|算不算"   # (单位开个证明行不行; r38 QA)
                       r"|归谁|给谁|找谁|谁来|谁去|谁办|谁管|谁出|谁交|谁领"   # (补贴归谁; r39 QA)
                       r"|" + _TAG_QUESTION.pattern)


def item_held(turn: Turn) -> Optional[str]:
    """The item in hand: the one whose situations or districts are offered, else the one in
    context."""
    return (turn.options[0].get("item") if turn.options else None) or turn.item_in_context


SHORT_HOW = 6   # characters of a "how" question naming nothing but the held item's verb (咋补, 在哪换)


def asks_how_of_held(turn: Turn, store, held: Optional[str]) -> bool:
    """咋补 / 在哪换 / 怎么领 while 居民身份证补领 is in hand: asking words and characters of the held
    item's name only, so about it, though the linker reads another item sure (咋补: 住房公积金补缴
    at 0.45, whose notice it was). Not a message of asking words alone, nor while items are offered,
    nor a question whether something is needed (要带出生证吗 to 出生登记's situations: the situations again)."""
    if not held or turn.linked_item in (None, held) or turn.named_items or store.item(held) is None \
            or asks_if_needed(turn.text) \
            or any(o.get("kind") not in ("situation", "district") for o in turn.options):
        return False
    core = re.sub(r"[\W_]+", "", normalize("NFKC", turn.text or ""))
    return 0 < len(core) <= SHORT_HOW and not asks_only(core) \
        and asks_only(core, tuple(dict.fromkeys(item_name_of(store, held))))


MOST_ITEMS_BEFORE = 5
# saying one goes back to what was talked of before: 还是说回身份证, 回到刚才那个销户, 之前那个呢
# (还是说补领那个 after 社保卡补领 then 激活: "关于“说补领”，社会保障卡启用（激活）的办事指南中写到"; r57 QA)
# (not a time before: 之前那几个月的能补发吗 after the 失业金 notice got the notice again; r59 QA)
_BACK = re.compile(r"说回|回到|返回|回头说|刚才|刚刚|(?:之前|先前|前面)(?!(?:的|那|这)?(?:几|[一二两三四五六七八九十]|好几|半)(?:个)?(?:月|年|天|周|星期|礼拜))"
                   r"|上一个|一开始|最开始|开头|还是说[^，,。？?！!\s]{1,8}?那个")
# what was chosen before, said wrong (刚才选错了, 刚刚说错了): a correction, not going back to it
_CHOSE_WRONGLY = re.compile(r"(?:刚才|刚刚|之前|前面)[^，,。？?！!\s]{0,3}?(?:选错|说错|搞错|弄错|点错|填错)")
# pairs of characters too common in item names to say which one is meant
_COMMON_PAIRS = {"申请", "办理", "登记", "证明", "手续", "材料", "人员", "情形", "情况", "居民", "个人", "基本", "服务"}


# what was chosen said not to be it (不是上班那个, 不是这个情形)
_NOT_THAT_ONE = re.compile(r"不是[^，,。？?！!\s]{1,6}?(?:那个|那种|这个|这种)")


def corrects_choice(text: str) -> bool:
    """Whether ``text`` says what was chosen before was wrong (刚才选错了, 不对不对, 不是上班那个)."""
    text = normalize("NFKC", text or "").strip()
    return bool(_CHOSE_WRONGLY.search(text) or _CORRECTION.search(text) or _NOT_THAT_ONE.search(text))


def list_before_after(turn: Turn, slots: Dict[str, Any]) -> Optional[List[Dict[str, str]]]:
    """The ``list_before`` slot after a reply setting ``slots``: the items offered now, when the reply puts other options
    in their place or answers one of them (回到刚才那个单子 选第四个 after another question; r50 QA); None to leave it."""
    # (or a topic's kinds: 营业执照's 开公司 / 个体户 / 执照丢了, asked for again after 社保卡补办: 社保卡's situations; r86 QA)
    offered = [o for o in turn.options if o.get("kind") in ("item", "topic")]
    if len(offered) < 2 or len({o.get("kind") for o in offered}) > 1 or "options" not in slots \
            or slots["options"] == turn.options:
        return None
    return offered


def items_before_after(turn: Turn, in_context: Optional[str]) -> List[str]:
    """The ``items_before`` slot once the conversation moves from ``turn.item_in_context`` to
    ``in_context``: the item left added last, as "id/situation" if one was chosen for it."""
    left = turn.item_in_context
    if not left or left == in_context:
        return turn.items_before
    entry = turn.situation if (turn.situation or "").startswith(f"{left}/") else left
    kept = [e for e in turn.items_before if e.split("/", 1)[0] not in (left, in_context)]
    return (kept + [entry])[-MOST_ITEMS_BEFORE:]


def item_gone_back_to(turn: Turn, store) -> Optional[str]:
    """The entry of ``items_before`` (id or "id/situation") a message going back to what was
    talked of before names (还是说回身份证 要带啥 after 身份证补领 then 驾驶证换证: 补领, not the 换领 the
    linker reads; 回到刚才那个销户 周六能办吗 after 户口注销 then 公积金死亡提取: 户口注销, not 公积金's
    lines on 销户): a word of two characters of its name or aliases that the item in context
    does not have, most recent first; while another item's menu is offered, the item in context
    is one of them (还是说回身份证 while the 护照 items are offered). Without a word of going back,
    the thing of one talked of read as its sibling (``_sibling_gone_back_to``); None otherwise."""
    text = normalize("NFKC", turn.text or "")
    if _CHOSE_WRONGLY.search(text):
        return None   # (不对不对，我户口不在这边，刚才选错了: the 户籍地补领 notice again, by its 刚才; r52 QA)
    offering = any(o.get("kind") not in ("situation", "district") for o in turn.options)
    entries = list(turn.items_before)
    in_context = turn.item_in_context
    if offering and in_context:   # 还是说回身份证 while the 护照 items are offered: the one in context is gone back to
        entries.append(turn.situation if (turn.situation or "").startswith(f"{in_context}/") else in_context)
    if not entries:
        return _only_item_gone_back_to(turn, store, text)
    if not _BACK.search(text):   # (while items are offered, only a word of going back goes back)
        return None if offering else _sibling_gone_back_to(turn, store, text)
    said = han_pairs(text) - _COMMON_PAIRS
    # (刚才那个个体户 要本人去吗 after 个体户注销 then 企业年报, whose situations name 个体工商户 too: said of the one before,
    # not taken away as the held one's words; r42 QA)
    held = called_pairs(store, in_context) if in_context and not offering and not _THAT_ONE_BEFORE.search(text) else set()
    for entry in reversed(entries):
        item_id = entry.split("/", 1)[0]
        if (item_id != in_context or offering) and store.item(item_id) is not None \
                and (names_item(store, item_id, text) or (said & called_pairs(store, item_id)) - held):
            return entry
    if _BACK_TO_THE_ONE_BEFORE.search(text) and not (turn.in_scope and turn.linked_item and turn.linked_item != in_context) \
            and not (turn.pending_items and _ORDINAL.search(text)):   # (回到刚才那个列表 第4个: the list's fourth; r49 QA)
        # 还是说回刚才那个 要带啥 after 出生医学证明 then 居民医保: the one before the item in hand ("没有完全理解"; r40 QA)
        return next((e for e in reversed(entries) if e.split("/", 1)[0] != in_context
                     and store.item(e.split("/", 1)[0]) is not None), None)
    return None


# the one talked of before, named (刚才那个个体户, 之前说的那个护照)
_THAT_ONE_BEFORE = re.compile(r"(?:刚才|刚刚|之前|先前|前面)(?:说的|问的|提的|的)?那个(?=[\u4e00-\u9fff]{2})")
# going back to the one before by words alone, naming nothing (还是说回刚才那个, 回到之前那个)
_BACK_TO_THE_ONE_BEFORE = re.compile(r"(?:说回|回到|返回|再说回|接着说)(?:刚才|刚刚|之前|先前|前面|上一个|一开始|最开始)?(?:那个|那件|的那个|那件事)"
                                     r"|上一个(?:事|问题)")


def _only_item_gone_back_to(turn: Turn, store, text: str) -> Optional[str]:
    """我前面问的那个补证在哪办 after 补领婚姻登记证 only (the linker read 驾驶证遗失补证 by 补证; r12 QA): with
    no other item talked of, what was asked before is the one in context (in its situation), unless
    the message names the item read."""
    in_context = turn.item_in_context
    linked = turn.linked_item or (turn.candidates[0].get("id") if turn.candidates else None)   # (or read below the bar)
    if not _BACK.search(text) or not in_context or linked == in_context or turn.options \
            or store.item(in_context) is None:
        return None
    if linked and (names_item(store, linked, text)
                   or names_thing_of_linked(replace(turn, linked_item=linked), store, in_context)):
        return None   # (前面说的驾驶证补证: 驾驶证's)
    return turn.situation if (turn.situation or "").startswith(f"{in_context}/") else in_context


def _sibling_gone_back_to(turn: Turn, store, text: str) -> Optional[str]:
    """身份证那个多久能拿到 after 身份证补领, then 社保卡补领: the thing of an item talked of before
    (身份证, three characters of its name), which the linker reads as a sibling sharing it
    (居民身份证换领), though the message names nothing of that sibling nor says what befell the
    thing (过期了, 第一次): the one talked of, not the sibling."""
    # (身份证多少钱, vague: the 身份证 items offered, the best of them stands for what was read)
    linked = turn.linked_item or (turn.candidates[0].get("id") if turn.ambiguous and turn.candidates else None)
    if not linked or linked == turn.item_in_context or names_item(store, linked, text) or says_state(text):
        return None
    linked_name = item_name_of(store, linked)
    for entry in reversed(turn.items_before):
        item_id = entry.split("/", 1)[0]
        name = item_name_of(store, item_id)
        if item_id in (linked, turn.item_in_context) or store.item(item_id) is None:
            continue
        if any(name[k:k + THING_CHARS] in text and name[k:k + THING_CHARS] in linked_name
               for k in range(len(name) - THING_CHARS + 1)):
            return entry
    return None


def called(store, item_id: str) -> List[str]:
    """An item's name and aliases."""
    item = store.item(item_id) or {}
    return [item.get("name") or "", *(item.get("aliases") or [])]


def called_pairs(store, item_id: str) -> set:
    """The pairs of characters of an item's name and aliases."""
    return set().union(*(han_pairs(words) for words in called(store, item_id)))


_CLAUSE_APART = re.compile(r"[，,。；;！!？?\s]+|还有|另外|以及|而且")
# ...and 和 / 跟 / 顺便, unless what is said is of both (换护照和补办驾照 was 护照补发, by the licence's 补办; r81 QA; not 身份证和驾驶证
# 都丢了)
_JOINED_APART = re.compile(_CLAUSE_APART.pattern + r"|和|跟|顺便")
_OF_BOTH = re.compile(r"都|也|全")


# whose it is, corrected (不是我，是我老爸的，他80多了走不动; 不对不对，不是我的，是我儿子的社保卡丢了，他才8岁: 高龄津贴's notice, or the
# same 本人补领 notice again; r57 QA)
# (哦说错了，不是我，是我儿子要办; 不是给我办，是帮我家老人办的; 搞错了，是我奶奶的身份证到期: 义务教育入学's notice, 住院费用报销,
# the situations again; r59 QA)
_WHOSE_CORRECTED = re.compile(r"^(?:(?:哦|噢|啊|呃|额|嗯|哎)[，,\s]*)?"
                              r"(?:(?:(?:不对|错了|搞错了|说错了|弄错了|讲错了)[了不对，,\s]*)?"
                              r"不是(?:给|帮|替)?(?:我|我的|本人|俺|俺的|我自己)(?:的|本人|自己)?(?:要)?(?:办|用|弄)?(?:的)?[，,\s]*"
                              r"|(?:不对|错了|搞错了|说错了|弄错了|讲错了)[了不对，,\s]*(?=是))"
                              r"(?:是|而是)?(?:给|帮|替)?"
                              r"(?:我|俺)?(?:家)?(?:的)?(?:老爸|老妈|爸爸?|妈妈?|父亲|母亲|儿子|女儿|孩子|小孩|闺女|老婆|老公|媳妇|爱人"
                              # (搞错了 不是我的 是我家老头子的卡丢了: an FAQ; r58 QA)
                              r"|爷爷|奶奶|外公|外婆|姥姥|姥爷|老人|老伴|弟弟|妹妹|哥哥|姐姐|老头子|老头|老太婆|老婆子|老太太|老爷子|丫头)")


def whose_corrected(store, held: str, text: str) -> bool:
    """Whether ``text`` says the item in hand (``held``) is someone else's, naming no document but its own."""
    text = normalize("NFKC", text or "").strip()
    if not _WHOSE_CORRECTED.match(text):
        return False
    pairs = called_pairs(store, held)
    # (not "的卡" / "的证", the document in hand said bare: 是我家老头子的卡丢了, an FAQ; r58, r59 QA)
    return all(han_pairs(named) & pairs for named in (m.group(0)[-3:] for m in DOCUMENT_NAMED.finditer(text))
               if named[-2] != "的")


def said_of_item(store, item_id: str, text: str) -> str:
    """The clause of ``text`` that says most of ``item_id`` by the pairs of characters of its names (我要换驾照 of 我要换驾照，
    还有那个行驶证丢了补领 for 驾驶证有效期满换证: its 丢了 took it to 驾驶证遗失补证; r56 QA); ``text`` when no clause does."""
    pairs = called_pairs(store, item_id) - GENERIC_PAIRS
    apart = _CLAUSE_APART if _OF_BOTH.search(text or "") else _JOINED_APART
    clauses = [c for c in apart.split(text or "") if c]
    scored = [(len(han_pairs(c) & pairs), c) for c in clauses]
    best = max((score for score, _ in scored), default=0)
    return next(c for score, c in scored if score == best) if best else (text or "")


def follows_on(turn: Turn, item_id: Optional[str]) -> bool:
    """Whether the message follows on ``item_id``: the item in context, or the one whose
    situations or districts are offered."""
    return turn.item_in_context == item_id or any(o.get("item") == item_id for o in turn.options)


def is_tag_question(text: str) -> bool:
    """Whether ``text`` is a statement put as a question by its tag (不要钱是吧, 不收费对吧)."""
    return bool(_TAG_QUESTION.search(normalize("NFKC", text or "").strip()))


def is_question(text: str) -> bool:
    """Whether ``text`` is put as a question (外地户口能办吗, 截止到什么时候), not a statement."""
    return bool(_QUESTION.search(normalize("NFKC", text or "").strip()))


SHORT_POINT_QUESTION = 10   # characters: 外地户口能办吗, 能领几个月 (not 我想问问失业金能领几个月)
# a may-I question read as one of these (or not surely as anything) asks who may; 周六能办吗,
# read as ask_place, asks when
MAY_I_INTENTS = {"ask_conditions", "ask_guide"} | NOT_UNDERSTOOD_INTENTS
UNSURE_MAY_I = 0.3
SHORT_REPLY = 10   # characters: a reply this short that says the case is a reply, whatever it links to
LONG_REPLY = 30    # characters: a reply up to this long is one unless it names another item


_ACTION = re.compile(r"(?:首次)?(?:申领|申请|补领|换领|办理|登记|签发|补发|换发)$")


def chosen_by_alias(turn: Turn, store) -> Optional[Dict[str, Any]]:
    """The one offered item whose aliases hold the words of a short reply to "which item?"
    (我是离职了 → 离职提取公积金 of 与单位终止劳动关系提取住房公积金); None for none or several, and
    for a question of an aspect or an amount, which is no reply (能贷多少 to the 公积金贷款 items was
    新房贷款 by its alias 公积金能贷多少, then answered with its time limit)."""
    core = reply_core(turn.text)
    if not 2 <= len(core) <= 6 or aspects_asked(turn.text) or asks_amount(turn.text):
        return None
    hits = []
    for offered in turn.options:
        item = store.item(offered["value"]) if offered["kind"] == "item" else None
        if item and any(core in alias for alias in item.get("aliases") or []):
            hits.append(offered)
    return hits[0] if len(hits) == 1 else None


def names_item(store, item_id: str, text: str) -> bool:
    """Whether ``text`` holds the item's name, its name without the action (居住证 of 居住证申领)
    or one of its aliases (two characters or more)."""
    item = store.item(item_id) or {}
    name = item.get("name") or ""
    text = normalize("NFKC", text or "")   # 出生登记（新生儿入户） as sent by its button, however normalised
    return any(len(words) >= 2 and normalize("NFKC", words) in text
               for words in [name, _ACTION.sub("", name), *(item.get("aliases") or [])])


# the short name a catalog name ends with in brackets (年检 of 机动车检验合格标志核发（年检）, 健康证, 二手车过户)
_SHORT_NAME = re.compile(r"（([^（）]{2,})）$")


def short_name_said(turn: Turn, store, held: Optional[str]) -> Optional[str]:
    """The one item read besides the one in hand (at ``CLOSEST_MIN_SCORE`` or more) that the message calls by the short
    name in brackets its name ends with, while it names the one in hand by none of its names: 行驶证年检呢 while
    补领行驶证's situations are asked is 年检 (read second, at 0.26; the 补领 notice came back; r18 QA)."""
    if not held or not turn.candidates or names_item(store, held, turn.text):
        return None
    text, held_name = normalize("NFKC", turn.text or ""), item_name_of(store, held)
    said = [c["id"] for c in turn.candidates if c.get("id") != held and c.get("score", 0) >= CLOSEST_MIN_SCORE
            and (short := _SHORT_NAME.search(item_name_of(store, c["id"]))) is not None
            and short.group(1) in text and short.group(1) not in held_name
            # (a state is no name: 不是换，是首次申领 after 社保卡换领 is its 申领, not 普通护照签发（首次申领）; r64 QA)
            and not says_state(short.group(1))]
    return said[0] if len(said) == 1 else None


def case_reply_to(turn: Turn, store):
    """(option, item) when a reply to an item's situations says the case in words of the
    closed list (``situation_said``: 户口所在地, 回老家, 在外地) that point to one of them,
    although the linker took it for another item: a short reply whatever it links to, a
    longer one (我是外地户口，在这边上班) unless it names the other item in so many words (居住证
    在户口所在地能办吗). Else None. The options remember their item (older conversations'
    options do not: None)."""
    text = turn.text or ""
    if not turn.options or turn.options[0]["kind"] != "situation" or len(text) > LONG_REPLY:
        return None
    pending = turn.options[0].get("item")
    if not pending or pending == turn.linked_item:
        return None
    if len(text) > SHORT_REPLY and turn.linked_item and names_item(store, turn.linked_item, text):
        return None
    titles = [o["title"] for o in turn.options]
    said = situation_said(turn.text, titles)
    return (turn.options[titles.index(said)], pending) if said is not None else None


def about_another_item(turn: Turn, store) -> bool:
    """Whether a reply to the pending situations or districts of the item in context is about
    another item: it names one whose situations these are not (a district list cannot tell, so
    any item named counts), or the linker is sure of close items among which the one in
    context is not (护照怎么办 while 身份证补领 waits for its situation), or the message is not
    understood and another item is close (我上周交的居住证申请到哪一步了)."""
    if turn.options and turn.options[0]["kind"] == "situation" and len(reply_core(turn.text)) <= SHORT_REPLY \
            and not is_question(turn.text) and options_by_words(turn.text, turn.options):
        return False   # 是公积金贷款 to 偿还本市住房公积金贷款 / 偿还商业住房贷款 (read as 公积金贷款 at 0.96; r18 QA)
    if turn.linked_item:
        if turn.options and turn.options[0]["kind"] == "situation":
            names = {s["name"] for s in store.situations(turn.linked_item)}
            # 我们是二手房呢 to 新房贷款's 省直 / 非省直, which 二手房贷款 has too: its sibling told
            if sibling_linked(turn, store) is not None:
                return True
            # (read unsurely in words none of its own: 那她啥时候能领 to 高龄津贴's situations, 城乡居民养老 at 0.38 by 领;
            # r18 QA)
            held = turn.options[0].get("item") or turn.item_in_context
            if held and score_read(turn, turn.linked_item) < SURE_OTHER_SCORE and not switches(turn.text) \
                    and not names_item(store, turn.linked_item, turn.text) \
                    and not says_own_name_words(store, turn.linked_item, [held], turn.text) \
                    and not names_other_topic(turn.text, held):   # (先说社保的 turns to 社保)
                return False
            # (a short case, 首套 to 新房贷款's 省直 / 非省直, read as 契税申报 at 0.58: the case, not that item; r16 QA; but
            # not one of another document: 社保卡也丢了 to 身份证补领's situations, "没有完全理解"; r59 QA)
            return not all(o["value"] in names for o in turn.options) \
                and not (tells_case(turn.text) and not is_question(turn.text)
                         and not names_item(store, turn.linked_item, turn.text)
                         and not (held and names_other_document(store, held, [turn.linked_item], turn.text)))
        held = turn.options[0].get("item") or turn.item_in_context if turn.options else None
        if held and turn.options[0]["kind"] == "district" and score_read(turn, turn.linked_item) < SURE_OTHER_SCORE \
                and score_read(turn, held) >= CLOSEST_MIN_SCORE and not switches(turn.text) \
                and not names_item(store, turn.linked_item, turn.text) \
                and not says_own_name_words(store, turn.linked_item, [held], turn.text) \
                and not names_other_topic(turn.text, held):
            # 孩子在外地上学 能在学校那边办吗 to 身份证首次申领's districts: about it, not 转学 read at 0.22 by 上学 (r36 QA)
            return False
        return True
    if turn.item in [c.get("id") for c in turn.candidates]:
        return False
    if not turn.in_scope:   # not understood, and another item close: offer it (as before)
        return turn.intent in NOT_UNDERSTOOD_INTENTS and other_items_close(turn, turn.item)
    return bool(turn.ambiguous and turn.candidates and turn.candidates[0].get("score", 0) >= ANOTHER_ITEM_SCORE
                and not tells_case(turn.text))   # 第一次办 reads like 身份证首次申领 to the linker


def names_other_topic(text: str, item_id: str) -> bool:
    """Whether ``text`` names a topic (社保, 公积金, 户口) that ``item_id`` is not of."""
    text = normalize("NFKC", text or "").lower()
    return any(not in_topic(t, item_id) for t in topics_named(text))


def case_told_after(turn: Turn, store, item_id: str, situation: Optional[str]) -> Optional[str]:
    """The other situation of the item in context that a message after its answer describes
    in case words (``situation_said``: 我是外地户口 → 异地补领 after the 户籍地补领 notice; 我其实
    是来上学的 → 连续就读), if any. None when the message names another item or the linker is
    sure of one, the item has one situation, or the words point to none, several or the
    situation already chosen."""
    # (a short reply of case words is the case whatever the linker reads: 二婚 after the 结婚登记 notice was
    # 婚姻登记档案查询 at 0.46)
    case = tells_case(turn.text) and not is_question(turn.text)   # (外地人怎么办: a question, of 居住证 read sure)
    if turn.options or turn.outside or (turn.linked_item and turn.linked_item != item_id and not case):
        return None
    best = turn.candidates[0] if turn.candidates else {}
    if best.get("id") != item_id and best.get("score", 0) >= ANOTHER_ITEM_SCORE and not case:
        return None
    names = [s["name"] for s in store.situations(item_id)]
    said = situation_said(turn.text, names) if len(names) > 1 else None
    current = situation.split("/", 1)[1] if situation and situation.startswith(f"{item_id}/") else None
    return said if said != current else None


# a thing said lost (发票丢了一张咋办, 收据找不到了): the words right before the loss
_THING_LOST = re.compile(r"(?P<thing>[\u4e00-\u9fff]{2,8}?)(?:也|都|又|给)?(?:弄)?(?:丢了|丢失|遗失|找不到|不见了|掉了)")


# a document one has not got (我们租房住 没房产证能报吗 after 义务教育入学: 公积金租赁提取 at 0.39, read by 租房, and
# 房产证 named; r26 QA), or not yet (房本还没下来)
_THING_LACKING = re.compile(r"(?:没有?|无|缺)(?:带)?(?P<thing>[\u4e00-\u9fff]{0,4}?(?:证明|证|合同|执照|户口本|户口簿|房本|证书|发票))"
                            r"|(?P<yet>[\u4e00-\u9fff]{0,4}?(?:证明|证|房本|证书|执照))(?:还|也)?(?:没|未)(?:有)?(?:下来|拿到|办|领)")


def lost_material_of_held(turn: Turn, store, held: Optional[str]) -> bool:
    """Whether a message says lost (or not had: ``_THING_LACKING``) a thing that is one of the held item's materials
    (发票丢了一张咋办 in the 住院费用报销 conversation: its 发票, not the tax office's 发票领用 the linker read at 0.30), the
    linker not sure of another item (``SURE_OTHER_SCORE``: 身份证丢了 during 结婚登记 is 身份证补领)."""
    text = normalize("NFKC", turn.text or "")
    lost = _THING_LOST.search(text)
    thing = lost.group("thing") if lost else thing_lacking(text)
    if not held or not thing or store.item(held) is None or turn.named_items \
            or (turn.linked_item not in (None, held) and score_read(turn, turn.linked_item) >= SURE_OTHER_SCORE):
        return False
    return among_materials(store, held, _thing_words(thing, 2))   # 住院发票 → 住院发票, 院发票, 发票; 票据


def thing_lacking(text: str) -> Optional[str]:
    """The document ``text`` says is not had, or not yet (``_THING_LACKING``), else None."""
    lacking = _THING_LACKING.search(text)
    return (lacking.group("thing") or lacking.group("yet")) if lacking else None


def among_materials(store, item_id: str, words: List[str]) -> bool:
    """Whether one of ``words`` is in the name of one of ``item_id``'s materials (any situation's)."""
    return any(word in m["name"] for m in store.all_materials(item_id) for word in words)


def document_not_needed(turn: Turn, store, held: Optional[str]) -> Optional[str]:
    """The document a message says is not had (``_THING_LACKING``: 我租的房子没有房产证能报吗) when the held item's
    materials do not hold it and the linker read the item that issues it (不动产权证书补证, read by 房产证; it got that
    item's situations; r27 QA): not needed for the item in hand. None otherwise."""
    thing = thing_lacking(normalize("NFKC", turn.text or ""))
    read = turn.linked_item or (turn.candidates[0].get("id") if turn.candidates else None)
    if not held or not thing or read in (None, held) or store.item(held) is None or turn.named_items:
        return None
    words = _thing_words(thing, 3)
    if among_materials(store, held, words):
        return None   # (a material of the item in hand: ``lost_material_of_held``)
    issuing = "|".join(called(store, read))
    return thing if any(word in issuing for word in words) else None


def _thing_words(thing: str, shortest: int) -> List[str]:
    """The endings of ``thing`` of ``shortest`` characters or more, longest first, then what else
    each is called (``SAME_THING``: 发票 → 票据, 出生证明 → 出生医学证明)."""
    tails = [thing[start:] for start in range(len(thing) - shortest + 1)]
    return tails + [same for tail in tails for same in SAME_THING.get(tail, ())]


# a document said to be in hand already (出生证明已经拿到了, 结婚证有了)
_THING_HAD = re.compile(r"(?P<thing>[\u4e00-\u9fff]{1,6}?(?:证明|证|执照|户口本|户口簿|护照|驾照))"
                        r"(?:已经|已|都|也)?(?:拿到|领到|开好|开出来|办好|办下来|下来|有)了")


def had_material_of_held(turn: Turn, store, held: Optional[str]) -> Optional[str]:
    """The held item's material (its name) that a message says is in hand already, while that item's
    situations or districts are asked, the linker reading the item that issues it: 在医院生的 出生证明已经拿到了
    to 出生登记's 婚生 / 非婚生 was the 《出生医学证明》首次签发 notice (r12 QA). None otherwise."""
    found = _THING_HAD.search(normalize("NFKC", turn.text or ""))
    offered = turn.options[0].get("kind") if turn.options else None
    if not held or not found or offered not in ("situation", "district") or turn.linked_item in (None, held) \
            or store.item(held) is None or turn.named_items:
        return None
    words = _thing_words(found.group("thing"), 3)   # 出生证明 → 出生证明, 生证明; 出生医学证明
    linked = item_name_of(store, turn.linked_item)
    if not any(word in linked for word in words):
        return None   # (not the document the item read issues)
    return next((m["name"] for m in store.all_materials(held) for word in words if word in m["name"]), None)


def other_items_close(turn: Turn, item_id: str) -> bool:
    """Whether the linker found an item other than ``item_id`` close enough to offer."""
    return any(c.get("score", 0) >= CLOSEST_MIN_SCORE and c.get("id") != item_id for c in turn.candidates)


# "需要出生证明吗", "要体检吗", "要不要带结婚证", "户口本要带吗": whether something is needed for
# the item in hand
_VERB = r"(?:带|提供|交|开|有|准备|出具|出示)?"
_END = r"[？?。！!～~]*$"
_NEEDED = re.compile(
    # (要带照片不: 不 ends one too; not 么 of 什么: 要带什么 was read as 要 + 带什 + 么, a document asked; r25 QA)
    r"^(?:请问)?(?:那么?)?(?:还)?(?:是否)?(?:需要|要|得|用|必须)" + _VERB + r"(?P<a>[^，。,？?！!\s]{2,12}?)(?:吗|(?<![什怎多这那])么|嘛|不)" + _END
    + r"|^(?:请问)?(?:那么?)?(?:还)?(?:需不需要|要不要|用不用)" + _VERB + r"(?P<b>[^，。,？?！!\s]{2,12}?)" + _END
    + r"|^(?:那么?)?(?P<c>[^，。,？?！!\s]{2,8}?)(?:还)?(?:(?:需要|要|得|用)" + _VERB + r"(?:吗|(?<![什怎多这那])么|嘛|不)"
    + r"|(?:需不需要|要不要|用不用)" + _VERB + "|带不带)" + _END
    # (是不是要居住证 in 异地补领身份证: 居住证签注's notice; r38 QA)
    + r"|^(?:请问)?(?:那么?)?(?:还)?(?:是不是|是否)(?:还)?(?:需要|要|得|必须)" + _VERB + r"(?P<d>[^，。,？?！!\s]{2,12}?)"
    r"(?:吗|啊|呀|呢)?" + _END)
# a statement before the question (男方是外省的 户口本要带吗): the question is its last clause
_LAST_CLAUSE = re.compile(r"[，,。\s]+(?=[^，,。\s]{4,}$)")


def asks_if_needed(text: str) -> bool:
    """Whether ``text`` asks only whether something is needed (需要出生证明吗, 要不要体检),
    something more than an asking word (要多久吗, 要预约吗 are aspects)."""
    text = _BACK_TO_THE_ITEM.sub("", normalize("NFKC", text or "").strip())
    match = _NEEDED.match(text) or _NEEDED.match(_LAST_CLAUSE.split(text)[-1])
    thing = (match.group("a") or match.group("b") or match.group("c") or match.group("d")) if match else ""
    return bool(match) and not asks_only(thing) and not _MONEY.fullmatch(thing)


# money asked of (要收钱吗, 要交工本费吗): the fee, not a thing needed (it got "没有直接写到" and the materials; r36 QA)
_MONEY = re.compile(r"(?:收|交|缴|付|花|给|另外|额外)?(?:钱|费|费用|工本费|手续费|押金)")


# words pointing back at the item in hand before a question (那刚才说的要带照片吗 while 身份证换领's district was asked:
# "not in scope"; r32 QA)
_BACK_TO_THE_ITEM = re.compile(r"^(?:那|那么)?(?:你)?(?:刚才|刚刚|上面)?(?:说的|那个|这个)(?:这个|那个)?[，,\s]*")


_TURNS_TO = re.compile(r"^\s*(?:那|那么|还有|另外)[^，,。？?！!\s]{1,8}?(?:呢|的话)")   # 那离婚呢 …, 那离婚的话 …


def item_in_hand(turn: Turn, store=None) -> Optional[str]:
    """需要出生证明吗 while 出生登记 is being told: whether the 出生医学证明 is needed for it,
    not a question about 出生医学证明 itself, though the linker names that item (and Rasa's
    slot follows it); 要体检吗 after 身份证补领 is not about the 健康证. Likewise a short
    question about a point no field is named after (能领几个月 after 高龄津贴, which an alias
    of 失业金 links to; 截止到什么时候, not understood) or whether one may (新生儿能办吗 after
    城乡居民医保参保, not the life event 孩子出生; 网上能办吗 says nothing but asking words). The
    item in hand: the one whose situations or districts are offered, else the one in context;
    None when the message is no such question, or points nowhere else (the usual answer is
    then about the item in hand anyway). Not while items, topics or FAQs are offered to
    choose from, nor (with ``store``) for a point of a thing the message names of the item
    read (``names_thing_of_linked``: 那身份证过期了怎么换)."""
    offered = turn.options[0] if turn.options else {}
    if offered.get("kind") not in (None, "situation", "district"):
        return None   # items, topics or FAQs offered: the question is about those
    needed = asks_if_needed(turn.text)
    core = reply_core(turn.text)
    may_i = asks_if_may(turn.text) and (turn.intent in MAY_I_INTENTS or turn.confidence < UNSURE_MAY_I)
    paper = bool(_PARTYS_PAPER.search(turn.text or ""))
    pointed = not needed and (names_point_word(turn.text) or may_i or asks_about_age(turn.text) or paper) \
        and len(core) <= (LONG_REPLY if paper else SHORT_POINT_QUESTION) and not asks_only(core) \
        and is_question(turn.text)   # not 我是外地户口，在这边上班
    in_hand = item_held(turn)
    if not (needed or pointed) or not in_hand:
        return None
    if pointed and not needed and names_thing_of_linked(turn, store, in_hand):
        return None   # 那身份证过期了怎么换 after 结婚登记: 过期 is a point, but of the 身份证 named
    if pointed and not needed and turn.linked_item not in (None, in_hand) and score_read(turn, turn.linked_item) >= NAMED_SURELY:
        return None   # 生育津贴男的能领吗 while 预防接种证's situations are asked (0.89): a question of that item (r18 QA)
    if needed and store is not None and turn.linked_item not in (None, in_hand) and _TURNS_TO.match(turn.text or "") \
            and score_read(turn, turn.linked_item) >= ANOTHER_ITEM_SCORE \
            and words_of_read(store, turn.linked_item, turn.text, in_hand):
        return None   # 那离婚呢 要户口本吗 after 结婚登记: a question of 离婚登记 (its FAQ on 户口本 came; r32 QA)
    elsewhere = turn.linked_item not in (None, in_hand) or turn.item != in_hand
    close = turn.in_scope and bool(turn.candidates) and turn.candidates[0].get("id") != in_hand
    # 要交社保吗 names a topic (社保's menu), 要带户口本吗 to the situations reads as the notice
    return in_hand if (elsewhere or close or turn.named_items or offered or topic_asked(turn.text)
                       or group_asked(turn.text) is not None
                       or event_named(turn.text) is not None or event_asked(turn.text) is not None
                       or (pointed and turn.intent in NOT_UNDERSTOOD_INTENTS)) else None


# a paper from a party that is no government service (那我单位开个证明行不行 while 居住证申领 is in hand: 开具户籍类证明
# read at 0.34; r38 QA): a material of the item in hand
_PARTYS_PAPER = re.compile(r"(?:单位|公司|厂里|社区|居委会|村委会?|学校|房东|雇主|老板|街道|物业)(?:给我|帮我|给|能)?"
                           r"(?:开|出|出具|写)(?:个|张|份|一份|一张|的)?(?:证明|说明)")
NAMED_SURELY = 0.8   # the linker's score of an item a may-I question asks of, whatever is in hand
THING_CHARS = 3   # characters of the linked item's name a message must hold to name its thing (身份证)


def names_thing_of_linked(turn: Turn, store, in_hand: str) -> bool:
    """Whether the message holds ``THING_CHARS`` or more characters in a row of the name of
    the item the linker read (身份证 of 居民身份证换领 in 那身份证过期了怎么换), or an alias of it longer
    than that, that the name of the item in hand does not hold: it names that thing, not a
    point of the item in hand. (能领几个月 holds
    no such run of 失业保险金申领; 要带结婚证吗 none of 补领婚姻登记证.)"""
    if store is None or not turn.linked_item or turn.linked_item == in_hand:
        return False
    linked, held = item_name_of(store, turn.linked_item), item_name_of(store, in_hand)
    text = normalize("NFKC", turn.text or "")
    # or an alias of it that long (驾照到期 of 机动车驾驶证有效期满换证 in 再问下 驾照到期咋换, after 身份证补领)
    aliases = [a for a in (store.item(turn.linked_item) or {}).get("aliases") or [] if len(a) > THING_CHARS]
    return any(linked[k:k + THING_CHARS] in text and linked[k:k + THING_CHARS] not in held
               for k in range(len(linked) - THING_CHARS + 1)) \
        or any(alias in text and alias not in held for alias in aliases)


# (affirm: 首套 to the 公积金贷款 items was read as a yes)
STATEMENT_INTENTS = {"inform", "ask_guide", "ask_conditions", "choose_option", "affirm"} | NOT_UNDERSTOOD_INTENTS
SHORT_STATEMENT = 15   # characters of a reply without its wrapping words


def statement_to_pending(turn: Turn, store) -> Optional[str]:
    """The item whose situations are asked, when the reply is a short statement of the
    citizen's case that matches none of them and that the linker takes for another item it
    does not name (他被公司辞退了 to 失业金's 本人申领 / 委托他人代办 → 劳动人事争议仲裁; 在医院生的
    to 出生登记's 婚生 / 非婚生 → 出生医学证明): the citizen is still answering the question, so
    it is asked again (with the other item offered by name). None for a question, a longer
    message, one that names the other item (我要办护照) or asks of it in keywords (社保卡补办)."""
    offered = turn.options[0] if turn.options else {}
    pending = offered.get("item") if offered.get("kind") == "situation" else None
    if not pending or turn.linked_item == pending or not statement_not_naming(turn, store, SHORT_STATEMENT) \
            or switches(turn.text) \
            or asks_in_keywords(turn, turn.linked_item):   # 不对，我不是租房，是要还房贷: a correction; 社保卡补办
        return None
    return pending


def statement_not_naming(turn: Turn, store, longest: int, read: Optional[str] = None) -> bool:
    """Whether the message is a statement (no question) of at most ``longest`` characters
    without its wrapping words, in which the linker read an item (``read``, else
    ``linked_item``) that the message does not name."""
    read = read or turn.linked_item
    text = normalize("NFKC", turn.text or "").strip()
    return bool(read) and turn.intent in STATEMENT_INTENTS and not is_question(text) \
        and len(reply_core(text)) <= longest and not names_item(store, read, text)


def unheard_in_hand(turn: Turn, store) -> Optional[str]:
    """The item in hand (whose situations or districts are asked, else the one in context)
    for a message not understood as a question about an item (out_of_scope) in which the
    linker read other items that it does not name, nor a topic or a life event (or a question
    understood that is short, or asks whether one may about items read at less than
    ``ANOTHER_ITEM_SCORE``): 她是工人，不是干部 after the 退休 notice (→ 建筑工程施工许可), 我妈85了，
    外地户口，能领吗 after 高龄津贴 (→ 父母投靠 at 0.16), 70岁了还能换吗 after 驾驶证换证 (→ a list),
    每个月交多少钱 after 灵活就业参保 (→ 公积金汇缴), 要提前多久办 after 退休 (→ 提前还清贷款). A message
    in the form of a switch (那离婚呢, 我还想办…) or naming the items read (their name, an alias,
    or a word two of them share: 护照怎么办) is about them. Such words tell the citizen's case or
    ask about the item in hand. None otherwise (the usual answer), and while items, topics or
    FAQs are offered to choose from."""
    offered = turn.options[0] if turn.options else {}
    if offered.get("kind") not in (None, "situation", "district"):
        return None
    in_hand = item_held(turn)
    text = normalize("NFKC", turn.text or "").strip()
    if not in_hand or turn.outside or turn.named_items or not any(c.isalnum() for c in text):
        return None
    others = other_items_read(turn, in_hand)
    if not others or names_read(store, others, text, in_hand) or switches(text) \
            or sibling_told(store, in_hand, others, text) or names_other_document(store, in_hand, others, text):
        return None
    if any(kind.search(item_name_of(store, in_hand)) for kind in other_kinds(without_denied(text))):
        return None   # (是长期的，不是临时去 after 临时外出就医备案: "关于“长期”，…临时外出…的办事指南中写到"; r76 QA)
    who = bool(_WHO_I_AM.match(text))
    if score_read(turn, others[0]) >= SURE_OTHER_SCORE and len(words_of_read(store, others[0], text, in_hand)) >= 2 \
            and not who:
        # 公积金离职提取要带啥 after 社保卡补领: the words of the item read, none of the held one (r23 QA); not who one is
        # (我是开小卖部的个体户 to 营业执照遗失补领's situations: "是不是个体工商户设立登记"; r72 QA)
        return None
    best = max((c.get("score", 0) for c in turn.candidates), default=0)
    short = len(reply_core(text)) <= SHORT_FOLLOW_UP and turn.intent != "ask_guide"   # not 孩子上学要办什么
    asking = turn.intent in ASPECT_OF_INTENT and (short or (best < ANOTHER_ITEM_SCORE and asks_if_may(text)))
    # a statement of the case that tells the held item's situation (她户口在本地 after 给我妈补办身份证…能代办吗: 户籍地
    # 补领, not 户口迁移（夫妻投靠） read at 0.36; r26 QA)
    tells = turn.intent == "inform" and (bool(situations_said(text, [s["name"] for s in store.situations(in_hand)]))
                                         # (两个人都是外地户口 after 结婚登记要带什么: a menu of 户口 items read at 0.18; r74 QA)
                                         or (best < ANOTHER_ITEM_SCORE and short and not is_question(text)))
    if turn.intent not in NOT_UNDERSTOOD_INTENTS and not asking and not tells:
        return None   # a longer question understood: about the item the linker read (though not named)
    if topic_asked(text) or group_asked(text) is not None or (event_named(text) is not None and not who) \
            or event_asked(text) is not None or asks_only(text):
        return None
    return in_hand


# who one is, said alone (我是开小卖部的个体户, 俺是退休工人): the case, not an item asked
_WHO_I_AM = re.compile(r"^(?:我|俺|我们|俺们|咱)(?:是|就是|算是|属于)(?!说|问|要|想)[^，,。？?！!\s]{1,12}[。!！]?$")
# ...or one's state now (我退休了, 俺已经离职了)
_MY_STATE = re.compile(r"^(?:我|俺|我们|俺们)(?:已经|刚|早就|都)?(?:被)?(退休|离休|离职|辞职|失业|下岗|退了|裁了|裁员|辞退|开除)(?:了|的)?[。!！]?$")
_OUT_OF_WORK = re.compile(r"下岗|失业|被裁|裁员|辞职|离职|辞退|开除|没工作|没了工作|丢了工作")
_WHO_CORE = re.compile(r"^(?:我|俺|我们|俺们|咱)(?:是|就是|算是|属于|已经|刚|早就|都)?|(?:的|了|人员|人)?[。!！]?$")


def _who_words(text: str) -> set:
    """The pairs of characters of what a statement of who one is says one is (退休 of 我是退休的), or none."""
    text = normalize("NFKC", text or "").strip()
    if not (_WHO_I_AM.match(text) or _MY_STATE.match(text)):
        return set()
    core = _WHO_CORE.sub("", text)
    words = {core[i:i + 2] for i in range(len(core) - 1)}
    # (我下岗了 to the fund's withdrawals: the list again; r77 QA) — out of work, as the items' names say it
    return words | ({"终止", "离职", "失业"} if _OUT_OF_WORK.search(core) else set())


def sibling_of_who_i_am(turn: Turn, store, asked: Optional[str]) -> Optional[str]:
    """The one other member of ``asked``'s family whose name says what a statement of who one is says (我是退休的 while
    租赁提取住房公积金's situations are asked: 离休、退休提取住房公积金, read at 0.08 beside 养老保险退休申请 at 0.63; "没有完全
    理解"; r76 QA); None otherwise."""
    words = _who_words(turn.text)
    if not words or not asked or store.item(asked) is None or any(w in item_name_of(store, asked) for w in words):
        return None
    kin = [i["id"] for i in store.family(asked) if i["id"] != asked and any(w in i["name"] for w in words)]
    return kin[0] if len(kin) == 1 else None


def offered_by_who_i_am(turn: Turn, store) -> Optional[str]:
    """The one item offered whose name says what a statement of who one is says (我是退休的 to the fund's withdrawals:
    离休、退休提取住房公积金)."""
    words = _who_words(turn.text)
    offered = [o.get("value") for o in turn.options if o.get("kind") == "item"]
    fit = [i for i in offered if words and store.item(i) is not None and any(w in item_name_of(store, i) for w in words)]
    return fit[0] if len(fit) == 1 else None


# what a long stay away is for, as the long-stay items' names say it
_KIND_WORDS = ((re.compile(r"上班|工作|打工|派驻|外派"), "工作"), (re.compile(r"住|生活|定居|养老|投靠"), "居住"),
               (re.compile(r"退休"), "退休"))


def siblings_of_kind_said(turn: Turn, store) -> List[str]:
    """The members of the held item's family of the kind a statement says instead of the held one's (其实我以后就一直在深圳
    上班了 after the 临时外出就医 notice, read as nothing: "not in scope"; r77 QA): of those whose names say the kind said
    (长期, 常驻), the ones whose names say what the stay is for (工作, 居住), else all of them. [] for a question, or when no
    kind against the held one's is said."""
    held = item_held(turn)
    text = normalize("NFKC", turn.text or "")
    if not held or turn.options or is_question(text):
        return []   # (签注多少钱 after 往来港澳通行证签发: asked of its 签注, not a stay told)
    told = kinds_told(without_denied(text))
    if not told or store.item(held) is None:
        return []
    told = [(named, other) for named, other in told if other.search(item_name_of(store, held))]
    # (the kind said, as the names of others of the family say it: 长期, 常驻; not 公积金 after 失业保险金申领)
    kin = [i for i in store.family(held) if i["id"] != held and any(named.search(i["name"]) for named, _ in told)]
    fit = [i["id"] for i in kin if any(said.search(text) and word in i["name"] for said, word in _KIND_WORDS)]
    return fit or [i["id"] for i in kin]


def who_i_am(text: str) -> bool:
    """Whether ``text`` is only a statement of who one is or one's state now (我是退休的, 我退休了)."""
    text = normalize("NFKC", text or "").strip()
    return bool(_WHO_I_AM.match(text) or _MY_STATE.match(text))


# a message that turns to something else (那离婚呢, 还有港澳通行证, 我还想办护照, 对了…)
# (after an acknowledgement too: 好 我再问个事 车子过户要带啥 was the 不动产 item's materials)
# (not 那 before who it is about: 那他要交满多少年社保才能领养老金 after the 退休 notice asks of it; r37, r39 QA)
_SWITCH = re.compile(r"^(?:(?:好的?|嗯|行|哦|ok|谢谢)[，,。!！\s]*)?(?:那(?:么)?(?![他她我你咱])|还有|另外|对了|我还想|我还要|还想问"
                     r"|再问|我再问|问个别的|算了|换个问题)|呢[？?!！。]*$|^.{0,3}先(?:问|说)"
                     # (back to what was asked before an aside: 回到刚才公积金的事，我是买房要取 after 护照's notice got the
                     # passport's materials again; r61 QA)
                     r"|^(?:回到|说回|返回|再说回|还是说回)"
                     # (刚才那个护照的地点再说一下 after 港澳通行证's items: "没有完全理解"; r68 QA)
                     r"|^(?:那)?(?:刚才|刚刚|之前|前面)(?:那个|说的|问的|的)?(?=[^，,。？?\s]{0,6}?" + DOCUMENT_END + r")"
                     r"|不对|说错|搞错|弄错|我是说|我说的是|我问的是"   # 哦不对，是离婚: a correction
                     r"|^(?:不是|并非)[^，,。？?\s]{1,10}" + SAID_INSTEAD   # 不是结婚，是想问离婚
                     # a thing then 呢 then what is asked of it (离婚呢要带啥 after 结婚登记; r12 QA), not a
                     # case said with 呢 (我是外地的呢 能办吗)
                     + r"|^(?!我|俺|他|她|要|能|可以|怎|咋|多|在|是|有|没|不|那|这)[^，,。？?\s]{2,8}呢[，,\s]*\S")


def switches(text: str) -> bool:
    """Whether ``text`` is put as a turn to something else (那离婚呢, 我还想办护照, 哦不对)."""
    return bool(_SWITCH.search(normalize("NFKC", text or "").strip()))


# a correction that says what it is instead (不对不对，是租房; 不是结婚，是想问离婚; 搞错了，我要办的是护照)
# (after a pause or an apology too: 等一下，我说错了，我不是丢了，是过期了要换 repeated the 补领 notice; r13 QA)
_CORRECTION = re.compile(r"^(?:(?:哦|噢|啊|呃|诶|哎|等一下|等等|稍等|不好意思|对不起|抱歉)[，,。!！\s]*)*"
                         r"(?:不对|不是|错了|说错|搞错|弄错|我说错|我搞错|我弄错)"
                         r".*?(?:[，,。\s了的]|不对)(?:而|就|其实|我)?(?:是|要|想|问)"
                         # (or a bare 不对 and the case instead: 不对不对，房子是我爸留下来的 to 买二手房's items; r50 QA)
                         r"|^(?:不对|不是这样|不是这个|错了)(?:不对|了)?[，,。!！\s]+(?=\S)")


def corrected_to(turn: Turn, store) -> Optional[str]:
    """The item a correction says it is about instead, when the linker reads it there: the
    best candidate, if it is of the family of the item in hand (不对不对，是租房 to 购房提取's
    situations: 租赁提取, read at 0.37), one of the items offered, or read surely
    (``ANOTHER_ITEM_SCORE``); the item in hand when the one of its family read is it in the same state (是医保卡 after
    社保卡补领). None for other messages."""
    text = normalize("NFKC", turn.text or "").strip()
    correction = _CORRECTION.search(text)
    if not correction:
        return None
    in_hand = item_held(turn)
    said = text[correction.end():]   # what it is instead (不是丢了 是坏了: 坏了, not the 丢 denied)
    # (not a sibling when it names another document: 驾照到期了怎么换 → 等等我搞错了 是行驶证丢了要补 got 驾驶证遗失补证; r27 QA)
    others = [c.get("id") for c in turn.candidates if c.get("id") not in (None, in_hand)]
    elsewhere = bool(in_hand) and (names_other_document(store, in_hand, others, said)
                                   # (…不是这个，我是说个体户的执照地址变了要变更 to 公司注销登记: 公司变更登记, of the company's
                                   # family; r72 QA): not of its family when it names another kind
                                   or any(kind.search(item_name_of(store, in_hand)) for kind in other_kinds(said)))
    if in_hand and elsewhere and (same := same_act_of_kind_said(store, in_hand, said)) is not None:
        # 不是公司，我是个体户 after the 公司注销 notice: 个体工商户注销 (its setup, by the linker; r83 QA)
        return same
    if in_hand and names_held_by_another_name(store, in_hand, said):
        # 不对不对 是医保卡 after the 社保卡补领 notice: the same card by another name, still lost (it got 参保人员个人账户资金
        # 一次性支取, read for a bare 医保卡; r29 QA)
        return in_hand
    if in_hand and says_state(said) and not elsewhere:
        # 不是换 是丢了 to 身份证换领's situations: its 补领 sibling
        named = {"id": in_hand, "name": item_name_of(store, in_hand)}
        if (member := member_by_state(said, named, store.family(in_hand))) is not None:
            return member
    if in_hand and said and not elsewhere and not situations_said(said, [x["name"] for x in store.situations(in_hand)]):
        # 不是丢了 是坏了 to 身份证补领's situations: the sibling some of whose situations it tells (损坏换领)
        told = [i["id"] for i in store.family(in_hand) if i["id"] != in_hand
                and situations_said(said, [x["name"] for x in store.situations(i["id"])])]
        if len(told) == 1:
            return told[0]
    if in_hand and said and not elsewhere:
        # 不对 我说错了 是租房 to 购房提取's situations: the one of its family whose own words it says (租赁提取 was read at
        # 0.11 in the whole message, below what a correction is taken at; r38 QA)
        kin = [i["id"] for i in store.family(in_hand) if i["id"] != in_hand and words_of_read(store, i["id"], said, in_hand)]
        if len(kin) == 1:
            return kin[0]
    if not turn.candidates:
        return None
    best = turn.candidates[0]
    read, score = best.get("id"), best.get("score", 0)
    offered = [o.get("value") for o in turn.options if o.get("kind") == "item"]
    if not read or read == in_hand or score < CLOSEST_MIN_SCORE or store.item(read) is None:
        return None
    # (or of the family of an item offered: 继承 of 二手房过户 among 买二手房's items; r50 QA)
    kin = any(family_key(read) == family_key(i) for i in (in_hand, *offered) if i)
    return read if kin or read in offered or score >= ANOTHER_ITEM_SCORE else None


_ACTS = ("注销", "变更", "设立", "年报", "补领", "补发", "换领", "遗失")
_ANOTHER_ACT = re.compile(r"变了|改|开(?:个|家|一家|店|公司)|新办|成立|丢|坏")


def same_act_of_kind_said(store, held: str, said: str) -> Optional[str]:
    """The one item of the kind ``said`` names, instead of the held item's kind, that does what the held item does (个体工商户
    注销登记 for 个体户 said after 公司注销登记), else None."""
    name = item_name_of(store, held)
    acts = [act for act in _ACTS if act in name]
    # (not when another act is said: 我是说个体户的执照地址变了要变更 after 公司注销 is 个体户变更; r72 QA)
    if len(acts) != 1 or any(act in said for act in _ACTS if act != acts[0]) or _ANOTHER_ACT.search(said):
        return None
    fitting = [i["id"] for named, other in kinds_told(said) if other.search(name)
               for i in store.list_items() if acts[0] in i["name"] and named.search(i["name"]) and not other.search(i["name"])]
    return fitting[0] if len(set(fitting)) == 1 else None


def _thing_said_instead(said: str) -> str:
    """What a correction says it is instead, its first clause without its lead and ending (丢的是医保卡啊 → 医保卡, 医保卡
    搞错了 → 医保卡)."""
    first = re.split(r"[，,。！!？?；;\s]+", _SAID_LEAD.sub("", said.strip()))[0]   # (医保卡 搞错了: r31 QA)
    return first.rstrip("的啊呀吧了哦~～")


_SAID_LEAD = re.compile(r"^(?:丢的|要办的|说的|问的|办的|我的|要补的|坏的)?(?:是|其实是)?")


def names_held_by_another_name(store, held: str, said: str) -> bool:
    """Whether what a correction says instead is the document of the item in hand by another name (医保卡 after
    社会保障卡补领: ``SAME_THING``), the whole of it, not a piece (临时身份证 is no 居民身份证)."""
    thing = _thing_said_instead(said)
    if not thing or says_state(thing):
        return False
    called_so = [item_name_of(store, held), *((store.item(held) or {}).get("aliases") or [])]
    return thing in called_so or any(same in " ".join(called_so) for same in SAME_THING.get(thing, ()))


# the next step after one done or to be done: 挂失以后怎么补, 挂失完了怎么补办, 挂失后补卡要带什么
_NEXT_STEP = re.compile(r"(?:以后|之后|完了|完|后)(?:再|要|还要|还得)?(?:怎么|咋|如何|去哪)?(?:去)?(?P<next>补|换|申领|激活|启用)")
_STEP_NAMES = {"补": ("补领", "补办", "补发", "补证"), "换": ("换领", "换发", "换证"), "申领": ("申领",),
               "激活": ("启用", "激活"), "启用": ("启用", "激活")}


def next_step(turn: Turn, store) -> Optional[str]:
    """The item of the family in hand (the one linked, else the one in context) that is the
    next step a message asks about (挂失以后怎么补 after 社保卡挂失: 社会保障卡补领), when one
    item of it is named so; None otherwise."""
    found = _NEXT_STEP.search(normalize("NFKC", turn.text or ""))
    in_hand = turn.linked_item or turn.item_in_context
    if found is None or not in_hand:
        return None
    words = _STEP_NAMES[found.group("next")]
    steps = [i["id"] for i in store.family(in_hand)
             if i["id"] != in_hand and any(w in (i.get("name") or "") for w in words)]
    return steps[0] if len(steps) == 1 else None


SHORT_FOLLOW_UP = 12   # characters of a question without its wrapping words: a follow-up, not a new subject


def sibling_told(store, in_hand: str, others: List[str], text: str) -> Optional[str]:
    """The one item of the family of ``in_hand`` that the linker read instead, when ``text``
    tells it in case words (``situation_said``): 我们买的是二手房 after the 新建住房 贷款 notice
    is the 二手房 one. None otherwise."""
    siblings = [i for i in others if family_key(i) == family_key(in_hand)]
    names = [item_name_of(store, i) for i in [in_hand] + siblings]
    said = situation_said(text, names) if len(siblings) == 1 else None
    return siblings[0] if said is not None and said != names[0] else None


def sibling_linked(turn: Turn, store) -> Optional[str]:
    """The item the linker linked, when it is the one of the family of the item in hand (whose
    situations are asked, else the one in context) that the message tells in case words
    (我们是二手房呢 while 新房贷款 asks its situation); None otherwise."""
    in_hand = item_held(turn)
    if not in_hand or not turn.linked_item or turn.linked_item == in_hand:
        return None
    return sibling_told(store, in_hand, [turn.linked_item], normalize("NFKC", turn.text or ""))


def sibling_read(turn: Turn, store) -> Optional[str]:
    """``sibling_told`` of the item in context after its answer (no options waiting)."""
    in_hand = turn.item_in_context
    if turn.options or not in_hand:
        return None
    return sibling_told(store, in_hand, other_items_read(turn, in_hand), normalize("NFKC", turn.text or ""))


def item_name_of(store, item_id: str) -> str:
    return (store.item(item_id) or {}).get("name") or ""


# a document named (社保卡, 护照, 驾照, 结婚证, 营业执照): the run of characters before 证/卡/照/本/簿/执照
DOCUMENT_NAMED = re.compile(r"[\u4e00-\u9fff]{1,4}(?:执照|证|卡|照|本|簿)")


def names_other_document(store, held: str, others: List[str], text: str) -> bool:
    """Whether ``text`` names a document (two characters or more ending in 证/卡/照/本/簿) that
    the name or an alias of one of ``others`` holds and those of ``held`` do not: 社保卡补办多少钱
    after the 身份证补领 notice asks of 社会保障卡补领 (it got 身份证补领's fee), 护照补办要多久 of 普通护照补发."""
    held_called = "|".join(called(store, held))
    others_called = ["|".join(called(store, other)) for other in others]
    for match in DOCUMENT_NAMED.finditer(normalize("NFKC", text or "")):
        word = match.group()
        for start in range(len(word) - 1):   # 我驾照: 驾照
            part = word[start:]
            if part not in held_called and any(part in other for other in others_called):
                return True
    return False


def document_item_said(turn: Turn, store) -> Optional[str]:
    """The item the linker read best, though not surely, when a message turning to something else
    or saying what befell a thing (对了我驾照也丢了, after the 身份证补领 notice: "好的。关于居民身份证补领，
    您还想了解什么") names its document, which the item in hand does not. None while items are offered."""
    held = item_held(turn)
    if not held or turn.linked_item or turn.named_items or turn.outside \
            or any(o.get("kind") not in ("situation", "district") for o in turn.options):
        return None
    best = turn.candidates[0] if turn.candidates else {}
    text = turn.text or ""
    if best.get("id") in (None, held) or best.get("score", 0) < CLOSEST_MIN_SCORE \
            or not (switches(text) or says_state(text)):
        return None
    if not names_other_document(store, held, [best["id"]], text):
        return None
    return member_in_state(turn, store, best["id"], held)


# a thing asked of as the last one was (护照呢 after 身份证补领): what befell that one befell this one
_ELLIPTICAL = re.compile(r"^(?:那|那么|还有)?[^\W\d_]{1,6}呢[？?]*$")


def asks_like_the_last(text: str) -> bool:
    """A thing asked of as the last one was, in a few words (护照呢, 那医保呢)."""
    return bool(_ELLIPTICAL.match(normalize("NFKC", text or "").strip()))


def member_in_state(turn: Turn, store, item_id: str, held: Optional[str]) -> str:
    """The one of ``item_id``'s family that what befell the thing points to: said in the message
    (护照也丢了, read 换发 first: 补发), or, asked of as the last one was (护照呢), what befell that one
    (身份证补领: lost); ``item_id`` otherwise."""
    text = normalize("NFKC", turn.text or "")
    said = text if says_state(text) else (item_name_of(store, held) if held and asks_like_the_last(text) else "")
    named = {"id": item_id, "name": item_name_of(store, item_id)}
    return (member_by_state(said, named, store.family(item_id)) if said else None) or item_id


def names_read(store, item_ids: List[str], text: str, held: Optional[str] = None) -> bool:
    """Whether ``text`` names one of ``item_ids`` (``names_item``) or says a word of two
    characters or more that two of their names share (护照 of the passport items) and the names
    and aliases of ``held`` do not have (户口 of 户口迁移 and 户口迁入 while 出生登记 is in hand, whose
    alias 新生儿上户口 has it: 跟爸爸落户 爸爸是本地户口 is a case of 出生登记; r12 QA)."""
    if any(names_item(store, i, text) for i in item_ids):
        return True
    names = [item_name_of(store, i) for i in item_ids]
    own = called_pairs(store, held) if held else set()
    # (not a word any name may have: 证明 of 出生医学证明 and 还清证明 in 要医院开什么证明 after the 慢特病 notice; r19 QA)
    return any(pair in text and pair not in own and pair not in GENERIC_PAIRS and sum(pair in name for name in names) >= 2
               for name in names for pair in han_pairs(name))


def words_of_item_said(store, item_id: str, text: str) -> set:
    """The pairs of characters of ``text`` that the name and aliases of ``item_id`` have, words any name may have
    (``GENERIC_PAIRS``) left out."""
    return han_pairs(text) & called_pairs(store, item_id) - GENERIC_PAIRS


def words_of_read(store, item_id: str, text: str, held: str) -> set:
    """``words_of_item_said`` of ``item_id`` that the name and aliases of ``held`` do not have (公积 积金 离职 提取 of
    公积金离职提取要带啥, read as 离职提取 with 社保卡补领 in hand)."""
    return words_of_item_said(store, item_id, text) - called_pairs(store, held)


def other_items_read(turn: Turn, item_id: str) -> List[str]:
    """The items other than ``item_id`` that the linker read in the message: the one it linked
    and the candidates close enough to offer, best first; [] when ``item_id`` is itself the
    best candidate."""
    if turn.candidates and turn.candidates[0].get("id") == item_id:
        return []
    read = [turn.linked_item] + [c.get("id") for c in turn.candidates if c.get("score", 0) >= CLOSEST_MIN_SCORE]
    return list(dict.fromkeys(i for i in read if i and i != item_id))


def statement_to_items(turn: Turn, store) -> Optional[str]:
    """The item the linker read in a statement made while items are offered to choose from,
    when it is none of them and the statement does not name it (我是外省的，迁到外省去 to the
    户口迁移 items → 残疾人证迁移, by its alias 残疾证转到外地): the citizen is still telling the
    case of the choice, so the items are offered again, that one only by name. None for a
    question, a message naming the item, an item the linker is sure of in a message it
    understood (租房提公积金: keywords of a new question), or when no items are offered."""
    offered = [o.get("value") for o in turn.options if o.get("kind") == "item"]
    read = turn.linked_item
    if read is None and turn.intent in NOT_UNDERSTOOD_INTENTS and turn.candidates \
            and turn.candidates[0].get("score", 0) >= CLOSEST_MIN_SCORE:
        read = turn.candidates[0].get("id")   # 我交了社保5年了 to 失业登记/失业金 (→ 缴费不满15年 at 0.33)
    if read is None and who_i_am(turn.text) and turn.candidates and turn.candidates[0].get("score", 0) >= CLOSEST_MIN_SCORE:
        read = turn.candidates[0].get("id")   # (read among several: 我是退休的, 养老保险退休申请 beside 退休提取公积金)
    if read and offered and read not in offered and who_i_am(turn.text) and offered_by_who_i_am(turn, store) is None \
            and not any(family_key(read) == family_key(value) for value in offered):
        return read   # (我是退休的 to 住院 / 门诊报销: 养老保险退休申请's items, by the 退休 its name says; r76 QA)
    if not offered or read in offered or not statement_not_naming(turn, store, LONG_REPLY, read) \
            or asks_in_keywords(turn, read) or switches(turn.text):   # 租房提公积金 while the 社保 items are offered
        return None   # (算了 先说驾驶证换证吧 快到期了 to the 居住证 items: the items again; r49 QA)
    if sibling_read_surely(turn, store):
        return None   # 工作调动 to three 户口迁移 items (read at 0.69): that sibling itself
    return read


def sibling_read_surely(turn: Turn, store) -> bool:
    """Whether the linker read, at ``SURE_OTHER_SCORE`` or more, an item that is not offered but is
    of the same kind as one that is (工作调动 to 户口迁移's 录取学生, 夫妻投靠 and 学生毕业: 工作调动 at 0.69),
    in words of its name that the offered items' names do not have: that item is meant, not the offered
    one that shares a word or a case with the reply (学生毕业 by 就业)."""
    read = turn.linked_item
    offered = [o["value"] for o in turn.options if o["kind"] == "item"]
    return bool(read) and read not in offered and score_read(turn, read) >= SURE_OTHER_SCORE \
        and any(family_key(read) == family_key(value) for value in offered) \
        and says_own_name_words(store, read, offered, turn.text)


def sibling_without_own_words(turn: Turn, store) -> bool:
    """Whether the linker read an item of the same family as the items offered, not offered, in a
    short reply that says none of the words its name has and theirs do not: 有限公司 to 公司注销登记 /
    企业简易注销登记 (公司设立登记 at 0.69, by its alias 成立有限公司) tells the kind of company to close,
    not a company to set up (it got the 公司设立 notice; r15 QA)."""
    read = turn.linked_item
    offered = [o["value"] for o in turn.options if o.get("kind") == "item"]
    return bool(read) and bool(offered) and read not in offered and len(reply_core(turn.text)) <= SHORT_REPLY \
        and not is_question(turn.text) and any(family_key(read) == family_key(value) for value in offered) \
        and not says_own_name_words(store, read, offered, turn.text)


_SUM_TOLD = re.compile(r"[十百千万]几|几[十百千万]")


def held_sibling_told(turn: Turn, store) -> Optional[str]:
    """After an item's answer, a statement the linker reads as another item of its family by words the family shares
    (有限责任公司，没有债务 after the 公司注销登记 notice: 公司设立登记, by its alias 成立有限公司; r80 QA) tells the case of the
    item in hand: the one other member its own words name (企业简易注销登记 by 债务 of 无债务公司注销), else the item in hand.
    None while anything is offered, for a question, a switch, or words of the read item's own name."""
    held, read = item_held(turn), turn.linked_item
    # (a sum told is no question: 是有限责任公司，还欠着供应商十几万 got 公司设立's notice; r82 QA)
    if turn.options or not held or not read or read == held or family_key(read) != family_key(held) \
            or len(reply_core(turn.text)) > LONG_REPLY or is_question(_SUM_TOLD.sub("", turn.text or "")) \
            or switches(turn.text) or says_own_name_words(store, read, [held], turn.text):
        return None
    named = [i["id"] for i in store.family(held) if i["id"] not in (held, read)
             and words_of_read(store, i["id"], turn.text, held) - called_pairs(store, read)]
    return named[0] if len(named) == 1 else held


def says_own_name_words(store, item_id: str, others: List[str], text: str) -> bool:
    """Whether ``text`` says two characters of ``item_id``'s name that none of ``others``' names has
    (工作调动 of 户口迁移（工作调动） beside 户口迁移（学生毕业）; not 公司 of 公司设立登记 beside 公司注销登记)."""
    names = [item_name_of(store, other) for other in others]
    return any(not any(pair in other for other in names)
               for pair in han_pairs(item_name_of(store, item_id)) & han_pairs(normalize("NFKC", text or "")))


def asks_in_keywords(turn: Turn, read: Optional[str]) -> bool:
    """Whether a message without a question word is a question about ``read`` all the same:
    understood as one (not as a statement of the citizen's case, ``inform``, nor not
    understood), with the linker sure of the item (租房提公积金, 社保卡补办: keywords typed as into
    a search box)."""
    # (nor a reply: 首套 to the 公积金贷款 items, read as a yes, was 契税申报 at 0.58; r14 QA)
    return bool(read) and read == turn.linked_item \
        and turn.intent not in NOT_UNDERSTOOD_INTENTS | {"inform", "affirm", "deny", "choose_option"} \
        and score_read(turn, read) >= SURE_OTHER_SCORE


def score_read(turn: Turn, item_id: Optional[str]) -> float:
    """The linker's score of ``item_id`` for the message (0 if it is not a candidate)."""
    return max((c.get("score", 0) for c in turn.candidates if c.get("id") == item_id), default=0)
