"""Open Library: a book record by ISBN (``/api/books?bibkeys=ISBN:…&format=json&jscmd=data``)."""

from __future__ import annotations

import re
from typing import Any

from biblio.errors import InputError, NetworkError
from biblio.model import EntryType, LangText, Provenance, Record
from biblio.model.dates import edtf_date, month_number, year_date
from biblio.model.script import guess_language
from biblio.names.parse import parse_name
from biblio.net.config import NetConfig
from biblio.net.response import Response
from biblio.net.session import HttpSession
from biblio.net.shape import OPENLIBRARY_BOOK, checked

NAME = "openlibrary"
VERSION = "1"
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_MONTH = re.compile(r"\b([A-Za-z]{3,9})\.?\b")
_DAY = re.compile(r"\b([0-3]?\d)\b(?!\d)")


def publish_date(text: str) -> str:
    """An EDTF date from Open Library's free-form ``publish_date`` ("1987", "March 5, 2013", "Mar 2013")."""
    exact = edtf_date(text)
    if exact:
        return exact
    year = _YEAR.search(text)
    if year is None:
        return ""
    rest = text.replace(year.group(1), " ")
    month = next((m.group(1) for m in _MONTH.finditer(rest) if month_number(m.group(1))), "")
    day = _DAY.search(rest) if month else None
    return year_date(year.group(1), month, day.group(1) if day else "")[0]


def _names(value: Any, key: str = "name") -> list[str]:
    if not isinstance(value, list):
        return []
    return [" ".join(str(v[key]).split()) for v in value if isinstance(v, dict) and isinstance(v.get(key), str)]


def _first(value: Any) -> str:
    return next(iter(_names(value)), "")


def book_to_record(data: dict[str, Any], isbn: str) -> Record:
    """The book record for one Open Library ``jscmd=data`` entry."""
    title = " ".join(str(data.get("title", "")).split())
    if not title:
        raise InputError(f"isbn:{isbn}: Open Library has no title for this book")
    subtitle = " ".join(str(data.get("subtitle", "")).split())
    lang = guess_language(title)
    pages = data.get("number_of_pages")
    return Record(
        type=EntryType.BOOK,
        title=(LangText(title, lang),),
        subtitle=(LangText(subtitle, lang),) if subtitle else (),
        authors=[parse_name(n, lang) for n in _names(data.get("authors"))],
        publisher=_first(data.get("publishers")),
        place=_first(data.get("publish_places")),
        date=publish_date(str(data.get("publish_date", ""))),
        isbn=isbn,
        pagetotal=str(pages) if isinstance(pages, int) and pages > 0 else "",
        url=str(data.get("url", "")) if isinstance(data.get("url"), str) else "",
        identifiers=_identifiers(data),
        provenance=Provenance(importer=NAME, importer_version=VERSION, locator=f"ISBN:{isbn}"),
    )


def _identifiers(data: dict[str, Any]) -> dict[str, str]:
    found = data.get("identifiers")
    out: dict[str, str] = {}
    if isinstance(found, dict):
        for name in ("openlibrary", "oclc", "lccn"):
            values = found.get(name)
            if isinstance(values, list) and values and isinstance(values[0], str):
                out[name] = values[0]
    return out


def book_by_isbn(session: HttpSession, config: NetConfig, isbn: str) -> tuple[Record, bytes]:
    """The book with this ISBN-13 and the raw answer; NetworkError if Open Library does not know it.

    The answer is checked by shape (:data:`biblio.net.shape.OPENLIBRARY_BOOK`) first; only a usable one is cached.
    """

    def read(response: Response) -> Record:
        payload = response.json()
        entry = payload.get(f"ISBN:{isbn}") if isinstance(payload, dict) else None
        if entry is None:
            raise NetworkError(f"isbn:{isbn}: not found in Open Library")
        return book_to_record(checked(entry, OPENLIBRARY_BOOK, "an Open Library book", response.url), isbn)

    url = f"{config.openlibrary_url}/api/books"
    params = {"bibkeys": f"ISBN:{isbn}", "format": "json", "jscmd": "data"}
    record, response = session.get_checked(url, read, params=params)
    return record, response.content
