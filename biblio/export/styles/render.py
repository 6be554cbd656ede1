"""Rendering pybtex rich text as plain text, HTML or Markdown.

Plain text uses pybtex's own plaintext backend (no markup at all). HTML and Markdown use the small
backends below instead of pybtex's, because those put link targets into the output unescaped
(``<a href="{url}">``): here every string is escaped, and only http(s) links become links.
"""

from __future__ import annotations

import html
import re
from types import MappingProxyType
from typing import Any
from urllib.parse import quote

FORMATS = ("text", "html", "markdown")
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|!~])")
_SAFE_URL = re.compile(r"https?://[^\s]+\Z", re.IGNORECASE)


def safe_url(url: str) -> str:
    """``url`` if it is an http(s) URL without spaces, else ``""`` (so it is shown, not linked)."""
    return url if _SAFE_URL.match(url) else ""


class HtmlBackend:
    """HTML fragments: escaped text, ``<em>``, links with escaped ``href``."""

    RenderType = str
    symbols = MappingProxyType({"ndash": "&ndash;", "newblock": " ", "nbsp": "&nbsp;"})

    def format_str(self, text: str) -> str:
        """Escape &, <, > and quotes."""
        return html.escape(text, quote=True)

    def format_tag(self, tag: str, text: str) -> str:
        """``<tag>text</tag>``."""
        return f"<{tag}>{text}</{tag}>" if text else ""

    def format_href(self, url: str, text: str, external: bool = False) -> str:
        """A link for http(s) URLs, the bare text otherwise."""
        if not safe_url(url):
            return text
        return f'<a href="{html.escape(url, quote=True)}">{text}</a>'

    def format_protected(self, text: str) -> str:
        """Protected text is plain text here."""
        return text

    def render_sequence(self, parts: list[str]) -> str:
        """Concatenate rendered parts."""
        return "".join(parts)


class MarkdownBackend(HtmlBackend):
    """CommonMark: emphasis with ``*``, backslash escapes; inline HTML is neutralised."""

    symbols = MappingProxyType({"ndash": "–", "newblock": " ", "nbsp": " "})

    def format_str(self, text: str) -> str:
        """Escape the characters that start Markdown syntax, and & (entities)."""
        return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;"))

    def format_tag(self, tag: str, text: str) -> str:
        """``*text*`` for emphasis, ``**text**`` for strong."""
        mark = {"em": "*", "i": "*", "strong": "**", "b": "**"}.get(tag, "")
        return f"{mark}{text}{mark}" if text else ""

    def format_href(self, url: str, text: str, external: bool = False) -> str:
        """``[text](url)`` with the URL percent-encoded where Markdown would misread it."""
        if not safe_url(url):
            return text
        return f"[{text}]({quote(url, safe=':/?#@!$&*+,;=%-._~')})"


def backend_for(fmt: str) -> Any:
    """The backend for ``text``, ``html`` or ``markdown``."""
    if fmt == "html":
        return HtmlBackend()
    if fmt == "markdown":
        return MarkdownBackend()
    if fmt == "text":
        from pybtex.backends.plaintext import Backend

        return Backend()
    raise ValueError(f"unknown citation format {fmt!r} (choose from {', '.join(FORMATS)})")


def render(text: Any, fmt: str) -> str:
    """Rich text rendered in ``fmt``, on one line."""
    return " ".join(str(text.render(backend_for(fmt))).split())
