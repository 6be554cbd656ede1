"""Web and news articles copied as page text (select all, copy, paste into a .txt file).

Gives one record of type ``online`` (``newspaper`` for a newspaper's article) with the article
body alone in ``fulltext``, plus one record per entry of the article's own source list ("参考资料:"),
linked with ``Link(LinkKind.CITES, …)``. A page without a title line gets its first sentence as
title, marked ``extra["title_derived"] = "true"``. ``urldate`` is the access date: the day of the
import unless the caller gives one.
"""

from __future__ import annotations

from datetime import UTC, datetime

from biblio.errors import InputError
from biblio.importers.base import ImportResult
from biblio.importers.web.article import Article, build
from biblio.importers.web.entities import clean_text, decode_entities
from biblio.importers.web.outlets import outlet_for_url, outlet_in_text
from biblio.importers.web.sniffing import html_start, sniff_web_text
from biblio.importers.web.textpage import read_text_page


def today() -> str:
    """Today's date (UTC) in EDTF form, the default access date."""
    return datetime.now(UTC).date().isoformat()


class WebTextImporter:
    """The ``web-text`` format: a page-text copy of one article."""

    name = "web-text"
    version = "2"
    suffixes = (".txt",)

    def __init__(self, accessed: str = "") -> None:
        """``accessed`` fixes the access date (tests); empty means today."""
        self.accessed = accessed

    def sniff(self, text: str) -> float:
        """Prose plus page chrome scores up to 0.75; CNKI labels, references and structured formats stay low.

        An HTML document scores 0, even behind a crawler's wrapper line: it is ``web-html``'s.
        """
        return sniff_web_text(text)

    def parse(self, text: str) -> ImportResult:
        """The article and its cited sources."""
        return self.parse_page(text)

    def parse_page(self, text: str, url: str = "", accessed: str = "") -> ImportResult:
        """Like :meth:`parse`, with the page's URL and access date when the caller knows them."""
        if html_start(text) >= 0:  # HTML given as text (--format web-text): read as the page it is
            from biblio.importers.web.html_importer import parse_html

            return parse_html(text, url=url, accessed=accessed or self.accessed)
        page = read_text_page(text)
        if not page.paragraphs and not page.title:
            raise InputError("web-text: no article text found")
        url = url or page.url
        outlet = outlet_in_text(text) or (outlet_for_url(url) if url else None)
        article = Article(
            paragraphs=[decode_entities(p) for p in page.paragraphs],
            title=clean_text(page.title),
            authors=page.authors,
            account=page.account,
            outlet=outlet,
            outlet_name=page.outlet_name,
            date=page.date,
            url=url,
            accessed=accessed or self.accessed or today(),
            extra=page.extra,
        )
        return build(article, self.name, self.version)
