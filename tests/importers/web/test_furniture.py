"""Pruning page furniture: a furniture word never removes the element that holds most of the page's prose.

The class of failure from issue 12: whole article containers were pruned because one word of their
class or id matched a furniture pattern. Each case wraps the same article in such a container, on a
page with real furniture (navigation, a sidebar with prose, a related list) that must still go.
"""

from __future__ import annotations

import pytest

from biblio.importers.web.extract import extract_paragraphs
from biblio.importers.web.furniture import is_furniture, prose_lengths, prune
from biblio.importers.web.htmldom import Node, parse_html_tree

ARTICLE = [
    "The new reservoir agreements signed this winter suggest that the old barter system is giving way to prices.",
    "For three decades, the states of the valley have bargained over water, trading irrigation for electricity.",
    "Whether the agreements hold will depend on the next dry year, when every release will be tested again.",
]
SIDEBAR = "Our newsletter brings the week's best reads, with comments, to your inbox every Friday morning."

# (opening tag, closing tag): containers that real pages wrap articles in, each with a furniture word
WRAPPERS = [
    ('<article class="post-412 post type-post tag-uzbekistan tag-water author-jdoe">', "</article>"),  # WordPress
    ('<div class="Page-ad-margins">', "</div>"),  # BrightSpot (LA Times)
    ('<div class="l-side-margins">', "</div>"),  # The Guardian
    ('<div class="widget Blog" id="Blog1">', "</div>"),  # Blogger
    ('<form method="post" action="./article.aspx" id="form1">', "</form>"),  # ASP.NET: the whole page
    ('<div class="TRS_Editor">', "</div>"),  # TRS, the CMS of many Chinese government and news sites
    ('<header id="page-header">', "</header>"),
    ('<div class="hidden-print sidebar-layout">', "</div>"),
    ('<div class="td-transition-content-and-menu td-content-wrap">', "</div>"),  # tagDiv themes
    ('<div class="m-advertisement-off-canvas--pusher">', "</div>"),
]


def _page(opening: str, closing: str) -> str:
    menu = "".join(f'<li><a href="/s{i}">Section number {i} of the site</a></li>' for i in range(30))
    paragraphs = "".join(f"<p>{p}</p>" for p in ARTICLE)
    return (
        f"<html><body><nav><ul>{menu}</ul></nav>{opening}<h1>Water diplomacy</h1>{paragraphs}"
        f'<div class="sidebar"><p>{SIDEBAR}</p></div>'
        f'<div class="related-posts"><ul><li><a href="/x">Another story on the region, with details</a></li></ul></div>'
        f"{closing}<footer><p>Copyright 2024, all rights reserved by the publisher of this site.</p></footer>"
        "</body></html>"
    )


@pytest.mark.parametrize(("opening", "closing"), WRAPPERS)
def test_article_container_with_a_furniture_word_is_kept(opening: str, closing: str) -> None:
    root = parse_html_tree(_page(opening, closing))
    assert is_furniture(next(n for n in root.iter() if n.tag == opening[1:].split(maxsplit=1)[0].rstrip(">")))
    assert extract_paragraphs(root) == ARTICLE


@pytest.mark.parametrize(("opening", "closing"), WRAPPERS[:3])
def test_furniture_inside_a_kept_container_is_still_pruned(opening: str, closing: str) -> None:
    root = parse_html_tree(_page(opening, closing))
    body = next(root.iter("body"))
    prune(body)
    text = body.text()
    assert ARTICLE[0] in text
    for furniture in (SIDEBAR, "Another story on the region", "Section number 3", "Copyright 2024"):
        assert furniture not in text, furniture


def test_furniture_with_a_minority_of_the_prose_is_pruned() -> None:
    article = "".join(f"<p>{p}</p>" for p in ARTICLE * 2)
    html = f'<body><div class="story">{article}</div><div class="sidebar"><p>{SIDEBAR}</p></div></body>'
    root = parse_html_tree(html)
    prune(next(root.iter("body")))
    assert SIDEBAR not in root.text()


def test_link_text_is_not_prose() -> None:
    """A mega-menu of links never outweighs the article, so a menu word on a wrapper does not protect it."""
    links = "".join(f"<a href='/{i}'>A long link text for section number {i}</a>" for i in range(100))
    html = f"<body><div class='menu-wrap'>{links}</div><div class='story'><p>{ARTICLE[0]}</p></div></body>"
    root = parse_html_tree(html)
    body = next(root.iter("body"))
    lengths = prose_lengths(body)
    menu = next(n for n in body.iter("div") if "menu-wrap" in n.get("class"))
    assert lengths[id(menu)] == 0
    prune(body)
    assert "section number 5" not in body.text()
    assert ARTICLE[0] in body.text()


def test_prose_lengths_are_computed_in_one_pass_on_deep_trees() -> None:
    root = Node("body")
    node = root
    for _ in range(5000):
        child = Node("div", parent=node)
        node.children.append(child)
        node = child
    node.children.append("deep text")
    assert prose_lengths(root)[id(root)] == len("deep text")
