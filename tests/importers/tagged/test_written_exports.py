"""RIS and EndNote/Refer records written here in the shapes other tools export (issue 12, tagged dev data).

``tests/data/tagged/database_exports.ris``: records shaped like the RIS exports of Scopus, Web of Science,
PubMed (through EndNote), IEEE Xplore, SpringerLink, EBSCOhost, a PLOS article, a WHO book, a thesis, a
World Bank report, a web page, a newspaper article and a book with editors, following the RIS
specification's per-type tags. ``tests/data/tagged/endnote_types.enw``: EndNote's Refer export of journal
articles, book sections, theses, conference papers, reports, books, electronic and newspaper articles,
using EndNote's documented tag list (``%6`` number of volumes, ``%&`` section, ``%Y`` tertiary author,
``%8`` date, ``%[`` access date ...). The expected values are what those specifications say each tag
means (Zotero's and JabRef's importers read them the same way where they read them at all).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.ris import RisImporter
from biblio.model import EntryType, Record
from biblio.model.written_dates import tagged_date

DATA = Path(__file__).parents[2] / "data" / "tagged"


def _by_title(records: list[Record]) -> dict[str, Record]:
    return {r.main_title(): r for r in records}


@pytest.fixture(scope="module")
def ris() -> dict[str, Record]:
    result = RisImporter().parse((DATA / "database_exports.ris").read_text(encoding="utf-8"))
    assert result.problems == []
    return _by_title(result.records)


@pytest.fixture(scope="module")
def refer() -> dict[str, Record]:
    result = ReferImporter().parse((DATA / "endnote_types.enw").read_text(encoding="utf-8"))
    assert result.problems == []
    return _by_title(result.records)


@pytest.mark.parametrize(
    ("text", "year", "expected"),
    [
        ("2024/06/15/", "", "2024-06-15"),
        ("2010/03//", "", "2010-03"),
        ("2017/ /Spring", "", "2017"),
        ("September 2003", "", "2003-09"),
        ("January 6, 2022", "", "2022-01-06"),
        ("6 January 2022", "", "2022-01-06"),
        ("18-20 Oct. 2020", "", "2020-10-18"),
        ("Dec. 2020", "", "2020-12"),
        ("MAY", "2019", "2019-05"),
        ("Oct 3", "2020", "2020-10-03"),
        ("Spring", "2015", ""),
        ("Mayor", "2020", ""),
        ("2024年6月", "", "2024-06"),
        ("15 May 2020 10:30", "", "2020-05-15"),
    ],
)
def test_dates_with_month_names(text: str, year: str, expected: str) -> None:
    assert tagged_date(text, year) == expected


def test_web_of_science_month_and_both_issns(ris: dict[str, Record]) -> None:
    record = ris["Ocean heat uptake in CMIP6 models"]
    assert record.date == "2019-05"  # DA - MAY beside PY - 2019
    assert record.issn == "0894-8755, 1520-0442"  # print and electronic ISSN, two SN lines
    assert record.identifiers["accession"] == "WOS:000463456700001"


def test_pubmed_labelled_issns_and_doi_in_m3(ris: dict[str, Record]) -> None:
    record = ris["Vitamin D and bone density: a trial"]
    assert record.issn == "1533-4406, 0028-4793"
    assert record.doi == "10.1056/NEJMoa0900000" and record.date == "2010-03"
    assert record.container[0].value == "The New England journal of medicine"
    assert record.extra["shortjournal"] == "N Engl J Med"


def test_ieee_conference_dates_and_volume_tag(ris: dict[str, Record]) -> None:
    record = ris["Deep learning for edge devices"]
    assert record.type is EntryType.INPROCEEDINGS and record.date == "2020-10-18"
    assert record.container[0].value == "2020 IEEE International Conference on Edge Computing (EDGE)"
    assert (record.pages, record.publisher, record.place) == ("112-119", "IEEE", "Beijing, China")
    text = "TY  - CONF\nTI  - T\nT2  - C\nVO  - 7\nVL  - \nPY  - 2019\nER  - \n"
    assert RisImporter().parse(text).records[0].volume == "7"


def test_scopus_article(ris: dict[str, Record]) -> None:
    record = ris["Soil carbon under long-term tillage"]
    assert (record.volume, record.number, record.pages, record.extra["eid"]) == ("45", "3", "1-12", "103245")
    assert record.extra["shortjournal"] == "J. Appl. Soil Sci." and record.issn == "01676105"
    assert [(a.family, a.given) for a in record.authors] == [("Smith", "J. A."), ("García-López", "M.")]


def test_springer_chapter_and_ebsco_article(ris: dict[str, Record]) -> None:
    chapter = ris["Migration and memory"]
    assert chapter.type is EntryType.INCOLLECTION and chapter.series == "Palgrave Handbooks"
    assert [e.display() for e in chapter.editors] == ["Brown, Peter", "White, Sarah"]
    assert chapter.isbn == "978-3-319-76455-1" and chapter.container[0].value == "Handbook of Post-Soviet Studies"
    article = ris["Rural credit cooperatives in Kazakhstan"]
    assert article.doi == "10.1080/02634937.2015.1000000" and article.date == "2015-06"


def test_whole_works_and_reports(ris: dict[str, Record]) -> None:
    book = ris["World report on ageing and health"]
    assert book.pagetotal == "246" and book.pages == "" and book.authors[0].literal == "World Health Organization"
    thesis = ris["Soviet planning in Central Asia, 1950-1970"]
    assert (thesis.institution, thesis.genre, thesis.pagetotal) == ("University of Oxford", "Ph.D. thesis", "312")
    assert thesis.extra["advisor"] == "Service, Robert"
    report = ris["Water use in the Aral Sea basin"]
    assert (report.institution, report.number, report.series) == (
        "World Bank",
        "WB-ECA-2009-17",
        "Working Paper Series",
    )


def test_refer_month_dates_and_access_date(refer: dict[str, Record]) -> None:
    assert refer["Nomadic pastoralism after collapse"].date == "2003-09"  # %8 September 2003
    assert refer["Kazakhstan protests"].date == "2022-01-06"  # %8 January 6, 2022
    online = refer["An electronic article"]
    assert (online.date, online.urldate) == ("2020-05-01", "2021-03-03")  # %[ March 3, 2021


def test_refer_page_count_of_whole_works(refer: dict[str, Record]) -> None:
    book = refer["Central Asia: A New History from the Imperial Conquests to the Present"]
    assert (book.pagetotal, book.pages) == ("576", "")
    thesis = refer["Sovetskii kishlak"]
    assert (thesis.pagetotal, thesis.pages) == ("420", "")
    assert refer["The villas of the new Russians"].pages == "197-215"  # a part keeps its range


def test_refer_tertiary_author_by_type(refer: dict[str, Record]) -> None:
    assert refer["Sovetskii kishlak"].extra["advisor"] == "Tishkov, Valery"  # a thesis's %Y: its advisor
    paper = refer["Graph methods for trade data"]
    assert "advisor" not in paper.extra and paper.editors == []  # a conference paper's %Y: its series editor
    assert paper.extra["serieseditor"] == "Smith"


def test_refer_volumes_section_and_chapter(refer: dict[str, Record]) -> None:
    section = refer["The villas of the new Russians"]
    assert section.extra["volumes"] == "2" and section.extra["chapter"] == "9"
    assert refer["Kazakhstan protests"].extra["section"] == "World"
    text = "%0 Journal Article\n%T T\n%> internal-pdf://a.pdf\n%< Read again\n"
    record = ReferImporter().parse(text).records[0]
    assert record.extra["file"] == "internal-pdf://a.pdf" and record.extra["annotation"] == "Read again"


def test_second_title_line_is_a_subtitle_in_the_same_language(ris: dict[str, Record]) -> None:
    record = ris["Agrarian reform in Uzbekistan"]
    assert [s.value for s in record.subtitle] == ["evidence from three regions"]
    parallel = ris["Steppe empires"]
    assert [(t.value, t.lang) for t in parallel.title] == [("Steppe empires", "en"), ("Степные империи", "ru")]
    assert parallel.subtitle == ()


def test_full_text_link_pmcid_and_research_notes(ris: dict[str, Record]) -> None:
    record = ris["Agrarian reform in Uzbekistan"]
    assert record.url == "https://www.tandfonline.com/doi/full/10.2747/1060-586X.24.1.10"  # L2 without UR
    assert record.identifiers["pmcid"] == "PMC1234567"  # JOUR's C2
    # U1-U5 (user definable) and RN are the exporting user's notes, in their order (JabRef's comment and note)
    assert record.extra["annotation"] == "user note one\nuser note two\nResearch note here"
    assert record.extra["ris-ta"] == "Ivanov, Sergei"  # kept
    both = ris["Steppe empires"]
    assert (both.url, both.extra["file"]) == ("https://example.org/steppe", "https://example.org/steppe.pdf")


@pytest.mark.parametrize(
    ("name", "kind", "kept"),
    [
        ("Electronic Book", EntryType.BOOK, ""),
        ("Electronic Book Section", EntryType.INCOLLECTION, ""),
        ("Blog", EntryType.ONLINE, ""),
        ("Government Document", EntryType.REPORT, ""),
        ("Dictionary", EntryType.INCOLLECTION, ""),
        ("Serial", EntryType.BOOK, ""),
        ("Online Database", EntryType.DATASET, ""),
        ("Film or Broadcast", EntryType.MISC, "movie"),
        ("Case", EntryType.MISC, "jurisdiction"),
        ("Statute", EntryType.MISC, "legislation"),
        ("Computer Program", EntryType.MISC, "software"),
    ],
)
def test_every_endnote_type_name_is_its_ris_type(name: str, kind: EntryType, kept: str) -> None:
    """EndNote's reference type names are the RIS types (the specification defines one code per name)."""
    record = ReferImporter().parse(f"%0 {name}\n%T A title\n%A Smith, John\n%D 2001\n").records[0]
    assert record.type is kind and record.latex.get("@type", "") == kept


