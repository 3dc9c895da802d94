"""Rasa's stock pipeline as the baseline for item identification.

Trained on the same knowledge (item names, aliases, example questions, FAQ questions) and
the same out-of-scope examples as the product, with one intent per catalog item and an
intent ``none`` for everything else, because the stock pipeline has no item linker.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Sequence

import yaml

from bot.settings import REPO

NONE_INTENTS = ("out_of_scope", "greet", "goodbye", "thanks", "bot_challenge", "request_human")


def none_examples(nlu_files: Sequence[Path]) -> List[str]:
    texts: List[str] = []
    for path in nlu_files:
        for block in (yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if block.get("intent") in NONE_INTENTS:
                texts += [line[2:].strip() for line in block["examples"].splitlines() if line.strip().startswith("- ")]
    return texts


def item_examples(store) -> Dict[str, List[str]]:
    examples: Dict[str, List[str]] = {}
    for item in store.list_items():
        texts = [item["name"]] + yaml.safe_load(item["aliases"] or "[]")
        texts += [e["text"] for e in store.examples(item["id"])]
        texts += [f["question"] for f in store.faqs(item["id"])]
        examples[item["id"]] = list(dict.fromkeys(t.strip() for t in texts if t and t.strip()))
    return examples


def write_training_data(store, nlu_files: Sequence[Path], path: Path) -> Path:
    """NLU YAML: one intent per item id, plus ``none``."""
    blocks = [{"intent": item_id, "examples": texts} for item_id, texts in item_examples(store).items()]
    blocks.append({"intent": "none", "examples": list(dict.fromkeys(none_examples(nlu_files)))})
    lines = ['version: "3.1"', "nlu:"]
    for block in blocks:
        lines.append(f"- intent: {block['intent']}")
        lines.append("  examples: |")
        lines.extend(f"    - {' '.join(t.split())}" for t in block["examples"])
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def with_epochs(config: Path, epochs: int, out: Path) -> Path:
    """A copy of ``config`` whose epoch-trained components train for ``epochs`` epochs."""
    document = yaml.safe_load(Path(config).read_text(encoding="utf-8"))
    for component in (document.get("pipeline") or []) + (document.get("policies") or []):
        if "epochs" in component:
            component["epochs"] = epochs
    path = Path(out) / f"{Path(config).stem}.e{epochs}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def train(store, config: Path, out: Path, name: str = "baseline") -> Path:
    """Train the stock NLU pipeline; returns the model path."""
    data = write_training_data(store, sorted((REPO / "data" / "nlu").glob("*.yml")), out / "baseline-data" / "nlu.yml")
    command = [str(Path(sys.executable).with_name("rasa")), "train", "nlu", "--config", str(config),
               "--nlu", str(data), "--out", str(out), "--fixed-model-name", name]
    env = {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"baseline training failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return out / f"{name}.tar.gz"


def prediction(parsed: Dict) -> tuple:
    """(ranked item ids, in_scope) from a stock-pipeline parse result."""
    ranking = [r["name"] for r in parsed.get("intent_ranking") or [] if r["name"] not in ("none", "nlu_fallback")]
    intent = (parsed.get("intent") or {}).get("name")
    return ranking[:3], intent not in ("none", "nlu_fallback", None)
