"""``biblio cite``: formatted references for keys in a library filled directly through the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.config import DB_NAME
from biblio.model import EntryType, LangText, Name, Record
from biblio.store import Store
from biblio.store import records as rows
from tests.cli.conftest import Runner

MACKINDER = "哈·麦金德. 历史的地理枢纽[M]. 北京: 商务印书馆, 1985: 71."
ZHANG = "张宁. 中亚国家的多元平衡外交: 机遇与风险并存[J]. 俄罗斯学刊, 2024(6): 5-23."
BRZEZINSKI_CHICAGO = (
    "Brzezinski, Zbigniew. 1997. The Grand Chessboard: American Primacy and Its Geostrategic Imperatives. "
    "New York: Basic Books."
)
FOUR_AUTHORS = (("Mackinder", "Halford John"), ("Smith", "John"), ("Doe", "Jane"), ("Roe", "Richard"))


def _records() -> list[Record]:
    return [
        Record(
            type=EntryType.BOOK,
            key="mackinder1985",
            title=(LangText("历史的地理枢纽", "zh"),),
            authors=[Name(family="麦金德", given="哈", script="Hani", written="哈·麦金德", nationality="英")],
            place="北京",
            publisher="商务印书馆",
            date="1985",
            pages="71",
            language="zh",
        ),
        Record(
            type=EntryType.ARTICLE,
            key="zhang2024",
            title=(LangText("中亚国家的多元平衡外交：机遇与风险并存", "zh"),),
            authors=[Name(family="张", given="宁", script="Hani", written="张宁")],
            container=(LangText("俄罗斯学刊", "zh"),),
            date="2024",
            number="6",
            pages="5-23",
            language="zh",
        ),
        Record(
            type=EntryType.BOOK,
            key="brzezinski1997",
            title=(LangText("The Grand Chessboard: American Primacy & Its Geostrategic Imperatives", "en"),),
            authors=[Name(family="Brzezinski", given="Zbigniew", script="Latn")],
            place="New York",
            publisher="Basic Books",
            date="1997",
            language="en",
        ),
        Record(
            type=EntryType.BOOK,
            key="brzezinski1998ru",
            title=(LangText("Великая шахматная доска", "ru"),),
            authors=[Name(family="Бжезинский", given="Збигнев", script="Cyrl")],
            place="Москва",
            publisher="Международные отношения",
            date="1998",
            language="ru",
        ),
        Record(
            type=EntryType.ARTICLE,
            key="mackinder1904",
            title=(LangText("The Geographical Pivot of History", "en"),),
            authors=[
                Name(family=f, given=g, script="Latn")
                for f, g in (("Mackinder", "Halford John"), ("Smith", "John"), ("Doe", "Jane"), ("Roe", "Richard"))
            ],
            container=(LangText("The Geographical Journal", "en"),),
            date="1904",
            volume="23",
            number="4",
            pages="421-437",
            language="en",
        ),
    ]


@pytest.fixture
def cite(library_dir: Path, biblio: Runner, monkeypatch: pytest.MonkeyPatch) -> Runner:
    """``biblio cite`` on a library holding three records."""
    library_dir.mkdir(parents=True)
    store = Store(library_dir / DB_NAME)
    with store.transaction() as db:
        for record in _records():
            rows.insert_record(db, record, author_sort="", source_id=None, now="2026-01-01T00:00:00+00:00")
    store.close()
    return lambda *args: biblio("cite", *args)


def test_one_key_auto_style(cite: Runner) -> None:
    result = cite("mackinder1985")
    assert (result.code, result.out, result.err) == (0, MACKINDER + "\n", "")


def test_several_keys_are_numbered_in_gbt7714(cite: Runner) -> None:
    result = cite("mackinder1985", "zhang2024", "--style", "gbt7714")
    assert result.code == 0
    assert result.out.splitlines() == [f"[1] {MACKINDER}", f"[2] {ZHANG}"]


def test_chicago_text_html_markdown(cite: Runner) -> None:
    text = cite("brzezinski1997", "--style", "chicago")
    assert text.out == BRZEZINSKI_CHICAGO.replace(" and ", " & ") + "\n"
    html = cite("brzezinski1997", "--style", "chicago", "--format", "html")
    assert html.out.startswith("Brzezinski, Zbigniew. 1997. <em>The Grand Chessboard: American Primacy &amp; Its")
    markdown = cite("brzezinski1997", "--format", "markdown")
    assert markdown.out.startswith("Brzezinski, Zbigniew. 1997. *The Grand Chessboard: American Primacy &amp; Its")


def test_html_bibliography_has_anchors(cite: Runner) -> None:
    result = cite("zhang2024", "brzezinski1997", "--format", "html")
    lines = result.out.splitlines()
    assert lines[0] == f'<p id="zhang2024">[1] {ZHANG}</p>'
    assert lines[1].startswith('<p id="brzezinski1997">[2] BRZEZINSKI Z. The grand chessboard')


def test_auto_formats_one_list_in_the_style_of_its_main_language(cite: Runner) -> None:
    # a Chinese, an English and a Chinese work: GB/T 7714, numbered throughout, Western names GB/T-shaped
    result = cite("zhang2024", "mackinder1904", "mackinder1985")
    assert result.out.splitlines() == [
        f"[1] {ZHANG}",
        "[2] MACKINDER H J, SMITH J, DOE J, et al. The geographical pivot of history[J]. "
        "The Geographical Journal, 1904, 23(4): 421-437.",
        f"[3] {MACKINDER}",
    ]
    # one work in each language: a tie, and Chinese is among the tied languages
    tie = cite("brzezinski1997", "brzezinski1998ru", "zhang2024").out.splitlines()
    assert [line[:4] for line in tie] == ["[1] ", "[2] ", "[3] "]
    assert tie[1] == "[2] БЖЕЗИНСКИЙ З. Великая шахматная доска[M]. Москва: Международные отношения, 1998."
    # mostly English: Chicago, no numbers, the Chinese record in Chicago's form
    chicago = cite("brzezinski1997", "mackinder1904", "zhang2024").out.splitlines()
    assert chicago[0] == BRZEZINSKI_CHICAGO.replace(" and ", " & ")
    assert chicago[2] == "张宁. 2024. “中亚国家的多元平衡外交：机遇与风险并存.” 俄罗斯学刊, no. 6, 5–23."
    # a tie without Chinese or Japanese: Chicago
    western = cite("brzezinski1997", "brzezinski1998ru").out.splitlines()
    assert western[1] == "Бжезинский, Збигнев. 1998. Великая шахматная доска. Москва: Международные отношения."


def test_unknown_key_is_one_line_error(cite: Runner) -> None:
    result = cite("mackinder1985", "nope")
    assert result.code == 1 and result.out == ""
    assert result.err.strip() == "biblio: unknown key: no record with key 'nope'"


def test_bad_style_is_a_usage_error(cite: Runner, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        cite("mackinder1985", "--style", "apa")
    assert exit_info.value.code == 2
    assert "invalid choice: 'apa'" in capsys.readouterr().err


def test_nationality_flag(cite: Runner) -> None:
    assert cite("mackinder1985", "--nationality").out == "（英）" + MACKINDER + "\n"
