"""Records -> CSL-JSON (``id`` = citation key, CSL type names, BCP 47 language, date-parts).

Names are ``{"family","given"}`` or ``{"literal"}`` (corporate bodies); a Chinese personal name is
split in hanzi. ``Record.csl_extra`` is written back verbatim. For a mapped variable it holds the
form the source used (a number, a ``raw`` date, a dropping particle, a CSL type biblio folds into
another); that form is written while it still says what the model says, else the model wins.
Values CSL has no variable for (second-language titles, abstracts and keywords, romanizations,
nationality markers, original-script names, funding, identifiers) go into keys processors ignore:
citeproc-js's ``multi`` and ``biblio-*`` keys (see :mod:`biblio.csl.extensions` and
:func:`biblio.csl.values.name_to_csl`). A subtitle is joined to the title
(``Title: Subtitle``, ``标题：副标题``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any, TextIO

from biblio.csl.extensions import record_extensions
from biblio.csl.values import MAPPED, name_to_csl, take_variable
from biblio.csl.variables import variable_value
from biblio.model import Record

KeyOf = Callable[[str], str | None]
_LEGAL_TYPES = frozenset({"legal_case", "bill", "legislation", "hearing", "regulation", "treaty"})
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
    if left := _extra_left(record, item):
        item.setdefault("biblio-extra", left)
    return item


def _extra_left(record: Record, item: dict[str, Any]) -> dict[str, str]:
    """The ``extra`` values no CSL variable holds (a BibTeX ``bibsource``, a RIS tag's second value, a kept
    field CSL has no variable for), under ``biblio-extra``: CSL processors ignore the key, biblio's importer
    reads it back, so a CSL-JSON round trip keeps them (they were dropped). Bookkeeping and attached files'
    paths are not written, as in the BibTeX export."""
    from biblio.export.bibtex import INTERNAL_EXTRA, INTERNAL_PREFIXES
    from biblio.model.dates import date_season
    from biblio.model.kept_fields import KEPT_FIELDS

    left: dict[str, str] = {}
    for name, value in record.extra.items():
        kept = KEPT_FIELDS.get(name)
        if not value or name in INTERNAL_EXTRA or name.startswith(INTERNAL_PREFIXES) or name in _NOT_SHARED:
            continue
        in_date = name == "season" and date_season(record)
        if in_date or (kept is not None and kept.csl and kept.csl in item):
            continue  # written in the date, or under its CSL variable
        left[name] = value
    return left


_NOT_SHARED = frozenset({"file", "pdf"})  # paths on the user's disk: `export --with-files` decides, not CSL-JSON


def _add_kept_fields(record: Record, item: dict[str, Any]) -> None:
    """The documented ``extra`` values (a film's medium, a bill's session ...) under their CSL variables."""
    from biblio.model.kept_fields import KEPT_FIELDS
    from biblio.names.lists import make_names

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


__all__ = ["format_csl_json", "record_to_csl", "variable_value", "write_csl_json"]
