"""English-style author and editor lists -> names.

The list is cut at commas, semicolons, "&" and "and" into chunks, and the chunks are put back together
by their shape, so every common form reads the same way:

- inverted, initials after the family name: ``Romero, C., Paunesku, D., & Dweck, C.``;
- Vancouver, initials glued to the family name: ``Smith AB, Jones CD:``, ``Pérez-Higueras JJ, Arias A``;
- direct order: ``S. E. Han, G. Chen``, ``John Smith and Mary Jones``;
- Chicago, only the first name inverted: ``Smith, John, and Mary Jones``;
- the last author after "&" / "and" (with or without a serial comma);
- "et al.", "and others" (a flag, not a name); "Jr.", "III" (kept with the name before them).

A corporate body stays one name: a list with an organisation word ("Inc.", "Association", "Institute",
"Department", ...) and no person-shaped chunk, or two single capitalised words joined by "&" or "and"
with no initials anywhere ("Procter & Gamble", "Ernst & Young").
"""

from __future__ import annotations

import re

from biblio.model import Name

_SPLIT_RE = re.compile(r"\s*(?:;|,|&|\band\b|\bund\b|\bet\b(?!\s*al)|\by\b)\s*")
_ET_AL_RE = re.compile(r"(?:,?\s*(?:et\.?\s*al\.?|and\s+others|u\.\s*a\.|\[?и др\.?\]?|others)\s*)$", re.IGNORECASE)
_INITIALS_RE = re.compile(r"^(?:[A-Z\u00c0-\u00de][a-z]?\.?\s*-?\s*){1,4}$")
_SUFFIX_RE = re.compile(r"^(?:Jr|Sr|I{2,3}|IV|Jun|Sen)\.?$")
_VANCOUVER_RE = re.compile(r"^[^\W\d_][\w'\-\s]*\s[A-Z]{1,4}$")
_ORG_WORDS = re.compile(
    r"\b(?:Inc|Ltd|LLC|LLP|Corp|Corporation|Co|Company|GmbH|AG|plc|Association|Associates|Institute|Institution|"
    r"University|College|School|Society|Council|Organi[sz]ation|Bank|Group|Agency|Department|Dept|Ministry|"
    r"Commission|Committee|Foundation|Fund|Center|Centre|Office|Board|Bureau|Federation|Union|League|Press|"
    r"Laboratory|Laboratories|Consortium|Service|Services|Survey|Authority|Administration|Government|"
    r"Network|Project|Team|Initiative|Trust|Program|Programme|Academy|Museum|Library|Archive|Archives|"
    r"Nations|Forum|Alliance|Partnership|Coalition|Secretariat|Parliament|Congress|Senate|Court|"
    r"Statistics|Census|Bureau|Working\s+Group|Task\s+Force)\b\.?"
    # the same words in Russian (bodies that sign standards, reports and web pages)
    r"|(?i:\b(?:совет|комитет|агентство|министерство|институт|университет|академия|банк|организация|служба|фонд|"
    r"центр|союз|федерация|ассоциация|общество|управление|комиссия|администрация|правительство|президент)\w*)"
)


def split_english_names(text: str) -> tuple[list[Name], bool]:
    """The names of an English name list and whether it ends in "et al." (roles already removed)."""
    from biblio.names.parse import parse_name

    text = " ".join(text.split()).strip(" ,.;:")
    et_al_match = _ET_AL_RE.search(text)
    et_al = bool(et_al_match)
    if et_al_match:
        text = text[: et_al_match.start()].strip(" ,.;:")
    if not text:
        return [], et_al
    if _is_corporate(text) or re.fullmatch(r"(?:The\s+)?[^\W\d_][\w'’\-]+|The\s+.+", text):
        return [Name(literal=text.rstrip(" ,;"))], et_al  # a body; a single word is a site or body too
    text = _unseparated_vancouver(text)
    chunks = [c.strip(" .,") for c in _SPLIT_RE.split(text)]
    chunks = [c for c in chunks if c and not re.fullmatch(r"et\.?\s*al\.?|others", c, re.IGNORECASE)]
    names: list[Name] = []
    for chunk_text in _pair(chunks):
        names.append(parse_name(chunk_text, "en"))
    return names, et_al


