"""A PDF's content -> record, identifiers, needs-review; and the kept facts JSON re-parsed to the same record."""

from __future__ import annotations

import pytest

from biblio.importers.pdf.importer import PdfFactsImporter, content_from_facts, facts_source
from biblio.importers.pdf.reader import Line, PdfContent, read_pdf
from biblio.importers.pdf.record import GUESSED_WARNING, NEEDS_REVIEW, facts_from_pdf
from biblio.importers.registry import choose_importer
from biblio.model import EntryType, Record
from biblio.model.serialize import record_to_dict
from tests.pdfgen.build import PdfBuilder


def test_doi_on_page_one_gives_the_doi_and_a_guessed_record(pdfs: PdfBuilder) -> None:
    facts = facts_from_pdf(read_pdf(pdfs.bytes("english_twocolumn")), "paper.pdf")
    record = facts.record
    assert facts.identifiers.doi == record.doi == "10.5555/cas.2024.0042"
    assert record.type is EntryType.ARTICLE
    assert record.main_title() == "Water, Pipelines and Influence in Central Asia"
    assert [a.family for a in record.authors] == ["Petrova", "O’Connor"]
    assert facts.guessed and NEEDS_REVIEW in record.tags and GUESSED_WARNING in facts.warnings
    assert record.language == "en" and record.provenance is not None and record.provenance.importer == "pdf"


def test_xmp_title_and_creator_are_used(pdfs: PdfBuilder) -> None:
    record = facts_from_pdf(read_pdf(pdfs.bytes("english_xmp")), "english_xmp.pdf").record
    assert record.main_title() == "Remittances and Belonging in Post-Soviet Migration"
    assert [a.display() for a in record.authors] == ["Maria Ivanova"]
    assert record.doi == "10.5555/migr.2023.17"


def test_cnki_header_gives_a_complete_record_not_for_review(pdfs: PdfBuilder) -> None:
    facts = facts_from_pdf(read_pdf(pdfs.bytes("zh_long")), "cnki.pdf")
    record = facts.record
    assert facts.cnki and not facts.guessed and NEEDS_REVIEW not in record.tags
    assert record.main_title() == "中亚国家多元平衡外交的演进与前景"
    assert [a.display() for a in record.authors] == ["张宁", "李明"]
    assert record.container[0].value == "俄罗斯学刊"
    assert (record.date, record.number, record.volume, record.pages) == ("2024", "6", "14", "5-23")
    assert record.identifiers["clc"] == "D836" and record.language == "zh"


def test_arxiv_stamp_gives_eprint_fields(pdfs: PdfBuilder) -> None:
    record = facts_from_pdf(read_pdf(pdfs.bytes("english_arxiv")), "a.pdf").record
    assert record.identifiers["arxiv"] == "2101.01234"
    assert record.extra["eprint"] == "2101.01234" and record.extra["eprinttype"] == "arxiv"


def test_russian_without_identifier_is_guessed(pdfs: PdfBuilder) -> None:
    facts = facts_from_pdf(read_pdf(pdfs.bytes("ru_long")), "статья.pdf")
    assert facts.record.main_title() == "Водная дипломатия государств Центральной Азии"
    assert facts.record.authors[0].family == "Иванов"
    assert facts.guessed and facts.record.language == "ru"


def test_scanned_pdf_is_titled_by_its_file_name_and_warned_about(pdfs: PdfBuilder) -> None:
    facts = facts_from_pdf(read_pdf(pdfs.bytes("scanned")), "Chapter 3 scan.pdf")
    assert facts.record.main_title() == "Chapter 3 scan"
    assert facts.warnings[0] == "no text layer: scanned? run OCR first"


def test_isbn_makes_a_book() -> None:
    content = PdfContent(pages=["Some Book\nISBN 978-0-306-40615-7"], first_lines=[Line("Some Book", 20.0)])
    record = facts_from_pdf(content, "b.pdf").record
    assert record.type is EntryType.BOOK and record.isbn == "9780306406157"


def test_info_author_list_is_split() -> None:
    content = PdfContent(pages=["x" * 20], info={"Title": "A Proper Title", "Author": "Li Wei; Olga Smirnova"})
    record = facts_from_pdf(content, "x.pdf").record
    assert record.main_title() == "A Proper Title"
    assert [a.display() for a in record.authors] == ["Li Wei", "Olga Smirnova"]


@pytest.mark.parametrize("name", ["english_twocolumn", "english_xmp", "zh_long", "ru_long"])
def test_kept_facts_reparse_to_the_same_record(pdfs: PdfBuilder, name: str) -> None:
    content = read_pdf(pdfs.bytes(name))
    direct = facts_from_pdf(content, f"{name}.pdf").record
    text = facts_source(content, f"{name}.pdf", "ab" * 32).decode("utf-8")
    importer = choose_importer(text, suffix=".json")
    assert isinstance(importer, PdfFactsImporter)
    again = importer.parse(text).records[0]
    assert _content(again) == _content(direct)


def _content(record: Record) -> dict[str, object]:
    return {k: v for k, v in record_to_dict(record).items() if k != "uid"}


def test_facts_json_that_is_not_one() -> None:
    from biblio.errors import InputError

    with pytest.raises(InputError, match="not a PDF facts file"):
        content_from_facts('{"biblio-pdf-facts": 1}')
    assert PdfFactsImporter().sniff('[{"type": "book"}]') == 0.0
