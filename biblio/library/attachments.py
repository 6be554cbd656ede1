"""Attachments: add a PDF as a record, attach and detach files, remove records with their files, find them.

``add_pdf`` (what ``biblio add paper.pdf`` runs):

1. read the PDF (text per page, identifiers, a record from what it says about itself): encrypted,
   truncated or damaged files fail here, before anything is written;
2. the same file already attached -> that record, unchanged; else a stored record with the same DOI,
   ISBN (books) or title + year (CNKI first pages) -> the file is attached to it, nothing else changes;
3. else, with a DOI (or an arXiv id: its DataCite DOI, or an ISBN), the record is looked up over the
   network unless offline; when that fails or there is no identifier, the record made from the PDF is
   added, tagged ``needs-review`` if its title and authors were guessed;
4. one transaction writes the file row, its page texts, the record and the attachment; the file goes
   to ``files/`` first and is deleted again if the transaction fails, so a failure leaves the library
   as it was; the index is updated after the commit.

Every function returns a report and never prints.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from biblio.config import FILES_DIR
from biblio.errors import InputError, LibraryError, NetworkError, UnknownKeyError
from biblio.importers.pdf.reader import PdfContent, is_pdf, read_pdf
from biblio.model import Attachment, Record
from biblio.reports import AddReport
from biblio.search.snippets import Passage
from biblio.store import files as stored_files
from biblio.store import records as rows

if TYPE_CHECKING:
    import sqlite3

    from biblio.importers.pdf.record import PdfFacts
    from biblio.library.core import Library
    from biblio.net.session import HttpSession

PDF_MIME = "application/pdf"
ARXIV_DOI_PREFIX = "10.48550/arXiv."


@dataclass(slots=True)
class PreparedFile:
    """A file read and checked before any write: bytes, hash, suffix, and the PDF's content if it is one."""

    data: bytes
    name: str  # the file name the user gave (kept as the attachment's description)
    origin: str  # the path the user gave
    sha256: str
    mime: str
    suffix: str
    content: PdfContent | None = None

    @property
    def pages(self) -> list[str]:
        """Page texts (empty for a file that is not a PDF)."""
        return self.content.pages if self.content is not None else []

    def attachment(self, path: str) -> Attachment:
        """The attachment of this file stored at ``path``."""
        return Attachment(path, self.mime, self.name, self.sha256)


@dataclass(slots=True)
class AttachReport:
    """What ``attach`` did: the files attached (library paths), those the record already had, warnings."""

    key: str
    attached: list[str] = field(default_factory=list)
    already: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class DetachReport:
    """What ``detach`` or a removal did to files: attachments dropped and files deleted from disk."""

    detached: list[str] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def prepare(data: bytes, origin: str) -> PreparedFile:
    """Hash the bytes and, for a PDF, read it (InputError for encrypted, truncated or damaged PDFs)."""
    name = PurePath(origin).name or "file"
    digest = hashlib.sha256(data).hexdigest()
    if is_pdf(data[:1024]):
        return PreparedFile(data, name, origin, digest, PDF_MIME, ".pdf", read_pdf(data, origin))
    if not data:
        raise InputError(f"{origin}: empty file")
    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return PreparedFile(data, name, origin, digest, mime, stored_files.file_suffix(name, ".bin"))


def read_file(path: Path) -> PreparedFile:
    """:func:`prepare` for a file on disk, with one-line errors for the usual mistakes."""
    from biblio.library.core import read_source

    return prepare(read_source(path), str(path))


# ---- storing files --------------------------------------------------------------------------------
@contextmanager
def _new_files_removed_on_failure(root: Path) -> Iterator[list[Path]]:
    """Collects the files a write creates under ``root``; deletes them again if the block raises."""
    created: list[Path] = []
    try:
        yield created
    except BaseException:
        for path in created:
            with suppress(OSError):
                path.unlink()
        raise


