"""Seasons in dates ("Spring 2003", RIS "2003///Spring", month = {summer}, 2003年春季, CSL's season 1-4)."""

from __future__ import annotations

import pytest

from biblio.model.dates import csl_season, edtf_season, season_in, year_season


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("Spring 2003", "spring"),
        ("2003///Spring", "spring"),
        ("Fall", "autumn"),
        ("Winter 1998-1999", "winter"),
        ("Летом 1990", "summer"),
        ("2003年春季", "spring"),
        ("Herbst 1921", "autumn"),
        ("hiver 1871", "winter"),
        ("Springer", ""),  # a word that starts like a season is none
        ("Winterthur 2001", ""),
        ("March 2003", ""),
    ],
)
def test_the_season_a_date_names(text: str, season: str) -> None:
    assert season_in(text) == season


def test_season_numbers() -> None:
    assert [edtf_season("2003", s) for s in ("spring", "summer", "autumn", "winter")] == [
        "2003-21",
        "2003-22",
        "2003-23",
        "2003-24",
    ]
    assert [csl_season(v) for v in (1, "2", "Autumn", 4, 5, True, None)] == [
        "spring",
        "summer",
        "autumn",
        "winter",
        "",
        "",
        "",
    ]


def test_a_season_goes_with_a_year_alone() -> None:
    assert year_season("2003", "spring") == "spring"
    assert year_season("2003-04", "spring") == ""  # a month says more than the season
    assert year_season("2003", "monsoon") == ""
