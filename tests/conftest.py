"""Shared fixtures: a tiny knowledge base built from tests/fixtures/sources, and the
real one (knowledge/guides.db, built by `make test` before the tests run)."""
from __future__ import annotations

from pathlib import Path

import pytest

from support import FIXTURE_SOURCES, REPO, SHARED  # noqa: F401  (also puts the repo on sys.path)


@pytest.fixture(scope="session")
def fixture_db(tmp_path_factory) -> Path:
    from knowledge.build import build
    from knowledge.sources import load_source_files

    path = tmp_path_factory.mktemp("kb") / "guides.db"
    build(path, load_source_files(FIXTURE_SOURCES))
    return path


@pytest.fixture(scope="session")
def fixture_store(fixture_db):
    from knowledge.guides import GuideStore

    return GuideStore(fixture_db)


@pytest.fixture(scope="session")
def real_store():
    from knowledge.guides import GuideStore

    path = REPO / "knowledge" / "guides.db"
    if not path.exists():
        pytest.fail("knowledge/guides.db missing: run `make kb` (make test builds it)")
    return GuideStore(path)
