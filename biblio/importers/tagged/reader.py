"""Shared reader for line-tagged export formats (RIS, EndNote/Refer, RefWorks, NoteExpress, CNKI E-Study).

A format is described by a :class:`TagSyntax`: the regex of a tag line, the tag that starts a record,
the tag that ends one (RIS ``ER``), whether blank lines separate records, and which tags hold one-line
values. Each record comes back as a :class:`TaggedEntry`; text outside any record becomes a warning
:class:`Problem` with its line. The reader is one pass over the lines plus one look-ahead per blank run.

Continuation rules (each a class of real exports, not one file):

* An untagged line continues the previous field when that field holds free text (title, abstract,
  keywords, notes); after a run of blank lines it starts a new paragraph (``\\n``) of that field. CNKI's
  EndNote export puts blank lines inside ``%X`` abstracts.
* A one-line field (a year, volume, page, identifier, URL, database name) never wraps: the next untagged
  line is first tried as a tag written in lower case (CNKI's RefWorks writes ``vo 49``), else it is kept
  as a note (the record's ``annotation``) with a warning. Except in RIS (``wrap_one_line``), where a long
  value does wrap (``ET  - Second`` / ``edition, revised``; a URL cut in two) and both peers, Zotero and
  JabRef, join the next line to it: it continues the field, a URL or DOI without a space.
* After blank lines, a block of tag lines is a new record when it begins with the start tag, when the
  current record does not use start tags (classic refer), or when it repeats a tag the current record
  already has; otherwise (``%X ...`` then a blank line, then ``%W CNKI``) it continues the record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from biblio.errors import InputError
from biblio.importers.base import ImportResult, Problem
from biblio.model import Record

# A tag may be followed directly by CJK text (CNKI writes ``A1林行众``).
CJK_START = r"(?=[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef])"
NOTE_TAG = "\x00note"  # where a stray line after a one-line field is kept


@dataclass(frozen=True, slots=True)
class TagSyntax:
    """How one tagged format marks tags and records."""

    tag_line: re.Pattern[str]  # groups: tag, value
    start: str
    end: str = ""
    blank_ends: bool = True
    joiner: str = " "
    one_line: frozenset[str] = frozenset()
    lower_tag_line: re.Pattern[str] | None = None  # the tag line pattern, case-insensitive
    list_tags: frozenset[str] = frozenset()  # each continuation line is a new item (RIS KW: one keyword a line)
    normalize_tag: Callable[[str], str] = str.strip
    wrap_one_line: frozenset[str] = frozenset()  # one-line tags an untagged line continues (RIS: a wrapped value)
    unspaced: frozenset[str] = frozenset()  # tags whose wrapped parts join without a space (a URL, a DOI)


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

    def tags(self) -> set[str]:
        """The tags present."""
        return {t for t, _, _ in self.fields}

    def raw(self) -> str:
        """The entry as tag/value lines, for problem reports."""
        return "\n".join(f"{t} {v}" for t, v, _ in self.fields)[:2000]


@dataclass(slots=True)
class _Line:
    number: int
    text: str
    tag: str = ""  # "" for an untagged line
    value: str = ""


@dataclass(slots=True)
class _Reader:
    syntax: TagSyntax
    entries: list[TaggedEntry] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    current: TaggedEntry | None = None
    # continuation lines of the current entry's last field, joined once when the field ends (joining each
    # line onto the growing value was quadratic: 100,000 wrapped lines took 6 s)
    pending: list[str] = field(default_factory=list)

    def close(self) -> None:
        self._flush()
        if self.current is not None and self.current.fields:
            self.entries.append(self.current)
        self.current = None

    def read(self, lines: list[_Line]) -> None:
        after_blank = False
        for index, line in enumerate(lines):
            if not line.text.strip():
                after_blank = True
                continue
            if after_blank and self.current is not None and line.tag and self._block_starts_record(lines, index):
                self.close()
            self._feed(line, after_blank)
            after_blank = False
        self.close()

    def _block_starts_record(self, lines: list[_Line], index: int) -> bool:
        """Look at the tag lines of the block starting at ``index`` (up to the next blank line)."""
        syntax = self.syntax
        if not syntax.blank_ends:
            return False
        assert self.current is not None
        if lines[index].tag == syntax.start or syntax.start not in self.current.tags():
            return True
        have = self.current.tags()
        for line in lines[index:]:
            if not line.text.strip():
                break
            if line.tag and (line.tag in have or line.tag == syntax.start):
                return True
        return False

    def _feed(self, line: _Line, after_blank: bool) -> None:
        if line.tag:
            self._tag(line.number, line.tag, line.value)
            return
        last = self.current.fields[-1] if self.current is not None and self.current.fields else None
        if last is None:
            self.problems.append(Problem("text outside any record ignored", line.number, line.text[:200], "warning"))
            return
        tag, value, _ = last
        if tag in self.syntax.one_line and not (tag in self.syntax.wrap_one_line and not after_blank):
            self._after_one_line(line, tag)
            return
        joiner = "\n" if after_blank or tag in self.syntax.list_tags else self.syntax.joiner
        if tag in self.syntax.unspaced:
            joiner = ""
        if not self.pending:
            self.pending.append(value)
        text = line.text.strip()
        self.pending += (separator(self.pending[-1], text, joiner), text)

    def _flush(self) -> None:
        """Write the joined continuation lines into the last field."""
        if self.pending and self.current is not None:
            tag, _, first = self.current.fields[-1]
            self.current.fields[-1] = (tag, "".join(self.pending), first)
        self.pending.clear()

    def _after_one_line(self, line: _Line, previous: str) -> None:
        """An untagged line after a one-line field: a lower-case tag, else a note kept with a warning."""
        pattern = self.syntax.lower_tag_line
        match = pattern.match(line.text) if pattern is not None else None
        if match:
            tag = self.syntax.normalize_tag(match.group(1)).upper()
            self._tag(line.number, tag, (match.group(2) or "").strip())
            return
        assert self.current is not None
        self._flush()
        self.current.fields.append((NOTE_TAG, line.text.strip(), line.number))
        message = f"untagged line after {previous} (a one-line field) kept as a note: {line.text.strip()[:80]}"
        self.problems.append(Problem(message, line.number, line.text[:200], "warning"))

    def _tag(self, number: int, tag: str, value: str) -> None:
        if tag == self.syntax.start:
            self.close()
            self.current = TaggedEntry(number)
        elif tag == self.syntax.end:
            self.close()
            return
        if self.current is None:
            self.current = TaggedEntry(number)
        self._flush()
        self.current.fields.append((tag, value, number))


def join_lines(first: str, second: str, joiner: str = " ") -> str:
    """Join a wrapped line: no space between Chinese characters or after full-width punctuation."""
    return first + separator(first, second, joiner) + second


def separator(before: str, second: str, joiner: str) -> str:
    """What :func:`join_lines` puts between text ending in ``before`` (its last piece will do) and ``second``."""
    if not before or not joiner:
        return ""
    if joiner == "\n":
        return "\n"
    if before[-1] > "\u2e7f" or second[:1] > "\u2e7f":
        return ""
    return joiner


def _lines(text: str, syntax: TagSyntax) -> list[_Line]:
    found = []
    # A byte-order mark inside the text is where two exports were concatenated: it is no character of a value.
    for number, raw in enumerate(text.replace("\ufeff", "").splitlines(), start=1):
        match = syntax.tag_line.match(raw)
        if match:
            found.append(_Line(number, raw, syntax.normalize_tag(match.group(1)), (match.group(2) or "").strip()))
        else:
            found.append(_Line(number, raw))
    return found


def read_entries(text: str, syntax: TagSyntax) -> tuple[list[TaggedEntry], list[Problem]]:
    """Split ``text`` into tagged entries plus problems for stray text."""
    reader = _Reader(syntax)
    reader.read(_lines(text, syntax))
    return reader.entries, reader.problems


Converted = Record | str | tuple[Record, str]


def parse_tagged(text: str, syntax: TagSyntax, convert: Callable[[TaggedEntry], Converted], what: str) -> ImportResult:
    """Entries -> records; ``convert`` returns a record, a message for a bad entry, or a record and a warning."""
    entries, problems = read_entries(text, syntax)
    result = ImportResult(problems=problems)
    for entry in entries:
        if entry.tags() == {syntax.start}:  # a type line and nothing else: no value to keep
            result.problems.append(Problem("empty record skipped", entry.line, entry.raw(), "warning"))
            continue
        made = convert(entry)
        if isinstance(made, str):
            result.problems.append(Problem(made, entry.line, entry.raw()))
        elif isinstance(made, tuple):
            result.records.append(made[0])
            result.problems.append(Problem(made[1], entry.line, entry.raw(), "warning"))
        else:
            result.records.append(made)
    if not result.records and not result.problems and text.strip():
        raise InputError(f"no {what} records found")
    return result
