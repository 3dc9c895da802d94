"""Shared by the browser tests: the real stack started by `scripts/run.sh` (once per test
session, whichever module asks first) and Debian's Chromium driven by Playwright.

Import the fixtures into a test module: ``from browser_support import stack, browser``.
Chromium is the system one (`scripts/ensure_chromium.sh` installs it with apt-get); no
browser is ever downloaded. The browser tests are skipped, with the reason, only when no
Chromium can be found after that script ran.
"""
from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest

from support import REPO

AGENT_TOKEN = "browser-test-agent-token"
API_TOKEN = "browser-test-api-token"
ARTIFACTS = REPO / "test-artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 860}
XSS = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Stack:
    base: str
    agent_token: str
    feedback_db: Path
    process: subprocess.Popen

    def stop(self) -> None:
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)


_shared = {}
_lock = threading.Lock()


def _start_stack(tmp: Path) -> Stack:
    model = REPO / "models" / "assistant.tar.gz"
    if not model.exists():
        subprocess.run([str(REPO / ".venv" / "bin" / "python"), "-m", "bot", "train"], cwd=REPO, check=True)
    rasa_port, action_port = free_port(), free_port()
    feedback_db = tmp / "agent_feedback.db"
    env = {**os.environ, "RASA_PORT": str(rasa_port), "ACTION_PORT": str(action_port),
           "RASA_API_TOKEN": API_TOKEN, "AGENT_TOKEN": AGENT_TOKEN,
           "AGENT_FEEDBACK_DB": str(feedback_db), "TRACKER_DB": str(tmp / "tracker.db")}
    process = subprocess.Popen(["bash", "scripts/run.sh"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT, text=True, start_new_session=True)
    deadline, lines = time.time() + 240, []
    for line in process.stdout:
        lines.append(line)
        if "assistant ready" in line or time.time() > deadline or process.poll() is not None:
            break
    if process.poll() is not None or "assistant ready" not in "".join(lines):
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGKILL)
        pytest.fail("assistant did not start:\n" + "".join(lines[-40:]))
    threading.Thread(target=lambda: [None for _ in process.stdout], daemon=True).start()
    return Stack(f"http://127.0.0.1:{rasa_port}", AGENT_TOKEN, feedback_db, process)


@pytest.fixture(scope="session")
def stack(tmp_path_factory) -> Stack:
    """The assistant as `make run` starts it (one per session, shared by the modules)."""
    with _lock:
        if "stack" not in _shared:
            _shared["stack"] = _start_stack(tmp_path_factory.mktemp("stack"))
    yield _shared["stack"]
    _shared["stack"].stop()


def find_chromium() -> Optional[str]:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found:
        return found
    script = REPO / "scripts" / "ensure_chromium.sh"
    result = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=900)
    _shared["ensure_output"] = (result.stdout + result.stderr).strip()[-600:]
    return shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def browser():
    """Headless Debian Chromium under Playwright (skips only when there is none).

    One per test: the sync API keeps its event loop running while the browser is open,
    which the asyncio tests that follow (pytest-asyncio) could not share.
    """
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("the playwright Python package is not installed")
    with _lock:
        if "chromium" not in _shared:
            _shared["chromium"] = find_chromium()
    executable = _shared["chromium"]
    if not executable:
        pytest.skip("no Chromium found after scripts/ensure_chromium.sh: " + _shared.get("ensure_output", ""))
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


def new_context(browser, stack: Stack, viewport=DESKTOP, **kwargs):
    # bypass_csp: the pages' Content-Security-Policy would block an injected script anyway;
    # without it the tests show that the scripts themselves never render text as HTML.
    context = browser.new_context(viewport=viewport, locale="zh-CN", bypass_csp=True, **kwargs)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=stack.base)
    context.set_default_timeout(20_000)
    return context


def screenshot(page, name: str, **kwargs) -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), **kwargs)
    return path
