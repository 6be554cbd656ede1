"""Read Whoosh's compound segment files in place instead of copying each sub-file into memory.

Whoosh maps a compound segment file (``*.seg``) with mmap and hands every sub-file out as a
``BufferFile``, whose constructor wraps the bytes in ``io.BytesIO``: that *copies* the sub-file.
At 100k records the postings and term files are 75 MB and 12 MB per segment, so opening a searcher
copied about 170 MB (the TUI process sat at ~470 MB), and every one-record update paid ~115 ms for
copying the term files again when its writer opened a reader to find the document it replaces.

:class:`InPlaceBufferFile` reads the mapped bytes through a small file object over the
``memoryview``: nothing is copied until Whoosh asks for a slice. :func:`install` swaps it in; it is
called wherever this package opens a Whoosh index. A reader keeps working when a writer later merges
its segment away: the mapping holds the unlinked file.
"""

from __future__ import annotations

from typing import Any

_SEEK_SET, _SEEK_CUR, _SEEK_END = 0, 1, 2


class MemoryViewReader:
    """The read side of a binary file over a memoryview, without copying it."""

    __slots__ = ("_length", "_pos", "_view")

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._pos = 0
        self._length = len(view)

    def read(self, size: int | None = -1) -> bytes:
        """Up to ``size`` bytes (all the rest if negative or None)."""
        start = self._pos
        end = self._length if size is None or size < 0 else min(start + size, self._length)
        if end <= start:  # at or past the end (after a seek beyond it): the position stays
            return b""
        self._pos = end
        return self._view[start:end].tobytes()

    def readinto(self, buffer: Any) -> int:
        """Fill ``buffer`` from the current position; the number of bytes copied."""
        target = memoryview(buffer).cast("B")
        count = max(0, min(len(target), self._length - self._pos))
        if count:
            target[:count] = self._view[self._pos : self._pos + count]
        self._pos += count
        return count

    def readline(self, size: int | None = -1) -> bytes:
        """Bytes up to and including the next newline (pickle's text opcodes use it)."""
        limit = self._length if size is None or size < 0 else min(self._pos + size, self._length)
        start = end = self._pos
        while end < limit:
            chunk = self._view[end : min(end + 256, limit)].tobytes()
            newline = chunk.find(b"\n")
            if newline >= 0:
                end += newline + 1
                break
            end += len(chunk)
        self._pos = end
        return self._view[start:end].tobytes()

    def seek(self, offset: int, whence: int = _SEEK_SET) -> int:
        """Move the position like ``io.BytesIO.seek``."""
        base = {_SEEK_SET: 0, _SEEK_CUR: self._pos, _SEEK_END: self._length}[whence]
        self._pos = max(0, base + offset)
        return self._pos

    def tell(self) -> int:
        """The current position."""
        return self._pos

    def close(self) -> None:
        """Drop the view (the mapping belongs to the compound storage)."""
        self._view = memoryview(b"")
        self._length = self._pos = 0

    def flush(self) -> None:
        """Nothing to flush: read only."""


def _in_place_class() -> type:
    from whoosh.filedb.structfile import BufferFile

    class InPlaceBufferFile(BufferFile):  # type: ignore[misc]
        """Whoosh's BufferFile, reading the buffer in place."""

        def __init__(self, buf: Any, name: str | None = None, onclose: Any = None) -> None:
            self._buf = buf
            self._name = name
            self.file = MemoryViewReader(memoryview(buf))
            self.onclose = onclose
            self.is_real = False
            self.is_closed = False

        def subset(self, position: int, length: int, name: str | None = None) -> Any:
            """A sub-file sharing the buffer."""
            return InPlaceBufferFile(memoryview(self._buf)[position : position + length], name=name or self._name)

    return InPlaceBufferFile


def install() -> None:
    """Make Whoosh's compound storage hand out in-place buffer files (idempotent)."""
    from whoosh.filedb import compound

    if getattr(compound.BufferFile, "_biblio_in_place", False):
        return
    cls = _in_place_class()
    cls._biblio_in_place = True  # type: ignore[attr-defined]
    compound.BufferFile = cls
