"""One import into the store: match incoming records to stored ones, assign keys, write, link.

Rules (documented in docs/library.md):
- A record that comes with a key (BibTeX, CSL-JSON) is matched by key only. Same key and the same work
  (same DOI, or same normalised title and year) -> update; same key but another work -> the new record
  gets a suffixed key and a warning (the stored record keeps the key documents already cite).
- A record without a key (CNKI pages, reference strings, web pages) is matched as the same work by DOI,
  ISBN, URL or normalised title + year; otherwise it gets a new key from the pattern.
- A record matching one this same import already wrote (in-file duplicates) is merged only if it adds
  nothing; otherwise both are kept (see :mod:`biblio.library.infile`). Invalid DOIs/ISBNs/URLs never match.
- Matched and unchanged -> reported unchanged. Matched from the same importer -> the new parse replaces
  the bibliographic content; from another importer -> it only fills empty fields. The user's layer (key,
  tags, note, attachments, date added) is always kept.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, fields, replace
from typing import TYPE_CHECKING, Any

from biblio.keys import key_base, unique_key
from biblio.library.infile import InvalidIdentifiers, candidate_keys, kept_both, make_key_safe, same_twice, where
from biblio.model import Link, Provenance, Record
from biblio.model.identifiers import for_matching, matchable_doi
from biblio.reports import AddReport
from biblio.store import records as rows
from biblio.store.records import StoredRow, bibliographic_data, content_hash

if TYPE_CHECKING:
    from biblio.dedup.find import FeatureCache

_USER_LAYER = ("uid", "key", "tags", "user_note", "attachments", "added", "modified", "links")


@dataclass
class Ingest:
    """State of one import: keys taken, incoming->stored uid map, links waiting for their targets."""

    db: sqlite3.Connection
    now: str
    key_pattern: str
    sort_name: Callable[[Record], str]
    source_id: int | None = None
    provenance: Provenance | None = None
    report: AddReport = field(default_factory=AddReport)
    taken: set[str] = field(default_factory=set)
    uid_map: dict[str, str] = field(default_factory=dict)
    pending: list[tuple[str, Link]] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    check_duplicates: bool = True  # ~2 ms a record: the library turns it off for bulk imports
    seen: dict[str, str] = field(default_factory=dict)  # key of a record this import wrote -> its source place
    invalid: InvalidIdentifiers = field(default_factory=InvalidIdentifiers)
    candidates: FeatureCache = field(default_factory=dict)  # duplicate candidates' features, for this import

    seen_version: int = -1  # the database's data_version when ``taken`` was last read

    def __post_init__(self) -> None:
        self._sync_taken()

    def write(self, records: Iterable[Record]) -> None:
        """Store a batch (inside the caller's transaction) and link what can be linked."""
        self._sync_taken()
        batch = list(records)
        for record in batch:
            self._write_one(record)
        for record in batch:
            stored_uid = self.uid_map.get(record.uid, record.uid)
            self.pending.extend((stored_uid, link) for link in record.links)
        self._flush_links()

    def _sync_taken(self) -> None:
        """Add the keys other processes committed since ``taken`` was read (a concurrent add of the same file).

        Called inside the write transaction, which holds the write lock, so the keys cannot change until
        it commits; ``data_version`` changes only when another connection commits, so this is cheap.
        """
        version = rows.data_version(self.db)
        if version != self.seen_version:
            self.taken |= rows.all_keys(self.db)
            self.seen_version = version

    def finish(self) -> None:
        """Report links whose targets never arrived, and identifiers not used for matching."""
        self.report.warnings.extend(self.invalid.warnings())
        self.invalid = InvalidIdentifiers()
        for src, link in self.pending:
            self.report.warnings.append(f"link {link.kind.value} from {src} to unknown record {link.target} dropped")
        self.pending.clear()

    def _write_one(self, record: Record) -> None:
        record.provenance = _with_context(record.provenance, self.provenance)
        incoming_links, record.links = record.links, []
        existing = self._match(record)
        if existing is None:
            self._insert(record)
        else:
            self._update(existing, record)
        record.links = incoming_links
        self.invalid.note(record)

    def _match(self, record: Record) -> StoredRow | None:
        if record.key:
            if renamed := make_key_safe(record):
                self.report.warnings.append(renamed)
            if record.key not in self.taken:
                return None
            found = rows.row_for_key(self.db, record.key)
            if found is not None and found.key not in self.seen and self._same_work(found, record):
                return found
        else:
            found = rows.find_same_work(self.db, for_matching(record))
            if found is None or found.key not in self.seen:
                return found
        return self._clash(found, record)

    def _clash(self, found: StoredRow | None, record: Record) -> StoredRow | None:
        """The record's key or identity is taken by another work, or by a record this import wrote."""
        first = self.seen.get(found.key) if found is not None else None
        if found is not None and first is not None and self._adds_nothing(found, record):
            self.report.warnings.append(same_twice(found.key, first, record))
            return found
        again = self._stored_before(found, record)
        if again is not None:
            return again
        original = record.key
        record.key = unique_key(original or key_base(record, self.key_pattern), self.taken)
        if found is not None and first is not None:
            self.report.warnings.append(kept_both(found.key, first, record))
        elif original:
            self.report.warnings.append(f"key {original} is used by another work; stored as {record.key}")
        return None

    def _stored_before(self, found: StoredRow | None, record: Record) -> StoredRow | None:
        """The record as an earlier import of the same file stored it under a suffixed key (re-imports add nothing).

        A keyed record: the first suffixed variant of its key holding the same work. A record without key:
        a stored record with the same values under its pattern key or a variant of the clashing key.
        """
        bases = [record.key] if record.key else [key_base(record, self.key_pattern), found.key if found else ""]
        for base in dict.fromkeys(b for b in bases if b):
            for variant in candidate_keys(base, self.taken, with_base=not record.key):
                row = None if variant in self.seen else rows.row_for_key(self.db, variant)
                if row is not None and (
                    self._same_work(row, record) if record.key else self._adds_nothing(row, record)
                ):
                    return row
        return None

    def _same_work(self, found: StoredRow, record: Record) -> bool:
        doi, title = rows.match_columns(self.db, found.id)
        if matchable_doi(record.doi) and matchable_doi(doi):
            return bool(record.doi.lower() == doi)
        return bool(rows.match_title(record) == title)

    def _adds_nothing(self, found: StoredRow, record: Record) -> bool:
        stored = next(rows.load_records(self.db, "id = ?", (found.id,)))
        merged = _merge(stored, record)
        same = content_hash(bibliographic_data(merged)) == content_hash(bibliographic_data(stored))
        return same and merged.fulltext == stored.fulltext

    def _insert(self, record: Record) -> None:
        if not record.key:
            record.key = unique_key(key_base(record, self.key_pattern), self.taken)
        else:
            self.taken.add(record.key)
        if self.check_duplicates:
            from biblio.dedup import likely_duplicates

            if dups := likely_duplicates(self.db, record, self.candidates):
                self.report.warnings.append(
                    f"{record.key}: probably the same work as {', '.join(dups)} (see `biblio dedup`)"
                )
        rows.insert_record(self.db, record, author_sort=self.sort_name(record), source_id=self.source_id, now=self.now)
        self.seen[record.key] = where(record)
        self.report.added.append(record.key)
        self.changed.append(record.uid)

    def _update(self, existing: StoredRow, record: Record) -> None:
        self.candidates.pop(existing.id, None)  # its features may change
        self.uid_map[record.uid] = existing.uid
        self.seen.setdefault(existing.key, where(record))
        stored = next(rows.load_records(self.db, "id = ?", (existing.id,)))
        merged = _merge(stored, record)
        unchanged = content_hash(bibliographic_data(merged)) == content_hash(bibliographic_data(stored))
        if unchanged and merged.fulltext == stored.fulltext:
            self.report.unchanged.append(existing.key)
            return
        rows.replace_record(self.db, existing.id, merged, author_sort=self.sort_name(merged), now=self.now)
        self.report.updated.append(existing.key)
        self.changed.append(existing.uid)

    def _flush_links(self) -> None:
        waiting = []
        for src_uid, link in self.pending:
            target = self.uid_map.get(link.target, link.target)
            src = rows.row_for_uid(self.db, src_uid)
            missing = rows.write_links(self.db, src.id, [Link(link.kind, target)]) if src else [link]
            if missing:
                waiting.append((src_uid, Link(link.kind, target)))
        self.pending = waiting


def _with_context(own: Provenance | None, context: Provenance | None) -> Provenance | None:
    """The importer's provenance completed with the import's origin, kept source and time."""
    if context is None:
        return own
    if own is None:
        return context
    return replace(
        own,
        origin=own.origin or context.origin,
        source=own.source or context.source,
        imported_at=own.imported_at or context.imported_at,
        importer_version=own.importer_version or context.importer_version,
    )


def _merge(stored: Record, incoming: Record) -> Record:
    """The stored record updated by an incoming parse of the same work (see module docstring)."""
    same_importer = (
        stored.provenance is not None
        and incoming.provenance is not None
        and stored.provenance.importer == incoming.provenance.importer
    )
    merged = replace(stored)
    for f in fields(Record):
        if f.name in _USER_LAYER:
            continue
        new: Any = getattr(incoming, f.name)
        if same_importer or not getattr(stored, f.name):
            if new or same_importer:
                setattr(merged, f.name, new)
    merged.tags = sorted(set(stored.tags) | set(incoming.tags))
    merged.user_note = stored.user_note or incoming.user_note
    return merged
