"""Snippets: a short window of stored text with the matched terms marked «like this»."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from biblio.search.analyzers import CJK_RE, MultiScriptAnalyzer, split_words
from biblio.search.fold import fold_text

OPEN, CLOSE = "«", "»"
WIDTH = 160
_LEAD = 40
MAX_PASSAGES = 400  # passages (abstract, pages of attached files, titles) looked at for one hit's snippet
MIN_NEEDLE = 3


def marked_spans(
    text: str, analyzer: MultiScriptAnalyzer, terms: set[str], prefixes: set[str], found: set[str] | None = None
) -> list[bool]:
    """A per-character mask of ``text``: True where a token equals a query term or starts with a prefix.

    CJK terms (bigrams) are found by substring search, words by tokenizing only the non-CJK words:
    a snippet is built for every listed hit, so this runs twenty times per query. The terms and
    prefixes that occur are added to ``found`` when it is given.
    """
    folded = fold_text(text)
    mask = [False] * len(text)
    seen = found if found is not None else set()
    for needle in [t for t in terms | prefixes if CJK_RE.match(t)]:
        at = folded.find(needle)
        if at >= 0:
            seen.add(needle)
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
            seen.add(
                token if token in words else next(p for p in word_prefixes if raw.startswith(p) or token.startswith(p))
            )
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


@dataclass(frozen=True, slots=True)
class Passage:
    """A text a snippet may be cut from; ``page`` (1-based) when it is a page of an attached file.

    ``label`` names the file when a record has several (``paper.pdf``); the snippet then reads
    ``paper.pdf p. 14: …``.
    """

    text: str
    page: int | None = None
    label: str = ""

    def prefix(self) -> str:
        """``p. 14: `` (with the label before it), or ``""`` for a passage that is not a page."""
        if self.page is None:
            return ""
        return f"{self.label} p. {self.page}: " if self.label else f"p. {self.page}: "


# What a hit's snippet is cut from: a text (the abstract), or passages in order (abstract, then pages).
SnippetSource = str | Sequence[Passage] | Iterable[Passage]


def snippet(candidates: Iterable[str], analyzer: MultiScriptAnalyzer, terms: set[str], prefixes: set[str]) -> str:
    """The first candidate text that contains a match, cut to about WIDTH columns around it.

    Falls back to the start of the first non-empty candidate (unmarked) when nothing matches. Text
    with CJK characters is cut to half as many characters: each takes two columns in a terminal.
    """
    return passage_snippet((Passage(text) for text in candidates), analyzer, terms, prefixes)[0]


def passage_snippet(
    passages: Iterable[Passage], analyzer: MultiScriptAnalyzer, terms: set[str], prefixes: set[str]
) -> tuple[str, Passage | None]:
    """:func:`snippet` over passages: the snippet (a page's prefixed with ``p. N:``) and the passage it came from.

    The passage holding the most distinct query terms wins, the earliest among equals. Passages are
    read lazily: the search stops at the first that holds every term, and after MAX_PASSAGES
    passages; a page that cannot contain any term (a cheap substring test) is not tokenized.
    """
    wanted = terms | prefixes
    needles = _needles(wanted)
    best: tuple[int, Passage, list[bool]] | None = None
    fallback = ""
    for count, passage in enumerate(passages):
        if count >= MAX_PASSAGES:
            break
        text = passage.text
        if not text:
            continue
        fallback = fallback or text
        if passage.page is not None and needles and not any(n in fold_text(text) for n in needles):
            continue  # a page that cannot hold a term is not tokenized
        found: set[str] = set()
        mask = marked_spans(text, analyzer, terms, prefixes, found)
        if found and (best is None or len(found) > best[0]):
            best = (len(found), passage, mask)
            if len(found) >= len(wanted):
                break
    if best is None:
        width = _window(fallback)[0]
        return fallback[:width] + ("…" if len(fallback) > width else ""), None
    _, passage, mask = best
    text = passage.text
    width, lead = _window(text)
    first = mask.index(True)
    start = max(0, first - lead) if len(text) > width else 0
    end = min(len(text), start + width)
    body = render(text, mask, start, end)
    return passage.prefix() + ("…" if start else "") + body + ("…" if end < len(text) else ""), passage


def _needles(wanted: set[str]) -> tuple[str, ...]:
    """Substrings one of which a folded text must contain to match: CJK terms as they are, words shortened by a
    letter (a Snowball stem may end otherwise than the word: happi/happy), at least three letters long."""
    needles = []
    for term in wanted:
        if CJK_RE.match(term):
            needles.append(term)
        elif len(term) >= MIN_NEEDLE:
            needles.append(term[: max(MIN_NEEDLE, len(term) - 1)])
        else:
            return ()  # a short word: no cheap test
    return tuple(needles)


def _window(text: str) -> tuple[int, int]:
    """(characters shown, characters before the first match) for ``text``."""
    return (WIDTH // 2, _LEAD // 2) if CJK_RE.search(text) else (WIDTH, _LEAD)
