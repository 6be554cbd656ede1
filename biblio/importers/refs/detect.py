"""Which citation style a reference string is written in: ``gbt7714``, ``note``, ``gost`` or ``english``."""

from __future__ import annotations

import re

from biblio.importers.refs.common import normalize

_URL_RE = re.compile(r"(?:https?://|www\.)\S+|\b10\.\d{4,9}/\S+", re.IGNORECASE)
_CODE_RE = re.compile(r"\[\s*(?:[JMCGDRNSPZA]|EB|DB|CP|DS|CM)\s*(?:/\s*[A-Z-]+)?\s*\]", re.IGNORECASE)
_GOST_MARKS = re.compile(
    r"//|\b[МЛК]\.\s*:|СПб\.|\bС\.\s*\d|\d+\s*с\.|№\s*\d|\bТ\.\s*\d|под ред\.|пер\. с|Электронный ресурс|дата обращения"
    r"|\b\d+\s*p\.\s*$|\bP\.\s*\d+\s*[-–]\s*\d+\.?\s*$"
    # ISBD punctuation, which GOST keeps for Latin-script works too: ". — " between areas, " : " before the
    # publisher ("Ithaca, NY : Cornell University Press"), " / " before the statement of responsibility
    r"|\.\s[-–—]\s|\s:\s[^\d\s]|\s/\s[A-ZА-ЯЁ]"
)


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
    is note style, other Han text GB/T; Cyrillic or GOST marks mean GOST; the rest is English."""
    norm = _URL_RE.sub(" ", normalize(text))
    if _CODE_RE.search(norm):
        return "gbt7714"
    if han_share(norm) > 0.2:
        from biblio.importers.refs.cnnotes import looks_like_notes

        return "note" if looks_like_notes(text) else "gbt7714"
    if cyrillic_share(norm) > 0.3 or _GOST_MARKS.search(norm):
        return "gost"
    return "english"
