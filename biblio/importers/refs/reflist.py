"""A file (or paste) of reference strings: one per line, or a numbered list ("[1] …", "1. …", "1 …").

Each reference becomes one record parsed by :func:`biblio.importers.refs.parse_reference` (style
detected per line). In a numbered list, an unnumbered line continues the reference above it (wrapped
text). Headings ("参考文献", "References", "Список литературы") are skipped; a line that yields
neither date, names nor source becomes a :class:`Problem` instead of a record.
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.importers.base import ImportResult, Problem
from biblio.importers.refs.common import PARSER_VERSION, normalize
from biblio.model import Record

NEEDS_REVIEW = "needs-review"

_NUMBERED = re.compile(
    r"^\s*(?:[•●▪◦]\s*)?(?:[\u2460-\u2473\u2776-\u277f]|[\[(]\d{1,4}[\])]|\d{1,4}[.、)]|\d{1,4}\s|\d{1,3}(?=[(（\[]))"
)
_HEADINGS = re.compile(
    r"^\s*(?:[•●▪◦]\s*)?(?:参考文献|参考资料|相关文献|引文|注释|references?|bibliography|works cited|literature|"
    r"список (?:использованной )?литературы|литература|библиография)\s*[:：]?\s*$",
    re.IGNORECASE,
)
_REF_SIGNS = re.compile(
    r"\[(?:[JMCGDRNSPZA]|EB|DB|CP|DS)(?:/OL)?\]|//|\b[МЛК]\.\s*:|СПб\.|\bС\.\s*\d|\d+\s*[сc]\.|"
    r"\((?:19|20)\d\d[a-z]?\)|\b(?:19|20)\d\d[,.:]\s*\d|(?:出版社|大学|学报|研究)|doi"
)
# a year followed later by a publication sign: two searches, not ``year.*sign`` (quadratic on long lines)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SIGN_AFTER_YEAR = re.compile(r"\b(?:pp?\.|Press|University|[Jj]ournal|no\.)")


def _looks_like_reference(text: str) -> bool:
    if _REF_SIGNS.search(text):
        return True
    year = _YEAR.search(text)
    return bool(year and _SIGN_AFTER_YEAR.search(text, year.end()))


class ReflistImporter:
    """Importer for lists of reference strings (GB/T 7714, GOST, APA/Chicago/Harvard/MLA)."""

    name = "reflist"
    version = PARSER_VERSION
    suffixes = (".txt", ".refs", ".ref")

    def sniff(self, text: str) -> float:
        """High when most of the first lines look like references."""
        return sniff_reflist(text)

    def parse(self, text: str) -> ImportResult:
        """One record per reference; non-references become problems."""
        from biblio.importers.refs import REVIEW_BELOW, parse_reference

        result = ImportResult()
        for line_no, reference in split_references(text):
            parsed = parse_reference(reference)
            record = parsed.record
            if not _has_substance(record):
                result.problems.append(Problem("not a reference", line=line_no, raw=reference))
                continue
            if record.provenance is not None:
                record.provenance = replace(record.provenance, locator=f"line {line_no}")
            result.records.append(record)
            for warning in parsed.warnings:
                result.problems.append(Problem(warning, line=line_no, raw=reference, severity="warning"))
            confidence = parsed.confidence or 0.0
            if confidence < REVIEW_BELOW:
                record.tags.append(NEEDS_REVIEW)
                why = f"low confidence {confidence:.2f}: tagged {NEEDS_REVIEW}, check the fields"
                result.problems.append(Problem(why, line=line_no, raw=reference, severity="warning"))
        return result


def sniff_reflist(text: str) -> float:
    """High when most of the first lines look like references."""
    stripped = text.lstrip("\ufeff \r\n\t")
    if not stripped or stripped[0] in "@{<" or stripped.startswith(("TY  -", "%0", "[{")):
        return 0.0
    references = [ref for _, ref in split_references("\n".join(stripped.splitlines()[:60]))]
    if not references:
        return 0.0
    hits = sum(1 for ref in references if _looks_like_reference(normalize(ref)))
    share = hits / len(references)
    return round(0.85 * share, 3) if share >= 0.5 else round(0.3 * share, 3)


def split_references(text: str) -> list[tuple[int, str]]:
    """(first line number, reference text) for each reference; wrapped lines of a numbered list are joined."""
    lines = [(i, line.strip()) for i, line in enumerate(text.splitlines(), 1)]
    lines = [(i, line) for i, line in lines if line and not _HEADINGS.match(line)]
    numbered = sum(1 for _, line in lines if _NUMBERED.match(normalize(line))) >= max(2, len(lines) // 2)
    references: list[tuple[int, str]] = []
    for line_no, line in lines:
        if numbered and references and not _NUMBERED.match(normalize(line)):
            first, previous = references[-1]
            joiner = "" if _is_cjk_edge(previous[-1], line[0]) else " "
            references[-1] = (first, previous + joiner + line)
        else:
            references.append((line_no, line))
    return references


def _is_cjk_edge(left: str, right: str) -> bool:
    return any("\u3000" <= ch <= "\u9fff" or "\uff00" <= ch <= "\uffef" for ch in (left, right))


def _has_substance(record: Record) -> bool:
    """A reference has at least a date, a name or a source besides its title."""
    return bool(
        record.date
        or record.authors
        or record.editors
        or record.container
        or record.publisher
        or record.url
        or record.doi
    )
