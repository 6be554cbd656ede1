"""Opening an attached file with the desktop's opener (``xdg-open``, ``open``), or saying there is none.

The opener is, in order: ``$BIBLIO_OPENER`` (a command line the path is appended to; set it empty
to never open anything), the ``opener`` setting in settings.json (see :mod:`biblio.config`), then
``xdg-open`` or ``open`` when found on PATH. Tests set ``BIBLIO_OPENER`` to a script that records
its argument.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
from pathlib import Path

from biblio.errors import LibraryError

OPENER_ENV = "BIBLIO_OPENER"
OPENER_SETTING = "opener"
DESKTOP_OPENERS = ("xdg-open", "open")
OPEN_TIMEOUT = 60


def desktop_opener() -> list[str] | None:
    """The opener command line (without the path), or None when there is none."""
    configured = os.environ.get(OPENER_ENV)
    if configured is None:
        from biblio.config import load_settings

        configured = load_settings().get(OPENER_SETTING)
    if configured is not None:
        return shlex.split(configured) or None
    for name in DESKTOP_OPENERS:
        found = shutil.which(name)
        if found:
            return [found]
    return None


def open_file(path: Path, opener: list[str]) -> None:
    """Run the opener on ``path`` (waits for it: desktop openers hand the file over and return)."""
    if not path.is_file():
        raise LibraryError(f"{path}: the attached file is missing; run `biblio check`")
    try:
        done = subprocess.run(
            [*opener, str(path)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=OPEN_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise LibraryError(f"cannot run {opener[0]}: {exc}") from None
    if done.returncode != 0:
        detail = done.stderr.decode("utf-8", errors="replace").strip().splitlines()
        raise LibraryError(f"{opener[0]} failed on {path} ({detail[-1] if detail else f'exit {done.returncode}'})")
