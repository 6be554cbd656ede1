"""Trimmed excerpts of web-en pages on which biblio's extractor used to store an empty or partial body.

Source: scrapinghub/article-extraction-benchmark @4a3bc979f76c, ``html/<key>.html.gz`` (MIT licence);
each file in tests/data/web/web_en/ names its page. The excerpts keep the element chain down to the
article (with every class and id), one furniture sibling per level and the first paragraphs. All
come from the dev half of the benchmark split (benchmarks/realworld/web_split.json).

Failure classes: the article container pruned for one word of its class (``Page-ad-margins``,
WordPress ``tag-…``/``author-…``, ``widget Blog``, ``bottom-offset``, ``…-and-menu``, an ``author-…``
class on ``<article>``); an inline "Read more: <headline>" teaser ending the article; a body split
into sibling blocks under ``itemprop="articleBody"``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.importers.web.extract import extract_paragraphs
from biblio.importers.web.html_importer import parse_html
from biblio.importers.web.htmldom import parse_html_tree

EXCERPTS = Path(__file__).parents[2] / "data" / "web" / "web_en"

# page key prefix -> (first gold paragraph starts, second gold paragraph starts)
GOLD = {
    "098bb3e96c0a": ("Walt Disney Co. executive Kevin Mayer said", "The company struggled to contend"),
    "85439e26c41c": ("先日、不正に改造したiPhoneを販売したとして", "「脱獄」とは、iPhoneのiOSを改造して"),
    "5f03fc173ebc": ("If you’ve done 80 Day Obsession", "A Little More Obsessed follows the same"),
    "34a7328535ad": ("Photos which were released online", "Veteran Nollywood actress, Kate Henshaw"),
    "1ee91d1fce65": ("In a joint statement published Oct. 25", "The Pentagon rejected these accusations"),
    "961bd85ca85a": ("Police arrested six people Monday", "Officers from the Columbus Police Department"),
    "57e2e98887a1": ("New York, NY – With content engagement", "Ivan served as the CEO of Hipcricket"),
    "360c732d1fdb": ("Alibaba is set to raise up to $12.9bn", "The Chinese e-commerce giant is set"),
    "ef4e67b66d63": ("(CNN) President Donald Trump, according to", "Which is not to say that whatever happened"),
}


def test_every_excerpt_has_gold() -> None:
    assert {p.stem for p in EXCERPTS.glob("*.html")} == set(GOLD)


@pytest.mark.parametrize("key", sorted(GOLD))
def test_own_extractor_keeps_the_article(key: str) -> None:
    html = (EXCERPTS / f"{key}.html").read_text(encoding="utf-8")
    assert f"web-en/html/{key}" in html and "MIT licence" in html
    body = "\n".join(extract_paragraphs(parse_html_tree(html)))
    first, second = GOLD[key]
    assert first in body
    assert second in body
    assert body.index(first) < body.index(second)


@pytest.mark.parametrize("key", sorted(GOLD))
def test_importer_body_starts_with_the_article(key: str) -> None:
    result = parse_html((EXCERPTS / f"{key}.html").read_bytes(), accessed="2026-03-01")
    body = result.records[0].fulltext
    assert GOLD[key][0] in body[:300]  # at most a byline line ("Staff Reports") before it
    assert GOLD[key][1] in body


def test_read_more_teaser_is_skipped_not_the_end() -> None:
    body = parse_html((EXCERPTS / "360c732d1fdb.html").read_bytes(), accessed="2026-03-01").records[0].fulltext
    assert "Read more:" not in body
    paragraphs = body.split("\n\n")
    assert len(paragraphs) >= 4  # the paragraphs after the teaser are kept
