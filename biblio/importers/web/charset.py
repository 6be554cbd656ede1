"""Decoding HTML: the HTTP header's charset, else ``<meta charset>``, else detection (GB18030 for GBK pages).

A few bad bytes in a page are replaced and counted (:class:`biblio.importers.decode.Decoded`), not refused.
Also repairs text a fetcher decoded as ISO-8859-1 (requests' default for ``text/html`` without a
charset) when the page itself declares another encoding.
"""

from __future__ import annotations

import codecs
import re

from biblio.importers.decode import Decoded, decode_lenient, decode_text

_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_LATIN1 = {"iso-8859-1", "latin-1", "latin1", "cp1252", "windows-1252", "ascii", "us-ascii"}
_CHINESE = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}


def normalise_charset(name: str) -> str:
    """A Python codec name for a declared charset ("" if unknown); GB2312/GBK become GB18030 (a superset)."""
    name = name.strip().strip("\"'").lower()
    if name in _CHINESE:
        return "gb18030"
    try:
        return codecs.lookup(name).name if name else ""
    except LookupError:
        return ""


def declared_charset(head: bytes) -> str:
    """The charset a page declares in its first bytes (``<meta charset>`` or ``http-equiv``), or ""."""
    match = _META.search(head[:4096])
    return normalise_charset(match.group(1).decode("ascii", "replace")) if match else ""


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
