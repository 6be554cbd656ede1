"""Shared reader for line-tagged export formats (RIS, EndNote/Refer, RefWorks, NoteExpress).

A format is described by a :class:`TagSyntax`: the regex of a tag line, the tag that starts a
record, the tag that ends one (RIS ``ER``) and whether a blank line ends a record. Untagged lines
continue the previous field (wrapped abstracts). Each record comes back as a :class:`TaggedEntry`;
text outside any record becomes a warning :class:`Problem` with its line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from biblio.errors import InputError
from biblio.importers.base import ImportResult, Problem
from biblio.model import Record


@dataclass(frozen=True, slots=True)
class TagSyntax:
    """How one tagged format marks tags and records."""

    tag_line: re.Pattern[str]  # groups: tag, value
    start: str
    end: str = ""
    blank_ends: bool = True
    joiner: str = " "


@dataclass(slots=True)
class TaggedEntry:
    """One record: its first line and its ``(tag, value, line)`` triples in order."""

    line: int
    fields: list[tuple[str, str, int]] = field(default_factory=list)

    def values(self, tag: str) -> list[str]:
        """Every non-empty value of ``tag``."""
        return [v for t, v, _ in self.fields if t == tag and v]

    def first(self, tag: str) -> str:
        """The first value of ``tag``, or ``""``."""
        found = self.values(tag)
        return found[0] if found else ""

    def raw(self) -> str:
        """The entry as tag/value lines, for problem reports."""
        return "\n".join(f"{t} {v}" for t, v, _ in self.fields)[:2000]


@dataclass(slots=True)
class _Reader:
    syntax: TagSyntax
    entries: list[TaggedEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    current: TaggedEntry | None = None

    def close(self) -> None:
        if self.current is not None and self.current.fields:
            self.entries.append(self.current)
        self.current = None

    def feed(self, number: int, line: str) -> None:
        match = self.syntax.tag_line.match(line)
        if not line.strip():
            if self.syntax.blank_ends:
                self.close()
        elif match:
            self._tag(number, match.group(1).strip(), match.group(2).strip())
        elif self.current is not None and self.current.fields:
            tag, value, first = self.current.fields[-1]
            joined = join_lines(value, line.strip(), self.syntax.joiner)
            self.current.fields[-1] = (tag, joined, first)
        else:
            self.problems.append(Problem("text outside any record ignored", number, line[:200], "warning"))

    def _tag(self, number: int, tag: str, value: str) -> None:
        if tag == self.syntax.start:
            self.close()
            self.current = TaggedEntry(number)
        elif tag == self.syntax.end:
            self.close()
            return
        if self.current is None:
            self.current = TaggedEntry(number)
        self.current.fields.append((tag, value, number))


def join_lines(first: str, second: str, joiner: str = " ") -> str:
    """Join a wrapped line: no space between Chinese characters or after full-width punctuation."""
    if not first:
        return second
    if first[-1] > "\u2e7f" or second[:1] > "\u2e7f":
        return first + second
    return f"{first}{joiner}{second}"


def read_entries(text: str, syntax: TagSyntax) -> tuple[list[TaggedEntry], list[Problem]]:
    """Split ``text`` into tagged entries plus problems for stray text."""
    reader = _Reader(syntax)
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        reader.feed(number, line)
    reader.close()
    return reader.entries, reader.problems


def parse_tagged(
    text: str, syntax: TagSyntax, convert: Callable[[TaggedEntry], Record | str], what: str
) -> ImportResult:
    """Entries -> records; ``convert`` returns a record or a message for a bad entry."""
    entries, problems = read_entries(text, syntax)
    result = ImportResult(problems=problems)
    for entry in entries:
        made = convert(entry)
        if isinstance(made, str):
            result.problems.append(Problem(made, entry.line, entry.raw()))
        else:
            result.records.append(made)
    if not result.records and not result.problems and text.strip():
        raise InputError(f"no {what} records found")
    return result


def count_tag_lines(text: str, pattern: re.Pattern[str], limit: int = 60) -> tuple[int, int]:
    """(tag lines, non-blank lines) among the first ``limit`` non-blank lines: the base of every sniff."""
    lines = [ln for ln in text[:8000].splitlines() if ln.strip()][:limit]
    return sum(1 for ln in lines if pattern.match(ln)), len(lines)
