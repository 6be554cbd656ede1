"""EndNote/Refer tagged text (``%0 Journal Article``, ``%A``, ``%T`` ...), as CNKI's "EndNote" export writes it."""

from __future__ import annotations

import re

from biblio.importers.base import ImportResult
from biblio.importers.fieldmap import type_from_name
from biblio.importers.tagged.reader import CJK_START, Converted, TaggedEntry, TagSyntax, parse_tagged
from biblio.importers.tagged.record import collect, finish, from_cnki, guess_type, move_tertiary
from biblio.importers.tagged.ris_types import ENDNOTE_TYPES, TYPE_TAGS, TYPES, keep_type
from biblio.importers.tagged.sniff import sniff_refer
from biblio.model import EntryType, Provenance

_TAG_LINE = r"^(%[A-Z0-9@+!#$&()*>^~|?\[\]<=])(?:\s+|$|" + CJK_START + r")(.*)$"
_SYNTAX = TagSyntax(
    tag_line=re.compile(_TAG_LINE),
    start="%0",
    one_line=frozenset("%0 %D %8 %V %N %P %@ %R %U %W %~ %9 %G %L %7 %M %[ %F".split()),
    list_tags=frozenset({"%K"}),
    lower_tag_line=re.compile(_TAG_LINE, re.IGNORECASE),
)

TAGS: dict[str, str] = {
    "%0": "",
    "%A": "author",
    "%E": "editor",
    "%Y": "tertiary",  # EndNote's tertiary author: a thesis's advisor, else a series editor (see record.move_tertiary)
    "%T": "title",
    "%Q": "title_tr",
    "%J": "container",
    "%B": "container",
    "%D": "year",
    "%8": "date",
    "%V": "volume",
    "%N": "number",
    "%P": "pages",
    "%K": "keywords",
    "%X": "abstract",
    "%@": "isbn_issn",
    "%R": "doi",
    "%U": "url",
    "%+": "affiliation",
    "%9": "genre",
    "%I": "publisher",
    "%C": "place",
    "%G": "language",
    "%L": "callnumber",
    "%W": "database",
    "%~": "dbname",
    "%Z": "note",
    "%O": "note",
    "%S": "series",
    "%7": "edition",
    "%M": "accession",
    "%H": "author_tr",
    "%?": "translator",
    "%!": "shorttitle",
    "%[": "urldate",
    "%F": "extra:label",
    "%6": "extra:volumes",  # EndNote: number of volumes
    "%&": "extra:section",  # EndNote: a newspaper's section, a book section's chapter (see _convert)
    "%>": "extra:file",  # EndNote: link to PDF
    "%<": "note",  # EndNote: research notes
}
# refer(1) without EndNote's %0 line: %Q is a corporate author, %R a report number, %H header commentary,
# %W where the item is kept (EndNote: translated title, DOI, translated author, database provider). Its %G,
# a government ordering number, stays the language as EndNote and Zotero read it (a value that names no
# language is kept as written).
_CLASSIC_TAGS = {
    **TAGS,
    "%Q": "corporate",
    "%R": "report_number",
    "%H": "note",
    "%W": "extra:location",
}
_DOI_START = re.compile(r"\s*(?:doi:\s*|https?://(?:dx\.)?doi\.org/)?10\.\d{4,9}/", re.IGNORECASE)
# EndNote's %P of a whole book or thesis is its number of pages
_WHOLE_WORKS = frozenset({EntryType.BOOK, EntryType.COLLECTION, EntryType.THESIS})
# Refer tags that are one EndNote field with a RIS tag: what that tag means in a type means the same here
# (EndNote's generic Number, %N, is RIS IS for a journal article and M1 for every other type; its ISBN/ISSN
# field, %@, is RIS SN: a report's number, a patent's number)
_RIS_TAG = {"publisher": "PB", "edition": "ET", "volume": "VL", "pages": "SP", "number": "M1", "isbn_issn": "SN"}


