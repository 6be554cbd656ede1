"""The Whoosh index of a library: build, update, search; a rebuildable cache of the store.

Layout of the library's ``index/`` folder::

    current.json      {"schema": SCHEMA_VERSION, "dir": "ix-…", "generation": N}, replaced atomically
    ix-…/             the live Whoosh index named by current.json
    ix-…/ (older)     the previous index, kept until the next rebuild so open readers finish
    tmp-…/            a rebuild in progress (renamed to ix-… when complete), locked while it runs

Leftovers of killed writes (``tmp-…`` folders, Whoosh's temporary files) are removed the first time a
``SearchIndex`` reads the folder, never those of a write still running (:mod:`biblio.search.builds`).

A rebuild writes a fresh index next to the live one and switches ``current.json`` only when it is
complete, so a concurrent search sees either the old or the new index, never a half-built one.
Updates go through one Whoosh writer and one commit; Whoosh's TOC generations keep readers consistent.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from biblio.errors import LibraryError
from biblio.model import Record
from biblio.search.schema import SCHEMA_VERSION, weighting

if TYPE_CHECKING:
    from biblio.search.snippets import SnippetSource

PersonNames = Callable[[Record], list[str]]  # name variants from the person authority, by record
FileTexts = Callable[[Record], str]  # the text of a record's attached files (PDF pages), indexed as full text
SnippetTexts = Callable[[list[str]], "Mapping[str, SnippetSource]"]  # uids -> what each hit's snippet is cut from

STATE_FILE = "current.json"
MULTIPROCESS_THRESHOLD = 5000  # records from which rebuild uses Whoosh's multiprocess writer
WRITE_TIMEOUT = 30.0  # seconds to wait for another process's index writer lock
_PROGRESS_EVERY = 250
# Compound segment files: readers copy each sub-file into memory when they open it (Whoosh's
# BufferFile), which makes opening a searcher or committing at 100k slow, but a reader is then immune
# to a concurrent merge deleting the files. With plain files (False) opening and one-record updates
# were about 2x faster at 10k, but a search racing a merging writer failed once in ~20 runs of
# tests/search/test_concurrency.py (a lazily read, deleted file), so compound it stays.
COMPOUND = True


@dataclass(slots=True)
class Hit:
    """One search result. ``snippet`` marks matched terms with « and » (e.g. "…the «多元平衡外交» of…")."""

    uid: str
    key: str
    score: float
    title: str
    authors: list[str]
    year: int | None
    snippet: str
    page: int | None = None  # the page of an attached file the snippet comes from


@dataclass(slots=True)
class SearchResults:
    """The ranked hits (at most ``limit``), how many records matched in all, and a "did you mean" query.

    ``total`` is exact unless the search was run with ``exact_total=False`` and more records matched
    than were returned; then it is a lower bound and ``exact`` is False.
    """

    hits: list[Hit]
    total: int
    suggestion: str | None = None
    exact: bool = True


@dataclass(frozen=True, slots=True)
class IndexState:
    """What ``current.json`` says."""

    schema: int
    dir: str
    generation: int


class SearchIndex:
    """The full-text index in ``directory`` (the library's ``index/`` folder); opened lazily.

    ``snippet_texts`` gives the abstracts (or full texts) hits' snippets are cut from, by uid
    (:func:`biblio.search.documents.snippet_source` of each record); without it snippets come from titles.
    """

    def __init__(self, directory: Path, snippet_texts: SnippetTexts | None = None) -> None:
        self.directory = Path(directory)
        self.snippet_texts = snippet_texts
        self._ix: Any = None
        self._searcher: Any = None
        self._state: IndexState | None = None
        self._stamp: tuple[int, int, int] | None = None
        self._compiler: Any = None
        self._swept = False

    # -- state -----------------------------------------------------------------------------------
    def _read_state(self) -> IndexState | None:
        """What current.json says, if it names a usable index; the first call also sweeps leftovers."""
        state = self._load_state()
        if not self._swept:
            from biblio.search.builds import sweep

            self._swept = True
            sweep(self.directory, state.dir if state else None)
        return state

    def _load_state(self) -> IndexState | None:
        try:
            data = json.loads((self.directory / STATE_FILE).read_text(encoding="utf-8"))
            state = IndexState(int(data["schema"]), str(data["dir"]), int(data["generation"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None
        if state.schema != SCHEMA_VERSION or "/" in state.dir or state.dir.startswith("."):
            return None
        if not any((self.directory / state.dir).glob("_MAIN_*.toc")):  # folder gone or not a Whoosh index
            return None
        return state

    def _write_state(self, state: IndexState) -> None:
        data = {"schema": state.schema, "dir": state.dir, "generation": state.generation}
        fd, tmp = tempfile.mkstemp(prefix=".current-", suffix=".json", dir=self.directory)
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(tmp, self.directory / STATE_FILE)

    def generation(self) -> int | None:
        """The store generation the index reflects; None if there is no usable index (or another schema)."""
        state = self._read_state()
        return state.generation if state else None

    # -- writing ---------------------------------------------------------------------------------
    def rebuild(
        self,
        records: Iterable[Record],
        total: int,
        generation: int,
        progress: Callable[[int], None] | None = None,
        person_names: PersonNames | None = None,
        *,
        file_texts: FileTexts | None = None,
    ) -> None:
        """Index ``records`` from scratch (``total`` of them) and mark the index as reflecting ``generation``.

        ``progress`` is called with the number of records indexed so far. From MULTIPROCESS_THRESHOLD
        records on, two writer processes build two segments. ``file_texts`` gives the text of each
        record's attached files, indexed with its full text.
        """
        windex = _whoosh_index()

        from biblio.search.builds import LOCK_NAME, BuildFolder
        from biblio.search.schema import build_schema

        self.directory.mkdir(parents=True, exist_ok=True)
        previous = self._read_state()
        build = BuildFolder(self.directory)  # locked until renamed: a sweep never takes it for a dead one
        try:
            ix = windex.create_in(str(build.path), build_schema())
            writer = _writer(ix, total)
            try:
                done = _add_all(writer, records, progress, person_names, file_texts)
                writer.commit()
            except BaseException:
                with contextlib.suppress(Exception):  # the first error is the one to report
                    writer.cancel()  # also stops the writer processes
                raise
            ix.close()
            final = build.path.with_name(f"ix-{time.time_ns():x}")
            build.path.rename(final)
        except BaseException:
            shutil.rmtree(build.path, ignore_errors=True)
            raise
        finally:
            build.release()
        (final / LOCK_NAME).unlink(missing_ok=True)
        self._write_state(IndexState(SCHEMA_VERSION, final.name, generation))
        if progress:
            progress(done)
        self._remove_old({final.name, previous.dir if previous else ""})

    def update(
        self,
        records: Iterable[Record],
        removed_uids: Iterable[str],
        generation: int,
        expected: int | None = None,
        person_names: PersonNames | None = None,
        *,
        file_texts: FileTexts | None = None,
    ) -> None:
        """Add or replace ``records`` and delete ``removed_uids`` with one writer and one commit.

        Does nothing when there is no usable index, or when ``expected`` is given and the index is not
        at that generation (it is stale: the caller should rebuild instead).
        """
        state = self._read_state()
        if state is None or (expected is not None and state.generation != expected):
            return
        windex = _whoosh_index()

        from biblio.search.documents import make_romanizer, record_document

        romanize = make_romanizer()
        docs = [record_document(r, romanize, person_names, file_texts) for r in records]
        reuse = self._ix is not None and self._state is not None and self._state.dir == state.dir
        ix = self._ix if reuse else windex.open_dir(str(self.directory / state.dir))
        try:
            writer = ix.writer(timeout=WRITE_TIMEOUT, compound=COMPOUND)
            try:
                for uid in removed_uids:
                    writer.delete_by_term("uid", uid)
                for doc in docs:
                    writer.update_document(**doc)
            except BaseException:
                writer.cancel()
                raise
            writer.commit()
        finally:
            if not reuse:
                ix.close()
        latest = self._read_state()
        if latest is not None and latest.dir == state.dir:
            self._write_state(replace(latest, generation=generation))

    def _remove_old(self, keep: set[str]) -> None:
        """Delete index folders other than ``keep`` (abandoned builds: :func:`biblio.search.builds.sweep`)."""
        for path in self.directory.iterdir():
            with contextlib.suppress(OSError):  # another process may be cleaning up too
                if path.is_dir() and path.name.startswith("ix-") and path.name not in keep:
                    shutil.rmtree(path, ignore_errors=True)

    # -- searching -------------------------------------------------------------------------------
    def search(self, query: str, limit: int = 20, exact_total: bool = True, snippets: bool = True) -> SearchResults:
        """Run ``query`` (see :mod:`biblio.search.query`); QueryError if malformed, LibraryError if no index.

        Counting every match costs a second pass over the postings (about a third more time for
        common words); pass ``exact_total=False`` when only the top hits matter, and
        ``snippets=False`` when listing many hits without snippets (e.g. a TUI list of 1000).
        """
        from whoosh.index import IndexError as IndexError_  # EmptyIndexError, IndexVersionError

        parsed = self._query_compiler().parse(query)
        for attempt in range(3):
            try:
                return self._run(query, parsed, limit, exact_total, snippets)
            except (OSError, EOFError, IndexError_) as error:  # files replaced under us: reopen and retry
                self._close_searcher()
                if attempt == 2:
                    message = f"cannot read the search index ({error}); run `biblio index --rebuild`"
                    raise LibraryError(message) from error
                time.sleep(0.05)
        raise AssertionError("unreachable")

    def _run(self, text: str, parsed: Any, limit: int, exact_total: bool, snippets: bool) -> SearchResults:
        from biblio.search.counting import count_matches
        from biblio.search.results import make_hit
        from biblio.search.spelling import suggest

        searcher = self._current_searcher()
        analyzer = self._query_compiler().words if snippets else None
        if not parsed.scored:
            return self._filter(searcher, parsed, limit, analyzer)
        results = searcher.search(parsed.query, limit=max(1, limit))
        found = [(hit.fields(), hit.score) for hit in results[:limit]]
        sources = self._snippet_sources([stored["uid"] for stored, _ in found]) if analyzer else {}
        hits = [make_hit(stored, score, parsed, analyzer, sources.get(stored["uid"], "")) for stored, score in found]
        exact = exact_total or results.scored_length() < max(1, limit) or results.has_exact_length()
        if results.has_exact_length():
            total = len(results)
        elif results.scored_length() < max(1, limit):  # the top list never filled: nothing was skipped
            total = results.scored_length()  # (len(results) would still run Whoosh's second pass)
        elif exact:
            total = count_matches(searcher, parsed.query)  # Whoosh's own count is a slow second pass
        else:
            total = max(results.scored_length(), results.estimated_min_length())
        suggestion = suggest(searcher.reader(), text, parsed.words) if total == 0 and parsed.words else None
        return SearchResults(hits=hits, total=total, suggestion=suggestion, exact=exact)

    def _snippet_sources(self, uids: list[str]) -> Mapping[str, SnippetSource]:
        return self.snippet_texts(uids) if self.snippet_texts is not None and uids else {}

    def _filter(self, searcher: Any, parsed: Any, limit: int, analyzer: Any) -> SearchResults:
        """A query without text (year:2010..2015, type:book lang:ru): the first matches in index order.

        Every match scores the same, so ranking would only re-sort them by document number: the
        matching set comes from posting-list set algebra (:mod:`biblio.search.counting`), and its
        first ``limit`` are the hits, instead of scoring each of (at 100k) tens of thousands of matches.
        The count is then exact at no extra cost, whatever ``exact_total`` asked.
        """
        from biblio.search.counting import matching_docnums
        from biblio.search.results import make_hit

        docnums = matching_docnums(searcher, parsed.query)
        stored = [searcher.stored_fields(doc) for doc in docnums[: max(0, limit)]]
        sources = self._snippet_sources([fields["uid"] for fields in stored]) if analyzer else {}
        hits = [make_hit(fields, 1.0, parsed, analyzer, sources.get(fields["uid"], "")) for fields in stored]
        return SearchResults(hits=hits, total=len(docnums))

    def _query_compiler(self) -> Any:
        if self._compiler is None:
            from biblio.search.analyzers import MultiScriptAnalyzer
            from biblio.search.query import QueryCompiler

            self._compiler = QueryCompiler(MultiScriptAnalyzer(stem=True), MultiScriptAnalyzer(stem=False, names=True))
        return self._compiler

    def _current_searcher(self) -> Any:
        """The kept-open searcher, reopened when current.json changes and refreshed after commits."""
        stamp = self._state_stamp()
        if self._searcher is not None and stamp == self._stamp:
            if not self._searcher.up_to_date():
                self._reopen_searcher()
            return self._searcher
        state = self._read_state()
        if state is None:
            raise LibraryError(f"no search index in {self.directory}; run `biblio index --rebuild`")
        if self._searcher is None or self._state is None or state.dir != self._state.dir:
            windex = _whoosh_index()

            self._close_searcher()
            self._ix = windex.open_dir(str(self.directory / state.dir))
            self._searcher = self._ix.searcher(weighting=weighting())
        elif not self._searcher.up_to_date():
            self._reopen_searcher()
        self._state, self._stamp = state, stamp
        return self._searcher

    def _reopen_searcher(self) -> None:
        """A new searcher on the latest commit.

        Not ``Searcher.refresh()``: in Whoosh-Reloaded 2.7.5 it re-adds the old reader's segments
        (``FileIndex._reader(reuse=...)``), so deleted and replaced documents keep turning up.
        """
        old = self._searcher
        self._searcher = self._ix.searcher(weighting=weighting())
        with contextlib.suppress(Exception):
            old.close()

    def _state_stamp(self) -> tuple[int, int, int] | None:
        try:
            st = (self.directory / STATE_FILE).stat()
        except OSError:
            return None
        return (st.st_mtime_ns, st.st_ino, st.st_size)

    def _close_searcher(self) -> None:
        for thing in (self._searcher, self._ix):
            if thing is not None:
                with contextlib.suppress(Exception):
                    thing.close()
        self._searcher = self._ix = None
        self._state = self._stamp = None

    def close(self) -> None:
        """Release the open searcher and index files."""
        self._close_searcher()

    def __enter__(self) -> SearchIndex:
        """Use as a context manager that closes the index."""
        return self

    def __exit__(self, *exc: object) -> None:
        """Close on leaving the block."""
        self.close()


def _whoosh_index() -> Any:
    """``whoosh.index``, with compound segments read in place (see :mod:`biblio.search.zerocopy`)."""
    from whoosh import index

    from biblio.search.zerocopy import install

    install()
    return index


def _writer(ix: Any, total: int) -> Any:
    """The writer of a rebuild: from MULTIPROCESS_THRESHOLD records on, two writer processes (tied to
    this one, see :mod:`biblio.search.workers`) building two segments."""
    options = {"limitmb": 128, "compound": COMPOUND}
    if total >= MULTIPROCESS_THRESHOLD and (os.cpu_count() or 1) > 1:
        from biblio.search.workers import BoundMpWriter

        return BoundMpWriter(ix, procs=2, multisegment=True, **options)
    return ix.writer(**options)


def _add_all(
    writer: Any,
    records: Iterable[Record],
    progress: Callable[[int], None] | None,
    person_names: PersonNames | None = None,
    file_texts: FileTexts | None = None,
) -> int:
    from biblio.search.documents import make_romanizer, record_document

    romanize = make_romanizer()
    done = 0
    for done, record in enumerate(records, 1):
        writer.add_document(**record_document(record, romanize, person_names, file_texts))
        if progress and done % _PROGRESS_EVERY == 0:
            progress(done)
    return done
