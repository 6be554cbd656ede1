"""English references through the learned labeller: the failure classes of issue 15, on strings written here.

Each class is tested on several strings of different styles, none of them from the training data.
"""

from __future__ import annotations

import pytest

from biblio.importers.refs import REVIEW_BELOW, parse_reference
from biblio.model import EntryType, Record


def _parse(text: str) -> Record:
    return parse_reference(text).record


@pytest.mark.parametrize(
    ("text", "container", "volume", "number", "pages"),
    [
        (
            "Hartmann, K. L. & Osei, P. (2009). Soil carbon under irrigated cotton. Agricultural Systems, 12, 331–345.",
            "Agricultural Systems",
            "12",
            "",
            "331-345",
        ),
        (
            "Morozova T, Kulikov A. Rural credit cooperatives in Uzbekistan. Post-Soviet Affairs 14: 221-9, 2011.",
            "Post-Soviet Affairs",
            "14",
            "",
            "221-9",
        ),
        (
            "Baranov, D. Pastoral mobility and the state. Nomadic Peoples 18(2). 77-85.",
            "Nomadic Peoples",
            "18",
            "2",
            "77-85",
        ),
        (
            "Lindqvist, P., Aberg, M. and Carver, J. 2016. Water rights in the Fergana valley. "
            "Central Asian Survey 35(1): 1-19.",
            "Central Asian Survey",
            "35",
            "1",
            "1-19",
        ),
    ],
)
def test_journal_volume_issue_pages_after_the_title(
    text: str, container: str, volume: str, number: str, pages: str
) -> None:
    record = _parse(text)
    assert record.type is EntryType.ARTICLE
    assert record.container[0].value == container
    assert (record.volume, record.number, record.pages) == (volume, number, pages)


@pytest.mark.parametrize(
    ("text", "editors", "book"),
    [
        (
            "Whitfield, S. 2004. Caravan towns of the Tarim. In: Bellamy, R. & Oduya, T., Eds., Oases in History. "
            "Leiden: Brill, pp. 45-67.",
            ["Bellamy", "Oduya"],
            "Oases in History",
        ),
        (
            "Ostrowski, W. (2011). Rentier states in Central Asia. In M. Kendall & J. Park (Eds.), "
            "Resource Politics (pp. 12-40). London: Routledge.",
            ["Kendall", "Park"],
            "Resource Politics",
        ),
    ],
)
def test_chapter_in_edited_book(text: str, editors: list[str], book: str) -> None:
    record = _parse(text)
    assert record.type is EntryType.INCOLLECTION
    assert [n.family for n in record.editors] == editors
    assert record.container[0].value == book


@pytest.mark.parametrize(
    ("text", "families"),
    [
        ("Hartmann, K. L. & Osei, P. (2009). Soil carbon. Agricultural Systems, 12, 331–345.", ["Hartmann", "Osei"]),
        (
            "Adler, R., Brandt, S., and Cole, T. 2012. Dust storms. Aeolian Research 4: 1-9.",
            ["Adler", "Brandt", "Cole"],
        ),
        (
            "Mira Patel and Jonas Weber. Steppe roads. Journal of Transport History 30, no. 2 (2009): 5–19.",
            ["Patel", "Weber"],
        ),
    ],
)
def test_last_author_after_and_or_ampersand(text: str, families: list[str]) -> None:
    assert [n.family for n in _parse(text).authors] == families


def test_vancouver_name_lists() -> None:
    record = _parse(
        "Smith AB, Jones CD, Novak EF: Iodine status of schoolchildren in Tajikistan. "
        "Public Health Nutr 2015, 18(4):612-619."
    )
    assert [(n.family, n.given) for n in record.authors] == [("Smith", "A. B."), ("Jones", "C. D."), ("Novak", "E. F.")]
    assert (record.volume, record.number, record.pages, record.date) == ("18", "4", "612-619", "2015")


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Ernst & Young. 2018. Mining and metals in Kazakhstan. London: Ernst & Young.", "Ernst & Young"),
        (
            "Johnson & Johnson, Inc. (2019). Annual report 2019. New Brunswick, NJ: Johnson & Johnson.",
            "Johnson & Johnson, Inc",
        ),
        ("Procter & Gamble Company. Sustainability report. Cincinnati, OH, 2020.", "Procter & Gamble Company"),
    ],
)
def test_corporate_authors_stay_one_name(text: str, body: str) -> None:
    authors = _parse(text).authors
    assert [n.literal for n in authors] == [body]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Lapidus, Ira M. 1967. Muslim Cities in the Later Middle Ages. "
            "Berkeley, Calif.: University of California Press.",
            "Berkeley, Calif.",
        ),
        (
            "Kerr, Ruth. 1999. The Frontier Grain Trade. Ann Arbor, Mich.: University of Michigan Press.",
            "Ann Arbor, Mich.",
        ),
        ("Dale, Owen. Salt and Silver. Cambridge, Mass.: Harvard University Press, 1988.", "Cambridge, Mass."),
    ],
)
def test_places_with_a_state_stay_whole(text: str, place: str) -> None:
    record = _parse(text)
    assert record.place == place
    assert "University" in record.publisher


def test_url_with_doi_path_stays_whole_and_doi_is_alone() -> None:
    url = "https://www.tandfonline.com/doi/10.1080/00396330500248029"
    record = _parse(f"Olcott, M. B. (2005). Central Asia's second chance. Survival, 47(3), 21-40. {url}")
    assert record.url == url
    assert record.doi == "10.1080/00396330500248029"
    resolver = _parse("Olcott, M. B. (2005). A title. Survival, 47(3), 21-40. https://doi.org/10.1080/0039633.")
    assert (resolver.url, resolver.doi) == ("", "10.1080/0039633")


def test_access_date_is_not_the_date() -> None:
    record = _parse(
        'Aliev, Timur. "Water and Power." Eurasianet, March 2, 2019. Accessed May 5, 2021. https://eurasianet.org/w.'
    )
    assert (record.date, record.urldate, record.url) == ("2019-03-02", "2021-05-05", "https://eurasianet.org/w")


def test_confidence_is_high_on_a_clear_reference_and_low_on_noise() -> None:
    clear = parse_reference("Baranov, D. (2014). Pastoral mobility and the state. Nomadic Peoples, 18(2), 77-85.")
    noise = parse_reference("see also the discussion above and what follows in chapter nine")
    assert clear.confidence is not None and clear.confidence >= REVIEW_BELOW
    assert noise.confidence is not None and noise.confidence < REVIEW_BELOW


def test_rule_styles_get_a_rule_confidence() -> None:
    parsed = parse_reference("[1] 张宁. 中亚水资源研究[J]. 俄罗斯学刊, 2024(6): 5-23.")
    assert parsed.style == "gbt7714" and parsed.confidence is not None and parsed.confidence >= REVIEW_BELOW


def test_overlong_text_is_read_in_part_with_a_warning() -> None:
    parsed = parse_reference("Smith, J. (2001). A title. Journal, 12, 1-2. " * 60, "english")
    assert any("only the start" in w for w in parsed.warnings)
    assert parsed.confidence == 0.0
