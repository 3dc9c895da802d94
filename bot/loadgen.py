"""Asyncio load generator for the benchmark (``python -m bot bench``): virtual citizens talk
to a running assistant over REST (``POST /webhooks/rest/webhook``), or send bare NLU parses
(``POST /model/parse?token=``), and the latencies are summarised.

Each virtual user is one conversation at a time: it sends the next message of a scripted
conversation only after the reply to the previous one arrived. When a script ends the user
starts the next script as a new citizen (a new sender id), so trackers stay as long as real
conversations (5-8 turns) instead of growing without bound during the measurement.

It also reads what the servers cost from /proc (RSS, CPU time), without psutil.

Only the pure parts (scripts, message mix, percentiles, summaries) are unit-tested
(tests/test_bench.py); ``run_level`` needs a server.
"""
from __future__ import annotations

import asyncio
import math
import os
import platform
import socket
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

# message kinds of the mix
ITEM, FOLLOW_UP, OPTION, SOCIAL, OUT_OF_SCOPE = "item", "follow_up", "option", "social", "out_of_scope"
KINDS = (ITEM, FOLLOW_UP, OPTION, SOCIAL, OUT_OF_SCOPE)

# Scripted conversations: (kind, text). Option answers ("1", "2") follow questions that
# get a clarification (which situation / which district / which item); items whose notice
# comes at once are followed by follow-up questions instead. The same scripts are sent to
# both stacks in the same order, so the comparison sees the same traffic.
SCRIPTS: Tuple[Tuple[Tuple[str, str], ...], ...] = (
    ((SOCIAL, "你好"), (ITEM, "身份证丢了怎么补办"), (OPTION, "1"), (OPTION, "1"),
     (FOLLOW_UP, "要多久？"), (FOLLOW_UP, "在哪办"), (SOCIAL, "谢谢")),
    ((ITEM, "提取公积金要带什么"), (OPTION, "1"), (FOLLOW_UP, "要钱吗"), (FOLLOW_UP, "网上能办吗"),
     (SOCIAL, "好的，再见")),
    ((ITEM, "办居住证需要准备哪些材料"), (OPTION, "1"), (FOLLOW_UP, "要多久"), (OUT_OF_SCOPE, "今天天气怎么样"),
     (ITEM, "营业执照怎么办"), (OPTION, "2"), (FOLLOW_UP, "在哪办")),
    ((SOCIAL, "您好"), (OUT_OF_SCOPE, "帮我订一张去北京的机票"), (ITEM, "孩子出生了怎么上户口"), (OPTION, "1"),
     (FOLLOW_UP, "需要什么条件"), (SOCIAL, "谢谢")),
    ((ITEM, "驾驶证到期了怎么换"), (FOLLOW_UP, "要带什么材料"), (FOLLOW_UP, "要多久？"), (FOLLOW_UP, "收费吗"),
     (FOLLOW_UP, "在哪办"), (FOLLOW_UP, "周六能办吗")),
    ((OUT_OF_SCOPE, "你会唱歌吗"), (ITEM, "租房提取公积金要带什么材料"), (OPTION, "1"), (FOLLOW_UP, "流程是什么"),
     (SOCIAL, "拜拜")),
    ((ITEM, "结婚登记怎么办"), (FOLLOW_UP, "需要户口本吗"), (FOLLOW_UP, "在哪办"), (FOLLOW_UP, "几点上班"), (FOLLOW_UP, "要多久"),
     (OUT_OF_SCOPE, "股票明天会涨吗"), (SOCIAL, "谢谢")),
    ((SOCIAL, "在吗"), (ITEM, "想申请失业金"), (OPTION, "1"), (FOLLOW_UP, "网上能办吗"), (FOLLOW_UP, "要带什么"),
     (FOLLOW_UP, "多久能批下来")),
)

def message_mix(scripts: Sequence[Sequence[Tuple[str, str]]] = SCRIPTS) -> Dict[str, float]:
    """Share of each message kind over all scripted turns (sums to 1)."""
    counts = Counter(kind for script in scripts for kind, _ in script)
    total = sum(counts.values())
    return {kind: counts.get(kind, 0) / total for kind in KINDS}


def percentile(values: Sequence[float], q: float) -> Optional[float]:
    """The q-th percentile (0-100) with linear interpolation between closest ranks
    (numpy's default); None for no values."""
    if not values:
        return None
    if not 0 <= q <= 100:
        raise ValueError(f"percentile out of range: {q}")
    ordered = sorted(values)
    rank = (len(ordered) - 1) * q / 100
    low, high = math.floor(rank), math.ceil(rank)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


