"""The pure parts of ``python -m bot bench`` (bot/bench.py, bot/loadgen.py): percentiles,
summaries, the message mix, ratios, the target check and the table. The benchmark itself
(training, servers, load) is not part of the test suite: run `make bench`."""
import os
from pathlib import Path

import pytest

from bot import bench, loadgen


def test_percentile_interpolates_between_ranks_like_numpy():
    values = [10, 20, 30, 40, 50]
    assert loadgen.percentile(values, 50) == 30
    assert loadgen.percentile(values, 0) == 10
    assert loadgen.percentile(values, 100) == 50
    assert loadgen.percentile(values, 95) == pytest.approx(48.0)
    assert loadgen.percentile(list(reversed(values)), 25) == 20
    assert loadgen.percentile([7.5], 99) == 7.5
    assert loadgen.percentile([], 50) is None
    with pytest.raises(ValueError):
        loadgen.percentile(values, 101)


def test_percentile_of_a_long_tail():
    values = [1.0] * 98 + [100.0, 200.0]
    assert loadgen.percentile(values, 50) == 1.0
    assert loadgen.percentile(values, 99) == pytest.approx(101.0)


def test_summary_counts_only_successes_in_throughput_and_latency():
    summary = loadgen.summarize([100.0, 200.0, 300.0, 400.0], elapsed_s=2.0, concurrency=10, errors=2)
    assert summary["throughput_rps"] == 2.0
    assert summary["requests"] == 6 and summary["ok"] == 4 and summary["errors"] == 2
    assert summary["p50_ms"] == 250.0
    assert summary["mean_ms"] == 250.0 and summary["max_ms"] == 400.0
    empty = loadgen.summarize([], elapsed_s=1.0, concurrency=1, errors=3)
    assert empty["throughput_rps"] == 0 and empty["p95_ms"] is None


def test_message_mix_is_realistic():
    mix = loadgen.message_mix()
    assert set(mix) == set(loadgen.KINDS)
    assert sum(mix.values()) == pytest.approx(1.0)
    assert all(share > 0 for share in mix.values())            # every kind is exercised
    assert mix[loadgen.ITEM] + mix[loadgen.FOLLOW_UP] >= 0.45    # mostly questions about items
    assert 0.1 <= mix[loadgen.OPTION] <= 0.3 and mix[loadgen.OUT_OF_SCOPE] >= 0.05
    texts = [text for script in loadgen.SCRIPTS for kind, text in script]
    assert "1" in texts and any("要多久" in t for t in texts) and any("在哪办" in t for t in texts)
    assert "你好" in texts


def test_scripts_are_short_conversations_and_option_answers_follow_questions():
    for script in loadgen.SCRIPTS:
        assert 4 <= len(script) <= 8
        assert script[0][0] != loadgen.OPTION
        for (previous, _), (kind, _) in zip(script, script[1:]):
            if kind == loadgen.OPTION:
                assert previous in (loadgen.ITEM, loadgen.FOLLOW_UP, loadgen.OPTION)


def test_message_mix_of_custom_scripts():
    mix = loadgen.message_mix([[(loadgen.ITEM, "a"), (loadgen.OPTION, "1")], [(loadgen.ITEM, "b"), (loadgen.SOCIAL, "c")]])
    assert mix[loadgen.ITEM] == 0.5 and mix[loadgen.OPTION] == 0.25 and mix[loadgen.OUT_OF_SCOPE] == 0


def test_budget_is_bounded_by_count():
    budget = loadgen._Budget(duration_s=None, max_requests=3)
    assert [budget.take() for _ in range(5)] == [True, True, True, False, False]
    with pytest.raises(ValueError):
        loadgen._Budget(None, None)


def figures(**overrides):
    base = {"training_s": 40.0, "cold_start_s": 12.0, "rss_bytes": 800 * 1024 ** 2, "throughput_10": 100.0,
            "p95_10_ms": 120.0, "turn_vs_parse_cost": 1.2, "turn_vs_parse_throughput": 1.3, "errors": 0}
    return {**base, **overrides}


def test_ratio():
    assert bench.ratio(10, 4) == 2.5
    assert bench.ratio(None, 4) is None and bench.ratio(1, 0) is None


