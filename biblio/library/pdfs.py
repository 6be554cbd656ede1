"""Adding a PDF as a record: what ``biblio add paper.pdf`` (and the TUI's add dialog) runs.

1. Read the PDF (text per page, identifiers, a record from what it says about itself): encrypted,
   truncated or damaged files fail here, before anything is written.
2. The same file already attached -> that record, unchanged. Else a stored record with the same DOI,
   ISBN (books) or, for a complete CNKI first page, title + year -> the file is attached to it and
   nothing else changes. A guessed title never matches a stored record.
3. Else, with a DOI (or an arXiv id: its DataCite DOI ``10.48550/arXiv.…``; or an ISBN) the record is
   looked up over the network unless offline; when that fails or there is no identifier, the record
   made from the PDF is added, tagged ``needs-review`` if its title and authors were guessed. Its kept
   source is the PDF's page-1 facts (:mod:`biblio.importers.pdf.importer`), re-parseable like any source.
4. One transaction writes the kept source, the record (through the usual import matching), the file
   row, its page texts and the attachment; files written for it are deleted again if it fails; the
   index is updated after the commit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from biblio.errors import InputError, NetworkError
from biblio.library.attachments import (
    AttachReport,
    PreparedFile,
    attach_prepared,
    attach_rows,
    new_files_removed_on_failure,
    prepare,
    store_file,
)
from biblio.model import Record
from biblio.reports import AddReport
from biblio.store import files as stored_files
from biblio.store import records as rows

if TYPE_CHECKING:
    from biblio.importers.pdf.identifiers import Identifiers
    from biblio.importers.pdf.record import PdfFacts
    from biblio.library.core import Library
    from biblio.net.session import HttpSession

ARXIV_DOI_PREFIX = "10.48550/arXiv."


def lookup_doi(ids: Identifiers) -> str:
    """The DOI to look the PDF up by: its own, else its arXiv id's DataCite DOI, else ``""``."""
    return ids.doi or (f"{ARXIV_DOI_PREFIX}{ids.arxiv}" if ids.arxiv else "")


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
        attach_prepared(library, owner, [prepared], attached)
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
        doi = lookup_doi(ids)
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
    doi = lookup_doi(ids)
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
    from biblio.library.ingest import Ingest
    from biblio.model import Provenance
    from biblio.names.sorting import sort_name
    from biblio.store.clock import utc_now
    from biblio.store.sources import is_kept, keep_source

    assert prepared.content is not None
    if looked_up is None:
        raw = facts_source(prepared.content, prepared.name, prepared.sha256)
        looked_up = _LookedUp(facts.record, raw, prepared.origin, NAME, VERSION, suffix=".json")
    record = looked_up.record
    record.doi = record.doi or facts.record.doi
    now = utc_now()
    with new_files_removed_on_failure(library.root) as created, library.transaction() as db:
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
        attach_rows(db, row.id, [prepared.attachment(store_file(db, library.root, prepared, now, created))])
        if row.key in report.unchanged:  # the work was there (same DOI after the lookup): it gained a file
            report.unchanged.remove(row.key)
            report.updated.append(row.key)
