"""Crossref works and doi.org CSL-JSON -> clean CSL items that :mod:`biblio.importers.csl.importer` can read.

Both services answer with CSL-like JSON plus much bookkeeping (``reference``, ``license``, ``indexed``,
``score`` ...). Only bibliographic variables are kept; Crossref's list values (``title: [..]``,
``ISSN: [..]``) become single strings, Crossref work types become CSL types, and JATS markup is taken
out of abstracts.
"""

from __future__ import annotations

import re
from html import unescape
from typing import Any

CROSSREF_TYPES = {
    "journal-article": "article-journal",
    "book-chapter": "chapter",
    "book-section": "chapter",
    "book-part": "chapter",
    "proceedings-article": "paper-conference",
    "posted-content": "article",
    "dissertation": "thesis",
    "report": "report",
    "report-component": "report",
    "book": "book",
    "monograph": "book",
    "edited-book": "book",
    "reference-book": "book",
    "book-set": "book",
    "book-series": "book",
    "reference-entry": "entry-encyclopedia",
    "dataset": "dataset",
    "standard": "standard",
    "peer-review": "review",
    "journal-issue": "periodical",
    "journal": "periodical",
    "proceedings": "book",
    "component": "article",
    "other": "document",
}
TEXT_VARIABLES = (
    "title",
    "container-title",
    "collection-title",
    "publisher",
    "publisher-place",
    "volume",
    "issue",
    "number",
    "page",
    "number-of-pages",
    "edition",
    "DOI",
    "URL",
    "ISBN",
    "ISSN",
    "language",
    "genre",
    "abstract",
)
NAME_VARIABLES = ("author", "editor", "translator")
DATE_VARIABLES = ("issued", "published-print", "published-online", "published")
NAME_KEYS = ("family", "given", "literal", "non-dropping-particle", "dropping-particle", "suffix")
_TAG = re.compile(r"<[^>]+>")


def _first_text(value: Any) -> str:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str | int) and str(v).strip()), "")
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return " ".join(value.split()) if isinstance(value, str) else ""


def _names(value: Any) -> list[dict[str, str]]:
    if not isinstance(value, list):
        return []
    names = []
    for item in value:
        if not isinstance(item, dict):
            continue
        name = {k: " ".join(str(item[k]).split()) for k in NAME_KEYS if isinstance(item.get(k), str) and item[k]}
        if "literal" not in name and isinstance(item.get("name"), str):
            name["literal"] = item["name"]  # Crossref's corporate authors
        if name:
            names.append(name)
    return names


def _date(data: dict[str, Any]) -> dict[str, Any] | None:
    """The first usable date (issued, else print, online ...): ``{"date-parts": [[y, m, d]]}``."""
    for variable in DATE_VARIABLES:
        value = data.get(variable)
        if not isinstance(value, dict):
            continue
        parts = value.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list):
            first = [int(p) for p in parts[0] if isinstance(p, int | str) and str(p).isdigit()]
            if first:
                return {"date-parts": [first[:3]]}
    return None


def plain_abstract(text: str) -> str:
    """An abstract without JATS/HTML tags and without a leading "Abstract" heading."""
    flat = " ".join(unescape(_TAG.sub(" ", text)).split())
    return re.sub(r"^(?:Abstract|ABSTRACT|摘要|Аннотация)(?:[.:：]\s*|\s+)", "", flat)


def _is_resolver_link(url: str, doi: str) -> bool:
    bare = re.sub(r"^https?://(?:dx\.)?doi\.org/", "", url, flags=re.I)
    return bool(doi) and bare != url and bare.lower() == doi.lower()


def clean_csl(data: dict[str, Any]) -> dict[str, Any]:
    """A CSL item with the bibliographic variables of a Crossref work or a doi.org CSL answer."""
    raw_type = _first_text(data.get("type"))
    item: dict[str, Any] = {"type": CROSSREF_TYPES.get(raw_type, raw_type or "document")}
    for variable in TEXT_VARIABLES:
        text = _first_text(data.get(variable))
        if text:
            item[variable] = plain_abstract(text) if variable == "abstract" else text
    for variable in NAME_VARIABLES:
        names = _names(data.get(variable))
        if names:
            item[variable] = names
    issued = _date(data)
    if issued:
        item["issued"] = issued
    if _is_resolver_link(item.get("URL", ""), item.get("DOI", "")):
        del item["URL"]  # Crossref's URL is just the DOI again; the DOI field says it better
    if "subtitle" in data and _first_text(data["subtitle"]) and "title" in item:
        item["title"] = f"{item['title']}: {_first_text(data['subtitle'])}"
    return item
