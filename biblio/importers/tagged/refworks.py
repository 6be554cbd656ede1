"""RefWorks tagged format (``RT Journal Article``, ``A1``, ``T1``, ``JF``, ``YR`` ...), as CNKI exports it.

CNKI bends it in ways the reader handles as classes: a tag directly followed by Chinese text
(``A1林行众``), a tag in lower case after a one-line field (``vo 49``), tags RefWorks does not define
(``URL``, ``DB`` for the CNKI database name), the degree or patent kind in ``CL`` or ``VO``.
"""

from __future__ import annotations

import re

from biblio.importers.base import ImportResult
from biblio.importers.fieldmap import is_degree, type_from_name
from biblio.importers.tagged.reader import CJK_START, Converted, TaggedEntry, TagSyntax, parse_tagged
from biblio.importers.tagged.record import collect, finish, move_tertiary
from biblio.importers.tagged.sniff import sniff_refworks
from biblio.model import EntryType, Provenance

TAGS: dict[str, str] = {
    "RT": "",
    "SR": "",
    "A1": "author",
    "A2": "editor",
    "A3": "advisor",
    "A4": "translator",
    "AD": "affiliation",
    "T1": "title",
    "OT": "title_tr",
    "JF": "container",
    "JO": "container",
    "T2": "container",
    "T3": "series",
    "YR": "year",
    "FD": "date",
    "VO": "volume",
    "IS": "number",
    "SP": "start_page",
    "OP": "end_page",
    "K1": "keywords",
    "AB": "abstract",
    "NO": "note",
    "PB": "publisher",
    "PP": "place",
    "SN": "isbn_issn",
    "LA": "language",
    "CN": "cn",
    "DS": "database",
    "DB": "dbname",
    "LK": "url",
    "UL": "url",
    "URL": "url",
    "DO": "doi",
    "ED": "edition",
    "AN": "accession",
    "CL": "classification",
    "FU": "funding",
    "ID": "id",
    "ST": "shorttitle",
    "RD": "urldate",
}
_OTHER_TAGS = ("WP", "WV", "SL", "AV", "CR", "U1", "U2", "U3", "U4", "U5", "OL", "WT", "C1", "SF", "A5")
_ALL_TAGS = sorted((*TAGS, *_OTHER_TAGS), key=len, reverse=True)
_TAG_LINE = r"^(" + "|".join(_ALL_TAGS) + r")(?: (?!\s*- )|$|" + CJK_START + r")(.*)$"
_SYNTAX = TagSyntax(
    tag_line=re.compile(_TAG_LINE),
    start="RT",
    one_line=frozenset("RT SR YR FD VO IS SP OP SN DO LK UL URL DS DB LA CN CL ID RD".split()),
    list_tags=frozenset({"K1"}),
    lower_tag_line=re.compile(_TAG_LINE, re.IGNORECASE),
)
_CLC = re.compile(r"[A-Z]{1,2}\d[\d.;:/A-Z-]*")


class RefWorksImporter:
    """RefWorks tagged files (name ``refworks``)."""

    name: str = "refworks"
    version: str = "2"
    suffixes: tuple[str, ...] = (".txt",)

    def sniff(self, text: str) -> float:
        """An ``RT`` line and mostly ``XX value`` tag lines."""
        return sniff_refworks(text)

    def parse(self, text: str) -> ImportResult:
        """Records start with ``RT``; blank lines separate them."""
        return parse_tagged(text, _SYNTAX, self._convert, "RefWorks")

    def _convert(self, entry: TaggedEntry) -> Converted:
        if not entry.first("RT"):
            return "RefWorks record without an RT line"
        fields = collect(entry, TAGS, "refworks")
        kind = type_from_name(entry.first("RT"))
        if is_degree(fields.get("volume", [""])[0]):  # CNKI puts the degree into VO
            fields["genre"] = fields.pop("volume")
        for value in fields.pop("classification", []):  # CL: the degree, a patent's kind, or a CLC class
            if is_degree(value) or kind in (EntryType.PATENT, EntryType.THESIS):
                fields.setdefault("genre", []).append(value)
            elif _CLC.fullmatch(value.strip()):
                fields.setdefault("clc", []).append(value)
            else:
                fields.setdefault("callnumber", []).append(value)
        move_tertiary(fields, kind, "advisor", book_editor=True)
        provenance = Provenance(importer=self.name, importer_version=self.version, locator=f"line {entry.line}")
        return finish(fields, kind, provenance, "RefWorks record (T1)")
