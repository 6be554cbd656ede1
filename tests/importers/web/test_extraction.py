"""The main-text extractor scored on every saved page (precision and recall of body paragraphs)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from biblio.importers.web.extract import extract_paragraphs
from biblio.importers.web.furniture import is_furniture
from biblio.importers.web.htmldom import Node, parse_html_tree

sys.path.insert(0, str(Path(__file__).parent))
from extraction_score import compare, own_extractor, pages, score, trafilatura_extractor


def test_every_saved_page_has_an_expected_body() -> None:
    found = pages()
    assert {name for name, _, _ in found} >= {"netease", "xinhua", "people", "tass", "ria", "english", "bbc"}
    assert all(expected for _, _, expected in found)


def test_own_extractor_scores_full_marks() -> None:
    for result in compare({"biblio": own_extractor})["biblio"]:
        assert (result.page, result.precision, result.recall) == (result.page, 1.0, 1.0)


def test_score_counts_extra_and_missing_paragraphs() -> None:
    result = score("x", ["第一段。", "导航"], ["第一段。", "第二段。"])
    assert (result.precision, result.recall, result.f1) == (0.5, 0.5, 0.5)
    assert score("x", [], ["a"]).f1 == 0.0


@pytest.mark.skipif(importlib.util.find_spec("trafilatura") is None, reason="trafilatura not installed")
def test_own_extractor_is_at_least_as_good_as_trafilatura() -> None:
    results = compare({"biblio": own_extractor, "trafilatura": trafilatura_extractor})
    for ours, theirs in zip(results["biblio"], results["trafilatura"], strict=True):
        assert ours.f1 >= theirs.f1, ours.page


def test_paragraphs_split_at_br_and_blocks() -> None:
    html = (
        "<body><div class='content'>第一段文字,足够长的一段正文内容。<br>第二段文字,同样是正文内容。"
        "<p>第三段。</p></div></body>"
    )
    assert extract_paragraphs(parse_html_tree(html)) == [
        "第一段文字,足够长的一段正文内容。",
        "第二段文字,同样是正文内容。",
        "第三段。",
    ]


def test_link_lists_are_not_the_article() -> None:
    links = "".join(f"<li><a href='/{i}'>Some other headline number {i}, with words</a></li>" for i in range(20))
    text = "The only real paragraph of the article, with commas, and words."
    html = f"<body><ul>{links}</ul><div><p>{text}</p></div></body>"
    assert extract_paragraphs(parse_html_tree(html)) == [
        "The only real paragraph of the article, with commas, and words."
    ]


def test_furniture_by_class_words() -> None:
    assert is_furniture(Node("div", {"class": "post_recommends"}))
    assert is_furniture(Node("section", {"class": "InlineRelated_container"}))
    assert is_furniture(Node("div", {"data-component": "links-block"}))
    assert is_furniture(Node("div", {"class": "article-body__ad"}))
    assert not is_furniture(Node("div", {"class": "post_body"}))
    assert not is_furniture(Node("div", {"itemprop": "articleBody", "class": "share"}))


PARAS = [
    f"Paragraph number {n} of the article, with enough words and commas, to count as prose text." for n in range(6)
]


def test_body_split_into_sibling_blocks_is_read_whole() -> None:
    """Pages split the body into sibling containers between ads or media (CNN, wday.ru, Quanta)."""
    blocks = "".join(
        f'<div class="body-text-block"><p>{p}</p></div><div class="ad-slot">Advertisement</div>' for p in PARAS
    )
    html = f"<body><nav><a href='/'>Home</a></nav><main><div class='wrapper'>{blocks}</div></main></body>"
    assert extract_paragraphs(parse_html_tree(html)) == PARAS


def test_body_split_into_sections_under_a_wrapper_chain() -> None:
    sections = "".join(
        f"<section><div><div class='post__content'><p>{p}</p><p>{p}</p></div></div></section>" for p in PARAS[:3]
    )
    html = f"<body><div class='page'><div class='article'>{sections}</div></div></body>"
    assert extract_paragraphs(parse_html_tree(html)) == [p for p in PARAS[:3] for _ in (1, 2)]


def test_other_stories_at_the_top_level_are_not_merged() -> None:
    story = "".join(f"<p>{p}</p>" for p in PARAS)
    other = (
        "<section><p>Scandinavia's Sami have been herding reindeer for generations, then the miners came.</p></section>"
    )
    article = f"<article class='single-story'><div class='content'>{story}</div></article>"
    html = f"<body><section>{article}</section>{other}</body>"
    paragraphs = extract_paragraphs(parse_html_tree(html))
    assert paragraphs == PARAS


def test_declared_article_body_is_taken_whole() -> None:
    blocks = "".join(f"<div class='article__block'><div class='block-text'><p>{p}</p></div></div>" for p in PARAS)
    html = f"<body><div itemprop='articleBody' class='article__content'>{blocks}</div></body>"
    assert extract_paragraphs(parse_html_tree(html)) == PARAS


def test_read_more_teaser_inside_the_body_does_not_end_it() -> None:
    html = (
        f"<body><div class='post-content'><p>{PARAS[0]}</p><p><strong>Read more: Another headline here</strong></p>"
        f"<p>{PARAS[1]}</p></div></body>"
    )
    assert extract_paragraphs(parse_html_tree(html)) == PARAS[:2]
