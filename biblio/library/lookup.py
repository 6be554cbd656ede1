"""Network lookups as library services: add by URL/DOI/ISBN, and match a stored record against Crossref.

The front ends call these; nothing here prints. Errors are InputError (a source that cannot be used)
or NetworkError (the lookup failed); in both cases the library is left unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from biblio.errors import InputError, NetworkError, UsageError
from biblio.net.ids import doi_of, normalize_isbn

if TYPE_CHECKING:
    from biblio.library import Library
    from biblio.model import Record
    from biblio.net.config import NetConfig
    from biblio.net.match import Score
    from biblio.net.session import HttpSession
    from biblio.reports import AddReport

FILE, STDIN, URL, DOI, ISBN = "file", "stdin", "url", "doi", "isbn"
LOOKUP_VERSION = "1"
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def resolve_source(text: str) -> str:
    """What ``biblio add SOURCE`` was given: ``stdin``, ``url``, ``doi``, ``isbn`` or ``file``.

    ``-`` is stdin; ``scheme://…`` a URL (a doi.org URL is a DOI); ``isbn:…`` an ISBN; ``doi:…`` or a
    bare ``10.NNNN/…`` a DOI unless a file of that name exists; anything else a file path.
    """
    stripped = text.strip()
    if stripped == "-":
        return STDIN
    if _SCHEME.match(stripped):
        return DOI if doi_of(stripped) else URL
    if stripped.lower().startswith("isbn:"):
        return ISBN
    if stripped.lower().startswith("doi:") or (doi_of(stripped) and not _is_file(stripped)):
        return DOI
    return FILE


def _is_file(text: str) -> bool:
    try:
        return Path(text).exists()
    except (OSError, ValueError):  # a name too long or with a NUL byte is no file
        return False


def net_config(library: Library, offline: bool = False) -> NetConfig:
    """Settings from the environment, the cache in the library folder, offline if asked."""
    from biblio.net.config import load_net_config

    return load_net_config(library=library.root).with_offline(offline)


def add_from_network(
    library: Library, source: str, offline: bool = False, session: HttpSession | None = None
) -> AddReport:
    """Add the work a URL, DOI or ``isbn:`` names; the same URL/DOI/ISBN again reports the stored record."""
    from biblio.net.session import make_session

    kind = resolve_source(source)
    if kind not in (URL, DOI, ISBN):
        raise UsageError(f"{source}: not a URL, DOI or isbn:… (files are added with Library.add_file)")
    own = session is None
    active = session if session is not None else make_session(net_config(library, offline))
    try:
        if kind == URL:
            return _add_url(library, active, source.strip())
        if kind == DOI:
            return _add_doi(library, active, source)
        return _add_isbn(library, active, source)
    finally:
        if own:
            active.close()


def _add_url(library: Library, session: HttpSession, url: str) -> AddReport:
    from biblio.importers.web import html_importer as web_html
    from biblio.net.fetch import fetch_page

    page = fetch_page(session, url)
    try:
        result = web_html.parse_html(page.content, url=page.url, headers_charset=page.charset)
    except InputError as exc:
        raise InputError(f"{url}: {exc}") from None
    return library.add_parsed([result], page.content, page.url, web_html.NAME, version=web_html.VERSION)


def fetch_doi(session: HttpSession, doi: str) -> tuple[Record, bytes, str]:
    """The record for a DOI (Crossref, else doi.org), the raw answer and the service that gave it."""
    from biblio.importers.csl.importer import item_to_record
    from biblio.model import Provenance
    from biblio.net import crossref
    from biblio.net import doi as doi_org

    try:
        item, raw = crossref.work_by_doi(session, session.config, doi)
        service = crossref.NAME
    except NetworkError as first:
        try:
            item, raw = doi_org.csl_by_doi(session, session.config, doi)
        except NetworkError as second:
            raise NetworkError(f"doi:{doi}: no record (Crossref: {first}; doi.org: {second})") from None
        service = doi_org.NAME
    record = item_to_record(item)
    record.key = ""  # a new key from the pattern; the same work is found again by its DOI
    record.doi = record.doi or doi
    record.provenance = Provenance(importer=service, importer_version=LOOKUP_VERSION, locator=f"doi:{doi}")
    return record, raw, service


def _add_doi(library: Library, session: HttpSession, source: str) -> AddReport:
    from biblio.importers.base import ImportResult

    doi = doi_of(source)
    if not doi:
        raise InputError(f"{source}: not a DOI (expected 10.NNNN/…)")
    record, raw, service = fetch_doi(session, doi)
    return library.add_parsed([ImportResult(records=[record])], raw, f"doi:{doi}", service, version=LOOKUP_VERSION)


def _add_isbn(library: Library, session: HttpSession, source: str) -> AddReport:
    from biblio.importers.base import ImportResult
    from biblio.net import openlibrary

    isbn = normalize_isbn(source)
    record, raw = openlibrary.book_by_isbn(session, session.config, isbn)
    origin = f"isbn:{isbn}"
    return library.add_parsed(
        [ImportResult(records=[record])], raw, origin, openlibrary.NAME, version=openlibrary.VERSION
    )


@dataclass(frozen=True, slots=True)
class Candidate:
    """A possible match for a stored record: ``number`` (1-based, best first), confidence and the record."""

    number: int
    score: Score
    record: Record
    service: str = "crossref"

    @property
    def confidence(self) -> float:
        """The total score, 0-1."""
        return self.score.total


def lookup_record(
    library: Library, key: str, offline: bool = False, session: HttpSession | None = None, rows: int = 5
) -> list[Candidate]:
    """Crossref's best matches for the stored record ``key``, scored and sorted best first."""
    from biblio.importers.csl.importer import item_to_record
    from biblio.net import crossref
    from biblio.net.match import reference_text, score
    from biblio.net.session import make_session

    record = library.get(key)
    text = reference_text(record)
    if not text:
        raise InputError(f"{key}: the record has no title or authors to look up")
    active = session if session is not None else make_session(net_config(library, offline))
    try:
        items = crossref.query_bibliographic(active, active.config, text, rows=rows)
    finally:
        if session is None:
            active.close()
    found = [item_to_record(item) for item in items]
    ranked = sorted(found, key=lambda r: -score(record, r).total)
    return [Candidate(i, score(record, r), r) for i, r in enumerate(ranked, start=1)]


@dataclass(slots=True)
class ApplyReport:
    """What applying a candidate did to the record ``key``."""

    key: str
    filled: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def apply_candidate(library: Library, key: str, candidate: Candidate) -> ApplyReport:
    """Merge ``candidate`` into record ``key``: fill empty fields, keep differing values in ``extra``."""
    from biblio.net.match import merge_missing

    report = ApplyReport(key)

    def merge(stored: Record) -> Record:
        record = replace(stored)
        record.extra = dict(record.extra)
        merged = merge_missing(record, candidate.record, candidate.service)
        now = datetime.now(UTC).replace(microsecond=0).isoformat()
        source = candidate.record.doi or candidate.record.main_title()
        record.extra[f"{candidate.service}_match"] = f"{source} (confidence {candidate.confidence:.2f}, applied {now})"
        report.filled, report.kept = merged.filled, merged.kept
        return record

    library.update(key, merge)  # read and written in one transaction: a concurrent edit is not lost
    return report
