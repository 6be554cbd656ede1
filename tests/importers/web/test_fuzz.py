"""Fuzzing: the web importers and their parts never raise anything but InputError."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.decode import decode_text
from biblio.importers.web.byline import read_byline
from biblio.importers.web.choose import choose_body
from biblio.importers.web.dates import find_dates, parse_date
from biblio.importers.web.html_importer import WebHtmlImporter, parse_html
from biblio.importers.web.htmldom import parse_html_tree
from biblio.importers.web.sniffing import html_start
from biblio.importers.web.sources import cited_record
from biblio.importers.web.text_importer import WebTextImporter

PIECES = [
    "网易首页 > 网易号 > 正文 申请入驻", "0", "分享至", "![]()", "相关推荐", "特别声明:以上内容", "参考资料:",
    "2026-02-25 18:47:00", "12月16日", "2025年12月09日 18:06:40", "胡麒牧博士 incentive-icons", "2919文章数 8311关注度",
    "央视网", "中美日三方现在风波不断。", "The summit, announced on Tuesday, will focus on energy.", "By Jane Doe",
    "16 декабря 2025 г.", "《 人民日报 》（ 2025年12月17日 03 版）", "来源：新华网", "", "\n", "   ",
]  # fmt: skip
TAGS = ["<p>", "</p>", "<div class='content'>", "</div>", "<br>", "<a href='x'>", "</a>", "<script>", "</script>",
        "<meta property='og:title' content='T'>", "<meta charset='gbk'>", "<li>", "<h1>", "</h1>", "<img src=x>",
        '<script type="application/ld+json">{"@type":"NewsArticle","headline":1,"author":[null]}</script>',
        "<!--", "-->", "<![CDATA[", "<table><tr><td>", "&amp;", "&#xZZ;", "<body>", "<html lang='zh-CN'>",
        "<div class='TRS_Editor'>", "<div class='post_body'>", "<div id='detail'>", "<div class='article__text'>",
        "<time datetime='2024-03-05T14:02:00+08:00'>", "</time>", "发布时间：2024-03-05 14:02", "今天是2024年3月6日",
        "<article class='post tag-news author-x'>", "</article>", "<form id='form1'>", "</form>", "<aside>",
        "<div class='sidebar'>", "<div itemprop='articleBody'>", "<a ", "'", '"', "&amp;#8217;", "&nbsp;",
        "<![", "]]>", "-- >", "http://example.cn/a.html\n", "\ufeff", "Read more: x", "3/5/2024 2:02 PM"]  # fmt: skip

page_text = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=40)), max_size=30).map("\n".join)
html_text = st.lists(st.one_of(st.sampled_from(TAGS + PIECES), st.text(max_size=30)), max_size=40).map("".join)


@settings(max_examples=300, deadline=None)
@given(page_text)
def test_web_text_never_crashes(text: str) -> None:
    importer = WebTextImporter(accessed="2026-03-01")
    assert 0.0 <= importer.sniff(text) <= 1.0
    try:
        result = importer.parse(text)
    except InputError:
        return
    article = result.records[0]
    assert all(link.target in {r.uid for r in result.records[1:]} for link in article.links)
    assert "![]()" not in article.fulltext


@settings(max_examples=300, deadline=None)
@given(html_text)
def test_web_html_never_crashes(html: str) -> None:
    importer = WebHtmlImporter(accessed="2026-03-01")
    assert 0.0 <= importer.sniff(html) <= 1.0
    try:
        importer.parse(html)
    except InputError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400), st.sampled_from(["", "utf-8", "gbk", "latin-1", "bogus-charset"]))
def test_web_html_bytes_never_crash(data: bytes, charset: str) -> None:
    try:
        parse_html(data, headers_charset=charset, accessed="2026-03-01")
    except InputError:
        pass


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_dates_and_sources_never_crash(text: str) -> None:
    assert all(m.start < m.end for m in find_dates(text))
    parse_date(text, year=2025)
    cited_record(text, 1, "web-text", "1")
    parse_html_tree(text)


def test_deeply_nested_html() -> None:
    html = "<div>" * 5000 + "<p>" + "Deep text, with commas, in a paragraph. " * 3 + "</p>" + "</div>" * 5000
    records = parse_html(html, accessed="2026-03-01").records
    assert "Deep text" in records[0].fulltext


@settings(max_examples=200, deadline=None)
@given(html_text)
def test_web_html_parts_never_crash_and_stay_fast(html: str) -> None:
    start = time.perf_counter()
    assert -1 <= html_start(html) <= len(html)
    byline = read_byline(parse_html_tree(html))
    assert not byline.date or byline.date[:4].isdigit()
    try:
        result = parse_html(html, url="http://www.news.cn/a.html", accessed="2026-03-01")
    except InputError:
        result = None
    if result is not None:
        article = result.records[0]
        assert article.extra["body_extractor"].split(":")[0] in {"rule", "biblio", "trafilatura"}
        assert all(p.severity in {"error", "warning"} for p in result.problems)
    assert time.perf_counter() - start < 10


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=8), st.none() | st.lists(st.text(max_size=60), max_size=8))
def test_choose_body_returns_one_of_its_inputs(own: list[str], theirs: list[str] | None) -> None:
    choice = choose_body(own, theirs)
    assert choice.paragraphs in (own, theirs)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from([b"\xff", b"\x80", "中亚".encode("gbk"), "Кремль".encode(), b"abc ", b"\x00"]), max_size=60
    )
)
def test_decoding_mixed_bytes_never_crashes(pieces: list[bytes]) -> None:
    try:
        decoded = decode_text(b"".join(pieces))
    except InputError:
        return
    assert decoded.replaced >= 0 and isinstance(decoded.text, str)
