"""Settings of the Rasa side (server, channels, command line), read from the environment
in this one module and passed into constructors."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class BotSettings:
    model: Path
    knowledge_db: Path


def from_environment() -> BotSettings:
    return BotSettings(
        model=Path(os.environ.get("RASA_MODEL", REPO / "models" / "assistant.tar.gz")),
        knowledge_db=Path(os.environ.get("KNOWLEDGE_DB", REPO / "knowledge" / "guides.db")),
    )
