"""The facade the front ends call: add, get, update, remove, export, check, search, reindex.

Returns report objects and records; never prints. Every write is one :meth:`Library.transaction`
(imports of large files commit in chunks, each chunk atomic, inside one :meth:`Library.batch`). After
the outermost COMMIT the registered hooks (:mod:`biblio.library.aftercommit`) run once: translation
detection, the search index, the auto-exports; a rolled-back transaction triggers none of them. The
index repairs itself when it finds it is stale.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from biblio.config import DB_NAME, INDEX_DIR, Config
from biblio.errors import InputError, LibraryError, UnknownKeyError
from biblio.importers.base import ImportResult, iter_parse
from biblio.importers.decode import decode_text
from biblio.importers.pdf import is_pdf
from biblio.importers.registry import choose_importer
from biblio.inputs import read_file
from biblio.library.aftercommit import AfterCommit, link_translations, refresh_exports, sync_index
from biblio.library.attachments import new_files_removed_on_failure
from biblio.library.collector import fewer_collections
from biblio.library.ingest import Ingest
from biblio.model import Provenance, Record
from biblio.reports import AddReport, CheckReport
from biblio.store import Store, integrity
from biblio.store import records as rows
from biblio.store.clock import utc_now
from biblio.store.sources import is_kept, keep_source, verify_sources

if TYPE_CHECKING:
    from biblio.library.adding import AddOptions
    from biblio.search.index import SearchIndex, SearchResults
    from biblio.search.snippets import SnippetSource

# Imports up to this size, into libraries up to CAREFUL_LIBRARY_LIMIT records, get duplicate warnings and
# translation/person linking (costly per record, and the first linking syncs every record with the authority);
# bulk imports and big libraries skip them: run `biblio dedup` and `biblio link --detect` by hand.
CAREFUL_IMPORT_LIMIT = 2000
CAREFUL_LIBRARY_LIMIT = 20000
Progress = Callable[[int, int], None]  # (done, total)


def sort_name(record: Record) -> str:
    """:func:`biblio.names.sorting.sort_name`, importing the names package only for a record with an author."""
    if record.first_author() is None:
        return ""
    from biblio.names.sorting import sort_name as romanized_sort_name

    return romanized_sort_name(record)


@dataclass(frozen=True)
class _Source:
    """One source document being imported, and how carefully (duplicate warnings, translation links)."""

    data: bytes
    origin: str
    importer: str
    version: str
    careful: bool
    total_hint: int


class Library:
    """A library directory: ``biblio.sqlite3``, ``sources/`` (kept originals), ``files/``, ``index/``."""

    def __init__(self, config: Config, *, create: bool = True) -> None:
        self.config = config
        self.root = config.library
        db_path = self.root / DB_NAME
        if not db_path.exists():
            if not create:
                raise LibraryError(f"no library at {self.root} (create one with `biblio add`)")
            if self.root.exists() and not self.root.is_dir():
                raise LibraryError(f"library path {self.root} is not a directory")
            self.root.mkdir(parents=True, exist_ok=True)
        self.store = Store(db_path)
        self._index: SearchIndex | None = None
        self.index_warning = ""
        # None: a write refreshes the auto-exports before it returns (the CLI). A front end that must not
        # wait (the TUI) sets a callable taking (changed uids, removed uids) and runs the refresh later.
        self.defer_export_refresh: Callable[[list[str], list[str]], None] | None = None
        # uids an import wants checked for translation links once it is committed (see link_translations)
        self.detect_translations: set[str] = set()
        self.hooks = AfterCommit()
        self.hooks.register(partial(link_translations, self), writes=True)
        self.hooks.register(partial(sync_index, self))  # before the exports: a query export searches
        self.hooks.register(partial(refresh_exports, self))
        self.store.after_commit.append(self.hooks.committed)

    def close(self) -> None:
        """Close the store and the index."""
        if self._index is not None:
            self._index.close()
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """A write transaction (a savepoint when nested); rolled back if the block raises.

        After the outermost COMMIT the after-commit hooks run once, on the records it changed.
        """
        return self.store.transaction()

    def batch(self) -> AbstractContextManager[None]:
        """Several transactions whose after-commit hooks run once, when the batch ends (even by an error)."""
        return self.hooks.batch()

    def add(self, source: str, options: AddOptions | None = None) -> AddReport:
        """Import a file, ``-`` (stdin), URL, DOI or ``isbn:…`` (:mod:`biblio.library.adding` routes it)."""
        from biblio.library.adding import add_source

        return add_source(self, source, options)

    # ---- import -------------------------------------------------------------------------------
    def add_file(
        self, path: Path, fmt: str = "", progress: Progress | None = None, *, offline: bool = False
    ) -> AddReport:
        """Import one file (format sniffed from content unless ``fmt`` names it; a PDF becomes an attachment)."""
        return self.add_bytes(read_source(path), str(path), fmt=fmt, progress=progress, offline=offline)

    def add_bytes(
        self, data: bytes, origin: str, fmt: str = "", progress: Progress | None = None, *, offline: bool = False
    ) -> AddReport:
        """Import a source document given as bytes; ``origin`` is its path or URL (or ``-``).

        A PDF (sniffed by its ``%PDF-`` header) is kept as an attachment of its record
        (:func:`biblio.library.pdfs.add_pdf`; ``offline`` stops its DOI lookup).
        """
        if not data.strip():
            raise InputError(f"{origin}: empty input")
        if is_pdf(data[:1024]):
            from biblio.library.pdfs import add_pdf

            return add_pdf(self, data, origin, offline=offline)
        decoded = decode_text(data, origin)  # a few undecodable bytes are replaced, with a warning
        text = decoded.text
        importer = choose_importer(text, suffix=Path(origin).suffix, name=fmt)
        total_hint = text.count("\n@")
        report = self.add_parsed(
            iter_parse(importer, text),
            data,
            origin,
            importer.name,
            version=importer.version,
            progress=progress,
            total_hint=total_hint,
        )
        report.warnings[:0] = [decoded.warning(origin)] if decoded.replaced else []
        return report

    def add_parsed(
        self,
        results: Iterable[ImportResult],
        data: bytes,
        origin: str,
        importer: str,
        *,
        version: str = "",
        progress: Progress | None = None,
        total_hint: int = 0,
    ) -> AddReport:
        """Store what an importer (or a network lookup) made of ``data``; the raw bytes are kept as the source.

        Each result is written in its own transaction. If the first result holds no record, nothing is
        written and InputError names the first problem.
        """
        with fewer_collections():
            chunks = iter(results)
            first = next(chunks, ImportResult())
            if not first.records:
                detail = first.problems[0].describe() if first.problems else "no records found"
                raise InputError(f"{origin}: {detail}")
            report = AddReport(formats=[importer])
            careful = max(total_hint, len(first.records)) <= CAREFUL_IMPORT_LIMIT
            careful = careful and self.count() <= CAREFUL_LIBRARY_LIMIT
            source = _Source(data, origin, importer, version, careful, total_hint)
            with self.batch():
                self._ingest(first, chunks, source, report, progress)
        return report

    def _ingest(
        self,
        first: ImportResult,
        rest: Iterator[ImportResult],
        source: _Source,
        report: AddReport,
        progress: Progress | None,
    ) -> None:
        """Write the results chunk by chunk (one transaction each); ask for translation links if careful.

        The source is kept in the transaction of the first records: if they fail, neither row nor file stays.
        """
        now, hint, origin = utc_now(), source.total_hint, source.origin
        with new_files_removed_on_failure(self.root) as created, self.transaction() as db:
            new_source = not is_kept(db, source.data)
            source_id, source_path = keep_source(
                db, self.root, source.data, origin=origin, importer=source.importer, version=source.version, now=now
            )
            if new_source:
                created.append(self.root / source_path)
            context = Provenance(source.importer, source.version, origin, source_path, "", now)
            ingest = Ingest(db, now, self.config.key_pattern, sort_name, source_id, context, report)
            ingest.check_duplicates = source.careful
            ingest.write(first.records)
        done = _noted(first, origin, report, 0, progress=progress, total_hint=hint)
        for result in rest:
            with self.transaction():
                ingest.write(result.records)
            done = _noted(result, origin, report, done, progress=progress, total_hint=hint)
        ingest.finish()
        if source.careful:
            self.detect_translations.update(ingest.changed)

    # ---- read ---------------------------------------------------------------------------------
    def get(self, key: str) -> Record:
        """The record with this citation key."""
        found = next(rows.load_records(self.store.db, "key = ?", (key,)), None)
        if found is None:
            raise UnknownKeyError(f"no record with key {key!r}")
        return found

    def get_uid(self, uid: str) -> Record | None:
        """The record with this uid, if any."""
        return next(rows.load_records(self.store.db, "uid = ?", (uid,)), None)

    def records_by_uid(self, uids: Iterable[str]) -> Iterator[Record]:
        """The records with these uids, in the given order (unknown uids are skipped); loaded in batches."""
        uids = list(uids)
        for start in range(0, len(uids), 500):
            chunk = uids[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found = {r.uid: r for r in rows.load_records(self.store.db, f"uid IN ({marks})", tuple(chunk))}
            yield from (found[uid] for uid in chunk if uid in found)

    def records(self, keys: Iterable[str] | None = None, order: str = "id") -> Iterator[Record]:
        """All records (or those with the given keys, in that order; unknown keys raise)."""
        if keys is None:
            yield from rows.load_records(self.store.db, order=order)
            return
        for key in keys:
            yield self.get(key)

    def count(self) -> int:
        """The number of records."""
        return self.store.count()

    def key_of(self, uid: str) -> str | None:
        """The citation key of the record with this uid."""
        return rows.key_of_uid(self.store.db, uid)

    def cited_by(self, uid: str) -> list[str]:
        """The uids of records citing ``uid``."""
        return rows.citing_uids(self.store.db, uid)

    # ---- write --------------------------------------------------------------------------------
    def save(self, record: Record) -> None:
        """Write an edited record back (matched by uid); its links are replaced by ``record.links``.

        The record was read earlier: a change another process committed in between is overwritten. For
        read-modify-write use :meth:`update`.
        """
        with self.transaction() as db:
            row = rows.row_for_uid(db, record.uid)
            if row is None:
                raise UnknownKeyError(f"no record with uid {record.uid}")
            if record.key != row.key and rows.key_in_use(db, record.key):
                raise InputError(f"key {record.key!r} is already used by another record")
            rows.replace_record(db, row.id, record, author_sort=sort_name(record), now=utc_now())
            rows.delete_links_from(db, row.id)
            missing = rows.write_links(db, row.id, record.links)
            if missing:
                raise InputError(f"link target {missing[0].target} is not in the library")

    def update(self, key: str, change: Callable[[Record], Record]) -> Record:
        """Read the record, apply ``change`` and write it back, all inside ONE write transaction.

        The transaction takes the write lock before reading (BEGIN IMMEDIATE), so concurrent updates of
        the same record (other processes, other fields) wait for each other instead of losing each other.
        ``change`` may raise to abandon the update (nothing is written). Returns the record as written.
        """
        with self.transaction():
            edited = change(self.get(key))
            self.save(edited)
        return edited

    def remove(self, keys: Iterable[str]) -> list[str]:
        """Delete records by key (all or nothing); returns the keys removed."""
        keys = list(keys)
        with self.transaction() as db:
            found = []
            for key in keys:
                row = rows.row_for_key(db, key)
                if row is None:
                    raise UnknownKeyError(f"no record with key {key!r}")
                found.append(row)
            rows.delete_records(db, [r.id for r in found])
        return keys

    # ---- maintenance --------------------------------------------------------------------------
    def check(self) -> CheckReport:
        """Integrity of the database, the kept sources and the records' references to them."""
        db = self.store.db
        report = CheckReport(records=self.count())
        report.sources = integrity.count_sources(db)
        report.problems += integrity.database_problems(db)
        from biblio.store.files import count_files, verify_files

        report.problems += verify_sources(db, self.root)
        report.problems += verify_files(db, self.root)
        report.files = count_files(db)
        report.problems += integrity.record_row_problems(db)
        return report

    # ---- search -------------------------------------------------------------------------------
    @property
    def index(self) -> SearchIndex:
        """The full-text index (opened lazily)."""
        if self._index is None:
            from biblio.search.index import SearchIndex

            self._index = SearchIndex(self.root / INDEX_DIR, snippet_texts=self._snippet_texts)
        return self._index

    def _snippet_texts(self, uids: list[str]) -> dict[str, SnippetSource]:
        """What search snippets are cut from (abstracts, then pages of attached files), read for the hits shown."""
        from biblio.library.filetext import page_passages, uids_with_pages
        from biblio.search.documents import snippet_source
        from biblio.search.snippets import Passage

        with_pages = uids_with_pages(self, uids)
        return {
            record.uid: chain([Passage(snippet_source(record))], page_passages(self, record.uid))
            if record.uid in with_pages
            else snippet_source(record)
            for record in self.records_by_uid(uids)
        }

    def index_is_current(self) -> bool:
        """True when the index reflects the store's latest write."""
        return self.index.generation() == self.store.generation()

    def reindex(self, progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the full-text index from the store; returns the number of records indexed."""
        from biblio.authority import variant_lookup
        from biblio.library.filetext import file_text_source

        total = self.count()
        generation = self.store.generation()
        names, texts = variant_lookup(self.store.db, bulk=True), file_text_source(self)
        self.index.rebuild(self.records(), total, generation, progress, names, file_texts=texts)
        return total

    def search(self, query: str, limit: int = 20, *, exact_total: bool = True, snippets: bool = True) -> SearchResults:
        """Ranked full-text search; a stale index is rebuilt first (options: :meth:`SearchIndex.search`)."""
        if not self.index_is_current():
            self.reindex()
        return self.index.search(query, limit, exact_total=exact_total, snippets=snippets)


def _chain(first: ImportResult, rest: Iterator[ImportResult]) -> Iterator[ImportResult]:
    yield first
    yield from rest


def _noted(
    result: ImportResult, origin: str, report: AddReport, done: int, *, progress: Progress | None, total_hint: int
) -> int:
    """Report a written chunk's problems and progress; returns the records done so far."""
    report.problems += [f"{origin}: {p.describe()}" for p in result.problems if p.severity == "error"]
    report.warnings += [f"{origin}: {p.describe()}" for p in result.problems if p.severity != "error"]
    done += len(result.records)
    if progress:
        progress(done, max(total_hint, done))
    return done


def read_source(path: Path) -> bytes:
    """The bytes of a file to import: a regular file within the input size limit (see :mod:`biblio.inputs`)."""
    return read_file(path)
