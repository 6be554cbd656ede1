"""Attachments: attach and detach files, remove records with their files, find a record's files.

A file is read and checked before anything is written (:func:`prepare`: a PDF's text per page;
encrypted, truncated or damaged PDFs fail there). One transaction then writes the file row, its page
texts and the attachment; the file goes to ``files/`` first and is deleted again if the transaction
fails (:func:`new_files_removed_on_failure`), so a failure leaves the library as it was. Files no
record refers to any more are deleted from disk after the commit, unless the caller keeps them.
Adding a PDF as a record is :mod:`biblio.library.pdfs`; the search side is :mod:`biblio.library.filetext`.
Every function returns a report and never prints.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from biblio.config import FILES_DIR
from biblio.errors import InputError, LibraryError, UnknownKeyError
from biblio.importers.pdf import is_pdf
from biblio.model import Attachment, Record
from biblio.store import files as stored_files
from biblio.store import records as rows

if TYPE_CHECKING:
    import sqlite3

    from biblio.importers.pdf.reader import PdfContent
    from biblio.library.core import Library

PDF_MIME = "application/pdf"


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
        from biblio.importers.pdf.reader import read_pdf

        return PreparedFile(data, name, origin, digest, PDF_MIME, ".pdf", read_pdf(data, origin))
    if not data:
        raise InputError(f"{origin}: empty file")
    import mimetypes

    mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
    return PreparedFile(data, name, origin, digest, mime, stored_files.file_suffix(name, ".bin"))


def read_file(path: Path) -> PreparedFile:
    """:func:`prepare` for a file on disk, with one-line errors for the usual mistakes."""
    from biblio.library.core import read_source

    return prepare(read_source(path), str(path))


# ---- storing files --------------------------------------------------------------------------------
@contextmanager
def new_files_removed_on_failure(root: Path) -> Iterator[list[Path]]:
    """Collects the files a write creates under ``root``; deletes them again if the block raises."""
    created: list[Path] = []
    try:
        yield created
    except BaseException:
        for path in created:
            with suppress(OSError):
                path.unlink()
        raise


def store_file(db: sqlite3.Connection, root: Path, prepared: PreparedFile, now: str, created: list[Path]) -> str:
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


def attach_rows(db: sqlite3.Connection, row_id: int, attachments: list[Attachment]) -> list[Attachment]:
    """Append attachments to a stored record (those it has at the same path are skipped); returns the new ones."""
    stored = next(rows.load_records(db, "id = ?", (row_id,)))
    have = {a.path for a in stored.attachments}
    new = [a for a in attachments if a.path not in have]
    stored_files.sync_attachments(db, row_id, [*stored.attachments, *new])
    return new


def row_for_key(db: sqlite3.Connection, key: str) -> rows.StoredRow:
    found = rows.row_for_key(db, key)
    if found is None:
        raise UnknownKeyError(f"no record with key {key!r}")
    return found


# ---- attach / detach ------------------------------------------------------------------------------
class NothingToDo(Exception):
    """Raised inside a transaction to roll back a write that changes nothing (no generation bump)."""


def attach(library: Library, key: str, paths: list[Path]) -> AttachReport:
    """Attach files to the record ``key`` (all or nothing); PDFs are read and their text indexed."""
    prepared = [read_file(path) for path in paths]
    report = AttachReport(key)
    attach_prepared(library, key, prepared, report)
    return report


def attach_prepared(library: Library, key: str, prepared: list[PreparedFile], report: AttachReport) -> None:
    from biblio.store.clock import utc_now

    for item in prepared:
        if item.content is not None and item.content.text_warning():
            report.warnings.append(f"{item.name}: {item.content.text_warning()}")
    now = utc_now()
    try:
        with new_files_removed_on_failure(library.root) as created, library.transaction() as db:
            row = row_for_key(db, key)
            wanted = [item.attachment(store_file(db, library.root, item, now, created)) for item in prepared]
            new = attach_rows(db, row.id, wanted)
            report.attached = [a.path for a in new]
            report.already = [a.path for a in wanted if a not in new]
            if not new:
                raise NothingToDo
    except NothingToDo:
        return


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
    with library.transaction() as db:
        row = row_for_key(db, key)
        stored_files.sync_attachments(db, row.id, [a for a in record.attachments if a.path != attachment.path])
        orphans = stored_files.unreferenced(db, [attachment.sha256])
        if not keep_file:
            stored_files.delete_file_rows(db, orphans)
    report = DetachReport(detached=[attachment.path])
    _delete_from_disk(library.root, orphans, keep_file, report)
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
    return [attachment.path for attachment in attachments_only_of(library, keys)]


def attachments_only_of(library: Library, keys: list[str]) -> list[Attachment]:
    """The attachments (one per stored file) no record outside ``keys`` refers to."""
    wanted = set(keys)
    found: dict[str, Attachment] = {}
    for key in keys:
        for attachment in library.get(key).attachments:
            users = set(stored_files.keys_with_file(library.store.db, attachment.sha256))
            if attachment.sha256 and users <= wanted and attachment.path not in found:
                found[attachment.path] = attachment
    return list(found.values())


def remove_with_files(library: Library, keys: list[str], delete_files: bool) -> DetachReport:
    """Remove records (all or nothing); the files only they referred to are deleted if ``delete_files``."""
    shas = [a.sha256 for key in keys for a in library.get(key).attachments]
    with library.transaction() as db:
        found = [row_for_key(db, key) for key in keys]
        rows.delete_records(db, [r.id for r in found])
        orphans = stored_files.unreferenced(db, shas)
        if delete_files:
            stored_files.delete_file_rows(db, orphans)
    report = DetachReport()
    _delete_from_disk(library.root, orphans, not delete_files, report)
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
