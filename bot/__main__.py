"""Command line of the assistant: ``python -m bot train|identify|evaluate|evaluate-named|bench``."""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import List, Optional

from bot.settings import REPO, from_environment


def main(argv: Optional[List[str]] = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv[:1] == ["bench"]:  # its own options: python -m bot bench --help
        from bot.bench import main as bench

        return bench(argv[1:])
    settings = from_environment()
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("train", help="train the model from config.yml, domain.yml, data/ and the knowledge base")
    p.add_argument("--out", default="models")
    p.add_argument("--config", default="config.yml")
    p.add_argument("--name", default="assistant")
    p.add_argument("--knowledge-db", type=Path, help="train from this knowledge base instead of config.yml's")
    p = sub.add_parser("identify", help="print the top service items of questions as JSON lines")
    p.add_argument("text", nargs="?", help="one question")
    p.add_argument("--batch", type=Path, help="a file with one question per line")
    p.add_argument("--model", type=Path, default=settings.model)
    p = sub.add_parser("evaluate", help="measure item identification on a labelled TSV (text, item_id, kind)")
    p.add_argument("file", type=Path)
    p.add_argument("--model", type=Path, default=settings.model)
    p.add_argument("--config", type=Path, help="also train and measure this pipeline (e.g. config.baseline.yml)")
    p.add_argument("--epochs", type=int, help="train the --config pipeline's DIET/ResponseSelector for this many "
                   "epochs instead of its own (100 take hours on 2 cores with the full data)")
    p.add_argument("--report", type=Path, default=REPO / "results" / "evaluation.json")
    p = sub.add_parser("evaluate-named", help="measure how messages naming several items are recognised "
                       "(TSV: text, item_ids comma-separated; or text, item_id)")
    p.add_argument("files", type=Path, nargs="+")
    p.add_argument("--model", type=Path, default=settings.model)
    p.add_argument("--report", type=Path, help="also write the figures of each file as JSON")
    sub.add_parser("bench", help="benchmark against Rasa's stock pipeline (python -m bot bench --help)")
    args = parser.parse_args(argv)
    if args.command == "train":
        return train(args.out, args.config, args.name, args.knowledge_db or settings.knowledge_db,
                     override=args.knowledge_db is not None)
    if args.command == "identify":
        return identify(args)
    if args.command == "evaluate":
        return evaluate(args, settings)
    if args.command == "evaluate-named":
        return evaluate_named(args)
    return 2


def train(out: str, config: str, name: str, knowledge_db: Path, override: bool = False) -> int:
    if not knowledge_db.exists():
        print(f"error: knowledge base {knowledge_db} not found: run `make kb`", file=sys.stderr)
        return 2
    if override:
        config = str(config_for_knowledge_base(Path(config), knowledge_db, Path(out)))
    rasa = str(Path(sys.executable).with_name("rasa"))
    command = [rasa, "train", "--config", config, "--domain", "domain.yml", "--data", "data",
               "--out", out, "--fixed-model-name", name, "--force"]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.call(command, cwd=REPO, env=env)


def config_for_knowledge_base(config: Path, knowledge_db: Path, out: Path) -> Path:
    """A copy of ``config`` whose components read ``knowledge_db``."""
    import yaml

    document = yaml.safe_load((REPO / config).read_text(encoding="utf-8"))
    for component in document.get("pipeline") or []:
        if "knowledge_db" in component:
            component["knowledge_db"] = str(knowledge_db.resolve())
    path = (REPO / out).resolve() / f"config.{knowledge_db.stem}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def identify(args) -> int:
    from bot.identify import Identifier, ModelMissing, load_agent, read_questions

    if not args.text and not args.batch:
        print("error: give a question or --batch FILE", file=sys.stderr)
        return 2
    try:
        identifier = Identifier(load_agent(args.model))
    except ModelMissing as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    texts = read_questions(args.batch) if args.batch else [args.text]
    for result in identifier.identify_all(texts):
        print(json.dumps(result, ensure_ascii=False), flush=True)
    return 0


def evaluate_named(args) -> int:
    from bot.identify import Identifier, ModelMissing, load_agent
    from bot.named_evaluation import format_report, measure, read_rows

    try:
        identifier = Identifier(load_agent(args.model))
    except ModelMissing as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    reports = {}
    for path in args.files:
        rows = read_rows(path)
        reports[str(path)] = report = measure(rows, [identifier.parse(row["text"]) for row in rows])
        print(format_report(str(path), report), flush=True)
    if args.report:
        args.report.parent.mkdir(parents=True, exist_ok=True)
        args.report.write_text(json.dumps(reports, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


def evaluate(args, settings) -> int:
    import statistics
    import time

    from bot import baseline
    from bot.evaluation import evaluate as measure, format_reports, read_rows
    from bot.identify import Identifier, ModelMissing, load_agent
    from knowledge.guides import GuideStore

    rows = read_rows(args.file)
    store = GuideStore(settings.knowledge_db)
    department = {r["id"]: r["department"] for r in store.list_items()}
    models = {"product": args.model}
    try:
        if args.config:
            print(f"training {args.config} on the same data (one intent per item) ...", file=sys.stderr)
            name = args.config.stem.replace("config.", "") or "baseline"
            config = args.config
            if args.epochs:
                config = baseline.with_epochs(args.config, args.epochs, REPO / "models")
                name = f"{name} ({args.epochs} epochs)"
            started = time.monotonic()
            models[name] = baseline.train(store, config, REPO / "models")
            print(f"trained {name} in {time.monotonic() - started:.0f} s", file=sys.stderr)
        reports, latency = {}, {}
        for name, path in models.items():
            identifier = Identifier(load_agent(path))
            predictions, times = [], []
            for row in rows:
                start = time.perf_counter()
                parsed = identifier.parse(row["text"])
                times.append((time.perf_counter() - start) * 1000)
                if name == "product":
                    predictions.append(([i["id"] for i in parsed.get("service_items") or []], bool(parsed.get("item_in_scope"))))
                else:
                    predictions.append(baseline.prediction(parsed))
            reports[name] = measure(rows, predictions, lambda i: department.get(i, "?"))
            latency[name] = {"median_ms": round(statistics.median(times), 2),
                             "p95_ms": round(sorted(times)[int(0.95 * (len(times) - 1))], 2)}
            reports[name]["latency"] = latency[name]
    except ModelMissing as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(f"{args.file}: {sum(r['item_id'] != 'none' for r in rows)} in-scope rows, "
          f"{sum(r['item_id'] == 'none' for r in rows)} out-of-scope rows")
    print(format_reports(reports))
    for name, figures in latency.items():
        print(f"parse latency {name}: median {figures['median_ms']} ms, p95 {figures['p95_ms']} ms")
    args.report.parent.mkdir(parents=True, exist_ok=True)
    args.report.write_text(json.dumps(reports, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"report written to {args.report}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
