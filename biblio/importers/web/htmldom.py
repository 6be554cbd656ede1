"""A small, forgiving HTML tree on the standard library's parser (no lxml needed).

Good enough for news pages: void elements, unclosed ``<p>``/``<li>``, stray end tags. Scripts and
styles keep their raw text (JSON-LD lives in a script) but never count as page text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param"}
)
RAW = frozenset({"script", "style", "template", "noscript", "textarea"})
_AUTO_CLOSE = {
    "p": frozenset({"p", "div", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
                    "blockquote", "figure", "header", "footer", "nav", "aside", "pre", "form", "hr"}),
    "li": frozenset({"li"}),
    "option": frozenset({"option"}),
    "dt": frozenset({"dt", "dd"}),
    "dd": frozenset({"dt", "dd"}),
}  # fmt: skip
_SPACE = re.compile(r"\s+")
MAX_DEPTH = 400


@dataclass(eq=False, slots=True)
class Node:
    """An element: tag, attributes, children (nodes or text), parent."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Node | str] = field(default_factory=list)
    parent: Node | None = None

    def get(self, name: str) -> str:
        """An attribute value, ``""`` if absent."""
        return self.attrs.get(name, "")

    def iter(self, tag: str = "") -> Iterator[Node]:
        """This node and all element descendants in document order (only ``tag`` if given)."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            if not tag or node.tag == tag:
                yield node
            stack.extend(c for c in reversed(node.children) if isinstance(c, Node))

    def raw_text(self) -> str:
        """All text below, unnormalised (used for scripts)."""
        return "".join(c if isinstance(c, str) else c.raw_text() for c in self.children)

    def text(self) -> str:
        """Visible text below, whitespace collapsed; ``<br>`` counts as a space."""
        return _SPACE.sub(" ", " ".join(_visible_runs(self))).strip()


def _visible_runs(node: Node) -> Iterator[str]:
    for child in node.children:
        if isinstance(child, str):
            yield child
        elif child.tag == "br":
            yield " "
        elif child.tag not in RAW:
            yield from _visible_runs(child)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack: list[Node] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        closes = _AUTO_CLOSE
        while len(self.stack) > 1 and tag in closes.get(self.stack[-1].tag, ()):
            self.stack.pop()
        node = Node(tag, {k.lower(): (v or "") for k, v in attrs}, parent=self.stack[-1])
        self.stack[-1].children.append(node)
        if tag not in VOID and len(self.stack) < MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack[-1].tag == tag:
            self.stack.pop()

    def handle_endtag(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        self.stack[-1].children.append(data)


def parse_html_tree(html: str) -> Node:
    """The document tree of ``html`` (never raises on malformed markup)."""
    builder = _TreeBuilder()
    try:
        builder.feed(html)
        builder.close()
    except (AssertionError, ValueError, IndexError):  # the stdlib parser's rare failures on junk
        pass
    return builder.root
