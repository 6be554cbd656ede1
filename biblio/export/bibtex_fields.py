"""Record slots -> BibTeX fields, generated from the model (used when no verbatim LaTeX is kept).

Multilingual values: the primary (first) value goes to the field itself, each further language to
``<field>_<lang>`` (``title_en``, ``abstract_ru``, ``keywords_zh``). Biber ignores these fields;
biblio's importer reads them back, so a BibLaTeX export keeps every language.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from biblio.export.langid import plain_langid
from biblio.export.latex_escape import escape_latex
from biblio.export.names_bibtex import format_names
from biblio.export.verbatim import verbatim_field
from biblio.model import EntryType, LangText, Record
from biblio.model.dates import date_season, edtf_season

BIBTEX = "bibtex"
BIBLATEX = "biblatex"
ARTICLE_LIKE = frozenset({EntryType.ARTICLE, EntryType.NEWSPAPER, EntryType.MAGAZINE})
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_PAGE_RANGE = re.compile(r"(?<=\d)\s*-\s*(?=\d)")
_KEYWORD_SEPARATORS = re.compile("[,;；，、]")


@dataclass(frozen=True, slots=True)
class Context:
    """How to write: the dialect and how to resolve link targets to keys."""

    dialect: str
    key_of: Callable[[str], str | None] | None = None
    ascii_only: bool = False  # classic BibTeX wants ASCII-safe Latin (``{\\"u}``)
    warn: Callable[[str], None] | None = None  # told what could not be written as it came (regenerated, left out)

    @classmethod
    def of(
        cls,
        dialect: str,
        key_of: Callable[[str], str | None] | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> Context:
        """The context for ``dialect`` (``biblatex`` or ``bibtex``)."""
        return cls(dialect, key_of, dialect == BIBTEX, warn)

    def esc(self, text: str) -> str:
        """Escape plain text for this dialect."""
        return escape_latex(text, self.ascii_only)


Fields = list[tuple[str, str]]


def container_field(record: Record, dialect: str) -> str:
    """Where the container title goes: journal(title) for articles, booktitle otherwise."""
    if record.type in ARTICLE_LIKE:
        return "journal" if dialect == BIBTEX else "journaltitle"
    return "booktitle"


def _multi(field: str, values: tuple[LangText, ...], ctx: Context) -> Fields:
    if len(values) == 1:  # the common case
        return [(field, escape_latex(values[0].value, ctx.ascii_only))]
    out: Fields = []
    seen: set[str] = set()
    for index, item in enumerate(values):
        if not item.value:
            continue
        if index == 0:
            out.append((field, ctx.esc(item.value)))
            seen.add(item.lang)
        elif (lang := item.lang or "und") not in seen:
            seen.add(lang)
            out.append((f"{field}_{lang}", ctx.esc(item.value)))
    return out


def _keywords(record: Record, ctx: Context) -> Fields:
    main_lang = record.language or (record.keywords[0].lang if record.keywords else "")
    ascii_only = ctx.ascii_only
    if all(item.lang in ("", main_lang) for item in record.keywords):  # the common case: one language
        joined = ", ".join([escape_latex(item.value, ascii_only) for item in record.keywords])
        if joined.count(",") == len(record.keywords) - 1 and not _KEYWORD_SEPARATORS.search(joined.replace(",", "")):
            return [("keywords", joined)]
    groups: dict[str, list[str]] = {}
    for item in record.keywords:
        lang = "" if item.lang in ("", main_lang) else item.lang
        groups.setdefault(lang, []).append(escape_latex(item.value, ascii_only))
    for words in groups.values():
        if _KEYWORD_SEPARATORS.search("".join(words)):
            words[:] = ["{" + w + "}" if _KEYWORD_SEPARATORS.search(w) else w for w in words]
    return [("keywords" if not lang else f"keywords_{lang}", ", ".join(words)) for lang, words in groups.items()]


def _date(record: Record, ctx: Context) -> Fields:
    season = date_season(record)
    if ctx.dialect == BIBLATEX:  # EDTF's season (2003-21): biblatex prints "Spring 2003"
        return [("date", edtf_season(record.date, season) if season else record.date)]
    start, _, end = record.date.partition("/")
    year = start[:4] if start[:4].lstrip("-").isdigit() else ""
    if end[:4].isdigit():
        return [("year", f"{year}--{end[:4]}")]
    month, day = start[5:7], start[8:10]
    fields = [("year", year)] if year else []
    if month.isdigit() and 1 <= int(month) <= 12:
        fields.append(("month", _MONTHS[int(month) - 1]))
        if day.isdigit():
            fields.append(("day", str(int(day))))  # not read by classic styles, but kept by biblio and JabRef
    elif season:
        fields.append(("month", season.capitalize()))  # classic styles print the month as written: "Spring 2003"
    return fields


_LEGACY_YEAR = re.compile(r"\{?-?\d{1,4}\}?")


def legacy_date_readable(latex: Mapping[str, str]) -> bool:
    """Whether biber reads the kept ``year``/``month`` as they are: an integer year, a month macro or 1-12.

    Anything else ("jun-aug", "28~jul", "June", "1900--1925", "????") makes biber warn ("legacy month field ...
    is not an integer") and print it as written or lose part of it: a month range prints its first month.
    """
    year = latex.get("year", "").strip()
    month = latex.get("month", "").strip().strip("{}").strip()
    if year and not _LEGACY_YEAR.fullmatch(year):
        return False
    return not month or month in _MONTHS or (month.isdigit() and 1 <= int(month) <= 12)


def model_date_covers_legacy(record: Record) -> bool:
    """Whether the parsed date holds all the kept ``year``/``month`` say (a month, a day, a range, a season), so
    that it can be written as biblatex's ``date`` instead of them; what it does not read ("????") is not."""
    date = record.date
    if not date or "date" in record.latex or not record.latex.get("year"):
        return False
    if record.latex.get("month"):
        return len(date.partition("/")[0]) >= 7 or bool(date_season(record))  # the month, day or season read
    return "/" in date  # a year range ("1900--1925") read as one


def _pages(record: Record, ctx: Context) -> Fields:
    return [("pages", _PAGE_RANGE.sub("--", ctx.esc(record.pages)))]


def _language(record: Record, ctx: Context) -> Fields:
    """A langid (language) babel and polyglossia both know, else none (:mod:`biblio.export.langid`)."""
    name = plain_langid(record.language)
    return [("langid" if ctx.dialect == BIBLATEX else "language", name)] if name else []


def _funding(record: Record, ctx: Context) -> Fields:
    lines = [f.text or " ".join(p for p in (f.funder, f.project, f.grant) if p) for f in record.funding]
    return [("funding", ctx.esc("; ".join(line for line in lines if line)))]


def _genre(record: Record, ctx: Context) -> Fields:
    genre = record.genre
    if record.type is EntryType.THESIS and genre in ("phdthesis", "mastersthesis"):
        return []
    if record.type is EntryType.REPORT and genre == "techreport":
        return []
    return [("type", ctx.esc(genre))]


def _institution(record: Record, ctx: Context) -> Fields:
    school = ctx.dialect == BIBTEX and record.type is EntryType.THESIS
    return [("school" if school else "institution", ctx.esc(record.institution))]


def _place(record: Record, ctx: Context) -> Fields:
    return [("address" if ctx.dialect == BIBTEX else "location", ctx.esc(record.place))]


def _subtype(record: Record, ctx: Context) -> Fields:
    if ctx.dialect == BIBLATEX and record.type in (EntryType.NEWSPAPER, EntryType.MAGAZINE):
        return [("entrysubtype", record.type.value)]
    return []


def _verbatim(field: str) -> Callable[[Record, Context], Fields]:
    def make(record: Record, ctx: Context) -> Fields:
        return [(field, verbatim_field(field, str(getattr(record, field)), ascii_only=ctx.ascii_only))]

    return make


def _plain(field: str, slot: str = "") -> Callable[[Record, Context], Fields]:
    def make(record: Record, ctx: Context) -> Fields:
        return [(field, ctx.esc(str(getattr(record, slot or field))))]

    return make


def _names(field: str, slot: str) -> Callable[[Record, Context], Fields]:
    def make(record: Record, ctx: Context) -> Fields:
        names = getattr(record, slot)
        value = format_names(names, ctx.ascii_only)
        cut_short = record.extra.get(f"{slot}_et_al") == "true"  # a reference string's 等 / et al.
        if value and cut_short and not (names and names[-1].literal == "others"):
            value += " and others"
        return [(field, value)] if value else []

    return make


def _multi_slot(field: str) -> Callable[[Record, Context], Fields]:
    def make(record: Record, ctx: Context) -> Fields:
        return _multi(field, getattr(record, field), ctx)

    return make


def _container(record: Record, ctx: Context) -> Fields:
    return _multi(container_field(record, ctx.dialect), record.container, ctx)


# slot -> (BibTeX fields it is read from, generator); the order is the field order of new entries
SLOTS: dict[str, tuple[tuple[str, ...], Callable[[Record, Context], Fields]]] = {
    "authors": (("author",), _names("author", "authors")),
    "editors": (("editor",), _names("editor", "editors")),
    "translators": (("translator",), _names("translator", "translators")),
    "title": (("title",), _multi_slot("title")),
    "subtitle": (("subtitle",), _multi_slot("subtitle")),
    "container": (("journaltitle", "journal", "booktitle"), _container),
    "series": (("series",), _plain("series")),
    "edition": (("edition",), _plain("edition")),
    "volume": (("volume",), _plain("volume")),
    "number": (("number", "issue"), _plain("number")),
    "pages": (("pages",), _pages),
    "pagetotal": (("pagetotal",), _plain("pagetotal")),
    "publisher": (("publisher",), _plain("publisher")),
    "place": (("location", "address"), _place),
    "institution": (("institution", "school"), _institution),
    "genre": (("type",), _genre),
    "type": (("entrysubtype",), _subtype),
    "date": (("date", "year", "month", "day"), _date),
    "origdate": (("origdate",), _plain("origdate")),
    "urldate": (("urldate",), _plain("urldate")),
    "doi": (("doi",), _verbatim("doi")),
    "isbn": (("isbn",), _plain("isbn")),
    "issn": (("issn",), _plain("issn")),
    "url": (("url",), _verbatim("url")),
    "language": (("langid", "language"), _language),
    "keywords": (("keywords",), _keywords),
    "abstract": (("abstract",), _multi_slot("abstract")),
    "note": (("note",), _plain("note")),
    "funding": (("funding",), _funding),
}
# slots written under their own name, escaped, with no other rule
PLAIN_SLOTS = frozenset(
    {"series", "edition", "volume", "number", "pagetotal", "publisher", "origdate", "urldate", "isbn", "issn", "note"}
)
FIELD_SLOT: dict[str, str] = {field: slot for slot, (fields, _) in SLOTS.items() for field in fields}
PARALLEL_BASE = {
    "title": "title",
    "subtitle": "subtitle",
    "abstract": "abstract",
    "keywords": "keywords",
    "journaltitle": "container",
    "journal": "container",
    "booktitle": "container",
}


def slot_of_field(name: str) -> str:
    """The model slot a BibTeX field feeds (``address`` -> ``place``, ``title_en`` -> ``title``), or ``""``."""
    slot = FIELD_SLOT.get(name)
    if slot is None and "_" in name:
        return PARALLEL_BASE.get(name.split("_", 1)[0], "")
    return slot or ""
