"""Web and news articles saved as HTML (or fetched: the fetcher calls :func:`parse_html`).

Metadata from ``<meta>`` (og:title, og:site_name, article:published_time, pubdate, author,
description), JSON-LD (NewsArticle/Article) and ``<title>``, then what the page shows around the
headline (:mod:`biblio.importers.web.byline`: 发布时间, 来源, the date line under the title), then
trafilatura's metadata (htmldate). The body: an outlet rule's, biblio's own extractor's or
trafilatura's, chosen per page (:mod:`biblio.importers.web.choose`; docs/web-extraction.md has the
measurements). An empty or suspiciously short body, and bytes that could not be decoded, are
warnings on the result. The records are those of ``web-text``: the article (``online`` or
``newspaper``) with its body in ``fulltext`` and its own source list as cited records.

``Record.extra["body_extractor"]`` names the extractor whose body was kept.
"""

from __future__ import annotations

import re

from biblio.errors import InputError
from biblio.importers.base import ImportResult, Problem
from biblio.importers.web.article import Article, build
from biblio.importers.web.body_rules import rule_containers
from biblio.importers.web.byline import Byline, clean_author, read_byline
from biblio.importers.web.charset import decode_html_text, repair_latin1
from biblio.importers.web.choose import BodyChoice, choose_body, plausible, word_count
from biblio.importers.web.entities import clean_text
from biblio.importers.web.extract import container_paragraphs, extract_paragraphs
from biblio.importers.web.htmldom import Node, parse_html_tree
from biblio.importers.web.htmlmeta import PageMeta, clean_page_title, read_meta
from biblio.importers.web.outlets import find_outlet, outlet_for_url, outlet_in_text
from biblio.importers.web.sniffing import html_start, sniff_web_html
from biblio.importers.web.text_importer import today
from biblio.importers.web.textpage import split_byline
from biblio.importers.web.trafilatura_view import TrafilaturaPage, read_with_trafilatura

NAME = "web-html"
VERSION = "2"
_TRAFILATURA_AUTHORS = re.compile(r"\s*;\s*")
MAX_TRAFILATURA_ELEMENTS = 10_000


class WebHtmlImporter:
    """The ``web-html`` format: one article page as HTML."""

    name = NAME
    version = VERSION
    suffixes = (".html", ".htm", ".xhtml")

    def __init__(self, accessed: str = "") -> None:
        """``accessed`` fixes the access date (tests); empty means today."""
        self.accessed = accessed

    def sniff(self, text: str) -> float:
        """0.8 for an HTML document that has a body with paragraphs, 0.5 for other HTML, else 0.

        A document behind a few non-HTML lines (a crawler's wrapper line) counts (see :func:`html_start`).
        """
        return sniff_web_html(text)

    def parse(self, text: str) -> ImportResult:
        """The article and its cited sources."""
        return parse_html(text, accessed=self.accessed)


class _Trafilatura:
    """trafilatura's reading of the page, computed at most once and only when something needs it.

    Pages of more than :data:`MAX_TRAFILATURA_ELEMENTS` elements are left to biblio's own extractor:
    trafilatura's time grows fast on degenerate markup (50,000 bare ``<p>`` take it 7 s), while real
    article pages hold far fewer (at most about 1,600 in web-en).
    """

    def __init__(self, html: str, url: str, elements: int) -> None:
        self.html, self.url, self.elements = html, url, elements
        self._page: TrafilaturaPage | None = None
        self.ran = False

    def page(self) -> TrafilaturaPage:
        if not self.ran and self.elements <= MAX_TRAFILATURA_ELEMENTS:
            self._page = read_with_trafilatura(self.html, self.url)
        self.ran = True
        return self._page or TrafilaturaPage()

    def paragraphs(self) -> list[str] | None:
        """Its body paragraphs; None when trafilatura is not available or failed."""
        page = self.page()
        return page.paragraphs if self._page is not None else None


