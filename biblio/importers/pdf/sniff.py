"""Is a text the facts JSON that biblio keeps as the source of a record read from a PDF? (Sniffer only.)"""

from __future__ import annotations

MARKER = "biblio-pdf-facts"


def sniff_pdf_facts(text: str) -> float:
    """1.0 for a facts JSON (it starts with its marker key), else 0."""
    head = text[:100].lstrip("\ufeff \t\r\n")
    return 1.0 if head.startswith("{") and f'"{MARKER}"' in head[:40] else 0.0
