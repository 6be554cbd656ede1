"""Bounded reading of what the user hands in: regular files and standard input, never more than a size limit.

Every command that reads a user's file or stdin goes through here, so no input can make biblio block
or grow without bound: a named pipe, a socket or a device (``/dev/zero``, ``/dev/urandom``) given as a
file is refused after a ``stat`` and before any read (the file is opened with ``O_NONBLOCK`` and checked
again on the open descriptor, so a file swapped for a FIFO in between cannot block either), and no more
than :func:`biblio.config.max_input_bytes` bytes are ever read (files and stdin alike; the limit is set
with ``$BIBLIO_MAX_INPUT_MB``). Each refusal is an :class:`InputError` with a one-line message.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from biblio.config import MAX_INPUT_ENV, max_input_bytes
from biblio.errors import InputError

CHUNK = 1 << 20


def _kind(mode: int) -> str:
    """What a non-regular file is, for the message."""
    kinds = (
        (stat.S_ISDIR, "a directory"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    return next((name for test, name in kinds if test(mode)), "not a regular file")


def _too_large(what: object, limit: int) -> InputError:
    return InputError(
        f"{what}: input too large (the limit is {limit // 2**20} MiB; split it, or raise ${MAX_INPUT_ENV})"
    )


def read_file(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (default :func:`max_input_bytes`).

    Raises InputError for a missing file, a directory, a pipe, socket or device, an unreadable or too
    large file.
    """
    limit = max_input_bytes() if limit is None else limit
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if not stat.S_ISREG(mode):
        raise InputError(f"{path}: is {_kind(mode)}, not a file")
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as handle:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise InputError(f"{path}: is {_kind(mode)}, not a file")
        return _read_bounded(handle, path, limit)


def read_stdin(stream: BinaryIO, origin: str = "standard input", limit: int | None = None) -> bytes:
    """All of a binary stream (stdin) up to ``limit`` bytes; a device other than a terminal is refused."""
    limit = max_input_bytes() if limit is None else limit
    _refuse_device(stream, origin)
    return _read_bounded(stream, origin, limit)


def stdin_lines(stream: BinaryIO, origin: str = "standard input", limit: int | None = None) -> Iterator[bytes]:
    """The lines of a binary stream, each at most ``limit`` bytes (a longer line is an InputError)."""
    limit = max_input_bytes() if limit is None else limit
    _refuse_device(stream, origin)
    number = 0
    while line := _readline(stream, origin, limit):
        number += 1
        if len(line) > limit:
            raise _too_large(f"{origin}: line {number}", limit)
        yield line


def _readline(stream: BinaryIO, origin: str, limit: int) -> bytes:
    try:
        return stream.readline(limit + 1)
    except OSError as exc:
        raise InputError(f"{origin}: cannot read ({exc.strerror or exc})") from None


def _refuse_device(stream: BinaryIO, origin: str) -> None:
    """InputError if the stream is a device (``< /dev/zero``); terminals, pipes and files are fine."""
    try:
        fd = stream.fileno()
        mode = os.fstat(fd).st_mode
    except (OSError, ValueError, AttributeError):
        return  # not a real descriptor (a test's BytesIO): nothing to check
    if (stat.S_ISCHR(mode) or stat.S_ISBLK(mode)) and not os.isatty(fd):
        raise InputError(f"{origin}: is {_kind(mode)}, not text to read")


def _read_bounded(handle: BinaryIO, what: object, limit: int) -> bytes:
    """Read until end of file; InputError as soon as more than ``limit`` bytes arrive."""
    parts: list[bytes] = []
    total = 0
    while True:
        try:
            block = handle.read(min(CHUNK, limit + 1 - total))
        except OSError as exc:
            raise InputError(f"{what}: cannot read ({exc.strerror or exc})") from None
        if not block:
            return b"".join(parts)
        parts.append(block)
        total += len(block)
        if total > limit:
            raise _too_large(what, limit)
