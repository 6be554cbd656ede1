"""Parsing one reference string into a record (``biblio parse-ref``): no library needed, nothing stored."""

from __future__ import annotations

from dataclasses import dataclass, field

from biblio.model import Record


@dataclass
class ParsedReference:
    """The record a reference string gave (its key set), how sure the parser is, and what it warned about."""

    record: Record
    confidence: float
    low: bool  # below the parser's review threshold: the fields should be checked
    warnings: list[str] = field(default_factory=list)


def parse_reference_text(text: str, style: str = "auto") -> ParsedReference:
    """Parse one reference (``style``: ``auto``, ``gbt7714``, ``note``, ``gost``, ``english``) and give it a key."""
    from biblio.importers.refs import REVIEW_BELOW, parse_reference
    from biblio.keys import key_base

    parsed = parse_reference(text, style)
    confidence = round(parsed.confidence or 0.0, 2)
    parsed.record.key = parsed.record.key or key_base(parsed.record)
    return ParsedReference(parsed.record, confidence, confidence < REVIEW_BELOW, list(parsed.warnings))


def reference_text(data: bytes, origin: str = "standard input") -> str:
    """Bytes read for ``parse-ref`` as text (UTF-8, UTF-16, GBK...; InputError for binary junk)."""
    from biblio.importers.decode import decode_text

    return decode_text(data, origin).text
