"""Operator commands: ``python -m knowledge build|check|list|show|search|import|faq-eval``."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import List, Optional

from knowledge import DEFAULT_DB, DEFAULT_SOURCES


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m knowledge", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    def command(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--db", type=Path, default=DEFAULT_DB, help=f"database file (default {DEFAULT_DB.name})")
        return p

    p = command("build", "build the database from knowledge/sources/*.yaml")
    p.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    p = command("check", "fail on any incomplete item (sources and database)")
    p.add_argument("--sources", type=Path, default=DEFAULT_SOURCES)
    p = command("list", "list the items")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p = command("show", "show one item's whole guide")
    p.add_argument("item_id")
    p.add_argument("--json", action="store_true")
    p = command("search", "full-text search over names, aliases and FAQs")
    p.add_argument("query")
    p.add_argument("--limit", type=int, default=10)
    p = command("import", "import a city's catalog export (.xlsx/.xls)")
    p.add_argument("file", type=Path)
    p.add_argument("--format", choices=["changchun", "jilin", "auto"], default="auto")
    p.add_argument("--region", default=None, help="region name stored with the imported rows")
    p = command("faq-eval", "measure FAQ matching on a TSV of item_id, faq_position (0: none), context, question")
    p.add_argument("file", type=Path)
    p.add_argument("--sweep", action="store_true", help="also print the figures at other thresholds")
    args = parser.parse_args(argv)
    return COMMANDS[args.command](args)


def cmd_build(args) -> int:
    from knowledge.build import build
    from knowledge.sources import load_source_files, read_catalog, validate_items

    items = load_source_files(args.sources)
    problems = validate_items(items, read_catalog())
    for problem in problems:
        print(f"warning: {problem}", file=sys.stderr)
    count, kept = build(args.db, items)
    print(f"built {args.db}: {count} items from {args.sources}")
    if kept:
        print(f"kept {len(kept)} items as imported from the local catalog: {', '.join(kept)}")
    return 0


def cmd_check(args) -> int:
    from knowledge.check import check_database, check_glossary, check_life_events, check_sources, check_topics
    from knowledge.guides import GuideStore, KnowledgeBaseMissing

    problems = check_sources(args.sources)
    try:
        store = GuideStore(args.db)
    except KnowledgeBaseMissing as error:
        print(error, file=sys.stderr)
        return 2
    problems += check_database(store) + check_life_events(store) + check_topics(store) + check_glossary(store)
    for problem in problems:
        print(problem)
    total = len(store.list_items())
    incomplete = len({(p.file, p.item_id) for p in problems})
    print(f"{total} items checked, {incomplete} incomplete, {len(problems)} problems")
    return 1 if problems else 0


def _store(args):
    from knowledge.guides import GuideStore, KnowledgeBaseMissing

    try:
        return GuideStore(args.db)
    except KnowledgeBaseMissing as error:
        sys.exit(f"error: {error}")


def cmd_list(args) -> int:
    for row in _store(args).list_items():
        if args.json:
            print(json.dumps({k: row[k] for k in ("id", "name", "department")}, ensure_ascii=False))
        else:
            print(f"{row['id']}\t{row['name']}\t{row['department']}")
    return 0


def cmd_show(args) -> int:
    store = _store(args)
    guide = store.guide(args.item_id)
    if guide is None:
        print(f"error: no item {args.item_id!r}; `python -m knowledge list` shows the ids", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(guide, ensure_ascii=False, indent=2))
    else:
        from knowledge.notice import one_time_notice

        for situation in guide["situations"]:
            print(one_time_notice(guide, situation["materials"], guide["service_points"], situation["name"]))
            print()
    return 0


def cmd_search(args) -> int:
    for row in _store(args).search(args.query, args.limit):
        print(json.dumps(row, ensure_ascii=False))
    return 0


def cmd_import(args) -> int:
    from knowledge.importer import run_import

    return run_import(args.file, fmt=args.format, region=args.region, db_path=args.db)


def cmd_faq_eval(args) -> int:
    from knowledge.faq_matching import MIN_MARGIN, MIN_SIMILARITY, faq_evaluation, read_faq_questions

    rows = read_faq_questions(args.file)
    matcher = _store(args).faq_matcher()
    margins = [0.0, 0.03, 0.05, 0.08, 0.1, 0.15] if args.sweep else [MIN_MARGIN]
    print(f"{args.file}: {sum(1 for r in rows if r['faq_position'])} questions an FAQ answers, "
          f"{sum(1 for r in rows if not r['faq_position'])} it does not; similarity >= {MIN_SIMILARITY}")
    print("margin  precision  recall  wrong FAQ  false match on the rest")
    for margin in margins:
        f = faq_evaluation(matcher, rows, margin)
        mark = "  <- MIN_MARGIN" if margin == MIN_MARGIN and args.sweep else ""
        print(f"{margin:6.2f}  {f['precision']:8.1%}  {f['recall']:6.1%}  {f['wrong']:9d}  "
              f"{f['false_match_rate']:6.1%} ({f['false_matches']}/{f['negatives']}){mark}")
    return 0


COMMANDS = {
    "build": cmd_build, "check": cmd_check, "list": cmd_list, "show": cmd_show,
    "search": cmd_search, "import": cmd_import, "faq-eval": cmd_faq_eval,
}

if __name__ == "__main__":
    sys.exit(main())
