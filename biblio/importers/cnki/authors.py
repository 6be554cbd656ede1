"""Pair Chinese author names with the Latin forms a CNKI page prints for them.

The page may print ``张宁 李明 Zhang Ning Li Ming``, ``ZHANG Ning, LI Ming`` or ``Xiaoming OUYANG``.
Each name is romanized with :func:`biblio.names.romanize_name`; runs of Latin words that spell the
same letters (family-given or given-family, ignoring case, spaces and hyphens) are taken as the page's
own spelling. When the letters do not match (a surname read differently), equal counts pair by position.
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.model import Name

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ'’\-]+")
_MAX_WORDS = 4
_LATIN = ("Latn", "")


def attach_romanized(names: list[Name], latin: list[str]) -> list[Name]:
    """``names`` with ``romanized`` set from the page's Latin forms where they can be paired."""
    if not names or not latin:
        return names
    forms = _match(names, _WORD.findall(" ".join(latin)))
    if not forms and len(latin) == len(names):
        forms = latin
    if not forms:
        return names
    paired = zip(names, forms, strict=True)
    return [replace(n, romanized=n.romanized or f) if f and n.script not in _LATIN else n for n, f in paired]


def _match(names: list[Name], words: list[str]) -> list[str]:
    """The Latin form of every name, in order, or ``[]`` if some name has none."""
    from biblio.names import romanize_name

    found: list[str] = []
    start = 0
    for name in names:
        spellings = _spellings(romanize_name(name, "zh").romanized)
        end = next(
            (
                j
                for j in range(start + 1, min(start + _MAX_WORDS, len(words)) + 1)
                if _letters("".join(words[start:j])) in spellings
            ),
            0,
        )
        if not end:
            return []
        found.append(" ".join(words[start:end]))
        start = end
    return found


def _spellings(romanized: str) -> set[str]:
    parts = romanized.split()
    if len(parts) < 2:
        return {_letters(romanized)} - {""}
    family, given = _letters(parts[0]), _letters("".join(parts[1:]))
    return {family + given, given + family}


def _letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())
