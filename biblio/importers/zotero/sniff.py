"""Is a JSON text Zotero item JSON? Its items have ``itemType`` and ``creators`` or ``title`` (one linear pass).

Zotero's items share many keys with CSL-JSON (``title``, ``DOI``, ``ISSN``, ``volume``), so the CSL sniffer
scores them 0.8-0.9; ``itemType`` is Zotero's own, and with ``creators`` or ``title`` beside it the text is
Zotero's, so this sniffer answers above CSL's best. CSL items have no ``itemType`` and score 0 here.
"""

from __future__ import annotations

from biblio.importers.csl.shape import head_keys

ZOTERO_SCORE = 0.95


def sniff_zotero_json(text: str) -> float:
    """0.95 for a JSON array or object whose first keys include ``itemType`` and ``creators`` or ``title``."""
    head = text[:8192].lstrip("\ufeff \t\r\n")
    if not head.startswith(("[", "{")):
        return 0.0
    keys = set(head_keys(head))
    if "itemType" in keys and keys & {"creators", "title"}:
        return ZOTERO_SCORE
    return 0.0
