"""Export profiles: GB/T shaping, language fields, ASCII safety, escaping of hostile text, keys, DOIs."""

from __future__ import annotations

import re

import pytest
from bibtexparser.entrypoint import parse_string
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.errors import UsageError
from biblio.export.latex_safety import brace_balanced
from biblio.export.profiles import PROFILES, Options, export_profile
from biblio.export.profiles.case_protect import protect_title
from biblio.importers.bibtex.importer import BibtexImporter
from biblio.model import EntryType, LangText, Link, LinkKind, Name, Record

MACKINDER = Record(
    type=EntryType.BOOK,
    key="maijinde1985lishi",
    title=(LangText("历史的地理枢纽", "zh"),),
    authors=[Name(family="麦金德", given="哈", script="Hani", nationality="英", written="哈·麦金德")],
    publisher="商务印书馆",
    place="北京",
    date="1985",
    pages="71",
    language="zh",
)
SPYKMAN = Record(
    type=EntryType.BOOK,
    key="spykman1965heping",
    title=(LangText("和平地理学", "zh"),),
    authors=[Name(family="斯皮克曼", script="Hani", nationality="美", original="N. J. Spykman", written="斯皮克曼")],
    translators=[Name(family="刘", given="愈之", script="Hani", written="刘愈之译")],
    date="1965",
    language="zh",
)
RUSSIAN = Record(
    type=EntryType.BOOK,
    key="brzezinski1998ru",
    title=(LangText("Великая шахматная доска", "ru"),),
    authors=[Name(family="Бжезинский", given="Збигнев", script="Cyrl")],
    date="1998",
    language="ru",
)
ENGLISH = Record(
    type=EntryType.BOOK,
    key="brzezinski1997",
    title=(LangText("The Grand Chessboard: American Primacy and NATO", "en"),),
    authors=[Name(family="Müller", given="Jörg")],
    date="1997",
    language="en",
)
HOSTILE = "\\input{/etc/passwd} \\immediate\\write18{touch x} \\def\\a{\\a}\\a }{ 100% & #1 _ ^ ~ $ < > @"


def _fields(text: str) -> dict[str, dict[str, str]]:
    library = parse_string(text)
    assert not library.failed_blocks
    return {e.key: {f.key: str(f.value) for f in e.fields} for e in library.entries}


def _one(record: Record, profile: str, nationality: bool = False) -> dict[str, str]:
    return _fields(export_profile([record], profile, Options(nationality=nationality)).text)[record.key]


@pytest.mark.parametrize("profile", ["gb7714", "gbt7714-bst"])
def test_gbt_profiles_leave_nationality_out_by_default(profile: str) -> None:
    fields = _one(MACKINDER, profile)
    assert fields["author"] == "哈·麦金德"
    assert "language" not in fields and "langid" not in fields
    assert fields["pages"] == "71"
    marked = _one(SPYKMAN, profile, nationality=True)
    assert marked["author"] == "{（美）斯皮克曼（N.J.Spykman）}"
    assert marked["translator"] == "刘愈之"  # the role word 译 is the style's job


def test_gbt7714_bst_shapes_names_titles_and_sort_key() -> None:
    assert _one(RUSSIAN, "gbt7714-bst")["author"] == "{Бжезинский З.}"
    english = _one(ENGLISH, "gbt7714-bst")
    assert english["author"] == 'M{\\"u}ller, J{\\"o}rg'
    assert english["title"] == "The Grand Chessboard: {American} Primacy and {NATO}"
    assert _one(MACKINDER, "gbt7714-bst")["key"] == "ha1 mai4 jin1 de2"
    assert "key" not in english


def test_gb7714_keeps_utf8_and_splits_russian_names() -> None:
    assert _one(RUSSIAN, "gb7714")["author"] == "Бжезинский, Збигнев"
    assert _one(ENGLISH, "gb7714")["author"] == "Müller, Jörg"


@pytest.mark.parametrize(("language", "langid"), [("ru", "russian"), ("en", "english"), ("xx", None), ("zh", None)])
def test_biblatex_langid_is_always_safe_for_polyglossia(language: str, langid: str | None) -> None:
    record = Record(type=EntryType.BOOK, key="k", title=(LangText("Title", language),), language=language)
    fields = _one(record, "biblatex")
    assert fields.get("langid") == langid
    assert "language" not in fields


def test_translation_gets_original_fields_and_related() -> None:
    original = Record(type=EntryType.BOOK, key="orig", uid="u1", title=(LangText("The Grand Chessboard", "en"),),
                      date="1997", language="en")  # fmt: skip
    translated = Record(type=EntryType.BOOK, key="tr", title=(LangText("大棋局", "zh"),), language="zh",
                        links=[Link(LinkKind.TRANSLATION_OF, "u1")])  # fmt: skip
    lookup = {"u1": original}
    options = Options(key_of=lambda uid: lookup[uid].key, record_of=lookup.get)
    for profile in ("gb7714", "biblatex"):
        fields = _fields(export_profile([translated], profile, options).text)["tr"]
        assert fields["origtitle"] == "The Grand Chessboard"
        assert fields["origlanguage"] == "english"
        assert fields["origdate"] == "1997"
        assert (fields["related"], fields["relatedtype"]) == ("orig", "translationof")


