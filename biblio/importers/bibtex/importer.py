"""BibTeX and BibLaTeX importer.

Text is split at entry starts (``@type{`` at a line start) and parsed chunk by chunk
(:meth:`BibtexImporter.parse_chunks`), so a 100k-entry file never holds 100k parsed entries at once.
``@string`` macros and ``crossref`` parents are collected from the whole text first, so every chunk
sees them. Line numbers in problems and provenance are absolute (1-based).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from biblio.errors import InputError
from biblio.importers.base import ImportResult, Problem
from biblio.importers.bibtex.macros import Budget, ExpansionLimitError, Macros
from biblio.importers.bibtex.record import IMPORTER_VERSION, entry_to_record, fresh_uids, inherited_fields
from biblio.importers.bibtex.scan import (
    RawEntry,
    ScanResult,
    block_starts,
    collect_macros,
    scan_slices,
)
from biblio.importers.bibtex.sniff import BLOCK_START, sniff_bibtex

_HAS_STRING = re.compile(r"^[ \t]*@[ \t]*string", re.M | re.I)
_CROSSREF = re.compile(r"crossref\s*=\s*[{\"]?\s*([^,}\"\s]+)", re.I)
_ENTRY_HEAD = re.compile(r"^[ \t]*@\w+[ \t]*\{[ \t]*([^,\s]+)[ \t]*,", re.M)
_NO_ENTRIES = "no BibTeX entries found (expected entries such as @article{key, ...})"


class BibtexImporter:
    """BibTeX/BibLaTeX files (``.bib``)."""

    name = "bibtex"
    version = IMPORTER_VERSION
    suffixes: tuple[str, ...] = (".bib", ".bibtex", ".biblatex")

    def sniff(self, text: str) -> float:
        """High when the first non-comment content is ``@type{``; lower if an entry start appears later."""
        return sniff_bibtex(text)

    def parse(self, text: str) -> ImportResult:
        """All records and problems of ``text``."""
        result = ImportResult()
        for part in self.parse_chunks(text):
            result.extend(part)
        return result

    def parse_chunks(self, text: str, chunk_records: int = 2000) -> Iterator[ImportResult]:
        """Parse ``chunk_records`` blocks at a time; InputError if the text holds no entry at all.

        A chunk without records (thousands of ``@string`` definitions before the first entry, or only
        refused entries) is carried into the next, so the first result holds a record whenever the text does.
        """
        starts = block_starts(text)
        if not starts:
            raise InputError(_NO_ENTRIES)
        budget = Budget(len(text))  # macros and crossref copies together: see biblio.importers.bibtex.macros
        macros = collect_macros(text, budget) if _HAS_STRING.search(text) else Macros(budget)
        parents = _crossref_parents(text, macros)
        step = max(1, chunk_records)
        line = text.count("\n", 0, starts[0]) + 1
        found, pending = 0, ImportResult()
        for index in range(0, len(starts), step):
            if index:
                line += text.count("\n", starts[index - step], starts[index])
            chunk = starts[index : index + step]
            end = starts[index + step] if index + step < len(starts) else len(text)
            result = _convert(scan_slices(text, chunk, end, line, macros), parents, budget)
            found += len(result.records) + len(result.problems)
            pending.extend(result)
            if pending.records:
                yield pending
                pending = ImportResult()
        if pending.problems:
            yield pending
        if not found:
            raise InputError(_NO_ENTRIES)


def _convert(scanned: ScanResult, parents: dict[str, RawEntry], budget: Budget) -> ImportResult:
    result = ImportResult()
    for failure in scanned.failures:
        result.problems.append(Problem(failure.message, failure.line, failure.raw))
    for entry, uid in zip(scanned.entries, fresh_uids(len(scanned.entries)), strict=True):
        parent = parents.get(entry.fields["crossref"].strip().lower()) if "crossref" in entry.fields else None
        if parent is not None and not _inherit_within(budget, entry, parent):
            message = f"entry {entry.key} not read: the fields of its crossref {parent.key} would expand to"
            result.problems.append(Problem(f"{message} {budget.describe()}", entry.line, ""))
            continue
        try:
            record = entry_to_record(entry, parent, uid)
        except Exception as exc:  # one odd entry must not stop the import; report it instead
            result.problems.append(Problem(f"could not convert entry: {type(exc).__name__}", entry.line, entry.raw))
            continue
        result.records.append(record)
        for repair in entry.repairs:
            where = f" in {entry.key}" if entry.key else ""
            result.problems.append(Problem(f"{repair}{where}", entry.line, "", severity="warning"))
        if entry.duplicates:
            names = ", ".join(entry.duplicates)
            kept = ", ".join(f"{name}-2" for name in entry.duplicates)
            message = f"duplicate field {names} in {entry.key}: the first value is used (as BibTeX does),"
            message += f" later ones kept as {kept}"
            result.problems.append(Problem(message, entry.line, "", severity="warning"))
    return result


def _inherit_within(budget: Budget, child: RawEntry, parent: RawEntry) -> bool:
    """Charge what ``child`` copies from ``parent``; False when that passes the budget."""
    try:
        budget.charge(sum(len(value) for value in inherited_fields(child, parent).values()))
    except ExpansionLimitError:
        return False
    return True


def _crossref_parents(text: str, macros: dict[str, str]) -> dict[str, RawEntry]:
    """The entries named by some ``crossref`` field, by lower-case key."""
    targets = {m.group(1).lower() for m in _CROSSREF.finditer(text)} if "rossref" in text else set()
    parents: dict[str, RawEntry] = {}
    if not targets:
        return parents
    for head in _ENTRY_HEAD.finditer(text):
        key = head.group(1).lower()
        if key not in targets or key in parents:
            continue
        nxt = BLOCK_START.search(text, head.end())
        stop = nxt.start() if nxt else len(text)
        line = text.count("\n", 0, head.start()) + 1
        for entry in scan_slices(text, [head.start()], stop, line, macros).entries:
            parents[key] = entry
    return parents
