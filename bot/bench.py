"""``python -m bot bench``: the product stack against a stock Rasa 3.6 stack, end to end.

Three stacks, all with our action server and the same data:

* ``product``: our pipeline and policy, served as deployed (credentials.yml, endpoints.yml:
  the guarded REST channel, which also installs ``bot.rasa_patches``, and the masking SQLite
  tracker store).
* ``stock``: what the issue calls a stock Rasa 3.6 stack: the pipeline and policies that
  ``rasa init`` generates (config.baseline.yml) served by unmodified Rasa as ``rasa init``
  sets it up: Rasa's own ``rest`` channel, no tracker or lock store configured (Rasa's
  in-memory ones), none of our fixes to Rasa. The throughput target is judged against it.
* ``stock-served``: the stock model served exactly like the product (our channel, tracker
  store and Rasa fixes), so only pipeline and policies differ: printed for information, it
  shows how much of the speed-up is the serving and how much the pipeline.

Trains both models (timed), then for each stack in turn (never two at once, so they do
not share the cores): starts it with scripts/run.sh on free 127.0.0.1 ports with a fresh
temporary tracker database (and the per-sender rate limit raised, for the long
conversation), times the cold start (process start to ``/status`` 200), drives
it with the load generator (bot/loadgen.py: full turns at 1/10/50 concurrent conversations,
NLU-only ``/model/parse`` at 10, then full turns and parses at 10 in alternating blocks of a
few seconds, then one conversation of 200 turns to see whether a turn costs more late in a
conversation), reads the Rasa server's RSS and the servers' CPU time
from /proc, and stops it (the whole process group, also on Ctrl-C or an error). Prints a
table with the product/stock ratios and the targets, writes results/bench.json. The exit
code is 0 whenever the measurement ran: failed targets are printed, not raised.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional, Sequence

from bot import loadgen
from bot.settings import REPO

GIB = 1024 ** 3
TARGETS = {  # name: threshold (see check_targets)
    "throughput_ratio_10": 10.0, "p95_10_ms": 150.0, "turn_vs_parse_cost": 1.5,
    "cold_start_s": 20.0, "rss_bytes": 1.2 * GIB, "training_s": 180.0,
}
FULL = {"levels": (1, 10, 50), "level_s": 10.0, "parse_s": 8.0, "parse_concurrency": 10, "warmup": 24,
        "long_turns": 200, "paired_rounds": 6, "paired_block_s": 3.0}
QUICK = {"levels": (1, 10, 50), "level_s": 3.0, "parse_s": 3.0, "parse_concurrency": 10, "warmup": 8,
         "long_turns": 60, "paired_rounds": 2, "paired_block_s": 1.5}
LONG_BLOCK = 20   # turns averaged per figure of the long conversation
_groups: Dict[int, subprocess.Popen] = {}   # live process groups we started (pgid -> process)


# ---------------------------------------------------------------- process groups

def start_group(command: Sequence[str], log: Path, env: Dict[str, str]) -> subprocess.Popen:
    with open(log, "wb") as out:
        process = subprocess.Popen(list(command), cwd=REPO, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   stdin=subprocess.DEVNULL, start_new_session=True)
    _groups[process.pid] = process
    return process


def stop_group(process: subprocess.Popen, grace_s: float = 30.0) -> None:
    """SIGINT to the whole group (run.sh stops its servers), SIGKILL after the grace time."""
    try:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGINT)
            try:
                process.wait(timeout=grace_s)
            except subprocess.TimeoutExpired:
                pass
        os.killpg(process.pid, signal.SIGKILL)   # stragglers of the group, if any
    except ProcessLookupError:
        pass
    process.wait()
    _groups.pop(process.pid, None)


def stop_all() -> None:
    for process in list(_groups.values()):
        stop_group(process, grace_s=10.0)


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").replace("\r", "\n").splitlines()[-lines:])
    except OSError:
        return ""


def base_env() -> Dict[str, str]:
    return {**os.environ, "RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3",
            "SQLALCHEMY_SILENCE_UBER_WARNING": "1", "PYTHONDONTWRITEBYTECODE": "1"}


STOCK_CREDENTIALS = "# rasa init: Rasa's own REST channel\nrest:\n"
STOCK_ENDPOINTS = ("# rasa init: the action server only (Rasa's in-memory tracker and lock stores)\n"
                   "action_endpoint:\n  url: ${ACTION_ENDPOINT_URL}\n")
STACKS = ("product", "stock", "stock-served")


def stack_files(name: str, workdir: Path) -> Dict[str, Path]:
    """Write the channels and endpoints files of one stack; their paths, for scripts/run.sh."""
    if name == "stock":
        credentials, endpoints = STOCK_CREDENTIALS, STOCK_ENDPOINTS
    else:
        credentials = bench_credentials((REPO / "credentials.yml").read_text(encoding="utf-8"))
        endpoints = (REPO / "endpoints.yml").read_text(encoding="utf-8")
    files = {"RASA_CREDENTIALS": workdir / f"credentials-{name}.yml", "RASA_ENDPOINTS": workdir / f"endpoints-{name}.yml"}
    files["RASA_CREDENTIALS"].write_text(credentials, encoding="utf-8")
    files["RASA_ENDPOINTS"].write_text(endpoints, encoding="utf-8")
    return files


def bench_credentials(text: str, per_minute: int = 1_000_000) -> str:
    """credentials.yml with the per-sender rate limit raised: the long conversation sends
    one message after the other (the limiter still runs, it just never refuses)."""
    changed, count = re.subn(r"(?m)^(\s*rate_limit_per_minute:).*$", rf"\g<1> {per_minute}", text)
    if count != 1:
        raise RuntimeError("credentials.yml: expected one rate_limit_per_minute setting")
    return changed


# ---------------------------------------------------------------- training

def train(name: str, command: Sequence[str], workdir: Path, model: Path) -> float:
    """Run a training command to completion; seconds it took (raises on failure)."""
    log = workdir / f"train-{name}.log"
    # a private Rasa cache: the training is fresh and the shared .rasa/cache stays untouched
    env = {**base_env(), "RASA_CACHE_DIRECTORY": str(workdir / f"cache-{name}")}
    print(f"training {name}: {' '.join(command)}", flush=True)
    start = time.monotonic()
    process = start_group(command, log, env)
    try:
        code = process.wait(timeout=1800)
    finally:
        if process.poll() is None:
            stop_group(process, grace_s=5)
        _groups.pop(process.pid, None)
    seconds = time.monotonic() - start
    if code != 0 or not model.exists():
        raise RuntimeError(f"training {name} failed (exit {code}); end of {log}:\n{tail(log)}")
    print(f"  {name} trained in {seconds:.1f} s", flush=True)
    return seconds


# ---------------------------------------------------------------- one stack

class Stack:
    """Our action server + ``rasa run --enable-api`` with one model, via scripts/run.sh."""

    def __init__(self, name: str, model: Path, workdir: Path, script: str, files: Dict[str, Path]):
        self.name, self.model, self.workdir, self.script, self.files = name, model, workdir, script, files
        self.rasa_port, self.action_port = loadgen.free_ports(2)
        self.token = secrets.token_urlsafe(16)
        self.base = f"http://127.0.0.1:{self.rasa_port}"
        self.log = workdir / f"server-{name}.log"
        self.process: Optional[subprocess.Popen] = None
        self.rasa_pid: Optional[int] = None
        self.action_pid: Optional[int] = None

    def start(self, timeout_s: float = 300.0) -> Dict[str, float]:
        state = self.workdir / f"var-{self.name}"
        state.mkdir(parents=True, exist_ok=True)
        env = {**base_env(), "RASA_PORT": str(self.rasa_port), "ACTION_PORT": str(self.action_port),
               "RASA_API_TOKEN": self.token, "RASA_MODEL": str(self.model),
               "TRACKER_DB": str(state / "tracker.db"), "AGENT_FEEDBACK_DB": str(state / "agent_feedback.db"),
               "AGENT_TOKEN": secrets.token_urlsafe(16), "WECHAT_TOKEN": secrets.token_urlsafe(16),
               **{key: str(path) for key, path in self.files.items()}}
        status_url = f"{self.base}/status?token={self.token}"
        start = time.monotonic()
        # run.sh as read at the start of the bench: bash reads a script file while it runs, so an
        # edit of scripts/run.sh during the bench would otherwise break a running stack
        self.process = start_group(["bash", "-c", self.script, str(REPO / "scripts" / "run.sh")], self.log, env)
        status_s = ready_s = None
        deadline = start + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} stack exited during start-up; end of {self.log}:\n{tail(self.log)}")
            if status_s is None and loadgen.http_ok(status_url):
                status_s = time.monotonic() - start
            if status_s is not None and loadgen.http_ok(f"http://127.0.0.1:{self.action_port}/health"):
                ready_s = time.monotonic() - start
                break
            time.sleep(0.1)
        if ready_s is None:
            raise RuntimeError(f"{self.name} stack not ready after {timeout_s:.0f} s; end of {self.log}:\n{tail(self.log)}")
        for _ in range(40):  # a /proc scan has been seen to miss a server once: look again
            processes = loadgen.group_processes(self.process.pid)
            parents = {pid: loadgen.parent_pid(pid) for pid in processes}
            # the servers themselves, not the shell running run.sh (its script text, one
            # argument, holds the same words: once read as the stock-served Rasa server, 0 ms
            # of CPU) nor a child a server forked (same arguments until it execs)
            self.rasa_pid = loadgen.topmost(processes, ("run", "--model"), parents)
            self.action_pid = loadgen.topmost(processes, ("run", "actions"), parents)
            if self.rasa_pid and self.action_pid:
                break
            time.sleep(0.25)
        else:
            print(f"  warning: {self.name}: server processes not found in the process group "
                  f"(rasa {self.rasa_pid}, actions {self.action_pid}): CPU and RSS will not be measured", flush=True)
        return {"status_200_s": round(status_s, 2), "both_ready_s": round(ready_s, 2)}

    def stop(self) -> None:
        if self.process is not None:
            stop_group(self.process)

    def memory(self) -> Dict[str, Optional[int]]:
        return {"rasa_rss_bytes": loadgen.proc_status_bytes(self.rasa_pid) if self.rasa_pid else None,
                "rasa_peak_rss_bytes": loadgen.proc_status_bytes(self.rasa_pid, "VmHWM") if self.rasa_pid else None,
                "action_server_rss_bytes": loadgen.proc_status_bytes(self.action_pid) if self.action_pid else None}

    def cpu(self) -> Dict[str, float]:
        return {"rasa": loadgen.cpu_seconds(self.rasa_pid), "actions": loadgen.cpu_seconds(self.action_pid)}

    def check_alive(self) -> None:
        if self.process is None or self.process.poll() is not None:
            raise RuntimeError(f"the {self.name} stack stopped during the bench; end of {self.log}:\n{tail(self.log)}")

    def _run(self, mode: str, concurrency: int, duration_s: float, tag: str):
        """One load level: the load generator's result and the servers' CPU seconds it took."""
        self.check_alive()
        before = self.cpu()
        result = asyncio.run(loadgen.run_level(
            self.base, concurrency, mode=mode, token=self.token, duration_s=duration_s,
            max_requests=100_000, sender_prefix=f"{self.name}-{tag}", timeout_s=120.0))
        after = self.cpu()
        self.check_alive()
        return result, {k: after[k] - before[k] for k in after}

    def measure_paired(self, concurrency: int, rounds: int, block_s: float) -> Dict[str, object]:
        """Server CPU per full turn and per NLU-only parse, measured in alternating blocks.

        The machine's speed drifts by tens of percent within minutes (a VM sharing its host),
        so a turn level and a parse level measured a minute apart can disagree by that much;
        alternating short blocks exposes both to the same drift."""
        totals = {mode: {"ok": 0, "errors": 0, "cpu_s": 0.0} for mode in ("turn", "parse")}
        per_round = []
        for index in range(rounds):
            costs = {}
            for mode in ("turn", "parse"):
                result, cpu = self._run(mode, concurrency, block_s, f"paired{index}")
                summary, spent = result.summary(), sum(cpu.values())
                totals[mode]["ok"] += summary["ok"]
                totals[mode]["errors"] += summary["errors"]
                totals[mode]["cpu_s"] += spent
                costs[mode] = 1000 * spent / max(1, summary["ok"])
            per_round.append(_rounded(ratio(costs["turn"], costs["parse"])))
        cost = {mode: round(1000 * t["cpu_s"] / max(1, t["ok"]), 2) for mode, t in totals.items()}
        paired = {"concurrency": concurrency, "rounds": rounds, "block_s": block_s, "totals": totals,
                  "turn_cpu_ms": cost["turn"], "parse_cpu_ms": cost["parse"],
                  "ratio": _rounded(ratio(cost["turn"], cost["parse"])), "ratio_per_round": per_round}
        measured = [r for r in per_round if r is not None]
        spread = f"rounds {min(measured)}-{max(measured)}" if measured else "CPU not measured"
        print(f"  {self.name:12} turn vs parse @{concurrency}, {rounds} alternating rounds of {block_s:g} s each: "
              f"{cost['turn']} / {cost['parse']} ms CPU per request = {paired['ratio']} "
              f"({spread}), errors {totals['turn']['errors'] + totals['parse']['errors']}", flush=True)
        return paired

    def measure(self, mode: str, concurrency: int, duration_s: float, tag: str) -> Dict[str, object]:
        result, cpu = self._run(mode, concurrency, duration_s, tag)
        summary = result.summary()
        requests = max(1, summary["ok"])
        summary["server_cpu_s"] = {k: round(v, 2) for k, v in cpu.items()}
        summary["server_cpu_ms_per_request"] = round(1000 * sum(cpu.values()) / requests, 2)
        print(f"  {self.name:12} {mode:5} @{concurrency:<3} {summary['throughput_rps']:>8} req/s  "
              f"p50 {summary['p50_ms']} ms  p95 {summary['p95_ms']} ms  p99 {summary['p99_ms']} ms  "
              f"errors {summary['errors']}  cpu {summary['server_cpu_ms_per_request']} ms/req", flush=True)
        return summary


def bench_stack(name: str, model: Path, workdir: Path, plan: Dict[str, object], script: str) -> Dict[str, object]:
    stack = Stack(name, model, workdir, script, stack_files(name, workdir))
    load_before = os.getloadavg()   # other work on the machine shows here
    try:
        print(f"starting {name} stack (model {model.name}, rasa :{stack.rasa_port}, actions :{stack.action_port}; "
              f"load average {load_before[0]:.2f})", flush=True)
        cold = stack.start()
        print(f"  cold start: /status 200 after {cold['status_200_s']} s, both servers after {cold['both_ready_s']} s", flush=True)
        memory_ready = stack.memory()
        warm = asyncio.run(loadgen.run_level(stack.base, 2, max_requests=int(plan["warmup"]),
                                             sender_prefix=f"{name}-warmup", timeout_s=120.0))
        asyncio.run(loadgen.run_level(stack.base, 2, mode="parse", token=stack.token,
                                      max_requests=int(plan["warmup"]), timeout_s=120.0))
        turns = {str(c): stack.measure("turn", c, float(plan["level_s"]), f"c{c}") for c in plan["levels"]}
        parse = stack.measure("parse", int(plan["parse_concurrency"]), float(plan["parse_s"]), "parse")
        paired = stack.measure_paired(int(plan["parse_concurrency"]), int(plan["paired_rounds"]),
                                      float(plan["paired_block_s"]))
        memory = stack.memory()
        long = asyncio.run(loadgen.long_conversation(stack.base, int(plan["long_turns"]), f"{name}-long",
                                                     lambda: sum(stack.cpu().values()), block=LONG_BLOCK))
        stack.check_alive()
        if long["blocks"]:
            first, last = long["blocks"][0], long["blocks"][-1]
            print(f"  {name:12} one conversation of {long['turns']} turns: server CPU {first['cpu_ms']} ms/turn "
                  f"(turns {first['turns']}), {last['cpu_ms']} ms/turn (turns {last['turns']}), "
                  f"errors {long['errors']}", flush=True)
        return {"load_average_before": load_before, "load_average_after": os.getloadavg(),
                "cold_start": cold, "memory_after_start": memory_ready, "memory_after_load": memory,
                "warmup_errors": warm.errors, "turn": turns, "parse": parse, "paired": paired,
                "long_conversation": long,
                "server_log": str(stack.log)}
    finally:
        stack.stop()


# ---------------------------------------------------------------- ratios, targets, table

def _rounded(value: Optional[float]) -> Optional[float]:
    return None if value is None else round(value, 2)


def ratio(a: Optional[float], b: Optional[float]) -> Optional[float]:
    if a is None or b is None or b == 0:
        return None
    return a / b


def derived(stack: Dict[str, object], level: int = 10) -> Dict[str, Optional[float]]:
    """The figures the targets look at, for one stack's results."""
    turn10 = stack["turn"].get(str(level)) or {}
    parse = stack["parse"]
    paired = stack.get("paired") or {}
    levels_cost = ratio(turn10.get("server_cpu_ms_per_request"), parse.get("server_cpu_ms_per_request"))
    long = stack.get("long_conversation") or {}
    blocks = long.get("blocks") or []
    return {
        "training_s": stack.get("training_s"),
        "cold_start_s": stack["cold_start"]["status_200_s"],
        "rss_bytes": stack["memory_after_load"]["rasa_rss_bytes"],
        "throughput_10": turn10.get("throughput_rps"),
        "p95_10_ms": turn10.get("p95_ms"),
        "parse_throughput": parse.get("throughput_rps"),
        # cost = server CPU time per request (Rasa server + action server), which the load
        # generator sharing the cores does not distort, from the alternating blocks (the
        # separate levels, a minute apart, for information); the wall-clock view as well
        "turn_vs_parse_cost": paired.get("ratio") if paired else levels_cost,   # None: not measured
        "turn_vs_parse_cost_levels": levels_cost,
        "turn_vs_parse_throughput": ratio(parse.get("throughput_rps"), turn10.get("throughput_rps")),
        "errors": sum(level["errors"] for level in stack["turn"].values()) + parse["errors"]
        + long.get("errors", 0) + sum(t["errors"] for t in (paired.get("totals") or {}).values()),
        "long_first_cpu_ms": blocks[0]["cpu_ms"] if blocks else None,
        "long_last_cpu_ms": blocks[-1]["cpu_ms"] if blocks else None,
    }


