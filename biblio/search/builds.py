"""Leftovers of killed index writes, removed without ever touching a write that is still running.

A rebuild writes into ``tmp-…`` (see :mod:`biblio.search.index`) while holding an exclusive lock on
``tmp-…/.building``; the kernel drops the lock when the process (and its writer processes, which
share the descriptor) die, however they die. :func:`sweep`, run when a :class:`SearchIndex` first
looks at its folder, removes:

- ``tmp-…`` folders whose lock it can take (their builder is dead), and ``tmp-…`` folders older than
  :data:`GRACE_SECONDS` with no lock file at all (the lock file is put in place already locked, so a
  build that has just started is never mistaken for a dead one);
- ``.current-*.json`` files older than :data:`GRACE_SECONDS` (a state write killed before its rename);
- in the live index, what a killed update left: Whoosh's ``MAIN.tmp`` folder and segment files no
  TOC names, only while holding Whoosh's own writer lock (so never under a live writer).

Without ``fcntl`` (Windows) a lock cannot be tested: abandoned builds are removed after a day.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from pathlib import Path
from types import TracebackType

try:
    import fcntl
except ImportError:  # Windows: no advisory locks; sweep by age only
    fcntl = None  # type: ignore[assignment]

BUILD_PREFIX = "tmp-"
LOCK_NAME = ".building"
GRACE_SECONDS = 60.0  # a build folder younger than this without a lock file may be starting
UNLOCKABLE_AGE = 86400.0  # without fcntl: builds older than a day are abandoned
WHOOSH_TEMP = "MAIN.tmp"  # the temporary folder of Whoosh's writer of the index called MAIN


class BuildFolder:
    """A new ``tmp-…`` folder in ``directory``, locked as "being built" until :meth:`release`."""

    def __init__(self, directory: Path) -> None:
        self.path = Path(tempfile.mkdtemp(prefix=BUILD_PREFIX, dir=directory))
        self._fd: int | None = None
        if fcntl is not None:
            staging = self.path / f"{LOCK_NAME}.new"
            fd = os.open(staging, os.O_CREAT | os.O_EXCL | os.O_RDWR, 0o600)
            fcntl.flock(fd, fcntl.LOCK_EX)
            os.replace(staging, self.path / LOCK_NAME)  # only ever visible locked
            self._fd = fd

    def release(self) -> None:
        """Drop the lock (after the folder was renamed to ``ix-…`` or removed)."""
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> BuildFolder:
        """Use as a context manager that releases the lock."""
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None) -> None:
        """Release the lock on leaving the block."""
        self.release()


def sweep(directory: Path, live: str | None) -> list[str]:
    """Remove the leftovers described above from ``directory``; the names removed."""
    removed = []
    now = time.time()
    with contextlib.suppress(OSError):
        for path in directory.iterdir():
            if path.name.startswith(BUILD_PREFIX) and path.is_dir() and _abandoned(path, now):
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path.name)
            elif path.name.startswith(".current-") and _age(path, now) > GRACE_SECONDS:
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path.name)
    if live and (directory / live / WHOOSH_TEMP).exists():
        removed += _clean_killed_update(directory / live)
    return removed


def _abandoned(path: Path, now: float) -> bool:
    """True when no live process is building in ``path``."""
    if fcntl is None:
        return _age(path, now) > UNLOCKABLE_AGE
    try:
        fd = os.open(path / LOCK_NAME, os.O_RDWR)
    except FileNotFoundError:  # not yet locked (just created), or older than this lock
        return _age(path, now) > GRACE_SECONDS
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:  # held: a build in progress
        return False
    finally:
        os.close(fd)
    return True


def _age(path: Path, now: float) -> float:
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0


def _clean_killed_update(folder: Path) -> list[str]:
    """Whoosh's temporary folder and unreferenced segment files in ``folder``, if no writer is live."""
    from whoosh.index import TOC, clean_files, open_dir
    from whoosh.index import IndexError as IndexError_

    try:
        ix = open_dir(str(folder))
    except (OSError, EOFError, IndexError_):  # unreadable now: Whoosh's next commit cleans up too
        return []
    lock = ix.lock("WRITELOCK")
    if not lock.acquire(blocking=False):
        ix.close()
        return []
    try:
        before = set(os.listdir(folder))
        toc = TOC.read(ix.storage, ix.indexname)
        clean_files(ix.storage, ix.indexname, toc.generation, toc.segments)
        shutil.rmtree(folder / WHOOSH_TEMP, ignore_errors=True)
        return sorted(before - set(os.listdir(folder)))
    finally:
        lock.release()
        ix.close()
