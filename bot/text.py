"""Text normalisation shared by every understanding step.

``normalise`` keeps the string length (one output character per input character), so token
offsets computed on the normalised text are valid on the original message:
traditional → simplified (opencc), full-width → half-width, upper → lower case, and
control characters → spaces.
"""
from __future__ import annotations

import functools
import re
import unicodedata

from knowledge.asking import common_words   # 几多钱 is 多少钱 (same length)
from knowledge.markup import blank_markup   # (<script>…</script>身份证补办: out of scope; r89 QA)

# how the word of a document ends (身份证, 社保卡, 户口本, 户口簿, 驾照): the linker's lists of documents, their
# fates and damage, and the document a service outside the catalog replaces
DOCUMENT_END = r"(?:证|卡|本|簿|照)"
MAX_CHARS = 2000  # understanding looks at most at this many characters of a message


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def _half_width(char: str) -> str:
    code = ord(char)
    if code == 0x3000:
        return " "
    if 0xFF01 <= code <= 0xFF5E:
        return chr(code - 0xFEE0)
    return char


def _plain(char: str) -> str:
    if unicodedata.category(char) in ("Cc", "Cf", "Zl", "Zp") and char not in "\n\t":
        return " "
    return _half_width(char).lower()


def to_simplified(text: str) -> str:
    """Traditional to simplified Chinese, character for character."""
    converted = _converter().convert(text)
    if len(converted) == len(text):
        return converted
    return "".join(_converter().convert(c) if len(_converter().convert(c)) == 1 else c for c in text)


# Interchangeable spellings citizens mix freely (缴社保 / 交社保, 缴费 / 交费): one form each.
_VARIANTS = str.maketrans({"缴": "交"})


# How a hotline agent frames what the caller says (来电人反映：…, 市民来电咨询，…): not part of the
# question; blanked, so that "来电人反映：本人残疾证丢失" is not read as a question about 代办.
_FRAME = re.compile(r"^\s*(?:(?:来电人|来电者|来电市民|来电群众)(?:来电)?(?:称|说|反映|表示|咨询|询问|想问|问|想了解|诉求)?"
                    r"|(?:市民|群众|来电)(?:来电)?(?:称|说|反映|表示|咨询|询问|想问|问|想了解)"
                    # the caller, once introduced: 他说算了…, 她又问能不能委托, 他还问多少钱 (not 他说的那个)
                    r"|(?:他|她)(?:又|还|就)?(?:说|问|想问|表示)(?![的了过]))[：:，,]?")


# How a caller or a voice message opens before saying anything (喂喂你好我想问一下那个公积金怎么提取: out
# of scope with the opener, 购房提取 without): not part of the question either, when a question follows
_OPENER = re.compile(r"(?:\s*(?:喂+|哎+|诶+|嗯+|呃+|额+|你好|您好|请问一下|请问|我想问一下|我想问问|我想咨询一下|想问一下|想问问"
                     r"|问一下|我问一下|问下|想问下|我想问下|俺想问问|俺想问一下|咨询一下|那个|就是说"
                     # (等一下，先问下公积金能不能一起取 after 失业金: 公积金信息查询 by 问下; r80 QA)
                     r"|等一下|等等|稍等|先问下|先问一下|先问问|我先问下|我先问一下|再问下|再问一下|我再问下|我再问一下)[，,。!！~～\s]*)+")
_AFTER_OPENER = 4   # characters at least left after an opener for it to be one (你好我想问一下 alone is a greeting)


def _frame_end(text: str) -> int:
    """Where a hotline agent's frame and a caller's opener end (0: none, or nothing follows them)."""
    frame = _FRAME.match(text)
    end = frame.end() if frame and frame.end() < len(text) else 0
    opener = _OPENER.match(text, end)
    if opener and len(text[opener.end():].strip()) >= _AFTER_OPENER:
        end = opener.end()
    return end


def _without_frame(text: str) -> str:
    end = _frame_end(text)
    said = text[end:]
    if end and said.startswith(("他", "她")) and not said.startswith(("他们", "她们", "他人")):
        # the caller's own 他 / 她 as 我 (来电人说他的公积金想用来给家里装修: 职工死亡提取 at 0.38, his fund read as the dead's;
        # r57 QA), as ``caller_in_first_person`` reads dangers
        said = "我" + said[1:]
    return " " * end + said


