"""Fetch a web page for the article importer: bytes, final URL (after redirects) and HTTP charset."""

from __future__ import annotations

from dataclasses import dataclass

from biblio.errors import InputError
from biblio.net.session import HttpSession

ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})


@dataclass(frozen=True, slots=True)
class Page:
    """A fetched page: ``url`` is the final URL, ``charset`` the one the Content-Type header names (or "")."""

    url: str
    content: bytes
    charset: str
    content_type: str
    from_cache: bool = False


def fetch_page(session: HttpSession, url: str) -> Page:
    """GET an HTML page; a non-HTML answer (PDF, image, JSON ...) is an InputError naming its type."""
    response = session.get(url, accept=ACCEPT_HTML)
    if response.content_type not in HTML_TYPES:
        raise InputError(f"{url}: not a web page (content type {response.content_type})")
    if not response.content.strip():
        raise InputError(f"{url}: the page is empty")
    return Page(response.url, response.content, response.charset, response.content_type, response.from_cache)
