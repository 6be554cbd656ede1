"""Character references left in titles, names and body text are decoded (once or twice escaped)."""

from __future__ import annotations

import pytest

from biblio.importers.web.entities import clean_text, decode_entities
from biblio.importers.web.html_importer import parse_html


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("doesn&#8217;t", "doesn’t"),
        ("doesn&amp;#8217;t", "doesn’t"),  # escaped twice by the CMS
        ("Tom &amp;amp; Jerry", "Tom & Jerry"),
        ("&quot;Quoted&quot; &mdash; &#x201C;curly&#x201D;", '"Quoted" — “curly”'),
        ("AT&T and R&D", "AT&T and R&D"),  # not references: left alone
        ("&#0; &#xFFFFFF; &bogus;", "\ufffd \ufffd &bogus;"),
    ],
)
def test_decode_entities(raw: str, text: str) -> None:
    assert decode_entities(raw) == text


def test_clean_text_folds_no_break_spaces() -> None:
    assert clean_text("  Central&nbsp;Asia\u00a0\u3000news \n") == "Central Asia news"


def test_titles_authors_and_body_are_decoded_everywhere() -> None:
    page = (
        "<html><head><meta property='og:title' content='What&amp;#8217;s next for the Aral&amp;nbsp;Sea'>"
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "What&#8217;s next",'
        ' "author": {"name": "Jane O&#8217;Neil"}}</script></head><body><article><h1>What&#8217;s next</h1>'
        "<p>The sea&amp;#8217;s shore moved 100&nbsp;km in forty years, and the fishing towns were left inland.</p>"
        "<p>Scientists say the northern part can still be saved, if the dam is kept and the river is managed.</p>"
        "</article></body></html>"
    )
    article = parse_html(page, accessed="2026-03-01").records[0]
    assert article.main_title() == "What’s next"
    assert [a.display() for a in article.authors] == ["Jane O’Neil"]
    assert "sea’s shore moved 100 km" in article.fulltext
    assert "&" not in article.fulltext and "\u00a0" not in article.fulltext


def test_page_text_copies_are_decoded_too() -> None:
    from biblio.importers.web.text_importer import WebTextImporter

    text = (
        "Uzbekistan&#8217;s cotton reform&nbsp;explained\n\n"
        "The government&amp;#8217;s decision to end forced labour in the cotton fields was welcomed by buyers.\n\n"
        "Brands that had boycotted Uzbek cotton for a decade said they would return to the market next year."
    )
    article = WebTextImporter(accessed="2026-03-01").parse(text).records[0]
    assert article.main_title() == "Uzbekistan’s cotton reform explained"
    assert "government’s decision" in article.fulltext
