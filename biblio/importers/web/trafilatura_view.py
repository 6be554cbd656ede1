"""trafilatura's reading of a page: body paragraphs, title, author, date (htmldate), site name.

trafilatura (with lxml, justext and htmldate) is imported here only, and only when a page needs it,
so CLI start-up never pays for it. It runs with its balanced defaults (measured against
``favor_precision``/``favor_recall`` on the web-en dev split: docs/web-extraction.md), comments off,
tables on. Any failure inside it (it is third-party code on untrusted input) counts as "found
nothing": the caller falls back to biblio's own extractor.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from biblio.importers.web.chrome import is_chrome
from biblio.importers.web.entities import clean_text

_QUIET = ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer")


@dataclass(frozen=True, slots=True)
class TrafilaturaPage:
    """What trafilatura found; empty strings and lists where it found nothing."""

    paragraphs: list[str] = field(default_factory=list)
    title: str = ""
    author: str = ""
    date: str = ""
    sitename: str = ""
    description: str = ""


def read_with_trafilatura(html: str, url: str = "") -> TrafilaturaPage | None:
    """trafilatura's body and metadata for ``html``; None when it is not installed or fails on the page."""
    try:
        from trafilatura import bare_extraction
    except ImportError:
        return None
    for name in _QUIET:  # its "discarding data" warnings would reach the user's terminal
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        document = bare_extraction(html, url=url or None, include_comments=False, with_metadata=True)
    except Exception:  # third-party code on untrusted input: any failure means "nothing found"
        return None
    if document is None:
        return TrafilaturaPage()
    text = _string(getattr(document, "text", ""))
    return TrafilaturaPage(
        paragraphs=[clean_text(line) for line in text.splitlines() if line.strip() and not is_chrome(line)],
        title=_string(getattr(document, "title", "")),
        author=_string(getattr(document, "author", "")),
        date=_string(getattr(document, "date", "")),
        sitename=_string(getattr(document, "sitename", "")),
        description=_string(getattr(document, "description", "")),
    )


def _string(value: object) -> str:
    return clean_text(value) if isinstance(value, str) else ""
