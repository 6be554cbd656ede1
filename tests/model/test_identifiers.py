"""DOI, ISBN and URL validation: what may be trusted to match two records."""

from __future__ import annotations

import time

import pytest

from biblio.model import Record
from biblio.model.identifiers import (
    bare_doi,
    for_matching,
    invalid_identifiers,
    invalid_isbns,
    isbn_digits,
    matchable_url,
)


@pytest.mark.parametrize(
    ("value", "bare"),
    [
        ("10.1353/lib.2017.0015", "10.1353/lib.2017.0015"),
        ("doi: 10.1016/j.jcrysgro.2008.10.099", "10.1016/j.jcrysgro.2008.10.099"),
        ("https://doi.org/10.1145/3368089", "10.1145/3368089"),
        ("10.1000.10/123", "10.1000.10/123"),
        ("10/fqd6hj", "10/fqd6hj"),  # a shortDOI
        ("DOI", ""),
        ("10.12/x", ""),
        ("10.1234/", ""),
        ("n/a", ""),
    ],
)
def test_dois(value: str, bare: str) -> None:
    assert bare_doi(value) == bare


@pytest.mark.parametrize(
    ("value", "digits"),
    [
        ("978-0-19-852663-6", "9780198526636"),
        ("0-19-852663-6", "0198526636"),
        ("ISBN-13: 978 0 19 852663 6", "9780198526636"),
        ("080442957x", "080442957X"),
        ("0198526637", ""),  # wrong check digit
        ("9780198526637", ""),
        ("ISBN", ""),
    ],
)
def test_isbns(value: str, digits: str) -> None:
    assert isbn_digits(value) == digits


def test_isbn_fields_with_several_isbns_and_qualifiers() -> None:
    assert invalid_isbns("978-0-19-852663-6 (pbk.); 0-19-852663-6") == []
    assert invalid_isbns("978-0-19-852663-6 0-19-852663-6") == []
    assert invalid_isbns("0415170540 (hardcover)") == []
    assert invalid_isbns("978-0-19-852663-6, 123") == ["123"]
    assert invalid_isbns("ISSN/ISBN") == ["ISSN", "ISBN"]


def test_urls() -> None:
    assert matchable_url("https://muse.jhu.edu/article/669454")
    assert matchable_url("http://127.0.0.1:8000/page")
    assert matchable_url("www.jstor.org/stable/123")
    assert not matchable_url("URL")
    assert not matchable_url("n/a")


def test_for_matching_blanks_only_invalid_values() -> None:
    good = Record(doi="10.1000/x", isbn="0-19-852663-6", url="https://a.org")
    assert for_matching(good) is good
    bad = Record(doi="DOI", isbn="ISBN", url="URL", note="kept")
    copy = for_matching(bad)
    assert (copy.doi, copy.isbn, copy.url, copy.note) == ("", "", "", "kept")
    assert (bad.doi, bad.isbn, bad.url) == ("DOI", "ISBN", "URL")  # the record keeps its values
    assert [i.field for i in invalid_identifiers(bad)] == ["doi", "isbn", "url"]


@pytest.mark.parametrize(
    "value", ["10." + "1" * 100_000, "10.1" + ".1" * 50_000 + "x", " " * 100_000 + "x", "(" * 100_000, "1-" * 50_000]
)
def test_validation_is_linear(value: str) -> None:
    start = time.perf_counter()
    bare_doi(value)
    invalid_isbns(value)
    matchable_url(value)
    assert time.perf_counter() - start < 1.0
