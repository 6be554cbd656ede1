"""Atomic file writes: a crash leaves the old file or the complete new one, never a torn one."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from biblio.errors import InputError, WriteError


class NotAFileError(InputError, OSError):
    """The target of a write is a device, pipe, socket or directory: a user's mistake (InputError) that callers
    handling write failures (OSError) also catch."""


def refuse_special_target(path: Path) -> None:
    """NotAFileError if ``path`` exists and is not a regular file (a device, pipe, socket or directory)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # missing (or unreadable: the write will say so)
    if not stat.S_ISREG(mode):
        kind = "a directory" if stat.S_ISDIR(mode) else "a device, pipe or socket"
        raise NotAFileError(f"{path}: is {kind}, not a file to write")


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that a crash leaves either the old file or the complete new one.

    Only a regular file (or a new one) is written: renaming over ``/dev/zero``, a named pipe or a socket
    would replace the device or pipe itself with a file (as root: the device node), so those are refused
    (:class:`NotAFileError`, both an InputError and an OSError).
    """
    refuse_special_target(path)
    try:
        _write_and_rename(path, data)
    except OSError as exc:
        raise WriteError(f"{path}: {exc.strerror or exc}") from exc


def _write_and_rename(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
