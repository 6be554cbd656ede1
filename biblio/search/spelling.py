"""'Did you mean': correct Latin/Cyrillic words of a query that found nothing.

Candidates come from the ``spell`` field (unstemmed words of titles, keywords, journals and names).
Only terms sharing the first letter are scanned, which keeps this cheap on large indexes.
"""

from __future__ import annotations

from typing import Any

from biblio.search.analyzers import CJK_RE
from biblio.search.fold import fold_text

MAX_DISTANCE = 2
MIN_LENGTH = 3


def correct_word(reader: Any, word: str) -> str | None:
    """The most frequent indexed word within MAX_DISTANCE edits of ``word``, or None if it is known/unfixable."""
    from whoosh.support.levenshtein import distance

    folded = fold_text(word)
    if len(folded) < MIN_LENGTH or CJK_RE.search(folded) or not folded.isalpha():
        return None
    if reader.doc_frequency("spell", folded):
        return None
    best: tuple[int, int, str] | None = None
    limit = 1 if len(folded) <= 4 else MAX_DISTANCE
    for candidate in reader.terms_within("spell", folded, limit, prefix=1):
        score = (distance(folded, candidate), -reader.doc_frequency("spell", candidate), candidate)
        if best is None or score < best:
            best = score
    return best[2] if best else None


def suggest(reader: Any, query: str, words: list[str]) -> str | None:
    """``query`` with its misspelled plain words replaced, or None when nothing could be corrected."""
    fixed = query
    changed = False
    for word in words:
        better = correct_word(reader, word)
        if better and better != fold_text(word):
            fixed = fixed.replace(word, better, 1)
            changed = True
    return fixed if changed else None