def _store(db: sqlite3.Connection, root: Path, prepared: PreparedFile, now: str, created: list[Path]) -> str:
    """Write the file (unless the same content is stored) and its row; returns its library path."""
    known = stored_files.file_by_sha(db, prepared.sha256)
    path = known.path if known is not None else stored_files.file_path(prepared.sha256, prepared.suffix)
    if stored_files.write_file(root, path, prepared.data, prepared.sha256):
        created.append(root / path)
    if known is None:
        has_text = prepared.content is not None and prepared.content.has_text
        stored_files.insert_file(
            db,
            sha256=prepared.sha256,
            path=path,
            size=len(prepared.data),
            mime=prepared.mime,
            pages=prepared.pages,
            text_layer=has_text,
            now=now,
        )
    return path


def _attach_rows(db: sqlite3.Connection, row_id: int, attachments: list[Attachment]) -> list[Attachment]:
    """Append attachments to a stored record (those it has at the same path are skipped); returns the new ones."""
    stored = next(rows.load_records(db, "id = ?", (row_id,)))
    have = {a.path for a in stored.attachments}
    new = [a for a in attachments if a.path not in have]
    stored_files.sync_attachments(db, row_id, [*stored.attachments, *new])
    return new


def _row_for_key(db: sqlite3.Connection, key: str) -> rows.StoredRow:
    found = rows.row_for_key(db, key)
    if found is None:
        raise UnknownKeyError(f"no record with key {key!r}")
    return found


# ---- attach / detach ------------------------------------------------------------------------------
class _NothingToDo(Exception):
    """Raised inside a transaction to roll back a write that changes nothing (no generation bump)."""


def attach(library: Library, key: str, paths: list[Path]) -> AttachReport:
    """Attach files to the record ``key`` (all or nothing); PDFs are read and their text indexed."""
    prepared = [read_file(path) for path in paths]
    report = AttachReport(key)
    _attach_prepared(library, key, prepared, report)
    return report


def _attach_prepared(library: Library, key: str, prepared: list[PreparedFile], report: AttachReport) -> None:
    from biblio.library.core import utc_now

    for item in prepared:
        if item.content is not None and item.content.text_warning():
            report.warnings.append(f"{item.name}: {item.content.text_warning()}")
    before = library.store.generation()
    now = utc_now()
    try:
        with _new_files_removed_on_failure(library.root) as created, library.store.transaction() as db:
            row = _row_for_key(db, key)
            wanted = [item.attachment(_store(db, library.root, item, now, created)) for item in prepared]
            new = _attach_rows(db, row.id, wanted)
            report.attached = [a.path for a in new]
            report.already = [a.path for a in wanted if a not in new]
            if not new:
                raise _NothingToDo
    except _NothingToDo:
        return
    library._after_write([row.uid], [], before)


def _find_attachment(record: Record, which: str) -> Attachment:
    """An attachment of ``record`` by library path, original file name, file name in the library, or number."""
    if which.isdigit() and 1 <= int(which) <= len(record.attachments):
        return record.attachments[int(which) - 1]
    for attachment in record.attachments:
        if which in (attachment.path, attachment.description, PurePath(attachment.path).name, attachment.sha256):
            return attachment
    names = ", ".join(a.description or a.path for a in record.attachments) or "none"
    raise InputError(f"{record.key} has no attachment {which!r} (its attachments: {names})")


def detach(library: Library, key: str, which: str, keep_file: bool = False) -> DetachReport:
    """Detach one file from ``key``; the file is deleted unless kept or still attached elsewhere."""
    record = library.get(key)
    attachment = _find_attachment(record, which)
    before = library.store.generation()
    with library.store.transaction() as db:
        row = _row_for_key(db, key)
        stored_files.sync_attachments(db, row.id, [a for a in record.attachments if a.path != attachment.path])
        orphans = stored_files.unreferenced(db, [attachment.sha256])
        if not keep_file:
            stored_files.delete_file_rows(db, orphans)
    report = DetachReport(detached=[attachment.path])
    _delete_from_disk(library.root, orphans, keep_file, report)
    library._after_write([record.uid], [], before)
    return report


def _delete_from_disk(root: Path, orphans: list[stored_files.StoredFile], keep: bool, report: DetachReport) -> None:
    """After the commit: delete the files no record refers to any more (or list them as kept)."""
    for stored in orphans:
        if keep:
            report.kept.append(stored.path)
            continue
        path = (root / stored.path).resolve()
        if path.is_relative_to((root / FILES_DIR).resolve()):
            with suppress(FileNotFoundError):
                path.unlink()
            report.deleted.append(stored.path)


