"""Records -> CSL-JSON (``id`` = citation key, CSL type names, BCP 47 language, date-parts).

Names are ``{"family","given"}`` or ``{"literal"}`` (corporate bodies); a Chinese personal name is
split in hanzi. ``Record.csl_extra`` is written back verbatim. For a mapped variable it holds the
form the source used (a number, a ``raw`` date, a dropping particle, a CSL type biblio folds into
another); that form is written while it still says what the model says, else the model wins.
Values CSL has no variable for (second-language titles, abstracts and keywords, romanizations,
nationality markers, original-script names, funding, identifiers) go into keys processors ignore:
citeproc-js's ``multi`` and ``biblio-*`` keys (see :mod:`biblio.importers.csl.extensions` and
:func:`biblio.importers.csl.values.name_to_csl`). A subtitle is joined to the title
(``Title: Subtitle``, ``标题：副标题``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from biblio.importers.csl.extensions import join_title, keyword_groups, record_extensions
from biblio.importers.csl.values import (
    MAPPED,
    TEXT_VARIABLES,
    date_parts,
    name_to_csl,
    number_variable,
    take_variable,
)
from biblio.model import LangText, Record
from biblio.model.types import TYPE_TO_CSL

KeyOf = Callable[[str], str | None]
_LEGAL_TYPES = frozenset({"legal_case", "bill", "legislation", "hearing", "regulation", "treaty"})
_TEXT = {k: v for k, v in TEXT_VARIABLES.items() if k != "publisher"}
_NAMES = {"author": "authors", "editor": "editors", "translator": "translators"}
_DATES = {"issued": "date", "accessed": "urldate", "original-date": "origdate"}
VARIABLES = (
    "type",
    "title",
    "container-title",
    "collection-title",
    "author",
    "editor",
    "translator",
    "issued",
    "volume",
    "issue",
    "number",
    "page",
    "number-of-pages",
    "edition",
    "publisher",
    "publisher-place",
    "genre",
    "language",
    "DOI",
    "ISBN",
    "ISSN",
    "URL",
    "accessed",
    "original-date",
    "abstract",
    "keyword",
    "note",
)


def format_csl_json(records: Iterable[Record], key_of: KeyOf | None = None) -> str:
    """A JSON array of CSL items, one per record."""
    items = [record_to_csl(r, key_of) for r in records]
    return json.dumps(items, ensure_ascii=False, indent=2) + "\n"


def write_csl_json(records: Iterable[Record], out: TextIO, key_of: KeyOf | None = None) -> int:
    """Stream a JSON array of CSL items to ``out``; returns how many were written."""
    count = 0
    out.write("[")
    for record in records:
        out.write(",\n" if count else "\n")
        out.write(json.dumps(record_to_csl(record, key_of), ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def record_to_csl(record: Record, key_of: KeyOf | None = None) -> dict[str, Any]:
    """One CSL item; ``key_of`` is accepted for symmetry with the BibTeX export (CSL has no links)."""
    item: dict[str, Any] = {"id": record.key or record.uid}
    for variable in VARIABLES:
        value = variable_value(record, variable)
        if value:
            item[variable] = value
    item.update(record_extensions(record, item.get("title", "")))
    for variable, original in record.csl_extra.items():
        if variable == "multi" and isinstance(original, dict):
            item["multi"] = _merged(original, item.get("multi", {}))
        elif variable not in MAPPED:
            item.setdefault(variable, original)
        elif _still_true(record, variable, original):
            item[variable] = original
    _add_kept_fields(record, item)
    return item


def _add_kept_fields(record: Record, item: dict[str, Any]) -> None:
    """The documented ``extra`` values (a film's medium, a bill's session ...) under their CSL variables."""
    from biblio.importers.fieldmap import make_names
    from biblio.importers.kept_fields import KEPT_FIELDS

    for name, value in record.extra.items():
        kept = KEPT_FIELDS.get(name)
        if kept is None or not kept.csl or not value or kept.csl in item:
            continue
        if kept.people:
            people = [n for n in (name_to_csl(x) for x in make_names([value], record.language)) if n]
            if people:
                item[kept.csl] = people
        else:
            item[kept.csl] = value
    if item.get("type") in _LEGAL_TYPES and record.institution:
        item.setdefault("authority", record.institution)  # the court, legislature or issuing office


def _merged(kept: dict[str, Any], made: dict[str, Any]) -> dict[str, Any]:
    """A ``multi`` kept from the source with what biblio writes merged in (two levels deep)."""
    out = dict(kept)
    for part, entries in made.items():
        old = out.get(part)
        out[part] = {**old, **entries} if isinstance(old, dict) else entries
    return out


def _still_true(record: Record, variable: str, original: Any) -> bool:
    """True if the kept source form of ``variable`` still reads as what the model holds."""
    current = variable_value(record, variable)
    scratch = Record(type=record.type, language=record.language)
    if not take_variable(scratch, variable, original):
        return current is None  # it was kept aside; write it while the model has nothing else
    return bool(variable_value(scratch, variable) == current)


def variable_value(record: Record, variable: str) -> Any:
    """The CSL value biblio writes for ``variable`` (``None`` or empty if there is none)."""
    if variable in _TEXT:
        return getattr(record, _TEXT[variable]) or None
    if variable in _NAMES:
        names = [n for n in (name_to_csl(x) for x in getattr(record, _NAMES[variable])) if n]
        return names or None
    if variable in _DATES:
        date = getattr(record, _DATES[variable])
        return date_parts(date) if date else None
    return _special(record, variable)


def _special(record: Record, variable: str) -> Any:
    make = _SPECIAL.get(variable)
    return make(record) if make else None


def _number(record: Record, variable: str) -> str | None:
    return record.number if variable == number_variable(record.type) and record.number else None


def _title(record: Record) -> str | None:
    return join_title(_first(record.title) or "", _first(record.subtitle) or "") or None


def _first(values: tuple[LangText, ...]) -> str | None:
    return values[0].value if values and values[0].value else None


_SPECIAL: dict[str, Callable[[Record], Any]] = {
    "type": lambda r: TYPE_TO_CSL[r.type],
    "title": _title,
    "container-title": lambda r: _first(r.container),
    "abstract": lambda r: _first(r.abstract),
    "issue": lambda r: _number(r, "issue"),
    "number": lambda r: _number(r, "number"),
    "language": lambda r: r.language or None,
    "keyword": lambda r: ", ".join(keyword_groups(r.keywords)[0]) or None,
    "publisher": lambda r: r.publisher or r.institution or None,
}

__all__ = ["format_csl_json", "record_to_csl", "variable_value", "write_csl_json"]
