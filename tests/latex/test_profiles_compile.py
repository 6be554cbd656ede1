"""Every export profile, compiled by the LaTeX tool chain it is made for, reads right and stays safe.

One library (the seed CNKI article with its three cited books, a Russian and an English book, and
hostile plain-text records) is exported once per profile and compiled once per document (the five
builds run in parallel); each test checks one aspect of the resulting PDF and logs.
"""

from __future__ import annotations

import socket
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.latex.documents import BUILDS, compiled
from tests.latex.texbuild import Build, TexRunner

pytestmark = pytest.mark.latex

DATA = Path(__file__).parent.parent / "data"
SOURCES = (DATA / "cnki" / "seed_002_central_asia.txt", DATA / "latex" / "books.json", DATA / "latex" / "hostile.json")
CITED = (
    "zhang2024pluralistic,maijinde1985lishi,spykman1965heping,burejinsiji2007daqiju,brzezinski1998ru,"
    "brzezinski1997,hostile2001read,hostile2002chars,hostile2003open"
)
CITES = rf"\cite{{{CITED}}}"

GBT_BUILDS = ("gb7714", "gbt7714-numerical", "gbt7714-author-year")
HOSTILE_TEXT = (
    r"\input{/etc/passwd} then \immediate\write18{touch pwned-shell.txt}",
    r"\def\a{\a}\a Press",
    r"\immediate\openout9=pwned-out.tex \immediate\write9{x} \immediate\closeout9",
    "unbalanced { brace and } and {{ more",
    r"every char \ { } $ & % # _ ^ ~ < > @ end",
    r"\newread\f \openin\f=/etc/hostname \read\f to\x \x",
    "100% & #1_x^2 } {",
)


@pytest.fixture(scope="module")
def build(tex: TexRunner, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Build]]:
    """``build(name)``: the compiled document of BUILDS[name] (all compiled at once, in parallel)."""
    with compiled(tex, tmp_path_factory.mktemp("latex"), SOURCES, CITES) as futures:
        yield lambda name: futures[name].result()


@pytest.mark.parametrize("name", list(BUILDS))
def test_log_is_clean(build: Callable[[str], Build], name: str) -> None:
    result = build(name)
    assert result.problems() == []


@pytest.mark.parametrize("name", GBT_BUILDS)
def test_chinese_books_read_in_gbt7714_form(build: Callable[[str], Build], name: str) -> None:
    result = build(name)
    year = {"gbt7714-author-year": ""}.get(name, ", {}")  # author-year styles move the year after the author
    for expected in (f"历史的地理枢纽[M]. 北京: 商务印书馆{year.format(1985)}: 71",
                     f"和平地理学[M]. 刘愈之, 译. 北京: 商务印书馆{year.format(1965)}: 112",
                     f"中国国际问题研究所, 译. 上海: 上海人民出版社{year.format(2007)}: 175"):  # fmt: skip
        assert result.shows(expected), (expected, result.flat())
    assert "哈·麦金德" in result.flat() and "（英）" not in result.flat()


@pytest.mark.parametrize("name", GBT_BUILDS)
def test_journal_and_western_books_in_gbt7714_form(build: Callable[[str], Build], name: str) -> None:
    result = build(name)
    journal = "俄罗斯学刊, 2024(6): 5-23" if name != "gbt7714-author-year" else "俄罗斯学刊(6): 5-23"
    assert result.shows(journal), result.flat()
    russian = "БЖЕЗИНСКИЙ З" if name == "gb7714" else "Бжезинский З."
    assert result.shows(russian) and "БжезинскийЗбигнев" not in result.flat()
    assert result.shows("Москва: Международные отношения")
    assert result.shows("BRZEZINSKI Z")
    assert result.shows("American") and "american" not in result.flat()


def test_author_year_sorts_chinese_authors_by_pinyin(build: Callable[[str], Build]) -> None:
    flat = build("gbt7714-author-year").flat().rsplit("参考文献", 1)[1]
    assert flat.startswith("哈·麦金德, 1985.")
    order = [flat.index(name) for name in ("哈·麦金德", "斯皮克曼", "张宁", "兹比格纽·布热津斯基")]
    assert order == sorted(order)  # ha < si < zhang < zi


def test_plain_pdflatex_reads_romanized_ascii(build: Callable[[str], Build]) -> None:
    result = build("plain")
    for expected in (
        "Ning Zhang",
        "Zbigniew Brzezinski",
        "Zbignev Bzhezinski",
        "N. J. Spykman. Heping dilixue. Shangwu Yinshuguan, Beijing, 1965",
        "Eluosi xuekan [Academic Journal of Russian Studies]",
    ):
        assert result.shows(expected), (expected, result.flat())


def test_standard_biblatex_under_polyglossia(build: Callable[[str], Build]) -> None:
    result = build("biblatex")
    for expected in ("Збигнев Бжезинский", "Zbigniew Brzezinski", "历史的地理枢纽", "刘愈之"):
        assert result.shows(expected), (expected, result.flat())
    assert "chinese" not in result.flat().lower()


@pytest.mark.parametrize("name", list(BUILDS))
def test_hostile_text_is_printed_not_run(build: Callable[[str], Build], name: str) -> None:
    result = build(name)

    def bare(text: str) -> str:  # no spaces and hyphens (line breaks may add or remove them), one case
        return "".join(text.split()).replace("-", "").lower()

    printed = bare(result.text)
    for text in HOSTILE_TEXT:
        assert bare(text) in printed, (text, result.flat())
    passwd = Path("/etc/passwd").read_text(encoding="utf-8", errors="replace").splitlines()
    assert not any(line and line in result.text for line in passwd[:3])
    hostname = socket.gethostname()
    assert len(hostname) < 4 or hostname not in result.text
    directory = result.directory
    assert not list(directory.glob("pwned*"))
    assert "runsystem" not in result.log
