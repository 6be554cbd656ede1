"""RIS (``TY  - JOUR`` ... ``ER  -``), including CNKI's Chinese RIS exports (``CN``, ``C1``, ``M3`` 博士).

A file is RIS by its shape: mostly ``XX  - value`` lines. A file or a record without its ``TY`` line is
still RIS (a hand-edited or damaged export): such a record's type is guessed from its fields, as for
the generic type ``GEN``, with a warning naming its line. What each tag means depends on the type
(:mod:`biblio.importers.tagged.ris_types`).
"""

from __future__ import annotations

import re

from biblio.importers.base import ImportResult
from biblio.importers.fieldmap import lang_text
from biblio.importers.tagged.procite import ProCite, rewrite
from biblio.importers.tagged.reader import Converted, TaggedEntry, TagSyntax, parse_tagged
from biblio.importers.tagged.record import collect, finish, guess_type, move_tertiary
from biblio.importers.tagged.ris_types import (
    ENDNOTE_TYPES,
    GENERIC,
    KNOWN_CODES,
    TYPES,
    WHOLE_WORKS,
    keep_type,
    tags_of,
)
from biblio.importers.tagged.sniff import sniff_ris
from biblio.model import EntryType, Provenance
from biblio.model.written_dates import tagged_date

_TAG_LINE = r"^([A-Z][A-Z0-9])\s{1,2}-(?: |$)(.*)$"
_ONE_LINE = "TY ER PY Y1 DA VL IS SP EP SN DO UR LA DB DP CN AN ET".split()
_SYNTAX = TagSyntax(
    tag_line=re.compile(_TAG_LINE),
    start="TY",
    end="ER",
    blank_ends=False,
    one_line=frozenset(_ONE_LINE),
    # a long value wraps onto the next line (Zotero and JabRef join it back); the type line does not
    wrap_one_line=frozenset(_ONE_LINE) - {"TY", "ER"},
    unspaced=frozenset("UR L1 L2 L4 LK DO".split()),
    lower_tag_line=re.compile(_TAG_LINE, re.IGNORECASE),
    list_tags=frozenset({"KW"}),
)

TAGS: dict[str, str] = {
    "TY": "",
    "ER": "",
    "TI": "title",
    "T1": "title",
    "CT": "title",
    "TT": "title_tr",
    "T2": "container",
    "JO": "container_abbr",  # the full name when it is the only one; else an abbreviation (see _names)
    "JF": "container",
    "JA": "container_abbr",
    "BT": "booktitle",  # a whole book's own title; a part's host (see _names)
    "T3": "series",
    "AU": "author",
    "A1": "author",
    "A2": "editor",
    "ED": "editor",
    "A3": "tertiary",  # a series editor; a thesis's advisor (see record.move_tertiary); ris_types.TYPE_TAGS for others
    "A4": "translator",
    "PY": "year",
    "Y1": "year",
    "DA": "date",
    "VL": "volume",
    "VO": "volume",  # IEEE Xplore's export writes VO beside an empty VL
    "IS": "number",
    "SP": "start_page",
    "SV": "number_alt",  # the series volume (a number in a series); CHAP's and CASE's tables say it first
    "EP": "end_page",
    "KW": "keywords",
    "AB": "abstract",
    "N2": "abstract",
    "PB": "publisher",
    "CY": "place",
    "PP": "place_alt",  # RIS 2004's "place of publication" (JabRef: address): after CY, the place in every version
    "SN": "isbn_issn",
    "DO": "doi",
    "UR": "url",
    "LA": "language",
    "AD": "affiliation",
    "C1": "affiliation",
    "N1": "note",
    "RN": "note",  # research notes
    # the exporting user's own fields ("user definable 1-5"): notes, kept in order (JabRef's comment)
    **dict.fromkeys(("U1", "U2", "U3", "U4", "U5"), "note"),
    "M3": "genre",
    "DB": "database",
    "DP": "database",
    "AN": "accession",
    "ET": "edition",
    "CN": "callnumber",
    "L1": "extra:file",
    "L2": "fulltext",  # "link to full text": the URL when UR gives none (see _convert)
    "LK": "fulltext",  # RIS 2004's "links", read as L2 (JabRef reads it as the URL)
    "L4": "extra:file",
    "ID": "extra:refid",  # the record's id in the exporting database, not a document number
    "ST": "shorttitle",
    "J2": "shortjournal",
    "J1": "shortjournal",
    "Y2": "urldate",
}


