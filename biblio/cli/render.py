"""Rendering records and reports for the terminal (rich is imported lazily)."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, TextIO

from biblio.model import Record

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from biblio.library import Library

RECORD_FORMATS = ("table", "csl-json", "biblatex", "bibtex")
PROGRESS_THRESHOLD = 300


def format_records(
    records: Iterable[Record], fmt: str, library: Library, warn: Callable[[str], None] | None = None
) -> str:
    """Records in one of the export formats (``biblatex``, ``bibtex``, ``csl-json``); ``warn`` hears of kept
    BibTeX values written otherwise than they came (:func:`biblio.export.bibtex.format_bibtex`)."""
    if fmt == "csl-json":
        from biblio.export.csl_json import format_csl_json

        return format_csl_json(records, key_of=library.key_of)
    from biblio.export.bibtex import format_bibtex

    return format_bibtex(records, dialect=fmt, key_of=library.key_of, warn=warn)


def authors_short(record: Record, limit: int = 2) -> str:
    """First authors for a table cell ("张宁", "Brzezinski, Zbigniew et al.")."""
    names = record.authors or record.editors
    shown = "; ".join(n.display() for n in names[:limit])
    return f"{shown} et al." if len(names) > limit else shown


def print_table(records: Iterable[Record], out: TextIO) -> int:
    """A table of records (key, authors, year, title, type, language); returns the number of rows."""
    from rich.console import Console
    from rich.table import Table

    table = Table(show_edge=False, pad_edge=False, expand=False)
    for column in ("key", "author", "year", "title", "type", "lang"):
        table.add_column(column, overflow="fold" if column == "title" else "ellipsis", no_wrap=column != "title")
    count = 0
    for record in records:
        table.add_row(
            record.key,
            authors_short(record),
            str(record.year or ""),
            record.main_title(),
            record.type.value,
            record.language,
        )
        count += 1
    Console(file=out, soft_wrap=False, width=None if out.isatty() else 160).print(table)
    return count


def print_json(data: object, out: TextIO) -> None:
    """Pretty JSON with Unicode kept readable."""
    out.write(json.dumps(data, ensure_ascii=False, indent=2))
    out.write("\n")


class ProgressBar:
    """A ``(done, total)`` callback showing a rich progress bar on stderr once the total is large."""

    def __init__(self, label: str) -> None:
        self.label = label
        self._bar: Progress | None = None
        self._task: TaskID | None = None

    def __call__(self, done: int, total: int) -> None:
        if total < PROGRESS_THRESHOLD or not sys.stderr.isatty():
            return
        if self._bar is None:
            from rich.progress import Progress

            self._bar = Progress(transient=True)
            self._bar.start()
            self._task = self._bar.add_task(self.label, total=total)
        if self._task is not None:
            self._bar.update(self._task, completed=done, total=total)

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None


@contextmanager
def progress_bar(label: str) -> Iterator[ProgressBar]:
    """A :class:`ProgressBar` that is closed on exit."""
    bar = ProgressBar(label)
    try:
        yield bar
    finally:
        bar.close()
