"""Brace proper nouns and acronyms in English titles, so sentence-casing BibTeX styles keep them.

gbt7714.bst lower-cases English titles (``sentence.case.title``). Acronyms (``NATO``, ``COVID-19``,
``US``) are always protected. A capitalised word after the first is taken as a proper noun when the
title is sentence-cased (most words lower case), or, in a Title-Cased title, when it looks like a
national or regional name (``American``, ``Eurasian``, ``Chinese``) or is a common place name.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r"\S+")
_LETTERS = re.compile(r"[A-Za-z]+")
_NATIONAL = re.compile(r"^[A-Z][a-z]+(?:ican|ian|ean|ese|ish)$")
_PLACES = frozenset(
    "Africa America Asia Europe Eurasia China Russia Japan Korea India Ukraine Kazakhstan Uzbekistan Kyrgyzstan "
    "Tajikistan Turkmenistan Afghanistan Mongolia Iran Turkey Moscow Beijing Washington Siberia Caucasus Arctic "
    "Pacific Atlantic Britain England France Germany German Soviet NATO".split()
)
_SMALL = frozenset("a an and as at but by for from in into nor of on or the to via with".split())


def protect_title(escaped: str) -> str:
    """The escaped English title with proper nouns and acronyms in braces (``{American}``, ``{NATO}``)."""
    tokens = list(_TOKEN.finditer(escaped))
    if not tokens:
        return escaped
    sentence_cased = _is_sentence_cased([t.group() for t in tokens])
    pieces: list[str] = []
    last = 0
    for index, match in enumerate(tokens):
        word = match.group()
        pieces.append(escaped[last : match.start()])
        pieces.append(_protect(word, index, sentence_cased))
        last = match.end()
    pieces.append(escaped[last:])
    return "".join(pieces)


def _protect(token: str, index: int, sentence_cased: bool) -> str:
    if "\\" in token or "{" in token or "}" in token:
        return token  # escapes and existing protection: leave alone
    core = token.strip(".,:;!?()[]\"'“”‘’")
    if not core or not any(ch.isupper() for ch in core[1:] + (core[0] if index else "")):
        return token
    if not _needs_protection(core, index, sentence_cased):
        return token
    start = token.index(core)
    return f"{token[:start]}{{{core}}}{token[start + len(core) :]}"


def _needs_protection(word: str, index: int, sentence_cased: bool) -> bool:
    letters = "".join(_LETTERS.findall(word))
    if sum(ch.isupper() for ch in letters) >= 2:
        return True  # NATO, US, COVID-19, iPhone-like mixed case
    if index == 0 or not word[:1].isupper():
        return False
    if sentence_cased:
        return True
    base = word.split("-", maxsplit=1)[0].removesuffix("'s").removesuffix("’s")
    return base in _PLACES or _NATIONAL.match(base) is not None


def _is_sentence_cased(words: list[str]) -> bool:
    """True if most content words after the first start lower case."""
    content = [w for w in words[1:] if w[:1].isalpha() and w.lower() not in _SMALL]
    if not content:
        return True
    lower = sum(1 for w in content if w[:1].islower())
    return lower * 2 > len(content)
