"""One raw BibTeX entry -> :class:`Record`.

Every field lands somewhere: in its model slot, or (decoded) in ``Record.extra``. The verbatim
LaTeX of every field is kept in ``Record.latex`` so that an unedited record exports as it came in.
Parallel-language values use ``<field>_<lang>`` (``title_en``, ``abstract_ru``), see
:mod:`biblio.export.bibtex`. An entry type biblio folds into another (``@unpublished`` -> misc) is
remembered as ``Record.latex["@type"]``.
"""

from __future__ import annotations

import os
import re
from functools import cache

from biblio.importers.bibtex.fields import decode_verbatim, split_keywords, text_value
from biblio.importers.bibtex.latex_decode import decode_latex
from biblio.importers.bibtex.names import parse_names
from biblio.importers.bibtex.scan import RawEntry
from biblio.model import EntryType, Funding, LangText, Provenance, Record, new_uid
from biblio.model.dates import edtf_date, season_in, year_date
from biblio.model.identifiers import bare_doi, split_urls
from biblio.model.language import language_tag
from biblio.model.script import guess_language
from biblio.model.types import TYPE_TO_BIBLATEX

IMPORTER_VERSION = "1"

NAME_SLOTS = {"author": "authors", "editor": "editors", "translator": "translators"}
TEXT_SLOTS = {
    "series": "series",
    "volume": "volume",
    "number": "number",
    "issue": "number",
    "pages": "pages",
    "pagetotal": "pagetotal",
    "edition": "edition",
    "publisher": "publisher",
    "address": "place",
    "location": "place",
    "institution": "institution",
    "school": "institution",
    "type": "genre",
    "note": "note",
    "isbn": "isbn",
    "issn": "issn",
    "urldate": "urldate",
    "origdate": "origdate",
}
VERBATIM_SLOTS = {"url": "url", "doi": "doi"}
MULTI_SLOTS = {
    "title": "title",
    "subtitle": "subtitle",
    "journaltitle": "container",
    "journal": "container",
    "booktitle": "container",
    "abstract": "abstract",
}
VERBATIM_EXTRA = frozenset({"file", "eprint", "pdf", "verba", "verbb", "verbc", "urlraw", "howpublished_url"})
_PARALLEL = re.compile(
    r"^(title|subtitle|abstract|journaltitle|journal|booktitle|keywords)_([a-z]{2,3}(?:-[a-z0-9]+)*)$"
)
_TYPE_GENRES = {"phdthesis": EntryType.THESIS, "mastersthesis": EntryType.THESIS, "techreport": EntryType.REPORT}
_SUBTYPES = {"newspaper": EntryType.NEWSPAPER, "magazine": EntryType.MAGAZINE}
# biblatex inheritance for crossref: parent title -> child booktitle; ids are never inherited
_NOT_INHERITED = frozenset(
    {
        "ids",
        "crossref",
        "xref",
        "entryset",
        "entrysubtype",
        "execute",
        "label",
        "options",
        "presort",
        "related",
        "relatedtype",
        "relatedstring",
        "shorthand",
        "sortkey",
        "xdata",
    }
)


def fresh_uids(count: int) -> list[str]:
    """``count`` new uids shaped like ``uuid4().hex``, from one random read (uuid4 costs a syscall each)."""
    raw = os.urandom(16 * count).hex()
    uids = []
    for start in range(0, 32 * count, 32):
        u = raw[start : start + 32]
        uids.append(f"{u[:12]}4{u[13:16]}{'89ab'[int(u[16], 16) & 3]}{u[17:]}")
    return uids


# A % with nothing after it on its line is TeX's line-continuation comment ("School, %\n  University"):
# TeX drops it, the line break and the next line's indentation, so the value never meant a percent sign.
# A % right after a digit is a database's percent sign even at a line end ("of 12%\n for"), and a % followed
# by text on its line is kept too (databases write "50% of" unescaped; the export escapes it, with a warning).
_LINE_END_COMMENT = re.compile(r"(?<![\\0-9])%[ \t]*\r?\n[ \t]*")


def _without_line_end_comments(fields: dict[str, str]) -> dict[str, str]:
    """Field values as TeX reads them at line ends (verbatim fields, where % is a character, untouched)."""
    return {
        name: value
        if "%" not in value or name in VERBATIM_SLOTS or name in VERBATIM_EXTRA
        else _LINE_END_COMMENT.sub("", value)
        for name, value in fields.items()
    }


def entry_to_record(entry: RawEntry, parent: RawEntry | None = None, uid: str = "") -> Record:
    """The record for one entry (``parent``: its crossref target, whose fields fill the gaps)."""
    fields = _without_line_end_comments(entry.fields)
    record = Record(key=entry.key, uid=uid or new_uid(), latex=dict(fields))
    record.provenance = Provenance(importer="bibtex", importer_version=IMPORTER_VERSION, locator=f"line {entry.line}")
    record.language = _language(fields)
    _set_type(record, entry.type, fields)
    used: set[str] = {"langid", "language"} if record.language else set()
    if record.type in (EntryType.NEWSPAPER, EntryType.MAGAZINE):
        used.add("entrysubtype")
    _fill(record, fields, used)
    for name, raw in fields.items():
        if name not in used:
            verbatim = name in VERBATIM_EXTRA or name.rsplit("-", 1)[0] in VERBATIM_EXTRA  # file-2: a repeated file
            record.extra[name] = decode_verbatim(raw) if verbatim else text_value(raw)
    if parent is not None:
        _fill(record, inherited_fields(entry, parent), set())
    if not record.language and record.title:
        _tag_unknown(record, guess_language(record.title[0].value))
    if not record.genre and entry.type in _TYPE_GENRES:
        record.genre = entry.type
    return record