# ---- removing records with their files ------------------------------------------------------------
def files_only_of(library: Library, keys: list[str]) -> list[str]:
    """The stored files that removing the records ``keys`` would leave unreferenced (library paths)."""
    wanted = set(keys)
    found: list[str] = []
    for key in keys:
        for attachment in library.get(key).attachments:
            users = set(stored_files.keys_with_file(library.store.db, attachment.sha256))
            if attachment.sha256 and users <= wanted and attachment.path not in found:
                found.append(attachment.path)
    return found


def remove_with_files(library: Library, keys: list[str], delete_files: bool) -> DetachReport:
    """Remove records (all or nothing); the files only they referred to are deleted if ``delete_files``."""
    shas = [a.sha256 for key in keys for a in library.get(key).attachments]
    before = library.store.generation()
    with library.store.transaction() as db:
        found = [_row_for_key(db, key) for key in keys]
        rows.delete_records(db, [r.id for r in found])
        orphans = stored_files.unreferenced(db, shas)
        if delete_files:
            stored_files.delete_file_rows(db, orphans)
    report = DetachReport()
    _delete_from_disk(library.root, orphans, not delete_files, report)
    library._after_write([], [r.uid for r in found], before)
    return report


def attachment_paths(library: Library, key: str) -> list[Path]:
    """The absolute paths of a record's attachments, checked to be inside the library's files folder."""
    folder = (library.root / FILES_DIR).resolve()
    paths = []
    for attachment in library.get(key).attachments:
        path = (library.root / attachment.path).resolve()
        if not path.is_relative_to(folder):
            raise LibraryError(f"{key}: attachment {attachment.path} points outside the library; run `biblio check`")
        paths.append(path)
    return paths


# ---- search: the text of attached files ---------------------------------------------------------
PAGE_SEPARATOR = " \u2029 "  # between pages in the index: no phrase is meant to cross it


def file_text_source(library: Library) -> Callable[[Record], str]:
    """A function giving the text of a record's attached files, for the index (one query per record with text)."""
    db = library.store.db
    with_text = stored_files.uids_with_text(db)

    def file_text(record: Record) -> str:
        if record.uid not in with_text:
            return ""
        attached = stored_files.attached_texts(db, [record.uid]).get(record.uid, [])
        return PAGE_SEPARATOR.join(page for item in attached for page in item.pages if page)

    return file_text


def page_passages(library: Library, uid: str) -> Iterator[Passage]:
    """The pages of a record's attached files as snippet passages (``p. 14``), read lazily."""
    for description, page, text, files in stored_files.iter_pages(library.store.db, uid):
        yield Passage(text, page, description if files > 1 else "")


# ---- adding a PDF as a record ---------------------------------------------------------------------
def add_pdf(
    library: Library, data: bytes, origin: str, *, offline: bool = False, session: HttpSession | None = None
) -> AddReport:
    """Add a PDF: match or make its record, keep the file, index its text (see the module docstring)."""
    from biblio.importers.pdf.record import facts_from_pdf

    prepared = prepare(data, origin)
    if prepared.content is None:
        raise InputError(f"{origin}: not a PDF")
    facts = facts_from_pdf(prepared.content, prepared.name)
    report = AddReport(formats=["pdf"])
    owner = _existing_owner(library, prepared, facts)
    if owner is not None:
        attached = AttachReport(owner)
        _attach_prepared(library, owner, [prepared], attached)
        (report.updated if attached.attached else report.unchanged).append(owner)
        report.warnings += [f"{origin}: {facts.text_warning}"] if facts.text_warning else []
        return report
    looked_up = _lookup(library, facts, offline, session)
    if looked_up is None:
        report.warnings += [f"{origin}: {w}" for w in facts.warnings]
    elif facts.text_warning:
        report.warnings.append(f"{origin}: {facts.text_warning}")
    _add_new(library, prepared, facts, looked_up, report)
    return report


