"""Traditional-script CNKI and Taiwanese labels and type words (碩士, 博士論文, 期刊, 會議, 報紙, 年鑑, 題名 ...).

CNKI's traditional-Chinese interface and Taiwanese thesis records write the same labels and type words in
traditional characters; every table is written once in simplified characters and looked up through
:func:`biblio.importers.fieldmap.simplified`. Inputs written for these tests, in the shape of each export
(the EndNote line is from the trimmed excerpt ``tests/data/cnki/exports/refer.txt``, see SOURCE.md there).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.cnki.estudy import CnkiEStudyImporter
from biblio.importers.cnki.text import CnkiTextImporter
from biblio.importers.fieldmap import (
    database_type,
    degree_in,
    is_degree,
    language_code,
    simplified,
    thesis_genre,
    type_from_name,
)
from biblio.importers.registry import choose_importer
from biblio.importers.tagged.refer import ReferImporter
from biblio.importers.tagged.refworks import RefWorksImporter
from biblio.model import EntryType, in_lang

DATA = Path(__file__).parents[2] / "data" / "cnki"


def test_simplified_keeps_the_length_and_leaves_simplified_text_alone() -> None:
    assert simplified("學位論文 關鍵詞 來源庫 年鑑") == "学位论文 关键词 来源库 年鉴"
    assert simplified("中亚国家多元平衡外交") == "中亚国家多元平衡外交"
    text = "國立臺灣大學碩士學位論文"
    assert len(simplified(text)) == len(text)


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("碩士", EntryType.THESIS),
        ("博士論文", EntryType.THESIS),
        ("中國優秀碩士學位論文全文數據庫", EntryType.THESIS),
        ("期刊", EntryType.ARTICLE),
        ("會議", EntryType.INPROCEEDINGS),
        ("國際會議", EntryType.INPROCEEDINGS),
        ("報紙", EntryType.NEWSPAPER),
        ("年鑑", EntryType.INCOLLECTION),
        ("國家標準", EntryType.STANDARD),
        ("中國專利", EntryType.PATENT),
        ("圖書", EntryType.BOOK),
    ],
)
def test_database_names_in_either_script(name: str, kind: EntryType) -> None:
    assert database_type(name) is kind
    assert database_type(simplified(name)) is kind


def test_type_names_degrees_and_languages() -> None:
    assert type_from_name("學位論文") is EntryType.THESIS and type_from_name("會議論文") is EntryType.INPROCEEDINGS
    assert type_from_name("報紙") is EntryType.NEWSPAPER and type_from_name("期刊論文") is EntryType.ARTICLE
    assert thesis_genre("碩士") == "碩士學位論文" and thesis_genre("硕士") == "硕士学位论文"
    assert thesis_genre("博士") == "博士学位论文" and thesis_genre("Master") == "Master"
    assert degree_in("國立政治大學碩士學位論文") == "碩士" and degree_in("期刊") == ""
    assert is_degree(" 碩士 ") and not is_degree("碩士學位論文")
    assert language_code("漢語") == "zh" and language_code("英語") == "en" and language_code("韓文") == "ko"


def test_refer_thesis_with_traditional_degree() -> None:
    """The Taiwanese thesis of the trimmed CNKI EndNote excerpt: ``%9 碩士``."""
    text = (DATA / "exports" / "refer.txt").read_text(encoding="utf-8")
    thesis = ReferImporter().parse(text).records[0]
    assert (thesis.type, thesis.genre, thesis.institution) == (EntryType.THESIS, "碩士學位論文", "大連理工大學")


def test_refer_without_type_line_reads_a_traditional_degree() -> None:
    [thesis] = ReferImporter().parse("%T 論文\n%A 陳明\n%I 國立臺灣大學\n%9 博士\n").records
    assert thesis.type is EntryType.THESIS and thesis.institution == "國立臺灣大學"


def test_refworks_traditional_database_and_degree() -> None:
    text = (
        "RT Dissertation/Thesis\nA1 陳明\nT1 臺灣與中亞的經貿關係\nPB 國立政治大學\nVO 碩士\nYR 2018\nDB 碩士\n\n"
        "RT Newspaper Article\nA1 劉霞\nT1 上合組織峰會舉行\nJF 聯合報\nYR 2024\nOP 003\nDB 報紙\n\n"
        "RT Generic\nT1 中國外交年鑑 2010\nJF 中國外交年鑑\nYR 2010\nDB 年鑑\n"
    )
    thesis, news, yearbook = RefWorksImporter().parse(text).records
    assert (thesis.type, thesis.genre, thesis.volume) == (EntryType.THESIS, "碩士學位論文", "")
    assert (news.type, news.pages) == (EntryType.NEWSPAPER, "3")
    assert yearbook.type is EntryType.INCOLLECTION


ESTUDY_TRADITIONAL = """DataType: 1
Title-題名: 臺灣與中亞的經貿關係研究
Author-作者: 陳明;
Source-刊名: 國立政治大學
Year-年: 2018
Keyword-關鍵詞: 中亞;經貿關係;
Summary-摘要: 本文研究臺灣與中亞國家的經貿關係。
SrcDatabase-來源庫: 碩士
Organ-機構: 國立政治大學外交學系
Link-鏈接: https://kns.cnki.net/kcms/detail/detail.aspx?dbname=CMFD2019&filename=1019001234.nh
"""


def test_estudy_with_traditional_labels() -> None:
    assert choose_importer(ESTUDY_TRADITIONAL).name == "cnki-estudy"
    [thesis] = CnkiEStudyImporter().parse(ESTUDY_TRADITIONAL).records
    assert thesis.type is EntryType.THESIS and thesis.genre == "碩士學位論文"
    assert thesis.main_title() == "臺灣與中亞的經貿關係研究" and [k.value for k in thesis.keywords] == [
        "中亞",
        "經貿關係",
    ]
    assert thesis.institution == "國立政治大學" and thesis.extra["affiliation"] == "國立政治大學外交學系"
    assert thesis.identifiers["cnki:filename"] == "1019001234.nh"


def test_estudy_with_taiwanese_thesis_labels() -> None:
    text = (
        "Title-論文名稱: 中亞研究\nAuthor-研究生: 陳明\nAdvisor-指導教授: 林華\n"
        "School-校院名稱: 國立臺灣大學\nDegree-學位類別: 碩士\n"
    )
    [thesis] = CnkiEStudyImporter().parse(text).records
    assert thesis.type is EntryType.THESIS and thesis.genre == "碩士學位論文"
    assert thesis.main_title() == "中亞研究"
    assert [a.display() for a in thesis.authors] == ["陳明"] and thesis.extra["advisor"] == "林華"
    assert thesis.institution == "國立臺灣大學"


PAGE_TRADITIONAL = """中亞國家多元平衡外交:機遇與風險並存
張寧
中國社會科學院俄羅斯東歐中亞研究所
摘要： 2020年後,中亞國家基本進入政治上獨立後第二代領導人執政的新發展階段。
關鍵詞： 中亞; 多元外交; 平衡外交;
基金資助： 國家社會科學基金重大項目(23&ZD123);
專輯： 社會科學Ⅰ輯
分類號： D836
出處：《俄羅斯學刊》 2024年第6期 5-23頁, 共19頁
"""


def test_page_text_with_traditional_labels() -> None:
    importer = CnkiTextImporter()
    assert importer.sniff(PAGE_TRADITIONAL) >= 0.5
    record = importer.parse(PAGE_TRADITIONAL).records[0]
    assert in_lang(record.abstract, "zh").startswith("2020年後")
    assert [k.value for k in record.keywords] == ["中亞", "多元外交", "平衡外交"]
    assert (record.date, record.number, record.pagetotal) == ("2024", "6", "19")
    assert in_lang(record.container, "zh") == "俄羅斯學刊"
    assert record.identifiers.get("clc") == "D836"
