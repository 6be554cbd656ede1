"""Recognising and normalising DOIs and ISBNs typed by the user."""

from __future__ import annotations

import re

from biblio.errors import InputError

_DOI = re.compile(r"^10\.\d{4,9}/\S+$")
_DOI_PREFIXES = re.compile(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.I)
_ISBN_PREFIX = re.compile(r"^isbn(?:-1[03])?:?\s*", re.I)
ISBN13_LEN = 13
ISBN10_LEN = 10


def doi_of(text: str) -> str:
    """The bare DOI in ``text`` (``doi:10.…``, ``https://doi.org/10.…`` or ``10.…``), else ``""``."""
    bare = _DOI_PREFIXES.sub("", text.strip())
    return bare if _DOI.match(bare) else ""


def _isbn10_ok(digits: str) -> bool:
    total = sum((10 - i) * (10 if c in "Xx" else int(c)) for i, c in enumerate(digits))
    return total % 11 == 0


def _isbn13_check(first12: str) -> int:
    return (10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(first12)) % 10) % 10


def normalize_isbn(text: str) -> str:
    """The ISBN-13 (digits only) for ``isbn:…`` / an ISBN-10 or -13 with or without hyphens; InputError if invalid."""
    raw = _ISBN_PREFIX.sub("", text.strip())
    digits = re.sub(r"[\s-]", "", raw)
    if len(digits) == ISBN10_LEN and re.fullmatch(r"\d{9}[\dXx]", digits) and _isbn10_ok(digits):
        core = "978" + digits[:9]
        return core + str(_isbn13_check(core))
    if len(digits) == ISBN13_LEN and digits.isdigit() and _isbn13_check(digits[:12]) == int(digits[12]):
        return digits
    raise InputError(f"{text.strip()}: not a valid ISBN (10 or 13 digits with a correct check digit)")
