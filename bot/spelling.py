"""Spelling robustness for item identification: homophone typos and pinyin initials.

Citizens type 身分证, 户口千移, 居住症 (same sound, wrong character) or sfz, gjj (pinyin
initials). ``SpellingExpander`` knows the vocabulary of the knowledge base (item names,
aliases and their words) and appends the intended words to a message, so retrieval and
classification see them. It adds words; it never deletes what the citizen wrote.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from typing import Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

from knowledge.asking import asks_only

_LATIN = re.compile(r"[a-z]{2,8}")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_PINYIN_RUN = re.compile(r"[a-z]{4,80}")
_LETTERS = re.compile(r"[a-z]+(?:\s+[a-z]+)*")
INITIALS_KEPT = 3   # words kept for one run of initials
# initials shared by several words are read as one of them when it holds them this many times or
# more in the vocabulary, and this many times as often as the next (jsz: 驾驶证 12, 教师证 2)
DOMINANT_MIN = 5
DOMINANT_RATIO = 3

FIRST_APPLIED = "首次申领"

# everyday words spelled in pinyin around a catalog word (shen fen zheng guo qi le yao huan; wo de shenfenzheng bei tou le:
# the English fallback, 换领 for a theft; r84 QA): read only when a whole phrase spells out in them and the vocabulary, with
# one vocabulary word at least (``SpellingExpander.full_pinyin``), so that English is not read as pinyin
COMMON_PINYIN: Dict[str, str] = {
    "wo": "我", "wode": "我的", "women": "我们", "ni": "你", "nin": "您", "ta": "他", "tade": "他的", "de": "的", "le": "了",
    "ma": "吗", "ne": "呢", "a": "啊", "shi": "是", "bushi": "不是", "bu": "不", "mei": "没", "meiyou": "没有", "you": "有",
    "yao": "要", "yaobuyao": "要不要", "xiang": "想", "neng": "能", "nengbuneng": "能不能", "keyi": "可以", "zai": "在",
    "qu": "去", "lai": "来", "dao": "到", "gei": "给", "bei": "被", "he": "和", "gen": "跟", "hai": "还", "ye": "也",
    "dou": "都", "jiu": "就", "zhe": "这", "zhege": "这个", "na": "那", "nage": "那个", "shenme": "什么", "zenme": "怎么",
    "zenmeban": "怎么办", "zenyang": "怎样", "ruhe": "如何", "nali": "哪里", "naer": "哪儿", "nar": "哪儿", "duoshao": "多少",
    "duojiu": "多久", "shijian": "时间", "qian": "钱", "xuyao": "需要", "dai": "带", "ban": "办", "banli": "办理",
    "diu": "丢", "diushi": "丢失", "tou": "偷", "touzou": "偷走", "guoqi": "过期", "daoqi": "到期", "kuaidaoqi": "快到期",
    "huan": "换", "huanxin": "换新", "sun": "损", "sunhuai": "损坏", "huai": "坏", "shenqing": "申请", "cailiao": "材料",
    "shouxu": "手续", "liucheng": "流程", "difang": "地方", "ji": "几", "tian": "天", "ge": "个", "yue": "月", "nian": "年",
    "zhaopian": "照片", "fuyinjian": "复印件", "yuanjian": "原件", "benren": "本人", "daiban": "代办", "wangshang": "网上",
    "shoufei": "收费", "mianfei": "免费", "xiexie": "谢谢", "nihao": "你好", "qingwen": "请问", "bangwo": "帮我",
    "bang": "帮", "yixia": "一下", "gaosu": "告诉", "zhidao": "知道", "buzhidao": "不知道", "xianzai": "现在",
    "yijing": "已经", "gangcai": "刚才", "haishi": "还是", "ruguo": "如果", "ranhou": "然后", "jintian": "今天",
    "mingtian": "明天", "zhoumo": "周末", "shangwu": "上午", "xiawu": "下午", "laoren": "老人", "haizi": "孩子",
    "baba": "爸爸", "mama": "妈妈", "laogong": "老公", "laopo": "老婆", "erzi": "儿子", "nver": "女儿", "fangzi": "房子",
    "maifang": "买房", "zufang": "租房", "tuixiu": "退休", "lizhi": "离职", "cizhi": "辞职", "gongzuo": "工作",
    "gongsi": "公司", "kaidian": "开店", "jiehun": "结婚", "lihun": "离婚", "chusheng": "出生", "qushi": "去世",
    "waidi": "外地", "bendi": "本地", "yidi": "异地", "hukou": "户口", "zhaobudao": "找不到", "kuai": "快",
}

# English words citizens mix in, mapped to the Chinese terms of the catalog.
ENGLISH_TERMS: Dict[str, str] = {
    "id card": "身份证", "idcard": "身份证", "passport": "护照", "visa": "签证",
    "driver license": "驾驶证", "driving license": "驾驶证", "driver's license": "驾驶证",
    "license plate": "车牌", "social security card": "社保卡", "social security": "社保", "housing fund": "公积金",
    "provident fund": "公积金", "tax": "个税", "marriage": "结婚登记", "divorce": "离婚登记",
    "business license": "营业执照", "hukou": "户口", "residence permit": "居住证",
    "medical insurance": "医保", "pension": "养老金", "unemployment": "失业",
    "birth certificate": "出生医学证明", "app": "app",
    # (moving to Shenzhen, what happens to my social insurance; hurt at work …work injury benefits; my mom is 80 …the
    # elderly allowance: "I can only answer … in Chinese", or 资格认证 / 退休 lists; r59 QA)
    "social insurance": "社保", "pension insurance": "养老保险", "work injury": "工伤", "work-related injury": "工伤",
    "injured at work": "工伤", "hurt at work": "工伤", "injured on the job": "工伤", "work accident": "工伤",
    "elderly allowance": "高龄津贴", "old age allowance": "高龄津贴", "senior allowance": "高龄津贴",
    "unemployment benefits": "失业金", "unemployment benefit": "失业金", "maternity allowance": "生育津贴",
    "marriage certificate": "结婚证", "divorce certificate": "离婚证", "freelancer": "灵活就业", "freelance": "灵活就业",
    "self-employed": "灵活就业", "insurance": "保险",
    "newborn": "新生儿", "transfer": "转移", "relocating": "转移", "relocate": "转移", "moving from": "转移",
    "moving to": "转移",
    # (can i apply online: "没有完全理解" with 社保卡申领 in hand; r45 QA)
    "online": "能网上办",
    # what happened to it, said in English beside its name (my ID card lost 怎么办: out of scope)
    "lost": "丢了", "stolen": "被偷了", "stole": "被偷了", "robbed": "被偷了", "pickpocketed": "被偷了",
    "is gone": "丢了", "are gone": "丢了", "gone": "丢了", "missing": "丢了", "can't find": "丢了",
    "cannot find": "丢了", "cant find": "丢了", "expired": "到期", "renew": "换领", "withdraw": "提取",
    # (my medical insurance was charged twice this month, will I get a refund: 灵活就业医保参保's notice; r63 QA)
    "charged twice": "扣了两次", "deducted twice": "扣了两次", "double charged": "扣了两次", "double-charged": "扣了两次",
    "paid twice": "扣了两次", "taken twice": "扣了两次",
    # (the tax bureau deducted my pension contribution twice: 灵活就业养老参保; r64 QA)
    "contribution twice": "扣了两次", "contributions twice": "扣了两次",
    # (my tourist visa expires soon can I extend: "I can only answer … in Chinese"; r44 QA)
    "expires": "到期", "expiring": "到期", "expire": "到期", "runs out": "到期", "extend": "延期", "extension": "延期",
    "foreigner": "外国人", "foreign": "外国", "work permit": "工作许可", "expat": "外国人",
    # (how to apply passport: 普通护照换发's menu; r72 QA) — a first application, unless something happened to one held
    "apply for": FIRST_APPLIED, "apply": FIRST_APPLIED, "applying for": FIRST_APPLIED, "first": FIRST_APPLIED,
    "replace": "补领", "replacement": "补领",
    # what is asked of it, in a follow-up written in English (how long does it take and is it free?: "没有完全理解"; r42 QA)
    "how long": "多久", "how many days": "多久", "is it free": "收费吗", "free": "收费吗", "how much": "多少钱",
    "cost": "多少钱", "fee": "多少钱", "fees": "多少钱", "price": "多少钱", "where": "在哪办", "documents": "材料",
    "what do i need": "要带什么",
    "bring": "要带什么", "on my behalf": "代办", "someone else": "代办", "in person": "本人去吗", "weekend": "周末",
    "opening hours": "办公时间", "embassy": "大使馆", "police": "派出所",
    # one's case, said after a list in English (I am renting after the fund's withdrawals: the list again and 往来港澳通行证
    # 签发 suggested; r76 QA)
    "renting": "租房", "rent": "租房", "rented": "租房", "tenant": "租房", "bought a house": "买房", "buying a house": "买房",
    "buy a house": "买房", "bought a flat": "买房", "buying a flat": "买房", "buy a flat": "买房", "bought an apartment": "买房",
    "mortgage": "房贷", "retired": "退休", "retiring": "退休", "retirement": "退休", "retire": "退休",
    "quit my job": "离职", "left my job": "离职", "lost my job": "离职", "resigned": "离职", "laid off": "离职",
    "got fired": "离职",
    # (I lost my passport in Shanghai, I am American: 普通护照补发, a Chinese citizen's; r41 QA)
    **{people: "外国人" for people in ("american", "british", "german", "french", "canadian", "australian", "japanese",
                                         "korean", "russian", "indian", "italian", "spanish", "dutch", "swedish",
                                         "brazilian", "mexican", "i'm from", "i am from")},
}

# ...and, in a sentence written in English alone, the documents of foreigners these words name (a Chinese citizen's
# 居住证 is asked of in Chinese)
FOREIGNERS_TERMS: Dict[str, str] = {"residence permit": "居留许可", "work permit": "工作许可"}

# English words that say nothing of an item, dropped from a message in Chinese that mixes in English
_ENGLISH_FILLERS = re.compile(r"(?<![a-z])(?:my|i|the|a|an|is|was|got|get|has|have|been|to|do|did|how|what|should|can|please"
                              r"|help|me|of|for|it)(?![a-z])", re.IGNORECASE)
_ENGLISH_TERM = re.compile(r"(?<![a-z])(?:" + "|".join(re.escape(t) for t in sorted(ENGLISH_TERMS, key=len, reverse=True))
                           + r")(?![a-z])", re.IGNORECASE)

_SPACE_BESIDE_HAN = re.compile(r"(?<=[\u4e00-\u9fff])\s+|\s+(?=[\u4e00-\u9fff])")


# common English words: a message with two or more of them and no Chinese is written in English, not pinyin
_ENGLISH_WORDS = re.compile(r"\b(?:i|am|is|are|was|the|a|an|my|your|to|do|does|did|how|what|where|when|can|need|get|lost|"
                            r"have|has|for|of|in|on|with|please|hello|hi|want|new|one|it|this|that|and)\b")
ENGLISH_WORDS_SAID = 2


def english_terms_only(text: str) -> bool:
    """Whether ``text`` is nothing but English terms (fee?, how long, documents): no Chinese and no other letters (fee
    was read as pinyin: 生育医疗费; r49 QA; ``transliterate`` reads such a message in Chinese when it only asks)."""
    return not _HAN.search(text or "") and bool(_ENGLISH_TERM.search(text or "")) \
        and not re.search(r"[a-z]", _ENGLISH_FILLERS.sub(" ", _ENGLISH_TERM.sub(" ", (text or "").lower())))


def reads_as_english(text: str) -> bool:
    """Whether ``text`` is written in English: no Chinese and ``ENGLISH_WORDS_SAID`` or more common English words (not
    pinyin: shenfenzheng buban)."""
    return not _HAN.search(text or "") and len(_ENGLISH_WORDS.findall((text or "").lower())) >= ENGLISH_WORDS_SAID


# what one has, said beside what one asks (I only have a passport, with my passport)
_HELD = re.compile(r"\b(?:i\s+(?:only\s+)?have|i've\s+(?:only\s+)?got|with|using)\s+(?:a|an|my|only)?\s*[a-z' ]{0,20}?"
                   r"(?:passport|id card|visa|residence permit)\b", re.IGNORECASE)
_WHO_TERMS = ("外国人", "外国")
# papers whose holder, asking of them in English alone, is a foreigner (a Chinese citizen asks of 护照 in Chinese)
_FOREIGNERS_PAPERS = {"护照", "签证"}
_PROVINCES = ("anhui", "beijing", "chongqing", "fujian", "gansu", "guangdong", "guangxi", "guizhou", "hainan", "hebei",
              "heilongjiang", "henan", "hubei", "hunan", "jiangsu", "jiangxi", "jilin", "liaoning", "inner mongolia",
              "neimenggu", "ningxia", "qinghai", "shaanxi", "shandong", "shanghai", "shanxi", "sichuan", "tianjin", "tibet",
              "xizang", "xinjiang", "yunnan", "zhejiang")
# (How do I apply for a residence permit? I'm from another province: 外国人居留许可; r68 QA)
_CHINESE_CITIZEN = re.compile(r"\bchinese\s+(?:citizen|national)|\bi'?m\s+chinese\b|\bi\s+am\s+(?:a\s+)?chinese\b"
                              r"|\b(?:another|other|a different|different)\s+(?:province|city)\b|\bmy\s+hukou\b"
                              # (My cousin from Sichuan …; I moved here from Henan province: r69 QA)
                              r"|\bfrom\s+(?:\w+\s+)?province\b|\bfrom\s+(?:" + "|".join(_PROVINCES) + r")\b"
                              r"|\bhukou\s+(?:is\s+)?(?:in|from)\b|\bmigrant\s+worker", re.IGNORECASE)
# the cards the catalog issues a first time (普通护照签发（首次申领）, 居民身份证首次申领, 社会保障卡申领, 居住证申领)
_FIRST_ISSUED = {"护照", "身份证", "社保卡", "居住证"}
_STATE_TERMS = ("丢了", "被偷了", "到期", "换领", "提取", "转移", "补领", FIRST_APPLIED)


# one pinyin syllable (a rough shape: an initial, then a final); a run of letters made of none is no pinyin
_SYLLABLE = (r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|van|ai|ei|ao|ou|an"
             r"|en|in|un|vn|ia|ie|iu|ua|uo|ue|ve|ui|er|a|o|e|i|u|v)(?:ng|n|r)?")
_PINYIN_WORD = re.compile(r"(?:%s)+" % _SYLLABLE)
_ONE_LETTER_REPEATED = re.compile(r"([a-z])\1{2,}")
_EVERYDAY_ENGLISH = {"hello", "thanks", "thank", "sorry", "okay", "please", "help", "test"}


# the English words a run of letters may be: those of the terms read and a few everyday ones (built once)
_ENGLISH_RUNS = frozenset({word for term in ENGLISH_TERMS for word in term.split()} | _EVERYDAY_ENGLISH)


def keyboard_mash(text: str) -> bool:
    """Whether ``text`` is letters typed at random (sdkfj qwpoe zzz, zzz, hhhh): no Chinese, and a run of one letter
    repeated, or as many runs of four letters or more that are neither pinyin nor English as runs that may be. Its
    runs are read as no initials (zzz was 暂住证: sdkfj qwpoe zzz got 居住证's menu; r44 QA)."""
    text = (text or "").lower()
    if _HAN.search(text) or reads_as_english(text):
        return False
    runs = re.findall(r"[a-z]+", text)
    if not runs:
        return False
    if any(_ONE_LETTER_REPEATED.fullmatch(run) for run in runs):
        return True
    unread = [run for run in runs if len(run) >= 4 and run not in _ENGLISH_RUNS and not _PINYIN_WORD.fullmatch(run)]
    return bool(unread) and len(unread) >= len(runs) - len(unread)


def letters_mashed(text: str) -> bool:
    """Whether ``text``, or its letters beside Chinese, are typed at random (``keyboard_mash``): read as no initials nor
    pinyin (asdkjh qwe 阿斯顿发顺丰 zzz got 居住证's menu by zzz; r89 QA)."""
    # (beside Chinese, a run of one letter repeated only: sfzdq了去哪换 is 身份证到期)
    return keyboard_mash(text) or (bool(_HAN.search(text or "")) and any(
        _ONE_LETTER_REPEATED.fullmatch(run) for run in re.findall(r"[a-z]+", (text or "").lower())))


def _terms_in_order(terms: List[str]) -> str:
    """The Chinese of an English sentence's terms in the order the examples say them: the thing, what happened to it,
    the rest (I lost my passport: 护照丢了, not 丢了护照, read as 换发); who first, then what happened to the thing (I'm a
    foreigner and lost my passport: 外国人丢了护照, a service outside the catalog)."""
    terms = list(dict.fromkeys(terms))   # (hurt at work …work injury benefits: 工伤 once)
    if FIRST_APPLIED in terms and (set(terms) & (set(_STATE_TERMS) - {FIRST_APPLIED}) or not set(terms) & _FIRST_ISSUED):
        # (apply for a replacement, lost my ID card and want to apply: no first one; can i apply online, apply for work
        # injury benefits, for a foreigner's residence permit: no card the catalog issues a first time)
        terms.remove(FIRST_APPLIED)
    who = [t for t in terms if t in _WHO_TERMS]
    states = [t for t in terms if t in _STATE_TERMS]
    things = [t for t in terms if t not in _WHO_TERMS and t not in _STATE_TERMS]
    return "".join(who + states + things if who else things[:1] + states + things[1:])


def english_sentence_read(text: str) -> str:
    """The terms of a sentence written in English, in Chinese and in the order the examples say them (I lost my
    passport: 普通护照换发 at 0.12, the letters read; r38 QA), or "" when it has none; a passport or visa asked of in
    English alone is a foreigner's."""
    asked = _HELD.sub(" ", text or "")   # (I only have a passport: what one has, not what is asked; r41 QA)
    citizen = bool(_CHINESE_CITIZEN.search(text or ""))   # (a residence permit of one from another province: 居住证)
    terms = [(None if citizen else FOREIGNERS_TERMS.get(m.group().lower())) or ENGLISH_TERMS[m.group().lower()]
             for m in _ENGLISH_TERM.finditer(asked)]
    terms = [t for t in terms if t not in _WHO_TERMS] if citizen else terms   # (its "i'm from" no foreigner's)
    if set(terms) & (set(FOREIGNERS_TERMS.values()) | _FOREIGNERS_PAPERS) and "外国人" not in terms and not citizen:
        # (I'm from Germany…my residence permit expires: 居住证签注; r39 QA; i lost my passport yesterday: a Chinese
        # citizen's 普通护照补发; r42 QA)
        terms.insert(0, "外国人")
    return _terms_in_order(terms)


def _english_read(text: str) -> str:
    """A message in Chinese with English in it (my ID card lost 怎么办: out of scope) with its English
    terms written in Chinese and English words that say nothing dropped (身份证 丢失 怎么办); a message
    without Chinese as it is (English alone gets the reply in English)."""
    if not _HAN.search(text) or not _ENGLISH_TERM.search(text):
        return text
    read = _ENGLISH_FILLERS.sub(" ", _ENGLISH_TERM.sub(lambda m: " " + ENGLISH_TERMS[m.group().lower()] + " ", text))
    # (no space left beside Chinese: a space between two clauses is where the linker cuts)
    return _SPACE_BESIDE_HAN.sub("", re.sub(r"\s+", " ", read)).strip()


# Everyday words for what the catalog names formally: 户口迁到我老公那里 is 投靠配偶. (Not
# 房产证 -> 不动产权证书: a 房产证 is mostly a paper to bring, and as the name of the
# certificate's own items it made "二手房过户带房产证就行吗" a question on two items.)
EVERYDAY_TERMS: Dict[str, str] = {
    "老公": "配偶", "老婆": "配偶", "丈夫": "配偶", "妻子": "配偶", "媳妇": "配偶", "爱人": "配偶",
    "驾照": "驾驶证",
    # 想把户口迁走: the catalog's 户口迁移 (by reason) and 迁移 of other records
    "迁走": "迁移", "迁出去": "迁移",
    # the card most call 医保卡 is the 社会保障卡 (医保卡也想换个新的: 参保信息查询; 医保卡坏了: 个人账户支取; r45 QA)
    "医保卡": "社保卡",
}


@functools.lru_cache(maxsize=65536)
def char_pinyin(char: str) -> str:
    if not _HAN.match(char):
        return char
    from pypinyin import lazy_pinyin

    return lazy_pinyin(char)[0]


@functools.lru_cache(maxsize=65536)
def fuzzy_sound(char: str) -> str:
    """Pinyin with the confusions of many dialects merged: zh/z, ch/c, sh/s, l/n, -ng/-n."""
    sound = char_pinyin(char)
    for retroflex, plain in (("zh", "z"), ("ch", "c"), ("sh", "s")):
        if sound.startswith(retroflex):
            sound = plain + sound[2:]
    if sound.startswith("l"):
        sound = "n" + sound[1:]
    if sound.endswith("ng") and len(sound) > 2:
        sound = sound[:-1]
    return sound


def pinyin_key(word: str) -> Tuple[str, ...]:
    return tuple(fuzzy_sound(c) for c in word)


# words in their own right that sound like a catalog word: not typos of it (工商登记 is no 工伤; 抖音卖手工包包 需要去工商登记吗
# was offered 工伤认定申请; r21 QA)
WORDS_NOT_TYPOS = ("工商",)


_COMMON_LENGTHS = sorted({len(k) for k in COMMON_PINYIN}, reverse=True)


class SpellingExpander:
    """Appends vocabulary words a message meant but spelled by sound or by initials."""

    def __init__(self, vocabulary: Iterable[str]):
        self.by_sound: Dict[Tuple[str, ...], List[str]] = defaultdict(list)
        self.by_initials: Dict[str, List[str]] = defaultdict(list)
        self.by_pinyin: Dict[str, List[str]] = defaultdict(list)
        vocabulary = sorted(set(vocabulary))
        for word in vocabulary:
            if not (2 <= len(word) <= 6) or not all(_HAN.match(c) for c in word):
                continue
            self.by_sound[pinyin_key(word)].append(word)
            self.by_initials["".join(char_pinyin(c)[0] for c in word)].append(word)
            self.by_pinyin["".join(char_pinyin(c) for c in word)].append(word)
        self.lengths = sorted({len(k) for k in self.by_sound}, reverse=True)
        self.pinyin_lengths = sorted({len(k) for k in self.by_pinyin}, reverse=True)
        # initials several words share (sb: 社保, 上班, 商办 …): the words more of the
        # vocabulary's names and phrases hold first, so 社保 is among the three kept
        joined = "\n".join(vocabulary)
        for words in self.by_initials.values():
            if len(words) > INITIALS_KEPT:
                words.sort(key=lambda w: -joined.count(w))
        # initials of three letters or more that one word holds far more often than the others
        # (jsz: 驾驶证 12 times, 教师证 twice; syj: 失业金, 生育金): read as that word
        self.dominant: Dict[str, str] = {}
        for run, words in self.by_initials.items():
            if len(run) < 3 or len(words) < 2:
                continue
            counts = sorted(((joined.count(w), w) for w in words), reverse=True)
            if counts[0][0] >= DOMINANT_MIN and counts[0][0] >= DOMINANT_RATIO * counts[1][0]:
                self.dominant[run] = counts[0][1]

    def respell(self, text: str, cut: Optional[Callable[[str], Iterable[str]]] = None) -> str:
        """``text`` with each span of three characters or more that sounds like one
        vocabulary word and differs from it by one character written as that word (公基金取钱 →
        公积金取钱, 身分证 → 身份证): the terms a message names are then found as written. Spans
        that are vocabulary words themselves stay; with ``cut``, spans begin where words do."""
        starts = word_starts(text, cut) if cut else None
        keys = [fuzzy_sound(c) for c in text]
        chars, taken = list(text), set()
        for size in (n for n in self.lengths if n >= 3):
            for start in range(0, len(text) - size + 1):
                if (starts is not None and start not in starts) or taken & set(range(start, start + size)):
                    continue
                written = text[start:start + size]
                words = self.by_sound.get(tuple(keys[start:start + size]), ())
                if len(words) != 1 or words[0] == written or any(real in written for real in WORDS_NOT_TYPOS):
                    continue
                if sum(a != b for a, b in zip(words[0], written)) == 1:
                    chars[start:start + size] = list(words[0])
                    taken |= set(range(start, start + size))
        return "".join(chars)

    def sound_alikes(self, text: str, starts: Optional[Set[int]] = None) -> List[str]:
        """Vocabulary words whose sound occurs in ``text`` spelled with other characters.

        With ``starts`` (the offsets where the message's words begin) a sound-alike must
        begin where a word begins: 电动自行车上牌 does not mean 新车上牌 (行 is inside 自行车).
        """
        keys = [fuzzy_sound(c) for c in text]
        found: List[str] = []
        for size in self.lengths:
            for start in range(0, len(text) - size + 1):
                if starts is not None and start not in starts:
                    continue
                written = text[start:start + size]
                for word in self.by_sound.get(tuple(keys[start:start + size]), ()):
                    if word == written or word in found or any(real in written for real in WORDS_NOT_TYPOS):
                        continue
                    same = sum(a == b for a, b in zip(word, written))
                    # a two-character word needs one character right, longer ones
                    # may be all wrong (they are rarely a coincidence)
                    if size >= 3 or same >= 1:
                        found.append(word)
        return found

    def initials(self, text: str) -> List[str]:
        """Words spelled by their pinyin initials (sfz → 身份证)."""
        found: List[str] = []
        if letters_mashed(text):
            return found
        for run in _LATIN.findall(text):
            for word in self.by_initials.get(run, [])[:INITIALS_KEPT]:
                if word not in found:
                    found.append(word)
        return found

    def full_pinyin(self, text: str, common: bool = False) -> List[str]:
        """Words spelled out in pinyin (gongjijin → 公积金, shenfenzheng buban → 身份证, 补办):
        a run of letters counts only when vocabulary words spell all of it; with ``common``, vocabulary words and
        ``COMMON_PINYIN``'s everyday words, one vocabulary word at least (shenfenzhengguoqileyaohuan → 身份证过期了要换)."""
        found: List[str] = []
        for run in _PINYIN_RUN.findall(text):
            words, start, known = [], 0, False
            while start < len(run):
                size = next((n for n in self.pinyin_lengths
                             if start + n <= len(run) and run[start:start + n] in self.by_pinyin), 0)
                everyday = next((n for n in _COMMON_LENGTHS if common and start + n <= len(run)
                                 and run[start:start + n] in COMMON_PINYIN), 0)
                if not size and not everyday:
                    break
                if size >= everyday:
                    words.append(self.by_pinyin[run[start:start + size]][0])
                    known, start = True, start + size
                else:
                    words.append(COMMON_PINYIN[run[start:start + everyday]])
                    start += everyday
            if start == len(run) and known:
                found += words if common else [w for w in words if w not in found]
        return found

    def transliterate(self, text: str) -> str:
        """``text`` with each run of letters that spells vocabulary words in full pinyin, or
        the initials of one word only or of one that the vocabulary holds far more often than
        the others (``dominant``), written in those words (gongjijin → 公积金, gjj提取 → 公积金提取,
        jsz到期 → 驾驶证到期); other runs (sydj: 失业登记 or 生育登记; English) as they are."""
        def word_of(run: str) -> str:
            spelled = self.full_pinyin(run) or self.full_pinyin(run, common=True)
            if spelled:
                return "".join(spelled)
            meant = self.by_initials.get(run, [])
            return meant[0] if len(meant) == 1 else self.dominant.get(run, run)

        def words_of(match: "re.Match[str]") -> str:   # shenfenzheng buban: 身份证补办, one phrase
            runs = match.group().split()
            whole = self.full_pinyin("".join(runs)) if len(runs) > 1 else []   # jiehun dengji: 结婚登记
            # (shen fen zheng guo qi le yao huan: the English fallback; r84 QA) — everyday words around a catalog word
            whole = whole or self.full_pinyin("".join(runs), common=True)
            words = ["".join(whole)] if whole else [word_of(run) for run in runs]
            return "".join(words) if all(_HAN.match(w) for w in words) else " ".join(words)

        if letters_mashed(text):
            return text
        if reads_as_english(text) or (english_terms_only(text) and asks_only(english_sentence_read(text))):
            # an English sentence: its words are no initials (I am a…: 澳门 of "am"; r25 QA); its terms read in Chinese
            return english_sentence_read(text) or text
        return _LETTERS.sub(words_of, _english_read(text))

    def english(self, text: str) -> List[str]:
        return [zh for en, zh in ENGLISH_TERMS.items() if en in text]

    def everyday(self, text: str) -> List[str]:
        return [formal for word, formal in EVERYDAY_TERMS.items() if word in text and formal not in text]

    def expand(self, text: str, cut: Optional[Callable[[str], Iterable[str]]] = None) -> str:
        """``text`` followed by the words it most likely meant (or unchanged); ``cut``
        (a word segmenter) keeps sound-alikes to spans that begin where a word begins."""
        extra = self.sound_alikes(text, word_starts(text, cut) if cut else None)
        extra += self.initials(text) + self.full_pinyin(text) + self.english(text) + self.everyday(text)
        return text if not extra else text + " " + " ".join(dict.fromkeys(extra))


def word_starts(text: str, cut: Callable[[str], Iterable[str]]) -> Set[int]:
    """Offsets in ``text`` where the words ``cut`` finds begin."""
    starts, offset = set(), 0
    for word in cut(text):  # segmenters may drop whitespace: find each word after the last
        offset = text.find(word, offset)
        if offset < 0:
            break
        starts.add(offset)
        offset += len(word)
    return starts


def vocabulary_from_names(names: Sequence[str], cut, known: Optional[Callable[[str], bool]] = None) -> List[str]:
    """Names, aliases and the words jieba cuts them into (for sound-alike matching).

    With ``known`` (is this a dictionary word?) also the dictionary words inside longer
    words, as jieba's search mode finds them: 居民身份证 gives 身份证 as well, so 身分证丢在深圳了
    is read as 身份证 even where no alias of the item says 身份证 on its own.
    """
    words = set()
    for name in names:
        for part in re.split(r"[（）()、，,/\s]+", name):
            if not part:
                continue
            words.add(part)
            for word in cut(part):
                if len(word) >= 2:
                    words.add(word)
                if known is not None and len(word) > 2:
                    words.update(inner for size in (2, 3) for start in range(len(word) - size + 1)
                                 if len(inner := word[start:start + size]) < len(word) and known(inner))
    return sorted(words)
