"""Character folding for search: case, width, ё/е and traditional -> simplified Chinese.

Every fold here maps one character to exactly one character, so a folded string has the same
length as the original and token offsets found in the folded text are valid in the original
(the snippet highlighter relies on that).
"""

from __future__ import annotations

from functools import cache

from biblio.search.t2s_table import SIMPLIFIED, TRADITIONAL

# Quotes, colons and brackets typed with a Chinese input method, mapped to their ASCII forms.
_QUERY_PUNCT = {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "「": '"', "」": '"', "：": ":"}


@cache
def _table() -> dict[int, int]:
    """The translation table: full-width ASCII, ideographic space, ё, and the OpenCC character pairs."""
    table = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20
    table[ord("ё")] = ord("е")
    table[ord("Ё")] = ord("Е")
    table.update({ord(t): ord(s) for t, s in zip(TRADITIONAL, SIMPLIFIED, strict=True)})
    return table


def fold_char(ch: str) -> str:
    """Fold one character (always returns one character)."""
    lowered = ch.translate(_table()).lower()
    return lowered if len(lowered) == 1 else lowered[0]


def fold_text(text: str) -> str:
    """Lowercase, ASCII-width, ё->е and simplified form of ``text``, same length as ``text``."""
    folded = text.translate(_table()).lower()
    if len(folded) == len(text):
        return folded
    return "".join(fold_char(ch) for ch in text)  # rare: a character whose lowercase is longer (İ)


def fold_query_syntax(text: str) -> str:
    """Width-fold a query string and map CJK quotes/colons to ASCII, keeping case (operators are upper case)."""
    out = []
    for ch in text:
        code = ord(ch)
        plain = chr(code - 0xFEE0) if 0xFF01 <= code <= 0xFF5E else " " if code == 0x3000 else ch
        out.append(_QUERY_PUNCT.get(plain, plain))
    return "".join(out)
