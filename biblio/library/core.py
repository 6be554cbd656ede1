"""The facade the front ends call: add, get, update, remove, export, check, search, reindex.

Returns report objects and records; never prints. Every write is one store transaction (imports of
large files commit in chunks, each chunk atomic); the search index is brought up to date after the
commit and repairs itself when it finds it is stale.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any

from biblio.config import DB_NAME, INDEX_DIR, Config
from biblio.errors import InputError, LibraryError, UnknownKeyError
from biblio.importers.base import ImportResult, iter_parse
from biblio.importers.decode import decode_text
from biblio.importers.pdf import is_pdf
from biblio.importers.registry import choose_importer
from biblio.inputs import read_file
from biblio.library.attachments import new_files_removed_on_failure
from biblio.library.autoexport import refresh_auto_exports
from biblio.library.ingest import Ingest
from biblio.model import Provenance, Record
from biblio.reports import AddReport, CheckReport
from biblio.store import Store
from biblio.store import records as rows
from biblio.store.sources import is_kept, keep_source, verify_sources

if TYPE_CHECKING:
    from biblio.search.index import SearchIndex, SearchResults
    from biblio.search.snippets import SnippetSource

# Imports up to this size, into libraries up to CAREFUL_LIBRARY_LIMIT records, get duplicate warnings and
# translation/person linking (costly per record, and the first linking syncs every record with the authority);
# bulk imports and big libraries skip them: run `biblio dedup` and `biblio link --detect` by hand.
CAREFUL_IMPORT_LIMIT = 2000
CAREFUL_LIBRARY_LIMIT = 20000
Progress = Callable[[int, int], None]  # (done, total)


def utc_now() -> str:
    """The current time as an ISO 8601 UTC timestamp (seconds)."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def sort_name(record: Record) -> str:
    """The first author's name romanized, family first, for sorting (pinyin order for Chinese names)."""
    name = record.first_author()
    if name is None:
        return ""
    from biblio.names.romanize import name_sort_key

    return name_sort_key(name, record.effective_language())


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

    def close(self) -> None:
        """Close the store and the index."""
        if self._index is not None:
            self._index.close()
        self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

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
        chunks = iter(results)
        first = next(chunks, ImportResult())
        if not first.records:
            detail = first.problems[0].describe() if first.problems else "no records found"
            raise InputError(f"{origin}: {detail}")
        report = AddReport(formats=[importer])
        now = utc_now()
        before = self.store.generation()
        careful = max(total_hint, len(first.records)) <= CAREFUL_IMPORT_LIMIT and self.count() <= CAREFUL_LIBRARY_LIMIT
        # the source is kept in the transaction of the first records: if they fail, neither row nor file stays
        with new_files_removed_on_failure(self.root) as created, self.store.transaction() as db:
            new_source = not is_kept(db, data)
            source_id, source_path = keep_source(
                db, self.root, data, origin=origin, importer=importer, version=version, now=now
            )
            if new_source:
                created.append(self.root / source_path)
            context = Provenance(importer, version, origin, source_path, "", now)
            ingest = Ingest(db, now, self.config.key_pattern, sort_name, source_id, context, report)
            ingest.check_duplicates = careful
            ingest.write(first.records)
        done = _noted(first, origin, report, 0, progress=progress, total_hint=total_hint)
        for result in chunks:
            with self.store.transaction():
                ingest.write(result.records)
            done = _noted(result, origin, report, done, progress=progress, total_hint=total_hint)
        ingest.finish()
        if careful and ingest.changed:
            from biblio.authority.works import detect_and_link

            detect_and_link(self, ingest.changed)
        self._after_write(ingest.changed, [], before)
        return report

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
        row = self.store.db.execute("SELECT key FROM records WHERE uid = ?", (uid,)).fetchone()
        return str(row[0]) if row else None

    def cited_by(self, uid: str) -> list[str]:
        """The uids of records citing ``uid``."""
        return rows.citing_uids(self.store.db, uid)

    # ---- write --------------------------------------------------------------------------------
    def save(self, record: Record) -> None:
        """Write an edited record back (matched by uid); its links are replaced by ``record.links``."""
        before = self.store.generation()
        with self.store.transaction() as db:
            row = db.execute("SELECT id, key FROM records WHERE uid = ?", (record.uid,)).fetchone()
            if row is None:
                raise UnknownKeyError(f"no record with uid {record.uid}")
            if record.key != row[1] and db.execute("SELECT 1 FROM records WHERE key = ?", (record.key,)).fetchone():
                raise InputError(f"key {record.key!r} is already used by another record")
            rows.replace_record(db, row[0], record, author_sort=sort_name(record), now=utc_now())
            db.execute("DELETE FROM links WHERE src = ?", (row[0],))
            missing = rows.write_links(db, row[0], record.links)
            if missing:
                raise InputError(f"link target {missing[0].target} is not in the library")
        self._after_write([record.uid], [], before)

    def remove(self, keys: Iterable[str]) -> list[str]:
        """Delete records by key (all or nothing); returns the keys removed."""
        keys = list(keys)
        before = self.store.generation()
        with self.store.transaction() as db:
            found = []
            for key in keys:
                row = db.execute("SELECT id, uid FROM records WHERE key = ?", (key,)).fetchone()
                if row is None:
                    raise UnknownKeyError(f"no record with key {key!r}")
                found.append(row)
            rows.delete_records(db, [r[0] for r in found])
        self._after_write([], [r[1] for r in found], before)
        return keys

    # ---- maintenance --------------------------------------------------------------------------
    def check(self) -> CheckReport:
        """Integrity of the database, the kept sources and the records' references to them."""
        db = self.store.db
        report = CheckReport(records=self.count())
        report.sources = int(db.execute("SELECT count(*) FROM sources").fetchone()[0])
        for (line,) in db.execute("PRAGMA integrity_check"):
            if line != "ok":
                report.problems.append(f"database: {line}")
        for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
            report.problems.append(f"database: {table} row {rowid} points to a missing {parent} row")
        from biblio.store.files import count_files, verify_files

        report.problems += verify_sources(db, self.root)
        report.problems += verify_files(db, self.root)
        report.files = count_files(db)
        report.problems += _check_record_rows(db)
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
        names, texts = variant_lookup(self, bulk=True), file_text_source(self)
        self.index.rebuild(self.records(), total, generation, progress, names, file_texts=texts)
        return total

    def search(self, query: str, limit: int = 20, *, exact_total: bool = True, snippets: bool = True) -> SearchResults:
        """Ranked full-text search; a stale index is rebuilt first (options: :meth:`SearchIndex.search`)."""
        if not self.index_is_current():
            self.reindex()
        return self.index.search(query, limit, exact_total=exact_total, snippets=snippets)

    def _after_write(self, changed_uids: list[str], removed_uids: list[str], before: int) -> None:
        """Bring the index and the auto-exports up to date after a commit.

        If the index update fails the store is still right (the index stays stale).

        ``before`` is the store generation before this operation's writes: an index that is not at it
        missed an earlier write and must stay stale (the next search rebuilds it) rather than be stamped current.
        """
        self._update_index(changed_uids, removed_uids, before)
        # after the index update: a query export searches, and a stale index would be rebuilt first
        if self.defer_export_refresh is not None:
            self.defer_export_refresh(changed_uids, removed_uids)
        else:
            refresh_auto_exports(self, changed_uids, removed_uids)

    def _update_index(self, changed_uids: list[str], removed_uids: list[str], before: int) -> None:
        if not (self.root / INDEX_DIR).exists():
            return  # no index built yet: the first search builds it
        try:
            index = self.index
            if index.generation() is None:
                return
            changed = list(self.records_by_uid(changed_uids))
            from biblio.authority import variant_lookup
            from biblio.library.filetext import file_text_source

            generation, names = self.store.generation(), variant_lookup(self)
            texts = file_text_source(self)
            index.update(changed, removed_uids, generation, expected=before, person_names=names, file_texts=texts)
        except ImportError:
            return
        except Exception as exc:  # the index is a cache: never fail a committed write because of it
            self.index_warning = f"search index not updated ({exc}); it will be rebuilt on the next search"


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


def _check_record_rows(db: Any) -> list[str]:
    problems = []
    sources = {row[0] for row in db.execute("SELECT path FROM sources")}
    for key, data in db.execute("SELECT key, data FROM records"):
        try:
            parsed = json.loads(data)
        except ValueError:
            problems.append(f"record {key}: stored data is not valid JSON")
            continue
        source = parsed.get("provenance", {}).get("source", "")
        if source and source not in sources:
            problems.append(f"record {key}: kept source {source} is not registered")
    return problems
