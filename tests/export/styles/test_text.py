"""The pure helpers: casing, page ranges, dates, initials."""

from __future__ import annotations

import pytest

from biblio.export.styles.names import initials
from biblio.export.styles.text import chicago_pages, headline_case, hyphen_pages, long_date, ordinal, sentence_case


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("The Grand Chessboard: American Primacy", "The grand chessboard: American primacy"),
        ("NATO and the EU After 1991", "NATO and the EU after 1991"),
        ("McDonald's Russia? Why Not", "McDonald's russia? Why not"),
        ("What I Saw", "What I saw"),
    ],
)
def test_sentence_case(title: str, expected: str) -> None:
    assert sentence_case(title) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("the geographical pivot of history", "The Geographical Pivot of History"),
        ("war and peace: a study in", "War and Peace: A Study In"),
        ("post-soviet space in the EU", "Post-Soviet Space in the EU"),
        ("iPhone politics", "iPhone Politics"),
    ],
)
def test_headline_case(title: str, expected: str) -> None:
    assert headline_case(title) == expected


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ("3-10", "3–10"),
        ("71-72", "71–72"),
        ("100-104", "100–104"),
        ("1100-1113", "1100–1113"),
        ("101-108", "101–8"),
        ("808-833", "808–33"),
        ("1103-1104", "1103–4"),
        ("321-328", "321–28"),
        ("498-532", "498–532"),
        ("1087-1089", "1087–89"),
        ("1496-1500", "1496–500"),
        ("11564-11615", "11564–615"),
        ("12991-13001", "12991–3001"),
        ("421--437", "421–37"),
        ("xii-xv", "xii–xv"),
        ("71", "71"),
    ],
)
def test_chicago_page_ranges(pages: str, expected: str) -> None:
    assert chicago_pages(pages) == expected


def test_hyphen_pages() -> None:
    assert hyphen_pages("5--23") == hyphen_pages("5–23") == hyphen_pages("5 ~ 23") == "5-23"


def test_dates_and_ordinals() -> None:
    assert long_date("2020-01-05") == "January 5, 2020"
    assert long_date("2020-13-01") == "2020-13-01"
    assert long_date("2020") == "2020"
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "101st",
    ]


def test_initials() -> None:
    assert initials("Halford John") == "H J"
    assert initials("N.J.") == "N J"
    assert initials("Jean-Paul") == "J-P"
    assert initials("Збигнев") == "З"
    assert initials("") == ""
