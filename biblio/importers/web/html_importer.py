"""Web and news articles saved as HTML (or fetched: the fetcher calls :func:`parse_html`).

Metadata from ``<meta>`` (og:title, og:site_name, article:published_time, author, description),
JSON-LD (NewsArticle/Article) and ``<title>``; the body by biblio's own main-text extractor
(``biblio.importers.web.extract``; see docs/web-extraction.md for how it compares with trafilatura).
The records are those of ``web-text``: the article (``online`` or ``newspaper``) with its body in
``fulltext`` and its own source list as cited records.
"""

from __future__ import annotations

import re

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.web.article import Article, build
from biblio.importers.web.charset import decode_html, repair_latin1
from biblio.importers.web.dates import find_dates
from biblio.importers.web.extract import extract_paragraphs
from biblio.importers.web.htmldom import Node, parse_html_tree
from biblio.importers.web.htmlmeta import PageMeta, clean_page_title, read_meta
from biblio.importers.web.outlets import find_outlet, outlet_for_url, outlet_in_text
from biblio.importers.web.text_importer import today
from biblio.importers.web.textpage import split_byline

NAME = "web-html"
VERSION = "1"
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!DOCTYPE\s+html|<html[\s>]|<head[\s>])", re.I | re.S)
_SOURCE = re.compile(r"(?:来源|Source|Источник)\s*[:：]\s*([^\s|,，]{1,30})", re.I)
_OTHER_ARTICLES = re.compile(r"related|recommend|hot|rank|list|comment|side|footer|more|popular")
_INFO_WORDS = ("date", "time", "info", "meta", "pubtime", "publish", "byline", "source", "author")


class WebHtmlImporter:
    """The ``web-html`` format: one article page as HTML."""

    name = NAME
    version = VERSION
    suffixes = (".html", ".htm", ".xhtml")

    def __init__(self, accessed: str = "") -> None:
        """``accessed`` fixes the access date (tests); empty means today."""
        self.accessed = accessed

    def sniff(self, text: str) -> float:
        """0.8 for an HTML document that has a body with paragraphs, 0.5 for other HTML, else 0."""
        head = text[:4096]
        if not _HTML_START.match(head):
            return 0.0
        return 0.8 if re.search(r"<p[\s>]|<article[\s>]", text[:200000], re.I) else 0.5

    def parse(self, text: str) -> ImportResult:
        """The article and its cited sources."""
        return parse_html(text, accessed=self.accessed)


def parse_html(html: str | bytes, url: str = "", headers_charset: str = "", accessed: str = "") -> ImportResult:
    """Records from an article page; ``url`` is where it was fetched, ``headers_charset`` the HTTP charset.

    ``html`` may be bytes (decoded by header charset, ``<meta charset>``, then detection) or text
    (repaired if a fetcher decoded it as ISO-8859-1 against the page's declaration).
    """
    text = decode_html(html, headers_charset) if isinstance(html, bytes) else repair_latin1(html, headers_charset)
    root = parse_html_tree(text)
    meta = read_meta(root)
    byline = _byline(root)
    paragraphs = extract_paragraphs(root)
    if not paragraphs and not meta.title:
        raise InputError("web-html: no article text found in the page")
    return build(
        _article(meta, byline, paragraphs, url=url or meta.url, html=text, accessed=accessed or today()), NAME, VERSION
    )


def _article(
    meta: PageMeta, byline: dict[str, str], paragraphs: list[str], *, url: str, html: str, accessed: str
) -> Article:
    platform = outlet_for_url(url) if url else None
    if platform is None or not platform.publisher:
        platform = outlet_in_text(html) or platform
    source = byline.get("source", "")
    return Article(
        paragraphs=paragraphs,
        title=meta.title or byline.get("h1", "") or clean_page_title(meta.page_title, meta.site_name),
        authors=meta.authors or split_byline(byline.get("author", "")),
        outlet=platform,
        outlet_name=meta.site_name or source,
        date=meta.date or byline.get("date", ""),
        url=url,
        accessed=accessed,
        description=meta.description,
        language=meta.language,
        account=source if platform is not None and platform.publisher and not find_outlet(source) else "",
    )


def _byline(root: Node) -> dict[str, str]:
    """Facts shown on the page around the headline: h1, date, "来源:", author (before pruning)."""
    found: dict[str, str] = {}
    h1 = next(root.iter("h1"), None)
    if h1 is not None and h1.text():
        found["h1"] = h1.text()
    for node in root.iter():
        if node.tag == "time" or (("class" in node.attrs or "id" in node.attrs) and _is_info(node)):
            _read_info(node, found)
        if "date" in found and "source" in found:
            break
    return found


def _read_info(node: Node, found: dict[str, str]) -> None:
    text = node.get("datetime") or node.text()
    if len(text) > 200 or is_furniture_list(node):
        return
    dates = [d for d in find_dates(text) if d.date.year is not None]
    if dates and "date" not in found:
        found["date"] = dates[0].date.edtf()
    source = _SOURCE.search(node.text())
    if source and "source" not in found:
        found["source"] = source.group(1)
    if "author" in node.get("class").lower() and "author" not in found and 0 < len(node.text()) <= 60:
        found["author"] = re.sub(r"^(?:By|作者[:：]|Автор[:：]?)\s*", "", node.text(), flags=re.I).strip()


def is_furniture_list(node: Node) -> bool:
    """True inside a list of other articles (related, ranking, comments), whose dates are not this one's."""
    parent: Node | None = node
    while parent is not None:
        if parent.tag in ("li", "aside", "nav", "footer") or _OTHER_ARTICLES.search(_words(parent)):
            return True
        parent = parent.parent
    return False


def _is_info(node: Node) -> bool:
    words = _words(node)
    return any(w in words for w in _INFO_WORDS)


def _words(node: Node) -> str:
    return f"{node.get('class')} {node.get('id')}".lower()
