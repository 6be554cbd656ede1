"""BibLaTeX export of year/month values biber cannot read (TeX Live's Beebe bibliographies write "28~jul",
"jun-aug", "June", "1900--1925", "summer"): written as ``date`` from the parsed date, which holds all they say; values
the date model does not read ("????") and every readable pair stay as written."""

from __future__ import annotations

import pytest

from biblio.export.bibtex import format_bibtex
from biblio.importers.registry import get_importer


def _exported(year: str, month: str = "", dialect: str = "biblatex") -> str:
    month_field = f", month = {month}" if month else ""
    source = f"@book{{k, title = {{T}}, author = {{Doe, Jane}}, year = {year}{month_field}}}"
    record = get_importer("bibtex").parse(source).records[0]
    return format_bibtex([record], dialect=dialect)


@pytest.mark.parametrize(
    ("year", "month", "date"),
    [
        ("{1990}", "{jun-aug}", "1990-06/1990-08"),  # biber printed "June 1990": the range was lost
        ("{1990}", "{6--8}", "1990-06/1990-08"),
        ("{1987}", "{28~jul}", "1987-07-28"),
        ("{1987}", "{July 28}", "1987-07-28"),
        ("{2001}", "{June}", "2001-06"),
        ("{2001}", "{Sept.}", "2001-09"),
        ("{1900--1925}", "", "1900/1925"),
        ("{1990}", "{summer}", "1990-22"),  # a season: EDTF's season date, biblatex prints "Summer 1990"
        ("{1990}", "{Herbst}", "1990-23"),
    ],
)
def test_unreadable_legacy_date_is_written_as_date(year: str, month: str, date: str) -> None:
    text = _exported(year, month)
    assert f"date = {{{date}}}" in text
    assert "year =" not in text and "month =" not in text


@pytest.mark.parametrize(
    ("year", "month", "kept"),
    [
        ("{1990}", "jun", "month = jun"),  # biber reads the macro
        ("{1990}", "{6}", "month = {6}"),
        ("{????}", "", "year = {????}"),  # Beebe's placeholder: nothing parsed to write instead
    ],
)
def test_readable_or_unparsed_legacy_date_is_kept(year: str, month: str, kept: str) -> None:
    text = _exported(year, month)
    assert kept in text
    assert "date =" not in text


def test_classic_bibtex_keeps_what_its_styles_print() -> None:
    text = _exported("{1990}", "{jun-aug}", dialect="bibtex")
    assert "month = {jun-aug}" in text and "date =" not in text
