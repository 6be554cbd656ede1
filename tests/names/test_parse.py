"""parse_name / parse_names / split_name_list / strip_role on the forms named in issue 8."""

from __future__ import annotations

import pytest

from biblio.names.parse import parse_name, parse_name_list, parse_names
from biblio.names.roles import strip_role
from biblio.names.split import split_name_list

PERSONS = [
    # text, lang, family, given, script
    ("张宁", "", "张", "宁", "Hani"),
    ("欧阳修", "", "欧阳", "修", "Hani"),
    ("司马光", "zh", "司马", "光", "Hani"),
    ("哈·麦金德", "", "麦金德", "哈", "Hani"),
    ("兹比格纽·布热津斯基", "", "布热津斯基", "兹比格纽", "Hani"),
    ("Бжезинский З.", "", "Бжезинский", "З.", "Cyrl"),
    ("Бжезинский З. К.", "ru", "Бжезинский", "З. К.", "Cyrl"),
    ("Бжезинский Збигнев Казимеж", "", "Бжезинский", "Збигнев Казимеж", "Cyrl"),
    ("З. Бжезинский", "", "Бжезинский", "З.", "Cyrl"),
    ("Збигнев Бжезинский", "ru", "Бжезинский", "Збигнев", "Cyrl"),
    ("Brzezinski, Zbigniew", "", "Brzezinski", "Zbigniew", "Latn"),
    ("Zbigniew Brzezinski", "", "Brzezinski", "Zbigniew", "Latn"),
    ("BRZEZINSKI Z", "", "Brzezinski", "Z.", "Latn"),
    ("坂本龍一", "ja", "坂本", "龍一", "Jpan"),
    ("マイケル・ジャクソン", "", "ジャクソン", "マイケル", "Jpan"),
    ("Zhang Ning", "zh", "Zhang", "Ning", "Latn"),
]


@pytest.mark.parametrize(("text", "lang", "family", "given", "script"), PERSONS)
def test_person_split(text: str, lang: str, family: str, given: str, script: str) -> None:
    name = parse_name(text, lang)
    assert (name.family, name.given, name.script) == (family, given, script)
    assert not name.literal
    assert name.written == text


def test_particle_and_suffix() -> None:
    berg = parse_name("van der Berg, Jan")
    assert (berg.particle, berg.family, berg.given) == ("van der", "Berg", "Jan")
    king = parse_name("Martin Luther King, Jr.")
    assert (king.family, king.given, king.suffix) == ("King", "Martin Luther", "Jr.")


def test_nationality_is_stripped() -> None:
    mackinder = parse_name("(英)哈·麦金德")
    assert (mackinder.nationality, mackinder.family, mackinder.given) == ("英", "麦金德", "哈")
    assert mackinder.written == "哈·麦金德"
    spykman = parse_name("（美）斯皮克曼")
    assert (spykman.nationality, spykman.family, spykman.given) == ("美", "斯皮克曼", "")


def test_original_bracket() -> None:
    name = parse_name("斯皮克曼(N.J.Spykman)")
    assert name.original == "N. J. Spykman"
    assert (name.family, name.written, name.script) == ("斯皮克曼", "斯皮克曼", "Hani")


@pytest.mark.parametrize(
    "text", ["中国国际问题研究所", "World Bank", "Институт Дальнего Востока РАН", "{Acme Widgets}"]
)
def test_corporate(text: str) -> None:
    name = parse_name(text)
    assert name.literal == text.strip("{}")
    assert not name.family
    assert name.script


def test_name_list_chinese() -> None:
    parsed = parse_name_list("张宁，李明、欧阳修等著")
    assert [n.family for n in parsed.names] == ["张", "李", "欧阳"]
    assert parsed.et_al
    assert parsed.role == "author"


def test_name_list_latin_and_cyrillic() -> None:
    names = parse_names("Brzezinski, Z.; Huntington, S. P. and Kissinger, Henry")
    assert [(n.family, n.given) for n in names] == [
        ("Brzezinski", "Z."),
        ("Huntington", "S. P."),
        ("Kissinger", "Henry"),
    ]
    parsed = parse_name_list("Иванов И. И., Петров П. П. и др.")
    assert [n.family for n in parsed.names] == ["Иванов", "Петров"]
    assert parsed.et_al


