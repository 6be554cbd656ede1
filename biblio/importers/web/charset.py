"""Decoding HTML: the HTTP header's charset, else ``<meta charset>``, else detection (GB18030 for GBK pages).

A few bad bytes in a page are replaced and counted (:class:`biblio.importers.decode.Decoded`), not refused.
Also repairs text a fetcher decoded as ISO-8859-1 (requests' default for ``text/html`` without a
charset) when the page itself declares another encoding.
"""

from __future__ import annotations

import codecs

from biblio.importers.decode import Decoded, declared_charset, decode_lenient, decode_text, normalise_charset

_LATIN1 = {"iso-8859-1", "latin-1", "latin1", "cp1252", "windows-1252", "ascii", "us-ascii"}


def decode_html(data: bytes, headers_charset: str = "") -> str:
    """Text of an HTML document, trying the header's charset, the declared one, then detection."""
    return decode_html_text(data, headers_charset).text


def decode_html_text(data: bytes, headers_charset: str = "", what: str = "HTML page") -> Decoded:
    """Like :func:`decode_html`, with the encoding used and the count of bad bytes replaced (a few are tolerated)."""
    for charset in (normalise_charset(headers_charset), declared_charset(data)):
        decoded = decode_lenient(data, charset) if charset else None
        if decoded is not None:
            return Decoded(decoded.text.replace("\r\n", "\n"), decoded.encoding, decoded.replaced)
    return decode_text(data, what)


def repair_latin1(html: str, headers_charset: str = "") -> str:
    """Undo a wrong ISO-8859-1 decoding when the page declares another charset; else ``html`` unchanged."""
    if not html or html.isascii() or max(html) > "\xff":
        return html
    if normalise_charset(headers_charset) not in ("", *(_name(n) for n in _LATIN1)):
        return html
    raw = html.encode("latin-1")
    declared = declared_charset(raw)
    if not declared or declared in (_name(n) for n in _LATIN1):
        return html
    try:
        return raw.decode(declared)
    except UnicodeDecodeError:
        return html


def _name(charset: str) -> str:
    return codecs.lookup(charset).name
