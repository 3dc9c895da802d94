"""Knowledge base of service guides (办事指南): sources, SQLite build, queries, notices.

Plain Python: this package never imports Rasa, so the action server, the NLU components
and the operator command line can all use it.
"""
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DEFAULT_DB = PACKAGE_DIR / "guides.db"
DEFAULT_SOURCES = PACKAGE_DIR / "sources"
CATALOG_TSV = PACKAGE_DIR / "catalog" / "items.tsv"
