"""Send the same scripted conversations to two running assistants and print the replies that
differ: a regression check of dialogue changes (an old commit's stack against the new one).

    python scripts/compare_replies.py --old 5305 --new 5105 --items 60
    python scripts/compare_replies.py --old 5305 --new 5105 --items 30 --seed 11 \
        --turns 需要户口本吗 1 有效期多久 能加急吗 外地户口能办吗 要照片吗

Each conversation starts with "<item name>怎么办" for an item of the catalog
(``knowledge/catalog/items.tsv``, shuffled with ``--seed``), then sends ``--turns`` (by
default ordinary follow-ups: 要多久, 多少钱, 在哪办 … and an option number). Prints each
differing reply (old, then new) and the counts of equal and differing replies.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import time
import urllib.request
from pathlib import Path

CATALOG = Path(__file__).resolve().parent.parent / "knowledge" / "catalog" / "items.tsv"
ORDINARY = ["要多久", "多少钱", "在哪办", "网上能办吗", "能代办吗", "1", "要带什么材料", "周六上班吗", "流程是什么",
            "要预约吗", "谢谢"]


def say(port: int, sender: str, text: str) -> str:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook",
        json.dumps({"sender": sender, "message": text}).encode(), {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        return " || ".join(m.get("text", "") for m in json.load(response) if m.get("text"))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--old", type=int, required=True, help="port of the old assistant")
    parser.add_argument("--new", type=int, required=True, help="port of the new assistant")
    parser.add_argument("--items", type=int, default=60)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--turns", nargs="+", default=ORDINARY)
    args = parser.parse_args(argv)
    with CATALOG.open(encoding="utf-8") as f:
        names = [row["name"] for row in csv.DictReader(f, delimiter="\t")]
    random.Random(args.seed).shuffle(names)
    run = f"cmp{int(time.time())}"
    same = differ = 0
    for n, name in enumerate(names[:args.items]):
        for text in [f"{name}怎么办", *args.turns]:
            old, new = say(args.old, f"{run}-{n}", text), say(args.new, f"{run}-{n}", text)
            if old == new:
                same += 1
            else:
                differ += 1
                print(f"## {name} | {text}\n  OLD: {old}\n  NEW: {new}")
    print(f"same {same} differ {differ}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
