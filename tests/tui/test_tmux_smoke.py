"""The browser in a real terminal: tmux starts it, types a search and an export, reads the screen."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from biblio.config import CONFIG_DIR_ENV
from tests.tui.fixture_library import build_library

ROOT = Path(__file__).resolve().parents[2]


def _command(library: Path) -> list[str]:
    """``python -m biblio --library L tui``, as a user starts it."""
    return [sys.executable, "-m", "biblio", "--library", str(library), "tui"]


@pytest.fixture
def tmux() -> Iterator[Callable[..., str]]:
    """Run tmux commands against one private session (killed afterwards)."""
    if shutil.which("tmux") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("tmux is required for the terminal smoke test under CI")
        pytest.skip("tmux is not installed: the real-terminal smoke test needs it")
    name = f"biblio-smoke-{uuid.uuid4().hex[:8]}"

    def run(*args: str) -> str:
        done = subprocess.run(["tmux", *args], capture_output=True, text=True, check=False, timeout=20)
        return done.stdout

    run.name = name  # type: ignore[attr-defined]
    yield run
    subprocess.run(["tmux", "kill-session", "-t", name], capture_output=True, check=False)


def _wait_for(screen: Callable[[], str], text: str, timeout: float = 30.0) -> str:
    deadline = time.monotonic() + timeout
    shown = ""
    while time.monotonic() < deadline:
        shown = screen()
        if text in shown:
            return shown
        time.sleep(0.2)
    raise AssertionError(f"{text!r} never appeared; the screen was:\n{shown}")


def test_search_and_export_in_tmux(tmux: Callable[..., str], tmp_path: Path) -> None:
    library = build_library(tmp_path / "lib")
    name: str = tmux.name  # type: ignore[attr-defined]
    command = " ".join(_command(library))
    env = f"cd {library} && TERM=xterm-256color PYTHONPATH={ROOT} {CONFIG_DIR_ENV}={tmp_path / 'config'} "
    tmux("new-session", "-d", "-s", name, "-x", "100", "-y", "30", "-c", str(library), env + command)

    def screen() -> str:
        return tmux("capture-pane", "-p", "-t", name)

    _wait_for(screen, "7 records")
    time.sleep(1.0)  # let the app finish starting before typing
    tmux("send-keys", "-t", name, "/")
    time.sleep(0.3)
    tmux("send-keys", "-t", name, "-l", "Brzezinski")
    shown = _wait_for(screen, "1 hits", timeout=60)  # the first search builds the index
    rows = [line.split()[0] for line in shown.splitlines() if line.startswith("  ") and line.strip()]
    assert any(r.startswith("brzezinski1997") for r in rows)  # keys may be cut with … in a narrow window
    assert not any(r.startswith("zhang2024") for r in rows)  # (the detail pane may name it as a citing work)
    tmux("send-keys", "-t", name, "Enter")
    time.sleep(0.5)
    tmux("send-keys", "-t", name, "x")
    _wait_for(screen, "Export to exports/")
    time.sleep(0.5)  # a person's pace: the dialog focuses its input after it is painted
    tmux("send-keys", "-t", name, "C-u")
    time.sleep(0.3)
    tmux("send-keys", "-t", name, "-l", "smoke.bib")
    _wait_for(screen, "smoke.bib")
    time.sleep(0.3)
    tmux("send-keys", "-t", name, "Enter")
    shown = _wait_for(screen, "Wrote 1 record")
    written = library / "exports" / "smoke.bib"
    assert written.is_file() and "brzezinski1997grand" in written.read_text(encoding="utf-8")
    tmux("send-keys", "-t", name, "q")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and name in tmux("list-sessions", "-F", "#{session_name}"):
        time.sleep(0.2)
    assert name not in tmux("list-sessions", "-F", "#{session_name}")
