"""Checking that a service's JSON answer has the shape we read, before any of it becomes a record.

A field we use must have the JSON type the service documents (Crossref's REST API, CSL-JSON, Open
Library's ``jscmd=data``); a field we do not use may be anything. A wrong type, or a work without a title,
is one :class:`biblio.errors.NetworkError` naming the URL and the field: the answer is refused whole and
not cached, rather than half-read into a junk record (a title ``5``, an empty ``misc`` record).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from biblio.errors import NetworkError

Check = Callable[[Any], bool]


def is_text(value: Any) -> bool:
    """A string."""
    return isinstance(value, str)


def is_int(value: Any) -> bool:
    """An integer (not a boolean)."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_text_or_texts(value: Any) -> bool:
    """A string or a list of strings (Crossref gives ``title``, ``ISSN`` ... as lists)."""
    return is_text(value) or (isinstance(value, list) and all(is_text(v) for v in value))


def is_number_text(value: Any) -> bool:
    """A CSL number variable: a string, an integer, or a list of those."""
    return is_text(value) or is_int(value) or (isinstance(value, list) and all(is_text(v) or is_int(v) for v in value))


def is_list_of(item: Check) -> Check:
    """A list whose every item passes ``item``."""
    return lambda value: isinstance(value, list) and all(item(v) for v in value)


def is_object(fields: Mapping[str, Check]) -> Check:
    """An object whose listed fields, where present, pass their checks."""
    return lambda value: isinstance(value, dict) and not bad_fields(value, fields)


def _date_part(value: Any) -> bool:
    return value is None or is_int(value) or (is_text(value) and len(value) <= 10)


# A CSL name; Crossref adds ``name`` for corporate authors and ``affiliation``, ``ORCID`` ... (not read).
CSL_NAME = is_object({k: is_text for k in ("family", "given", "literal", "name", "suffix")})
CSL_DATE = is_object({"date-parts": is_list_of(is_list_of(_date_part))})
# The variables clean_csl reads from a Crossref work or a doi.org CSL item, and their types.
CSL_ITEM: dict[str, Check] = {
    "type": is_text,
    **dict.fromkeys(("title", "subtitle", "container-title", "collection-title", "publisher"), is_text_or_texts),
    **dict.fromkeys(("publisher-place", "DOI", "URL", "ISBN", "ISSN", "language", "genre"), is_text_or_texts),
    "abstract": is_text,
    **dict.fromkeys(("volume", "issue", "number", "page", "number-of-pages", "edition"), is_number_text),
    **dict.fromkeys(("author", "editor", "translator"), is_list_of(CSL_NAME)),
    **dict.fromkeys(("issued", "published-print", "published-online", "published"), CSL_DATE),
}
_NAMED = is_list_of(is_object({"name": is_text}))
# The fields of an Open Library ``jscmd=data`` book that book_to_record reads.
OPENLIBRARY_BOOK: dict[str, Check] = {
    "title": is_text,
    "subtitle": is_text,
    "authors": _NAMED,
    "publishers": _NAMED,
    "publish_places": _NAMED,
    "publish_date": is_text,
    "number_of_pages": is_int,
    "url": is_text,
    "identifiers": lambda v: isinstance(v, dict) and all(is_list_of(is_text)(x) for x in v.values()),
}


def bad_fields(data: Mapping[str, Any], fields: Mapping[str, Check]) -> list[str]:
    """The names of the listed fields present in ``data`` with the wrong shape (``null`` counts as absent)."""
    return [name for name, check in fields.items() if data.get(name) is not None and not check(data[name])]


def checked(data: Any, fields: Mapping[str, Check], what: str, url: str) -> dict[str, Any]:
    """``data`` if it is an object whose listed fields have their shapes; else NetworkError naming them."""
    if not isinstance(data, dict):
        raise NetworkError(f"{url}: not {what} (a JSON {_json_type(data)} instead of an object)")
    wrong = bad_fields(data, fields)
    if wrong:
        raise NetworkError(f"{url}: not {what} (unexpected {', '.join(wrong[:3])})")
    return data


def has_text(value: Any) -> bool:
    """True if ``value`` (a string or a list of strings) holds some non-blank text."""
    values = value if isinstance(value, list) else [value]
    return any(isinstance(v, str) and v.strip() for v in values)


def _json_type(value: Any) -> str:
    if isinstance(value, list):
        return "list"
    if isinstance(value, str):
        return "string"
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    return "number"