def _existing_owner(library: Library, prepared: PreparedFile, facts: PdfFacts) -> str | None:
    """A stored record that has this file already, or is the same work by DOI or ISBN (or title + year, when
    the PDF's record is not a guess: a complete CNKI first page)."""
    db = library.store.db
    keys = stored_files.keys_with_file(db, prepared.sha256)
    if keys:
        return keys[0]
    probe = facts.record
    if facts.guessed:
        ids = facts.identifiers
        doi = ids.doi or (f"{ARXIV_DOI_PREFIX}{ids.arxiv}" if ids.arxiv else "")
        if not (doi or ids.isbn):
            return None  # a guessed title is no identity: never attach to a stored record by it
        probe = Record(type=facts.record.type, doi=doi, isbn=ids.isbn)
    same = rows.find_same_work(db, probe)
    return same.key if same is not None else None


@dataclass(slots=True)
class _LookedUp:
    """A record from the network, with the raw answer kept as its source."""

    record: Record
    raw: bytes
    origin: str
    service: str
    version: str
    suffix: str = ""  # of the kept source file ("" = from the origin)


def _lookup(library: Library, facts: PdfFacts, offline: bool, session: HttpSession | None) -> _LookedUp | None:
    """The record for the PDF's DOI (or arXiv DOI, or ISBN) from the network; None if none or it failed."""
    ids = facts.identifiers
    doi = ids.doi or (f"{ARXIV_DOI_PREFIX}{ids.arxiv}" if ids.arxiv and "/" not in ids.arxiv else "")
    if not doi and not ids.isbn:
        return None
    from biblio.library.lookup import LOOKUP_VERSION, fetch_doi, net_config
    from biblio.net.session import make_session

    active = session if session is not None else make_session(net_config(library, offline))
    try:
        if doi:
            record, raw, service = fetch_doi(active, doi)
            return _LookedUp(record, raw, f"doi:{doi}", service, LOOKUP_VERSION)
        from biblio.net import openlibrary

        record, raw = openlibrary.book_by_isbn(active, active.config, ids.isbn)
        return _LookedUp(record, raw, f"isbn:{ids.isbn}", openlibrary.NAME, openlibrary.VERSION)
    except (NetworkError, InputError) as exc:
        facts.warnings.insert(0, f"lookup failed ({exc}); record made from the PDF")
        return None
    finally:
        if session is None:
            active.close()


def _add_new(
    library: Library, prepared: PreparedFile, facts: PdfFacts, looked_up: _LookedUp | None, report: AddReport
) -> None:
    """One transaction: the kept source, the record (through the usual import matching), the file, the attachment."""
    from biblio.importers.pdf.importer import facts_source
    from biblio.importers.pdf.record import NAME, VERSION
    from biblio.keys import key_base, unique_key
    from biblio.library.core import sort_name, utc_now
    from biblio.library.ingest import Ingest
    from biblio.model import Provenance
    from biblio.store.sources import is_kept, keep_source

    assert prepared.content is not None
    if looked_up is None:
        raw = facts_source(prepared.content, prepared.name, prepared.sha256)
        looked_up = _LookedUp(facts.record, raw, prepared.origin, NAME, VERSION, suffix=".json")
    record = looked_up.record
    record.doi = record.doi or facts.record.doi
    now = utc_now()
    before = library.store.generation()
    with _new_files_removed_on_failure(library.root) as created, library.store.transaction() as db:
        new_source = not is_kept(db, looked_up.raw)
        source_id, source_path = keep_source(
            db,
            library.root,
            looked_up.raw,
            origin=looked_up.origin,
            importer=looked_up.service,
            version=looked_up.version,
            now=now,
            suffix=looked_up.suffix,
        )
        if new_source:
            created.append(library.root / source_path)
        context = Provenance(looked_up.service, looked_up.version, looked_up.origin, source_path, "", now)
        if facts.guessed and record is facts.record:  # a guessed title is no identity: a new record, never a match
            record.key = unique_key(key_base(record, library.config.key_pattern), rows.all_keys(db))
        ingest = Ingest(db, now, library.config.key_pattern, sort_name, source_id, context, report)
        ingest.write([record])
        row = rows.row_for_uid(db, ingest.uid_map.get(record.uid, record.uid))
        assert row is not None
        _attach_rows(db, row.id, [prepared.attachment(_store(db, library.root, prepared, now, created))])
        if row.key in report.unchanged:  # the work was there (same DOI after the lookup): it gained a file
            report.unchanged.remove(row.key)
            report.updated.append(row.key)
    library._after_write([row.uid], [], before)
