"""RIS (``TY  - JOUR`` ... ``ER  -``), including CNKI's Chinese RIS exports (``CN``, ``C1``, ``M3`` 博士)."""

from __future__ import annotations

import re

from biblio.importers.base import ImportResult
from biblio.importers.tagged.reader import Converted, TaggedEntry, TagSyntax, parse_tagged
from biblio.importers.tagged.record import collect, finish
from biblio.importers.tagged.sniff import sniff_ris
from biblio.model import EntryType, Provenance

_TAG_LINE = r"^([A-Z][A-Z0-9])\s{1,2}-(?: |$)(.*)$"
_SYNTAX = TagSyntax(
    tag_line=re.compile(_TAG_LINE),
    start="TY",
    end="ER",
    blank_ends=False,
    one_line=frozenset("TY ER PY Y1 DA VL IS SP EP SN DO UR LA DB DP CN AN ET".split()),
    lower_tag_line=re.compile(_TAG_LINE, re.IGNORECASE),
    list_tags=frozenset({"KW"}),
)

_TYPES: dict[str, EntryType] = {
    "JOUR": EntryType.ARTICLE,
    "EJOUR": EntryType.ARTICLE,
    "JFULL": EntryType.ARTICLE,
    "ABST": EntryType.ARTICLE,
    "INPR": EntryType.ARTICLE,
    "MGZN": EntryType.MAGAZINE,
    "NEWS": EntryType.NEWSPAPER,
    "BOOK": EntryType.BOOK,
    "EBOOK": EntryType.BOOK,
    "EDBOOK": EntryType.COLLECTION,
    "CHAP": EntryType.INCOLLECTION,
    "ECHAP": EntryType.INCOLLECTION,
    "CONF": EntryType.INPROCEEDINGS,
    "CPAPER": EntryType.INPROCEEDINGS,
    "THES": EntryType.THESIS,
    "RPRT": EntryType.REPORT,
    "ELEC": EntryType.ONLINE,
    "WEB": EntryType.ONLINE,
    "BLOG": EntryType.ONLINE,
    "PAT": EntryType.PATENT,
    "STAND": EntryType.STANDARD,
    "DATA": EntryType.DATASET,
    "GEN": EntryType.MISC,
    "UNPB": EntryType.MISC,
    "MANSCPT": EntryType.MISC,
    "SER": EntryType.BOOK,
    "CTLG": EntryType.BOOK,
    "CLSWK": EntryType.BOOK,
    "PAMP": EntryType.BOOK,
    "DICT": EntryType.INCOLLECTION,
    "ENCYC": EntryType.INCOLLECTION,
    "DBASE": EntryType.DATASET,
    "AGGR": EntryType.DATASET,
    "GOVDOC": EntryType.REPORT,
}
# What some tags mean in some types (the RIS specification; Zotero's RIS translator reads them so too).
_BOOKS = ("BOOK", "EBOOK", "EDBOOK", "CTLG", "CLSWK", "PAMP", "SER")
_PERIODICALS = ("JOUR", "EJOUR", "JFULL", "MGZN", "NEWS", "ABST", "INPR")
_TYPE_TAGS: dict[str, dict[str, str]] = {
    **{code: {"SP": "pagetotal", "T2": "series", "M1": "number", "NV": "extra:volumes"} for code in _BOOKS},
    "RPRT": {"PB": "institution", "SN": "number", "T2": "series", "M1": "extra:documentnumber"},
    "GOVDOC": {"PB": "institution", "SN": "number", "T2": "series"},
    "THES": {"PB": "institution", "M3": "genre", "SP": "pagetotal"},
    # EndNote: T2 the conference, C3 the proceedings, C1 where they were published, CY the venue
    **{code: {"T2": "eventtitle", "C3": "container", "C1": "place_published"} for code in ("CONF", "CPAPER")},
    **{code: {"SN": "issn", "M1": "number_alt"} for code in _PERIODICALS},
}

TAGS: dict[str, str] = {
    "TY": "",
    "ER": "",
    "TI": "title",
    "T1": "title",
    "CT": "title",
    "TT": "title_tr",
    "T2": "container",
    "JO": "container",
    "JF": "container",
    "JA": "container",
    "BT": "container",
    "T3": "series",
    "AU": "author",
    "A1": "author",
    "A2": "editor",
    "ED": "editor",
    "A3": "advisor",
    "A4": "translator",
    "PY": "year",
    "Y1": "year",
    "DA": "date",
    "VL": "volume",
    "IS": "number",
    "SP": "start_page",
    "EP": "end_page",
    "KW": "keywords",
    "AB": "abstract",
    "N2": "abstract",
    "PB": "publisher",
    "CY": "place",
    "SN": "isbn_issn",
    "DO": "doi",
    "UR": "url",
    "LA": "language",
    "AD": "affiliation",
    "C1": "affiliation",
    "N1": "note",
    "M3": "genre",
    "DB": "database",
    "DP": "database",
    "AN": "accession",
    "ET": "edition",
    "CN": "callnumber",
    "L1": "extra:file",
    "L2": "extra:file",
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
    version: str = "2"
    suffixes: tuple[str, ...] = (".ris",)

    def sniff(self, text: str) -> float:
        """``TY  - `` lines and a majority of ``XX  - `` tag lines."""
        return sniff_ris(text)

    def parse(self, text: str) -> ImportResult:
        """Every ``TY`` ... ``ER`` block -> one record."""
        return parse_tagged(text, _SYNTAX, self._convert, "RIS")

    def _convert(self, entry: TaggedEntry) -> Converted:
        kind_code = entry.first("TY").upper()
        if not kind_code:
            return "RIS record without a TY line"
        fields = collect(entry, {**TAGS, **_TYPE_TAGS.get(kind_code, {})}, "ris")
        _classify_call_number(fields)
        if "place_published" in fields:  # then CY is the conference venue
            fields["extra:venue"] = fields.pop("place", [])
            fields["place"] = fields.pop("place_published")
        if "eventtitle" in fields and "container" not in fields:
            fields["container"] = list(fields["eventtitle"])
        provenance = Provenance(importer=self.name, importer_version=self.version, locator=f"line {entry.line}")
        return finish(fields, _TYPES.get(kind_code, EntryType.MISC), provenance, "RIS record (TI)")


def _classify_call_number(fields: dict[str, list[str]]) -> None:
    """CNKI puts the China serial number (``23-1563/D``) or the CLC class (``D836``) into ``CN``."""
    for value in fields.pop("callnumber", []):
        if re.fullmatch(r"\d{2}-\d{4}/[A-Z0-9]+", value.strip()):
            fields.setdefault("cn", []).append(value.strip())
        elif re.fullmatch(r"[A-Z]{1,2}\d[\d.;:/A-Z-]*", value.strip()):
            fields.setdefault("clc", []).append(value.strip())
        else:
            fields.setdefault("callnumber", []).append(value.strip())
