"""DOI, arXiv id and ISBN in a PDF's first pages and metadata."""

from __future__ import annotations

import time

import pytest

from biblio.importers.pdf.identifiers import clean_doi, find_identifiers


@pytest.mark.parametrize(
    ("page", "doi"),
    [
        ("Title\nDOI: 10.5555/cas.2024.0042\nAbstract", "10.5555/cas.2024.0042"),
        ("see https://doi.org/10.1016/J.EURECO.2020.103456.", "10.1016/j.eureco.2020.103456"),
        ("doi：10.13734/j.cnki.1671-1394.2024.06.001，收稿", "10.13734/j.cnki.1671-1394.2024.06.001"),
        ("(doi:10.1002/(SICI)1097-4636(199912)47:4<1::AID>3.0.CO;2-X)", "10.1002/(sici)1097-4636(199912)47:4"),
        ("bare 10.1080/09668136.2019.1234567 in the footer", "10.1080/09668136.2019.1234567"),
    ],
)
def test_doi_on_page_one(page: str, doi: str) -> None:
    assert find_identifiers([page], []).doi == doi


def test_labelled_doi_on_page_two_beats_nothing_but_references_do_not_count() -> None:
    assert find_identifiers(["no id here", "DOI 10.1234/abc"], []).doi == "10.1234/abc"
    refs = "Text.\nReferences\n[1] A. B. Paper. doi:10.9999/cited.1"
    assert find_identifiers([refs], []).doi == ""


def test_bare_doi_counts_on_page_one_only() -> None:
    assert find_identifiers(["intro", "cited 10.9999/other.2"], []).doi == ""


def test_metadata_doi_wins() -> None:
    found = find_identifiers(["DOI: 10.1111/page"], ["10.2222/XMP.doi"])
    assert found.doi == "10.2222/xmp.doi"


def test_arxiv_ids_need_their_label() -> None:
    assert find_identifiers(["arXiv:2101.01234v2 [econ.GN] 4 Jan 2021"], []).arxiv == "2101.01234"
    assert find_identifiers(["arXiv:hep-th/9901001v1"], []).arxiv == "hep-th/9901001"
    assert find_identifiers(["version 2101.01234"], []).arxiv == ""


def test_isbn_needs_its_label_and_a_valid_check_digit() -> None:
    assert find_identifiers(["ISBN 978-7-5203-1234-5 ISBN: 0-306-40615-2"], []).isbn == "9780306406157"
    assert find_identifiers(["ISBN 978-0-306-40615-7"], []).isbn == "9780306406157"
    assert find_identifiers(["9780306406157"], []).isbn == ""


def test_clean_doi_keeps_balanced_brackets() -> None:
    assert clean_doi("10.1000/a(b)c).") == "10.1000/a(b)c"
    assert clean_doi("10.1000/X]") == "10.1000/x"


def test_no_identifiers_is_falsy() -> None:
    assert not find_identifiers(["plain text"], ["Microsoft Word - draft.docx"])


def test_linear_time_on_adversarial_text() -> None:
    page = "doi: 10.1" * 20_000 + "ISBN 9" * 20_000 + "arXiv:" * 20_000
    start = time.perf_counter()
    find_identifiers([page, page], [page])
    assert time.perf_counter() - start < 5