def _tag_unknown(record: Record, lang: str) -> None:
    """Give values without a language the one guessed from the title.

    ``record.language`` stays empty: it says what the source stated, so the export does not gain a
    ``langid`` the source never had; :meth:`Record.effective_language` supplies the guess.
    """
    for slot in ("title", "subtitle", "container", "abstract", "keywords"):
        values = getattr(record, slot)
        if values:
            setattr(record, slot, tuple(LangText(v.value, v.lang or lang) for v in values))


def _language(fields: dict[str, str]) -> str:
    for name in ("langid", "language"):
        if name in fields:
            tag = language_tag(decode_latex(fields[name]))
            if tag:
                return tag
    return ""


def _set_type(record: Record, name: str, fields: dict[str, str]) -> None:
    etype = _entry_type(name)
    subtype = fields.get("entrysubtype", "").strip().lower()
    if etype is EntryType.ARTICLE and subtype in _SUBTYPES:
        etype = _SUBTYPES[subtype]
    record.type = etype
    if name not in _TYPE_GENRES and name != TYPE_TO_BIBLATEX[etype]:
        record.latex["@type"] = name


@cache
def _entry_type(name: str) -> EntryType:
    return _TYPE_GENRES.get(name) or EntryType.parse(name)


_MULTI, _NAMES, _TEXT, _VERBATIM, _OTHER, _SKIP = range(6)
_DISPATCH: dict[str, tuple[int, str]] = {
    **{name: (_MULTI, slot) for name, slot in MULTI_SLOTS.items()},
    **{name: (_NAMES, slot) for name, slot in NAME_SLOTS.items()},
    **{name: (_TEXT, slot) for name, slot in TEXT_SLOTS.items()},
    **{name: (_VERBATIM, slot) for name, slot in VERBATIM_SLOTS.items()},
    **{name: (_OTHER, name) for name in ("keywords", "date", "year", "month", "day", "funding")},
    **{name: (_SKIP, name) for name in ("langid", "language", "entrysubtype")},  # read before the loop
}


def _several_urls(record: Record, urls: list[str]) -> None:
    """A url field holding several addresses: the first is the url, the others ``url-2``, ``url-3`` (the names
    a repeated field gets), each one link; the whole value made one broken link in exports."""
    record.url = urls[0]
    record.latex["url"] = urls[0]
    for number, url in enumerate(urls[1:], start=2):
        record.extra.setdefault(f"url-{number}", url)


def _fill(record: Record, fields: dict[str, str], used: set[str]) -> None:
    """Put each field with a model slot into the (still empty) slot; mark it used."""
    lang = record.language
    for name, raw in fields.items():
        kind, slot = _DISPATCH.get(name) or (_OTHER, name)
        if kind == _SKIP:
            continue
        if kind == _OTHER:
            _other_slot(record, name, raw, fields, used)
        elif getattr(record, slot):
            continue
        elif kind == _MULTI:
            setattr(record, slot, (LangText(text_value(raw), lang),))
        elif kind == _NAMES:
            setattr(record, slot, parse_names(raw, lang))
        elif kind == _VERBATIM:
            value = decode_verbatim(raw)
            setattr(record, slot, (bare_doi(value) or value) if slot == "doi" else value)  # "DOI: 10.1/x" -> 10.1/x
            if slot == "url" and len(urls := split_urls(value)) > 1:
                _several_urls(record, urls)
        else:
            value = text_value(raw)
            setattr(record, slot, value.replace("–", "-") if name == "pages" else value)
        if kind != _OTHER:
            used.add(name)


def _other_slot(record: Record, name: str, raw: str, fields: dict[str, str], used: set[str]) -> None:
    if name == "keywords":
        if not record.keywords:
            record.keywords = tuple(LangText(k, record.language) for k in split_keywords(raw))
            used.add(name)
    elif name in ("date", "year", "month", "day"):
        _date(record, fields, used)
    elif name == "funding":
        if not record.funding:
            record.funding = [Funding(text=text_value(raw))]
            used.add(name)
    elif "_" in name and (parallel := _PARALLEL.match(name)) is not None:
        _parallel(record, parallel.group(1), parallel.group(2), raw)
        used.add(name)


def _date(record: Record, fields: dict[str, str], used: set[str]) -> None:
    if record.date:
        return
    if "date" in fields:
        date = edtf_date(decode_latex(fields["date"]))
        if date:
            record.date = date
            used.add("date")
            return
    if "year" in fields:
        parts = [decode_latex(fields.get(name, "")) for name in ("year", "month", "day")]
        date, count = year_date(*parts)
        if date:
            record.date = date
            used.update(("year", "month", "day")[:count])
            if count == 1 and len(date) == 4 and (season := season_in(parts[1])):  # month = {Summer}
                record.extra["season"] = season
                used.add("month")


def _parallel(record: Record, field: str, lang: str, raw: str) -> None:
    if field == "keywords":
        record.keywords = (*record.keywords, *(LangText(k, lang) for k in split_keywords(raw)))
        return
    slot = MULTI_SLOTS[field]
    setattr(record, slot, (*getattr(record, slot), LangText(text_value(raw), lang)))


def inherited_fields(child: RawEntry, parent: RawEntry) -> dict[str, str]:
    """The parent's fields a crossref child lacks, under the child's names (title -> booktitle)."""
    out: dict[str, str] = {}
    for name, raw in parent.fields.items():
        if name in _NOT_INHERITED:
            continue
        target = name
        if name == "title" and child.type in ("incollection", "inproceedings", "inbook", "inreference"):
            target = "booktitle"
        elif name in ("title", "subtitle", "booktitle"):
            continue
        if target not in child.fields:
            out[target] = raw
    return out