def check_targets(product: Dict[str, Optional[float]], stock: Dict[str, Optional[float]],
                  stock_served: Optional[Dict[str, Optional[float]]] = None) -> List[Dict[str, object]]:
    """Rows: metric, product, stock, product/stock, target text, ok (None = not measured).

    ``stock_served`` (the stock model served like the product) adds information rows: its
    figure stands in the stock column and the ratio is product/stock-served."""
    def row(metric, key, unit, target, ok, scale=1.0, digits=1, other=None):
        p, s = product.get(key), (stock if other is None else other).get(key)
        return {"metric": metric, "unit": unit, "key": key,
                "product": None if p is None else round(p * scale, digits),
                "stock": None if s is None else round(s * scale, digits),
                "ratio": None if ratio(p, s) is None else round(ratio(p, s), 2),
                "target": target, "ok": ok}

    def at_most(value, limit):
        return None if value is None else value <= limit

    speedup = ratio(product.get("throughput_10"), stock.get("throughput_10"))
    return [
        row("full-turn throughput @10", "throughput_10", "turns/s",
            f"product/stock >= {TARGETS['throughput_ratio_10']:g}x",
            None if speedup is None else speedup >= TARGETS["throughput_ratio_10"]),
        row("full-turn p95 @10", "p95_10_ms", "ms", f"<= {TARGETS['p95_10_ms']:g} ms",
            at_most(product.get("p95_10_ms"), TARGETS["p95_10_ms"])),
        row("full turn / NLU parse (CPU per request, alternating blocks)", "turn_vs_parse_cost", "x",
            f"<= {TARGETS['turn_vs_parse_cost']:g}x", at_most(product.get("turn_vs_parse_cost"), TARGETS["turn_vs_parse_cost"]), digits=2),
        row("full turn @10 / NLU parse (CPU), the levels above", "turn_vs_parse_cost_levels", "x", "(info)", None,
            digits=2),
        row("full turn / NLU parse (wall, 1/throughput)", "turn_vs_parse_throughput", "x", "(info)", None, digits=2),
        row("cold start to /status 200", "cold_start_s", "s", f"<= {TARGETS['cold_start_s']:g} s",
            at_most(product.get("cold_start_s"), TARGETS["cold_start_s"])),
        row("Rasa server RSS after load", "rss_bytes", "MiB", f"<= {TARGETS['rss_bytes'] / GIB:g} GiB",
            at_most(product.get("rss_bytes"), TARGETS["rss_bytes"]), scale=1 / 1024 ** 2, digits=0),
        row("training time", "training_s", "s", f"<= {TARGETS['training_s'] / 60:g} min",
            at_most(product.get("training_s"), TARGETS["training_s"])),
        *([row("full-turn throughput @10, against stock-served", "throughput_10", "turns/s", "(info)", None,
               other=stock_served),
           row("full turn / NLU parse (CPU), stock-served in the stock column", "turn_vs_parse_cost", "x", "(info)",
               None, digits=2, other=stock_served)] if stock_served else []),
        row(f"one long conversation: CPU/turn, first {LONG_BLOCK} turns", "long_first_cpu_ms", "ms", "(info)", None),
        row(f"one long conversation: CPU/turn, last {LONG_BLOCK} turns", "long_last_cpu_ms", "ms", "(info)", None),
        row("errors (all load levels)", "errors", "", "0 (info)", None, digits=0),
    ]


