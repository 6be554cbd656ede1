"""Which citation style a reference string is written in: ``gbt7714``, ``note``, ``gost`` or ``english``."""

from __future__ import annotations

import re

from biblio.importers.refs.common import normalize

_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b10\.\d{4,9}/\S+", re.IGNORECASE)
_CODE_RE = re.compile(r"\[\s*(?:[JMCGDRNSPZA]|EB|DB|CP|DS|CM)\s*(?:/\s*[A-Z-]+)?\s*\]", re.IGNORECASE)
_GOST_MARKS = re.compile(
    r"//|\b[МЛК]\.\s*:|СПб\.|\bС\.\s*\d|(?<!\d)\d{1,5}\s*с\.|№\s*\d|\bТ\.\s*\d|под ред\.|пер\. с|Электронный ресурс"
    r"|дата обращения|(?<!\d)\d{1,5}\s*p\.\s*$|\bP\.\s*\d{1,6}\s*[-–]\s*\d{1,6}\.?\s*$"
    # ISBD punctuation, which GOST keeps for Latin-script works too: ". — " between areas, " : " before the
    # publisher ("Ithaca, NY : Cornell University Press"), " / " before the statement of responsibility
    r"|\.\s[-–—]\s|\s:\s[^\d\s]|\s/\s[A-ZА-ЯЁ]"
)

