"""Command line of the assistant: ``python -m bot train|identify|evaluate``."""
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
    settings = from_environment()
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("train", help="train the model from config.yml, domain.yml, data/ and the knowledge base")
    p.add_argument("--out", default="models")
    p.add_argument("--config", default="config.yml")
    p.add_argument("--name", default="assistant")
    p = sub.add_parser("identify", help="print the top service items of questions as JSON lines")
    p.add_argument("text", nargs="?", help="one question")
    p.add_argument("--batch", type=Path, help="a file with one question per line")
    p.add_argument("--model", type=Path, default=settings.model)
    args = parser.parse_args(argv)
    if args.command == "train":
        return train(args.out, args.config, args.name, settings.knowledge_db)
    if args.command == "identify":
        return identify(args)
    return 2


def train(out: str, config: str, name: str, knowledge_db: Path) -> int:
    if not knowledge_db.exists():
        print(f"error: knowledge base {knowledge_db} not found: run `make kb`", file=sys.stderr)
        return 2
    rasa = str(Path(sys.executable).with_name("rasa"))
    command = [rasa, "train", "--config", config, "--domain", "domain.yml", "--data", "data",
               "--out", out, "--fixed-model-name", name, "--force"]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}
    return subprocess.call(command, cwd=REPO, env=env)


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


if __name__ == "__main__":
    sys.exit(main())
