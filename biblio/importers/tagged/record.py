"""Canonical fields of a tagged entry -> :class:`Record`, shared by RIS, Refer, RefWorks and NoteExpress.

Each format maps its tags to the canonical names below (``title``, ``title_tr``, ``author``,
``container``, ``year``, ``pages``, ``keywords``...) and then calls :func:`to_record`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from biblio.importers.cnki.page import normalize_pages
from biblio.importers.fieldmap import lang_text, language_code, make_names, split_list, thesis_genre
from biblio.importers.funding import parse_funding
from biblio.importers.tagged.reader import TaggedEntry
from biblio.model import EntryType, LangText, Provenance, Record
from biblio.model.script import guess_language

Fields = dict[str, list[str]]

_PLAIN = ("volume", "number", "edition", "publisher", "place", "series", "isbn", "issn", "url", "note", "pagetotal")
_IDENTS = {
    "cn": "cn",
    "clc": "clc",
    "dbcode": "cnki:dbcode",
    "filename": "cnki:filename",
    "callnumber": "callnumber",
    "accession": "accession",
    "database": "database",
}
_EXTRA = ("affiliation", "advisor", "discipline")


def collect(entry: TaggedEntry, tags: Mapping[str, str]) -> Fields:
    """Values of an entry under their canonical names (unknown tags are dropped)."""
    found: Fields = {}
    for tag, value, _ in entry.fields:
        name = tags.get(tag)
        if name and value:
            found.setdefault(name, []).append(value)
    return found


def to_record(fields: Fields, kind: EntryType, provenance: Provenance) -> Record:
    """Build the record; ``kind`` is the type from the format's own type tag."""
    genre = thesis_genre(_first(fields, "genre"))
    if kind in (EntryType.MISC, EntryType.REPORT) and re.search(r"博士|硕士|[Dd]octoral|[Mm]aster|Ph\.?D", genre):
        kind = EntryType.THESIS
    record = Record(type=kind, provenance=provenance, genre=genre)
    for name in _PLAIN:
        setattr(record, name, " ".join(_first(fields, name).split()))
    record.number = record.number.lstrip("0") or record.number
    _texts(record, fields)
    _people(record, fields)
    _dates_pages(record, fields)
    _ids(record, fields)
    if kind == EntryType.THESIS:
        record.institution = _first(fields, "institution") or record.publisher
        record.publisher = "" if record.institution == record.publisher else record.publisher
    else:
        record.institution = _first(fields, "institution")
    return record


def _first(fields: Fields, name: str) -> str:
    values = fields.get(name)
    return values[0].strip() if values else ""


def _multi(values: list[str], lang: str = "") -> list[LangText]:
    return [LangText(" ".join(v.split()), lang or guess_language(v[:300])) for v in values if v.strip()]


def _titles(values: list[str]) -> list[LangText]:
    return [lang_text(v) for v in values if v.strip()]


def _texts(record: Record, fields: Fields) -> None:
    titles = _titles(fields.get("title", [])[:1] + fields.get("title_tr", []))
    record.language = language_code(_first(fields, "language")) or (titles[0].lang if titles else "")
    record.title = _ordered(titles, record.language)
    containers = _titles(fields.get("container", [])[:1] + fields.get("container_tr", []))
    record.container = _ordered(containers, record.language)
    record.abstract = tuple(dict.fromkeys(_multi(fields.get("abstract", []))))
    words = [w for v in fields.get("keywords", []) for w in split_list(v.replace("\n", ";"))]
    record.keywords = tuple(dict.fromkeys(_multi(words)))
    record.funding = [f for v in fields.get("funding", []) for f in parse_funding(v)]


def _ordered(values: list[LangText], lang: str) -> tuple[LangText, ...]:
    unique = list(dict.fromkeys(values))
    unique.sort(key=lambda t: t.lang != lang)
    return tuple(unique)


def _people(record: Record, fields: Fields) -> None:
    lang = record.language
    record.authors = make_names(fields.get("author", []), lang)
    record.editors = make_names(fields.get("editor", []), lang)
    record.translators = make_names(fields.get("translator", []), lang)
    advisors = make_names(fields.get("advisor", []), lang)
    if advisors:
        fields["advisor"] = ["; ".join(a.display() for a in advisors)]


def _dates_pages(record: Record, fields: Fields) -> None:
    record.date = _date(_first(fields, "date")) or _date(_first(fields, "year"))
    pages = _first(fields, "pages")
    start, end = _first(fields, "start_page"), _first(fields, "end_page")
    if not pages and start:
        pages = f"{start}-{end}" if end and end != start and "-" not in start else start
    record.pages = normalize_pages(pages) if pages else ""


def _date(text: str) -> str:
    """``2024``, ``2024/06/15/``, ``2024-6-5``, ``2024年6月`` -> EDTF."""
    match = re.search(r"((?:1[5-9]|20)\d\d)(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?", text)
    if not match:
        return ""
    year, month, day = match.groups()
    if month and 1 <= int(month) <= 12:
        if day and 1 <= int(day) <= 31:
            return f"{year}-{int(month):02d}-{int(day):02d}"
        return f"{year}-{int(month):02d}"
    return year


def _ids(record: Record, fields: Fields) -> None:
    doi = _first(fields, "doi")
    record.doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.IGNORECASE)
    if re.fullmatch(r"\d{2}-\d{4}/[A-Z0-9]+", record.note) and "cn" not in fields:
        fields["cn"], record.note = [record.note], ""
    for name, key in _IDENTS.items():
        if _first(fields, name):
            record.identifiers[key] = _first(fields, name)
    for name in _EXTRA:
        values = [v.strip(" ;；") for v in fields.get(name, []) if v.strip(" ;；")]
        if values:
            record.extra[name] = "; ".join(values)
    isbn_issn = _first(fields, "isbn_issn")
    if isbn_issn:
        digits = re.sub(r"[^\dXx]", "", isbn_issn)
        if len(digits) == 8:
            record.issn = record.issn or isbn_issn
        else:
            record.isbn = record.isbn or isbn_issn
