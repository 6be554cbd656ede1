"""NoteExpress tagged format (``{Reference Type}: Journal Article``), CNKI's richest export.

It is the only common CNKI export carrying the translated (English) title and journal name.
"""

from __future__ import annotations

import re

from biblio.importers.base import ImportResult
from biblio.importers.fieldmap import type_from_name
from biblio.importers.tagged.reader import Converted, TaggedEntry, TagSyntax, parse_tagged
from biblio.importers.tagged.record import collect, finish
from biblio.importers.tagged.sniff import sniff_noteexpress
from biblio.model import Provenance

_SYNTAX = TagSyntax(
    tag_line=re.compile(r"^\{([^{}\n]{1,40})\}\s*[:：]\s*(.*)$"),
    start="Reference Type",
    one_line=frozenset(
        "Reference Type|Year|Date|Volume|Issue|Number|Pages|ISBN/ISSN|URL|DOI|Database Provider|Language|Edition"
        "|Call Number|Number of Pages".split("|")
    ),
    list_tags=frozenset({"Keywords"}),
)

TAGS: dict[str, str] = {
    "Reference Type": "",
    "Title": "title",
    "Translated Title": "title_tr",
    "Author": "author",
    "Translated Author": "author_tr",
    "Author Address": "affiliation",
    "Secondary Author": "editor",
    "Tertiary Author": "advisor",
    "Subsidiary Author": "translator",
    "Translator": "translator",
    "Journal": "container",
    "Secondary Title": "container",
    "Translated Journal": "container_tr",
    "Year": "year",
    "Date": "date",
    "Volume": "volume",
    "Issue": "number",
    "Number": "number",
    "Pages": "pages",
    "Keywords": "keywords",
    "Abstract": "abstract",
    "Translated Abstract": "abstract",
    "ISBN/ISSN": "isbn_issn",
    "Notes": "note",
    "Database Provider": "database",
    "Database": "dbname",
    "URL": "url",
    "DOI": "doi",
    "Place Published": "place",
    "Publisher": "publisher",
    "Type of Work": "genre",
    "Language": "language",
    "Edition": "edition",
    "Call Number": "clc",
    "Fund": "funding",
    "Number of Pages": "pagetotal",
    "Tertiary Title": "series",
    "Subject": "discipline",
    "Institution": "institution",
    "Degree Grantor": "institution",
}


class NoteExpressImporter:
    """NoteExpress files (name ``noteexpress``)."""

    name: str = "noteexpress"
    version: str = "2"
    suffixes: tuple[str, ...] = (".net", ".txt")

    def sniff(self, text: str) -> float:
        """``{Reference Type}:`` and ``{Title}:`` lines."""
        return sniff_noteexpress(text)

    def parse(self, text: str) -> ImportResult:
        """Records start with ``{Reference Type}``; blank lines separate them."""
        return parse_tagged(text, _SYNTAX, self._convert, "NoteExpress")

    def _convert(self, entry: TaggedEntry) -> Converted:
        fields = collect(entry, TAGS, "noteexpress")
        provenance = Provenance(importer=self.name, importer_version=self.version, locator=f"line {entry.line}")
        return finish(fields, type_from_name(entry.first("Reference Type")), provenance, "NoteExpress record ({Title})")
