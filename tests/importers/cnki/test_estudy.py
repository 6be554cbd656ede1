"""CNKI E-Study (知网研学) and custom exports: ``English-中文: value`` lines (issue 12).

The inputs are written here after the shape the issue describes (records start with ``DataType: 1``,
one ``English-中文: value`` line per field, absent fields simply missing), plus the older custom export
in ``tests/data/cnki/custom_export.txt`` (blank-line separated, no ``DataType``).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.cnki.estudy import CnkiEStudyImporter
from biblio.importers.cnki.text import CnkiTextImporter
from biblio.importers.registry import choose_importer
from biblio.model import EntryType, in_lang

DATA = Path(__file__).parents[2] / "data" / "cnki"

ESTUDY = """DataType: 1
Title-题名: 中亚国家多元平衡外交:机遇与风险并存
Author-作者: 张宁;李明;
Source-刊名: 俄罗斯学刊
Year-年: 2024
PubTime-出版时间: 2024-12-20
Keyword-关键词: 中亚;多元外交;平衡外交;
Summary-摘要: <正>2020年后,中亚国家基本进入政治上独立后第二代领导人执政的新发展阶段,
提出新的发展思路和任务目标。
Period-期: 06
Roll-卷: 14
PageCount-页数: 19
Page-页码: 5-23
SrcDatabase-来源库: 期刊
Organ-机构: 中国社会科学院俄罗斯东欧中亚研究所
Link-链接: https://kns.cnki.net/kcms/detail/detail.aspx?dbcode=CJFD&dbname=CJFDLAST2025&filename=ELSX202406001

DataType: 1
Title-题名: 俄罗斯远东地区开发与中俄区域合作研究
Author-作者: 王晓东;
Source-刊名: 吉林大学
Year-年: 2019
SrcDatabase-来源库: 博士
DataType: 1
Title-题名: 上合组织峰会在阿斯塔纳举行
Author-作者: 刘霞;
Source-刊名: 人民日报
PubTime-出版时间: 2024-07-05
Page-页码: 003
SrcDatabase-来源库: 报纸
DataType: 1
Title-题名: 中国对外关系大事记
Source-刊名: 中国外交年鉴
Year-年: 2010
Page-页码: 412-420
SrcDatabase-来源库: 年鉴
"""


def test_estudy_records_fields_and_types() -> None:
    result = CnkiEStudyImporter().parse(ESTUDY)
    article, thesis, news, yearbook = result.records
    assert article.type == EntryType.ARTICLE
    assert article.main_title() == "中亚国家多元平衡外交:机遇与风险并存"
    assert [a.display() for a in article.authors] == ["张宁", "李明"]
    assert in_lang(article.container, "zh") == "俄罗斯学刊"
    assert (article.date, article.volume, article.number, article.pages, article.pagetotal) == (
        "2024-12-20",
        "14",
        "6",
        "5-23",
        "19",
    )
    assert article.abstract[0].value.startswith("2020年后")  # CNKI's <正> marker dropped
    assert article.abstract[0].value.endswith("提出新的发展思路和任务目标。")  # the wrapped line kept
    assert [k.value for k in article.keywords] == ["中亚", "多元外交", "平衡外交"]
    assert article.extra["affiliation"] == "中国社会科学院俄罗斯东欧中亚研究所"
    assert article.identifiers["cnki:filename"] == "ELSX202406001"
    assert article.identifiers["cnki:dbname"] == "CJFDLAST2025"
    assert (thesis.type, thesis.institution, thesis.genre) == (EntryType.THESIS, "吉林大学", "博士学位论文")
    assert thesis.container == ()
    assert (news.type, news.date, news.pages) == (EntryType.NEWSPAPER, "2024-07-05", "3")
    assert (yearbook.type, yearbook.pages, yearbook.authors) == (EntryType.INCOLLECTION, "412-420", [])
    assert not [p for p in result.problems if p.severity == "error"]


def test_label_is_read_by_its_chinese_half_first() -> None:
    text = (
        "DataType: 1\nTitle-题名: 标题\nPageCount-页码: 5-23\n\nDataType: 1\nTitle-题名: 另一个\nPageCount-页数: 19\n"
    )
    first, second = CnkiEStudyImporter().parse(text).records
    assert (first.pages, first.pagetotal) == ("5-23", "")
    assert (second.pages, second.pagetotal) == ("", "19")


def test_unknown_labels_are_kept() -> None:
    text = "DataType: 1\nTitle-题名: 标题\nCustomThing-自定义: 某值\n"
    [record] = CnkiEStudyImporter().parse(text).records
    assert record.extra["estudy-customthing"] == "某值"


def test_custom_export_with_blank_line_separated_records() -> None:
    result = CnkiEStudyImporter().parse((DATA / "custom_export.txt").read_text(encoding="utf-8"))
    article, thesis = result.records
    assert (article.type, article.volume, article.number, article.pages) == (EntryType.ARTICLE, "14", "6", "5-23")
    assert article.doi == "10.3969/j.issn.1674-4519.2024.06.001"
    assert article.funding[0].grant == "23&ZD331"
    assert article.identifiers["clc"] == "D836"
    assert (thesis.type, thesis.institution, thesis.genre, thesis.date) == (
        EntryType.THESIS,
        "吉林大学",
        "博士学位论文",
        "2019",
    )
    assert thesis.extra["advisor"] == "李明"
    assert thesis.provenance is not None and thesis.provenance.locator == "line 19"


@pytest.mark.parametrize(
    "text",
    [ESTUDY, (DATA / "custom_export.txt").read_text(encoding="utf-8"), "\ufeffDataType: 1\r\nTitle-题名: 标题\r\n"],
)
def test_detection_picks_estudy_not_the_page_importer(text: str) -> None:
    assert CnkiTextImporter().sniff(text) < 0.2
    assert choose_importer(text, ".txt").name == "cnki-estudy"


def test_record_without_title_is_kept_with_a_warning() -> None:
    result = CnkiEStudyImporter().parse("DataType: 1\nAuthor-作者: 张宁;\n\nDataType: 1\nTitle-题名: 标题\n")
    assert [a.display() for r in result.records for a in r.authors] == ["张宁"]
    [problem] = result.problems
    assert (problem.line, problem.severity) == (1, "warning") and "Title" in problem.message
