"""Sustained load over REST: 10 concurrent conversations, 10,000 turns in total, against the
stack started by scripts/run.sh with its real configuration (rate limit included).

Each of the 10 workers is one citizen at a time: it sends the next turn of a scripted
conversation only after the reply to the previous one, and starts the next conversation as
a new citizen (new sender id) when a script ends, so conversations have a realistic length
(5-8 turns) and stay under the per-sender rate limit. Every turn must get HTTP 200 and a
non-empty reply that is not the "unavailable" apology; afterwards the tracker store must
hold exactly one user event per turn sent (none lost, none doubled).

RELIABILITY_TURNS (default 10000) and RELIABILITY_WORKERS (default 10) change the size.
"""
import asyncio
import json
import os
import sqlite3
import time
from collections import Counter

import aiohttp

from stack import JSON, Stack
from bot.guard import UNAVAILABLE_TEXT

TURNS = int(os.environ.get("RELIABILITY_TURNS", "10000"))
WORKERS = int(os.environ.get("RELIABILITY_WORKERS", "10"))
TIME_LIMIT_S = float(os.environ.get("RELIABILITY_TIME_LIMIT_S", "1800"))
TURN_TIMEOUT_S = 60

SCRIPTS = (
    ("你好", "身份证丢了怎么补办", "1", "要多久？", "在哪办", "谢谢"),
    ("提取公积金要带什么", "1", "要钱吗", "网上能办吗", "好的，再见"),
    ("办居住证需要准备哪些材料", "1", "要多久", "今天天气怎么样", "营业执照怎么办", "2", "在哪办"),
    ("您好", "帮我订一张去北京的机票", "孩子出生了怎么上户口", "1", "需要什么条件", "谢谢"),
    ("驾驶证到期了怎么换", "1", "要多久？", "收费吗", "在哪办", "1"),
    ("你会唱歌吗", "租房提取公积金要带什么材料", "1", "流程是什么", "拜拜"),
    ("结婚登记怎么办", "1", "在哪办", "1", "要多久", "股票明天会涨吗", "谢谢"),
    ("在吗", "想申请失业金", "1", "网上能办吗", "要带什么", "1", "转人工"),
)


async def load(base: str):
    remaining = TURNS
    lock = asyncio.Lock()
    errors: Counter = Counter()
    examples = []
    sent = Counter()  # sender → turns sent
    latencies = []

    async def take() -> bool:
        nonlocal remaining
        async with lock:
            if remaining <= 0:
                return False
            remaining -= 1
            return True

    async def worker(index: int, session: aiohttp.ClientSession) -> None:
        conversation = 0
        while True:
            script = SCRIPTS[(index + conversation) % len(SCRIPTS)]
            sender = f"load-{index}-{conversation}"
            conversation += 1
            for text in script:
                if not await take():
                    return
                sent[sender] += 1
                started = time.monotonic()
                try:
                    async with session.post(f"{base}/webhooks/rest/webhook", headers=JSON,
                                            data=json.dumps({"sender": sender, "message": text})) as r:
                        status = r.status
                        replies = await r.json(content_type=None)
                except Exception as error:  # connection errors, timeouts, bad JSON
                    errors[type(error).__name__] += 1
                    examples.append((sender, text, repr(error)))
                    continue
                latencies.append(time.monotonic() - started)
                texts = [m.get("text") or "" for m in replies or []] if isinstance(replies, list) else []
                if status != 200:
                    errors[f"HTTP {status}"] += 1
                    examples.append((sender, text, status, replies))
                elif not "".join(texts).strip() and not any(m.get("custom") for m in replies):
                    errors["empty reply"] += 1
                    examples.append((sender, text, replies))
                elif UNAVAILABLE_TEXT in texts:
                    errors["apology (no answer)"] += 1
                    examples.append((sender, text, replies))

    timeout = aiohttp.ClientTimeout(total=TURN_TIMEOUT_S)
    async with aiohttp.ClientSession(timeout=timeout, connector=aiohttp.TCPConnector(limit=WORKERS * 2)) as session:
        started = time.monotonic()
        await asyncio.wait_for(asyncio.gather(*(worker(i, session) for i in range(WORKERS))), TIME_LIMIT_S)
        elapsed = time.monotonic() - started
    return elapsed, errors, examples[:10], sent, sorted(latencies)


def test_ten_concurrent_conversations_ten_thousand_turns(tmp_path):
    with Stack(tmp_path) as stack:
        elapsed, errors, examples, sent, latencies = asyncio.run(load(stack.base))
        total = sum(sent.values())
        p50 = latencies[len(latencies) // 2] if latencies else float("nan")
        p99 = latencies[int(len(latencies) * 0.99)] if latencies else float("nan")
        print(f"\nsustained load: {total} turns, {WORKERS} concurrent conversations, {len(sent)} senders, "
              f"{elapsed:.0f} s, {total / elapsed:.1f} turns/s, latency p50 {p50 * 1000:.0f} ms, "
              f"p99 {p99 * 1000:.0f} ms, errors {dict(errors)}")
        assert total == TURNS
        assert not errors, (dict(errors), examples)
        assert stack.status_ok()

    # none lost, none doubled: the store has exactly the turns sent, per conversation
    with sqlite3.connect(stack.tracker_db) as db:
        stored = Counter(dict(db.execute(
            "SELECT sender_id, COUNT(*) FROM events WHERE type_name = 'user' AND sender_id LIKE 'load-%' "
            "GROUP BY sender_id").fetchall()))
        bots = db.execute("SELECT COUNT(*) FROM events WHERE type_name = 'bot' AND sender_id LIKE 'load-%'").fetchone()[0]
    assert stored == sent
    assert bots >= TURNS