def test_targets_pass_and_fail():
    stock = figures(training_s=300.0, cold_start_s=30.0, rss_bytes=2 * 1024 ** 3, throughput_10=5.0, p95_10_ms=3000.0)
    rows = {r["key"]: r for r in bench.check_targets(figures(), stock)}
    assert rows["throughput_10"]["ok"] is True and rows["throughput_10"]["ratio"] == 20.0
    assert all(rows[k]["ok"] is True for k in ("p95_10_ms", "turn_vs_parse_cost", "cold_start_s", "rss_bytes", "training_s"))
    assert rows["turn_vs_parse_throughput"]["ok"] is None and rows["errors"]["ok"] is None
    assert rows["rss_bytes"]["product"] == 800

    slow = figures(throughput_10=40.0, p95_10_ms=151.0, turn_vs_parse_cost=1.6, cold_start_s=20.5,
                   rss_bytes=int(1.3 * 1024 ** 3), training_s=181.0)
    rows = {r["key"]: r for r in bench.check_targets(slow, stock)}
    assert [k for k, r in rows.items() if r["ok"] is False] == [
        "throughput_10", "p95_10_ms", "turn_vs_parse_cost", "cold_start_s", "rss_bytes", "training_s"]


def test_targets_at_the_limits_pass_and_missing_figures_are_not_judged():
    stock = figures(throughput_10=10.0)
    exact = figures(throughput_10=100.0, p95_10_ms=150.0, turn_vs_parse_cost=1.5, cold_start_s=20.0,
                    rss_bytes=int(1.2 * 1024 ** 3), training_s=180.0)
    assert all(r["ok"] in (True, None) for r in bench.check_targets(exact, stock))
    rows = {r["key"]: r for r in bench.check_targets(figures(training_s=None), stock)}
    assert rows["training_s"]["ok"] is None and rows["training_s"]["product"] is None


def test_target_table_shows_ratios_and_verdicts():
    stock = figures(throughput_10=5.0, training_s=250.0)
    text = bench.target_table(bench.check_targets(figures(p95_10_ms=200.0), stock))
    lines = text.splitlines()
    assert lines[0].split()[:3] == ["metric", "product", "stock"]
    throughput = next(line for line in lines if line.startswith("full-turn throughput @10"))
    assert "20.0x" in throughput and throughput.rstrip().endswith("PASS")
    p95 = next(line for line in lines if line.startswith("full-turn p95 @10"))
    assert p95.rstrip().endswith("FAIL") and "200" in p95
    widths = {len(line) for line in lines[:2]}
    assert len(widths) == 1 or max(len(l) for l in lines) <= len(lines[1])  # aligned columns


def test_report_names_failed_targets():
    info = {"cores": 2, "usable_cores": 2, "cpu": "x", "memory_gib": 24.0, "python": "3.10.13", "rasa": "3.6.21",
            "os": "Linux", "load_average_at_start": (0.1, 0.2, 0.3)}
    plan = {"levels": (1, 10, 50), "level_s": 20.0, "parse_s": 15.0, "parse_concurrency": 10}
    level = loadgen.summarize([10.0, 20.0], 1.0, 10)
    level["server_cpu_ms_per_request"] = 5.0
    stack = {"turn": {"1": level, "10": level, "50": level}, "parse": level, "load_average_before": (1.5, 1.0, 0.5)}
    rows = bench.check_targets(figures(p95_10_ms=151.0), figures(throughput_10=5.0))
    text = bench.report(info, plan, {"product": stack, "stock": stack}, rows)
    assert text.startswith("machine: 2 cores")
    assert "24.0 GiB RAM" in text and "Python 3.10.13" in text
    assert "TARGETS FAILED: full-turn p95 @10" in text
    assert "turn @50" in text and "parse @10" in text
    assert "load average when each stack started" in text and "product 1.50" in text


def test_fmt():
    assert bench.fmt(None) == "-"
    assert bench.fmt(1.234) == "1.23" and bench.fmt(123.45) == "123.5" and bench.fmt(12345.6) == "12346"
    assert bench.fmt(2.5, "x") == "2.50x"


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc")
def test_proc_readings_of_this_process():
    assert bench.loadgen.proc_status_bytes(os.getpid()) > 10 * 1024 ** 2
    assert bench.loadgen.proc_status_bytes(os.getpid(), "NoSuchField") is None
    assert bench.loadgen.proc_status_bytes(2 ** 30) is None
    assert bench.loadgen.cpu_seconds(os.getpid()) > 0 and bench.loadgen.cpu_seconds(2 ** 30) == 0.0
    assert os.getpid() in bench.loadgen.group_processes(os.getpgid(0))
    first, second = bench.loadgen.free_ports(2)
    assert first != second


