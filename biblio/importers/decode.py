"""Bytes -> text: BOMs, UTF-8, UTF-16 without BOM, GBK/GB18030 and other legacy encodings.

Tolerant: a page or export with a few invalid bytes (a truncated GBK character, one stray byte in a
UTF-8 file) is decoded with those bytes replaced by U+FFFD and the places counted and reported
(:attr:`Decoded.replaced`, :meth:`Decoded.warning`), not refused. "A few" is at most
:data:`TOLERATED_MIN` places, or one per :data:`TOLERATED_PER` non-ASCII bytes in larger files;
binary data and text in an unknown encoding are still refused with :class:`InputError`.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from biblio.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
TOLERATED_MIN = 2
TOLERATED_PER = 200
_VALID_PER_BAD = 10  # tolerant UTF-8 needs this many good non-ASCII characters per bad byte
_META = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
_CHINESE = {"gb2312", "gbk", "gb18030", "x-gbk", "cp936"}
DECLARATION_HEAD = 4096
_REPLACEMENT = "\ufffd"
_ASCII = bytes(range(0x80))


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the encoding used, and at how many places undecodable bytes were replaced by U+FFFD."""

    text: str
    encoding: str
    replaced: int = 0

    def warning(self, what: str = "input") -> str:
        """The message for the user when bytes were replaced ("" when none were)."""
        if not self.replaced:
            return ""
        places = f"{self.replaced} places" if self.replaced > 1 else "1 place"
        return (
            f"{what}: undecodable bytes in {self.encoding} text at {places} replaced by {_REPLACEMENT!r}; "
            "check the characters there"
        )


def decode_bytes(data: bytes, what: str = "input") -> str:
    """The text of a source document; raises InputError for binary junk (see :func:`decode_text`)."""
    return decode_text(data, what).text


def decode_text(data: bytes, what: str = "input") -> Decoded:
    """Decode a source document, tolerating a few bad bytes; raises InputError for binary junk.

    Order: BOM, strict UTF-8, the encoding an HTML/XML document declares, UTF-16 recognised by its
    zero bytes, strict GB18030 (a superset of GBK and GB2312, the encodings of Chinese exports),
    UTF-8 with a few bad bytes, charset-normalizer's guess (cp1251, Shift-JIS, Big5 …), GB18030
    with a few bad bytes.
    """
    decoded = _first_reading(data)
    if decoded is None:
        raise InputError(f"{what}: not a text file (binary data or unknown encoding)")
    return _checked(decoded, what)


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
    """The encoding a document declares in its first bytes (``<meta charset>``, ``http-equiv``, ``<?xml encoding>``)."""
    head = head[:DECLARATION_HEAD]
    match = _META.search(head) or _XML.search(head)
    return normalise_charset(match.group(1).decode("ascii", "replace")) if match else ""


def _first_reading(data: bytes) -> Decoded | None:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _lenient(data, encoding)
    for attempt in (
        _strict_utf8,
        _declared,
        _utf16_without_bom,
        _strict_gb18030,
        _mostly_utf8,
        _guess,
        _mostly_gb18030,
    ):
        decoded = attempt(data)
        if decoded is not None:
            return decoded
    return None


def _strict_utf8(data: bytes) -> Decoded | None:
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        return None


def _declared(data: bytes) -> Decoded | None:
    """The encoding an HTML or XML document declares, if its bytes fit it (a few bad bytes tolerated)."""
    charset = declared_charset(data)
    return decode_lenient(data, charset) if charset and charset != "utf-8" else None


def _strict_gb18030(data: bytes) -> Decoded | None:
    if b"\x00" in data:
        return None
    try:
        return Decoded(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        return None


def _mostly_utf8(data: bytes) -> Decoded | None:
    """UTF-8 with a few bad bytes: many good multi-byte characters for each bad byte (never cp1251 or latin-1)."""
    decoded = _lenient(data, "utf-8")
    text = decoded.text
    good = len(text) - len(text.encode("ascii", "ignore")) - text.count(_REPLACEMENT)
    return decoded if tolerable(data, decoded.replaced) and good >= _VALID_PER_BAD * decoded.replaced else None


def _mostly_gb18030(data: bytes) -> Decoded | None:
    if b"\x00" in data:
        return None
    decoded = _lenient(data, "gb18030")
    return decoded if tolerable(data, decoded.replaced) else None


def decode_lenient(data: bytes, encoding: str) -> Decoded | None:
    """``data`` in ``encoding`` (strict, else with a tolerable number of bad bytes replaced); None otherwise."""
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        pass
    except LookupError:
        return None
    decoded = _lenient(data, encoding)
    return decoded if tolerable(data, decoded.replaced) else None


def tolerable(data: bytes, replaced: int) -> bool:
    """True when ``replaced`` bad bytes are few enough for ``data`` to count as text with a few errors."""
    non_ascii = len(data.translate(None, _ASCII))
    return replaced <= max(TOLERATED_MIN, non_ascii // TOLERATED_PER)


def _lenient(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    replaced = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode("utf-8"))
    return Decoded(text, codecs.lookup(encoding).name, max(0, replaced))


def _utf16_without_bom(data: bytes) -> Decoded | None:
    sample = data[:4000]
    if len(sample) < 4 or len(sample) % 2:
        return None
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    half = len(sample) // 2
    encoding = "utf-16-le" if odd_zeros > half * 0.3 else "utf-16-be" if even_zeros > half * 0.3 else ""
    if not encoding:
        return None
    try:
        return Decoded(data.decode(encoding), encoding)
    except UnicodeDecodeError:
        return None


def _guess(data: bytes) -> Decoded | None:
    """charset-normalizer's best guess (cp1251, Shift-JIS, Big5 …)."""
    from charset_normalizer import from_bytes  # lazy: only for legacy encodings

    best = from_bytes(data).best()
    return Decoded(str(best), best.encoding) if best is not None else None


def _checked(decoded: Decoded, what: str) -> Decoded:
    """Reject text that is mostly control characters (binary data that happened to decode)."""
    text = decoded.text
    sample = text[:20000]
    if sample:
        controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
        replaced = sample.count(_REPLACEMENT)
        if controls + replaced > max(8, len(sample) // 20):
            raise InputError(f"{what}: not a text file (binary data or unknown encoding)")
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return Decoded(normalised, decoded.encoding, decoded.replaced)


_ATTEMPTS = (_strict_utf8, _declared, _utf16_without_bom, _strict_gb18030, _mostly_utf8, _guess, _mostly_gb18030)
