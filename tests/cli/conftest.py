"""Running the CLI in-process and as a real subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from biblio.cli.main import main


@dataclass
class Result:
    """Exit code and captured output of one command."""

    code: int
    out: str
    err: str


Runner = Callable[..., Result]


@pytest.fixture
def library_dir(tmp_path: Path) -> Path:
    """An empty library location."""
    return tmp_path / "lib"


@pytest.fixture
def biblio(library_dir: Path, capsys: pytest.CaptureFixture[str]) -> Runner:
    """Run ``biblio --library <tmp> ARGS`` in-process."""

    def run(*args: str) -> Result:
        code = main(["--library", str(library_dir), *args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    return run


def run_process(args: list[str], library: Path, stdin: bytes | None = None, cwd: Path | None = None) -> Result:
    """``python -m biblio --library LIB ARGS`` as a child process."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("BIBLIO_DEBUG", None)
    done = subprocess.run(
        [sys.executable, "-m", "biblio", "--library", str(library), *args],
        input=stdin,
        capture_output=True,
        env=env,
        cwd=cwd,
        timeout=300,
        check=False,
    )
    return Result(done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))
