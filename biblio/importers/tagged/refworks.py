"""RefWorks tagged format (``RT Journal Article``, ``A1``, ``T1``, ``JF``, ``YR`` ...), as CNKI exports it."""

from __future__ import annotations

import re

from biblio.importers.base import ImportResult
from biblio.importers.fieldmap import type_from_name
from biblio.importers.tagged.reader import TaggedEntry, TagSyntax, count_tag_lines, parse_tagged
from biblio.importers.tagged.record import collect, to_record
from biblio.model import Provenance, Record

_TAG = re.compile(r"^([A-Z][A-Z0-9]) (?!\s*-)\S")

TAGS: dict[str, str] = {
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
    "LK": "url",
    "UL": "url",
    "DO": "doi",
    "ED": "edition",
    "AN": "accession",
    "CL": "clc",
    "FU": "funding",
}
_OTHER_TAGS = ("RT", "SR", "ID", "RD", "WP", "WV", "ST", "SL", "AV", "CR", "U1", "U2", "U3", "U4", "U5", "OL", "WT")
_SYNTAX = TagSyntax(
    tag_line=re.compile(r"^(" + "|".join((*TAGS, *_OTHER_TAGS)) + r")(?: (?!\s*- )|$)(.*)$"), start="RT"
)


class RefWorksImporter:
    """RefWorks tagged files (name ``refworks``)."""

    name: str = "refworks"
    version: str = "1"
    suffixes: tuple[str, ...] = (".txt",)

    def sniff(self, text: str) -> float:
        """An ``RT`` line and mostly ``XX value`` tag lines."""
        text = text.lstrip("\ufeff \n")
        tagged, total = count_tag_lines(text, _TAG)
        if not total or not re.search(r"(?m)^RT \S", text[:8000]):
            return 0.0
        return 0.9 if tagged / total > 0.5 else 0.3

    def parse(self, text: str) -> ImportResult:
        """Records start with ``RT``; blank lines separate them."""
        return parse_tagged(text, _SYNTAX, self._convert, "RefWorks")

    def _convert(self, entry: TaggedEntry) -> Record | str:
        if not entry.first("RT"):
            return "RefWorks record without an RT line"
        fields = collect(entry, TAGS)
        if not fields.get("title"):
            return "RefWorks record without a T1 title"
        end = fields.get("end_page", [""])[0]
        if re.search(r"\d\s*[-–~]\s*\d", end):  # CNKI writes the whole range into OP
            fields["pages"] = [end]
        if fields.get("volume", [""])[0].strip() in ("博士", "硕士"):  # CNKI puts the degree into VO
            fields["genre"] = fields.pop("volume")
        provenance = Provenance(importer=self.name, importer_version=self.version, locator=f"line {entry.line}")
        return to_record(fields, type_from_name(entry.first("RT")), provenance)