class ReferImporter:
    """EndNote/Refer files (name ``refer``)."""

    name: str = "refer"
    version: str = "2"
    suffixes: tuple[str, ...] = (".enw", ".refer", ".txt")

    def sniff(self, text: str) -> float:
        """Lines of ``%X value``, with ``%0`` or ``%T`` among them."""
        return sniff_refer(text)

    def parse(self, text: str) -> ImportResult:
        """Blank-line separated records, each usually starting with ``%0``."""
        return parse_tagged(text, _SYNTAX, self._convert, "EndNote/Refer")

    def _convert(self, entry: TaggedEntry) -> Converted:
        name = entry.first("%0")
        fields = collect(entry, TAGS if name else _CLASSIC_TAGS, "refer")
        code = ENDNOTE_TYPES.get(" ".join(name.lower().split()), "")
        kind = TYPES[code] if code in TYPES else type_from_name(name) if name else _classic_type(fields)
        if code == "EDBOOK":  # an edited book's authors are its editors (EndNote labels them so)
            fields["editor"] = fields.pop("author", []) + fields.get("editor", [])
        if kind == EntryType.INPROCEEDINGS and from_cnki(fields) and "translator" in fields:
            fields["organization"] = fields.pop("translator")  # CNKI writes the conference's organizer as %?
        _split_call_number(fields)
        _type_of_work(fields)
        _per_type(fields, code)
        move_tertiary(fields, kind, "tertiary", book_editor=True, report_author=True)
        if kind in _WHOLE_WORKS and fields.get("pages", [""])[0].strip().isdigit():
            fields["pagetotal"] = fields.pop("pages")
        if kind is EntryType.INCOLLECTION and "extra:section" in fields:
            fields["extra:chapter"] = fields.pop("extra:section")
        provenance = Provenance(importer=self.name, importer_version=self.version, locator=f"line {entry.line}")
        made = finish(fields, kind, provenance, "EndNote/Refer record (%T)")
        if not isinstance(made, str):
            keep_type(made[0] if isinstance(made, tuple) else made, code)
        return made


def _split_call_number(fields: dict[str, list[str]]) -> None:
    for value in fields.pop("callnumber", []):
        key = "cn" if re.fullmatch(r"\d{2}-\d{4}/[A-Z0-9]+", value.strip()) else "callnumber"
        fields.setdefault(key, []).append(value.strip())


def _type_of_work(fields: dict[str, list[str]]) -> None:
    """EndNote's ``%R`` is the DOI; Zotero's Refer export writes a thesis's, report's, letter's, map's or film's
    type (``Ph.D. thesis``, ``Technical report``) there and reads it back so: a ``%R`` that is no DOI is the
    type of work (it was stored as a DOI)."""
    dois = fields.get("doi", [])
    kinds = [v for v in dois if not _DOI_START.match(v)]
    if kinds:
        fields["doi"] = [v for v in dois if v not in kinds]
        fields.setdefault("genre", []).extend(kinds)


def _classic_type(fields: dict[str, list[str]]) -> EntryType:
    """A record without ``%0``: a report when ``%R`` holds its number (refer(1): "report, paper, or
    thesis"; its ``%I`` is the issuing institution), else guessed from its fields."""
    numbers = fields.pop("report_number", [])
    dois = [v for v in numbers if _DOI_START.match(v)]
    reports = [v for v in numbers if v not in dois]
    for name, values in (("doi", dois), ("number", reports)):
        if values:
            fields.setdefault(name, []).extend(values)
    if not reports or fields.get("container"):
        return guess_type(fields)
    if "publisher" in fields:
        fields.setdefault("institution", []).extend(fields.pop("publisher"))
    return EntryType.REPORT


def _per_type(fields: dict[str, list[str]], code: str) -> None:
    """A report's %I is its institution, a patent's its assignee, a journal article's %7 its Epub Date ...:
    EndNote writes one field per type under one Refer tag and one RIS tag (:data:`TYPE_TAGS`)."""
    own = TYPE_TAGS.get(code, {})
    for name, tag in _RIS_TAG.items():
        target = own.get(tag, name)
        # a page count: only a bare number (_convert); an issue that is only a fallback (M1) stays the number
        if target not in (name, f"{name}_alt", "pagetotal") and name in fields:
            fields.setdefault(target, []).extend(fields.pop(name))
