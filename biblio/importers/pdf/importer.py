"""The kept source of a record made from a PDF: its page-1 facts as JSON, re-parseable like any source.

A PDF is kept in the library's ``files/`` folder as the record's attachment; keeping it a second
time in ``sources/`` would double the space the library takes. What the record was read from
(the first pages' text, page 1's lines with font sizes, the Info and XMP metadata) is small, so that
is kept as the source instead, and this importer turns it back into the same record. The JSON starts
with ``{"biblio-pdf-facts": 1``, which is what ``sniff`` looks for.
"""

from __future__ import annotations

import json
from typing import Any

from biblio.errors import InputError
from biblio.importers.base import ImportResult, Problem
from biblio.importers.pdf.identifiers import HEAD_PAGES
from biblio.importers.pdf.reader import Line, PdfContent
from biblio.importers.pdf.record import NAME, VERSION, facts_from_pdf
from biblio.importers.pdf.sniff import MARKER, sniff_pdf_facts


def facts_source(content: PdfContent, file_name: str, sha256: str) -> bytes:
    """The JSON kept as the source of a record read from a PDF."""
    data: dict[str, Any] = {
        MARKER: 1,
        "file": file_name,
        "sha256": sha256,
        "page_count": len(content.pages),
        "pages": content.pages[:HEAD_PAGES],
        "first_lines": [[line.text, line.size, list(line.cells)] for line in content.first_lines],
        "info": content.info,
        "xmp": content.xmp,
    }
    return json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8")


def content_from_facts(text: str) -> tuple[PdfContent, str]:
    """The PdfContent (first pages only) and file name a facts JSON holds; InputError if it is not one."""
    try:
        data = json.loads(text)
        lines = [Line(str(t), float(s), tuple(str(c) for c in cells)) for t, s, cells in data["first_lines"]]
        content = PdfContent(
            pages=[str(p) for p in data["pages"]],
            first_lines=lines,
            info={str(k): str(v) for k, v in data["info"].items()},
            xmp=str(data["xmp"]),
        )
        return content, str(data["file"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"not a PDF facts file ({exc.__class__.__name__}: {exc})") from None


class PdfFactsImporter:
    """Re-reads the kept page-1 facts of a PDF record (see the module docstring)."""

    name = NAME
    version = VERSION
    suffixes = (".json",)

    def sniff(self, text: str) -> float:
        """1.0 for a facts JSON (it starts with its marker key), else 0."""
        return sniff_pdf_facts(text)

    def parse(self, text: str) -> ImportResult:
        """The record the facts give, with its warnings as problems of severity ``warning``."""
        content, file_name = content_from_facts(text)
        facts = facts_from_pdf(content, file_name)
        return ImportResult([facts.record], [Problem(w, severity="warning") for w in facts.warnings])
