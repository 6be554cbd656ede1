"""RIS cells where biblio disagreed with both Zotero's RIS translator and JabRef's RIS importer, or lost a value
(docs/tagged-mapping.md): each class on records written for it (``tests/data/tagged/ris_peer_classes.ris``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.ris import RisImporter
from biblio.model import EntryType, Record
from biblio.model.written_dates import tagged_date

DATA = Path(__file__).parents[2] / "data" / "tagged"


@pytest.fixture(scope="module")
def ris() -> dict[str, Record]:
    result = RisImporter().parse((DATA / "ris_peer_classes.ris").read_text(encoding="utf-8"))
    assert result.problems == []
    return {r.main_title(): r for r in result.records}


def test_a_second_value_of_a_one_value_tag_is_kept_under_its_tag(ris: dict[str, Record]) -> None:
    book = ris["Repeated one-value tags"]
    assert (book.publisher, book.series, book.url) == (
        "Routledge",
        "Central Asian Studies",
        "https://example.org/first",
    )
    assert book.extra["ris-pb"] == "Taylor & Francis"
    assert book.extra["ris-t3"] == "Routledge Contemporary Asia"  # a book's T2 and T3 both name a series
    assert book.extra["ris-ur"] == "https://example.org/second"


@pytest.mark.parametrize(
    ("title", "number", "issue"),
    [
        ("A series volume beside an issue", "12", "3"),  # BOOK M1: Zotero's seriesNumber
        ("A bill with its number and an issue", "H.R. 1234", "7"),  # BILL M1: billNumber
        ("A report number beside an issue", "WP-2021-04", "2"),  # RPRT SN: reportNumber
        ("A docket number beside an issue", "HQ12X01234", "5"),  # CASE SV: docketNumber
    ],
)
def test_the_types_own_number_comes_before_is(ris: dict[str, Record], title: str, number: str, issue: str) -> None:
    record = ris[title]
    assert record.number == number and record.extra["ris-is"] == issue


def test_a_journals_m1_is_the_issue_only_without_is_and_never_lost(ris: dict[str, Record]) -> None:
    both = ris["An issue beside M1"]
    assert both.number == "4" and both.extra["ris-m1"] == "Special issue on energy"  # was dropped before
    assert ris["M1 alone is the issue"].number == "2"  # Zotero's degenerate M1 -> issue of a journal article


def test_sv_is_the_series_volume(ris: dict[str, Record]) -> None:
    book = ris["A series volume in SV"]
    assert (book.series, book.number) == ("Library of Central Asian Studies", "9")


def test_ris_2004_place_and_links(ris: dict[str, Record]) -> None:
    book = ris["Old place and links tags"]
    assert (book.place, book.publisher, book.url) == ("New York", "Overlook", "https://example.org/links")


def test_user_definable_fields_are_notes_in_order(ris: dict[str, Record]) -> None:
    record = ris["User definable fields"]
    assert record.extra["annotation"] == "first note\n23690738[pmid]\nchecked by hand\nfifth field"
    assert not any(key.startswith("ris-u") for key in record.extra)


def test_a_whole_works_sp_is_a_page_count_unless_ep_ends_it(ris: dict[str, Record]) -> None:
    ranged, counted = ris["A book given a page range"], ris["A book given its page count"]
    assert (ranged.pages, ranged.pagetotal) == ("31-39", "")
    assert (counted.pages, counted.pagetotal) == ("", "694")


def test_a_journal_articles_et_is_an_epub_date_or_an_edition(ris: dict[str, Record]) -> None:
    dated, edition = ris["An Epub Date in ET"], ris["An edition in ET"]
    assert dated.extra["epubdate"] == "2019/01/15" and dated.edition == ""
    assert edition.edition == "2nd" and "epubdate" not in edition.extra


def test_multimedia_nv_is_its_number_of_volumes(ris: dict[str, Record]) -> None:
    record = ris["A multimedia work in volumes"]
    assert record.type is EntryType.MISC and record.extra["volumes"] == "3"


def test_refer_keeps_a_second_publisher() -> None:
    text = "%0 Book\n%T Two publishers\n%A Karimov, Aziz\n%I Routledge\n%I Taylor & Francis\n%D 2019\n"
    record = ReferImporter().parse(text).records[0]
    assert record.publisher == "Routledge" and record.extra["refer-i"] == "Taylor & Francis"


def test_a_web_pages_m1_is_the_day_it_was_read_in_the_year_of_vl(ris: dict[str, Record]) -> None:
    page = ris["A page read in March"]
    assert page.urldate == "2021-03-03" and page.extra["accessyear"] == "2021"
    both = ris["A page with Y2 and M1"]
    assert both.urldate == "2020-02-02" and both.extra["ris-m1"] == "March 3"  # Y2 first, M1 kept


def test_an_unpublished_works_bt_is_its_host_beside_a_title_and_m1_its_issue_after_is(
    ris: dict[str, Record],
) -> None:
    paper = ris["An unpublished paper in a working-paper series"]
    assert paper.container[0].value == "Working Papers in Economics"
    assert paper.number == "3" and paper.extra["ris-m1"] == "14"
    assert ris["An unpublished work titled by BT"].type is EntryType.MISC  # BT alone: the work's own title


@pytest.mark.parametrize(
    ("title", "slot", "kept"),
    [
        ("A blog with a number in Y2", ("urldate", ""), ("urldate_unparsed", "Number 5")),  # no date: as written
        ("An audiovisual work with its genre", ("genre", "Documentary"), ("medium", "DVD")),  # as a film: C4, M3
        ("A case given an end page", ("pages", "455"), ("ris-ep", "460")),  # SP is the first page, EP kept apart
        ("A patent given an issue", ("number", "US 7,654,321 B2"), ("issue", "12")),  # the patent's number first
    ],
)
def test_a_value_in_its_slot_and_the_other_kept(
    ris: dict[str, Record], title: str, slot: tuple[str, str], kept: tuple[str, str]
) -> None:
    record = ris[title]
    assert getattr(record, slot[0]) == slot[1] and record.extra[kept[0]] == kept[1]


def test_an_edited_books_a1_like_its_au_names_editors(ris: dict[str, Record]) -> None:
    book = ris["An edited book in RIS 2004 tags"]
    assert book.authors == [] and [e.family for e in book.editors] == ["Akiner", "Sims-Williams"]


@pytest.mark.parametrize(
    ("kind", "lines", "number", "kept"),
    [
        # EndNote's Number (%N) is RIS M1 outside journals and its ISBN/ISSN field (%@) RIS SN, per type
        ("Report", "%@ WP-2021-04\n%N 7", "WP-2021-04", ("documentnumber", "7")),
        ("Patent", "%@ US 7,654,321 B2\n%N 12/345,678", "US 7,654,321 B2", ("applicationnumber", "12/345,678")),
        ("Book Section", "%B A book\n%N 3", "", ("volumes", "3")),
    ],
)
def test_refer_number_and_isbn_fields_mean_what_the_types_ris_tags_mean(
    kind: str, lines: str, number: str, kept: tuple[str, str]
) -> None:
    text = f"%0 {kind}\n%T A {kind.lower()}\n%A Ivanova, Elena\n{lines}\n%D 2021\n"
    record = ReferImporter().parse(text).records[0]
    assert record.number == number and record.isbn == "" and record.extra[kept[0]] == kept[1]


def test_refer_journal_number_is_its_issue() -> None:
    text = "%0 Journal Article\n%T An article\n%J Central Asian Survey\n%@ 0263-4937\n%N 2\n%D 2011\n"
    record = ReferImporter().parse(text).records[0]
    assert (record.number, record.issn) == ("2", "0263-4937")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("03/04/2002", "2002-03-04"),  # month first, as Zotero reads it in English
        ("13/04/2002", "2002-04-13"),  # a first part over 12 is the day
        ("15.03.2002", "2002-03-15"),  # dots: day first
        ("12/2002", "2002-12"),
        ("2002/03/04/", "2002-03-04"),  # the RIS form is unchanged
        ("2002-2003", "2002"),  # a range of years is no month
    ],
)
def test_numeric_dates_with_the_year_last_keep_month_and_day(text: str, expected: str) -> None:
    assert tagged_date(text) == expected
    record = RisImporter().parse(f"TY  - ELEC\nTI  - Read on a day\nY2  - {text}\nDA  - {text}\nER  - \n").records[0]
    assert record.urldate == record.date == expected


def test_a_talks_presenter_is_its_author_not_an_editor() -> None:
    """SLIDE's A2 is the presenter (Zotero's own RIS.js, run in node by benchmarks/zotero_node_probe.py): a style
    would print an editor as "ed."; the presenter gave the talk."""
    text = "TY  - SLIDE\nTI  - Water and power in the Ferghana Valley\nAU  - Abdullaev, Iskandar\n"
    text += "A2  - Rakhimov, Murat\nT2  - Central Asia Workshop\nPY  - 2019\nER  - \n"
    [record] = RisImporter().parse(text).records
    assert [n.family for n in record.authors] == ["Abdullaev", "Rakhimov"]
    assert record.editors == []
