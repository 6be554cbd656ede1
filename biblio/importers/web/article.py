"""What both web importers found on a page -> the article record plus its cited records.

Keys this layer may put in ``Record.extra``:

- ``title_derived = "true"``: the page had no title line; the title is the body's first sentence
  (cut at 。！？, shortened at a comma or after 16 words when long).
- ``date_year_inferred = "true"``: the page gave the date without a year ("12月16日"); the year is
  that of the latest full date elsewhere on the page.
- ``account_description``: a platform account's self-description from its author box.

A print-edition line ("《 人民日报 》（ 2025年12月17日 03 版）") makes the record a newspaper article
with that paper as container, ``pages`` and the print date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.importers.base import ImportResult
from biblio.importers.web.dates import find_dates
from biblio.importers.web.outlets import Outlet, find_outlet, outlet_for_url, print_edition
from biblio.importers.web.sources import cited_record, split_sources
from biblio.model import EntryType, LangText, Link, LinkKind, Name, Provenance, Record
from biblio.model.script import detect_script, guess_language

_SENTENCE = re.compile(r"^(.+?[。！？!?])|^(.+?[.!?])(?=\s|$)")
_CJK_TITLE_MAX = 50
_BYLINE_PREFIX = re.compile(r"^(?:本报(?:特约)?记者|新华社记者|记者|通讯员|特约撰稿人|By)\s*", re.I)
_LATIN_TITLE_WORDS = 16


@dataclass(slots=True)
class Article:
    """The parts of a page; empty strings where the page does not say."""

    paragraphs: list[str]
    title: str = ""
    authors: list[str] = field(default_factory=list)
    outlet: Outlet | None = None
    outlet_name: str = ""
    date: str = ""
    url: str = ""
    accessed: str = ""
    description: str = ""
    language: str = ""
    account: str = ""
    pages: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def build(article: Article, importer: str, version: str) -> ImportResult:
    """The article record (first) and the records of its own source list, linked by CITES."""
    body, source_lines = split_sources(article.paragraphs)
    body = _take_edition(article, body)
    record = _record(article, body, importer, version)
    result = ImportResult(records=[record])
    for number, line in enumerate(source_lines, 1):
        cited = cited_record(line, number, importer, version)
        if cited is not None:
            record.links.append(Link(LinkKind.CITES, cited.uid))
            result.records.append(cited)
    return result


def _record(article: Article, body: list[str], importer: str, version: str) -> Record:
    fulltext = "\n\n".join(body)
    outlet = _outlet(article)
    record = Record(type=outlet.kind if outlet else EntryType.ONLINE, fulltext=fulltext)
    record.language = article.language or guess_language(fulltext[:3000] or article.title)
    title = article.title.strip()
    if not title:
        title = derive_title(body)
        if title:
            record.extra["title_derived"] = "true"
    if title:
        record.title = (LangText(title, guess_language(title) or record.language),)
    record.authors = _authors(article, outlet)
    record.pages = article.pages
    if outlet:
        record.container = (LangText(outlet.name, guess_language(outlet.name) or outlet.language),)
        if outlet.english and outlet.english != outlet.name:
            record.container += (LangText(outlet.english, "en"),)
        record.publisher = outlet.publisher
    record.date, record.url, record.urldate = article.date, article.url, article.accessed
    if article.description:
        record.abstract = (LangText(article.description, guess_language(article.description)),)
    record.extra.update(article.extra)
    record.provenance = Provenance(importer=importer, importer_version=version, locator="article")
    return record


def _outlet(article: Article) -> Outlet | None:
    named = find_outlet(article.outlet_name) if article.outlet_name else None
    if article.outlet is not None and (named is None or article.outlet.publisher == named.name):
        return article.outlet  # a platform (网易号) beats its company's site name (网易)
    if named is not None:
        return named
    by_url = outlet_for_url(article.url) if article.url else None
    if by_url is not None:
        return by_url
    if article.outlet_name.strip() and not (article.outlet and article.outlet.publisher):
        name = article.outlet_name.strip()
        return Outlet((name,), EntryType.ONLINE, guess_language(name))
    return None


def _authors(article: Article, outlet: Outlet | None) -> list[Name]:
    """Bylines as persons (or bodies); else a platform account (网易号: the account, or "来源:" on a platform)."""
    outlet_names = {n.casefold() for n in outlet.names} if outlet else set()
    bylines = [_BYLINE_PREFIX.sub("", a).strip() for a in article.authors]
    names = [person_name(a) for a in bylines if a and a.casefold() not in outlet_names]
    if names:
        return names
    account = article.account.strip()
    source = article.outlet_name.strip()
    if not account and source and outlet is not None and outlet.publisher and find_outlet(source) is None:
        account = source
    return [Name(literal=account, script=detect_script(account), written=account)] if account else []


def person_name(text: str) -> Name:
    """A byline name, parsed by the names layer (family/given; corporate bodies stay literal)."""
    from biblio.names.parse import parse_name  # lazy: only needed when a page has a byline

    return parse_name(text)


def _take_edition(article: Article, body: list[str]) -> list[str]:
    """Drop a print-edition line from the body; it makes the record a newspaper article with page and date."""
    for index, line in enumerate(body):
        edition = print_edition(line)
        if edition is None:
            continue
        paper = find_outlet(edition.paper)
        article.outlet = paper or Outlet((edition.paper,), EntryType.NEWSPAPER, guess_language(edition.paper))
        article.outlet_name = ""
        article.pages = edition.page
        found = find_dates(edition.date_text)
        printed = found[0].date.edtf() if found else ""
        if printed and not article.date.startswith(printed):
            article.date = printed
        return body[:index] + body[index + 1 :]
    return body


def derive_title(paragraphs: list[str]) -> str:
    """The first sentence of the body, shortened at a comma or word boundary if long; "" if no body."""
    first = next((p.strip() for p in paragraphs if p.strip()), "")
    if not first:
        return ""
    match = _SENTENCE.match(first)
    sentence = (match.group(1) or match.group(2)) if match else first
    if detect_script(sentence) == "Hani":
        return _shorten_cjk(sentence.rstrip("。"))
    return _shorten_words(sentence.rstrip("."))


def _shorten_cjk(sentence: str) -> str:
    if len(sentence) <= _CJK_TITLE_MAX:
        return sentence
    cut = max(sentence.rfind(c, 0, _CJK_TITLE_MAX) for c in ",，;；、:：")
    return sentence[:cut] if cut >= _CJK_TITLE_MAX // 3 else sentence[:_CJK_TITLE_MAX] + "…"


def _shorten_words(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= _LATIN_TITLE_WORDS:
        return sentence
    return " ".join(words[:_LATIN_TITLE_WORDS]).rstrip(",;:") + "…"
