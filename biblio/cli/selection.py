"""Which records a command works on: all of them, or those a search query matches (in rank order)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from biblio.model import Record

if TYPE_CHECKING:
    from biblio.library import Library

QUERY_LIMIT = 1_000_000


def select_records(library: Library, query: str, order: str = "id") -> Iterator[Record]:
    """All records in ``order`` if ``query`` is empty, else the search hits in rank order."""
    if not query.strip():
        yield from library.records(order=order)
        return
    results = library.search(query, limit=QUERY_LIMIT, snippets=False)
    yield from library.records_by_uid(hit.uid for hit in results.hits)
