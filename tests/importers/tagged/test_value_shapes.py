"""How RIS values are read when vendors write them in other shapes (issue 12, session 6).

Each class was found by running Zotero's own RIS translator and biblio on the realistic vendor exports of
tests/data/tagged/vendor_shapes/ (``benchmarks/zotero_node_probe.py --files``); the strings here are written
for each class.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.tagged.ris import RisImporter
from biblio.model import Record

VENDOR_SHAPES = Path(__file__).resolve().parents[2] / "data" / "tagged" / "vendor_shapes"


def _one(text: str) -> Record:
    result = RisImporter().parse(text)
    [record] = result.records
    assert not result.problems
    return record


def test_a_wrapped_one_line_value_continues_its_tag() -> None:
    """Zotero and JabRef join an untagged line to the tag before it, also after ET, PB, CY, LA or UR."""
    record = _one(
        "TY  - BOOK\nTI  - T\nET  - Second\nedition, revised\nCY  - New\nYork\n"
        "UR  - http://example.org/a/long/\npath.html\nDO  - 10.1000/\nabc\nPY  - 2003\nER  - \n"
    )
    assert (record.edition, record.place) == ("Second edition, revised", "New York")
    assert record.url == "http://example.org/a/long/path.html"  # a URL's parts join without a space
    assert record.doi == "10.1000/abc" and record.date == "2003"
    assert "annotation" not in record.extra  # no longer a stray note


def test_after_a_blank_line_an_untagged_line_is_still_no_part_of_a_one_line_value() -> None:
    result = RisImporter().parse("TY  - BOOK\nTI  - T\nPY  - 2003\n\nstray text\nER  - \n")
    [record] = result.records
    assert record.date == "2003" and record.extra["annotation"] == "stray text"


def test_an_isbn10_written_inside_its_isbn13_is_kept() -> None:
    """``0-19-852663-6`` is a substring of ``978-0-19-852663-6``: it was taken for the same number and lost."""
    record = _one("TY  - BOOK\nTI  - T\nSN  - 978-0-19-852663-6\nSN  - 0-19-852663-6\nER  - \n")
    assert record.isbn == "978-0-19-852663-6, 0-19-852663-6"


def test_two_isbns_separated_by_a_space_are_two() -> None:
    record = _one("TY  - BOOK\nTI  - T\nSN  - 9780394428147 0394428145\nER  - \n")
    assert record.isbn == "9780394428147, 0394428145"
    [kept] = RisImporter().parse("TY  - BOOK\nTI  - T\nSN  - 0394428145 (pbk.)\nER  - \n").records
    assert kept.isbn == "0394428145 (pbk.)"  # a qualifier is not a second number


@pytest.mark.parametrize(
    "path", [p for p in sorted(VENDOR_SHAPES.iterdir()) if p.suffix in (".ris", ".enw")], ids=lambda p: p.name
)
def test_every_vendor_shape_reads_with_a_title_and_no_error(path: Path) -> None:
    from biblio.importers.registry import choose_importer

    text = path.read_bytes().decode("utf-8-sig")
    importer = choose_importer(text)
    assert importer.name == ("ris" if path.suffix == ".ris" else "refer")  # found by detection, as `biblio add`
    result = importer.parse(text)
    assert result.records and all(r.title for r in result.records)
    assert not [p for p in result.problems if p.severity == "error"]


def test_refer_r_that_is_no_doi_is_the_type_of_work() -> None:
    """Zotero's Refer export writes a thesis's or report's type as ``%R`` (and reads it back so); EndNote's
    ``%R`` is the DOI."""
    from biblio.importers.tagged.refer import ReferImporter

    text = "%0 Thesis\n%T A thesis\n%I Harvard University\n%R Ph.D. thesis\n\n%0 Report\n%T R\n%R 10.1000/xyz\n"
    thesis, report = ReferImporter().parse(text).records
    assert (thesis.genre, thesis.doi, thesis.institution) == ("Ph.D. thesis", "", "Harvard University")
    assert (report.doi, report.genre) == ("10.1000/xyz", "")


def test_html_in_titles_abstracts_and_notes_is_plain_text() -> None:
    """PubMed, Crossref-fed publishers and Zotero's RIS export write inline HTML and entities into text fields."""
    record = _one(
        "TY  - JOUR\nTI  - <i>Homo sapiens</i> and H<sub>2</sub>O &amp; &lt;sic&gt; &#x4E2D;\n"
        "T2  - Science &amp; Society\n"
        "AB  - <p>One.</p><p>Two &amp; three.</p>\nN1  - <p>Line one<br>line two</p>\nER  - \n"
    )
    assert record.main_title() == "Homo sapiens and H2O & <sic> 中"
    assert record.container[0].value == "Science & Society"
    assert record.abstract[0].value == "One.\nTwo & three."
    assert record.extra["annotation"] == "Line one\nline two"


def test_text_that_only_looks_like_markup_is_kept() -> None:
    record = _one("TY  - JOUR\nTI  - Wages <2003> & prices: a < b > c\nER  - \n")
    assert record.main_title() == "Wages <2003> & prices: a < b > c"


def test_a_url_query_is_no_entity() -> None:
    """``&param=``, ``&section=``, ``&copy=`` were read as HTML entities (``¶m=``, ``§ion=``, ``©=``)."""
    record = _one("TY  - JOUR\nTI  - T\nUR  - http://x.org/?a=1&amp;param=2&section=3&copy=4\nER  - \n")
    assert record.url == "http://x.org/?a=1&param=2&section=3&copy=4"


def test_a_second_url_on_a_line_of_its_own_is_a_second_url() -> None:
    record = _one("TY  - JOUR\nTI  - T\nUR  - http://example.org/one\nhttp://example.org/two\nER  - \n")
    assert record.url == "http://example.org/one"
    assert "http://example.org/two" in record.extra.values()  # kept under its tag, as a second UR line is


def test_several_languages_in_one_tag_are_kept() -> None:
    """``LA  - English; Russian``: the first is the record's language, the value is kept as written."""
    record = _one("TY  - JOUR\nTI  - T\nLA  - English; Russian\nER  - \n")
    assert (record.language, record.extra["language"]) == ("en", "English; Russian")
    single = _one("TY  - JOUR\nTI  - T\nLA  - Russian\nER  - \n")
    assert (single.language, "language" in single.extra) == ("ru", False)
    cnki = _one("TY  - JOUR\nTI  - T\nLA  - 中文;\nER  - \n")  # CNKI ends the value with a separator
    assert (cnki.language, "language" in cnki.extra) == ("zh", False)


def test_one_keyword_line_listing_several_is_split_at_commas() -> None:
    """Scopus writes all keywords on one ``KW`` line, comma-separated (Zotero splits such a lone tag too)."""
    one_line = _one("TY  - CONF\nTI  - Signals\nKW  - Digital storage, patterned media, jitter noise\nER  - \n")
    assert [k.value for k in one_line.keywords] == ["Digital storage", "patterned media", "jitter noise"]
    several = _one("TY  - JOUR\nTI  - Steppe\nKW  - Asia, Central\nKW  - nomads\nER  - \n")
    assert [k.value for k in several.keywords] == ["Asia, Central", "nomads"]  # one keyword per line: kept whole
