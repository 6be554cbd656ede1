"""Split BibTeX text into raw entries: type, key, fields with their LaTeX values, line numbers.

bibtexparser v2's ``Splitter`` is the reference parser. Because it costs ~80 µs per entry, each
entry is first tried by a small scanner that accepts only the plain form (``name = {value}`` or
``name = number``); anything else (quotes, ``#`` concatenation, parentheses, errors) goes to the
Splitter, so both agree by construction (a property test checks it). ``@string`` macros are
collected from the whole text first, so every chunk of a streamed import sees them all.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from typing import Any

from biblio.errors import InputError
from biblio.importers.bibtex.macros import Budget, ExpansionLimitError, Macros, evaluate, expand_word
from biblio.importers.bibtex.repair import repair_entry
from biblio.importers.bibtex.sniff import BLOCK_START

_LINE_START = re.compile(r"\n[ \t]*@\w*[ \t]*[{(]")
_FIRST_START = re.compile(r"[ \t]*@\w*[ \t]*[{(]")
_HEAD = re.compile(r"[ \t]*@[ \t]*(\w+)[ \t]*\{([^,{}\"=\n]*),")
_FIELD = re.compile(r"\s*([^\s=,{}\"#@]+)\s*=\s*")
_PLAIN_FIELD = re.compile(r"\s*([^\s=,{}\"#@]+)\s*=\s*\{([^{}]*(?<!\\))\}\s*([,}])")
_END = re.compile(r"\s*\}")
_SEP = re.compile(r"\s*([,}])")
_BARE = re.compile(r"[A-Za-z0-9_.:+/'-]+")
_BRACE = re.compile(r"(?<!\\)[{}]")
_INNER_START = re.compile(r"@\w*[ \t]*[{(]")
_STRING_START = re.compile(r"^[ \t]*@[ \t]*string[ \t]*[{(]", re.M | re.I)
_SKIPPED = frozenset({"comment", "string", "preamble"})
_FIELDISH = re.compile(r"(?m)^[ \t,]*([A-Za-z][\w-]*)[ \t]*=[ \t]*[{\"\d]")


@dataclass(slots=True)
class RawEntry:
    """One entry as written: ``fields`` maps lower-case names to LaTeX values (enclosing removed)."""

    type: str
    key: str
    fields: dict[str, str]
    line: int
    raw: str
    duplicates: tuple[str, ...] = ()
    repairs: tuple[str, ...] = ()  # faults repaired to read the entry (biblio.importers.bibtex.repair)


@dataclass(slots=True)
class Failure:
    """A block that could not be parsed."""

    message: str
    line: int
    raw: str


@dataclass(slots=True)
class ScanResult:
    """What one chunk of text holds."""

    entries: list[RawEntry] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


def block_starts(text: str) -> list[int]:
    """Offsets of every line-start ``@name{`` in ``text``."""
    first = [0] if _FIRST_START.match(text) else []
    return first + [m.start() + 1 for m in _LINE_START.finditer(text)]  # a literal "\n" prefix is searched fast


def collect_macros(text: str, budget: Budget | None = None) -> Macros:
    """The ``@string`` macros of the whole text (lower-case names), later definitions winning.

    InputError when the macros expand past ``budget`` (by default the budget of a parse of ``text``).
    """
    macros = Macros(budget or Budget(len(text)))
    for match in _STRING_START.finditer(text):
        nxt = BLOCK_START.search(text, match.end())
        block = text[match.start() : nxt.start() if nxt else len(text)]
        for item in _split_blocks(block):
            if type(item).__name__ == "String":
                name = str(item.key).lower()
                try:
                    macros[name] = evaluate(str(item.value), macros, strip=False)
                except ExpansionLimitError as exc:
                    line = text.count("\n", 0, match.start()) + 1
                    raise InputError(f"line {line}: @string {name} would expand the macros to {exc}; refused") from None
    return macros


def scan_slices(text: str, starts: list[int], end: int, first_line: int, macros: dict[str, str]) -> ScanResult:
    """Scan the blocks beginning at ``starts`` (offsets into ``text``) up to ``end``.

    ``first_line`` is the 1-based line number of ``starts[0]``.
    """
    result = ScanResult()
    line = first_line
    budget = macros.budget if isinstance(macros, Macros) else None
    for index, start in enumerate(starts):
        if index:
            line += text.count("\n", starts[index - 1], start)
        stop = starts[index + 1] if index + 1 < len(starts) else end
        piece = text[start:stop]
        left, count = budget.left if budget else 0, len(result.entries)
        try:
            _scan_piece(piece, line, macros, result)
        except ExpansionLimitError as exc:  # the entry is refused; what it had taken is given back
            if budget:
                budget.left = left
            del result.entries[count:]
            result.failures.append(Failure(f"entry not read: its @string macros would expand to {exc}", line, ""))
    return result


def _scan_piece(piece: str, line: int, macros: dict[str, str], result: ScanResult) -> None:
    entry = _fast_entry(piece, line, macros)
    if entry is None:
        _slow_slice(piece, line, macros, result)
    elif entry.type not in _SKIPPED:
        result.entries.append(entry)


def _fast_entry(piece: str, line: int, macros: dict[str, str]) -> RawEntry | None:
    """The entry in ``piece`` if it has the plain form, else None (the Splitter decides)."""
    head = _HEAD.match(piece)
    if head is None:
        return None
    etype = head.group(1).lower()
    if etype in _SKIPPED:
        return RawEntry(etype, "", {}, line, "") if etype in {"comment", "string"} else None
    fields: dict[str, str] = {}
    end = _fast_fields(piece, head.end(), macros, fields)
    if end < 0 or _INNER_START.search(piece, end):
        return None
    return RawEntry(etype, head.group(2).strip(), fields, line, piece[:end])


def _fast_fields(piece: str, pos: int, macros: dict[str, str], fields: dict[str, str]) -> int:
    """Read fields into ``fields`` up to the closing brace; its end offset, or -1 to decline."""
    while True:
        while (plain := _PLAIN_FIELD.match(piece, pos)) is not None:  # match, not finditer: no search ahead
            written, value, sep = plain.groups()
            name = written.lower()
            if name in fields:
                return -1  # duplicate field: the Splitter reports it
            fields[name] = value.strip()
            pos = plain.end() if sep == "," else plain.end() - 1
        m = _FIELD.match(piece, pos)
        if m is None:
            closing = _END.match(piece, pos)
            return closing.end() if closing else -1
        parsed = _value(piece, m.end(), macros)
        sep = _SEP.match(piece, parsed[1]) if parsed else None
        if parsed is None or sep is None:
            return -1
        name = m.group(1).lower()
        if name in fields:
            return -1
        fields[name] = parsed[0]
        pos = sep.end() if sep.group(1) == "," else sep.start()


def _value(piece: str, pos: int, macros: dict[str, str]) -> tuple[str, int] | None:
    """The value starting at ``pos`` and the offset after it, for ``{...}`` and bare words only."""
    if pos >= len(piece):
        return None
    first = piece[pos]
    if first == "{":
        close = piece.find("}", pos + 1)
        if close > 0 and piece[close - 1] != "\\" and piece.find("{", pos + 1, close) < 0:
            return piece[pos + 1 : close].strip(), close + 1
        end = _balanced_end(piece, pos)
        return None if end is None else (piece[pos + 1 : end].strip(), end + 1)
    bare = _BARE.match(piece, pos)
    if bare is None:
        return None
    return expand_word(bare.group(), macros), bare.end()


def _balanced_end(text: str, pos: int) -> int | None:
    depth = 0
    for match in _BRACE.finditer(text, pos):
        if match.group() == "{":
            depth += 1
            continue
        depth -= 1
        if depth == 0:
            return match.start()
    return None


def _slow_slice(piece: str, line: int, macros: dict[str, str], result: ScanResult) -> None:
    """Parse ``piece`` with bibtexparser's Splitter; failures become :class:`Failure` values.

    A refused entry is tried once more after :func:`repair_entry` (missing key, stray commas).
    """
    blocks = _split_or_fail(piece, line, result)
    if blocks and _refused(blocks):
        repaired, repairs = repair_entry(piece)
        again = _split_or_fail(repaired, line, ScanResult()) if repairs else None
        if again and not _refused(again):
            start = len(result.entries)
            for block in again:
                _take_block(block, line, macros, result)
            for entry in result.entries[start:]:
                entry.repairs = tuple(repairs)
            return
    for block in blocks or ():
        _take_block(block, line, macros, result)


def _refused(blocks: list[Any]) -> bool:
    """The Splitter refused an entry, or closed one early: fields after its end read as a comment (a stray
    ``}`` in a value ends the entry there; Scopus's abstracts have them)."""
    return any(type(b).__name__ == "ParsingFailedBlock" or _cut_fields(b) for b in blocks)


def _cut_fields(block: Any) -> list[str]:
    """The field names in an implicit comment: an entry's fields left behind by its early end."""
    if type(block).__name__ != "ImplicitComment":
        return []
    return _FIELDISH.findall(str(getattr(block, "comment", "") or getattr(block, "raw", "") or ""))


def _split_or_fail(piece: str, line: int, result: ScanResult) -> list[Any] | None:
    try:
        return _split_blocks(piece)
    except Exception as exc:  # the Splitter raises on states it considers bugs; keep going
        result.failures.append(Failure(f"unparsable entry ({type(exc).__name__})", line, piece.strip()))
        return None


def _take_block(block: Any, line: int, macros: dict[str, str], result: ScanResult) -> None:
    kind = type(block).__name__
    where = line + int(block.start_line or 0)
    if kind == "Entry":
        result.entries.append(_from_entry(block, where, macros))
    elif kind in ("DuplicateFieldKeyBlock", "DuplicateBlockKeyBlock"):
        inner = block.ignore_error_block
        if type(inner).__name__ == "Entry":
            entry = _from_entry(inner, where, macros)
            entry.duplicates = tuple(sorted(getattr(block, "duplicate_keys", ())))
            result.entries.append(entry)
    elif (cut := _cut_fields(block)) and result.entries:
        names = ", ".join(dict.fromkeys(cut))
        entry = result.entries[-1]
        entry.repairs += (f"fields after the entry's early end (an unbalanced brace?) not read: {names}",)
    elif kind in ("ParsingFailedBlock", "MiddlewareErrorBlock"):
        reason = str(getattr(block.error, "abort_reason", "") or block.error)
        result.failures.append(Failure(f"malformed BibTeX entry: {reason.strip()}", where, str(block.raw or "")))


def _from_entry(entry: Any, line: int, macros: dict[str, str]) -> RawEntry:
    """A parsed entry; a repeated field's later values are kept as ``<name>-2``, ``<name>-3``, …

    BibTeX and biber read only the first value of a repeated field; the later ones (a second ``file``
    attachment, a corrected title) are kept under those names so nothing is lost (the importer warns).
    """
    fields: dict[str, str] = {}
    for item in entry.fields:
        name = str(item.key).lower()
        if name in fields:
            name = next(f"{name}-{n}" for n in range(2, len(fields) + 3) if f"{name}-{n}" not in fields)
        fields[name] = evaluate(str(item.value), macros)
    return RawEntry(str(entry.entry_type).lower(), str(entry.key), fields, line, str(entry.raw or ""))


def _split_blocks(text: str) -> list[Any]:
    from bibtexparser.splitter import Splitter  # lazy: only for entries the fast path declines

    logger = logging.getLogger("bibtexparser")
    if not logger.handlers:  # its warnings would go to stderr; our problems report them instead
        logger.addHandler(logging.NullHandler())

    blocks: list[Any] = Splitter(text).split().blocks
    return blocks
