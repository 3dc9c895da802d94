"""The action server's settings, read from the environment in one place."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@dataclass(frozen=True)
class ActionSettings:
    knowledge_db: Path


def from_environment() -> ActionSettings:
    return ActionSettings(knowledge_db=Path(os.environ.get("KNOWLEDGE_DB", REPO / "knowledge" / "guides.db")))
