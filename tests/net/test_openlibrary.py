"""Open Library book records."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.model import EntryType
from biblio.net.openlibrary import book_to_record, publish_date

NET = Path(__file__).resolve().parent.parent / "data" / "net"
ISBN13 = "9780465027262"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("1997", "1997"),
        ("March 5, 2013", "2013-03-05"),
        ("5 March 2013", "2013-03-05"),
        ("Sept. 2001", "2001-09"),
        ("c1987", "1987"),
        ("2013-03-05", "2013-03-05"),
        ("n.d.", ""),
        ("", ""),
    ],
)
def test_publish_date(text: str, date: str) -> None:
    assert publish_date(text) == date


def test_book_record() -> None:
    data = json.loads((NET / "openlibrary_9780465027262.json").read_text(encoding="utf-8"))[f"ISBN:{ISBN13}"]
    record = book_to_record(data, ISBN13)
    assert record.type is EntryType.BOOK
    assert record.authors[0].display() == "Zbigniew Brzezinski"
    assert record.url == "https://openlibrary.org/books/OL1002658M/The_grand_chessboard"
    assert record.identifiers == {"openlibrary": "OL1002658M", "oclc": "36548834", "lccn": "97010346"}
    assert record.key == "" and record.provenance is not None and record.provenance.importer == "openlibrary"


def test_chinese_book_gets_chinese_names() -> None:
    record = book_to_record({"title": "大棋局", "authors": [{"name": "布热津斯基"}], "publish_date": "2007"}, ISBN13)
    assert (record.title[0].lang, record.authors[0].script, record.date) == ("zh", "Hani", "2007")


def test_untitled_book_is_input_error() -> None:
    with pytest.raises(InputError, match="no title"):
        book_to_record({"authors": [{"name": "X"}]}, ISBN13)


VALUES = st.none() | st.integers() | st.text(max_size=20) | st.lists(st.dictionaries(st.text(max_size=6), st.text()))
FIELDS = st.sampled_from(["title", "subtitle", "authors", "publishers", "publish_places", "publish_date", "url"])


@given(st.dictionaries(FIELDS, VALUES), st.text(max_size=30))
def test_book_to_record_raises_only_input_error(data: dict[str, Any], date: str) -> None:
    assert isinstance(publish_date(date), str)
    try:
        book_to_record(data, ISBN13)
    except InputError:
        pass
