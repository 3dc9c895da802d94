"""Paths shared by the test modules (import with ``from support import REPO``)."""
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
FIXTURE_SOURCES = REPO / "tests" / "fixtures" / "sources"
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))