def test_edited_book_authors_are_its_editors() -> None:
    record = ReferImporter().parse("%0 Edited Book\n%T Handbook\n%A Smith, John\n%A Doe, Jane\n%D 2001\n").records[0]
    assert record.type is EntryType.COLLECTION and record.authors == []
    assert [e.family for e in record.editors] == ["Smith", "Doe"]


@pytest.mark.parametrize(
    ("code", "tag", "value", "slot"),
    [
        ("JOUR", "ET", "2021/03/02", "epubdate"),  # EndNote: "Epub Date"
        ("ELEC", "VL", "2020", "accessyear"),  # a web page's access year
        ("PAT", "VL", "2", "version"),  # a patent's version number
    ],
)
def test_tags_that_are_no_volume_or_edition_in_a_type(code: str, tag: str, value: str, slot: str) -> None:
    text = f"TY  - {code}\nTI  - A title\nAU  - Smith, John\nPY  - 2020\n{tag}  - {value}\nER  - \n"
    record = RisImporter().parse(text).records[0]
    assert record.extra[slot] == value and record.volume == "" and record.edition == ""


@pytest.mark.parametrize(
    ("name", "lines", "expected"),
    [
        ("Report", "%I Carnegie Endowment", {"institution": "Carnegie Endowment", "publisher": ""}),
        ("Government Document", "%I Ministry of Finance", {"institution": "Ministry of Finance", "publisher": ""}),
        ("Journal Article", "%J Central Asian Survey\n%7 2021/03/02", {"edition": "", "epubdate": "2021/03/02"}),
        ("Computer Program", "%7 2.1\n%I Microsoft", {"edition": "", "version": "2.1", "publisher": "Microsoft"}),
        ("Web Page", "%V 2020", {"volume": "", "accessyear": "2020"}),
        ("Patent", "%I Acme Corp", {"publisher": "", "holder": "Acme Corp"}),
        ("Book", "%I Verso\n%7 2nd", {"publisher": "Verso", "edition": "2nd"}),
    ],
)
def test_refer_field_means_what_its_ris_tag_means_in_the_type(name: str, lines: str, expected: dict[str, str]) -> None:
    """EndNote writes each field under one Refer tag and one RIS tag: %I is PB, %7 ET, %V VL, %P SP."""
    record = ReferImporter().parse(f"%0 {name}\n%T A title\n%A Smith, John\n%D 2001\n{lines}\n").records[0]
    for slot, value in expected.items():
        got = getattr(record, slot) if slot in ("institution", "publisher", "edition", "volume") else record.extra[slot]
        assert got == value, slot


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Doe, K. and Roe, P.", [("Doe", "K."), ("Roe", "P.")]),
        ("Doe, K. and Roe, P. and Lee, M.", [("Doe", "K."), ("Roe", "P."), ("Lee", "M.")]),
        ("Ernst and Young", [("", "")]),  # a body stays one name
        ("Johnson and Johnson, Inc.", [("", "")]),
    ],
)
def test_author_line_holding_an_and_list(line: str, expected: list[tuple[str, str]]) -> None:
    """A BibTeX-style list in one AU line (exports from BibTeX-based tools) is several authors."""
    record = RisImporter().parse(f"TY  - JOUR\nTI  - T\nAU  - {line}\nPY  - 2004\nER  - \n").records[0]
    assert [(a.family, a.given) for a in record.authors] == expected
    assert all(a.literal == line for a in record.authors if not a.family)