def test_turn_blocks_average_each_block_and_drop_a_short_tail():
    samples = [(10.0, 4.0)] * 20 + [(30.0, 8.0)] * 20 + [(99.0, 99.0)] * 5
    blocks = loadgen.turn_blocks(samples, 20)
    assert blocks == [{"turns": "1-20", "wall_ms": 10.0, "cpu_ms": 4.0},
                      {"turns": "21-40", "wall_ms": 30.0, "cpu_ms": 8.0}]
    assert loadgen.turn_blocks(samples[:5], 20) == []


def test_long_conversation_says_the_scripted_messages_in_order():
    texts = loadgen.long_texts()
    assert texts[0] == loadgen.SCRIPTS[0][0][1] and len(texts) == sum(len(s) for s in loadgen.SCRIPTS)


def test_long_conversation_figures_are_info_rows():
    stack = {"turn": {"10": {"throughput_rps": 1.0, "errors": 0}}, "parse": {"errors": 0}, "cold_start": {"status_200_s": 1},
             "memory_after_load": {"rasa_rss_bytes": 1},
             "long_conversation": {"errors": 2, "blocks": [{"turns": "1-20", "cpu_ms": 5.0}, {"turns": "181-200", "cpu_ms": 9.0}]}}
    figures_ = bench.derived(stack)
    assert figures_["long_first_cpu_ms"] == 5.0 and figures_["long_last_cpu_ms"] == 9.0 and figures_["errors"] == 2
    rows = {r["key"]: r for r in bench.check_targets(figures_, figures_)}
    assert rows["long_last_cpu_ms"]["ok"] is None and rows["long_last_cpu_ms"]["ratio"] == 1.0


def test_bench_credentials_raise_only_the_rate_limit():
    text = (Path(__file__).resolve().parents[1] / "credentials.yml").read_text(encoding="utf-8")
    changed = bench.bench_credentials(text)
    assert "rate_limit_per_minute: 1000000" in changed
    assert [l for l in changed.splitlines() if "rate_limit" not in l] == [l for l in text.splitlines() if "rate_limit" not in l]
    with pytest.raises(RuntimeError):
        bench.bench_credentials("socketio:\n  user_message_evt: x\n")


def test_stock_stack_is_served_by_unmodified_rasa_and_the_others_as_deployed(tmp_path):
    import yaml

    repo = Path(__file__).resolve().parents[1]
    stock = bench.stack_files("stock", tmp_path)
    assert yaml.safe_load(stock["RASA_CREDENTIALS"].read_text(encoding="utf-8")) == {"rest": None}
    endpoints = yaml.safe_load(stock["RASA_ENDPOINTS"].read_text(encoding="utf-8"))
    assert endpoints == {"action_endpoint": {"url": "${ACTION_ENDPOINT_URL}"}}   # no tracker store, no patches
    for name in ("product", "stock-served"):
        files = bench.stack_files(name, tmp_path)
        assert files["RASA_ENDPOINTS"].read_text(encoding="utf-8") == (repo / "endpoints.yml").read_text(encoding="utf-8")
        credentials = yaml.safe_load(files["RASA_CREDENTIALS"].read_text(encoding="utf-8"))
        assert credentials["bot.channels.rest.GuardedRestInput"]["rate_limit_per_minute"] == 1_000_000
    assert len({p for n in bench.STACKS for p in bench.stack_files(n, tmp_path).values()}) == 6


def test_stock_served_rows_are_information_beside_the_target():
    rows = bench.check_targets(figures(throughput_10=200.0), figures(throughput_10=10.0), figures(throughput_10=50.0))
    throughput = [r for r in rows if r["key"] == "throughput_10"]
    assert [(r["ratio"], r["ok"]) for r in throughput] == [(20.0, True), (4.0, None)]
    assert "stock-served" in throughput[1]["metric"] and throughput[1]["target"] == "(info)"
    assert all("stock-served" not in r["metric"] for r in bench.check_targets(figures(), figures()))


