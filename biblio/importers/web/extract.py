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
from biblio.importers.web.entities import clean_text
from biblio.importers.web.furniture import class_words, prune
from biblio.importers.web.htmldom import RAW, Node

_POS_WORDS = frozenset(
    {"article", "content", "body", "text", "post", "story", "entry", "main", "detail", "artibody", "endtext",
     "zw", "news", "paper", "texts"}
)  # fmt: skip
_BLOCKS = frozenset(
    {"p", "div", "section", "article", "main", "ul", "ol", "li", "table", "tr", "td", "blockquote", "pre", "h1", "h2",
     "h3", "h4", "h5", "h6", "dl", "dt", "dd", "hr", "center", "font"}
)  # fmt: skip
_COMMAS = re.compile(r"[,，、;；。.]")
MIN_PARAGRAPH = 25
SIBLING_SHARE = 0.2
SIBLING_PROSE = 80
_SENTENCE_END = tuple('.!?。！？"”’»)')
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
    prune(body)
    scores = _scores(body, MIN_PARAGRAPH) or _scores(body, 1)  # short pages: any text
    if not scores:
        return []
    return paragraphs_of(article_nodes(_best(scores), scores))


def container_paragraphs(containers: list[Node]) -> list[str]:
    """The paragraphs of containers known to hold the body (an outlet rule's), furniture inside them pruned."""
    for container in containers:
        prune(container)
    return paragraphs_of(containers)


def paragraphs_of(nodes: list[Node]) -> list[str]:
    """The text blocks of ``nodes`` that are article text, up to an end marker ("相关推荐", "Related")."""
    paragraphs: list[str] = []
    for node in nodes:
        for block in text_blocks(node):
            if ends_article(block.text):
                return paragraphs
            if not is_chrome(block.text) and not _is_caption(block) and block.link_density < 0.5:
                paragraphs.append(block.text)
    return paragraphs


Scores = dict[int, tuple[float, Node]]


def _scores(body: Node, min_length: int) -> Scores:
    """Each candidate container's score (keyed by ``id(node)``): its paragraphs' length and commas."""
    scores: Scores = {}
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
    return scores


def _best(scores: Scores) -> Node:
    top = sorted(scores.values(), key=lambda pair: pair[0], reverse=True)[:5]
    return max(top, key=lambda pair: pair[0] * (1 - _node_link_density(pair[1])))[1]


def article_nodes(best: Node, scores: Scores) -> list[Node]:
    """The elements that hold the article, in document order: the best container widened to what it belongs to.

    The body of many pages is split into sibling containers (one per paragraph group, between ads or
    inline media), so the best-scoring one is often a part: (1) an ancestor declared
    ``itemprop="articleBody"`` is the body; (2) a wrapper whose only element child is the container
    stands for it; (3) siblings that score at least a fifth of it, or hold prose paragraphs only, join
    it (not at the page's top level, where sections are other stories).
    """
    declared = _declared_body(best)
    if declared is not None:
        return [declared]
    while _only_child(best) and not _top_level(best.parent):
        best = best.parent  # type: ignore[assignment]  # _only_child: it has a parent
    parent = best.parent
    if parent is None or _top_level(parent):
        return [best]  # the page's top-level sections are never parts of one article
    floor = SIBLING_SHARE * scores.get(id(best), (0.0, best))[0]
    return [
        child
        for child in parent.children
        if isinstance(child, Node)
        and (child is best or scores.get(id(child), (0.0, child))[0] >= floor or _prose_only(child))
    ]


def _declared_body(node: Node) -> Node | None:
    parent = node.parent
    while parent is not None:
        if parent.get("itemprop") == "articleBody":
            return parent
        parent = parent.parent
    return None


def _only_child(node: Node) -> bool:
    parent = node.parent
    return parent is not None and sum(1 for c in parent.children if isinstance(c, Node)) == 1


def _top_level(node: Node | None) -> bool:
    return node is None or node.tag in ("body", "html", "#document")


def _prose_only(node: Node) -> bool:
    """A sibling made of prose paragraphs only (long enough, few links, ending like sentences)."""
    if node.tag in RAW:
        return False
    blocks = text_blocks(node)
    return (
        bool(blocks)
        and sum(len(b.text) for b in blocks) >= SIBLING_PROSE
        and all(b.link_density < 0.25 and b.text.endswith(_SENTENCE_END) for b in blocks)
    )


def _node_link_density(node: Node) -> float:
    text = node.text()
    linked = sum(len(a.text()) for a in node.iter("a"))
    return min(1.0, linked / len(text)) if text else 1.0


def _class_bonus(node: Node) -> float:
    if node.get("itemprop") == "articleBody":
        return 30.0
    return 8.0 if any(w in _POS_WORDS for w in class_words(node)) or node.tag == "article" else 0.0


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
        text = clean_text(" ".join(self.run))
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
    centered = "text-align:center" in style or "center" in class_words(block.node) or block.node.tag == "center"
    return (block.after_image or centered) and looks_like_caption(block.text)
