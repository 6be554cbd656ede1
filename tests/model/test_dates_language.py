"""Dates and language names as sources write them (shared by the BibTeX, CSL and Open Library readers)."""

from __future__ import annotations

import pytest

from biblio.model.dates import edtf_date, month_number, year_date
from biblio.model.language import langid_for, language_tag


@pytest.mark.parametrize(
    ("month", "number"), [("6", 6), ("jun", 6), ("June", 6), ("Jun.", 6), ("juillet", 7), ("13", 0), ("soon", 0)]
)
def test_month_number(month: str, number: int) -> None:
    assert month_number(month) == number


@pytest.mark.parametrize(
    ("parts", "expected"),
    [
        (("2024", "jun", "15"), ("2024-06-15", 3)),
        (("2024", "jun", "32"), ("2024-06", 2)),
        (("2024", "", ""), ("2024", 1)),
        (("1997--1998", "", ""), ("1997/1998", 1)),
        (("199x", "", ""), ("", 0)),
        # a day or a range in the month field (TeX Live's frankenstein.bib, xampl.bib): the year alone before
        (("1990", "28\u00a0jul", ""), ("1990-07-28", 2)),
        (("1990", "July 28", ""), ("1990-07-28", 2)),
        (("1990", "Dec. 5", ""), ("1990-12-05", 2)),
        (("1990", "jun-aug", ""), ("1990-06/1990-08", 2)),
        (("1990", "June–August", ""), ("1990-06/1990-08", 2)),
        (("1990", "6--8", ""), ("1990-06/1990-08", 2)),
        (("1990", "31 feb", ""), ("1990", 1)),  # no such day
        (("1990", "aug-jun", ""), ("1990", 1)),  # backwards
        (("1990", "summer", ""), ("1990", 1)),  # a season: kept aside (the month field stays in extra)
    ],
)
def test_year_date(parts: tuple[str, str, str], expected: tuple[str, int]) -> None:
    assert year_date(*parts) == expected


def test_edtf_date_keeps_only_edtf_like_values() -> None:
    assert (edtf_date("2024-06-15"), edtf_date("1997–1998"), edtf_date("June 2024")) == ("2024-06-15", "1997/1998", "")


def test_language_names_and_tags_both_ways() -> None:
    assert (language_tag("russian"), language_tag("zh-Hant"), language_tag("klingon!")) == ("ru", "zh-Hant", "")
    assert (langid_for("zh"), langid_for("ru-RU"), langid_for("xx")) == ("chinese", "russian", "xx")
