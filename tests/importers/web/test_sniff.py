"""web-text's sniff: an article copy scores, a CNKI page copy, BibTeX, RIS, JSON and HTML stay low."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.web.html_importer import WebHtmlImporter
from biblio.importers.web.sniffing import html_start
from biblio.importers.web.text_importer import WebTextImporter

BIBTEX = "@article{zhang2024,\n  title = {中亚国家的多元平衡外交},\n  author = {张宁},\n  year = {2024}\n}\n"
RIS = "TY  - JOUR\nAU  - 张宁\nTI  - 中亚国家的多元平衡外交:机遇与风险并存\nPY  - 2024\nER  - \n"
CSL = '[{"id": "x", "type": "article-journal", "title": "中亚国家的多元平衡外交"}]'
GBT = (
    "[1] 张宁.中亚国家的多元平衡外交:机遇与风险并存[J].俄罗斯学刊,2024(6):5-23.\n"
    "[2] 哈·麦金德.历史的地理枢纽[M].北京:商务印书馆,1985:71.\n"
    "[3] 斯皮克曼.和平地理学[M].北京:商务印书馆,1965:112.\n"
)


@pytest.mark.parametrize("name", ["netease_000.txt", "netease_001.txt", "english_003.txt"])
def test_article_copies_score(data: Path, name: str) -> None:
    score = WebTextImporter().sniff((data / name).read_text(encoding="utf-8"))
    assert 0.4 <= score <= 0.75


def test_netease_chrome_scores_higher_than_bare_prose(data: Path) -> None:
    importer = WebTextImporter()
    netease = importer.sniff((data / "netease_000.txt").read_text(encoding="utf-8"))
    prose = "\n".join(p for p in (data / "netease_000.txt").read_text(encoding="utf-8").splitlines()[6:20] if p)
    assert 0.2 <= importer.sniff(prose) < netease


def test_cnki_page_copy_scores_low(data: Path) -> None:
    assert WebTextImporter().sniff((data / "cnki_002.txt").read_text(encoding="utf-8")) <= 0.1


@pytest.mark.parametrize("text", [BIBTEX, RIS, CSL, GBT, "<!DOCTYPE html><html><p>x</p></html>", "", "短"])
def test_other_formats_score_low(text: str) -> None:
    assert WebTextImporter().sniff(text) <= 0.1


PAGE = "<!DOCTYPE html>\n<html><head><title>标题</title></head><body><p>正文内容。</p></body></html>"
LEADING = [
    "http://www.example.cn/news/2024/0305/123.shtml\n",  # the URL a crawler saved the page from
    "URL: http://www.example.cn/a.html\tfetched 2024-03-06 08:12:45\n\n",
    "\ufeff\n\n",  # a BOM and blank lines
    "\ufeff<!-- saved from url=(0040)http://www.example.cn/news/a.html -->\n",
    '<?xml version="1.0" encoding="utf-8"?>\n',
]


@pytest.mark.parametrize("leading", LEADING)
def test_html_behind_a_leading_line_is_html(leading: str) -> None:
    text = leading + PAGE
    assert html_start(text) == text.index("<!DOCTYPE")
    assert WebHtmlImporter().sniff(text) == 0.8
    assert WebTextImporter().sniff(text) == 0.0


@pytest.mark.parametrize(
    "text",
    [
        "Line one\nline two\nline three\nline four\n" + PAGE,  # more than a wrapper: prose that mentions HTML
        "<div>fragment</div>\n" + PAGE,  # markup before the document: not a leading line
        "Some notes on the <html> element and its attributes.",
        "x" * 5000 + PAGE,  # only the first 4 KB are read
    ],
)
def test_not_an_html_document(text: str) -> None:
    assert html_start(text) == -1


def test_html_start_reads_a_bounded_head() -> None:
    text = "<!--" * 100_000 + PAGE
    assert html_start(text) == -1
