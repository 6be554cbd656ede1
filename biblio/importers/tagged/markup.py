"""HTML inside tagged values: the inline tags and entities that vendors write into titles, abstracts and notes.

PubMed, Crossref-fed publishers (ScienceDirect, Wiley, Taylor & Francis) and Zotero's own RIS export write
``<i>Homo sapiens</i>``, ``H<sub>2</sub>O``, ``&amp;`` and HTML notes (``<p>…<br>…</p>``). biblio's text fields
are plain text (the LaTeX export escapes them): the tags go, a paragraph or line break becomes a new line in
an abstract or note, and each entity becomes its character. Only entities that end in ``;`` are read: a URL's
``&param=1`` or ``&copy=2`` is no entity (``html.unescape`` made them ``¶m=1`` and ``©=2``).
"""

from __future__ import annotations

import html
import re

# the inline and block tags of rich text; never a tag-like CNKI marker (<正>) or a bracketed number (<2003>)
_TAG = re.compile(
    r"</?(?:i|b|em|strong|u|sub|sup|sc|span|font|a|p|br|div|li|ul|ol|h[1-6]|blockquote)\b(?:\s[^<>]{0,300})?/?>",
    re.IGNORECASE,
)
_BREAK = re.compile(r"<br\s*/?>|</(?:p|div|li|h[1-6]|blockquote)\s*>", re.IGNORECASE)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# text fields that may carry rich text; the paragraphs of the last two are kept
_TEXT = ("title", "title_tr", "subtitle", "container", "container_tr", "series")
_PARAGRAPHS = ("abstract", "note")


def entities(text: str) -> str:
    """``text`` with each ``&name;`` / ``&#n;`` entity as its character (nothing else touched)."""
    return _ENTITY.sub(lambda m: html.unescape(m.group(0)), text) if "&" in text else text


def plain(text: str, *, paragraphs: bool = False) -> str:
    """``text`` without its HTML tags and entities; breaks become new lines when ``paragraphs``, else spaces."""
    if "<" in text:
        text = _BREAK.sub("\n" if paragraphs else " ", text)
        text = _TAG.sub("", text)
    return entities(text)


def plain_fields(fields: dict[str, list[str]]) -> None:
    """The rich-text fields of a tagged entry as plain text, in place."""
    for name in _TEXT + _PARAGRAPHS:
        values = fields.get(name)
        if values and any("<" in v or "&" in v for v in values):  # most values have neither: left as they are
            fields[name] = [plain(v, paragraphs=name in _PARAGRAPHS) for v in values]