def parse_html(html: str | bytes, url: str = "", headers_charset: str = "", accessed: str = "") -> ImportResult:
    """Records from an article page; ``url`` is where it was fetched, ``headers_charset`` the HTTP charset.

    ``html`` may be bytes (decoded by header charset, ``<meta charset>``, then detection; a few bad
    bytes are replaced, with a warning) or text (repaired if a fetcher decoded it as ISO-8859-1
    against the page's declaration).
    """
    problems: list[Problem] = []
    if isinstance(html, bytes):
        decoded = decode_html_text(html, headers_charset)
        text = decoded.text
        if decoded.replaced:
            problems.append(Problem(decoded.warning(NAME), severity="warning"))
    else:
        text = repair_latin1(html, headers_charset)
    text = text[max(0, html_start(text)) :]  # a crawler's wrapper line before <html> is not page text
    root = parse_html_tree(text)
    meta = read_meta(root)
    byline = read_byline(root)
    page_url = url or meta.url
    trafilatura = _Trafilatura(text, page_url, elements=sum(1 for _ in root.iter()))
    body = _body(root, trafilatura)
    if not body.paragraphs and not (meta.title or byline.headline or meta.page_title):
        raise InputError("web-html: no article text found in the page")
    problems.extend(_body_warnings(body))
    article = _article(meta, byline, trafilatura, body, url=page_url, html=text, accessed=accessed or today())
    result = build(article, NAME, VERSION)
    result.problems[:0] = problems
    return result


def _body(root: Node, trafilatura: _Trafilatura) -> BodyChoice:
    """The body paragraphs and the extractor they come from (rule, biblio or trafilatura; see choose.py)."""
    matched = rule_containers(root, trafilatura.url)
    rule = (matched[0], container_paragraphs(matched[1])) if matched else None
    if rule is not None and plausible(rule[1]):
        return choose_body([], None, rule)
    own = extract_paragraphs(root)
    return choose_body(own, trafilatura.paragraphs(), rule)


def without_headline(paragraphs: list[str], title: str) -> list[str]:
    """The body without the headline repeated as its first paragraph (Blogger's post title, trafilatura's h1)."""
    wanted = _comparable(title)
    for index, paragraph in enumerate(paragraphs[:2]):
        if wanted and _comparable(paragraph) == wanted:
            return paragraphs[:index] + paragraphs[index + 1 :]
    return paragraphs


def _comparable(text: str) -> str:
    return "".join(clean_text(text).casefold().split())


def _body_warnings(body: BodyChoice) -> list[Problem]:
    words = word_count(body.paragraphs)
    if not body.paragraphs:
        message = (
            f"{NAME}: no article text found in the page (it may load its text by script); "
            "only the title and other metadata were imported"
        )
    elif not plausible(body.paragraphs):
        message = f"{NAME}: the article text is suspiciously short ({words} words); check it against the page"
    else:
        return []
    return [Problem(message, severity="warning")]


def _article(
    meta: PageMeta, byline: Byline, trafilatura: _Trafilatura, body: BodyChoice, *, url: str, html: str, accessed: str
) -> Article:
    platform = outlet_for_url(url) if url else None
    if platform is None or not platform.publisher:
        platform = outlet_in_text(html) or platform
    source = byline.source
    title = meta.title or byline.headline or clean_page_title(meta.page_title, meta.site_name)
    date = meta.date or byline.date
    authors = meta.authors or split_byline(byline.author)
    if not (title and date) or trafilatura.ran:  # trafilatura's metadata (htmldate for the date) fills gaps
        found = trafilatura.page()
        title = title or found.title
        date = date or found.date
        authors = authors or [a for a in map(clean_author, _TRAFILATURA_AUTHORS.split(found.author)) if a]
    return Article(
        paragraphs=without_headline(body.paragraphs, title),
        title=clean_text(title),
        authors=[clean_text(a) for a in authors],
        outlet=platform,
        outlet_name=meta.site_name or source,
        date=date,
        url=url,
        accessed=accessed,
        description=meta.description,
        language=meta.language,
        account=source if platform is not None and platform.publisher and not find_outlet(source) else "",
        extra={"body_extractor": body.extractor},
    )
