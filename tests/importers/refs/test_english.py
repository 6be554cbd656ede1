"""English citation styles: APA, Chicago, Harvard, MLA."""

from __future__ import annotations

from biblio.importers.refs import parse_reference
from biblio.model import EntryType


def test_apa_article_with_doi() -> None:
    text = (
        "Laruelle, M. (2015). Kazakhstan's nation-building. Central Asian Survey,"
        " 34(2), 145–160. https://doi.org/10.1080/02634937.2015.1012345"
    )
    parsed = parse_reference(text)
    record = parsed.record
    assert parsed.style == "english"
    assert record.type is EntryType.ARTICLE
    assert record.authors[0].family == "Laruelle"
    assert (record.volume, record.number, record.pages, record.date) == ("34", "2", "145-160", "2015")
    assert record.doi == "10.1080/02634937.2015.1012345"


def test_chicago_book_and_article() -> None:
    book = parse_reference(
        "Brzezinski, Zbigniew. The Grand Chessboard: American Primacy. New York: Basic Books, 1997."
    ).record
    assert (book.type, book.place, book.publisher, book.date) == (EntryType.BOOK, "New York", "Basic Books", "1997")
    article = parse_reference(
        'Mackinder, Halford J. "The Geographical Pivot of History." The Geographical Journal 23, no. 4 (1904): 421–37.'
    ).record
    assert [(n.family, n.given) for n in article.authors] == [("Mackinder", "Halford J.")]
    assert (article.volume, article.number, article.pages) == ("23", "4", "421-37")


def test_chapters_apa_and_chicago() -> None:
    apa = parse_reference(
        "Jonson, L. (2006). Tajikistan. In R. Allison (Ed.), Central Asian security (pp. 45–67). I.B. Tauris."
    ).record
    assert apa.type is EntryType.INCOLLECTION
    assert apa.editors[0].family == "Allison"
    assert (apa.container[0].value, apa.pages, apa.publisher) == ("Central Asian security", "45-67", "I.B. Tauris")
    chicago = parse_reference(
        'Allison, Roy. "Virtual Regionalism." In Central Asia, edited by Rick Fawn, 185–208. London: Routledge, 2004.'
    ).record
    assert chicago.editors[0].family == "Fawn"
    assert (chicago.place, chicago.publisher, chicago.pages) == ("London", "Routledge", "185-208")


def test_edition_thesis_and_web_page() -> None:
    book = parse_reference("Morgenthau, H. J. (2005). Politics among nations (7th ed.). McGraw-Hill.").record
    assert (book.edition, book.main_title()) == ("7", "Politics among nations")
    thesis = parse_reference('Marat, Erica. "The State-Crime Nexus." PhD diss., Johns Hopkins University, 2006.').record
    assert (thesis.type, thesis.institution) == (EntryType.THESIS, "Johns Hopkins University")
    web = parse_reference(
        "Putz, C. (2021, January 11). Kyrgyzstan votes. The Diplomat. https://thediplomat.com/2021/01/k/"
    ).record
    assert (web.type, web.date, web.container[0].value) == (EntryType.ONLINE, "2021-01-11", "The Diplomat")


def test_harvard_with_access_date() -> None:
    text = (
        "Stronski, P. (2020) 'Late to the party', Carnegie Endowment."
        " Available at: https://ceip.org/x (Accessed: 5 May 2021)."
    )
    record = parse_reference(text).record
    assert (record.main_title(), record.urldate, record.url) == (
        "Late to the party",
        "2021-05-05",
        "https://ceip.org/x",
    )


def test_suffix_stays_with_the_inverted_name() -> None:
    record = parse_reference(
        'Freeman, Chas W., Jr. "Russia and China." Middle East Policy 8, no. 1 (2001): 1–10.'
    ).record
    assert len(record.authors) == 1
    assert record.authors[0].family == "Freeman"


def test_chicago_footnote_form() -> None:
    text = "Zbigniew Brzezinski, The Grand Chessboard: American Primacy (New York: Basic Books, 1997), 35."
    record = parse_reference(text).record
    assert record.type is EntryType.BOOK
    assert [(n.family, n.given) for n in record.authors] == [("Brzezinski", "Zbigniew")]
    assert (record.main_title(), record.place, record.publisher, record.date, record.pages) == (
        "The Grand Chessboard: American Primacy",
        "New York",
        "Basic Books",
        "1997",
        "35",
    )