def test_paired_measurement_alternates_and_pools_the_blocks():
    """Turn and parse blocks alternate; the cost is pooled CPU over pooled requests."""
    calls = []

    class FakeResult:
        def __init__(self, ok, errors):
            self.ok, self.errors = ok, errors

        def summary(self):
            return {"ok": self.ok, "errors": self.errors}

    class FakeStack(bench.Stack):
        def __init__(self):
            self.name = "fake"

        def _run(self, mode, concurrency, duration_s, tag):
            calls.append((mode, concurrency, duration_s))
            slow = 2.0 if len(calls) > 2 else 1.0          # the machine halves its speed after round 1
            if mode == "turn":
                return FakeResult(100, 0), {"rasa": 0.4 * slow, "actions": 0.1 * slow}   # 5 ms a turn
            return FakeResult(200, 1), {"rasa": 0.4 * slow, "actions": 0.0}              # 2 ms a parse

    paired = FakeStack().measure_paired(10, 2, 1.5)
    assert calls == [("turn", 10, 1.5), ("parse", 10, 1.5)] * 2
    assert paired["turn_cpu_ms"] == 7.5 and paired["parse_cpu_ms"] == 3.0 and paired["ratio"] == 2.5
    assert paired["ratio_per_round"] == [2.5, 2.5] and paired["totals"]["parse"]["errors"] == 2

    level = {"throughput_rps": 10.0, "server_cpu_ms_per_request": 9.0, "errors": 0}
    stack = {"turn": {"10": level}, "parse": {**level, "server_cpu_ms_per_request": 3.0},
             "cold_start": {"status_200_s": 1}, "memory_after_load": {"rasa_rss_bytes": 1}}
    assert bench.derived(stack)["turn_vs_parse_cost"] == 3.0            # older reports: the levels
    figures_ = bench.derived({**stack, "paired": paired})
    assert figures_["turn_vs_parse_cost"] == 2.5 and figures_["turn_vs_parse_cost_levels"] == 3.0
    assert figures_["errors"] == 2
    rows = {r["key"]: r for r in bench.check_targets(figures_, figures_)}
    assert rows["turn_vs_parse_cost"]["ok"] is False and rows["turn_vs_parse_cost_levels"]["ok"] is None


def test_paired_measurement_without_cpu_figures_is_not_judged():
    """A stack whose server processes were not found (CPU reads 0) gives no ratio, not 0."""
    class Result:
        def summary(self):
            return {"ok": 10, "errors": 0}

    class Unmeasured(bench.Stack):
        def __init__(self):
            self.name = "fake"

        def _run(self, mode, concurrency, duration_s, tag):
            return Result(), {"rasa": 0.0, "actions": 0.0}

    paired = Unmeasured().measure_paired(10, 2, 1.0)
    assert paired["ratio"] is None and paired["ratio_per_round"] == [None, None]
    level = {"throughput_rps": 1.0, "server_cpu_ms_per_request": 0.0, "errors": 0}
    figures_ = bench.derived({"turn": {"10": level}, "parse": level, "paired": paired,
                              "cold_start": {"status_200_s": 1}, "memory_after_load": {"rasa_rss_bytes": 1}})
    rows = {r["key"]: r for r in bench.check_targets(figures_, figures_)}
    assert rows["turn_vs_parse_cost"]["ok"] is None


def test_the_server_is_the_topmost_process_that_runs_it():
    from bot.loadgen import parent_pid, runs, topmost

    script = "... .venv/bin/rasa run actions --port 1 & .venv/bin/rasa run --model m --port 2 ..."
    processes = {5: ["bash", "-c", script, "run.sh"], 10: ["bash", "scripts/run.sh"],
                 11: ["python", ".venv/bin/rasa", "run", "--model", "m"], 12: ["python", ".venv/bin/rasa", "run", "--model", "m"],
                 13: ["python", ".venv/bin/rasa", "run", "actions"], 14: ["python", ".venv/bin/rasa", "run", "actions"]}
    parents = {5: 1, 10: 5, 11: 10, 12: 11, 13: 10, 14: 13}
    assert topmost(processes, ("run", "--model"), parents) == 11      # not the shell, not the fork 12
    assert topmost(processes, ("run", "actions"), parents) == 13
    assert topmost(processes, ("run", "--model"), {**parents, 11: None}) == 11   # parent gone
    assert topmost(processes, ("nothing",), parents) is None
    assert runs(["a", "run", "--model"], "run", "--model") and not runs(["run --model"], "run", "--model")
    assert parent_pid(os.getpid()) == os.getppid() and parent_pid(2 ** 30) is None