def test_split_name_list() -> None:
    assert split_name_list("张宁；李明") == (["张宁", "李明"], False)
    assert split_name_list("Smith, John, Doe, Jane et al.") == (["Smith, John", "Doe, Jane"], True)
    assert split_name_list("Martin Luther King, Jr. and Coretta Scott King") == (
        ["Martin Luther King, Jr.", "Coretta Scott King"],
        False,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("张宁 主编", ("张宁", "editor")),
        ("张宁著", ("张宁", "author")),
        ("李明 译", ("李明", "translator")),
        ("王力 校注", ("王力", "reviser")),
        ("张宁等著", ("张宁等", "author")),
        ("Smith, J. (eds.)", ("Smith, J.", "editor")),
        ("John Smith, trans.", ("John Smith", "translator")),
        ("под ред. И. И. Иванова", ("И. И. Иванова", "editor")),
        ("Иванов И. И., пер. с англ.", ("Иванов И. И.", "translator")),
        ("Smith, Ed", ("Smith, Ed", "")),
        ("李校", ("李校", "")),
        # a role phrase in brackets (catalogues, publishers' RIS): the whole bracket, not its last word
        ("Black, D. [series editor]", ("Black, D.", "editor")),
        ("Black, D. (general editor)", ("Black, D.", "editor")),
        ("Black, D. (editor-in-chief)", ("Black, D.", "editor")),
        ("Black, D. (ed. and trans.)", ("Black, D.", "editor")),
        ("Black, D. [translator]", ("Black, D.", "translator")),
        ("Smith (Hong Kong)", ("Smith (Hong Kong)", "")),
        ("Black, D. (1990)", ("Black, D. (1990)", "")),
    ],
)
def test_strip_role(text: str, expected: tuple[str, str]) -> None:
    assert strip_role(text) == expected


@pytest.mark.parametrize(
    ("text", "family", "given"),
    [("张宁（1975-）", "张", "宁"), ("Brzezinski, Zbigniew, 1928-2017", "Brzezinski", "Zbigniew")],
)
def test_life_dates_dropped(text: str, family: str, given: str) -> None:
    name = parse_name(text)
    assert (name.family, name.given) == (family, given)
    assert not any(ch.isdigit() for ch in name.written)


@pytest.mark.parametrize(
    ("text", "lang", "family", "given"),
    [("毛沢東", "ja", "毛", "沢東"), ("村上春树", "zh", "村上", "春树"), ("坂本龍一", "", "坂本", "龍一")],
)
def test_japanese_and_chinese_across_records(text: str, lang: str, family: str, given: str) -> None:
    name = parse_name(text, lang)
    assert (name.family, name.given) == (family, given)


def test_no_letters_gives_empty_name() -> None:
    for text in ("", "  ", "1984", "——", "()"):
        name = parse_name(text)
        assert not name.family and not name.literal
    assert parse_names("，、;") == []


def test_roles_per_name() -> None:
    parsed = parse_name_list("(美)斯皮克曼(N.J.Spykman)著,刘愈之译", "zh")
    assert [n.written for n in parsed.names] == ["斯皮克曼", "刘愈之"]
    assert parsed.roles == ["author", "translator"]
    assert parsed.names[0].nationality == "美"
    shared = parse_name_list("张宁，李明 主编")
    assert [n.written for n in shared.names] == ["张宁", "李明"]
    assert shared.roles == ["editor", "editor"]
    latin = parse_name_list("Smith, J. and Doe, J. (eds.)")
    assert latin.roles == ["editor", "editor"]
    assert [n.family for n in latin.names] == ["Smith", "Doe"]


def test_han_name_with_latin_pair() -> None:
    zhang = parse_name("张宁 Zhang Ning")
    assert (zhang.family, zhang.given, zhang.romanized, zhang.original) == ("张", "宁", "Zhang Ning", "")
    mackinder = parse_name("麦金德 Mackinder")
    assert (mackinder.family, mackinder.given, mackinder.original) == ("麦金德", "", "Mackinder")
    assert parse_name("张 宁").written == "张宁"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Brzezinski, Zbigniew and Huntington, Samuel P. and {World Bank}", 3),
        ("Smith, John P., Doe, Jane", 2),
        ("de Gaulle, Charles", 1),
        ("Бжезинский З., Хантингтон С. П., Киссинджер Г. [и др.]", 3),
        ("[英] 哈·麦金德", 1),
    ],
)
def test_list_lengths(text: str, expected: int) -> None:
    assert len(parse_names(text)) == expected


def test_leading_and_trailing_roles() -> None:
    assert parse_name_list("Zbigniew Brzezinski; trans. by Li Ming").roles == ["", "translator"]
    assert parse_name_list("под ред. И. И. Иванова, П. П. Петрова").roles == ["editor", "editor"]
    assert parse_name_list("张三，李四著，王五译").roles == ["author", "author", "translator"]


@pytest.mark.parametrize(
    ("text", "lang", "family", "given"),
    [
        ("Ким Чен Ын", "ru", "Ким", "Чен Ын"),
        ("Си Цзиньпин", "ru", "Си", "Цзиньпин"),
        ("Dr. Henry Kissinger", "en", "Kissinger", "Henry"),
        ("Prof. Zhang Ning", "zh", "Zhang", "Ning"),
        ("проф. Иванов И. И.", "ru", "Иванов", "И. И."),
        ("Mackinder, Halford J. (Halford John)", "en", "Mackinder", "Halford J."),
    ],
)
def test_titles_fuller_forms_and_asian_names_in_cyrillic(text: str, lang: str, family: str, given: str) -> None:
    name = parse_name(text, lang)
    assert (name.family, name.given) == (family, given)
