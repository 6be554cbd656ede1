"""The tagged reader's continuation classes (issue 12), on inputs written here for each class.

Each class was first seen in a CNKI export (``tests/importers/cnki/test_exports.py`` has those
excerpts); here it is checked across formats so that it holds for exports nobody here has seen.
"""

from __future__ import annotations

from biblio.importers.base import Importer
from biblio.importers.tagged.noteexpress import NoteExpressImporter
from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.refworks import RefWorksImporter
from biblio.importers.tagged.ris import RisImporter
from biblio.model import EntryType


def test_blank_lines_inside_a_field_are_paragraphs_in_every_format() -> None:
    cases: list[tuple[Importer, str]] = [
        (ReferImporter(), "%0 Journal Article\n%T 标题\n%X 第一段。\n\n\n第二段。\n%W CNKI\n"),
        (RefWorksImporter(), "RT Journal Article\nT1 标题\nAB 第一段。\n\n第二段。\nDS CNKI\n"),
        (RisImporter(), "TY  - JOUR\nTI  - Title\nAB  - First part.\n\nSecond part.\nER  - \n"),
        (NoteExpressImporter(), "{Reference Type}: Journal Article\n{Title}: 标题\n{Abstract}: 第一段。\n\n第二段。\n"),
    ]
    for importer, text in cases:
        result = importer.parse(text)
        [record] = result.records
        assert record.abstract[0].value.split("\n")[-1] in ("第二段。", "Second part."), importer.name
        assert not result.problems, importer.name


def test_a_tag_after_blank_lines_continues_the_record_unless_it_repeats_one() -> None:
    text = "%0 Journal Article\n%A 张宁\n%T 标题\n%X 摘要。\n\n%W CNKI\n\n%A 李明\n%T 第二篇\n"
    first, second = ReferImporter().parse(text).records
    assert first.identifiers["database"] == "CNKI"  # %W after a blank line: same record
    assert [a.display() for a in second.authors] == ["李明"]  # %A again: a new record (classic refer)


def test_one_line_fields_never_wrap_a_lower_case_tag_is_a_tag() -> None:
    text = "RT Journal Article\nT1 Title\nYR 2020\nis 7\nvo 12\nsp 3\nop 9\nAB The method\nis new.\n"
    [record] = RefWorksImporter().parse(text).records
    assert (record.number, record.volume, record.pages) == ("7", "12", "3-9")
    assert record.abstract[0].value == "The method is new."  # after free text, "is" is a word


def test_untagged_line_after_a_one_line_field_is_kept_with_a_warning() -> None:
    result = ReferImporter().parse("%0 Book\n%T 书名\n%D 2020\n出版说明：内部发行\n")
    [record] = result.records
    assert (record.date, record.extra["annotation"]) == ("2020", "出版说明：内部发行")
    [warning] = result.problems
    assert warning.severity == "warning" and warning.line == 4


def test_a_tag_directly_followed_by_cjk_text() -> None:
    [refer] = ReferImporter().parse("%0 Book\n%T书名\n%A张宁\n").records
    assert (refer.main_title(), [a.display() for a in refer.authors]) == ("书名", ["张宁"])
    [refworks] = RefWorksImporter().parse("RT Book\nT1书名\nA1张宁;李明\n").records
    assert [a.display() for a in refworks.authors] == ["张宁", "李明"]


def test_latin_word_after_a_tag_needs_the_space() -> None:
    """``A1Smith`` is not a tag line (only CJK may follow a tag directly): it continues the field."""
    [record] = RefWorksImporter().parse("RT Book\nT1 A title\nAB Text\nA1Smith and more\n").records
    assert record.abstract[0].value == "Text A1Smith and more" and not record.authors


def test_keyword_lines_are_separate_keywords() -> None:
    [record] = RisImporter().parse("TY  - JOUR\nTI  - T\nKW  - one, two\nthree; four\nKW  - five\nER  - \n").records
    assert [k.value for k in record.keywords] == ["one, two", "three", "four", "five"]


def test_valid_isbn_anywhere_is_the_isbn_invalid_stays() -> None:
    [good] = ReferImporter().parse("%0 Book Section\n%T 章\n%V 978-7-100-01234-8\n").records
    assert (good.isbn, good.volume) == ("978-7-100-01234-8", "")
    [bad] = ReferImporter().parse("%0 Book Section\n%T 章\n%V 978-7-100-01234-0\n").records
    assert (bad.isbn, bad.volume) == ("", "978-7-100-01234-0")


def test_isbn_issn_slot_is_split_by_check_digit() -> None:
    [record] = ReferImporter().parse("%0 Journal Article\n%T 文\n%@ 1674-4519\n").records
    assert (record.issn, record.isbn) == ("1674-4519", "")
    [book] = ReferImporter().parse("%0 Book\n%T 书\n%@ 7-203-03520-4; 978-7-100-01234-8\n").records
    assert book.isbn == "7-203-03520-4, 978-7-100-01234-8"


def test_cnki_database_name_decides_the_type() -> None:
    for database, kind in (
        ("年鉴", EntryType.INCOLLECTION),
        ("行业标准", EntryType.STANDARD),
        ("硕士", EntryType.THESIS),
    ):
        [record] = ReferImporter().parse(f"%0 Legal Rule or Regulation\n%T 标题\n%~ {database}\n").records
        assert record.type == kind, database


def test_end_page_alone_and_extra_ranges() -> None:
    [only_end] = RefWorksImporter().parse("RT Journal Article\nT1 T\nOP 12-15+20\n").records
    assert only_end.pages == "12-15, 20"
    [both] = RefWorksImporter().parse("RT Journal Article\nT1 T\nSP 3\nOP 9\n").records
    assert both.pages == "3-9"


def test_ris_reads_tags_by_type() -> None:
    text = "TY  - BOOK\nTI  - B\nSP  - 320\nT2  - Series\nER  - \nTY  - RPRT\nTI  - R\nPB  - Inst\nSN  - R-12\nER  - \n"
    book, report = RisImporter().parse(text).records
    assert (book.pagetotal, book.pages, book.series) == ("320", "", "Series")
    assert (report.institution, report.number, report.publisher) == ("Inst", "R-12", "")


def test_most_precise_date_of_the_year_tags() -> None:
    [record] = RisImporter().parse("TY  - JOUR\nTI  - T\nPY  - 2015\nY1  - 2015/09/10\nER  - \n").records
    assert record.date == "2015-09-10"


def test_continuation_lines_join_as_before_in_linear_time() -> None:
    """A value wrapped over 100,000 lines (2 MB) took 6 s when each line was joined onto the growing value."""
    import time

    from biblio.importers.tagged.reader import join_lines

    lines = ["First part", "中文续行", "继续", "and Latin again", "。end"]
    expected = "x"
    for line in lines:
        expected = join_lines(expected, line)
    ris = "TY  - JOUR\nTI  - t\nAB  - x\n" + "".join(f"{line}\n" for line in lines) + "ER  - \n"
    assert RisImporter().parse(ris).records[0].abstract[0].value == expected
    big = "TY  - JOUR\nTI  - t\nAB  - x\n" + "continued line text\n" * 100_000 + "ER  - \n"
    started = time.process_time()
    record = RisImporter().parse(big).records[0]
    assert time.process_time() - started < 3  # ~0.1 s
    assert len(record.abstract[0].value) == 1 + 100_000 * len(" continued line text")