# what a correction says it is not (不对，我不是租房，是要还房贷): blanked, so that the thing
# denied is not what the message is read as; kept when nothing says what it is instead
# what a correction says it is instead, after what it denies (不是租房，是…; 不是买房 我是辞职了; 不是结婚，而是…)
SAID_INSTEAD = r"(?:[，,]|\s)\s*(?:而|就|只|我|我们|俺)?是"
# (不是租房 是还房贷, typed)
_DENIED = re.compile(r"(?:不是|并非)[^，,。；;！!？?\s]{1,10}(?=" + SAID_INSTEAD + ")")


# ...and said last, after what it is (不对 我是想给孩子办入学 不是居住证: was 居住证签注)
_DENIED_LAST = re.compile(r"(?<=[，,\s])(?:不是|并非)[^，,。；;！!？?\s]{1,10}[。.!！~～]*$")


def _blank(match: "re.Match") -> str:
    return " " * len(match.group(0))


def _without_denied(text: str) -> str:
    return _DENIED_LAST.sub(_blank, _DENIED.sub(_blank, text))


def caller_words(text: str) -> str:
    """What the caller says, without a hotline agent's frame (市民问：发票丢了怎么办 → 发票丢了怎么办)."""
    text = text or ""
    end = _frame_end(text)
    return text[end:].lstrip() if end else text


def caller_in_first_person(text: str) -> str:
    """``caller_words`` with the caller's own 他 / 她 right after an agent's frame as 我 (来电人说她不想活了: 她不想活了 read as
    someone else's crisis; r51 QA); text without a frame as it is."""
    said = caller_words(text)
    if said == (text or "") or not said.startswith(("他", "她")) or said.startswith(("他们", "她们", "他人")):
        return said
    return "我" + said[1:]


@functools.lru_cache(maxsize=4096)
def normalise(text: str) -> str:
    """The form every component compares: simplified, half-width, lower case, same length,
    dialect words in their common form (几多 → 多少), without a hotline agent's frame (来电人说：)
    nor what a correction denies (不是租房，是要还房贷), nor long numbers (身份证号、手机号: blanked)."""
    if not text:
        return ""
    text = blank_markup(text)
    return _without_denied(_without_frame(_without_long_numbers(_GONE.sub(
        _as_lost, common_words(to_simplified("".join(_plain(c) for c in text)).translate(_VARIANTS))))))


# a document gone (身份证没了, 护照和港澳通行证都没了): lost, as the catalog's 丢了 (it read 换领 at 0.62; r42 QA); same length
_GONE = re.compile(r"(?<=[证卡本照])((?:也|都|全|又)?)没(有?)了")


def _as_lost(match: "re.Match") -> str:
    return match.group(1) + ("丢失了" if match.group(2) else "丢了")


# a long number (an ID, mobile or bank card number, valid or mistyped): nothing of the item asked,
# and its digits made 来电人称身份证号110101199003071234丢了 a choice of option (0.92) read at 0.22 (r13 QA)
# (with the 号 that says it is one: 身份证号110… is read 身份证, which jieba does not cut out of 身份证号)
# (and who it is of, given as one's own: 我身份证号是…手机… 帮我查下社保交了没 was read as 身份证换领; r40 QA)
# (unless what befell the document follows: 我身份证号110…丢了怎么补 is about the card)
_NUMBER = re.compile(r"(?P<whose>(?:我的?|本人的?|俺的?)(?:身份证|手机|电话|银行卡))?"
                     r"(?:(?:号码|号)(?:是|为)?[:：]?\s*)?(?<![0-9])[0-9](?:[0-9]|[ \-](?=[0-9]))*[xX]?(?![0-9])")
_LONG_NUMBER_DIGITS = 11   # a mobile number's
_BEFELL = re.compile(r"\s*(?:也|都|又)?(?:丢|掉|补|换|过期|到期|不见|找不|坏|被偷|被盗|被抢|遗失)")


def _blank_if_long(match: "re.Match") -> str:
    if sum(c.isdigit() for c in match.group(0)) < _LONG_NUMBER_DIGITS:
        return match.group(0)
    whose = match.group("whose") or ""
    if whose and _BEFELL.match(match.string, match.end()):
        return whose + " " * (len(match.group(0)) - len(whose))
    return _blank(match)


def _without_long_numbers(text: str) -> str:
    return _NUMBER.sub(_blank_if_long, text) if any(c.isdigit() for c in text) else text


def has_meaning(text: str) -> bool:
    """True when the text has at least one letter, digit or Chinese character."""
    return any(c.isalnum() for c in text or "")
