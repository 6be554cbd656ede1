"""url/doi values are percent-encoded outside a TeX-inert set; nothing is dropped."""

from __future__ import annotations

import re
from urllib.parse import unquote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biblio.export.verbatim import safe_doi, safe_file_value, safe_url, verbatim_field

_TEX_ACTIVE = set('\\{}^%#"| \t\r\n\x00\u2028')


@pytest.mark.parametrize(
    ("doi", "written"),
    [
        ("10.1/x^^5ccsname^^20@@input", "10.1/x%5E%5E5ccsname%5E%5E20@@input"),
        ("10.1000/a%b#c", "10.1000/a%25b%23c"),
        ("10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0", None),
        ("10.1000/a%2Fb", None),  # an escape already there stays
    ],
)
def test_dois(doi: str, written: str | None) -> None:
    assert safe_doi(doi, ascii_only=True) == (written or doi)


@pytest.mark.parametrize(
    ("url", "ascii_only", "written"),
    [
        ('http://e.org/|"touch x"', False, "http://e.org/%7C%22touch%20x%22"),
        ("https://x.org/{p}\\q_r%20", False, "https://x.org/%7Bp%7D%5Cq_r%20"),
        ("https://e.ru/news\\_1?a=1&b=2#top", False, None),  # a .bib habit and a fragment stay
        ("https://e.org/a#b#c", False, "https://e.org/a#b%23c"),
        ("https://ru.wikipedia.org/wiki/Москва", False, None),
        (
            "https://ru.wikipedia.org/wiki/Москва",
            True,
            "https://ru.wikipedia.org/wiki/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0",
        ),
    ],
)
def test_urls(url: str, ascii_only: bool, written: str | None) -> None:
    assert safe_url(url, ascii_only=ascii_only) == (written or url)


@given(st.text(max_size=40), st.booleans())
def test_any_value_is_inert_idempotent_and_decodes_back(value: str, ascii_only: bool) -> None:
    for encode, hashes in ((safe_url, 1), (safe_doi, 0)):
        written = encode(value, ascii_only=ascii_only)
        plain = re.sub(r"\\[_&$%#]", "", written)  # escaped specials (a .bib habit) are characters to TeX
        assert not set(plain) & (_TEX_ACTIVE - {"%", "#"}), written
        assert re.search("%(?![0-9A-Fa-f]{2})", plain) is None, written
        assert plain.count("#") <= hashes, written
        assert not ascii_only or written.isascii()
        assert encode(written, ascii_only=ascii_only) == written
        if "%" not in value and "\\" not in value:
            assert unquote(written) == value.strip()  # nothing dropped
    assert "^" not in safe_file_value(value) and "\x00" not in safe_file_value(value)


def test_an_eprint_keeps_its_spaces_and_loses_what_tex_reads() -> None:
    assert verbatim_field("eprint", "PubMed Central", ascii_only=True) == "PubMed Central"
    assert verbatim_field("eprint", "2101.00001", ascii_only=True) == "2101.00001"
    assert verbatim_field("eprint", "a^^5cinput b{c}", ascii_only=True) == "a%5E%5E5cinput b%7Bc%7D"
    assert verbatim_field("url", "http://a.org/x y", ascii_only=True) == "http://a.org/x%20y"
