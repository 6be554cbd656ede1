"""DOIs and ISBNs typed by users."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.net.ids import doi_of, normalize_isbn


@pytest.mark.parametrize(
    ("text", "doi"),
    [
        ("10.1234/abc", "10.1234/abc"),
        ("doi:10.1080/02634937.2016.1245181", "10.1080/02634937.2016.1245181"),
        ("DOI: 10.1234/abc", "10.1234/abc"),
        ("https://doi.org/10.5281/zenodo.7654321", "10.5281/zenodo.7654321"),
        ("http://dx.doi.org/10.1234/abc", "10.1234/abc"),
        ("10.12/abc", ""),
        ("https://example.org/10.1234/abc", ""),
        ("refs.bib", ""),
    ],
)
def test_doi_of(text: str, doi: str) -> None:
    assert doi_of(text) == doi


@pytest.mark.parametrize(
    "text",
    ["isbn:9780465027262", "ISBN 978-0-465-02726-2", "0465027261", "isbn:0-465-02726-1", "isbn-13:9780465027262"],
)
def test_isbn_forms(text: str) -> None:
    assert normalize_isbn(text) == "9780465027262"


def test_isbn10_with_x() -> None:
    assert normalize_isbn("isbn:080442957X") == "9780804429573"


@pytest.mark.parametrize("text", ["isbn:9780465027263", "isbn:046502726X", "isbn:", "isbn:12345", "isbn:abcdefghij"])
def test_bad_isbn(text: str) -> None:
    with pytest.raises(InputError, match="not a valid ISBN"):
        normalize_isbn(text)


@given(st.text(max_size=40))
def test_isbn_and_doi_never_raise_anything_else(text: str) -> None:
    assert isinstance(doi_of(text), str)
    try:
        result = normalize_isbn(text)
    except InputError:
        return
    assert len(result) == 13 and result.isdigit()
