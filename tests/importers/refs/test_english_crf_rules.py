"""The rules over the labeller's output, given labellings a model could produce (strings written here).

``read_labels`` takes the labels as given, so each rule is tested on its own, independent of the model.
"""

from __future__ import annotations

import pytest

from biblio.importers.refs import parse_reference
from biblio.importers.refs.crf.fields import balanced, read_number
from biblio.importers.refs.english_crf import read_labels
from biblio.model import EntryType, Record


def _read(pairs: list[tuple[str, str]]) -> Record:
    """The record of a string given as (label, text) segments."""
    tokens: list[str] = []
    labels: list[str] = []
    for label, text in pairs:
        words = text.split()
        tokens += words
        labels += [label] * len(words)
    return read_labels(" ".join(tokens), labels, [0.9] * len(labels)).record


def test_an_inverted_name_ends_at_its_initial() -> None:
    record = _read(
        [("author", "Kennan, George F. American"), ("title", "Diplomacy."), ("location", "Chicago:"), ("date", "1951.")]
    )
    assert [(n.family, n.given) for n in record.authors] == [("Kennan", "George F.")]
    assert record.title[0].value == "American Diplomacy"
    direct = _read(
        [("author", "T. R. Berg"), ("title", "“Wells of Naryn,”"), ("journal", "Arid Lands,"), ("date", "2001.")]
    )
    assert direct.authors[0].family == "Berg"  # in direct order the family name follows the initials


def test_an_editor_run_without_a_role_word_at_the_end_is_the_publisher() -> None:
    record = _read(
        [("author", "Berg, T. Z."), ("date", "(2002)."), ("title", "Pastures?"), ("editor", "M. E. Sharpe.")]
    )
    assert not record.editors and record.publisher == "M. E. Sharpe"
    marked = _read(
        [
            ("author", "Berg, T."),
            ("title", "Pastures."),
            ("editor", "In R. Anand (Ed.),"),
            ("container-title", "Steppe."),
        ]
    )
    assert marked.editors and marked.editors[0].family == "Anand"


def test_a_quoted_title_runs_to_its_closing_quote() -> None:
    record = _read(
        [
            ("author", "Osei, P. (2014)"),
            ("title", '\'Keeping "customary rights"'),
            ("journal", "in law', Central Asian Survey,"),
            ("volume", "33(2),"),
            ("pages", "pp. 1–9."),
        ]
    )
    assert record.title[0].value == 'Keeping "customary rights" in law'
    assert record.container[0].value == "Central Asian Survey"


def test_a_web_page_is_contained_in_its_site() -> None:
    record = _read(
        [
            ("author", "Anand, Ruth."),
            ("title", "“Water Quotas in Khujand.”"),
            ("publisher", "Asia Water Watch,"),
            ("date", "March 4, 2022."),
            ("url", "https://asiawater.example.org/khujand."),
        ]
    )
    assert record.type is EntryType.ONLINE
    assert record.container[0].value == "Asia Water Watch" and not record.publisher
    book = _read(
        [
            ("author", "Anand, R."),
            ("title", "Water."),
            ("location", "Almaty:"),
            ("publisher", "Dala,"),
            ("date", "2020."),
        ]
    )
    assert book.type is EntryType.BOOK and book.publisher == "Dala"


@pytest.mark.parametrize(
    ("number", "kind", "value"),
    [
        ("(Report No. 98765-TJ).", EntryType.REPORT, "98765-TJ"),
        ("RR-2231-B.", EntryType.REPORT, "RR-2231-B"),
        ("US 10987654 B2,", EntryType.PATENT, "US 10987654 B2"),
        ("ISO 9706:1994.", EntryType.STANDARD, "ISO 9706:1994"),
    ],
)
def test_numbers_set_report_patent_and_standard_types(number: str, kind: EntryType, value: str) -> None:
    record = _read([("author", "Berg, T."), ("date", "(2010)."), ("title", "Grazing rights."), ("number", number)])
    assert record.type is kind and record.number == value


def test_report_series_words_are_the_type_not_the_number() -> None:
    assert read_number("(Central Asia Working Paper No. 12).") == "12"
    record = _read(
        [("author", "Berg, T."), ("title", "Wells."), ("number", "Steppe Policy Brief No. 4."), ("publisher", "UCA.")]
    )
    assert record.number == "4" and record.genre == "Steppe Policy Brief"


