"""Phrase patterns on spaCy's blank Chinese pipeline: no model weights, nothing downloaded.

``spacy.blank("zh")`` cuts text into single characters, so a ``PhraseMatcher`` pattern
matches wherever its characters occur in a row, whatever jieba would make of the words around
them. The ``outside_catalog`` component marks the phrases of services the catalog does not
cover (``knowledge/outside_catalog.yaml``) as spans in ``doc.spans["outside_catalog"]``,
labelled with the service's name; of overlapping phrases the longest wins (then the first).

    nlp = outside_pipeline(load_outside_services(), normalise)
    find_outside(nlp, normalise("电动车上牌要去哪办"))   # OutsideService(name="电动自行车登记上牌", ...)

Texts and phrases are compared as given: pass both through the same normalisation.
"""
# no `from __future__ import annotations`: spaCy reads the factory's annotations at run time
import re
from typing import Callable, Dict, List, Optional, Sequence, Tuple

try:
    import spacy
    from spacy.language import Language
    from spacy.matcher import PhraseMatcher
    from spacy.tokens import Span
    from spacy.util import filter_spans
except ImportError as error:  # pragma: no cover - the venv always has it
    raise ImportError("spaCy is missing from this environment: run `make setup`") from error

from knowledge.outside import OutsideService

SPAN_KEY = "outside_catalog"
PATTERNS_KEY = "_patterns"   # (the spans of the services' patterns: only where no phrase is found)
COMPONENT = "outside_catalog"


class OutsideCatalogMatcher:
    """The ``outside_catalog`` pipeline component (built by its factory, filled by
    ``initialize``)."""

    def __init__(self, nlp: Language, name: str, *, span_key: str):
        self.name = name
        self.span_key = span_key
        self.matcher = PhraseMatcher(nlp.vocab)
        self.services: Dict[str, OutsideService] = {}
        self.patterns: List[Tuple[str, "re.Pattern"]] = []
        self.sure_patterns: List[Tuple[str, "re.Pattern"]] = []   # (read as phrases are)

    def initialize(self, get_examples=None, *, nlp=None, services: Sequence[OutsideService] = (),
                   normalise: Callable[[str], str] = str) -> None:
        """Adds one pattern per phrase of each service (a phrase said twice counts once,
        for the first service that says it)."""
        seen = set()
        for service in services:
            phrases = [p for p in dict.fromkeys(normalise(t) for t in service.terms) if p not in seen]
            seen.update(phrases)
            if phrases:
                self.services[service.name] = service
                self.matcher.add(service.name, [nlp.make_doc(p) for p in phrases])
            for pattern in getattr(service, "patterns", ()):   # (a model trained before patterns has none)
                self.services[service.name] = service
                self.patterns.append((service.name, re.compile(pattern)))   # (on the text as normalised)
            for pattern in getattr(service, "sure_patterns", ()):
                self.services[service.name] = service
                self.sure_patterns.append((service.name, re.compile(pattern)))

    def __call__(self, doc):
        spans = [Span(doc, start, end, label=label) for label, start, end in self.matcher(doc)]
        doc.spans[self.span_key] = filter_spans(spans + self._pattern_spans(doc, getattr(self, "sure_patterns", ())))
        doc.spans[self.span_key + PATTERNS_KEY] = filter_spans(self._pattern_spans(doc, self.patterns))
        return doc

    @staticmethod
    def _pattern_spans(doc, patterns: Sequence[Tuple[str, "re.Pattern"]]) -> List[Span]:
        return [span for label, pattern in patterns for m in pattern.finditer(doc.text)
                if (span := doc.char_span(m.start(), m.end(), label=label)) is not None]


@Language.factory(COMPONENT, default_config={"span_key": SPAN_KEY})
def make_outside_catalog(nlp: Language, name: str, span_key: str) -> OutsideCatalogMatcher:
    return OutsideCatalogMatcher(nlp, name, span_key=span_key)


def outside_pipeline(services: Sequence[OutsideService], normalise: Callable[[str], str] = str) -> Language:
    """``spacy.blank("zh")`` with the ``outside_catalog`` component, initialised with
    ``services``."""
    nlp = spacy.blank("zh")
    component = nlp.add_pipe(COMPONENT)
    component.initialize(nlp=nlp, services=services, normalise=normalise)
    return nlp


def find_outside(nlp: Language, text: str) -> Optional[OutsideService]:
    """The service of the longest outside-catalog phrase in ``text`` (the first of equally
    long ones), or None."""
    found = find_outside_phrase(nlp, text)
    return found[0] if found else None


def find_outside_phrase(nlp: Language, text: str, patterns: bool = True) -> Optional[Tuple[OutsideService, int, int]]:
    """``find_outside``'s service with where its phrase stands in ``text`` (start and end
    character), or None; with no phrase found and ``patterns``, the same of the services' patterns."""
    if not text:
        return None
    component = nlp.get_pipe(COMPONENT)
    if not component.services:
        return None
    doc = nlp(text)   # keep the Doc: its span group needs it
    spans = list(doc.spans[component.span_key]) \
        or (list(doc.spans[component.span_key + PATTERNS_KEY]) if patterns else [])
    if not spans:
        return None
    best = max(spans, key=lambda span: (len(span), -span.start))
    return component.services[best.label_], best.start_char, best.end_char
