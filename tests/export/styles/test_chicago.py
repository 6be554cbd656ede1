"""Chicago author-date output: the examples from the brief, every entry type, names and casing."""

from __future__ import annotations

import pytest

from biblio.export.styles import format_citation
from biblio.model import EntryType, Name, Record
from tests.export.styles.builders import rec, west, zh


def chicago(record: Record, fmt: str = "text") -> str:
    return format_citation(record, style="chicago", fmt=fmt)


def test_book(brzezinski_en: Record) -> None:
    assert chicago(brzezinski_en) == (
        "Brzezinski, Zbigniew. 1997. The Grand Chessboard: American Primacy and Its Geostrategic Imperatives. "
        "New York: Basic Books."
    )


def test_article_with_abbreviated_pages_and_doi(mackinder_en: Record) -> None:
    assert chicago(mackinder_en) == (
        "Mackinder, Halford J. 1904. “The Geographical Pivot of History.” The Geographical Journal 23 (4): 421–37. "
        "https://doi.org/10.2307/1775498."
    )


def test_html_italics_and_link(mackinder_en: Record) -> None:
    out = chicago(mackinder_en, "html")
    assert "<em>The Geographical Journal</em> 23 (4): 421–37." in out
    assert '<a href="https://doi.org/10.2307/1775498">https://doi.org/10.2307/1775498</a>.' in out


def test_markdown_italic_book_title(brzezinski_en: Record) -> None:
    assert "*The Grand Chessboard: American Primacy and Its Geostrategic Imperatives*" in chicago(
        brzezinski_en, "markdown"
    )


def test_chinese_record_keeps_original_script(spykman_zh: Record, zhang_article: Record) -> None:
    assert chicago(spykman_zh) == "斯皮克曼. 1965. 和平地理学. Translated by 刘愈之. 北京: 商务印书馆."
    assert chicago(zhang_article) == (
        "张宁. 2024. “中亚国家的多元平衡外交：机遇与风险并存” [Pluralistic and Balanced Diplomacy]. "
        "俄罗斯学刊, no. 6, 5–23."
    )


def test_sentence_case_title_becomes_headline_case() -> None:
    record = rec(EntryType.BOOK, "The grand chessboard: the war of the worlds in NATO", "en", date="1997")
    assert chicago(record).startswith("The Grand Chessboard: The War of the Worlds in NATO. 1997.")


def test_two_and_three_authors() -> None:
    two = rec(EntryType.BOOK, "Title", "en", authors=[west("Smith", "John"), west("Doe", "Jane")], date="2000")
    assert chicago(two).startswith("Smith, John, and Jane Doe. 2000. Title.")
    three = [west("Smith", "John"), west("Doe", "Jane"), Name(literal="World Bank")]
    assert chicago(rec(EntryType.BOOK, "T", "en", authors=three)).startswith(
        "Smith, John, Jane Doe, and World Bank. n.d. T."
    )


def test_more_than_ten_authors_are_cut_to_seven() -> None:
    people = [west(f"Author{i}", "A.") for i in range(11)]
    out = chicago(rec(EntryType.BOOK, "T", "en", authors=people, date="2000"))
    assert out.startswith("Author0, A., A. Author1, ") and "A. Author6, et al. 2000." in out
    assert "Author7" not in out


def test_editor_as_creator_and_edited_by() -> None:
    edited = rec(EntryType.COLLECTION, "Essays", "en", editors=[west("Roe", "Ann")], date="2001", edition="2")
    assert chicago(edited) == "Roe, Ann, ed. 2001. Essays. 2nd ed."
    both = rec(EntryType.BOOK, "Essays", "en", authors=[west("Poe", "E.")], editors=[west("Roe", "Ann")])
    assert chicago(both) == "Poe, E. n.d. Essays. Edited by Ann Roe."


def test_chapter_in_edited_book() -> None:
    record = rec(
        EntryType.INCOLLECTION,
        "Chapter title",
        "en",
        authors=[west("Smith", "John")],
        editors=[west("Roe", "Ann"), west("Doe", "Jane")],
        container="The Book",
        place="Chicago",
        publisher="University of Chicago Press",
        date="2010",
        pages="101-108",
    )
    assert chicago(record) == (
        "Smith, John. 2010. “Chapter Title.” In The Book, edited by Ann Roe and Jane Doe, 101–8. "
        "Chicago: University of Chicago Press."
    )


def test_thesis_report_online_newspaper() -> None:
    thesis = rec(EntryType.THESIS, "A study", "en", authors=[west("Li", "Si")], genre="phdthesis", institution="MIT")
    assert chicago(thesis) == "Li, Si. n.d. “A Study.” PhD diss., MIT."
    report = rec(EntryType.REPORT, "Outlook", "en", institution="IMF", place="Washington", number="7", date="2020")
    assert chicago(report) == "Outlook. 2020. Report 7. Washington: IMF."
    online = rec(
        EntryType.ONLINE,
        "Page",
        "en",
        authors=[Name(literal="BBC")],
        date="2019-12-31",
        urldate="2020-01-05",
        url="https://bbc.co.uk/x",
    )
    assert chicago(online) == "BBC. 2019. “Page.” December 31, 2019. Accessed January 5, 2020. https://bbc.co.uk/x."
    news = rec(
        EntryType.NEWSPAPER, "Headline", "en", authors=[west("Doe", "J.")], container="The Times", date="2020-03"
    )
    assert chicago(news) == "Doe, J. 2020. “Headline.” The Times, March 2020."


@pytest.mark.parametrize("entry_type", list(EntryType))
def test_every_type_has_author_year_title(entry_type: EntryType) -> None:
    record = rec(entry_type, "Title", "en", authors=[zh("张", "三")], date="2020", publisher="Pub", doi="10.1/x")
    out = chicago(record)
    assert out.startswith("张三. 2020. ") and "Title" in out and out.endswith("https://doi.org/10.1/x.")


def test_et_al_recorded_by_the_importer() -> None:
    record = rec(EntryType.BOOK, "Title", "en", authors=[west("Smith", "John"), west("Doe", "Jane")], date="2000")
    record.extra["authors_et_al"] = "true"
    assert chicago(record).startswith("Smith, John, Jane Doe, et al. 2000. Title.")