def test_bibtex_profile_is_ascii_and_romanized() -> None:
    text = export_profile([MACKINDER, RUSSIAN, ENGLISH], "bibtex").text
    assert text.isascii()
    fields = _fields(text)
    assert fields["brzezinski1998ru"]["author"].startswith("Bzhezinski")
    assert fields["maijinde1985lishi"]["title"].startswith("Lishi de dili shuniu")
    assert fields["maijinde1985lishi"]["publisher"] == "Shangwu Yinshuguan"


@pytest.mark.parametrize("profile", PROFILES)
def test_hostile_plain_text_is_escaped_in_every_field(profile: str) -> None:
    record = Record(type=EntryType.ARTICLE, key="evil", title=(LangText(HOSTILE, "en"),), publisher=HOSTILE,
                    container=(LangText(HOSTILE, "en"),), note=HOSTILE, language="en")  # fmt: skip
    text = export_profile([record], profile).text
    for name, value in _fields(text)["evil"].items():
        assert brace_balanced(value), name
        assert not re.search(r"\\(input|immediate|write|def|a)(?![a-z])", value), (name, value)
        assert not re.search(r"(?<!\\)[%#&$_^~]", value.replace("\\textasciitilde{}", "")), (name, value)


@pytest.mark.parametrize("profile", PROFILES)
def test_keys_urls_and_dois_are_safe(profile: str) -> None:
    record = Record(type=EntryType.ARTICLE, key="a (b), #1 %{x} y", title=(LangText("T", "en"),),
                    doi="10.1000/a%b#c", url="https://x.org/{p}\\q_r%20", language="en")  # fmt: skip
    text = export_profile([record], profile).text
    key = text.split("{", 1)[1].split(",", 1)[0]
    assert not set(key) & set("(),#%{} ")
    fields = next(iter(_fields(text).values()))
    assert "{" not in fields["url"] and "\\" not in fields["url"]
    if profile in ("gb7714", "biblatex"):
        assert fields["doi"] == "10.1000/a%25b%23c"
    else:  # \doi in gbt7714 breaks on %: the DOI goes to url, percent-encoded
        assert "doi" not in fields or "%" not in fields["doi"]


def test_kept_bibtex_markup_stays_but_unsafe_or_unbalanced_is_replaced_with_a_warning() -> None:
    source = (
        '@article{k, author = {M{\\"u}ller, J}, title = {On $\\alpha$ and {\\"u}}, '
        "journal = {J \\input{/etc/passwd}}, year = {2000}}"
    )
    record = BibtexImporter().parse(source).records[0]
    result = export_profile([record], "gb7714")
    fields = _fields(result.text)["k"]
    assert fields["title"] == 'On $\\alpha$ and {\\"u}'
    assert "\\input" not in fields["journaltitle"]
    assert any("journal" in w for w in result.warnings)
    record.latex["title"] = "Broken {brace"
    result = export_profile([record], "gb7714")
    assert brace_balanced(_fields(result.text)["k"]["title"])
    assert any("'title'" in w and "unbalanced" in w for w in result.warnings)


def test_pinned_keys_win_and_new_keys_never_collide_with_them() -> None:
    first = Record(type=EntryType.BOOK, key="smith2020", uid="a", title=(LangText("A", "en"),))
    second = Record(type=EntryType.BOOK, key="smith2020", uid="b", title=(LangText("B", "en"),))
    result = export_profile([second, first], "biblatex", Options(pinned={"a": "smith2020"}))
    assert result.keys == {"b": "smith2020_2", "a": "smith2020"}


def test_unknown_profile_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        export_profile([], "apa")


def test_case_protection_of_sentence_cased_titles() -> None:
    assert protect_title("Relations between China and the EU") == "Relations between {China} and the {EU}"
    assert protect_title("\\textbackslash{}Input x") == "\\textbackslash{}Input x"


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(max_codepoint=0x4E40, blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30))
def test_any_text_gives_a_balanced_parsable_entry_in_every_profile(text: str) -> None:
    record = Record(type=EntryType.BOOK, key="k", title=(LangText(text),), publisher=text,
                    authors=[Name(family=text, given=text)])  # fmt: skip
    for profile in PROFILES:
        exported = export_profile([record], profile).text
        library = parse_string(exported)
        assert not library.failed_blocks and len(library.entries) == 1, (profile, exported)
        assert all(brace_balanced(str(f.value)) for f in library.entries[0].fields), (profile, exported)