# What English styles print and GOST does not (for Cyrillic works cited in APA, Chicago, IEEE, Vancouver…):
# a year in parentheses, curly title quotes, "&"/"and" between names, pp./no./vol., access phrases, In:, eds.
_ENGLISH_MARKS = re.compile(
    r"\(\d{4}[a-z]?\)|“|\s&\s|,\s+and\s|\s+and\s+[A-ZА-ЯЁ]|\bpp?\.\s*\d|\d\s*pp\.|\bno\.\s*\d|\bvol\.\s*\d"
    r"|\b(?:Accessed|Retrieved|Available from|visited on)\b|\[Online\]|\bIn:\s|\b(?:thesis|dissertation)\b"
    r"|\beds?\.(?=[\s,)]|$)|\bTrans(?:lated)?\.?\s+by\b",
    re.IGNORECASE,
)
_DETECT_CHARS = 4000  # the style shows in the first characters; a runaway input is not read whole
_LETTER_RE = re.compile(r"[^\W\d_]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_HAN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def cyrillic_share(text: str) -> float:
    """Share of Cyrillic among the letters."""
    letters = len(_LETTER_RE.findall(text))
    return len(_CYRILLIC_RE.findall(text)) / letters if letters else 0.0


def han_share(text: str) -> float:
    """Share of Han characters among the letters."""
    letters = len(_LETTER_RE.findall(text))
    return len(_HAN_RE.findall(text)) / letters if letters else 0.0


def detect_style(text: str) -> str:
    """The style of one reference string: a GB/T type code wins; Han text with a title in 《》 (or "同上")
    is note style, other Han text GB/T; Cyrillic text is GOST unless English-style marks outnumber GOST's;
    GOST marks (ISBD punctuation too) in Latin text mean GOST; the rest is English."""
    norm = _URL_RE.sub(" ", normalize(text[:_DETECT_CHARS]))
    if _CODE_RE.search(norm):
        return "gbt7714"
    if han_share(norm) > 0.2:
        from biblio.importers.refs.cnnotes import looks_like_notes

        return "note" if looks_like_notes(norm) else "gbt7714"
    if cyrillic_share(norm) > 0.3:
        return _cyrillic_style(text[:_DETECT_CHARS], norm)
    if _GOST_MARKS.search(norm):
        return _latin_style(text[:_DETECT_CHARS], norm)
    return "english"


# GOST's own area marks: "//" before the host, ". — " between areas. The other marks (" : " before a publisher or
# subtitle, " / " before a statement of responsibility, "256 p.") are ISBD's, shared with French (AFNOR) typography.
_GOST_AREAS = re.compile(r"//|\.\s[–—-]\s")
_GOST_DASHED_AREAS = re.compile(r"//|\.\s[–—]\s")
# Function words of the Romance and German languages and of English, to tell a work's language by its words
_FOREIGN_WORDS = frozenset(
    "le la les des du de et à au aux une un pour dans sur par sous entre der die das und im zur zum von für mit ein "
    "eine auf el los las del y para con il della di dei degli do da dos".split()
)
_ENGLISH_WORDS = frozenset("the of and in on for to a an with from by".split())
_VANCOUVER_NAME = re.compile(r"^\W*(?:\d{1,4}\.\s+)?[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?\s(?:[A-Z]{2,3}[.,:]|[A-Z],)")
_WORD_RE = re.compile(r"[^\W\d_]+")
# A first name as only English-language styles print it: inverted with a full given name ("Vaughan, Robert.",
# "FLORIDI, Luciano,") or initials first ("M. C. Ferris and", "[59] E. Vaghefi,"), or the names followed by the
# year in brackets ("Gartenberg, M. (2009). "); GOST gives initials after the family name and the year later.
_ENGLISH_OPENING = re.compile(
    r"^\W*(?:\[\d+\]\s*|\d{1,4}\.\s+)?(?:[A-Z][\w'’-]+,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?[,.]\s"
    r"|[A-Z]\.\s?(?:-?[A-Z]\.\s?){0,2}\s*[A-Z][a-z][\w'’-]*(?:,|\s+and\s)"
    r"|[A-Z][\w'’-]+,\s+[A-Z]\.(?:\s?-?[A-Z]\.){0,2}\s+[A-Z][a-z][\w'’-]*,\s+[A-Z]\."  # "Erisman, A. Bleeker, A."
    r"|[^\W\d_][^()]{0,80}?\s\((?:1[5-9]|20)\d\d[a-z]?\)[.,]?\s)"  # the names, then "(2009)." (author-date)
)


def _latin_style(text: str, norm: str) -> str:
    """A Latin-script string with GOST marks: GOST, unless the marks are only ISBD's and the string opens with a
    Vancouver name ("Olcott MB."), is in French,
    German, Spanish or Italian (AFNOR and DIN lists print "Paris : PUF", "Titre : sous-titre") or carries at least
    two more marks of an English style than GOST marks (vol., no., pp., "&", quoted titles).

    GOST lists cite Latin-script works in their own language; works in English keep GOST when they have an area
    mark ("//", ". — ") or the ISBD marks outweigh the English ones ("Oxford : Oxford University Press, 2015").
    """
    if _ENGLISH_OPENING.match(norm):  # GOST opens with "Family, I." or the title, never these
        return "english"
    vancouver = _VANCOUVER_NAME.match(norm)  # "Olcott MB." / "Olcott M," : GOST writes "Olcott M. B."
    if vancouver and not _GOST_DASHED_AREAS.search(norm):  # ". - " (a hyphen) is a typist's dash, not GOST's
        return "english"
    if _GOST_AREAS.search(norm):
        return "gost"
    words = _WORD_RE.findall(norm.casefold())
    if sum(word in _FOREIGN_WORDS for word in words) > sum(word in _ENGLISH_WORDS for word in words):
        return "english"
    # " and the" in a title is no mark of a name list: only "and" before a capital counts
    english = [m for m in _ENGLISH_MARKS.findall(text) if not re.fullmatch(r"\s+and\s+[^\W\d_]", m) or m[-1].isupper()]
    return "english" if len(english) >= len(_GOST_MARKS.findall(norm)) + 2 else "gost"


def _cyrillic_style(text: str, norm: str) -> str:
    """A Cyrillic reference is GOST unless it carries more marks of an English style than of GOST
    ("Лебедева, М. М. (2015). Title. Journal, (1), 89–111." is APA)."""
    english = len(_ENGLISH_MARKS.findall(text))
    return "english" if english > len(_GOST_MARKS.findall(norm)) else "gost"
