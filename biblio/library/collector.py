"""Fewer young-generation garbage collections while an import runs.

An import allocates millions of small objects (entries, records, names, JSON dicts) that live until their
chunk is written. With CPython's default threshold (a collection every 700 allocations) the collector
scans them again and again: 7 % of the CPU of a 7,166-entry BibTeX add through :meth:`Library.add_file`
(docs/benchmarks.md, issue 12). The CLI raises the threshold for its whole process
(``biblio.cli.main.GC_THRESHOLDS``); the library raises it for the length of an import, so the TUI and
other callers get the same, and leaves a higher threshold (the CLI's) alone.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

IMPORT_THRESHOLD = 20_000  # allocations between young-generation collections while importing


@contextmanager
def fewer_collections(threshold: int = IMPORT_THRESHOLD) -> Iterator[None]:
    """Raise the young generation's threshold to ``threshold`` inside the block, then put the old one back.

    The old thresholds come back only if nobody changed them meanwhile (a nested or concurrent import
    that found them raised leaves them as they are).
    """
    before = gc.get_threshold()
    if before[0] >= threshold:
        yield
        return
    ours = (threshold, *before[1:])
    gc.set_threshold(*ours)
    try:
        yield
    finally:
        if gc.get_threshold() == ours:
            gc.set_threshold(*before)
