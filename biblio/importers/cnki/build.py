"""A :class:`CnkiPage` -> the article (or thesis, conference paper) record plus its cited works."""

from __future__ import annotations

import re

from biblio.errors import InputError
from biblio.importers.base import ImportResult, Problem
from biblio.importers.cnki.authors import attach_romanized
from biblio.importers.cnki.keywords_en import split_english_keywords
from biblio.importers.cnki.page import CnkiPage, SourceInfo, parse_source, split_people, split_script
from biblio.importers.fieldmap import (
    database_type,
    degree_in,
    is_degree,
    lang_text,
    simplified,
    split_list,
    thesis_genre,
)
from biblio.importers.funding import parse_funding
from biblio.model import EntryType, LangText, Link, LinkKind, Name, Provenance, Record
from biblio.model.script import guess_language, has_cjk
from biblio.names.lists import make_name

_IDENTIFIERS = {
    "filename": "cnki:filename",
    "dbcode": "cnki:dbcode",
    "album": "cnki:album",
    "topic": "cnki:topic",
    "clc": "clc",
    "downloads": "cnki:downloads",
    "online": "cnki:online",
    "cn": "cn",
    "cited": "cnki:cited",
}
_EXTRA = {
    "advisor": "advisor",
    "eventtitle": "eventtitle",
    "venue": "venue",
    "eventdate": "eventdate",
    "organizer": "organization",
    "discipline": "discipline",
}


def build(page: CnkiPage, importer: str, version: str) -> ImportResult:
    """The records of one page: the main record first, then cited and citing works.

    Raises InputError when the page has no title, author, abstract or labelled field at all.
    """
    if not (page.titles or page.authors or page.abstracts or page.fields or page.keywords):
        raise InputError("no CNKI record found: no title, author, abstract or labelled field")
    result = ImportResult()
    record = Record(type=_entry_type(page))
    record.provenance = Provenance(importer=importer, importer_version=version, locator=f"line {page.line}")
    source = parse_source(page.fields.get("source", ""))
    _fill_source(record, page, source)
    _fill_titles(record, page)
    record.authors = _authors(page, record.language)
    _fill_texts(record, page)
    _fill_fields(record, page)
    if not record.title:
        result.problems.append(Problem("CNKI page without a title", page.line, severity="warning"))
    result.records.append(record)
    _add_references(result, record, page, importer, version)
    return result


def _entry_type(page: CnkiPage) -> EntryType:
    fields = page.fields
    db_type = database_type(fields.get("dbtype", ""))
    if db_type is not None:
        return db_type
    if any(k in fields for k in ("institution", "advisor", "degree", "thesisinfo")):
        return EntryType.THESIS
    if re.search(r"(博士|硕士)(学位)?论文", simplified(fields.get("source", ""))):
        return EntryType.THESIS
    if "eventtitle" in fields or "proceedings" in fields:
        return EntryType.INPROCEEDINGS
    if "newspaper" in fields:
        return EntryType.NEWSPAPER
    return EntryType.ARTICLE


def _fill_source(record: Record, page: CnkiPage, source: SourceInfo) -> None:
    fields = page.fields
    zh_name = source.container or fields.get("journal", "") or fields.get("proceedings", "")
    zh_name = zh_name or fields.get("newspaper", "")
    containers = [lang_text(n) for n in (zh_name, source.container_latin, fields.get("journal_en", "")) if n]
    record.container = tuple(dict.fromkeys(c for c in containers if c.value))
    record.date = source.year or _year(fields.get("year", "")) or _year(fields.get("date", ""))
    record.volume = source.volume or fields.get("volume", "")
    record.number = source.number or (fields.get("issue", "").lstrip("0") or fields.get("issue", ""))
    record.pages = source.pages or fields.get("pages", "").replace("~", "-")
    record.pagetotal = source.pagetotal or fields.get("pagetotal", "")
    if record.type == EntryType.THESIS:
        _fill_thesis(record, page, source)
    if record.type == EntryType.NEWSPAPER:
        record.date = fields.get("newsdate", "") or record.date
        record.number = record.number or fields.get("edition", "")
    if not record.date:
        record.date = _year(fields.get("eventdate", "")) or _year(fields.get("online", ""))


def _fill_thesis(record: Record, page: CnkiPage, source: SourceInfo) -> None:
    info = [p.strip() for p in re.split(r"[,，]", page.fields.get("thesisinfo", "")) if p.strip()]
    custom = page.fields.get("source", "") if "dbtype" in page.fields else ""  # the export's 文献来源 is the grantor
    record.institution = page.fields.get("institution", "") or (info[0] if info else "") or custom
    degree = page.fields.get("degree", "") or source.degree or next((p for p in info if is_degree(p)), "")
    degree = degree or degree_in(page.fields.get("dbtype", ""))
    record.genre = thesis_genre(degree)
    if not record.date:
        record.date = next((_year(p) for p in info if _year(p)), "")
    if len(info) > 1 and "discipline" not in page.fields:
        page.fields["discipline"] = info[1]
    record.container = ()


