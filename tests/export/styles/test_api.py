"""The public API: style choice, formats, escaping of hostile text, numbering, links, lazy imports."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from biblio.export.styles import STYLES, format_bibliography, format_citation, list_style, resolve_style
from biblio.model import EntryType, LangText, Link, LinkKind, Name, Record
from tests.export.styles.builders import rec, west

HOSTILE = r"<script>alert('x')</script> & \input{/etc/passwd} $x^2_y$ *bold* [l](javascript:x) # 100% ~ {"


def hostile_record() -> Record:
    return rec(
        EntryType.ONLINE,
        HOSTILE,
        "en",
        key='k"><img src=x>',
        authors=[Name(literal=HOSTILE), west("<b>Evil</b>", "\\x")],
        publisher=HOSTILE,
        url='javascript:alert("x")',
        urldate="2020-01-01",
    )


def test_styles_constant() -> None:
    assert STYLES == ("gbt7714", "chicago")


def test_auto_style_by_language_then_script(mackinder_zh: Record, brzezinski_en: Record) -> None:
    assert resolve_style(mackinder_zh) == "gbt7714"
    assert resolve_style(brzezinski_en) == "chicago"
    assert resolve_style(rec(EntryType.BOOK, "東京の本", "ja")) == "gbt7714"
    untagged = Record(type=EntryType.BOOK, title=(LangText("历史的地理枢纽"),))
    assert resolve_style(untagged) == "gbt7714"
    assert resolve_style(Record()) == "chicago"
    assert format_citation(mackinder_zh) == format_citation(mackinder_zh, "gbt7714")


def test_unknown_style_or_format_is_a_value_error(mackinder_zh: Record) -> None:
    with pytest.raises(ValueError, match="style"):
        format_citation(mackinder_zh, style="apa")
    with pytest.raises(ValueError, match="format"):
        format_citation(mackinder_zh, fmt="rtf")


def test_number_label(mackinder_zh: Record) -> None:
    assert format_citation(mackinder_zh, number=3).startswith("[3] 哈·麦金德. ")


def test_bibliography_numbers_gbt_only(mackinder_zh: Record, spykman_zh: Record, brzezinski_en: Record) -> None:
    lines = format_bibliography([mackinder_zh, spykman_zh], "gbt7714", "text").splitlines()
    assert lines == [
        "[1] 哈·麦金德. 历史的地理枢纽[M]. 北京: 商务印书馆, 1985: 71.",
        "[2] 斯皮克曼. 和平地理学[M]. 刘愈之, 译. 北京: 商务印书馆, 1965: 112.",
    ]
    chicago = format_bibliography([brzezinski_en, mackinder_zh], "chicago").splitlines()
    assert chicago[0].startswith("Brzezinski, Zbigniew. 1997.") and chicago[1].startswith("哈·麦金德. 1985.")
    assert format_bibliography([], "gbt7714") == ""


@pytest.mark.parametrize("style", STYLES)
def test_text_output_has_no_markup(style: str, mackinder_en: Record, brzezinski_en: Record) -> None:
    for record in (mackinder_en, brzezinski_en):
        out = format_citation(record, style, "text")
        assert "<" not in out and "*" not in out and "\n" not in out


@pytest.mark.parametrize("style", STYLES)
def test_hostile_text_is_escaped_in_html(style: str) -> None:
    out = format_citation(hostile_record(), style, "html")
    assert "<script>" not in out and "<b>" not in out and "<img" not in out
    assert "&lt;script&gt;" in out and "&amp;" in out
    assert "href" not in out  # a javascript: URL is shown, never linked
    assert "\\input{/etc/passwd}" in out  # plain text, shown literally


@pytest.mark.parametrize("style", STYLES)
def test_hostile_text_is_escaped_in_markdown(style: str) -> None:
    out = format_citation(hostile_record(), style, "markdown")
    assert not re.search(r"(?<!\\)[<\[\]*]", out)  # every <, [, ], * is backslash-escaped
    assert "\\*bold\\*" in out and "\\<script\\>" in out


@pytest.mark.parametrize("style", STYLES)
def test_hostile_text_is_verbatim_in_plain_text(style: str) -> None:
    out = format_citation(hostile_record(), style, "text")
    assert "<script>alert('x')</script> & \\input{/etc/passwd}" in out or style == "chicago"
    assert "\\input{/etc/passwd}" in out


def test_html_bibliography_anchors_escape_the_key() -> None:
    out = format_bibliography([hostile_record()], "chicago", "html")
    assert out.startswith('<p id="k&quot;&gt;&lt;imgsrc=x&gt;">')


def test_key_of_links_a_translation_to_its_original(spykman_zh: Record) -> None:
    spykman_zh.links = [Link(LinkKind.TRANSLATION_OF, "uid-of-original")]
    keys = {"uid-of-original": "spykman1944"}
    html = format_citation(spykman_zh, "gbt7714", "html", key_of=keys.get)
    assert html.endswith(' (original: <a href="#spykman1944">spykman1944</a>)')
    markdown = format_citation(spykman_zh, "gbt7714", "markdown", key_of=keys.get)
    assert markdown.endswith(" (original: [spykman1944](#spykman1944))")
    assert format_citation(spykman_zh, "gbt7714", "text", key_of=keys.get).endswith("1965: 112.")
    assert "original" not in format_citation(spykman_zh, "gbt7714", "html", key_of=lambda uid: None)


def test_importing_the_package_does_not_import_pybtex() -> None:
    code = "import sys, biblio.export.styles, biblio.cli.commands.cite; print('pybtex' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


@pytest.mark.parametrize(
    ("languages", "style"),
    [
        (["zh", "en", "zh"], "gbt7714"),  # majority Chinese
        (["en", "en", "zh"], "chicago"),  # majority English
        (["zh", "en", "ru"], "gbt7714"),  # a tie with Chinese among the tied languages
        (["en", "ru", "ru", "zh"], "chicago"),  # Russian leads; Chinese is not among the leaders
        (["ja", "en"], "gbt7714"),
        (["en", "ru"], "chicago"),  # a tie without Chinese or Japanese
        (["zh-Hant", "en-GB", "en-US"], "chicago"),  # base languages are counted
        (["", "", "zh"], "gbt7714"),  # records of unknown language do not vote
        (["", ""], "chicago"),
        ([], "chicago"),
    ],
)
def test_list_style_follows_the_majority_language(languages: list[str], style: str) -> None:
    records = [
        Record(type=EntryType.BOOK, title=(LangText("x" if lang else "", lang),), language=lang) for lang in languages
    ]
    assert list_style(records) == style
    assert list_style(records, "chicago") == "chicago" and list_style(records, "gbt7714") == "gbt7714"


def test_one_list_is_one_style(mackinder_zh: Record, brzezinski_en: Record, brzezinski_ru: Record) -> None:
    lines = format_bibliography([mackinder_zh, brzezinski_en, brzezinski_ru]).splitlines()
    assert [line[:4] for line in lines] == ["[1] ", "[2] ", "[3] "]
    assert lines[1].startswith("[2] BRZEZINSKI Z. The grand chessboard: American primacy")
    assert lines[2].startswith("[3] БЖЕЗИНСКИЙ З. Великая шахматная доска[M]. Москва")
    chicago = format_bibliography([brzezinski_en, mackinder_zh, brzezinski_en]).splitlines()
    assert chicago[1] == "哈·麦金德. 1985. 历史的地理枢纽. 北京: 商务印书馆."


def test_chicago_gives_the_english_title_of_a_foreign_work(zhang_article: Record, mackinder_zh: Record) -> None:
    line = format_citation(zhang_article, "chicago")
    assert "“中亚国家的多元平衡外交：机遇与风险并存” [Pluralistic and Balanced Diplomacy]. 俄罗斯学刊" in line
    assert "[" not in format_citation(mackinder_zh, "chicago")  # no English title: nothing added
    assert "Pluralistic" not in format_citation(zhang_article, "gbt7714")
