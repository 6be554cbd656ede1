"""Snippets: a short window of stored text with the matched terms marked «like this»."""

from __future__ import annotations

from collections.abc import Iterable

from biblio.search.analyzers import CJK_RE, MultiScriptAnalyzer, split_words
from biblio.search.fold import fold_text

OPEN, CLOSE = "«", "»"
WIDTH = 160
_LEAD = 40


def marked_spans(text: str, analyzer: MultiScriptAnalyzer, terms: set[str], prefixes: set[str]) -> list[bool]:
    """A per-character mask of ``text``: True where a token equals a query term or starts with a prefix.

    CJK terms (bigrams) are found by substring search, words by tokenizing only the non-CJK words:
    a snippet is built for every listed hit, so this runs twenty times per query.
    """
    folded = fold_text(text)
    mask = [False] * len(text)
    for needle in [t for t in terms | prefixes if CJK_RE.match(t)]:
        at = folded.find(needle)
        while at >= 0:
            mask[at : at + len(needle)] = [True] * len(needle)
            at = folded.find(needle, at + 1)
    words = {t for t in terms if not CJK_RE.match(t)}
    word_prefixes = tuple(p for p in prefixes if not CJK_RE.match(p))
    if not words and not word_prefixes:
        return mask
    for raw, start, end in split_words(folded):
        token = analyzer.term(raw)
        if token in words or (word_prefixes and (token.startswith(word_prefixes) or raw.startswith(word_prefixes))):
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
    """The first candidate text that contains a match, cut to about WIDTH columns around it.

    Falls back to the start of the first non-empty candidate (unmarked) when nothing matches. Text
    with CJK characters is cut to half as many characters: each takes two columns in a terminal.
    """
    fallback = ""
    for text in candidates:
        if not text:
            continue
        fallback = fallback or text
        mask = marked_spans(text, analyzer, terms, prefixes)
        if True in mask:
            width, lead = _window(text)
            first = mask.index(True)
            start = max(0, first - lead) if len(text) > width else 0
            end = min(len(text), start + width)
            body = render(text, mask, start, end)
            return ("…" if start else "") + body + ("…" if end < len(text) else "")
    width = _window(fallback)[0]
    return fallback[:width] + ("…" if len(fallback) > width else "")


def _window(text: str) -> tuple[int, int]:
    """(characters shown, characters before the first match) for ``text``."""
    return (WIDTH // 2, _LEAD // 2) if CJK_RE.search(text) else (WIDTH, _LEAD)
