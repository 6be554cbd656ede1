"""Every web detector and parser runs in linear time: adversarial inputs of 100-500 KB finish quickly.

A quadratic step on inputs this size takes minutes and an exponential regex never ends (the breadcrumb
rule once backtracked exponentially on "a > b > c …" lines); linear code takes well under a second.
The bounds are generous for a loaded machine: a linear-time bug is 100x, not 2x.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

from biblio.errors import InputError
from biblio.importers.decode import decode_text
from biblio.importers.web.byline import read_byline
from biblio.importers.web.chrome import ends_article, is_chrome, looks_like_caption
from biblio.importers.web.dates import find_dates
from biblio.importers.web.entities import clean_text
from biblio.importers.web.extract import extract_paragraphs
from biblio.importers.web.html_importer import WebHtmlImporter, parse_html
from biblio.importers.web.htmldom import parse_html_tree
from biblio.importers.web.sniffing import html_start
from biblio.importers.web.text_importer import WebTextImporter

BOUND = 10.0  # seconds


def _timed(run: Callable[[], object]) -> float:
    start = time.perf_counter()
    try:
        run()
    except InputError:
        pass
    return time.perf_counter() - start


LINES = [
    "ab > " * 20_000 + "c" * 100,  # breadcrumb-like, with a last segment too long
    "Read more: " * 20_000,
    "（原标题：" * 20_000,
    "(" * 50_000 + "资料照片",
    "本文系" * 30_000 + "独家稿件",
    "未经" * 30_000,
    "2024-03-05 " * 20_000,
    "12:30 PM " * 20_000,
    "3/5/" * 30_000 + "2024",
    "2024 03 / " * 20_000,
    "5 марта " * 20_000,
    "&amp;" * 50_000,
    "&#" * 50_000,
]


@pytest.mark.parametrize("line", LINES, ids=range(len(LINES)))
def test_line_rules_are_linear(line: str) -> None:
    assert _timed(lambda: (is_chrome(line), ends_article(line), looks_like_caption(line))) < BOUND
    assert _timed(lambda: find_dates(line)) < BOUND
    assert _timed(lambda: clean_text(line)) < BOUND


PAGES = [
    "<div class='TRS_Editor'>" * 20_000 + "<p>text</p>",
    "<p>" * 50_000,
    "<li><time datetime='2024-03-05T14:02'>" * 10_000,
    "<div class='sidebar'><div class='post_body'>" * 10_000,
    "<h1>Title</h1><div class='info'>发布时间：2024-03-05 14:02 来源：新华网</div>" * 5_000,
    "<a href='x'>" + "word " * 100_000,
    "<!--" * 100_000,
    "<a " * 50_000,
    "<p class='" * 30_000,
    "<!-- -- >" * 30_000,
    "<p>" + "中亚天然气管道建设取得新进展。" * 30_000 + "</p>",
    '<script type="application/ld+json">' + "[" * 50_000 + "</script>",
]


@pytest.mark.parametrize("page", PAGES, ids=range(len(PAGES)))
def test_html_steps_are_linear(page: str) -> None:
    assert _timed(lambda: html_start(page)) < BOUND
    assert _timed(lambda: WebHtmlImporter().sniff(page)) < BOUND
    assert _timed(lambda: read_byline(parse_html_tree(page))) < BOUND
    assert _timed(lambda: extract_paragraphs(parse_html_tree(page))) < BOUND
    assert _timed(lambda: parse_html(page, accessed="2026-03-01")) < 2 * BOUND


TEXTS = ["分享至\n" * 50_000, "网易首页 > 网易号 > 正文\n" * 20_000, "2025年12月09日\n" * 20_000, "<html>\n" * 50_000]


@pytest.mark.parametrize("text", TEXTS, ids=range(len(TEXTS)))
def test_web_text_is_linear(text: str) -> None:
    importer = WebTextImporter(accessed="2026-03-01")
    assert _timed(lambda: importer.sniff(text)) < BOUND
    assert _timed(lambda: importer.parse(text)) < 2 * BOUND


BYTES = [bytes(range(256)) * 2_000, b"\xff" * 500_000, "中亚".encode("gbk") * 100_000 + b"\xff", b"\x00a" * 200_000]


@pytest.mark.parametrize("data", BYTES, ids=range(len(BYTES)))
def test_decoding_is_linear(data: bytes) -> None:
    assert _timed(lambda: decode_text(data)) < BOUND
