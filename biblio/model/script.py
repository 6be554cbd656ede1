"""Which writing system a string is in (ISO 15924 codes), by character ranges.

Pure and fast: used on every name and title of an import.
"""

from __future__ import annotations

import re

HAN = "Hani"
KANA = "Jpan"  # kana present: Japanese (may mix with Han)
HANGUL = "Hang"
CYRILLIC = "Cyrl"
LATIN = "Latn"
OTHER = "Zyyy"


_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0400, 0x052F, CYRILLIC),
    (0x3040, 0x30FF, KANA),
    (0x31F0, 0x31FF, KANA),
    (0x4E00, 0x9FFF, HAN),
    (0x3400, 0x4DBF, HAN),
    (0x20000, 0x2FA1F, HAN),
    (0xF900, 0xFAFF, HAN),
    (0x3007, 0x3007, HAN),
    (0xAC00, 0xD7AF, HANGUL),
    (0x1100, 0x11FF, HANGUL),
)


_HAN_OR_KANA = re.compile(
    "[" + "".join(f"{chr(low)}-{chr(high)}" for low, high, script in _RANGES if script in (HAN, KANA)) + "]"
)


def char_script(ch: str) -> str:
    """The script of one character, or ``""`` for digits, punctuation and spaces."""
    code = ord(ch)
    if code < 0x80:
        return LATIN if ch.isalpha() else ""
    for low, high, script in _RANGES:
        if low <= code <= high:
            return script
    if not ch.isalpha():
        return ""
    return LATIN if code < 0x0250 or 0x1E00 <= code <= 0x1EFF else OTHER


def detect_script(text: str) -> str:
    """The dominant script of ``text`` (kana anywhere makes it Japanese); ``""`` if it has no letters."""
    if text.isascii():  # the common case, without a loop in Python (ASCII letters are exactly the cased ones)
        return LATIN if text.upper() != text.lower() else ""
    counts: dict[str, int] = {}
    for ch in text:
        script = char_script(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    if not counts:
        return ""
    if KANA in counts:
        return KANA
    return max(counts, key=lambda s: counts[s])


def has_cjk(text: str) -> bool:
    """True if any Han or kana character is present (the ranges of :data:`_RANGES`, one regex search)."""
    return not text.isascii() and _HAN_OR_KANA.search(text) is not None


_SCRIPT_LANG = {HAN: "zh", KANA: "ja", HANGUL: "ko", CYRILLIC: "ru", LATIN: "en"}


def guess_language(text: str) -> str:
    """A BCP 47 guess from the script alone (Han -> zh, Cyrillic -> ru, Latin -> en); ``""`` if unknown."""
    return _SCRIPT_LANG.get(detect_script(text), "")
