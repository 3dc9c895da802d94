"""Services citizens ask about that the catalog does not cover (``outside_catalog.yaml``).

电动自行车上牌 or 商标注册 share words with catalog items (机动车注册登记, 公司设立登记), and a
lexical model links them there. Knowing the services it does not cover lets the assistant say
so honestly and name the department that handles them, instead of guessing a wrong item.

The phrases are matched in messages by a spaCy pattern component (``bot.patterns``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Tuple

from knowledge.yaml_lists import entries, texts

DEFAULT_FILE = Path(__file__).resolve().parent / "outside_catalog.yaml"
MIN_TERM_CHARS = 2


@dataclass(frozen=True)
class OutsideService:
    name: str
    department: str
    terms: Tuple[str, ...]
    english: str = ""   # who handles it and how, for one writing in English (a foreigner's residence permit)
    how: str = ""       # the few facts one needs before going, where being sent on costs most (人身安全保护令)
    # regular expressions for what phrases cannot list (社保断了四个月 …能补交吗, 娃要读幼儿园小班了: r50 QA), read where
    # nothing is read in scope surely
    patterns: Tuple[str, ...] = ()
    # ...and those read as its phrases are, whatever is read in scope (社保扣了两次 beside 灵活就业, whose 参保登记 was read
    # at 0.84; r63 QA): what no item of the catalog answers
    sure_patterns: Tuple[str, ...] = ()

    def as_dict(self) -> Dict[str, str]:
        return {"name": self.name, "department": self.department, **({"english": self.english} if self.english else {})}


def load_outside_services(path: Path = DEFAULT_FILE) -> List[OutsideService]:
    """The services of ``path``; a clear error naming the entry that is incomplete."""
    services = []
    for position, entry in entries(path, "services", "service", "name, department and terms"):
        name, department = str(entry.get("name") or "").strip(), str(entry.get("department") or "").strip()
        terms = texts(entry, "terms")
        if not name or not department or not terms:
            raise ValueError(f"{path}: service {position} ({name or 'no name'}) needs a name, a department and terms")
        short = [t for t in terms if len(t) < MIN_TERM_CHARS]
        if short:
            raise ValueError(f"{path}: service {name}: terms shorter than {MIN_TERM_CHARS} characters: {short}")
        patterns = texts(entry, "patterns") if entry.get("patterns") else ()
        sure_patterns = texts(entry, "sure_patterns") if entry.get("sure_patterns") else ()
        for pattern in (*patterns, *sure_patterns):
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"{path}: service {name}: pattern {pattern!r} is not a regular expression: {error}")
        services.append(OutsideService(name, department, terms, " ".join(str(entry.get("english") or "").split()),
                                       "".join(str(entry.get("how") or "").split()), tuple(patterns),
                                       tuple(sure_patterns)))
    return services


@lru_cache(maxsize=1)
def default_services() -> Tuple[OutsideService, ...]:
    """The services of ``DEFAULT_FILE``, read once."""
    return tuple(load_outside_services())


def _how_by_name() -> Dict[str, str]:
    return {service.name: service.how for service in default_services() if service.how}


def how_it_is_done(name: str) -> str:
    """The ``how`` of the service outside the catalog called ``name`` (read once from ``DEFAULT_FILE``), else ""."""
    return _how_by_name().get(name, "")
