"""Page furniture in an HTML tree (navigation, sidebars, share bars, ads, related lists) and its pruning.

An element is furniture by its tag (``nav``, ``aside``, ``footer``, ``form`` …) or by one word of its
class, id, role or ``data-component`` (``sidebar``, ``related``, ``share`` …). Such words are also
found on the containers that hold the whole article: WordPress writes ``tag-…``/``author-…`` on
``<article>``, themes wrap the page in ``Page-ad-margins`` or ``l-side-margins``, Blogger's post is in
``widget Blog``, ASP.NET wraps every page in one ``<form>``, and TRS (the CMS of many Chinese
government and news sites) puts the body in ``TRS_Editor``. So a furniture word alone never prunes an
element that holds most of the page's prose: :func:`prune` keeps such an element and prunes inside it.

"Prose" is visible text outside links, so a mega-menu of links never outweighs the article.
"""

from __future__ import annotations

import re

from biblio.importers.web.htmldom import RAW, Node

JUNK_TAGS = frozenset(
    {"nav", "aside", "footer", "header", "form", "button", "select", "iframe", "svg", "figure", "figcaption",
     "menu", "dialog", "canvas", "video", "audio", "object", "embed", "label", "input", "h1"}
)  # fmt: skip
_NEG_EXACT = frozenset(
    {"ad", "ads", "hot", "tag", "tags", "more", "top", "share", "sns", "rec", "kw", "pic", "img", "photo",
     "caption", "lang", "crumb", "crumbs", "tool", "tools", "bottom", "foot", "side", "rank", "list", "info", "meta",
     "date", "time", "source", "byline", "author", "authors", "editor", "statement", "notice", "hidden", "links",
     "complementary"}
)  # fmt: skip
_NEG_PREFIX = (
    "nav", "menu", "footer", "sidebar", "aside", "related", "relate", "recommend", "comment", "share", "social",
    "breadcrumb", "banner", "advert", "promo", "copyright", "disclaimer", "subscribe", "newsletter", "toolbar",
    "popup", "modal", "cookie", "login", "header", "widget", "language", "hotnews", "ranking", "follow", "reply",
    "relevant",
)  # fmt: skip
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
MOST_OF_PAGE = 0.5  # an element holding more than this share of the page's prose is never pruned


def class_words(node: Node) -> list[str]:
    """Words of class, id, role and data-component, split at ``-``, ``_``, camelCase ("InlineRelated" -> 2 words)."""
    raw = " ".join(node.get(a) for a in ("class", "id", "role", "data-component", "data-testid"))
    return [w.lower() for w in _WORD.findall(raw)]


def is_furniture(node: Node) -> bool:
    """True for an element whose tag or class/id words say page furniture (whatever it holds)."""
    if node.tag in JUNK_TAGS or node.tag in RAW or node.get("aria-hidden") == "true":
        return True
    if node.tag in ("body", "html", "main") or node.get("itemprop") == "articleBody":
        return False
    return any(w in _NEG_EXACT or w.startswith(_NEG_PREFIX) for w in class_words(node))


def prose_lengths(root: Node) -> dict[int, int]:
    """Characters of visible text outside links below each element (keyed by ``id(node)``), in one pass."""
    lengths: dict[int, int] = {}
    order: list[tuple[Node, bool]] = []  # (node, inside a link), parents before children
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, linked = stack.pop()
        order.append((node, linked))
        inner = linked or node.tag == "a"
        stack.extend((c, inner) for c in node.children if isinstance(c, Node) and c.tag not in RAW)
    for node, linked in reversed(order):  # children before parents
        own = 0 if linked or node.tag == "a" else sum(len(c.strip()) for c in node.children if isinstance(c, str))
        lengths[id(node)] = own + sum(
            lengths.get(id(c), 0) for c in node.children if isinstance(c, Node) and c.tag not in RAW
        )
    return lengths


def prune(root: Node) -> None:
    """Remove furniture below ``root``, except elements holding most of its prose (pruned inside instead)."""
    lengths = prose_lengths(root)
    floor = MOST_OF_PAGE * lengths.get(id(root), 0)
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        kept: list[Node | str] = []
        for child in node.children:
            if isinstance(child, Node) and is_furniture(child) and not _holds_most(child, lengths, floor):
                child.parent = None
                continue
            kept.append(child)
            if isinstance(child, Node) and child.tag not in RAW:
                stack.append(child)
        node.children = kept


def _holds_most(node: Node, lengths: dict[int, int], floor: float) -> bool:
    return node.tag not in RAW and lengths.get(id(node), 0) > floor > 0
