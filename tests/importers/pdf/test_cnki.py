"""CNKI first pages: the article's own header block and CNKI's online-first cover page."""

from __future__ import annotations

from biblio.importers.pdf.cnki import is_cnki_first_page, read_cnki_first_page
from biblio.importers.pdf.reader import Line, read_pdf
from tests.pdfgen.build import PdfBuilder
from tests.pdfgen.documents import CNKI_HEADER


def test_generated_cnki_header(pdfs: PdfBuilder) -> None:
    content = read_pdf(pdfs.bytes("zh_long"))
    assert is_cnki_first_page(content.pages[0])
    found = read_cnki_first_page(content.first_lines, content.pages[0])
    assert found.title == CNKI_HEADER["title"]
    assert found.authors == list(CNKI_HEADER["authors"])
    assert (found.journal, found.year, found.issue, found.volume) == ("俄罗斯学刊", "2024", "6", "14")
    assert found.pages == "5-23"  # from the article number 2095-1094(2024)06-0005-19
    assert found.keywords == list(CNKI_HEADER["keywords"])
    assert found.clc == "D836"
    assert found.abstract.startswith("哈萨克斯坦长期奉行多元平衡外交")
    assert found.complete


def test_spaced_journal_name_and_colon_labels() -> None:
    lines = [
        Line("俄 罗 斯 东 欧 中 亚 研 究", 9.0, ("俄 罗 斯 东 欧 中 亚 研 究",)),
        Line("2023 年第 2 期", 9.0),
        Line("上海合作组织的扩员与转型", 16.0),
        Line("王伟1，陈静2", 11.0),
        Line("（1.复旦大学国际问题研究院，上海 200433）", 9.0),
        Line("摘要：本文讨论上海合作组织。", 9.0),
        Line("关键词：上海合作组织；扩员；区域治理", 9.0),
        Line("中图分类号：D814.1 文献标识码：A 文章编号：1671-0983(2023)02-0031-22", 9.0),
    ]
    text = "\n".join(line.text for line in lines)
    assert is_cnki_first_page(text)
    found = read_cnki_first_page(lines, text)
    assert found.title == "上海合作组织的扩员与转型"
    assert found.authors == ["王伟", "陈静"]
    assert (found.journal, found.year, found.issue) == ("俄罗斯东欧中亚研究", "2023", "2")
    assert found.keywords == ["上海合作组织", "扩员", "区域治理"]
    assert found.clc == "D814.1"
    assert found.pages == "31-52"


def test_online_first_cover_page() -> None:
    lines = [
        Line("网络首发论文", 20.0),
        Line("题目： 中亚水资源合作的困境与出路", 11.0),
        Line("作者： 刘洋，赵敏", 11.0),
        Line("网络首发日期： 2024-03-18", 11.0),
        Line("引用格式： 刘洋，赵敏．中亚水资源合作的困境与出路[J/OL]．新疆大学学报． https://link.cnki.net/x", 11.0),
    ]
    text = "\n".join(line.text for line in lines)
    assert is_cnki_first_page(text)
    found = read_cnki_first_page(lines, text)
    assert found.title == "中亚水资源合作的困境与出路"
    assert found.authors == ["刘洋", "赵敏"]
    assert found.journal == "新疆大学学报"
    assert (found.year, found.online_date) == ("2024", "2024-03-18")


def test_prose_mentioning_authors_is_not_a_label() -> None:
    text = "摘要：作者认为中亚很重要。\n关键词：中亚\n中图分类号：D8"
    assert is_cnki_first_page(text)
    found = read_cnki_first_page([Line(t, 10.0) for t in text.split("\n")], text)
    assert found.abstract == "作者认为中亚很重要。"


def test_an_english_paper_is_not_cnki(pdfs: PdfBuilder) -> None:
    assert not is_cnki_first_page(read_pdf(pdfs.bytes("english_twocolumn")).pages[0])
