"""Article metadata from an HTML page: ``<meta>`` (Open Graph, article:*, author, description),
JSON-LD (``NewsArticle``/``Article``: headline, datePublished, author, publisher), ``<title>``,
the canonical link and ``<html lang>``. Every value has its character references decoded
(:func:`biblio.importers.web.entities.clean_text`), double-escaped ones too.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any

from biblio.importers.web.dates import find_dates
from biblio.importers.web.entities import clean_text
from biblio.importers.web.htmldom import Node

_ARTICLE_TYPES = {"NewsArticle", "Article", "ReportageNewsArticle", "BlogPosting", "AnalysisNewsArticle", "WebPage"}
_DATE_KEYS = (
    "article:published_time", "og:article:published_time", "article:published", "datepublished", "pubdate",
    "publishdate", "publish-date", "publish_date", "publishtime", "publish_time", "pubtime", "firstpublishedtime",
    "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "citation_publication_date", "citation_date",
    "sailthru.date", "parsely-pub-date", "og:release_date", "releasedate", "date",
)  # fmt: skip  # keys lower-cased: TRS's PubDate, gov.cn's firstpublishedtime
# "_" separates a site name only beside a non-Latin character or a space ("标题_网易订阅"), never inside a
# Latin token ("snake_case", "x_y"), where it is part of the title
_TITLE_SEPARATORS = re.compile(r"\s*(?:\s[|\-–—]\s|[|｜]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9]))\s*")
MAX_SITE_SUFFIX = 24
_SOURCE_LABEL = re.compile(r"^\s*(?:来源|來源|Source)\s*[:：]\s*", re.I)


@dataclass(slots=True)
class PageMeta:
    """What the page declares about itself; empty where it declares nothing."""

    title: str = ""
    page_title: str = ""
    site_name: str = ""
    authors: list[str] = field(default_factory=list)
    date: str = ""
    url: str = ""
    description: str = ""
    language: str = ""
    article_type: str = ""


def read_meta(root: Node) -> PageMeta:
    """Collect the metadata, JSON-LD winning over ``<meta>`` for the same fact."""
    tags = _meta_tags(root)
    meta = PageMeta(
        title=tags.get("og:title", "") or tags.get("twitter:title", ""),
        site_name=_SOURCE_LABEL.sub(
            "", tags.get("og:site_name", "") or tags.get("source", "") or tags.get("application-name", "")
        ),
        date=_first_date(tags.get(k, "") for k in _DATE_KEYS),
        url=tags.get("og:url", "") or _canonical(root),
        description=tags.get("og:description", "") or tags.get("description", ""),
        language=_language(root, tags),
    )
    meta.authors = [a for a in (tags.get("author", ""), tags.get("article:author", "")) if _is_name(a)][:1]
    meta.page_title = _page_title(root)
    for item in _json_ld(root):
        _apply_json_ld(meta, item)
    return meta


def clean_page_title(title: str, site_name: str = "") -> str:
    """``<title>`` without the site's suffix ("标题_网易订阅", "Headline | Reuters")."""
    parts = _TITLE_SEPARATORS.split(title.strip())
    while len(parts) > 1 and (len(parts[-1]) <= MAX_SITE_SUFFIX or parts[-1] == site_name):
        parts.pop()
    return (" - ".join(parts) if len(parts) > 1 else parts[0]).strip()


def _meta_tags(root: Node) -> dict[str, str]:
    tags: dict[str, str] = {}
    for node in root.iter("meta"):
        key = (node.get("property") or node.get("name") or node.get("itemprop")).strip().lower()
        value = clean_text(node.get("content"))
        if key and value and key not in tags:
            tags[key] = value
    return tags


def _canonical(root: Node) -> str:
    for node in root.iter("link"):
        if "canonical" in node.get("rel").lower().split():
            return node.get("href")
    return ""


def _language(root: Node, tags: dict[str, str]) -> str:
    html = next(root.iter("html"), None)
    raw = (html.get("lang") if html else "") or tags.get("og:locale", "") or tags.get("content-language", "")
    return re.split(r"[-_]", raw.strip().lower())[0] if raw.strip() else ""


def _page_title(root: Node) -> str:
    node = next(root.iter("title"), None)
    return clean_text(node.text()) if node else ""


def _first_date(values: Any) -> str:
    for value in values:
        found = find_dates(value) if value else []
        if found and found[0].date.year is not None:
            return found[0].date.edtf()
    return ""


def _is_name(value: str) -> bool:
    return bool(value.strip()) and not value.startswith(("http://", "https://", "@"))


def _json_ld(root: Node) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for node in root.iter("script"):
        if "ld+json" not in node.get("type").lower():
            continue
        try:
            data = json.loads(node.raw_text())
        except (ValueError, RecursionError):
            continue
        items.extend(_flatten(data))
    found = [i for i in items if _types(i) & _ARTICLE_TYPES]
    return sorted(found, key=lambda i: "WebPage" in _types(i))  # article objects first


def _flatten(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [i for d in data for i in _flatten(d)]
    if isinstance(data, dict):
        graph = data.get("@graph")
        return [data, *_flatten(graph)] if isinstance(graph, list) else [data]
    return []


def _types(item: dict[str, Any]) -> set[str]:
    raw = item.get("@type", "")
    return {str(t) for t in raw} if isinstance(raw, list) else {str(raw)}


def _apply_json_ld(meta: PageMeta, item: dict[str, Any]) -> None:
    if meta.article_type and "WebPage" in _types(item):
        return  # an article object was seen; a WebPage adds nothing
    meta.article_type = meta.article_type or next(iter(_types(item) & _ARTICLE_TYPES))
    meta.title = _string(item.get("headline")) or meta.title
    meta.date = _first_date([_string(item.get("datePublished")), _string(item.get("dateCreated"))]) or meta.date
    authors = [_string(a.get("name")) if isinstance(a, dict) else _string(a) for a in _as_list(item.get("author"))]
    meta.authors = [a for a in authors if _is_name(a)] or meta.authors
    publisher = item.get("publisher")
    name = _string(publisher.get("name")) if isinstance(publisher, dict) else _string(publisher)
    meta.site_name = name or meta.site_name
    meta.description = meta.description or _string(item.get("description"))
    meta.url = meta.url or _string(item.get("url")) or _string(item.get("mainEntityOfPage"))
    meta.language = meta.language or _string(item.get("inLanguage")).split("-")[0].lower()


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value] if value else []


def _string(value: Any) -> str:
    return clean_text(value) if isinstance(value, str) else ""
