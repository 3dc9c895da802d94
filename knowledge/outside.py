"""Services citizens ask about that the catalog does not cover (``outside_catalog.yaml``).

电动自行车上牌 or 商标注册 share words with catalog items (机动车注册登记, 公司设立登记), and a
lexical model links them there. Knowing the services it does not cover lets the assistant say
so honestly and name the department that handles them, instead of guessing a wrong item.

``OutsideServices.match`` finds the longest term of any such service in a text (compare
normalised text with normalised terms: see ``bot.text.normalise``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Dict, Iterable, List, Optional, Tuple

import yaml

DEFAULT_FILE = Path(__file__).resolve().parent / "outside_catalog.yaml"
MIN_TERM_CHARS = 2


@dataclass(frozen=True)
class OutsideService:
    name: str
    department: str
    terms: Tuple[str, ...]

    def as_dict(self) -> Dict[str, str]:
        return {"name": self.name, "department": self.department}


def load_outside_services(path: Path = DEFAULT_FILE) -> List[OutsideService]:
    """The services of ``path``; a clear error naming the entry that is incomplete."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    services = []
    entries = data.get("services") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ValueError(f"{path}: expected `services:` with a list of services")
    for position, entry in enumerate(entries, 1):
        if not isinstance(entry, dict):
            raise ValueError(f"{path}: service {position} is not a mapping of name, department and terms")
        name, department = str(entry.get("name") or "").strip(), str(entry.get("department") or "").strip()
        terms = tuple(str(t).strip() for t in entry.get("terms") or [] if str(t).strip())
        if not name or not department or not terms:
            raise ValueError(f"{path}: service {position} ({name or 'no name'}) needs a name, a department and terms")
        short = [t for t in terms if len(t) < MIN_TERM_CHARS]
        if short:
            raise ValueError(f"{path}: service {name}: terms shorter than {MIN_TERM_CHARS} characters: {short}")
        services.append(OutsideService(name, department, terms))
    return services


class OutsideServices:
    """Finds the services of a list in texts, by their terms (longest term first)."""

    def __init__(self, services: Iterable[OutsideService], normalise: Callable[[str], str] = str):
        self.by_term: Dict[str, OutsideService] = {}
        for service in services:
            for term in service.terms:
                self.by_term.setdefault(normalise(term), service)
        self._by_first: Dict[str, List[str]] = {}
        for term in sorted(self.by_term, key=len, reverse=True):
            self._by_first.setdefault(term[0], []).append(term)

    def __bool__(self) -> bool:
        return bool(self.by_term)

    def match(self, text: str) -> Optional[OutsideService]:
        """The service whose longest term occurs in ``text``, or None (of equally long terms,
        the one whose first character comes first in ``text``)."""
        best: Optional[str] = None
        for first in dict.fromkeys(text):   # each character once, in text order
            for term in self._by_first.get(first, ()):
                if best is not None and len(term) <= len(best):
                    break
                if term in text:
                    best = term
                    break
        return self.by_term[best] if best is not None else None