@dataclass
class LevelResult:
    """Raw outcome of one load level."""

    concurrency: int
    elapsed_s: float
    latencies_ms: List[float] = field(default_factory=list)   # successful requests only
    errors: int = 0                 # HTTP status != 200, timeouts, connection errors
    empty_replies: int = 0          # 200 but no bot message at all (full turns only)
    kinds: Counter = field(default_factory=Counter)
    error_samples: List[str] = field(default_factory=list)

    def summary(self) -> Dict[str, object]:
        return summarize(self.latencies_ms, self.elapsed_s, self.concurrency, self.errors,
                         self.empty_replies, dict(self.kinds), self.error_samples)


def summarize(latencies_ms: Sequence[float], elapsed_s: float, concurrency: int, errors: int = 0,
              empty_replies: int = 0, kinds: Optional[Dict[str, int]] = None,
              error_samples: Sequence[str] = ()) -> Dict[str, object]:
    """Throughput (successful requests per second of wall time) and latency percentiles."""
    def ms(value: Optional[float]) -> Optional[float]:
        return None if value is None else round(value, 1)

    n = len(latencies_ms)
    return {
        "concurrency": concurrency, "requests": n + errors, "ok": n, "errors": errors,
        "empty_replies": empty_replies, "elapsed_s": round(elapsed_s, 2),
        "throughput_rps": round(n / elapsed_s, 2) if elapsed_s > 0 else None,
        "p50_ms": ms(percentile(latencies_ms, 50)), "p95_ms": ms(percentile(latencies_ms, 95)),
        "p99_ms": ms(percentile(latencies_ms, 99)),
        "mean_ms": ms(sum(latencies_ms) / n) if n else None,
        "max_ms": ms(max(latencies_ms)) if n else None,
        "kinds": kinds or {}, "error_samples": list(error_samples)[:5],
    }


class _Budget:
    """Shared stop condition: a wall-clock duration and/or a request count (both bounded)."""

    def __init__(self, duration_s: Optional[float], max_requests: Optional[int]):
        if duration_s is None and max_requests is None:
            raise ValueError("give a duration or a request count")
        self.deadline = time.monotonic() + duration_s if duration_s is not None else math.inf
        self.left = max_requests if max_requests is not None else math.inf

    def take(self) -> bool:
        if self.left <= 0 or time.monotonic() >= self.deadline:
            return False
        self.left -= 1
        return True


async def run_level(base_url: str, concurrency: int, *, mode: str = "turn", token: str = "",
                    duration_s: Optional[float] = None, max_requests: Optional[int] = None,
                    sender_prefix: str = "bench", timeout_s: float = 30.0,
                    scripts: Sequence[Sequence[Tuple[str, str]]] = SCRIPTS) -> LevelResult:
    """Drive ``concurrency`` virtual users until the duration or request budget is used up.

    mode "turn": full turns over the REST channel; mode "parse": the same texts in the same
    order to ``/model/parse`` (the mix without the conversation state).
    """
    import aiohttp

    if mode not in ("turn", "parse"):
        raise ValueError(mode)
    budget = _Budget(duration_s, max_requests)
    result = LevelResult(concurrency=concurrency, elapsed_s=0.0)
    url = f"{base_url}/webhooks/rest/webhook" if mode == "turn" else f"{base_url}/model/parse"
    params = {"token": token} if mode == "parse" else None

    async def user(session: aiohttp.ClientSession, index: int) -> None:
        script_no, step = index % len(scripts), 0
        conversation = 0
        while budget.take():
            script = scripts[script_no]
            kind, text = script[step]
            if mode == "turn":
                body = {"sender": f"{sender_prefix}-u{index}-c{conversation}", "message": text}
            else:
                body = {"text": text}
            start = time.perf_counter()
            try:
                async with session.post(url, json=body, params=params) as response:
                    payload = await response.json(content_type=None) if response.status == 200 else None
                    elapsed = (time.perf_counter() - start) * 1000
                    if response.status != 200:
                        result.errors += 1
                        if len(result.error_samples) < 5:
                            result.error_samples.append(f"HTTP {response.status} for {text!r}")
                    else:
                        result.latencies_ms.append(elapsed)
                        result.kinds[kind] += 1
                        if mode == "turn" and not payload:
                            result.empty_replies += 1
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as error:
                result.errors += 1
                if len(result.error_samples) < 5:
                    result.error_samples.append(f"{type(error).__name__}: {error} for {text!r}")
                await asyncio.sleep(0.05)   # a dead server must not turn this into a busy loop
            step += 1
            if step == len(script):   # next script, as a new citizen
                script_no, step, conversation = (script_no + 1) % len(scripts), 0, conversation + 1

    connector = aiohttp.TCPConnector(limit=concurrency + 2)
    timeout = aiohttp.ClientTimeout(total=timeout_s)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        started = time.perf_counter()
        await asyncio.gather(*(user(session, i) for i in range(concurrency)))
        result.elapsed_s = time.perf_counter() - started
    return result


