"""Identify the service item of citizens' questions with the trained model.

The same trained pipeline (tokenizer, intent classifier, ItemLinker) that the running
assistant uses; the model is loaded once for any number of questions.
"""
from __future__ import annotations

import asyncio
import logging
import os
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List


class ModelMissing(RuntimeError):
    pass


def load_agent(model_path: Path):
    """A Rasa ``Agent`` for the trained model; a clear error when there is none."""
    model_path = Path(model_path)
    if not model_path.exists():
        raise ModelMissing(f"no trained model at {model_path}: run `make model` (or `python -m bot train`)")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    from rasa.core.agent import Agent
    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)

    return Agent.load(str(model_path))


class Identifier:
    """Parses messages with a loaded model and reports the linked items."""

    def __init__(self, agent):
        self.agent = agent
        self.loop = asyncio.new_event_loop()

    def parse(self, text: str) -> Dict[str, Any]:
        return self.loop.run_until_complete(self.agent.parse_message(text))

    def identify(self, text: str) -> Dict[str, Any]:
        parsed = self.parse(text)
        return {
            "text": text,
            "items": parsed.get("service_items") or [],
            "in_scope": bool(parsed.get("item_in_scope")),
            "ambiguous": bool(parsed.get("item_ambiguous")),
            "outside_service": parsed.get("outside_service"),
            "outside_service_too": parsed.get("outside_service_too"),
            "named_items": parsed.get("named_items") or [],
            "intent": (parsed.get("intent") or {}).get("name"),
        }

    def identify_all(self, texts: Iterable[str]) -> Iterator[Dict[str, Any]]:
        for text in texts:
            yield self.identify(text)


def read_questions(path: Path) -> List[str]:
    """One question per line; blank lines skipped."""
    return [line.strip() for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]