@pytest.mark.parametrize(
    ("volume", "want"),
    [
        ("(7),", ("", "7")),  # APA: an issue without its volume
        ("29.6,", ("29", "6")),  # biblatex: volume.issue
        ("(Vol. 2).", ("2", "")),
    ],
)
def test_volume_segments(volume: str, want: tuple[str, str]) -> None:
    record = _read([("author", "Berg, T."), ("title", "Wells."), ("journal", "Arid Lands,"), ("volume", volume)])
    assert (record.volume, record.number) == want


@pytest.mark.parametrize(
    ("token", "want"),
    [
        ("2011;30(2):221-9.", ("2011", "30", "2", "221-9")),
        ("1998 ; 12 (4) : 301-15.", ("1998", "12", "4", "301-15")),
        ("2020;7:e12.", ("2020", "7", "", "e12")),
    ],
)
def test_vancouver_year_volume_issue_pages_in_one_token(token: str, want: tuple[str, ...]) -> None:
    """NLM/Vancouver prints "2011;30(2):221-9" with no space: whatever one label it gets, it holds four fields."""
    for label in ("volume", "date"):
        record = _read([("author", "Berg TR."), ("title", "Wells."), ("journal", "Arid Lands."), (label, token)])
        assert (record.date, record.volume, record.number, record.pages) == want


@pytest.mark.parametrize("label", ["publisher", "note", "date", "pages"])
def test_vancouver_month_glued_to_the_volume(label: str) -> None:
    """ "2015 Jan;73(2):849-61.": the month's token carries volume, issue and pages, whatever it was labelled."""
    pairs = [("author", "Berg TR."), ("title", "Wells."), ("journal", "Arid Lands."), ("date", "2015")]
    record = _read([*pairs, (label, "Jan;73(2):849-61.")])
    assert (record.date[:4], record.volume, record.number, record.pages) == ("2015", "73", "2", "849-61")
    kept = _read([*pairs[:3], ("location", "London:"), ("publisher", "Hurst;2012.")])
    assert kept.publisher == "Hurst;2012" and not kept.volume  # a word that is no month stays what it was


def test_a_vancouver_name_list_ends_at_initials_with_a_full_stop() -> None:
    names = ("author", "Karimov AB, Tursunova C. Water,")
    record = _read([names, ("title", "land and power."), ("journal", "Steppe Stud."), ("date", "2011.")])
    assert [(n.family, n.given.replace(".", "").replace(" ", "")) for n in record.authors] == [
        ("Karimov", "AB"),
        ("Tursunova", "C"),
    ]
    assert record.title[0].value == "Water, land and power"
    direct = _read(
        [("author", "Halford J. Mackinder,"), ("title", "“Pivot,”"), ("journal", "Geogr. J."), ("date", "1904.")]
    )
    assert [(n.family, n.given) for n in direct.authors] == [("Mackinder", "Halford J.")]
    initials = _read([("author", "Karimov A. B., Tursunova C."), ("title", "Water."), ("date", "2011.")])
    assert [n.family for n in initials.authors] == ["Karimov", "Tursunova"]  # "A. B." is one name's initials


@pytest.mark.parametrize(
    ("place", "want"),
    [
        ("Pittsburgh (PA):", "Pittsburgh (PA)"),
        ("(Hamburg:", "Hamburg"),
        ("[London]", "London"),
        ("Ithaca, NY:", "Ithaca, NY"),
    ],
)
def test_a_place_keeps_its_state_in_brackets(place: str, want: str) -> None:
    record = _read(
        [
            ("author", "Berg, T."),
            ("title", "Wells."),
            ("location", place),
            ("publisher", "Steppe Press,"),
            ("date", "2001."),
        ]
    )
    assert record.place == want


@pytest.mark.parametrize("note", ["(Doctoral dissertation).", "[Master's thesis].", "(Unpublished PhD thesis)."])
def test_a_thesis_note_gives_the_type(note: str) -> None:
    record = _read([("author", "Berg, T."), ("date", "(2016)."), ("title", "Wells of Naryn"), ("note", note)])
    assert record.type is EntryType.THESIS