_CLASSIC = """%A Kernighan, B. W.
%Q Bell Laboratories
%T UNIX report
%I Bell Labs
%C Murray Hill, NJ
%D 1984
%R CSTR-123
%G AD-A123456
%W Library shelf 4
%H Read for the seminar

%T A book with a DOI
%A Doe, J.
%R 10.1000/xyz
%D 2001
%I Agency

%T An article
%A Doe, J.
%J Journal
%V 3
%R TR-9
%D 2001
"""


def test_classic_refer_tags_without_endnote_type_line() -> None:
    """refer(1): %Q a corporate author, %R a report number, %H header commentary, %W where the item is kept
    (EndNote, with its %0 line, uses these tags otherwise); %G (a government number there) stays as written."""
    report, book, article = ReferImporter().parse(_CLASSIC).records
    assert report.type is EntryType.REPORT and (report.number, report.institution) == ("CSTR-123", "Bell Labs")
    assert [a.literal for a in report.authors] == ["", "Bell Laboratories"]
    assert report.extra["language"] == "AD-A123456" and report.extra["location"] == "Library shelf 4"
    assert report.extra["annotation"] == "Read for the seminar"
    assert (book.type, book.doi, book.publisher) == (EntryType.BOOK, "10.1000/xyz", "Agency")
    assert (article.type, article.number) == (EntryType.ARTICLE, "TR-9")
