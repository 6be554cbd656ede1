"""Snippets: a short window of stored text with the matched terms marked «like this»."""

from __future__ import annotations

from collections.abc import Iterable

from biblio.search.analyzers import CJK_RE, MultiScriptAnalyzer, split_text

OPEN, CLOSE = "«", "»"
WIDTH = 160
_LEAD = 40


def marked_spans(text: str, analyzer: MultiScriptAnalyzer, terms: set[str], prefixes: set[str]) -> list[bool]:
    """A per-character mask of ``text``: True where a token equals a query term or starts with a prefix."""
    mask = [False] * len(text)
    for raw, start, end in split_text(text):
        token = raw if CJK_RE.match(raw) else analyzer.normalize(raw)
        if token in terms or any(token.startswith(p) or raw.startswith(p) for p in prefixes):
            mask[start:end] = [True] * (end - start)
    return mask


def render(text: str, mask: list[bool], start: int, end: int) -> str:
    """``text[start:end]`` with the masked runs wrapped in « »."""
    out: list[str] = []
    inside = False
    for i in range(start, end):
        if mask[i] != inside:
            out.append(OPEN if mask[i] else CLOSE)
            inside = mask[i]
        out.append(text[i])
    if inside:
        out.append(CLOSE)
    return "".join(out)


def snippet(candidates: Iterable[str], analyzer: MultiScriptAnalyzer, terms: set[str], prefixes: set[str]) -> str:
    """The first candidate text that contains a match, cut to about WIDTH characters around it.

    Falls back to the start of the first non-empty candidate (unmarked) when nothing matches.
    """
    fallback = ""
    for text in candidates:
        if not text:
            continue
        fallback = fallback or text
        mask = marked_spans(text, analyzer, terms, prefixes)
        if True in mask:
            first = mask.index(True)
            start = max(0, first - _LEAD) if len(text) > WIDTH else 0
            end = min(len(text), start + WIDTH)
            body = render(text, mask, start, end)
            return ("…" if start else "") + body + ("…" if end < len(text) else "")
    return fallback[:WIDTH] + ("…" if len(fallback) > WIDTH else "")
