"""Splitting a written list of names into single names, noting "et al." markers."""

from __future__ import annotations

import re
from functools import lru_cache

from biblio.model.script import CYRILLIC, HAN, KANA, LATIN, detect_script
from biblio.names.roles import is_role_word
from biblio.names.tails import search_end

_ET_AL = re.compile(
    r"(?:[,，;；、\s]*[\[(（]?\s*(?:\bet\s*al\.?|\bet\s+alii\b|\bи\s+др(?:\.|угие\b)|\band\s+others\b|"
    r"\bu\.\s*a\.|ほか|他|等(?:人)?)\s*[\])）]?\s*)$",
    re.IGNORECASE,
)
_SPACE_RUN = re.compile(r"(\s)\s+")
_HAN_NAME = re.compile(r"[\u3400-\u9fff\uf900-\ufaff·•・‧]{2,}")
# "и" only in lower case: "ТИМОФЕЕВ И Н" (GB/T's upper-case Cyrillic with initials) has an initial И, not "and".
_HARD_SEPARATORS = re.compile(
    r"\s*(?:[;；、/／]|\s&\s|\s+and\s+|\s+(?-i:и)\s+|\s+und\s+|\s+et\s+|\s+和\s+)\s*", re.IGNORECASE
)
_CJK_SEPARATORS = re.compile(r"\s*[,，;；、/／]\s*")
_INITIALS = re.compile(r"(?:(?:[A-ZА-ЯЁ](?:[a-zа-яё]{1,2})?\.|[A-ZА-ЯЁ](?![a-zа-яё]))[\s-]*){1,4}")
_INITIALS_ANYWHERE = re.compile(r"(?<![\w.])[A-ZА-ЯЁ]\.(?:\s|$|-)|(?<![\w.])[A-ZА-ЯЁ](?:\s+[A-ZА-ЯЁ])?(?:\s*[,;]|$)")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "v", "2nd", "3rd", "phd", "ph.d.", "md"})


def strip_et_al(text: str) -> tuple[str, bool]:
    """Remove a trailing et-al marker ("等", "et al.", "и др.", "ほか"); return the rest and whether one was found."""
    body = text.strip()
    start = search_end(_ET_AL, body)
    rest = body[:start].rstrip(" ,，;；、") if start > 0 else ""
    if not rest.strip(" ,，;；、[(（\t\n"):  # no marker, or nothing but the marker
        return body, False
    return rest, True


def _is_short_part(part: str) -> bool:
    """A comma part that completes the previous name: initials ("Z.", "J.-P.") or a suffix ("Jr.")."""
    return bool(_INITIALS.fullmatch(part.strip())) or part.strip().lower() in _SUFFIXES


def _is_surname_part(part: str) -> bool:
    """One family name, perhaps with particles ("Huntington", "van der Berg"): the head of "Family, Given"."""
    words = part.split()
    while len(words) > 1 and words[0][:1].islower():
        words = words[1:]
    return len(words) == 1 and not _is_short_part(words[0])


def _split_commas(text: str) -> list[str]:
    """Split a Latin/Cyrillic list on commas, keeping "Family, Given" and "Family, I." pairs together."""
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) < 2:
        return parts
    if len(parts) % 2 == 0 and all(_is_surname_part(parts[i]) for i in range(0, len(parts), 2)):
        return [f"{parts[i]}, {parts[i + 1]}" for i in range(0, len(parts), 2)]
    merged: list[str] = []
    for part in parts:
        if merged and _is_short_part(part) and "," not in merged[-1]:
            merged[-1] = f"{merged[-1]}, {part}"
        else:
            merged.append(part)
    return merged


def _split_han_spaces(part: str) -> list[str]:
    """Chinese lists are sometimes space-separated ("张宁 李明"); a lone character is padding ("张 宁")."""
    tokens: list[str] = []
    for token in part.split():
        if tokens and (is_role_word(token) or strip_et_al(token)[1]):
            tokens[-1] = f"{tokens[-1]} {token}"
        else:
            tokens.append(token)
    if len(tokens) > 1 and all(_HAN_NAME.fullmatch(t) for t in tokens):
        return tokens
    return [part]


_FIRM_SUFFIXES = frozenset({"inc", "ltd", "llc", "plc", "co", "corp", "gmbh", "ag", "sa"})
_SEPARATOR_WORDS = re.compile(r"\s(?:&|and|и|und|et)\s|,", re.IGNORECASE)


def _one_body(body: str) -> bool:
    """A corporate body whose name contains "and", "&", "и" or a comma ("Food and Agriculture Organization",
    "Ernst & Young", "Freedom House, Inc.", "Агентство по … и метрологии"): one name, not a list.

    A list of persons has initials or given names; a body is recognised as corporate as a whole while one
    of its pieces alone is not ("Young", "Inc."-less "Freedom House"), or as bare capitalised words around "&".
    """
    from biblio.names.corporate import has_corporate_word, is_corporate

    if not _SEPARATOR_WORDS.search(body) or _INITIALS_ANYWHERE.search(body) or ";" in body:
        return False
    pieces = [p.strip(" .") for p in re.split(r"\s(?:&|and|и|und|et)\s|,", body, flags=re.IGNORECASE)]
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return False
    if has_corporate_word(body):  # only then do the pieces' own tests matter (a list of persons has none)
        corporate = [p for p in pieces if is_corporate(p)]
        if len(corporate) < len(pieces):
            return any(len(p.split()) >= 2 or p.casefold().strip(".") in _FIRM_SUFFIXES for p in corporate)
    return " & " in body and "," not in body and all(len(p.split()) == 1 and p[:1].isupper() for p in pieces)


def split_name_list(text: str) -> tuple[list[str], bool]:
    """Split "张宁，李明等" / "Smith, J.; Doe, J. et al." / "Иванов И. И., Петров П. П. и др.".

    Returns the name parts (role words left in place) and whether an et-al marker was present. Pure, and
    cached for short lists (a reference list or a library names the same authors again and again).
    """
    if len(text) > _CACHED_LENGTH:
        return _split(text)
    parts, et_al = _split_short(text)
    return list(parts), et_al


_CACHED_LENGTH = 300


@lru_cache(maxsize=16384)
def _split_short(text: str) -> tuple[tuple[str, ...], bool]:
    parts, et_al = _split(text)
    return tuple(parts), et_al


def _split(text: str) -> tuple[list[str], bool]:
    body, et_al = strip_et_al(_SPACE_RUN.sub(r"\1", text))  # one space each: the separators' \s* stay linear
    if _one_body(body):
        return [body.strip()], et_al
    script = detect_script(body)
    chunks = [c for c in _HARD_SEPARATORS.split(body) if c and c.strip()]
    parts: list[str] = []
    for raw in chunks:
        chunk, more = strip_et_al(raw)
        et_al = et_al or more
        if script in (LATIN, CYRILLIC) and detect_script(chunk) in (LATIN, CYRILLIC, ""):
            parts.extend(_split_commas(chunk))
        else:
            for piece in _CJK_SEPARATORS.split(chunk):
                parts.extend(_split_han_spaces(piece) if script in (HAN, KANA) else [piece])
    return [p.strip() for p in parts if p.strip(" ,，;；、")], et_al
