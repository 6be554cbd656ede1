"""What a RIS tag means per reference type (legal, media, patent, book types), on inputs written for these
tests (``tests/data/tagged/ris_types.ris``) and on a trimmed excerpt of EndNote's export of every RIS type
(``tests/data/realworld/zotero-ris-types.ris``, see SOURCES.md there), against the items Zotero makes of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.base import ImportResult
from biblio.importers.tagged.ris import RisImporter
from biblio.model import EntryType, Record

DATA = Path(__file__).parents[2] / "data"


def _records(name: str) -> list[Record]:
    result = RisImporter().parse((DATA / name).read_text(encoding="utf-8"))
    assert result.problems == []
    return result.records


@pytest.fixture(scope="module")
def ours() -> list[Record]:
    return _records("tagged/ris_types.ris")


@pytest.fixture(scope="module")
def endnote() -> dict[str, Record]:
    records = _records("realworld/zotero-ris-types.ris")
    codes = ["BILL", "CASE", "EDBOOK", "MPCT", "HEAR", "PAT", "STAT"]
    return dict(zip(codes, records, strict=True))


def _names(people: object) -> list[str]:
    return [p.display() for p in people]  # type: ignore[attr-defined]


def test_bill(ours: list[Record]) -> None:
    bill = ours[0]
    assert bill.type is EntryType.MISC and bill.latex["@type"] == "legislation" and bill.csl_extra["type"] == "bill"
    assert _names(bill.authors) == ["Smith, Anna"] and bill.extra["cosponsor"] == "Jones, Robert"
    assert (bill.number, bill.volume, bill.pages) == ("H.R. 1234", "169", "12-14")
    assert bill.container[0].value == "Congressional Record" and bill.institution == "House of Representatives"
    assert bill.extra["session"] == "118th Congress, 1st Session" and bill.extra["section"] == "5"
    assert bill.extra["history"] == "Referred to the Committee on Foreign Affairs"


def test_case(ours: list[Record]) -> None:
    case = ours[1]
    assert (case.latex["@type"], case.csl_extra["type"]) == ("jurisdiction", "legal_case")
    assert case.container[0].value == "Queen's Bench Reports" and case.institution == "High Court of Justice"
    assert (case.number, case.volume, case.pages, case.date) == ("HQ12X01234", "3", "455", "2014-02-20")
    assert case.extra["counsel"] == "Hart, Lena" and case.extra["history"] == "Appeal dismissed"
    assert case.authors == [] and case.editors == []


def test_film(ours: list[Record]) -> None:
    film = ours[2]
    assert (film.latex["@type"], film.csl_extra["type"]) == ("movie", "motion_picture")
    assert _names(film.authors) == ["Kim, Soyoung"] and film.publisher == "Eurasia Films"
    assert film.extra["producer"] == "Ivanov, Pavel" and film.extra["performer"] == "Petrova, Olga"
    assert (film.genre, film.extra["medium"], film.extra["dimensions"], film.pages) == (
        "Documentary",
        "DVD",
        "96 min",
        "",
    )


def test_patent(ours: list[Record]) -> None:
    patent = ours[3]
    assert patent.type is EntryType.PATENT and patent.number == "US11651140B2" and patent.place == "United States"
    assert patent.extra["applicationnumber"] == "17/123456" and patent.extra["holder"] == "Aral Water Technologies"
    assert patent.extra["legalstatus"] == "Granted" and patent.extra["prioritynumbers"] == "CN202010123456"
    assert patent.publisher == "" and patent.isbn == ""


def test_sound_recording(ours: list[Record]) -> None:
    sound = ours[4]
    assert (sound.latex["@type"], sound.csl_extra["type"]) == ("audio", "song")
    assert _names(sound.authors) == ["Kurmangazy", "Ensemble Otrar Sazy"]  # composer and performers
    assert (sound.extra["medium"], sound.extra["dimensions"], sound.extra["volumes"]) == ("Compact disc", "58 min", "2")
    assert sound.series == "Kazakh Folk Music" and sound.pages == ""


def test_edited_book_and_chapter(ours: list[Record]) -> None:
    book, chapter = ours[5], ours[6]
    assert book.type is EntryType.COLLECTION and book.authors == []
    assert _names(book.editors) == ["Cooley, Alexander", "Heathershaw, John"]
    assert book.extra["serieseditor"] == "Roberts, Sean"  # A2: the series editor, never printed as an editor
    assert (book.pagetotal, book.series, book.number, book.extra["volumes"]) == (
        "320",
        "Central Eurasia in Context",
        "4",
        "3",
    )
    assert (
        chapter.container[0].value == "Handbook of Central Asian Politics"
        and chapter.series == "Handbooks in Area Studies"
    )
    assert (chapter.number, chapter.pages, chapter.extra["chapter"]) == ("12", "101-125", "7")
    assert chapter.extra["bookauthor"] == "Allison, Roy" and _names(chapter.editors) == ["Li, Ming"]


def test_generic_record_is_typed_by_its_fields(ours: list[Record]) -> None:
    article = ours[7]
    assert article.type is EntryType.ARTICLE and (article.volume, article.number) == ("36", "2")
    assert article.issn == "CAS-0001" and article.isbn == ""  # a periodical's SN, whatever its checksum


def test_a3_is_a_thesis_advisor_else_an_editor(ours: list[Record]) -> None:
    thesis = ours[8]
    assert thesis.type is EntryType.THESIS and thesis.extra["advisor"] == "李明" and thesis.editors == []
    [book] = RisImporter().parse("TY  - BOOK\nTI  - T\nA3  - Roe, Ann\nER  - \n").records
    assert _names(book.editors) == ["Roe, Ann"] and "advisor" not in book.extra


@pytest.mark.parametrize(
    ("code", "field", "zotero_value", "value"),
    [
        ("BILL", "number", "Bill Number", lambda r: r.number),
        ("BILL", "sponsor", "Sponsor", lambda r: _names(r.authors)[0]),
        ("BILL", "legislativeBody", "Legislative Body", lambda r: r.institution),
        ("BILL", "codeVolume", "Code Volume", lambda r: r.volume),
        ("BILL", "session", "Session", lambda r: r.extra["session"]),
        ("CASE", "court", "Court", lambda r: r.institution),
        ("CASE", "reporter", "Reporter", lambda r: r.container[0].value),
        ("CASE", "docketNumber", "Docket Number", lambda r: r.number),
        ("CASE", "counsel", "Counsel", lambda r: r.extra["counsel"]),
        ("EDBOOK", "numberOfVolumes", "Number of Volumes", lambda r: r.extra["volumes"]),
        ("EDBOOK", "numPages", "Number of Pages", lambda r: r.pagetotal),
        ("EDBOOK", "editor", "Editor", lambda r: _names(r.editors)[-1]),
        ("MPCT", "distributor", "Distributor", lambda r: r.publisher),
        ("MPCT", "runningTime", "Running Time", lambda r: r.extra["dimensions"]),
        ("MPCT", "videoRecordingFormat", "Format", lambda r: r.extra["medium"].split("; ")[0]),
        ("MPCT", "producer", "Producer", lambda r: r.extra["producer"]),
        ("HEAR", "committee", "Committee", lambda r: r.extra["committee"]),
        ("HEAR", "documentNumber", "Document Number", lambda r: r.number),
        ("PAT", "patentNumber", "Patent Number", lambda r: r.number),
        ("PAT", "assignee", "Assignee", lambda r: r.extra["holder"]),
        ("PAT", "issuingAuthority", "Organization, Issuing", lambda r: r.institution),
        ("PAT", "legalStatus", "Legal Status", lambda r: r.extra["legalstatus"]),
        ("STAT", "publicLawNumber", "Public Law Number", lambda r: r.number),
        ("STAT", "codeNumber", "Code Number", lambda r: r.volume),
        ("STAT", "history", "History", lambda r: r.extra["history"]),
    ],
)
def test_endnote_export_agrees_with_zotero(
    endnote: dict[str, Record], code: str, field: str, zotero_value: str, value: object
) -> None:
    """EndNote writes each field's label as its value: the value Zotero files under ``field`` is biblio's too."""
    assert value(endnote[code]) == zotero_value  # type: ignore[operator]


def test_values_of_no_documented_field_are_kept_under_their_tag(endnote: dict[str, Record]) -> None:
    case = endnote["CASE"]
    assert case.extra["ris-a3"] == "Court, Higher" and case.editors == []  # a higher court is nobody's editor
    assert endnote["PAT"].extra["ris-nv"] == "US Patent Classification"  # NV is no number of volumes here


def test_book_title_in_bt_and_journal_abbreviations() -> None:
    text = (
        "TY  - BOOK\nBT  - Whole Book Title\nPB  - P\nER  - \n\n"
        "TY  - JOUR\nTI  - A\nJA  - J. Eurasian Stud.\nJF  - Journal of Eurasian Studies\nVL  - 3\nER  - \n\n"
        "TY  - JOUR\nTI  - B\nJO  - Central Asian Survey\nER  - \n"
    )
    book, article, other = RisImporter().parse(text).records
    assert book.main_title() == "Whole Book Title" and book.container == ()
    assert [c.value for c in article.container] == ["Journal of Eurasian Studies"]
    assert article.extra["shortjournal"] == "J. Eurasian Stud."
    assert [c.value for c in other.container] == ["Central Asian Survey"]


def test_doi_written_elsewhere() -> None:
    text = (
        "TY  - JOUR\nTI  - A\nM3  - doi: 10.1080/02634937.2017.1234567\nER  - \n\n"
        "TY  - JOUR\nTI  - B\nN1  - doi:10.1016/j.euras.2012.03.001\nER  - \n\n"
        "TY  - JOUR\nTI  - C\nUR  - https://doi.org/10.1093/ia/iix123\nM3  - Article\nER  - \n"
    )
    first, second, third = RisImporter().parse(text).records
    assert first.doi == "10.1080/02634937.2017.1234567" and first.genre == ""
    assert second.doi == "10.1016/j.euras.2012.03.001" and second.extra["annotation"].startswith("doi:")
    assert third.doi == "10.1093/ia/iix123" and third.genre == "Article" and third.url.startswith("https://doi.org/")


def test_article_number(ours: list[Record]) -> None:
    [article] = RisImporter().parse("TY  - JOUR\nTI  - A\nT2  - J\nC7  - e0213456\nER  - \n").records
    assert article.extra["eid"] == "e0213456"


def _parse(text: str) -> ImportResult:
    return RisImporter().parse(text)


def test_file_without_type_lines_is_ris_by_shape() -> None:
    """No TY line at all: still RIS (detected by its tag lines), each record typed by its fields."""
    from biblio.importers.registry import choose_importer

    text = (
        "AU  - Harrison, Warren\nTI  - Editorial: Open Source\nJO  - Empirical Software Engineering\n"
        "VL  - 6\nIS  - 3\nSP  - 193\nEP  - 194\nPY  - 2001\nER  - \n\n"
        "AU  - Roe, Ann\nTI  - Notes on a steppe\nPY  - 1999\nER  - \n"
    )
    assert RisImporter().sniff(text) >= 0.8 and choose_importer(text).name == "ris"
    result = _parse(text)
    assert [r.type for r in result.records] == [EntryType.ARTICLE, EntryType.MISC]
    assert result.records[0].pages == "193-194"
    assert [(p.line, p.severity) for p in result.problems] == [(1, "warning"), (11, "warning")]
    assert all("without a TY line" in p.message for p in result.problems)


def test_prose_with_a_dash_is_not_ris() -> None:
    assert RisImporter().sniff("A short note.\nAB - testing is fun\nSome more prose here.\n") == 0.0


def test_concatenated_exports_keep_no_byte_order_mark() -> None:
    text = "TY  - JOUR\nTI  - One\nER  - \n \ufeff\nTY  - JOUR\nTI  - Two\nER  - \n"
    result = _parse(text)
    assert [r.main_title() for r in result.records] == ["One", "Two"] and result.problems == []


def test_untitled_record_with_values_is_kept_and_keywords_alone_are_refused() -> None:
    text = (
        "TY  - THES\nPB  - Nazarbayev University\nAB  - An abstract.\nUR  - http://example.org/t\nER  - \n\n"
        "TY  - JOUR\nKW  - steppe\nER  - \n"
    )
    result = _parse(text)
    [thesis] = result.records
    assert thesis.institution == "Nazarbayev University" and thesis.url == "http://example.org/t"
    assert [(p.line, p.severity) for p in result.problems] == [(1, "warning"), (7, "error")]
    assert "without content" in result.problems[1].message