_CAPS_INITIALS_RE = re.compile(r"[A-Z]{1,3}\.?")
_FAMILY_WORD_RE = re.compile(r"[^\W\d_][\w'’-]*")


def _unseparated_vancouver(text: str) -> str:
    """ "Goss DL. Moore JH" or "Liu SM Zhong J Zhao XJ" (Vancouver names with no commas): "Goss DL, Moore JH".

    Only when every word pair is a family name and capital initials, and there are at least two pairs.
    """
    words = text.split()
    if len(words) < 4 or len(words) % 2 or "," in text:
        return text
    pairs = list(zip(words[::2], words[1::2], strict=True))
    if all(_FAMILY_WORD_RE.fullmatch(f) and _CAPS_INITIALS_RE.fullmatch(g) for f, g in pairs):
        return ", ".join(f"{family} {given.rstrip('.')}" for family, given in pairs)
    return text


def _is_corporate(text: str) -> bool:
    """One organisation, not a list of persons."""
    if _ORG_WORDS.search(text):
        pieces = [p.strip(" .") for p in re.split(r"\s*(?:;|&|\band\b)\s*", text)]
        return not any(_looks_like_person(p) for p in pieces)
    two = re.fullmatch(r"([A-Z][a-z]+)\s*(?:&|and)\s*([A-Z][a-z]+)", text)
    return bool(two)


def _looks_like_person(piece: str) -> bool:
    """A chunk with initials ("Smith, J.", "J. Smith", "Smith JA") reads as a person."""
    return bool(re.search(r"(?:^|[\s,])[A-Z]\.(?:\s|$|[A-Z-])|\s[A-Z]{1,3}$", piece))


def _pair(chunks: list[str]) -> list[str]:
    """Chunks put back into one string per person ("Romero", "C." -> "Romero, C.")."""
    out: list[str] = []
    i = 0
    inverted_first = len(chunks) >= 2 and (
        (_is_given(chunks[1]) and _is_family(chunks[0]))
        or (_is_family(chunks[0], strict=False) and _is_first_given(chunks[1]))  # "Jones Luong, Pauline"
    )
    pairs = list(zip(chunks[::2], chunks[1::2], strict=False))
    if len(chunks) % 2 == 0 and all(_is_family(f) and _is_given(g) for f, g in pairs):
        return [f"{family}, {given}" for family, given in pairs]
    while i < len(chunks):
        chunk = chunks[i]
        nxt = chunks[i + 1] if i + 1 < len(chunks) else ""
        if _SUFFIX_RE.match(chunk) and out:
            out[-1] += f", {chunk}"
            i += 1
            continue
        if (nxt and _is_family(chunk, strict=False) and _is_initials(nxt)) or (i == 0 and inverted_first):
            out.append(f"{chunk}, {nxt}")
            i += 2
            continue
        out.append(chunk)
        i += 1
    return out


def _is_first_given(chunk: str) -> bool:
    """Given names that cannot be a whole direct-order name: initials, one word, or a word and initials."""
    words = chunk.split()
    return _is_initials(chunk) or (
        1 <= len(words) <= 3 and _is_given(chunk) and all(_is_initials(w) for w in words[1:])
    )


def _is_initials(chunk: str) -> bool:
    return bool(_INITIALS_RE.match(chunk)) and not _VANCOUVER_RE.match(chunk)


def _is_family(chunk: str, strict: bool = True) -> bool:
    """A family name alone: no initials in it; ``strict``: at most particles before the name ("van der Berg").

    Not strict (initials follow, "Jones Luong, P."): up to three words.
    """
    words = chunk.split()
    if not words or len(words) > 4 or _is_initials(chunk) or _VANCOUVER_RE.match(chunk):
        return False
    if strict and len(words) > 1 and not all(w[:1].islower() for w in words[:-1]):
        return False
    return not any(w.endswith(".") and len(w) <= 3 for w in words)


def _is_given(chunk: str) -> bool:
    """Given names after an inverted family name: initials, or one or two capitalised words."""
    if _is_initials(chunk):
        return True
    words = chunk.split()
    return 1 <= len(words) <= 3 and all(
        w[:1].isupper() and (len(w) == 1 or w[1:].islower() or w[-1] == ".") for w in words
    )
