"""Multi-volume works compiled with real LaTeX: every GB/T style prints the volume after the title, in the
form GB/T 7714-2015 gives it (as the source wrote it: ``第二卷``, ``上卷``, ``第四辑``; a number as
``第 1 卷``), for books, collections, proceedings, reports and standards.

The library is made by ``biblio add`` from GB/T 7714 reference strings written for this test
(tests/data/latex/gbt_volumes.txt), so the parser's reading of the designation is part of the check.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.latex.documents import compiled
from tests.latex.texbuild import Build, TexRunner

pytestmark = pytest.mark.latex

SOURCE = Path(__file__).parent.parent / "data" / "latex" / "gbt_volumes.txt"
CITES = r"\nocite{*}"
GBT = (  # both GB/T styles, numeric
    "王治来. 中亚通史: 第1卷[M]. 乌鲁木齐: 新疆人民出版社, 2004.",
    "余太山. 西域通史: 第二卷[M]. 郑州: 中州古籍出版社, 2003.",
    "马大正. 中国边疆经略史: 上卷[M]. 郑州: 中州古籍出版社, 2000.",
    "新疆社会科学院. 西域研究论丛: 第四辑[G]. 北京: 民族出版社, 2011.",
    "丝绸之路学会. 丝路学术会议论文集: 第2卷[C]. 西安: 三秦出版社, 2016.",
    "中国边疆研究所. 边疆研究报告: 第三卷[R]. 北京: 社会科学文献出版社, 2012.",
    "全国口岸标准化技术委员会. 口岸标准汇编: 第1卷: GB/T 4321—2010[S]. 北京: 中国标准出版社, 2011.",
    "周伟洲. 西北民族史料: 下[M]. 西安: 陕西人民出版社, 1987.",
)
# biblatex-gb7714-2015 abbreviates "vol." in lower case, gbt7714.bst "Vol." (and sentence-cases the title)
ENGLISH = {"gb7714": "Inner Asia: vol. 2[M]. Cambridge", "gbt7714-numerical": "inner Asia: Vol. 2[M]. Cambridge"}


@pytest.fixture(scope="module")
def build(tex: TexRunner, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Build]]:
    with compiled(tex, tmp_path_factory.mktemp("volumes"), [SOURCE], CITES, wide=True) as futures:
        yield lambda name: futures[name].result()


def _bare(text: str) -> str:
    return "".join(text.split())


@pytest.mark.parametrize("name", ["gb7714", "gbt7714-numerical"])
def test_gbt_styles_print_the_designation_after_the_title(build: Callable[[str], Build], name: str) -> None:
    result = build(name)
    assert result.problems() == []
    printed = _bare(result.text)
    missing = [expected for expected in (*GBT, ENGLISH[name]) if _bare(expected) not in printed]
    assert missing == [], result.flat()


def test_author_year_and_standard_styles_print_the_volume_too(build: Callable[[str], Build]) -> None:
    author_year = _bare(build("gbt7714-author-year").text)
    assert "余太山,2003.西域通史:第二卷[M]" in author_year
    assert "马大正,2000.中国边疆经略史:上卷[M]" in author_year
    biblatex = build("biblatex")
    assert biblatex.problems() == []
    printed = _bare(biblatex.text)
    assert "中国边疆经略史.上卷." in printed and "Vol.上" not in printed and "Vol.下" not in printed
    assert "西域通史.Vol.2." in printed  # the standard styles' own form of a numbered volume
