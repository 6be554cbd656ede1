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
        return "gost"
    return "english"


def _cyrillic_style(text: str, norm: str) -> str:
    """A Cyrillic reference is GOST unless it carries more marks of an English style than of GOST
    ("Лебедева, М. М. (2015). Title. Journal, (1), 89–111." is APA)."""
    english = len(_ENGLISH_MARKS.findall(text))
    return "english" if english > len(_GOST_MARKS.findall(norm)) else "gost"
