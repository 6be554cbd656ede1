"""A forgiving element tree built with the stdlib :mod:`html.parser` (no lxml needed).

Enough DOM for scraping a saved page: elements with tag, attributes and children, text in
document order, lookups by tag/class/id. Unclosed and stray end tags are tolerated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from html.parser import HTMLParser

_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_SKIP = frozenset(("script", "style", "noscript", "template"))
_BLOCK = frozenset(("br", "p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6"))


@dataclass(slots=True)
class Element:
    """One element; ``children`` holds elements and text strings in order."""

    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[Element | str] = field(default_factory=list)

    @property
    def classes(self) -> set[str]:
        """The class names."""
        return set(self.attrs.get("class", "").split())

    def text(self, skip: Callable[[Element], bool] | None = None) -> str:
        """The text content with collapsed whitespace (``skip`` drops matching sub-elements)."""
        parts: list[str] = []
        stack: list[Element | str] = list(reversed(self.children))
        while stack:  # iterative: saved pages can nest deeper than the recursion limit
            node = stack.pop()
            if isinstance(node, str):
                parts.append(node)
            elif skip is None or not skip(node):
                if node.tag in _BLOCK:
                    parts.append(" ")
                stack.extend(reversed(node.children))
        return " ".join("".join(parts).split())

    def iter(self) -> Iterator[Element]:
        """This element and all descendants, in document order."""
        stack: list[Element] = [self]
        while stack:
            node = stack.pop()
            yield node
            stack.extend(reversed([c for c in node.children if isinstance(c, Element)]))

    def find_all(self, tag: str = "", cls: str = "", id_: str = "") -> list[Element]:
        """Descendants matching every given criterion."""
        return [
            e
            for e in self.iter()
            if (not tag or e.tag == tag) and (not cls or cls in e.classes) and (not id_ or e.attrs.get("id") == id_)
        ]

    def find(self, tag: str = "", cls: str = "", id_: str = "") -> Element | None:
        """The first match of :meth:`find_all`, or None."""
        found = self.find_all(tag, cls, id_)
        return found[0] if found else None


class _Builder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = Element("#root")
        self.stack = [self.root]
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skipping += 1
            return
        element = Element(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(element)
        if tag not in _VOID:
            self.stack.append(element)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skipping = max(0, self.skipping - 1)
            return
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.stack[-1].children.append(data)


def parse_html(text: str) -> Element:
    """The root element of ``text`` (never raises on malformed markup)."""
    builder = _Builder()
    builder.feed(text)
    builder.close()
    return builder.root
