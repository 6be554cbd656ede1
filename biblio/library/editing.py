"""Applying ``field=value`` edits to a record, with validation.

``biblio edit KEY title=... title.en=... author="Zhang, Ning and Li, Ming" year=2024 tags=a,b``.
A ``.lang`` suffix edits one language of a multilingual field; an empty value clears the field.
Names not known to the model go to ``extra`` (BibLaTeX fields, kept verbatim). Editing a field drops
its verbatim LaTeX copy so the export is regenerated from the new value.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import replace

from biblio.errors import UsageError
from biblio.keys import validate_key
from biblio.model import EntryType, LangText, Record, with_value

_MULTI = {
    "title": "title",
    "subtitle": "subtitle",
    "journal": "container",
    "container": "container",
    "booktitle": "container",
    "abstract": "abstract",
}
_NAMES = {"author": "authors", "editor": "editors", "translator": "translators"}
_SCALARS = {
    **{name: name for name in ("volume", "number", "pages", "pagetotal", "edition", "publisher", "place")},
    **{name: name for name in ("institution", "genre", "series", "url", "doi", "isbn", "issn", "note")},
    **{name: name for name in ("language", "date", "urldate", "origdate")},
    "issue": "number",
    "address": "place",
    "location": "place",
    "school": "institution",
    "year": "date",
}
_DATE = re.compile(r"^-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?(/(-?\d{4}(-\d{2}(-\d{2})?)?)?)?$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")
_ISBN = re.compile(r"^(97[89])?\d{9}[\dX]$")


def parse_assignment(text: str) -> tuple[str, str, str]:
    """``field[.lang]=value`` -> (field, lang, value)."""
    name, sep, value = text.partition("=")
    if not sep or not name.strip():
        raise UsageError(f"expected field=value, got {text!r}")
    field_name, _, lang = name.strip().lower().partition(".")
    return field_name, lang, value.strip()


def apply_edits(record: Record, edits: Iterable[tuple[str, str, str]]) -> Record:
    """A copy of ``record`` with every ``(field, lang, value)`` edit applied in order (all validated).

    Pass it to :meth:`biblio.library.Library.update` so the record is read and written in one transaction.
    """
    for field_name, lang, value in edits:
        record = apply_edit(record, field_name, lang, value)
    return record


def apply_edit(record: Record, field_name: str, lang: str, value: str) -> Record:
    """A copy of ``record`` with one field changed (validated)."""
    edited = replace(record, latex=dict(record.latex), extra=dict(record.extra))
    slot = field_name
    if field_name in _MULTI:
        slot = _MULTI[field_name]
        setattr(edited, slot, with_value(getattr(record, slot), value, lang))
    elif field_name in _SCALARS:
        slot = _SCALARS[field_name]
        setattr(edited, slot, _validated(slot, value))
    elif field_name in _NAMES:
        from biblio.names.parse import parse_names

        slot = _NAMES[field_name]
        setattr(edited, slot, parse_names(value, record.language) if value else [])
    elif field_name in _SPECIAL:
        _SPECIAL[field_name](edited, lang, value)
    elif re.fullmatch(r"[a-z][a-z0-9_+-]*", field_name):
        _set_extra(edited, field_name, value)
    else:
        raise UsageError(f"invalid field name {field_name!r}")
    from biblio.export.bibtex import forget_latex

    forget_latex(edited, slot)
    return edited


def _set_keywords(record: Record, lang: str, value: str) -> None:
    words = [w.strip() for w in re.split(r"[,;，；、]", value) if w.strip()]
    kept = tuple(k for k in record.keywords if lang and k.lang != lang)
    record.keywords = kept + tuple(LangText(w, lang or record.language) for w in words)


def _set_type(record: Record, lang: str, value: str) -> None:
    record.type = _entry_type(value)


def _set_key(record: Record, lang: str, value: str) -> None:
    record.key = validate_key(value)


def _set_tags(record: Record, lang: str, value: str) -> None:
    record.tags = sorted({t.strip() for t in value.split(",") if t.strip()})


def _set_user_note(record: Record, lang: str, value: str) -> None:
    record.user_note = value


def _set_extra(record: Record, name: str, value: str) -> None:
    if value:
        record.extra[name] = value
    else:
        record.extra.pop(name, None)


_SPECIAL: dict[str, Callable[[Record, str, str], None]] = {
    "keywords": _set_keywords,
    "type": _set_type,
    "key": _set_key,
    "tags": _set_tags,
    "user_note": _set_user_note,
    "usernote": _set_user_note,
    "comment": _set_user_note,
}


def _entry_type(value: str) -> EntryType:
    found = EntryType.parse(value)
    if found is EntryType.MISC and value.strip().lower() != "misc":
        known = ", ".join(t.value for t in EntryType)
        raise UsageError(f"unknown entry type {value!r} (known: {known})")
    return found


def _validated(attr: str, value: str) -> str:
    if not value:
        return value
    if attr in ("date", "urldate", "origdate") and not _DATE.match(value):
        raise UsageError(f"invalid {attr} {value!r}: use YYYY, YYYY-MM, YYYY-MM-DD or a range YYYY/YYYY")
    if attr == "doi" and not value.startswith("10."):
        raise UsageError(f"invalid DOI {value!r}: a DOI starts with 10.")
    if attr == "isbn" and not _ISBN.match(value.replace("-", "").replace(" ", "").upper()):
        raise UsageError(f"invalid ISBN {value!r}")
    if attr == "language" and not _LANG.match(value):
        raise UsageError(f"invalid language {value!r}: use a BCP 47 tag such as zh, ru, en")
    return value