def _year(text: str) -> str:
    match = re.search(r"(?:1[89]|20)\d\d", text)
    return match.group(0) if match else ""


def _fill_titles(record: Record, page: CnkiPage) -> None:
    titles = [lang_text(t) for t in page.titles if t.strip()]
    primary = "zh" if any(has_cjk(c.value) for c in record.container) or any(t.lang == "zh" for t in titles) else ""
    record.language = primary or (titles[0].lang if titles else "")
    titles.sort(key=lambda t: t.lang != record.language)
    record.title = tuple(dict.fromkeys(titles))


def _authors(page: CnkiPage, lang: str) -> list[Name]:
    hanzi: list[str] = []
    latin: list[str] = []
    for value in page.authors:
        cjk_names, roman = split_people(value)
        hanzi.extend(cjk_names)
        latin.extend(roman)
    if not latin and page.authors_latin:
        latin = page.authors_latin
    if not hanzi:
        return [n for n in (make_name(text, lang) for text in latin) if n is not None]
    names = [n for n in (make_name(text, "zh") for text in hanzi) if n is not None]
    return attach_romanized(names, latin)


def _fill_texts(record: Record, page: CnkiPage) -> None:
    abstracts: list[LangText] = []
    for text in page.abstracts:
        zh, en = split_script(text) if has_cjk(text) else ("", text)
        abstracts += [LangText(" ".join(zh.split()), "zh")] if zh else []
        abstracts += [LangText(" ".join(en.split()), guess_language(en[:300]) or "en")] if en else []
    record.abstract = tuple(dict.fromkeys(a for a in abstracts if a.value))
    record.keywords = _keywords(page.keywords)
    record.funding = [f for line in page.funding for f in parse_funding(line)]


def _keywords(values: list[str]) -> tuple[LangText, ...]:
    zh_words: list[str] = []
    latin: list[str] = []
    for value in values:
        zh, en = split_script(value) if has_cjk(value) else ("", value)
        zh_words += [w for part in split_list(zh) for w in part.split()]
        if re.search(r"[A-Za-z]", en):
            latin.append(en)
    en_words: list[str] = []
    for text in latin:
        en_words += split_english_keywords(text.strip(" ;；"), zh_words if len(latin) == 1 else ())
    return tuple(LangText(w, "zh") for w in zh_words) + tuple(LangText(w, "en") for w in en_words)


def _fill_fields(record: Record, page: CnkiPage) -> None:
    fields = page.fields
    record.doi = fields.get("doi", "").strip()
    record.url = fields.get("url", "").strip()
    record.publisher = fields.get("publisher", "").strip()
    record.issn = fields.get("issn", "")
    record.isbn = fields.get("isbn", "")
    for key, value in re.findall(r"[?&](dbcode|filename)=([A-Za-z0-9_.]+)", record.url, re.IGNORECASE):
        fields.setdefault(key.lower(), value)
    for key, ident in _IDENTIFIERS.items():
        if fields.get(key):
            record.identifiers[ident] = fields[key]
    for key, extra in _EXTRA.items():
        if fields.get(key):
            record.extra[extra] = fields[key]
    if page.affiliations:
        record.extra["affiliation"] = "; ".join(page.affiliations)
    if record.type == EntryType.INPROCEEDINGS and not record.container and fields.get("eventtitle"):
        record.container = (lang_text(fields["eventtitle"]),)
    if fields.get("pages"):  # CNKI's own 页码 value, kept as printed
        record.identifiers["cnki:pages"] = fields["pages"]


def _add_references(result: ImportResult, record: Record, page: CnkiPage, importer: str, version: str) -> None:
    """Cited works (linked from the record) and citing works (linking to it)."""
    for kind, items in (("cites", page.references), ("cited-by", page.citing)):
        for number, (line, text) in enumerate(items, start=1):
            cited = _parse_reference(text, line, result)
            if cited is None:
                continue
            cited.provenance = Provenance(importer=importer, importer_version=version, locator=f"reference {number}")
            if kind == "cites":
                record.links.append(Link(LinkKind.CITES, cited.uid))
            else:
                cited.links.append(Link(LinkKind.CITES, record.uid))
            result.records.append(cited)


def _parse_reference(text: str, line: int, result: ImportResult) -> Record | None:
    from biblio.importers.refs import parse_reference

    try:
        parsed = parse_reference(text)
    except Exception as exc:  # the reference parser is another module: never let it sink the page
        result.problems.append(Problem(f"reference not parsed: {exc}", line, text))
        return None
    for warning in parsed.warnings:
        result.problems.append(Problem(f"reference: {warning}", line, text, severity="warning"))
    return parsed.record