def long_texts(scripts: Sequence[Sequence[Tuple[str, str]]] = SCRIPTS) -> List[str]:
    """The scripted messages one after the other: what one long conversation says."""
    return [text for script in scripts for _, text in script]


def turn_blocks(samples: Sequence[Tuple[float, float]], block: int) -> List[Dict[str, object]]:
    """Per block of ``block`` turns: mean wall time and mean server CPU time per turn (ms),
    from ``(wall_ms, cpu_ms)`` samples; a short last block is dropped (too few turns to
    average the 10 ms CPU clock)."""
    blocks = []
    for start in range(0, len(samples) - block + 1, block):
        part = samples[start:start + block]
        blocks.append({"turns": f"{start + 1}-{start + block}",
                       "wall_ms": round(sum(w for w, _ in part) / block, 1),
                       "cpu_ms": round(sum(c for _, c in part) / block, 1)})
    return blocks


async def long_conversation(base_url: str, turns: int, sender: str, cpu_s: Callable[[], float],
                            block: int = 20, timeout_s: float = 60.0) -> Dict[str, object]:
    """One citizen sending ``turns`` messages in a row: how a turn's cost grows with the
    conversation (``cpu_s``: the servers' CPU seconds so far)."""
    import aiohttp

    texts, samples, errors = long_texts(), [], 0
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=timeout_s)) as session:
        for n in range(turns):
            cpu_before, start = cpu_s(), time.perf_counter()
            try:
                async with session.post(f"{base_url}/webhooks/rest/webhook",
                                        json={"sender": sender, "message": texts[n % len(texts)]}) as response:
                    await response.read()
                    errors += response.status != 200
            except (aiohttp.ClientError, asyncio.TimeoutError):
                errors += 1
            samples.append(((time.perf_counter() - start) * 1000, (cpu_s() - cpu_before) * 1000))
    return {"turns": turns, "errors": errors, "blocks": turn_blocks(samples, block)}


# ---------------------------------------------------------------- the machine and the servers' processes

def machine_info() -> Dict[str, object]:
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    total_kb = next((int(line.split()[1]) for line in meminfo.splitlines() if line.startswith("MemTotal:")), 0)
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() else ""
    try:
        from importlib.metadata import version
        rasa_version = version("rasa")
    except Exception:  # pragma: no cover - informational only
        rasa_version = "?"
    return {
        "cores": os.cpu_count(), "usable_cores": len(os.sched_getaffinity(0)), "cpu": cpu,
        "memory_gib": round(total_kb / 1024 ** 2, 1), "python": platform.python_version(),
        "rasa": rasa_version, "os": platform.platform(), "load_average_at_start": os.getloadavg(),
    }


def proc_status_bytes(pid: int, field: str = "VmRSS") -> Optional[int]:
    """A memory figure of /proc/<pid>/status in bytes (VmRSS, VmHWM ...)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError):
        return None
    return None


def cpu_seconds(pid: Optional[int]) -> float:
    """User + system CPU time of a process so far (0 when it is gone)."""
    if pid is None:
        return 0.0
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return 0.0


def group_processes(pgid: int) -> Dict[int, List[str]]:
    """pid -> arguments (argv) of the processes in a process group."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != pgid:
                continue
            raw = (entry / "cmdline").read_bytes().rstrip(b"\0")
            found[int(entry.name)] = [arg.decode(errors="replace") for arg in raw.split(b"\0")]
        except (OSError, ProcessLookupError):
            continue
    return found


def parent_pid(pid: int) -> Optional[int]:
    """The parent of a process (from /proc/PID/stat), or None if it is gone."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])   # the fields after "(comm)": state, ppid, ...


def runs(argv: Sequence[str], *words: str) -> bool:
    """Whether ``words`` are consecutive arguments of ``argv`` (``rasa run --model``): a
    shell running a script that merely contains those words has them in one argument."""
    n = len(words)
    return any(tuple(argv[i:i + n]) == words for i in range(len(argv) - n + 1))


def topmost(processes: Dict[int, List[str]], words: Sequence[str], parents: Dict[int, Optional[int]]) -> Optional[int]:
    """The process that ``runs`` ``words`` and whose parent does not: the server, not a
    child it forked (which keeps its arguments until it execs, and does none of the work)."""
    matching = {pid for pid, argv in processes.items() if runs(argv, *words)}
    tops = sorted(pid for pid in matching if parents.get(pid) not in matching)
    return tops[0] if tops else None


def free_ports(count: int) -> List[int]:
    sockets = [socket.socket() for _ in range(count)]
    try:
        for s in sockets:
            s.bind(("127.0.0.1", 0))
        return [s.getsockname()[1] for s in sockets]
    finally:
        for s in sockets:
            s.close()


def http_ok(url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.status == 200
    except Exception:
        return False