def fmt(value, suffix: str = "") -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        text = f"{value:.2f}" if abs(value) < 10 else f"{value:.1f}" if abs(value) < 1000 else f"{value:.0f}"
    else:
        text = str(value)
    return text + suffix


def verdict(ok: Optional[bool]) -> str:
    return {True: "PASS", False: "FAIL", None: ""}[ok]


def format_table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(h)), *(len(str(r[i])) for r in rows)) if rows else len(str(h)) for i, h in enumerate(headers)]
    lines = ["  ".join(str(h).ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def target_table(rows: Sequence[Dict[str, object]]) -> str:
    body = [[r["metric"] + (f" ({r['unit']})" if r["unit"] and r["unit"] != "x" else ""),
             fmt(r["product"]), fmt(r["stock"]), fmt(r["ratio"], "x"), r["target"], verdict(r["ok"])]
            for r in rows]
    return format_table(["metric", "product", "stock", "product/stock", "target", "result"], body)


def load_table(results: Dict[str, Dict[str, object]]) -> str:
    body = []
    for name, stack in results.items():
        levels = [("turn", c, s) for c, s in stack["turn"].items()] + [("parse", stack["parse"]["concurrency"], stack["parse"])]
        for mode, concurrency, s in levels:
            body.append([name, f"{mode} @{concurrency}", fmt(s["throughput_rps"]), fmt(s["p50_ms"]), fmt(s["p95_ms"]),
                         fmt(s["p99_ms"]), str(s["ok"]), str(s["errors"]), fmt(s["server_cpu_ms_per_request"])])
    return format_table(["stack", "load", "req/s", "p50 ms", "p95 ms", "p99 ms", "ok", "errors", "server CPU ms/req"], body)


def machine_line(info: Dict[str, object]) -> str:
    load = ", ".join(f"{x:.2f}" for x in info["load_average_at_start"])
    return (f"machine: {info['cores']} cores ({info['usable_cores']} usable, {info['cpu']}), {info['memory_gib']} GiB RAM, "
            f"Python {info['python']}, Rasa {info['rasa']}, {info['os']}; load average at start {load}")


def report(info, plan, results, rows) -> str:
    failed = [r["metric"] for r in rows if r["ok"] is False]
    unmeasured = [r["metric"] for r in rows if r["ok"] is None and "info" not in str(r["target"])]
    lines = [machine_line(info),
             f"load: full turns at {'/'.join(map(str, plan['levels']))} concurrent conversations, {plan['level_s']:g} s each; "
             f"NLU-only /model/parse at {plan['parse_concurrency']} concurrent, {plan['parse_s']:g} s"
             + (f"; then both at {plan['parse_concurrency']} in {plan['paired_rounds']} alternating rounds of "
                f"{plan['paired_block_s']:g} s each (turn/parse cost)" if plan.get("paired_rounds") else "")]
    loads = [f"{name} {stack['load_average_before'][0]:.2f}" for name, stack in results.items() if stack.get("load_average_before")]
    if loads:
        lines.append("1-min load average when each stack started (other processes share the cores): " + ", ".join(loads))
    lines += ["", load_table(results), "", target_table(rows), ""]
    if failed:
        lines.append("TARGETS FAILED: " + "; ".join(failed))
    if unmeasured:
        lines.append("not measured: " + "; ".join(unmeasured))
    if not failed and not unmeasured:
        lines.append("all targets met")
    return "\n".join(lines)


# ---------------------------------------------------------------- command line

def parse_args(argv: Optional[Sequence[str]]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bot bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="short load levels and reused models (< 2 min)")
    parser.add_argument("--levels", help="comma-separated concurrencies of the full-turn load (default 1,10,50)")
    parser.add_argument("--duration", type=float, help="seconds per load level")
    parser.add_argument("--parse-duration", type=float, help="seconds of NLU-only parse load")
    parser.add_argument("--reuse-models", action="store_true",
                        help="do not train: models/assistant.tar.gz and the stock model of the last bench run")
    parser.add_argument("--out", type=Path, help="report (default results/bench.json, --quick: results/bench-quick.json)")
    parser.add_argument("--only", choices=STACKS,
                        help="measure one stack (ratios are then not measured)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory (logs, trackers, models)")
    return parser.parse_args(argv)


def _interrupt(signum, frame):
    raise KeyboardInterrupt  # SIGTERM: the same clean-up as Ctrl-C


def main(argv: Optional[Sequence[str]] = None) -> int:
    args = parse_args(argv)
    plan = dict(QUICK if args.quick else FULL)
    if args.levels:
        plan["levels"] = tuple(int(x) for x in args.levels.split(","))
    if args.duration:
        plan["level_s"] = args.duration
    if args.parse_duration:
        plan["parse_s"] = args.parse_duration
    if 10 not in plan["levels"]:
        plan["levels"] = tuple(sorted({*plan["levels"], 10}))
    reuse = args.reuse_models or args.quick
    out = args.out or REPO / "results" / ("bench-quick.json" if args.quick else "bench.json")
    kept = REPO / "models" / "bench"          # trained models kept for --quick / --reuse-models
    workdir = Path(tempfile.mkdtemp(prefix="bench-"))
    previous_term = signal.signal(signal.SIGTERM, _interrupt)
    info = loadgen.machine_info()
    print(machine_line(info), flush=True)
    started = time.monotonic()
    try:
        rasa = str(Path(sys.executable).with_name("rasa"))
        models = {"product": workdir / "product.tar.gz", "stock": workdir / "stock.tar.gz"}
        commands = {
            "product": [sys.executable, "-m", "bot", "train", "--out", str(workdir), "--name", "product"],
            "stock": [rasa, "train", "--config", "config.baseline.yml", "--domain", "domain.yml", "--data", "data",
                      "--out", str(workdir), "--fixed-model-name", "stock", "--force"],
        }
        training: Dict[str, Optional[float]] = {}
        names = (args.only,) if args.only else STACKS
        for name in sorted({"stock" if n == "stock-served" else n for n in names}, key=STACKS.index):
            cached = (REPO / "models" / "assistant.tar.gz") if name == "product" else kept / "stock.tar.gz"
            if reuse and cached.exists():
                models[name], training[name] = cached, None
                print(f"reusing {cached.relative_to(REPO)} (not trained, training time not measured)", flush=True)
                continue
            training[name] = round(train(name, commands[name], workdir, models[name]), 1)
            if name == "stock":
                kept.mkdir(parents=True, exist_ok=True)
                shutil.copy2(models[name], kept / models[name].name)
        models["stock-served"], training["stock-served"] = models["stock"], training.get("stock")
        results = {}
        script = (REPO / "scripts" / "run.sh").read_text(encoding="utf-8")   # the same for all stacks
        for name in names:   # one after the other: never competing for the cores
            results[name] = bench_stack(name, models[name], workdir, plan, script)
            results[name]["training_s"] = training[name]
            results[name]["model"] = str(models[name])
        figures = {n: derived(results[n]) if n in results else {} for n in STACKS}
        rows = check_targets(figures["product"], figures["stock"], figures["stock-served"] or None)
        text = report(info, plan, results, rows)
        print("\n" + text)
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps({"machine": info, "plan": {**plan, "quick": args.quick},
                                   "wall_s": round(time.monotonic() - started, 1), "stacks": results,
                                   "targets": rows, "failed": [r["metric"] for r in rows if r["ok"] is False]},
                                  ensure_ascii=False, indent=2, default=str), encoding="utf-8")
        print(f"\nreport written to {out} (bench took {time.monotonic() - started:.0f} s)")
        return 0
    except KeyboardInterrupt:
        print("\ninterrupted: stopping the servers", file=sys.stderr)
        return 130
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    finally:
        stop_all()
        signal.signal(signal.SIGTERM, previous_term)
        if args.keep:
            print(f"kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
