"""The aligner: a reference string and its gold record -> token labels, on strings written here.

Each string imitates a style the rendered corpus has (APA, Chicago, IEEE, Vancouver, biblatex) with
invented works, so the aligner is tested on the forms, not on the corpus. Reading the labels back into a
record (``read_labels``) must give the gold fields: aligner and field reading agree.
"""

from __future__ import annotations

from typing import Any

import pytest

from biblio.importers.refs.crf.align import align, squash
from biblio.importers.refs.english_crf import read_labels
from biblio.importers.refs.evaluate import actual_fields, expected_fields

CASES: list[tuple[str, dict[str, Any]]] = [
    (
        "Osei, P. K., & Hartmann, L. (2014). Irrigation and the state in the Amu Darya basin. "
        "Water History, 6(2), 141–160. https://doi.org/10.1007/s12685-014-0099-1",
        {
            "type": "article",
            "authors": ["Osei, P K", "Hartmann, L"],
            "title": "Irrigation and the State in the Amu Darya Basin",
            "container": "Water History",
            "volume": "6",
            "number": "2",
            "pages": "141-160",
            "date": "2014",
            "doi": "10.1007/s12685-014-0099-1",
        },
    ),
    (
        "Karimova, Dilnoza. “Bazaar Credit in Osh.” In Markets of the Ferghana Valley, edited by Tomas Berg "
        "and Ruth Anand, 45–67. Ithaca, NY: Cornell University Press, 2011.",
        {
            "type": "incollection",
            "authors": ["Karimova, Dilnoza"],
            "editors": ["Berg, Tomas", "Anand, Ruth"],
            "title": "Bazaar Credit in Osh",
            "container": "Markets of the Ferghana Valley",
            "pages": "45-67",
            "place": "Ithaca, NY",
            "publisher": "Cornell University Press",
            "date": "2011",
        },
    ),
    (
        "[12] D. Karimova and T. Berg, “Bazaar credit in Osh,” Central Asian Affairs, vol. 3, no. 4, "
        "pp. 301–322, 2016.",
        {
            "type": "article",
            "authors": ["Karimova, D", "Berg, T"],
            "title": "Bazaar Credit in Osh",
            "container": "Central Asian Affairs",
            "volume": "3",
            "number": "4",
            "pages": "301-322",
            "date": "2016",
        },
    ),
    (
        "7. Anand R. Пастбища Памира. Trans. by Орлова ЕВ. Душанбе: Дониш, 1999. 312 pp.",
        {
            "type": "book",
            "authors": ["Anand, R"],
            "translators": ["Орлова, Е В"],
            "title": "Пастбища Памира",
            "place": "Душанбе",
            "publisher": "Дониш",
            "pagetotal": "312",
            "date": "1999",
        },
    ),
    (
        "Berg, Tomas (2019). Grazing Rights in Naryn. WP-2019-07. Bishkek: University of Central Asia. "
        "URL: https://ucentralasia.example.org/wp/07.pdf (visited on 03/15/2020).",
        {
            "type": "report",
            "authors": ["Berg, Tomas"],
            "title": "Grazing Rights in Naryn",
            "number": "WP-2019-07",
            "place": "Bishkek",
            "publisher": "University of Central Asia",
            "date": "2019",
            "url": "https://ucentralasia.example.org/wp/07.pdf",
            "urldate": "2020-03-15",
        },
    ),
    (
        "Anand, Ruth. 2021. Seasonal pasture allocation US 10987654 B2, filed March 9, 2021.",
        {
            "type": "patent",
            "authors": ["Anand, Ruth"],
            "title": "Seasonal Pasture Allocation",
            "number": "US 10987654 B2",
            "date": "2021-03-09",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_labels_read_back_into_the_gold_record(text: str, expected: dict[str, Any]) -> None:
    aligned = align(text, expected)
    assert aligned is not None
    tokens, labels = aligned
    assert tokens == text.split()
    record = read_labels(text, labels, [1.0] * len(labels)).record
    got, want = actual_fields(record), expected_fields({**expected, "language": record.language})
    assert {k: got[k] for k in want if want[k]} == {k: want[k] for k in want if want[k]}


def _labelled(text: str, expected: dict[str, Any]) -> dict[str, str]:
    aligned = align(text, expected)
    assert aligned is not None
    return dict(zip(*aligned, strict=True))


def test_wrapping_words_go_with_their_field() -> None:
    labels = _labelled(*CASES[1])
    assert labels["In"] == "container-title"
    assert labels["edited"] == labels["by"] == labels["and"] == "editor"
    labels = _labelled(*CASES[2])
    assert labels["[12]"] == "citation-number"
    assert labels["vol."] == labels["no."] == "volume"  # the issue is part of AnyStyle's volume segment
    assert labels["pp."] == "pages"
    labels = _labelled(*CASES[3])
    assert labels["Trans."] == "translator"
    assert labels["pp."] == "pages"  # an extent: "312 pp."


def test_access_phrases_are_a_note_and_identifiers_a_number() -> None:
    labels = _labelled(*CASES[4])
    assert labels["URL:"] == labels["(visited"] == labels["03/15/2020)."] == "note"
    assert labels["WP-2019-07."] == "number"
    labels = _labelled(*CASES[5])
    assert labels["filed"] == "note"
    assert labels["March"] == labels["9,"] == "date"


def test_a_string_without_its_title_is_not_aligned() -> None:
    text, expected = CASES[0]
    assert align(text, {**expected, "title": "A Different Work Altogether"}) is None
    assert align(text, {**expected, "authors": ["Nobody, N"]}) is None


def test_numbers_match_whole_numbers_only() -> None:
    text = "Berg, T. (2017). Wells. Arid Lands, 7(17), 117–171."
    labels = _labelled(text, {"authors": ["Berg, T"], "title": "Wells", "volume": "7", "number": "17", "date": "2017"})
    assert labels["7(17),"] == "volume"
    assert labels["(2017)."] == "date"


def test_squash_keeps_letters_and_digits() -> None:
    assert squash("“Bazaar  Credit,” 45–67.") == "bazaarcredit4567"


@pytest.mark.parametrize(
    ("text", "expected", "words", "label"),
    [
        (
            "Dupont, Claire. « Les marchés d’Osh ». Dans Économies de la vallée, sous la direction de Marc Lefèvre, "
            "45-67. Paris : Karthala, 2011.",
            {"authors": ["Dupont, Claire"], "editors": ["Lefèvre, Marc"], "title": "Les marchés d’Osh",
             "container": "Économies de la vallée", "pages": "45-67", "place": "Paris", "publisher": "Karthala",
             "date": "2011", "type": "incollection"},
            ("sous", "la", "direction", "de"),
            "editor",
        ),
        (
            "Weber, Anna. Der Basar von Buchara. Übersetzt von Jonas Keller. Berlin: Reimer, 1999.",
            {"authors": ["Weber, Anna"], "translators": ["Keller, Jonas"], "title": "Der Basar von Buchara",
             "place": "Berlin", "publisher": "Reimer", "date": "1999", "type": "book"},
            ("Übersetzt", "von"),
            "translator",
        ),
        (
            "Rossi, Luca. «Il mercato di Samarcanda». In Studi asiatici, a cura di Paola Bianchi, Roma: Carocci, 2005.",
            {"authors": ["Rossi, Luca"], "editors": ["Bianchi, Paola"], "title": "Il mercato di Samarcanda",
             "container": "Studi asiatici", "place": "Roma", "publisher": "Carocci", "date": "2005",
             "type": "incollection"},
            ("a", "cura", "di"),
            "editor",
        ),
        (
            "Moreau, J. (2003). Les steppes. Revue d’Asie, vol. 12, nᵒ 3, pág. 5-19.",
            {"authors": ["Moreau, J"], "title": "Les steppes", "container": "Revue d’Asie", "volume": "12",
             "number": "3", "pages": "5-19", "date": "2003", "type": "article"},
            ("nᵒ",),
            "volume",
        ),
        (
            "Keller, J. (2003). Steppen. Zeitschrift für Asien, Bd. 12, H. 3, S. 5-19.",
            {"authors": ["Keller, J"], "title": "Steppen", "container": "Zeitschrift für Asien", "volume": "12",
             "number": "3", "pages": "5-19", "date": "2003", "type": "article"},
            ("Bd.", "H."),
            "volume",
        ),
    ],
)  # fmt: skip
def test_role_and_designation_words_of_other_languages(
    text: str, expected: dict[str, Any], words: tuple[str, ...], label: str
) -> None:
    labels = _labelled(text, expected)
    assert [labels[w] for w in words] == [label] * len(words)
    assert "note" not in labels.values()


def test_an_empty_first_page_matches_nothing() -> None:
    text = "Berg, T. (2017). Wells. Arid Lands, 7, 5."
    labels = _labelled(text, {"authors": ["Berg, T"], "title": "Wells", "pages": "-5", "date": "2017"})
    assert labels["(2017)."] == "date"


def test_an_opening_quote_on_its_own_goes_with_what_it_opens() -> None:
    text = "Dupont, C. « Les steppes ». Revue d’Asie 12 (2003) : 5-19."
    expected = {"authors": ["Dupont, C"], "title": "Les steppes", "container": "Revue d’Asie", "volume": "12",
                "pages": "5-19", "date": "2003", "type": "article"}  # fmt: skip
    labels = _labelled(text, expected)
    assert labels["«"] == labels["»."] == "title"
    assert labels["(2003)"] == "date"