class RisImporter:
    """RIS files (name ``ris``)."""

    name: str = "ris"
    version: str = "3"
    suffixes: tuple[str, ...] = (".ris",)

    def sniff(self, text: str) -> float:
        """A majority of ``XX  - `` tag lines, with a ``TY`` line (else a little less sure: a file without one)."""
        return sniff_ris(text)

    def parse(self, text: str) -> ImportResult:
        """Every ``TY`` ... ``ER`` block -> one record (a ProCite export's notes read as the fields they name)."""
        procite = ProCite()
        return parse_tagged(text, _SYNTAX, lambda entry: self._convert(entry, procite), "RIS")

    def _convert(self, entry: TaggedEntry, procite: ProCite) -> Converted:
        stated = entry.first("TY").strip()
        code = ENDNOTE_TYPES.get(" ".join(stated.lower().split()), stated.upper())  # "TY  - Journal Article"
        rewrite(entry, code, procite)
        tags = tags_of(code, TAGS)
        fields = collect(entry, tags, "ris")
        _page_range(fields, tags)
        _epub_or_edition(fields)
        _classify_call_number(fields)
        _names(fields, code)
        _subtitle(fields)
        if fulltext := fields.pop("fulltext", []):
            fields.setdefault("extra:file" if fields.get("url") else "url", []).extend(fulltext)
        _doi_elsewhere(fields)
        if "place_published" in fields:  # then CY is the conference venue
            if venue := fields.pop("place", []):
                fields["extra:venue"] = venue
            fields["place"] = fields.pop("place_published")
        if "eventtitle" in fields and "container" not in fields:
            fields["container"] = list(fields["eventtitle"])
        unknown = bool(code) and code not in KNOWN_CODES
        if unknown:
            fields["extra:ris-ty"] = [stated]  # kept, and said: a type no specification defines
        kind = (
            TYPES.get(code, EntryType.MISC)
            if code and code not in GENERIC and not unknown
            else guess_type(fields, publisher_makes_book=False)
        )
        move_tertiary(fields, kind, "tertiary", book_editor=False)
        provenance = Provenance(importer=self.name, importer_version=self.version, locator=f"line {entry.line}")
        made = finish(fields, kind, provenance, "RIS record (TI)")
        if isinstance(made, str):
            return made
        record, problem = made if isinstance(made, tuple) else (made, "")
        keep_type(record, code)
        if not code or unknown:
            said = f"unknown RIS type {stated!r}" if unknown else "RIS record without a TY line"
            problem = "; ".join(filter(None, [f"{said}: read as {record.type.value}", problem]))
        return (record, problem) if problem else record


_DOI = re.compile(r"(?:https?://(?:dx\.)?doi\.org/|\bdoi:?\s*)?(10\.\d{4,9}/\S+)", re.IGNORECASE)


def _names(fields: dict[str, list[str]], code: str) -> None:
    """``BT`` is a whole book's title (RIS 2004) or a part's host; ``JO``/``JA`` the journal's name only
    when no full name (``T2``, ``JF``) is given, else its abbreviation."""
    abbreviations = fields.pop("container_abbr", [])
    booktitle = fields.pop("booktitle", [])
    if booktitle:
        target = "container" if code not in WHOLE_WORKS else "extra:ris-bt" if fields.get("title") else "title"
        if code == "UNPB" and fields.get("title"):
            target = "container"  # both peers: Zotero's publication, JabRef's booktitle
        fields.setdefault(target, []).extend(booktitle)
    if abbreviations:
        fields.setdefault("shortjournal" if fields.get("container") else "container", []).extend(abbreviations)


def _page_range(fields: dict[str, list[str]], tags: dict[str, str]) -> None:
    """A whole work's ``SP`` is its page count, unless an ``EP`` ends it: then ``SP``-``EP`` are its pages.
    Where ``SP`` is a page of its own (a bill's code pages, a case's first page), an ``EP`` is kept apart."""
    if tags.get("SP") == "pagetotal" and fields.get("end_page") and fields.get("pagetotal"):
        fields.setdefault("start_page", []).extend(fields.pop("pagetotal"))
    elif fields.get("pages") and fields.get("end_page"):
        fields["extra:ris-ep"] = fields.pop("end_page")


def _epub_or_edition(fields: dict[str, list[str]]) -> None:
    """A journal article's ``ET`` is EndNote's "Epub Date" when it is a date; anything else (``2nd``,
    ``Online``) is an edition, as JabRef reads every ``ET``."""
    for value in fields.pop("extra:epubdate", []):
        kind = "extra:epubdate" if tagged_date(value, "2000") else "edition"
        fields.setdefault(kind, []).append(value)


def _subtitle(fields: dict[str, list[str]]) -> None:
    """A second ``TI``/``T1`` line in the first one's language continues it (a subtitle); another language's
    is a parallel title."""
    titles = fields.get("title", [])
    if len(titles) < 2:
        return
    lang = lang_text(titles[0]).lang
    fields["title"] = [titles[0], *(t for t in titles[1:] if lang_text(t).lang != lang)]
    fields.setdefault("subtitle", []).extend(t for t in titles[1:] if lang_text(t).lang == lang)


def _doi_elsewhere(fields: dict[str, list[str]]) -> None:
    """A DOI written where a DOI does not belong (``M3`` by several publishers, ``N1 doi:…``, a doi.org
    ``UR``) is the record's DOI when ``DO`` gives none; a DOI in ``M3`` is no type of work."""
    genres = fields.get("genre", [])
    for value in list(genres):
        if _DOI.fullmatch(value.strip()):
            genres.remove(value)
            fields.setdefault("doi", []).append(value.strip())
    if fields.get("doi"):
        return
    for value in fields.get("note", []) + fields.get("url", []):
        match = _DOI.search(value)
        if match and (match.group(0) != match.group(1) or value.strip() == match.group(1)):
            fields["doi"] = [match.group(1).rstrip(".,;")]
            return


def _classify_call_number(fields: dict[str, list[str]]) -> None:
    """CNKI puts the China serial number (``23-1563/D``) or the CLC class (``D836``) into ``CN``."""
    for value in fields.pop("callnumber", []):
        if re.fullmatch(r"\d{2}-\d{4}/[A-Z0-9]+", value.strip()):
            fields.setdefault("cn", []).append(value.strip())
        elif re.fullmatch(r"[A-Z]{1,2}\d[\d.;:/A-Z-]*", value.strip()):
            fields.setdefault("clc", []).append(value.strip())
        else:
            fields.setdefault("callnumber", []).append(value.strip())
