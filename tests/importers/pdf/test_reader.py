"""Reading generated PDFs: text per page in reading order (>= 98 % of the source's words), metadata, errors."""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.pdf import is_pdf
from biblio.importers.pdf.reader import NO_TEXT_LAYER, read_pdf
from tests.pdfgen.build import PdfBuilder
from tests.pdfgen.compare import found_in_order
from tests.pdfgen.texts import PAGE14

REQUIRED = 0.98


@pytest.mark.parametrize("name", ["english_twocolumn", "english_xmp", "english_arxiv", "zh_long", "ru_long"])
def test_text_in_reading_order(pdfs: PdfBuilder, name: str) -> None:
    content = read_pdf(pdfs.bytes(name), name)
    document = pdfs.document(name)
    assert found_in_order(document.text, "\n".join(content.pages)) >= REQUIRED
    assert content.has_text and content.text_warning() == ""


@pytest.mark.parametrize("name", ["zh_long", "ru_long"])
def test_every_page_holds_its_own_text(pdfs: PdfBuilder, name: str) -> None:
    content = read_pdf(pdfs.bytes(name))
    document = pdfs.document(name)
    assert len(content.pages) == len(document.pages)
    for number, text in document.pages.items():
        assert found_in_order(text, content.pages[number - 1]) >= REQUIRED, number


@pytest.mark.parametrize("lang", ["zh", "ru"])
def test_page_14_phrase_is_on_page_14_only(pdfs: PdfBuilder, lang: str) -> None:
    content = read_pdf(pdfs.bytes(f"{lang}_long"))
    phrase = PAGE14[lang]
    pages = [n for n, text in enumerate(content.pages, 1) if phrase.casefold() in text.casefold()]
    assert pages == [14]


def test_two_columns_keep_column_order_and_join_hyphenation(pdfs: PdfBuilder) -> None:
    text = "\n".join(read_pdf(pdfs.bytes("english_twocolumn")).pages)
    assert "Governments in Tashkent" in text
    assert "scientific cooperation remained difficult" in text.lower()
    assert "\ufffe" not in text and "-\n" not in text


def test_chinese_lines_are_joined_without_spaces(pdfs: PdfBuilder) -> None:
    pages = read_pdf(pdfs.bytes("zh_long")).pages
    assert "里海沿岸的油气田吸引了大量外国投资" in pages[0]  # broken after 油 on the page
    assert "国内生产总值的四分之一" in pages[1]  # broken after 四分


def test_first_page_lines_carry_font_sizes_and_cells(pdfs: PdfBuilder) -> None:
    lines = read_pdf(pdfs.bytes("english_twocolumn")).first_lines
    assert lines[0].text == "Water, Pipelines and Influence in Central Asia"
    assert lines[0].size > lines[2].size
    assert lines[1].cells == ("Anna Petrova", "James O’Connor")


def test_info_and_xmp_metadata(pdfs: PdfBuilder) -> None:
    content = read_pdf(pdfs.bytes("english_xmp"))
    assert content.info["Title"] == "Remittances and Belonging in Post-Soviet Migration"
    assert "<dc:title>" in content.xmp and "10.5555/migr.2023.17" in content.xmp


def test_image_only_pdf_has_no_text_layer(pdfs: PdfBuilder) -> None:
    content = read_pdf(pdfs.bytes("scanned"))
    assert not content.has_text
    assert content.text_warning() == NO_TEXT_LAYER == "no text layer: scanned? run OCR first"


def test_encrypted_pdf_is_a_one_line_error(pdfs: PdfBuilder) -> None:
    with pytest.raises(InputError, match=r"^enc\.pdf: the PDF is encrypted \(password-protected\)") as caught:
        read_pdf(pdfs.bytes("encrypted"), "enc.pdf")
    assert "\n" not in str(caught.value)


def test_truncated_pdf_is_a_one_line_error(pdfs: PdfBuilder) -> None:
    with pytest.raises(InputError, match=r"^cut\.pdf: the PDF is truncated"):
        read_pdf(pdfs.bytes("truncated"), "cut.pdf")


def test_damaged_pdf_with_an_end_marker_is_a_one_line_error() -> None:
    with pytest.raises(InputError, match=r"^x\.pdf: the PDF is damaged and cannot be read"):
        read_pdf(b"%PDF-1.7\n garbage garbage\n%%EOF\n", "x.pdf")


def test_not_a_pdf() -> None:
    with pytest.raises(InputError, match="not a PDF"):
        read_pdf(b"@article{x, title={y}}", "x.bib")
    assert is_pdf(b"%PDF-1.4\n") and is_pdf(b"\x00" * 100 + b"%PDF-1.7") and not is_pdf(b"PDF")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_pdfs_give_content_or_one_line_errors(pdfs: PdfBuilder, data: st.DataObject) -> None:
    """Fuzz: bytes flipped, cut or inserted anywhere in a real PDF; only InputError may come out, fast."""
    original = bytearray(pdfs.bytes("english_xmp"))
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(original) - 1))
        action = data.draw(st.sampled_from(["flip", "cut", "insert"]))
        if action == "flip":
            original[at] ^= data.draw(st.integers(1, 255))
        elif action == "cut":
            del original[at : at + data.draw(st.integers(1, 400))]
        else:
            original[at:at] = data.draw(st.binary(max_size=50))
    start = time.perf_counter()
    try:
        content = read_pdf(bytes(original), "fuzz.pdf")
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(content.pages, list)
    assert time.perf_counter() - start < 10