@pytest.mark.parametrize(
    ("label", "token", "want"),
    [
        ("volume", "2001;(4):118-126.", ("", "4", "118-126")),  # Vancouver, no volume: an issue in brackets
        ("date", "2001;(4):118-126.", ("", "4", "118-126")),
        ("volume", "(731234):1–19,", ("", "731234", "1-19")),  # an SAE paper's number and pages
    ],
)
def test_an_issue_in_brackets_without_a_volume(label: str, token: str, want: tuple[str, str, str]) -> None:
    record = _read([("author", "Berg T."), ("title", "Wells."), ("journal", "Steppe Rev."), (label, token)])
    assert (record.volume, record.number, record.pages) == want


def test_volume_colon_issue_when_the_pages_stand_apart() -> None:
    record = _read(
        [
            ("title", "Wells."),
            ("journal", "Arid Lands,"),
            ("volume", "50: 3"),
            ("date", "(2015),"),
            ("pages", "394-419."),
        ]
    )
    assert (record.volume, record.number, record.pages) == ("50", "3", "394-419")


def test_brackets_closed_or_opened_outside_a_segment_end_it() -> None:
    assert balanced("University of Naryn]. Naryn Scholars.") == "University of Naryn"
    assert balanced("Grazing rights (Steppe Policy Brief") == "Grazing rights"
    assert balanced("Pastures (abstract).") == "Pastures (abstract)"


def test_a_second_fuller_printing_of_the_date_wins() -> None:
    record = _read(
        [
            ("author", "Anand, Ruth."),
            ("date", "2021."),
            ("title", "Allocation"),
            ("note", "filed"),
            ("date", "March 9, 2021."),
        ]
    )
    assert record.date == "2021-03-09"


@pytest.mark.parametrize(
    "later",
    ["Naryn, July 2021.", "Naryn, 25-30 July 2021.", "Naryn, July 25–30, 2021.", "Naryn, 1-3 Jul. 2021."],
)
def test_a_later_month_or_meeting_days_do_not_replace_the_first_date(later: str) -> None:
    """AnyStyle's convention: the first date stands unless the later one prints the same year to a single day."""
    record = _read([("author", "Anand, Ruth."), ("date", "(2021)."), ("title", "Allocation."), ("date", later)])
    assert record.date == "2021"


@pytest.mark.parametrize(
    ("tail", "urldate"),
    [
        ("URL: https://wells.example.org/a (visited on 04/01/2021).", "2021-04-01"),
        ("Available from: https://wells.example.org/a [Accessed on: 2021 Apr 1]", "2021-04-01"),
        ("Accessed April 1, 2021. https://wells.example.org/a.", "2021-04-01"),
    ],
)
def test_access_dates_in_each_form(tail: str, urldate: str) -> None:
    record = parse_reference(f"Berg, T. (2020). Wells of Naryn. Steppe Notes. {tail}", "english").record
    assert record.urldate == urldate and record.url.startswith("https://wells.example.org/a")


def test_a_url_broken_across_lines_is_joined() -> None:
    record = _read([("title", "Wells."), ("date", "2019."), ("url", "http://www. wells.example.org/naryn/ a.pdf")])
    assert record.url == "http://www.wells.example.org/naryn/a.pdf"


@pytest.mark.parametrize(
    ("url", "want"),
    [
        (
            "http://www.steppe.example.org/wells/Final ReportNaryn2009.pdf",
            "http://www.steppe.example.org/wells/FinalReportNaryn2009.pdf",
        ),
        (
            "www.steppe.example.org/rural development/assets/pdf/Wells.pdf",
            "www.steppe.example.org/ruraldevelopment/assets/pdf/Wells.pdf",
        ),
        ("http://www.steppe.example.org/wells/naryn.html Online", "http://www.steppe.example.org/wells/naryn.html"),
        ("http://www.steppe.example.org/wells/Final Report.", "http://www.steppe.example.org/wells/Final"),
        ("http://www.steppe.example.org Wells/a.pdf", "http://www.steppe.example.org"),
    ],
)
def test_a_url_broken_at_a_space_inside_its_path_is_joined(url: str, want: str) -> None:
    """A path or a file name after a URL inside its path continues it; a word, or one after a bare host, does not."""
    record = _read([("title", "Wells."), ("date", "2019."), ("url", url)])
    assert record.url == want


