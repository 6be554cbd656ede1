"""Search + filter + sort for the list, run from a worker thread.

The worker may not touch the app's SQLite connection (it belongs to the main thread), so this uses
the screen's :class:`~biblio.library.browsing.Reader` and a :class:`SearchIndex` of its own; a stale
index is rebuilt through a Library opened in the worker's thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from biblio.config import INDEX_DIR, Config
from biblio.library.browsing import ListFilter, Reader

if TYPE_CHECKING:
    from biblio.search.index import SearchIndex

SEARCH_LIMIT = 1000  # hits listed for one query (the count says how many matched in all)
QUICK_LIMIT = 100  # hits of the first, fast pass of a search as you type
FIRST_PAGE = 200  # rows fetched first so a big library paints before its whole list is read


@dataclass(frozen=True, slots=True)
class QueryOutcome:
    """The rows to list, how many records matched the text query, how many hits were fetched.

    ``exact`` is False when ``total`` is the index's quick estimate (the first, fast pass of a search).
    """

    ids: list[int]
    total: int
    fetched: int
    complete: bool
    exact: bool = True


@dataclass(frozen=True, slots=True)
class Ranked:
    """Search hits as uids, best first, with the number of matches (estimated unless ``exact``)."""

    uids: list[str]
    total: int
    exact: bool


class Searcher:
    """Runs list queries; owns a search index handle, used by one worker thread at a time."""

    def __init__(self, config: Config, on_rebuild: Callable[[], None] | None = None) -> None:
        self.config = config
        self.on_rebuild = on_rebuild  # called (in the worker's thread) before a stale index is rebuilt
        self._index: SearchIndex | None = None
        self._lock = threading.Lock()

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
        if self.index.generation() == reader.generation():
            return
        if self.on_rebuild is not None:
            self.on_rebuild()
        from biblio.library import Library

        with Library(self.config, create=False) as library:
            library.reindex()
        self.close()
        self._index = None

    def first_page(self, reader: Reader, flt: ListFilter, sort: str, size: int = FIRST_PAGE) -> QueryOutcome:
        """The first rows of the unsearched list: painted at once while the whole list loads."""
        ids = reader.ordered_ids(flt, sort, limit=size)
        return QueryOutcome(ids, len(ids), len(ids), len(ids) < size)

    def run(
        self, reader: Reader, text: str, flt: ListFilter, sort: str, limit: int = SEARCH_LIMIT, *, quick: bool = False
    ) -> QueryOutcome:
        """The list for a query text (may be empty), a filter and a sort order.

        ``quick`` fetches only the best QUICK_LIMIT hits with an estimated count: the first pass of a
        search as you type; the full pass follows.
        """
        if not text:
            ids = reader.ordered_ids(flt, sort)
            return QueryOutcome(ids, len(ids), len(ids), True)
        with self._lock:
            self.ensure_index(reader)
            found = ranked_uids(self.index, text, QUICK_LIMIT if quick else limit, exact=not quick)
        ids = reader.ordered_ids(flt, sort, found.uids)
        complete = found.exact and len(found.uids) >= found.total
        return QueryOutcome(ids, found.total, len(found.uids), complete, found.exact)


def ranked_uids(index: SearchIndex, text: str, limit: int, *, exact: bool = True) -> Ranked:
    """The uids of the best ``limit`` matches and the number of matches, without building snippets.

    With ``exact=False`` the count may be a lower bound. No snippets: one per hit costs about
    0.1 ms, too much for a list of a thousand hits per keystroke at 100k records.
    """
    found = index.search(text, limit, exact_total=exact, snippets=False)
    return Ranked([hit.uid for hit in found.hits], found.total, found.exact)
