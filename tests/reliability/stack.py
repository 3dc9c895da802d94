"""Helpers to run the real stack (``scripts/run.sh``: action server + Rasa server) on free
ports and talk to it; shared by tests/test_hardening.py and tests/reliability/.

Unlike tests/test_running_assistant.py's ``start_assistant``, ``Stack`` keeps everything the
servers print (``stack.output()``), knows the pids of the two servers (so one can be
killed alone), and can run a standalone action server (``ActionServer``).
"""
from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any, Dict, List, Optional, Tuple

REPO = Path(__file__).resolve().parents[2]
TOKEN = "test-api-token"
JSON = {"Content-Type": "application/json"}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def _group_pids(pgid: int) -> List[int]:
    out = subprocess.run(["pgrep", "-g", str(pgid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


class Stack:
    """``scripts/run.sh`` in its own process group, output collected in memory."""

    def __init__(self, workdir: Path, extra_env: Optional[Dict[str, str]] = None,
                 tracker_db: Optional[Path] = None, rasa_port: Optional[int] = None,
                 action_port: Optional[int] = None) -> None:
        self.workdir = Path(workdir)
        self.rasa_port = rasa_port or free_port()
        self.action_port = action_port or free_port()
        self.tracker_db = Path(tracker_db or self.workdir / "tracker.db")
        self.env = {**os.environ, "RASA_PORT": str(self.rasa_port), "ACTION_PORT": str(self.action_port),
                    "RASA_API_TOKEN": TOKEN, "TRACKER_DB": str(self.tracker_db),
                    "AGENT_FEEDBACK_DB": str(self.workdir / "agent_feedback.db"), **(extra_env or {})}
        self.base = f"http://127.0.0.1:{self.rasa_port}"
        self.lines: List[str] = []
        self.process: Optional[subprocess.Popen] = None

    # -- life cycle ----------------------------------------------------------------------

    def start(self, timeout: float = 240) -> "Stack":
        self.process = subprocess.Popen(
            ["bash", "scripts/run.sh"], cwd=REPO, env=self.env, stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT, text=True, errors="replace", start_new_session=True)
        ready = threading.Event()

        def drain() -> None:
            for line in self.process.stdout:
                self.lines.append(line)
                if "assistant ready" in line:
                    ready.set()

        threading.Thread(target=drain, daemon=True).start()
        deadline = time.time() + timeout
        while not ready.wait(0.2):
            if self.process.poll() is not None or time.time() > deadline:
                self.stop()
                raise RuntimeError("assistant did not start:\n" + "".join(self.lines[-60:]))
        return self

    def stop(self) -> None:
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGINT)
                self.process.wait(timeout=30)
            except (ProcessLookupError, subprocess.TimeoutExpired):
                pass
        for pid in _group_pids(self.process.pid):  # anything left of this group only
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass

    def __enter__(self) -> "Stack":
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.stop()

    def output(self) -> str:
        return "".join(self.lines)

    def server_pid(self, marker: str) -> int:
        """Pid of the process of this stack whose command line contains ``marker``
        (``"rasa run --model"``: the Rasa server; ``"rasa run actions"``: the action server)."""
        for pid in _group_pids(self.process.pid):
            if marker in _cmdline(pid):
                return pid
        raise LookupError(f"no process with {marker!r} in the stack")

    # -- talking ---------------------------------------------------------------------------

    def post(self, path: str, body: Any, headers: Optional[Dict[str, str]] = None,
             timeout: float = 60) -> Tuple[int, Any, Dict[str, str]]:
        """(status, parsed JSON or text, headers); never raises for HTTP errors."""
        data = body if isinstance(body, bytes) else json.dumps(body, ensure_ascii=False).encode()
        request = urllib.request.Request(self.base + path, data=data, headers={**JSON, **(headers or {})})
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:
                return response.status, _parse(response.read()), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, _parse(error.read()), dict(error.headers)

    def say(self, sender: str, text: str, timeout: float = 60) -> str:
        status, replies, _ = self.post("/webhooks/rest/webhook", {"sender": sender, "message": text}, timeout=timeout)
        assert status == 200, (status, replies)
        return "\n".join(r.get("text", "") for r in replies)

    def tracker(self, sender: str) -> Dict[str, Any]:
        url = f"{self.base}/conversations/{sender}/tracker?token={TOKEN}"
        with urllib.request.urlopen(url, timeout=30) as response:
            return json.loads(response.read())

    def status_ok(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.base}/status?token={TOKEN}", timeout=10) as response:
                return response.status == 200
        except (OSError, urllib.error.URLError):
            return False


class ActionServer:
    """A standalone ``rasa run actions`` (as run.sh starts it) that a test can kill and restart."""

    def __init__(self, port: Optional[int] = None) -> None:
        self.port = port or free_port()
        self.process: Optional[subprocess.Popen] = None
        self.lines: List[str] = []

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhook"

    def start(self, timeout: float = 120) -> "ActionServer":
        env = {**os.environ, "PYTHONPATH": str(REPO), "RASA_TELEMETRY_ENABLED": "false",
               "KNOWLEDGE_DB": os.environ.get("KNOWLEDGE_DB", str(REPO / "knowledge" / "guides.db"))}
        self.process = subprocess.Popen(
            [str(REPO / ".venv" / "bin" / "rasa"), "run", "actions", "--actions", "actions", "--port", str(self.port),
             "--logging-config-file", "scripts/logging.yml"],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, errors="replace",
            start_new_session=True)
        threading.Thread(target=lambda: [self.lines.append(line) for line in self.process.stdout], daemon=True).start()
        deadline = time.time() + timeout
        while time.time() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError("action server exited:\n" + "".join(self.lines[-40:]))
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/health", timeout=2):
                    return self
            except (OSError, urllib.error.URLError):
                time.sleep(0.2)
        self.kill()
        raise RuntimeError("action server did not start:\n" + "".join(self.lines[-40:]))

    def kill(self) -> None:
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)


def _parse(raw: bytes) -> Any:
    try:
        return json.loads(raw or b"null")
    except ValueError:
        return raw.decode("utf-8", "replace")
