"""Slow reliability tests against the real stack (10,000 turns, restart, action server
down). They are skipped in `make test`; run them with

    RELIABILITY_TESTS=1 .venv/bin/python -m pytest -q -s -p no:cacheprovider tests/reliability

(`make test-reliability`)."""
import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

ENABLED = os.environ.get("RELIABILITY_TESTS") == "1"


def pytest_collection_modifyitems(config, items):
    if ENABLED:
        return
    skip = pytest.mark.skip(reason="slow reliability test: set RELIABILITY_TESTS=1 (make test-reliability)")
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(skip)
