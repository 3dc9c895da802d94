"""The one owner of Chinese word segmentation (分词) for the project.

Builds a private jieba tokenizer with a user dictionary generated from the knowledge base
(item names and aliases), so the NLU pipeline, the search index and the item linker all
cut text the same way. Build it once at start-up and treat it as read-only afterwards:
jieba's ``add_word`` is not thread-safe.
"""
from __future__ import annotations

import functools
import logging
import re
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

DICTIONARY_FREQUENCY = 50_000
CUTS_KEPT = 32   # texts whose words a segmenter keeps (Segmenter.cut)
_WORD = re.compile(r"^[\w\u4e00-\u9fff]{2,}$")
_SPLIT = re.compile(r"[（）()、，,·/\s]+")


def dictionary_words(names: Iterable[str]) -> List[str]:
    """Distinct words for the user dictionary from item names and aliases.

    Parenthesised qualifiers become words of their own: 户口迁移（工作调动） gives
    户口迁移 and 工作调动 as well as nothing with brackets in it.
    """
    words = set()
    for name in names:
        for part in _SPLIT.split(str(name or "")):
            part = part.strip()
            if _WORD.match(part) and len(part) <= 20:
                words.add(part)
    return sorted(words)


def dictionary_lines(words: Iterable[str]) -> List[str]:
    """Lines in jieba's ``word freq tag`` format (tag lowercase, as jieba requires)."""
    return [f"{word} {DICTIONARY_FREQUENCY} nz" for word in words if " " not in word]


def write_dictionary(words: Iterable[str], path: Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(dictionary_lines(words)) + "\n", encoding="utf-8")
    return path


class Segmenter:
    """A private jieba tokenizer loaded with the knowledge base's words."""

    def __init__(self, words: Sequence[str] = (), dictionary_files: Sequence[Path] = ()):
        import jieba

        jieba.setLogLevel(logging.WARNING)
        self._tokenizer = jieba.Tokenizer()
        self._tokenizer.initialize()
        for path in dictionary_files:
            self._tokenizer.load_userdict(str(path))
        for word in words:
            self._tokenizer.add_word(word, DICTIONARY_FREQUENCY, "nz")
        # one message is cut several times while it is read (its respelling, its sound-alikes,
        # its shared terms, its parts): the last few texts' words are kept
        self._cut_recent = functools.lru_cache(maxsize=CUTS_KEPT)(self._cut)

    def cut(self, text: str) -> List[str]:
        """Words of ``text``, whitespace dropped."""
        return list(self._cut_recent(text or ""))

    def _cut(self, text: str) -> Tuple[str, ...]:
        return tuple(w for w in self._tokenizer.cut(text) if w.strip())

    def known(self, word: str) -> bool:
        """Whether ``word`` is in the dictionary (jieba's own or the knowledge base's)."""
        return self._tokenizer.FREQ.get(word, 0) > 0

    def tokenize(self, text: str):
        """``(word, start, end)`` triples, the shape Rasa tokenizers need."""
        return [t for t in self._tokenizer.tokenize(text or "") if t[0].strip()]


_by_words: Dict[Tuple[str, ...], Segmenter] = {}


def segmenter_for(words: Iterable[str]) -> Segmenter:
    """One process-wide segmenter per vocabulary: components that share the knowledge
    base's words share one jieba tokenizer (each costs ~0.8 s and ~60 MB)."""
    key = tuple(sorted(set(words)))
    if key not in _by_words:
        _by_words[key] = Segmenter(key)
    return _by_words[key]


def read_dictionary(path: Path) -> List[str]:
    """The words of a user dictionary file written by ``write_dictionary``."""
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    return [line.split(" ")[0] for line in lines if line.strip()]


_shared: Optional[Segmenter] = None


def shared_segmenter(words: Sequence[str] = ()) -> Segmenter:
    """The first segmenter a process asks for, for command-line tools and the search index."""
    global _shared
    if _shared is None:
        _shared = segmenter_for(words)
    return _shared
