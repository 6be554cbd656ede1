"""Search + filter + sort for the list, run from a worker thread.

The worker may not touch the app's SQLite connection (it belongs to the main thread), so this uses
the screen's :class:`~biblio.store.listing.Reader` and a :class:`SearchIndex` of its own; a stale
index is rebuilt through a Library opened in the worker's thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from biblio.config import INDEX_DIR, Config
from biblio.store.listing import ListFilter, Reader

if TYPE_CHECKING:
    from biblio.search.index import SearchIndex

SEARCH_LIMIT = 1000  # hits listed for one query (the count says how many matched in all)
FIRST_PAGE = 200  # rows fetched first so a big library paints before its whole list is read


@dataclass(frozen=True, slots=True)
class QueryOutcome:
    """The rows to list, how many records matched the text query, how many hits were fetched."""

    ids: list[int]
    total: int
    fetched: int
    complete: bool


class Searcher:
    """Runs list queries; owns a search index handle used only by one worker at a time."""

    def __init__(self, config: Config, on_rebuild: Callable[[], None] | None = None) -> None:
        self.config = config
        self.on_rebuild = on_rebuild  # called (in the worker's thread) before a stale index is rebuilt
        self._index: SearchIndex | None = None

    @property
    def index(self) -> SearchIndex:
        """The index handle (opened lazily)."""
        if self._index is None:
            from biblio.search.index import SearchIndex

            self._index = SearchIndex(self.config.library / INDEX_DIR)
        return self._index

    def close(self) -> None:
        """Close the index handle."""
        if self._index is not None:
            self._index.close()

    def ensure_index(self, reader: Reader) -> None:
        """Rebuild the index if it does not reflect the store's latest write."""
        with reader.lock:
            row = reader.db.execute("SELECT value FROM meta WHERE name = 'generation'").fetchone()
        if self.index.generation() == (int(row[0]) if row else 0):
            return
        if self.on_rebuild is not None:
            self.on_rebuild()
        from biblio.library import Library

        with Library(self.config, create=False) as library:
            library.reindex()
        self.close()
        self._index = None

    def ranked(self, reader: Reader, text: str, limit: int) -> tuple[list[str], int]:
        """The uids of the best ``limit`` hits and the total number of matches."""
        self.ensure_index(reader)
        return ranked_uids(self.index, text, limit)

    def first_page(self, reader: Reader, flt: ListFilter, sort: str, size: int = FIRST_PAGE) -> QueryOutcome:
        """The first rows of the unsearched list: painted at once while the whole list loads."""
        ids = reader.ordered_ids(flt, sort, limit=size)
        return QueryOutcome(ids, len(ids), len(ids), len(ids) < size)

    def run(self, reader: Reader, text: str, flt: ListFilter, sort: str, limit: int = SEARCH_LIMIT) -> QueryOutcome:
        """The list for a query text (may be empty), a filter and a sort order."""
        if not text:
            ids = reader.ordered_ids(flt, sort)
            return QueryOutcome(ids, len(ids), len(ids), True)
        uids, total = self.ranked(reader, text, limit)
        ids = reader.ordered_ids(flt, sort, uids)
        return QueryOutcome(ids, total, len(uids), len(uids) >= total)


def ranked_uids(index: SearchIndex, text: str, limit: int) -> tuple[list[str], int]:
    """The uids of the best ``limit`` matches and the number of matches, without building snippets.

    ``SearchIndex.search`` makes a snippet per hit (about 0.5 ms each), too slow for a list of a
    thousand hits per keystroke. Until the index offers ``ranked_uids`` itself, this asks its
    searcher directly and falls back to ``search`` if that fails.
    """
    fast = getattr(index, "ranked_uids", None)
    if fast is not None:
        uids, total = fast(text, limit)
        return list(uids), int(total)
    try:
        parsed = index._query_compiler().parse(text)
        searcher = index._current_searcher()
        results = searcher.search(parsed.query, limit=max(limit, 1))
        ranked = (results.docnum(i) for i in range(results.scored_length()))  # best first
        return [str(searcher.stored_fields(doc)["uid"]) for doc in ranked], len(results)
    except (OSError, EOFError, AttributeError):
        found = index.search(text, limit)
        return [hit.uid for hit in found.hits], found.total
