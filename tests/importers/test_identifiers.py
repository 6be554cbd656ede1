"""ISBN, ISSN and patent numbers classified by shape and check digit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.importers.identifiers import (
    isbn_digits,
    issn_form,
    looks_like_issn,
    looks_like_patent_number,
    patent_office,
)


def test_isbn_check_digits() -> None:
    assert isbn_digits("7-203-03520-4") == "7203035204"
    assert isbn_digits("ISBN 978-7-100-01234-8") == "9787100012348"
    assert isbn_digits("0-8044-2957-X") == "080442957X"
    assert isbn_digits("7-203-03520-5") == ""  # wrong check digit
    assert isbn_digits("978-7-100-01234-0") == ""
    assert isbn_digits("GB/T 43109-2023") == isbn_digits("1002-0306") == ""


def test_issn_check_digit_and_shape() -> None:
    assert issn_form("1674-4519") == "1674-4519"
    assert issn_form("ISSN 1537-744x") == "1537-744X"
    assert issn_form("1674-4518") == ""
    assert looks_like_issn("1674-4518") and not looks_like_issn("US11651140")


def test_patent_offices() -> None:
    assert patent_office("US11651140", chinese=True) == "美国"
    assert patent_office("CN111020404A", chinese=False) == "China"
    assert patent_office("XX123", chinese=True) == ""
    assert looks_like_patent_number("WO 2020/123456") and not looks_like_patent_number("7203035204")


@given(st.text(max_size=40))
def test_any_text_is_classified_without_error(text: str) -> None:
    assert isbn_digits(text) in ("",) or len(isbn_digits(text)) in (10, 13)
    assert issn_form(text) == "" or len(issn_form(text)) == 9
    assert isinstance(patent_office(text, chinese=True), str)
