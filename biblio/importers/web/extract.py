"""Main-text extraction: the article's paragraphs from a page tree, without navigation, sidebars,
related lists, comments and footers.

Readability-style: furniture is dropped by tag (``nav``, ``aside``, ``footer``…) and by class/id
words (``related``, ``comment``, ``share``…); each paragraph scores its parent and grandparent by
length and commas; the best container (``itemprop=articleBody`` and body-like class words help)
gives the paragraphs, read in order with ``<br>`` and block boundaries as breaks. Page-text chrome
rules (disclaimers, counters) then apply to each paragraph, and an end marker ("相关推荐",
"特别声明…") ends the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.importers.web.chrome import ends_article, is_chrome, looks_like_caption
from biblio.importers.web.htmldom import RAW, Node

_JUNK_TAGS = frozenset(
    {"nav", "aside", "footer", "header", "form", "button", "select", "iframe", "svg", "figure", "figcaption",
     "menu", "dialog", "canvas", "video", "audio", "object", "embed", "label", "input", "h1"}
)  # fmt: skip
_NEG_EXACT = frozenset(
    {"ad", "ads", "hot", "tag", "tags", "more", "top", "share", "sns", "rec", "kw", "pic", "img", "photo",
     "caption", "lang", "crumb", "crumbs", "tool", "tools", "bottom", "foot", "side", "rank", "list", "info", "meta",
     "date", "time", "source", "byline", "author", "editor", "statement", "notice", "hidden", "links", "complementary"}
)  # fmt: skip
_NEG_PREFIX = (
    "nav", "menu", "footer", "sidebar", "aside", "related", "relate", "recommend", "comment", "share", "social",
    "breadcrumb", "banner", "advert", "promo", "copyright", "disclaimer", "subscribe", "newsletter", "toolbar",
    "popup", "modal", "cookie", "login", "header", "widget", "language", "hotnews", "ranking", "follow", "reply",
    "relevant",
)  # fmt: skip
_POS_WORDS = frozenset(
    {"article", "content", "body", "text", "post", "story", "entry", "main", "detail", "artibody", "endtext",
     "zw", "news", "paper", "texts"}
)  # fmt: skip
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "ul", "ol", "li", "table", "tr", "td", "blockquote", "pre", "h2",
     "h3", "h4", "h5", "h6", "dl", "dt", "dd", "hr", "center", "font"}
)  # fmt: skip
_WORD = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_COMMAS = re.compile(r"[,，、;；。.]")
MIN_PARAGRAPH = 25
_LEAVES = frozenset({"p", "li", "h2", "h3", "h4", "h5", "h6", "pre", "td", "blockquote"})


@dataclass(slots=True)
class Block:
    """One text block: its text, how much of it is link text, its element, and whether it follows an image."""

    text: str
    linked: int
    node: Node
    after_image: bool

    @property
    def link_density(self) -> float:
        """Share of the text inside links."""
        return min(1.0, self.linked / len(self.text)) if self.text else 0.0


def extract_paragraphs(root: Node) -> list[str]:
    """The article body's paragraphs in order; ``[]`` if the page has no prose."""
    body = next(root.iter("body"), root)
    _prune(body)
    best = _best_container(body, MIN_PARAGRAPH) or _best_container(body, 1)  # short pages: any text
    if best is None:
        return []
    paragraphs: list[str] = []
    for block in text_blocks(best):
        if ends_article(block.text):
            break
        if not is_chrome(block.text) and not _is_caption(block) and block.link_density < 0.5:
            paragraphs.append(block.text)
    return paragraphs


def _words(node: Node) -> list[str]:
    """Words of class, id, role and data-component, split at ``-``, ``_``, camelCase ("InlineRelated" -> 2 words)."""
    raw = " ".join(node.get(a) for a in ("class", "id", "role", "data-component", "data-testid"))
    return [w.lower() for w in _WORD.findall(raw)]


