"""GOST failure classes seen on biblatex-gost's output, each tested on strings written for the test:
corporate headings, report numbers, patents, theses, places with a state, full dates, newspapers' days,
conference hosts, edited volumes, full names from the statement of responsibility."""

# ruff: noqa: E501  (reference strings are long lines)
from __future__ import annotations

import pytest

from biblio.importers.refs import detect_style, parse_reference
from biblio.model import EntryType, Name


def _person(name: Name) -> str:
    return name.literal or f"{name.family}|{name.given}"


@pytest.mark.parametrize(
    ("text", "body", "publisher", "number"),
    [
        ("Asian Development Bank. Power Sector in Kyrgyzstan / Asian Development Bank. — Manila, 2018. — ADB-KGZ-2018-04.",
         "Asian Development Bank", "Asian Development Bank", "ADB-KGZ-2018-04"),
        ("Евразийский банк развития. Водные ресурсы Центральной Азии / Евразийский банк развития. — Алматы, 2021. "
         "— Доклад № 51.", "Евразийский банк развития", "Евразийский банк развития", "Доклад № 51"),
        ("Lowy Institute. Chinese Lending in Central Asia / Lowy Institute. Sydney, 2020. LI-2020/7.",
         "Lowy Institute", "Lowy Institute", "LI-2020/7"),
    ],
)  # fmt: skip
def test_corporate_heading_and_report_number(text: str, body: str, publisher: str, number: str) -> None:
    parsed = parse_reference(text)
    assert parsed.style == "gost"
    record = parsed.record
    assert [_person(n) for n in record.authors] == [body]
    assert (record.type, record.publisher, record.number) == (EntryType.REPORT, publisher, number)
    assert body not in record.main_title()


def test_a_title_is_not_taken_for_a_corporate_heading() -> None:
    record = parse_reference(
        "Стратегия национальной безопасности Российской Федерации [Электронный ресурс]. "
        "URL: http://www.kremlin.ru/acts/bank/47046 (дата обращения: 01.03.2022)."
    ).record
    assert not record.authors
    assert record.main_title() == "Стратегия национальной безопасности Российской Федерации"
    assert record.urldate == "2022-03-01"


def test_patents_theses_and_full_names() -> None:
    patent = parse_reference("Способ очистки воды : RU 2718745 C1 / А. В. Смирнов. — Заявл. 05.06.2019.").record
    assert (patent.type, patent.number, patent.date) == (EntryType.PATENT, "RU 2718745 C1", "2019-06-05")
    thesis = parse_reference(
        "Исаев Р. К. Ирригация Ферганской долины : дис. … канд. ист. наук / Исаев Руслан Каримович. — "
        "Москва : МГУ, 2011. — 212 с."
    ).record
    assert (thesis.type, thesis.institution, thesis.publisher, thesis.pagetotal) == (EntryType.THESIS, "МГУ", "", "212")
    assert [_person(n) for n in thesis.authors] == ["Исаев|Руслан Каримович"]
    phd = parse_reference("Moore E. Oil Towns of the Caspian : PhD thesis / Moore Ellen. — Ann Arbor, MI : "
                          "University of Michigan, 2009.").record  # fmt: skip
    assert (phd.type, phd.place, phd.institution) == (EntryType.THESIS, "Ann Arbor, MI", "University of Michigan")
    assert [_person(n) for n in phd.authors] == ["Moore|Ellen"]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Smith J. Kazakh Steppe Revisited // The Times. — 2019. — Mar. 4. — P. 12.", "2019-03-04"),
        ("Петров П. П. Новый шёлковый путь // Коммерсантъ. — 2015. — 14 мая.", "2015-05-14"),
        ("Tokayev K. Why Kazakhstan Matters // Financial Times. 2022. 30 Sept.", "2022-09-30"),
    ],
)
def test_newspaper_days(text: str, date: str) -> None:
    record = parse_reference(text).record
    assert (record.type, record.date) == (EntryType.NEWSPAPER, date)


def test_places_with_a_state_conference_hosts_and_edited_volumes() -> None:
    book = parse_reference("Cooley A. Great Games. — Berkeley, Calif. : University of California Press, 2012.").record
    assert (book.place, book.publisher) == ("Berkeley, Calif.", "University of California Press")
    paper = parse_reference(
        "Ким Е. Водная дипломатия // Материалы международной конференции «Евразия-2020». — Омск : ОмГУ, 2020. "
        "— С. 10–15."
    ).record
    assert (paper.type, paper.pages) == (EntryType.INPROCEEDINGS, "10-15")
    volume = parse_reference("Центральная Азия: история / под ред. Д. А. Алимовой. — Ташкент : Шарк, 2009. — 400 с.")
    assert volume.record.type is EntryType.COLLECTION
    assert [_person(n) for n in volume.record.editors] == ["Алимовой|Д. А."]  # as written (genitive after "под ред.")


@pytest.mark.parametrize(
    "text",
    [
        "Olcott M. B. Central Asia's Second Chance. — Washington, DC : Carnegie Endowment, 2005. — 320 p.",
        "Olcott M. B. Central Asia's Second Chance. Washington, DC : Carnegie Endowment, 2005. 320 p.",
        "Laruelle M. Russia's Arctic Strategies / M. Laruelle. New York : Routledge, 2014.",
    ],
)
def test_latin_script_gost_is_detected_by_isbd_punctuation(text: str) -> None:
    assert detect_style(text) == "gost"


def test_web_page_body_dates_and_volume_counts() -> None:
    web = parse_reference(
        "Сидоров К. Л. Новая Евразия / Администрация Президента. — 12.03.2019. — URL: http://example.ru/a/1 "
        "(дата обращения: 01.04.2020)."
    ).record
    assert (web.publisher, web.date, web.urldate, web.main_title()) == (
        "Администрация Президента", "2019-03-12", "2020-04-01", "Новая Евразия",
    )  # fmt: skip
    patent = parse_reference("Фильтр для воды : RU 2700001 C1 / И. И. Иванов, П. П. Петров. — Опубл. 11.09.2019.")
    assert [_person(n) for n in patent.record.authors] == ["Иванов|И. И.", "Петров|П. П."]
    assert patent.record.date == "2019-09-11"
    volumes = parse_reference("Иванов И. И. История Бухары в XIX в.В 3 т. Т. 2. — М. : Наука, 1999. — 300 с.").record
    assert (volumes.main_title(), volumes.volume) == ("История Бухары в XIX в", "2")


def test_english_role_phrases_and_doi_links() -> None:
    chapter = parse_reference(
        "Lee K. Steppe Trade // Silk Roads Revisited / ed. by M. Brown, T. Green. — Leiden : Brill, 2010. — P. 1–20."
    ).record
    assert [_person(n) for n in chapter.editors] == ["Brown|M.", "Green|T."]
    translated = parse_reference("Gumilev L. Searches for an Imaginary Kingdom / trans. by R. E. F. Smith. — "
                                 "Cambridge : Cambridge University Press, 1987. — 400 p.").record  # fmt: skip
    assert [n.family for n in translated.translators] == ["Smith"]
    article = parse_reference(
        "Ким А. Б. Водная дипломатия // Полис. — 2020. — № 2. — С. 5–9. — DOI: 10.17976/jpps/2020.02.02. — "
        "URL: https://doi.org/10.17976/jpps/2020.02.02 (дата обращения: 01.02.2021)."
    ).record
    assert (article.doi, article.url, article.urldate) == ("10.17976/jpps/2020.02.02", "", "2021-02-01")
