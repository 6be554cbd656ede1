"""The contract every importer follows: ``text -> ImportResult``; no store, no network.

An importer is a small class with a ``name``, a ``version`` (bump it when its output improves, so
kept sources can be re-parsed), the file ``suffixes`` it usually reads, ``sniff(text)`` returning a
confidence in [0, 1] that the text is in its format, and ``parse(text)`` returning records plus
problems. A bad entry becomes a :class:`Problem` (with line and raw text) and the rest still
imports; an importer never raises on malformed input except :class:`biblio.errors.InputError`
when nothing at all can be made of it.

Cited works are records of their own in the same result, linked from the citing record with
``Link(LinkKind.CITES, cited.uid)``. Importers fill ``provenance.importer``, ``importer_version``
and ``locator``; the library adds origin, kept source path and time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from biblio.model import Record


@dataclass(frozen=True, slots=True)
class Problem:
    """Something in the input that could not be imported (``error``) or was imported doubtfully (``warning``)."""

    message: str
    line: int | None = None
    raw: str = ""
    severity: str = "error"

    def describe(self) -> str:
        """One line for the user."""
        where = f"line {self.line}: " if self.line else ""
        return f"{where}{self.message}"


@dataclass(slots=True)
class ImportResult:
    """What an importer made of a text."""

    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def extend(self, other: ImportResult) -> None:
        """Append another result's records and problems."""
        self.records.extend(other.records)
        self.problems.extend(other.problems)


@runtime_checkable
class Importer(Protocol):
    """One source format."""

    name: str
    version: str
    suffixes: tuple[str, ...]

    def sniff(self, text: str) -> float:
        """Confidence in [0, 1] that ``text`` is in this format (look at the start only; be fast)."""
        ...

    def parse(self, text: str) -> ImportResult:
        """Records and problems from the whole text."""
        ...


def iter_parse(importer: Importer, text: str, chunk_records: int = 2000) -> Iterator[ImportResult]:
    """Parse in chunks when the importer can stream (``parse_chunks``), else in one piece."""
    chunked = getattr(importer, "parse_chunks", None)
    if chunked is not None:
        yield from chunked(text, chunk_records)
    else:
        yield importer.parse(text)
