"""Hanyu pinyin through pypinyin (imported lazily, phrases read per text: :mod:`biblio.names.phrases`).

Polyphones are read in context through pypinyin's phrase dictionary (重庆 chongqing, 重要 zhongyao);
words are divided by :mod:`biblio.names.segment` and a word's syllables joined ("xinxi jianfang").
Surnames have their own readings (单 shan).
"""

from __future__ import annotations

from functools import lru_cache

from biblio.names import segment
from biblio.names.phrases import pypinyin_for
from biblio.names.surnames import COMPOUND_SURNAMES, SURNAME_PINYIN, TRANSLIT_READINGS


def _strip_tone(syllable: str) -> str:
    return syllable.rstrip("012345")


def syllables(text: str, tones: bool = False) -> list[str]:
    """One pinyin syllable per Han character ("zhong1" with ``tones``); other characters are returned as is."""
    return list(_cached_syllables(text, tones))


@lru_cache(maxsize=65536)
def _cached_syllables(text: str, tones: bool) -> tuple[str, ...]:
    """Names and words repeat a lot in a library: pypinyin costs ~0.2 ms a call, a cache hit ~0.2 µs."""
    pypinyin = pypinyin_for(text)
    style = pypinyin.Style.TONE3 if tones else pypinyin.Style.NORMAL
    out: list[str] = pypinyin.lazy_pinyin(
        text, style=style, v_to_u=not tones, neutral_tone_with_five=True, errors="default"
    )
    return tuple(out)


def words(text: str) -> list[str]:
    """Pinyin words of a Han run, no tones, each word's syllables joined: 信息茧房 -> [xinxi, jianfang].

    Word division is :func:`biblio.names.segment.cut`.
    """
    return ["".join(syllables(word)) for word in segment.cut(text)]


def translit_syllables(text: str) -> list[str]:
    """Syllables of a transliterated foreign name, with the readings used in transliteration (缪 miu, 查 cha)."""
    found = syllables(text)
    if len(found) != len(text):
        return found
    return [TRANSLIT_READINGS.get(ch, syllable) for ch, syllable in zip(text, found, strict=True)]


def surname_syllables(family: str, tones: bool = False) -> list[str]:
    """Syllables of a Chinese family name with surname readings (单 -> shan, 尉迟 -> yu chi)."""
    known = SURNAME_PINYIN.get(family)
    if known is None and len(family) >= 2 and family not in COMPOUND_SURNAMES:
        return surname_syllables(family[0], tones) + syllables(family[1:], tones)
    if known is None:
        return syllables(family, tones)
    parts = known.split()
    return parts if tones else [_strip_tone(p) for p in parts]


def name_syllables(family: str, given: str, tones: bool = False) -> tuple[list[str], list[str]]:
    """(family syllables, given syllables) of a Chinese personal name."""
    return surname_syllables(family, tones), syllables(given, tones)
