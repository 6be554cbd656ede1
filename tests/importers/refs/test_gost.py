"""GOST 7.1-2003 / 7.0.5-2008 references."""

from __future__ import annotations

from biblio.importers.refs import parse_reference
from biblio.model import EntryType


def test_book_with_abbreviated_city_and_extent() -> None:
    parsed = parse_reference("Бжезинский З. Великая шахматная доска. М.: Междунар. отношения, 1998. 256 с.")
    record = parsed.record
    assert parsed.style == "gost"
    assert record.type is EntryType.BOOK
    assert (record.authors[0].family, record.authors[0].given.replace(" ", "")) == ("Бжезинский", "З.")
    assert record.main_title() == "Великая шахматная доска"
    assert (record.place, record.publisher, record.date, record.pagetotal) == (
        "Москва",
        "Междунар. отношения",
        "1998",
        "256",
    )
    assert record.language == "ru"


def test_translator_and_area_dashes() -> None:
    text = (
        "Бжезинский З. Великая шахматная доска / пер. с англ. О. Ю."
        " Уральской. – М. : Междунар. отношения, 1998. – 256 с."
    )
    record = parse_reference(text).record
    assert record.translators and record.translators[0].family == "Уральской"
    assert record.place == "Москва"


def test_journal_article() -> None:
    text = (
        "Иванов И. И., Петров П. П. Политика России // Мировая экономика"
        " и международные отношения. 2020. Т. 64, № 3. С. 15–30."
    )
    record = parse_reference(text).record
    assert record.type is EntryType.ARTICLE
    assert len(record.authors) == 2
    assert record.container[0].value == "Мировая экономика и международные отношения"
    assert (record.date, record.volume, record.number, record.pages) == ("2020", "64", "3", "15-30")


def test_chapter_with_editor_and_edition() -> None:
    text = (
        "Зотова М. В. Регионализм // Россия и Центральная Азия / под"
        " ред. А. А. Петрова. 2-е изд. СПб.: Питер, 2010. С. 45–67."
    )
    record = parse_reference(text).record
    assert record.type is EntryType.INCOLLECTION
    assert record.editors[0].family == "Петрова"
    assert (record.edition, record.place, record.pages) == ("2", "Санкт-Петербург", "45-67")


def test_electronic_resource() -> None:
    text = (
        "Трофимов Д. Центральная Азия [Электронный ресурс]. URL: http://www.example.ru/a.html"
        " (дата обращения: 01.02.2020)."
    )
    record = parse_reference(text).record
    assert record.type is EntryType.ONLINE
    assert (record.url, record.urldate) == ("http://www.example.ru/a.html", "2020-02-01")
    assert record.main_title() == "Центральная Азия"


def test_thesis_and_volume() -> None:
    thesis = parse_reference("Ахмедов Р. Т. Внешняя политика : дис. ... канд. полит. наук : 23.00.04. М., 2017. 210 с.")
    assert thesis.record.type is EntryType.THESIS
    assert thesis.record.main_title() == "Внешняя политика"
    volume = parse_reference(
        "Лаумулин М. Т. Центральная Азия. Т. 2 / под ред. Б. К. Султанова. Алматы: КИСИ, 2006. 464 с."
    )
    assert (volume.record.volume, volume.record.place) == ("2", "Алматы")


def test_bracketed_et_al_and_abbreviated_publisher() -> None:
    record = parse_reference("Петров П. П. [и др.] Центральная Азия. М.: Юрид. лит., 2005. 100 с.").record
    assert [n.family for n in record.authors] == ["Петров"]
    assert record.extra.get("authors_et_al") == "true"
    assert (record.main_title(), record.publisher) == ("Центральная Азия", "Юрид. лит.")
