"""The CSL value biblio writes for each variable of a record: the export's items, and the importer's test of
whether a kept source value still says what the record holds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from biblio.csl.extensions import join_title, keyword_groups
from biblio.csl.values import TEXT_VARIABLES, date_parts, name_to_csl, number_variable
from biblio.model import LangText, Record
from biblio.model.dates import SEASON_NUMBER, date_season
from biblio.model.types import TYPE_TO_CSL

_TEXT = {k: v for k, v in TEXT_VARIABLES.items() if k != "publisher"}
_NAMES = {"author": "authors", "editor": "editors", "translator": "translators"}
_DATES = {"issued": "date", "accessed": "urldate", "original-date": "origdate"}


def variable_value(record: Record, variable: str) -> Any:
    """The CSL value biblio writes for ``variable`` (``None`` or empty if there is none)."""
    if variable in _TEXT:
        return getattr(record, _TEXT[variable]) or None
    if variable in _NAMES:
        names = [n for n in (name_to_csl(x) for x in getattr(record, _NAMES[variable])) if n]
        return names or None
    if variable in _DATES:
        date = getattr(record, _DATES[variable])
        if not date:
            return None
        value = date_parts(date)
        if variable == "issued" and (season := date_season(record)):
            value["season"] = SEASON_NUMBER[season]  # "Spring 2003": CSL's season of the year
        return value
    return _special(record, variable)


def _special(record: Record, variable: str) -> Any:
    make = _SPECIAL.get(variable)
    return make(record) if make else None


def _number(record: Record, variable: str) -> str | None:
    return record.number if variable == number_variable(record.type) and record.number else None


def _title(record: Record) -> str | None:
    return join_title(_first(record.title) or "", _first(record.subtitle) or "") or None


def _container(record: Record) -> str | None:
    """The container's title with its subtitle (BibLaTeX ``booksubtitle``/``journalsubtitle``, kept in ``extra``)
    joined as the title's is: CSL has no variable for it, and it was dropped from CSL-JSON."""
    subtitle = record.extra.get("booksubtitle") or record.extra.get("journalsubtitle") or ""
    return join_title(_first(record.container) or "", subtitle) or None


def _first(values: tuple[LangText, ...]) -> str | None:
    return values[0].value if values and values[0].value else None


_SPECIAL: dict[str, Callable[[Record], Any]] = {
    "type": lambda r: TYPE_TO_CSL[r.type],
    "title": _title,
    "container-title": _container,
    "abstract": lambda r: _first(r.abstract),
    "issue": lambda r: _number(r, "issue"),
    "number": lambda r: _number(r, "number"),
    "language": lambda r: r.language or None,
    "keyword": lambda r: ", ".join(keyword_groups(r.keywords)[0]) or None,
    "publisher": lambda r: r.publisher or r.institution or None,
}