def test_cyrillic_in_an_english_layout_goes_to_the_labeller() -> None:
    chicago = parse_reference("Орлова, Елена Викторовна. 2004. Пастбища Памира. Душанбе: Дониш.")
    assert chicago.style == "english"
    assert chicago.record.authors[0].family == "Орлова" and chicago.record.publisher == "Дониш"
    vancouver = parse_reference("4. Орлова ЕВ. Пастбища Памира. Вестник Памира. 2004; 12:33–41")
    assert vancouver.style == "english"
    assert (vancouver.record.volume, vancouver.record.pages) == ("12", "33-41")
    gost = parse_reference("Орлова Е. В. Пастбища Памира. М., 2004.")
    assert gost.style == "gost"


def test_a_press_abbreviation_keeps_its_place_word() -> None:
    record = _read(
        [
            ("author", "Berg, Tomas."),
            ("title", "Wells."),
            ("location", "Oxford"),
            ("publisher", "UP,"),
            ("date", "2012."),
        ]
    )
    assert record.publisher == "Oxford UP" and not record.place
    colon = _read([("title", "Wells."), ("location", "Oxford:"), ("publisher", "Oxford UP,"), ("date", "2012.")])
    assert (colon.place, colon.publisher) == ("Oxford", "Oxford UP")


@pytest.mark.parametrize(
    ("label", "text", "want"),
    [
        ("location", "Brill Academic, Leiden.", ("Brill Academic", "Leiden")),  # a publisher's word, a known place
        ("location", "KHRC, Bishkek", ("", "KHRC, Bishkek")),  # an acronym, but Bishkek is no known place
        ("location", "ICG, London.", ("ICG", "London")),
        ("location", "White Plains, NY.", ("", "White Plains, NY.")),  # a city and its state: one place
        ("location", "Berkeley, Calif.", ("", "Berkeley, Calif.")),
        ("publisher", "Steppe University Press, Almaty.", ("Steppe University Press", "Almaty")),
        ("publisher", "Steppe Books, Inc.", ("Steppe Books, Inc", "")),  # a company suffix is no place
        ("publisher", "Smith, Jones and Partners.", ("Smith, Jones and Partners", "")),
    ],
)
def test_publisher_then_place_in_one_segment(label: str, text: str, want: tuple[str, str]) -> None:
    """Springer and Harvard styles print "Publisher, Place": split when only one of the two fields was found."""
    record = _read([("author", "Berg, T."), ("date", "(2001)."), ("title", "Wells."), (label, text)])
    assert (record.publisher, record.place) == want


def test_a_citation_without_a_title_gets_none() -> None:
    """Chemistry and astronomy styles print names, journal, year, volume, pages and no title."""
    from biblio.importers.refs.english_crf import titleless_citation

    labels = ["author"] * 6 + ["journal", "journal", "date", "volume", "pages"]
    tokens = "H. W. Deckman, C. B. Roxlo, Opt. Lett. 1983, 8, 491.".split()
    assert titleless_citation(tokens, labels)
    book = ["author", "author", "container-title", "date"]  # a book's title mislabelled as a container
    assert not titleless_citation("Smith, J. Steppe 1999.".split(), book)
    assert not titleless_citation(["Smith,", "Opt.", "Lett."], ["author", "journal", "journal"])
    chapter = "Smith J., 2002, in ‘Steppe Wells’, p. 19".split()
    in_labels = ["author", "author", "date", "container-title", "container-title", "container-title", "pages", "pages"]
    assert titleless_citation(chapter, in_labels)
    assert not titleless_citation(chapter[:-2], in_labels[:-2])  # no pages: "In Comes I" may be a book's title
    record = read_labels(" ".join(tokens), labels, [0.9] * len(labels), [0.6] * 5 + [0.9] + [0.1] * 5).record
    assert record.title == () and [n.family for n in record.authors] == ["Deckman", "Roxlo"]
    assert record.container[0].value == "Opt. Lett" and (record.volume, record.pages) == ("8", "491")
    untitled = ["author"] * 3 + ["publisher", "date"]  # no journal: the likeliest run is still made the title
    record = read_labels("Smith, J. Wells Steppe Press, 1999.", untitled, [0.9] * 5, [0.1, 0.1, 0.8, 0.2, 0.0]).record
    assert record.title[0].value == "Wells"
