"""Bytes -> text: BOMs, UTF-8, UTF-16 without BOM, GBK/GB18030 and other legacy encodings."""

from __future__ import annotations

import codecs

from biblio.errors import InputError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, what: str = "input") -> str:
    """Decode a source document; raises InputError for binary junk.

    Order: BOM, strict UTF-8, UTF-16 recognised by its zero bytes, GB18030 (a superset of GBK and
    GB2312, the encodings of Chinese exports), then charset-normalizer's best guess.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"), what)
    try:
        return _checked(data.decode("utf-8"), what)
    except UnicodeDecodeError:
        pass
    utf16 = _utf16_without_bom(data)
    if utf16 is not None:
        return _checked(utf16, what)
    if b"\x00" not in data:
        try:
            return _checked(data.decode("gb18030"), what)
        except UnicodeDecodeError:
            pass
    return _checked(_guess(data, what), what)


def _utf16_without_bom(data: bytes) -> str | None:
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
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _guess(data: bytes, what: str) -> str:
    from charset_normalizer import from_bytes  # lazy: only for legacy encodings

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{what}: not a text file (binary data or unknown encoding)")
    return str(best)


def _checked(text: str, what: str) -> str:
    """Reject text that is mostly control characters (binary data that happened to decode)."""
    sample = text[:20000]
    if not sample:
        return text
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    replaced = sample.count("\ufffd")
    if controls + replaced > max(8, len(sample) // 20):
        raise InputError(f"{what}: not a text file (binary data or unknown encoding)")
    return text.replace("\r\n", "\n").replace("\r", "\n")
