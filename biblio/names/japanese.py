"""Hepburn romanization of Japanese through pykakasi (imported lazily, instance cached)."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from biblio.names.surnames import JAPANESE_GIVEN_READINGS

_LONG_VOWELS = (
    (re.compile(r"ou(?![aeiou])"), "o"),
    (re.compile(r"uu"), "u"),
    (re.compile(r"oo"), "o"),
)
_LOANWORD_KANA = {
    "ティ": "ti", "ウィ": "wi", "ウェ": "we", "ウォ": "wo", "シェ": "she", "ジェ": "je", "トゥ": "tu",
    "ドゥ": "du", "デュ": "dyu", "テュ": "tyu", "フュ": "fyu", "ツァ": "tsa", "ツィ": "tsi", "ツェ": "tse",
    "ツォ": "tso", "ディ": "di", "クァ": "kwa", "グァ": "gwa",
}  # fmt: skip
"""Katakana digraphs of loanwords that pykakasi reads kana by kana (ティ 'tei'), in Hepburn."""
_DIGRAPHS = re.compile("(" + "|".join(_LOANWORD_KANA) + ")")
_SEPARATORS = "・･=＝·"


@lru_cache(maxsize=1)
def _kakasi() -> Any | None:
    """The pykakasi converter, or None if pykakasi is not installed."""
    try:
        import pykakasi
    except ImportError:  # pragma: no cover - depends on the environment
        return None
    return pykakasi.kakasi()  # type: ignore[no-untyped-call]


def _loanword(kakasi: Any, word: str) -> str:
    """Hepburn of a katakana word with loanword digraphs (セバスティアン -> sebasutian)."""
    pieces = _DIGRAPHS.split(word.replace("ー", ""))
    out = [
        _LOANWORD_KANA.get(p) or "".join(str(i.get("hepburn") or "") for i in kakasi.convert(p)) for p in pieces if p
    ]
    return "".join(out)


def hepburn_words(text: str) -> list[str]:
    """Hepburn words of Japanese text, as pykakasi segments it ("坂本龍一" -> ["sakamotoryuuichi"])."""
    kakasi = _kakasi()
    if kakasi is None or not text.strip():
        return [text] if text.strip() else []
    out: list[str] = []
    for item in kakasi.convert(text):
        orig = str(item.get("orig") or "")
        latin = _loanword(kakasi, orig) if _DIGRAPHS.search(orig) else str(item.get("hepburn") or orig)
        for ch in _SEPARATORS:
            latin = latin.replace(ch, " ")
        out.extend(latin.split())
    return out


def fold_long_vowels(word: str) -> str:
    """Hepburn without macrons as names are usually written: satou -> sato, ryuuichi -> ryuichi, inoue stays."""
    for pattern, short in _LONG_VOWELS:
        word = pattern.sub(short, word)
    return word


def _raw_reading(text: str) -> str:
    return "".join(hepburn_words(text.replace("ー", ""))).replace("'", "").replace("’", "")


def name_reading(text: str, given: bool = False) -> str:
    """A name part in Hepburn, one word, long vowels folded: 龍一 -> ryuichi; a one-kanji ``given`` 明 -> akira."""
    if given and text in JAPANESE_GIVEN_READINGS:
        return JAPANESE_GIVEN_READINGS[text]
    return fold_long_vowels(_raw_reading(text))


def name_readings(family: str, given: str) -> tuple[str, str]:
    """Hepburn of a family and a given name, read together so the dictionary sees the whole name.

    毛 alone reads "ke", but 毛沢東 reads "moutakutou"; 宮崎駿 is "miyazakihayao" as a whole.
    """
    whole = _raw_reading(family + given)
    family_alone, given_alone = _raw_reading(family), _raw_reading(given)
    in_dictionary = len(hepburn_words(family + given)) == 1 and not given.isascii()
    if in_dictionary and family_alone and whole.startswith(family_alone) and len(whole) > len(family_alone):
        family_reading, given_reading = family_alone, whole[len(family_alone) :]
    elif given_alone and whole.endswith(given_alone) and len(whole) > len(given_alone):
        family_reading, given_reading = whole[: -len(given_alone)], given_alone
    else:
        family_reading, given_reading = family_alone, given_alone
    if given in JAPANESE_GIVEN_READINGS and not in_dictionary:
        given_reading = JAPANESE_GIVEN_READINGS[given]
    return fold_long_vowels(family_reading), fold_long_vowels(given_reading)