def is_furniture(node: Node) -> bool:
    """True for an element that holds page furniture rather than article text (a furniture word wins)."""
    if node.tag in _JUNK_TAGS or node.tag in RAW or node.get("aria-hidden") == "true":
        return True
    if node.tag in ("body", "html", "main") or node.get("itemprop") == "articleBody":
        return False
    return any(w in _NEG_EXACT or w.startswith(_NEG_PREFIX) for w in _words(node))


def _prune(root: Node) -> None:
    for node in list(root.iter()):
        if node is not root and node.parent is not None and is_furniture(node):
            node.parent.children = [c for c in node.parent.children if c is not node]
            node.parent = None


def _best_container(body: Node, min_length: int) -> Node | None:
    scores: dict[int, tuple[float, Node]] = {}
    leaves: dict[int, bool] = {}
    for block in text_blocks(body):
        if len(block.text) < min_length or block.link_density >= 0.5:
            continue
        key = id(block.node)
        if key not in leaves:
            leaves[key] = _is_leaf(block.node)
        value = 1 + len(_COMMAS.findall(block.text)) + min(len(block.text) / 100, 3)
        target: Node | None = block.node
        if block.node.parent is not None and leaves[key]:
            target = block.node.parent
        for weight in (1.0, 0.5, 0.25):
            if target is None:
                break
            old = scores.get(id(target), (_class_bonus(target), target))[0]
            scores[id(target)] = (old + value * weight, target)
            target = target.parent
    if not scores:
        return None
    top = sorted(scores.values(), key=lambda pair: pair[0], reverse=True)[:5]
    return max(top, key=lambda pair: pair[0] * (1 - _node_link_density(pair[1])))[1]


def _node_link_density(node: Node) -> float:
    text = node.text()
    linked = sum(len(a.text()) for a in node.iter("a"))
    return min(1.0, linked / len(text)) if text else 1.0


def _class_bonus(node: Node) -> float:
    if node.get("itemprop") == "articleBody":
        return 30.0
    return 8.0 if any(w in _POS_WORDS for w in _words(node)) or node.tag == "article" else 0.0


def text_blocks(node: Node) -> list[Block]:
    """Text blocks in document order: block elements and ``<br>`` break them."""
    out: list[Block] = []
    _Walker(out).walk(node)
    return out


class _Walker:
    """Collects blocks; remembers whether the last thing seen was an image (for captions)."""

    def __init__(self, out: list[Block]) -> None:
        self.out = out
        self.run: list[str] = []
        self.linked = 0
        self.after_image = False

    def walk(self, node: Node) -> None:
        for child in node.children:
            if isinstance(child, str):
                self.run.append(child)
            elif child.tag in ("img", "picture"):
                self.flush(node)
                self.after_image = True
            elif child.tag == "br" or child.tag in _BLOCKS or _has_block(child):
                self.flush(node)
                if child.tag != "br":
                    self.walk(child)
                    self.flush(child)
            elif child.tag not in RAW:
                self.inline(child)
        self.flush(node)

    def inline(self, child: Node) -> None:
        if any(n.tag in ("img", "picture") for n in child.iter()):
            self.flush(child)
            self.after_image = True
        text = child.text()
        self.run.append(text)
        self.linked += len(text) if child.tag == "a" else sum(len(a.text()) for a in child.iter("a"))

    def flush(self, node: Node) -> None:
        text = " ".join(" ".join(self.run).split())
        if text:
            self.out.append(Block(text, self.linked, node, self.after_image))
            self.after_image = False
        self.run.clear()
        self.linked = 0


def _is_leaf(node: Node) -> bool:
    """A paragraph element, or a block holding only inline content (RIA's ``<div class="article__text">``)."""
    return node.tag in _LEAVES or not _has_block(node)


def _has_block(node: Node) -> bool:
    return any(d.tag in _BLOCKS for d in node.iter() if d is not node)


def _is_caption(block: Block) -> bool:
    style = block.node.get("style").replace(" ", "").lower()
    centered = "text-align:center" in style or "center" in _words(block.node) or block.node.tag == "center"
    return (block.after_image or centered) and looks_like_caption(block.text)
