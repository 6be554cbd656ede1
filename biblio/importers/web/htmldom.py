"""A small, forgiving HTML tree on the standard library's parser (no lxml needed).

The one HTML tree of the importers (news pages, saved CNKI detail pages): void elements, unclosed
``<p>``/``<li>``, stray end tags, nesting capped at :data:`MAX_DEPTH`. Scripts and styles keep their raw
text (JSON-LD lives in a script) but never count as page text. Lookups by tag, class and id; two text
views: :meth:`Node.text` (every text run a word, what the news extractor is tuned on) and
:meth:`Node.rendered_text` (as a browser lays it out, what CJK titles and names need).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
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
_BREAKS = frozenset({"br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})
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

    @property
    def classes(self) -> set[str]:
        """The class names."""
        return set(self.get("class").split())

    def iter(self, tag: str = "") -> Iterator[Node]:
        """This node and all element descendants in document order (only ``tag`` if given)."""
        stack: list[Node] = [self]
        while stack:
            node = stack.pop()
            if not tag or node.tag == tag:
                yield node
            stack.extend([c for c in reversed(node.children) if isinstance(c, Node)])

    def find_all(self, tag: str = "", cls: str = "", id_: str = "") -> list[Node]:
        """This node and its descendants that match every given criterion, in document order."""
        return list(self._matching(tag, cls, id_))

    def find(self, tag: str = "", cls: str = "", id_: str = "") -> Node | None:
        """The first match of :meth:`find_all`, or None."""
        return next(self._matching(tag, cls, id_), None)

    def _matching(self, tag: str, cls: str, id_: str) -> Iterator[Node]:
        for node in self.iter(tag):
            if (not cls or cls in node.attrs.get("class", "").split()) and (not id_ or node.attrs.get("id") == id_):
                yield node

    def raw_text(self) -> str:
        """All text below, unnormalised (used for scripts)."""
        return "".join(c if isinstance(c, str) else c.raw_text() for c in self.children)

    def text(self) -> str:
        """Visible text below, whitespace collapsed; every text run is a word of its own (``a<b>b</b>`` -> "a b")."""
        return " ".join(" ".join(_visible_runs(self, None)).split())

    def rendered_text(self, skip: Callable[[Node], bool] | None = None) -> str:
        """Visible text as a browser lays it out: inline markup does not split words (``中<b>亚</b>`` -> "中亚"),
        ``<br>`` and blocks do; ``skip`` drops matching sub-elements. ``""`` inside a :data:`RAW` element."""
        return "" if self.in_raw() else " ".join("".join(_visible_runs(self, skip)).split())

    def in_raw(self) -> bool:
        """True for a :data:`RAW` element (script, style, template...) or anything inside one."""
        node: Node | None = self
        while node is not None:
            if node.tag in RAW:
                return True
            node = node.parent
        return False


def _visible_runs(node: Node, skip: Callable[[Node], bool] | None) -> list[str]:
    """The text runs below ``node``, with a ``" "`` where a line-breaking element starts (iterative: no depth limit)."""
    runs: list[str] = []
    stack: list[Node | str] = node.children[::-1]
    while stack:
        child = stack.pop()
        if isinstance(child, str):
            runs.append(child)
        elif child.tag not in RAW and (skip is None or not skip(child)):
            if child.tag in _BREAKS:
                runs.append(" ")
            stack.extend(reversed(child.children))
    return runs


_COMMENT_CLOSE = re.compile(r"--\s{0,50}>")
_SECTION_CLOSE = re.compile(r"\]\s{0,50}>")


def defuse(html: str) -> str:
    """``html`` with every ``<`` that opens a construct which can never close turned into ``&lt;``.

    The standard library's parser rescans to the end of the input for each unterminated construct
    ("<a <a <a …" without ``>``, "<!--" without ``-->``, "<![" without ``]>``), which is quadratic on
    junk. A construct opened after the last possible closer never closes; escaping it changes no
    parse a browser would show as markup. One pass over the text.
    """
    last_gt = html.rfind(">")
    if "<" in html[last_gt + 1 :]:
        html = html[: last_gt + 1] + html[last_gt + 1 :].replace("<", "&lt;")
    for opener, closer in (("<!--", _COMMENT_CLOSE), ("<![", _SECTION_CLOSE)):
        if opener not in html:
            continue
        last_close = max((m.end() for m in closer.finditer(html)), default=0)
        if opener in html[last_close:]:
            html = html[:last_close] + html[last_close:].replace(opener, "&lt;" + opener[1:])
    return html


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Node("#document")
        self.stack: list[Node] = [self.root]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        stack = self.stack
        while len(stack) > 1 and tag in _AUTO_CLOSE.get(stack[-1].tag, ()):
            stack.pop()
        node = Node(tag, {k: v or "" for k, v in attrs}, [], stack[-1])  # the parser lower-cases names
        stack[-1].children.append(node)
        if tag not in VOID and len(stack) < MAX_DEPTH:
            stack.append(node)

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
    """The document tree of ``html`` (never raises on malformed markup; linear time, see :func:`defuse`)."""
    builder = _TreeBuilder()
    try:
        builder.feed(defuse(html))
        builder.close()
    except (AssertionError, ValueError, IndexError):  # the stdlib parser's rare failures on junk
        pass
    return builder.root
