"""PDFs: text per page, identifiers and a record from what a PDF says about itself.

- :mod:`.reader` — PDF bytes -> :class:`~.reader.PdfContent` (cleaned page texts, page-1 lines with font
  sizes, Info and XMP metadata); one-line InputErrors for encrypted, truncated and damaged files.
- :mod:`.clean` — raw page text -> searchable text (hyphenation, CJK line joins, ligatures).
- :mod:`.identifiers`, :mod:`.xmp` — DOI, arXiv id, ISBN; the XMP packet.
- :mod:`.firstpage`, :mod:`.cnki` — title and authors by font size; CNKI first pages and cover pages.
- :mod:`.record` — all of it -> a Record plus "guessed, needs review".
- :mod:`.importer` — the small JSON of page-1 facts kept as a PDF record's source, re-parseable.

No store, no network: the library (``biblio.library.pdfs``, ``.attachments``) keeps the file and looks DOIs up.
"""

from __future__ import annotations


def is_pdf(head: bytes) -> bool:
    """True when the bytes start like a PDF (``%PDF-`` within the first KiB, as readers allow)."""
    return b"%PDF-" in head[:1024]
