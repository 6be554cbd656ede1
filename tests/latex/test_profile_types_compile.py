"""One record of every GB/T 7714 type, exported in every profile and compiled: each style prints its type.

The library is made by ``biblio add`` from a list of GB/T 7714-2015 reference strings, one per type
code (tests/data/latex/gbt_types.txt: most are the standard's own examples from its Annex A,
GB/T 7714-2015 信息与文献 参考文献著录规则; the rest are written in the same form), plus two works
with editors and no author. The GB/T styles must print each code ([N], [P], [S], [CM], ...), a
newspaper's full date, and never the pinyin sort key in the author position; the standard biblatex
and plain BibTeX styles must print the values a GB/T reference shows (the standard's number, the
patent number, the newspaper's day).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.latex.documents import BUILDS, compiled
from tests.latex.texbuild import Build, TexRunner

pytestmark = pytest.mark.latex

SOURCE = Path(__file__).parent.parent / "data" / "latex" / "gbt_types.txt"
CITES = r"\cite{li2020zhongya,wang1988chuanshan}\nocite{*}"
PINYIN_KEY = re.compile(r"\b[a-z]+[1-5] [a-z]+[1-5]\b")  # "wang2 fu1 zhi1", as gbt7714 would print a key
# what GB/T 7714-2015 prints, in both GB/T styles (numeric)
GBT_NUMERIC = (
    "王夫之. 宋论[M]. 刻本. 金陵: 湘乡曾国荃, 1865.",  # the printing (版本) as the source states it
    "白书农. 植物开花研究[M]//李承森. 植物科学进展. 北京: 高等教育出版社, 1998: 146-163.",
    "中国力学学会. 第3届全国实验流体力学学术会议论文集[C]. 天津: 天津大学出版社, 1990.",
    "面向数字素养的高校图书馆数字服务体系研究[C]//中国图书馆学会. 中国图书馆学会年会论文集: 2011年卷.",
    "中共中央文献研究室. 十八大以来重要文献选编: 上[G]. 北京: 中央文献出版社, 2014: 87.",
    "丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15).",
    "张宁. 中亚国家的多元平衡外交：机遇与风险并存[J]. 俄罗斯学刊, 2024, 14(6): 5-23.",
    "“以税治国”的财税文化价值观研究[D/OL]. 大连: 东北财经大学, 2013[2013-10-14]. http://wenku.baidu.com/view/8c8f.html",
    "俄罗斯东欧中亚国家发展报告(2019)[R]. 北京: 社会科学文献出版社, 2019.",
    "信息与文献参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社, 2015.",
    "姜锡洲. 一种温热外敷药制备方案: 88105607.3[P]. 1989-07-26.",
    "国家统计局. 国际统计数据库[DB/OL]. [2022-05-01]. http://www.stats.gov.cn/ztjc/ztsj/gjsj/",
    "武汉大学信息管理学院. 文献计量分析软件[CP/DK]. 武汉: 武汉大学出版社, 2016.",
    "外交部. 中国同哈萨克斯坦的关系[EB/OL]. (2023-04-01)[2024-01-15]. https://www.mfa.gov.cn/web/",
    "京政办发[2005]37号[A]. 2005.",  # both styles print an archive's year only
    "中国地图出版社. 中国交通营运里程图[CM]. 北京: 中国地图出版社, 2010.",
    "中国地面气候资料日值数据集[DS/OL]. (2012-08-01)[2023-05-01]. http://data.cma.cn/data/detail.html",
    "全国人民代表大会常务委员会. 中华人民共和国反恐怖主义法[Z]. 2015.",
    "citations to information resources: ISO 690:2010[S]. Geneva: ISO, 2010.",
    "KOSEKI A, MOMOSE H, KAWAHITO M, et al. Compiler: US7657843[P]. 2010-02-02.",
    "KRAMER A E. Russia’s gas deal with China[N]. The New York Times, 2014-05-21(B1).",
    "李明. 中亚发展报告[R]. 北京: 社会科学文献出版社, 2020.",
    "王夫之. 船山全书[M]. 长沙: 岳麓书社, 1988.",
    "新疆与俄国商务交涉档案[Z]. 乌鲁木齐: 新疆人民出版社, 1994.",
    "第53次中国互联网络发展状况统计报告[Z/OL]. (2024-03-22)[2024-05-01]. https://www.cnnic.net.cn/n4/2024/0322/",
)
GBT_AUTHOR_YEAR = (
    "丁文祥, 2000. 数字革命与竞争国际化[N]. 中国青年报",
    "姜锡洲, 1989. 一种温热外敷药制备方案: 88105607.3[P]. 1989-07-26.",
    "信息与文献参考文献著录规则: GB/T 7714—2015[S]. 北京: 中国标准出版社.",
    "中国交通营运里程图[CM]. 北京: 中国地图出版社.",
    "国际统计数据库[DB/OL]. [2022-05-01]. http://www.stats.gov.cn/ztjc/ztsj/gjsj/",
    "文献计量分析软件[CP/DK]",
    "中国地面气候资料日值数据集[DS/OL]. (2012-08-01)[2023-05-01].",
    "中国同哈萨克斯坦的关系[EB/OL]. (2023-04-01)[2024-01-15].",
    "[A]",
    "李明, 2020. 中亚发展报告[R]. 北京: 社会科学文献出版社.",
    "王夫之, 1988. 船山全书[M]. 长沙: 岳麓书社.",
    "新疆与俄国商务交涉档案[Z]. 乌鲁木齐: 新疆人民出版社.",
    "第53次中国互联网络发展状况统计报告[Z/OL]. (2024-03-22)[2024-05-01].",
)
BIBLATEX = (
    "丁文祥. “数字革命与竞争国际化.” In: 中国青年报 (Nov. 20, 2000), p. 15.",
    "信息与文献参考文献著录规则. GB/T 7714—2015. 北京: 中国标准出版社, 2015.",
    "姜锡洲. “一种温热外敷药制备方案.” 88105607.3. July 26, 1989.",
    "中国地图出版社. 中国交通营运里程图. 北京: 中国地图出版社, 2010.",
    "武汉大学信息管理学院. 文献计量分析软件. 武汉: 武汉大学出版社, 2016.",
    "俄罗斯东欧中亚国家发展报告 (2019). 北京: 社会科学文献出版社, 2019.",
    "中共中央文献研究室. 十八大以来重要文献选编. 上. 北京: 中央文献出版社, 2014, p. 87.",  # the volume, not "Vol. 上"
    "中国力学学会. 第3届全国实验流体力学学术会议论文集. 天津: 天津大学出版社, 1990.",
    "的通知.” 京政办发[2005]37号. July 12, 2005.",  # the document number as titleaddon
    "中国地面气候资料日值数据集. Aug. 1, 2012. URL: http://data.cma.cn/data/detail.html",
    "“Compiler.” US7657843. Feb. 2, 2010.",
    "李明. 中亚发展报告. 北京: 社会科学文献出版社, 2020.",
    "In: The New York Times (May 21, 2014), B1.",
)
PLAIN = (
    "Shuzi geming yu jingzheng guojihua. Zhongguo qingnianbao, page 15, November 20, 2000.",
    "Standard GB/T 7714—2015, Zhongguo Biaozhun Chubanshe, Beijing, 2015.",
    "Yizhong wenrewai fuyao zhibei fangan. Patent 88105607.3, July 1989.",
    "Zhongguo jiaotong yingyun lichengtu. Beijing: Zhongguo Ditu Chubanshe, 2010.",
    "Wenxian jiliang fenxi ruanjian. Wuhan: Wuhan Daxue Chubanshe, 2016.",
    "Information and documentation: guidelines for bibliographic references and citations to information "
    "resources. Standard ISO 690:2010, ISO, Geneva, 2010.",
    "Compiler. Patent US7657843, February 2010.",
    "The New York Times, page B1, May 21, 2014.",
)
EXPECTED = {
    "gb7714": GBT_NUMERIC,
    "gbt7714-numerical": GBT_NUMERIC,
    "gbt7714-author-year": GBT_AUTHOR_YEAR,
    "biblatex": BIBLATEX,
    "plain": PLAIN,
}


@pytest.fixture(scope="module")
def build(tex: TexRunner, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], Build]]:
    """``build(name)``: BUILDS[name] compiled against the library of every type."""
    with compiled(tex, tmp_path_factory.mktemp("types"), [SOURCE], CITES, wide=True) as futures:
        yield lambda name: futures[name].result()


def _parts(result: Build) -> tuple[str, str]:
    """The text before the bibliography (the citations) and the bibliography (after the page header)."""
    _, body, references = result.flat().split("参考文献", 2)
    return body, references


def _bare(text: str) -> str:
    """No whitespace at all (xeCJK drops the space between CJK words, the styles differ in spaces near ``[``)."""
    return "".join(text.split())


@pytest.mark.parametrize("name", list(BUILDS))
def test_every_type_prints_its_code_and_values(build: Callable[[str], Build], name: str) -> None:
    result = build(name)
    assert result.problems() == []
    printed = _bare(result.text)
    missing = [expected for expected in EXPECTED[name] if _bare(expected) not in printed]
    assert missing == [], result.flat()


@pytest.mark.parametrize("name", ["gbt7714-numerical", "gbt7714-author-year"])
def test_the_pinyin_sort_key_is_never_printed(build: Callable[[str], Build], name: str) -> None:
    result = build(name)
    assert not PINYIN_KEY.search(result.flat()), result.flat()
    if name == "gbt7714-author-year":  # the editor-only works are cited by their editors' names
        body = _parts(result)[0]
        assert "李明" in body and "王夫之" in body, body


def test_author_year_sorts_chinese_names_by_pinyin(build: Callable[[str], Build]) -> None:
    flat = _parts(build("gbt7714-author-year"))[1]
    order = [flat.index(name + ",") for name in ("白书农", "丁文祥", "姜锡洲", "李明", "王夫之", "张宁")]
    assert order == sorted(order)
