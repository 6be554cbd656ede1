"""Validating DOIs and ISBNs before they are trusted to say "the same work".

Sources write placeholders and typos into identifier fields (the literal text ``DOI`` in every record of
an export, an ISBN with a wrong check digit, two ISBNs in one field). Such values are kept as the
source wrote them, but only a valid identifier may match one record to another: a DOI is
``10.<registrant digits>/<suffix>`` or a shortDOI ``10/<code>`` (optionally written as ``doi:…`` or a
doi.org URL), an ISBN is 10 or 13 digits with a correct check digit, a URL has a scheme and a host
(the literal text ``URL`` in every record of an export matched them all).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from biblio.model.record import Record

_DOI = re.compile(r"10\.\d{4,9}(?:\.\d+)*/\S+|10/[A-Za-z0-9]+")  # a DOI, or a shortDOI (10/fqd6hj)
_DOI_PREFIX = re.compile(r"(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", re.I)
_ISBN_SEPARATORS = re.compile(r"[\s\u2010-\u2015-]")
_ISBN_LIST = re.compile(r"[,;/|]")
_ISBN_LABELS = frozenset({"isbn", "isbn:", "isbn-10", "isbn-10:", "isbn-13", "isbn-13:"})
_ISBN_LABEL = re.compile(r"^isbn(?:-1[03])?:?\s*", re.I)
_ISBN10 = re.compile(r"\d{9}[\dXx]")
_ISBN13 = re.compile(r"97[89]\d{10}")
_URL = re.compile(r"(?:https?|ftp)://[^\s/?#]+\S*|www\.[^\s/?#]+\.\S+", re.I)


_BIBTEX_GROUPING = re.compile(r"\\?[{}]")


def bibtex_url_text(raw: str) -> str:
    """A .bib url or doi value read as BibTeX means it (the value, not the LaTeX).

    Braces, escaped or not, group (Web of Science's ``{{10.1/x}}``, Mendeley's ``e{\\_}057``): a URL cannot
    hold a literal brace (RFC 3986 percent-encodes it), so they are never part of the address. ``\\~`` is a
    .bib habit for ``~``; a line break and the next line's indentation are one space, as BibTeX reads them.
    The other escapes (``\\_ \\% \\& \\# \\$``) are left to the caller.
    """
    return " ".join(_BIBTEX_GROUPING.sub("", raw).replace("\\~", "~").split())


def bare_doi(value: str) -> str:
    """The DOI in ``value`` without a ``doi:`` or doi.org prefix, if it is a DOI; else ``""``."""
    text = value.strip()
    text = text[_m.end() :] if (_m := _DOI_PREFIX.match(text)) else text
    return text if _DOI.fullmatch(text) else ""


def isbn10_ok(digits: str) -> bool:
    """True for ten characters ``\\d{9}[\\dX]`` with a correct ISBN-10 check digit."""
    if not _ISBN10.fullmatch(digits):
        return False
    total = sum((10 - i) * (10 if c in "Xx" else int(c)) for i, c in enumerate(digits))
    return total % 11 == 0


def isbn13_check(first12: str) -> int:
    """The ISBN-13/EAN check digit of twelve digits."""
    return (10 - sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(first12)) % 10) % 10


def isbn_digits(value: str) -> str:
    """``value`` as bare ISBN digits (label, hyphens and spaces removed) if it is one valid ISBN; else ``""``."""
    digits = _ISBN_SEPARATORS.sub("", _ISBN_LABEL.sub("", value.strip()))
    if isbn10_ok(digits):
        return digits.upper()
    if _ISBN13.fullmatch(digits) and isbn13_check(digits[:12]) == int(digits[12]):
        return digits
    return ""


def invalid_isbns(value: str) -> list[str]:
    """The parts of an ISBN field that are not valid ISBNs.

    A field may hold several ISBNs (separated by ``,;/|`` or spaces), labels (``ISBN-13:``) and
    qualifiers (``978-0-19-852663-6 (pbk.)``). Plain string operations only: linear on any input.
    """
    bad = []
    for part in _ISBN_LIST.split(value):
        text = part.split("(", 1)[0].strip()
        if not text or isbn_digits(text):
            continue
        tokens = [t for t in text.split() if t.lower() not in _ISBN_LABELS]
        if not tokens or len(tokens) == 1 or not all(isbn_digits(t) for t in tokens):
            bad.append(text)
    return bad


@dataclass(frozen=True, slots=True)
class InvalidIdentifier:
    """An identifier value that is kept but not used for matching."""

    field: str  # "doi", "isbn" or "url"
    value: str

    def describe(self) -> str:
        """What is wrong with it, for a warning."""
        if self.field == "doi":
            return f"doi {self.value!r} is not a DOI (10.<digits>/…)"
        if self.field == "url":
            return f"url {self.value!r} is not a web address"
        return f"isbn {self.value!r} has no valid ISBN check digit"


def invalid_identifiers(record: Record) -> list[InvalidIdentifier]:
    """The record's DOI, ISBN and URL values that are not valid identifiers."""
    found = []
    if record.doi.strip() and not bare_doi(record.doi):
        found.append(InvalidIdentifier("doi", record.doi))
    if record.isbn.strip() and invalid_isbns(record.isbn):
        found.append(InvalidIdentifier("isbn", record.isbn))
    if record.url.strip() and not matchable_url(record.url):
        found.append(InvalidIdentifier("url", record.url))
    return found


def matchable_doi(value: str) -> str:
    """``value`` if it may be used to match records (a valid DOI), else ``""``."""
    return value if bare_doi(value) else ""


def matchable_isbn(value: str) -> str:
    """``value`` if it may be used to match records (exactly one valid ISBN), else ``""``."""
    return value if isbn_digits(value) else ""


_NEXT_URL = re.compile(r"[;,]?\s+(?=(?:https?|ftp)://|www\.)", re.I)


def split_urls(value: str) -> list[str]:
    """The addresses of a url field that holds several (``http://a.org/x; http://b.org/y``, a line each in
    Beebe's TeX Live files), when every piece is one; else ``[value]`` (a ``;`` or ``,`` inside a URL stays)."""
    parts = _NEXT_URL.split(value.strip())
    if len(parts) > 1 and all(_URL.fullmatch(part) for part in parts):
        return parts
    return [value]


def matchable_url(value: str) -> str:
    """``value`` if it may be used to match records (``http(s)://host…``, ``ftp://…``, ``www.…``), else ``""``."""
    return value if _URL.fullmatch(value.strip()) else ""


def for_matching(record: Record) -> Record:
    """``record`` itself, or a shallow copy without the DOI/ISBN/URL values that must not be used to match it."""
    doi, isbn, url = matchable_doi(record.doi), matchable_isbn(record.isbn), matchable_url(record.url)
    if doi == record.doi and isbn == record.isbn and url == record.url:
        return record
    return replace(record, doi=doi, isbn=isbn, url=url)
