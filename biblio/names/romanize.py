"""Latin forms of text and names, chosen by the record's language (never by script alone).

- Han: pinyin words without tones (zh and unknown languages); Japanese Hepburn when ``lang`` is ja.
- Kana: Hepburn (pykakasi, loaded lazily).
- Cyrillic: ``scheme`` alalc (default), gost779b or bgn; see :mod:`biblio.names.cyrillic`.
- Hangul: Revised Romanization.
- Latin and everything else: unchanged.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
from functools import lru_cache
from itertools import groupby

from biblio.model.names import Name
from biblio.model.script import CYRILLIC, HAN, HANGUL, KANA, LATIN, char_script, detect_script
from biblio.names import hangul, japanese, pinyin
from biblio.names.cjk import NAME_DOTS
from biblio.names.cyrillic import transliterate

_PUNCT = {
    "，": ", ", "、": ", ", "。": ". ", "：": ": ", "；": "; ", "！": "! ", "？": "? ", "《": "“", "》": "”",
    "「": "“", "」": "”", "『": "“", "』": "”", "〈": "“", "〉": "”", "【": "[", "】": "]", "（": "(", "）": ")",
    "·": " ", "・": " ", "　": " ", "〔": "[", "〕": "]", "～": "~",
}  # fmt: skip
_FOLD = {
    "ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i",
    "œ": "oe", "Œ": "OE", "þ": "th", "Þ": "Th", "ð": "d", "Ð": "D", "ʹ": "", "ʺ": "", "’": "'", "‘": "'",
    "“": '"', "”": '"', "`": "", "–": "-", "—": "-",
}  # fmt: skip
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?)\]”])")
_SPACE_AFTER = re.compile(r"([(\[“])\s+")
_CJK_NATIVE = (HAN, KANA, HANGUL)


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _kind(ch: str, japanese_mode: bool) -> str:
    script = char_script(ch)
    if script in (HAN, KANA):
        return "ja" if japanese_mode or script == KANA else "zh"
    return script if script in (HANGUL, CYRILLIC) else "other"


def _runs(text: str, japanese_mode: bool) -> list[tuple[str, str]]:
    """Maximal runs of one kind of script; joined once per run (adding a character at a time is quadratic)."""
    return [(kind, "".join(chars)) for kind, chars in groupby(text, key=lambda ch: _kind(ch, japanese_mode))]


def _romanize_run(kind: str, run: str, lang: str, scheme: str, capitalize: bool) -> str:
    if kind == CYRILLIC:
        return transliterate(run, scheme, lang)
    if kind == "other":
        return "".join(_PUNCT.get(ch, ch) for ch in run)
    if kind == HANGUL:
        words = [hangul.romanize_hangul(w) for w in run.split()]
    elif kind == "ja":
        words = japanese.hepburn_words(run)
    else:
        words = pinyin.words(run)
    return " " + " ".join(_cap(w) if capitalize else w for w in words) + " "


@lru_cache(maxsize=65536)  # names repeat across a library; a hit costs ~0.1 µs against ~60 µs
def romanize(text: str, lang: str = "", scheme: str = "", capitalize: bool = False) -> str:
    """The Latin form of ``text``: 信息茧房 -> "xinxi jian fang", Бжезинский -> "Bzhezinskiĭ".

    ``lang`` is the record's language (ja makes kanji Japanese); ``scheme`` picks the Cyrillic system;
    ``capitalize`` capitalizes romanized CJK words (for names and corporate bodies).
    """
    if text.isascii():  # Latin as it is (the per-character runs below would leave it unchanged)
        out = " ".join(text.split())
    else:
        japanese_mode = lang.startswith("ja") or (not lang.startswith("zh") and detect_script(text) == KANA)
        pieces = [_romanize_run(kind, run, lang, scheme, capitalize) for kind, run in _runs(text, japanese_mode)]
        out = " ".join("".join(pieces).split())
    out = _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", out))
    return out


def ascii_fold(text: str) -> str:
    """Latin without diacritics (Bzhezinskiĭ -> Bzhezinskii, Gödel -> Godel, Łódź -> Lodz), for citation keys."""
    if text.isascii():
        return text.replace("`", "")  # the one ASCII character _FOLD maps
    mapped = "".join(_FOLD.get(ch, ch) for ch in text)
    decomposed = unicodedata.normalize("NFKD", mapped)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def pinyin_with_tones(text: str, surname: bool = False) -> str:
    """Numbered-tone pinyin, syllables spaced: 张宁 -> "zhang1 ning2" (for GB/T 7714 sort keys).

    With ``surname`` the text is a Chinese personal name and its first character(s) take surname readings
    (单田芳 -> "shan4 tian2 fang1").
    """
    from biblio.names.cjk import split_chinese

    if surname and detect_script(text) == HAN:
        family, given = split_chinese(text)
        found = pinyin.surname_syllables(family, tones=True) + pinyin.syllables(given, tones=True)
    else:
        found = pinyin.syllables(text, tones=True)
    return " ".join(" ".join(found).split())


def _is_native_cjk(name: Name) -> bool:
    """A CJK name in its own order (张宁, 坂本龍一), not a transliterated Western one (哈·麦金德)."""
    written = name.written or f"{name.family}{name.given}"
    return name.script in _CJK_NATIVE and not any(ch in written for ch in NAME_DOTS) and not name.original


def _han_parts(name: Name, lang: str) -> tuple[str, str]:
    if lang.startswith("ja"):
        family, given = japanese.name_readings(name.family, name.given)
        return _cap(family), _cap(given)
    if _is_native_cjk(name):
        family_syllables, given_syllables = pinyin.name_syllables(name.family, name.given)
        return _cap("".join(family_syllables)), _cap("".join(given_syllables))
    given_parts = re.split("[" + re.escape(NAME_DOTS) + "]", name.given)
    given_text = " ".join(_cap("".join(pinyin.translit_syllables(part))) for part in given_parts)
    return _cap("".join(pinyin.translit_syllables(name.family))), given_text.strip()


def romanized_parts(name: Name, lang: str = "", scheme: str = "") -> tuple[str, str]:
    """(family, given) in Latin script: 单田芳 -> ("Shan", "Tianfang"), Бжезинский З. -> ("Bzhezinskiĭ", "Z.")."""
    if name.literal:
        return romanize(name.literal, lang, scheme, capitalize=True), ""
    if name.original and detect_script(name.original) in (LATIN, CYRILLIC):
        from biblio.names.parse import parse_name

        original = parse_name(name.original)
        return romanize(original.family, lang, scheme), romanize(original.given, lang, scheme)
    if not name.script:
        name = dataclasses.replace(name, script=detect_script(f"{name.family}{name.given}".replace("・", "")))
    if name.script == HAN:
        return _han_parts(name, lang)
    if name.script == KANA:
        family, given = japanese.name_readings(name.family, name.given)
        return _cap(family), _cap(given)
    if name.script == HANGUL:
        family = hangul.SURNAMES.get(name.family) or _cap(hangul.romanize_hangul(name.family))
        return family, _cap(hangul.romanize_hangul(name.given))
    return romanize(name.family, lang, scheme), romanize(name.given, lang, scheme)


def romanize_name(name: Name, lang: str = "", scheme: str = "") -> Name:
    """The name with ``romanized`` filled: "Zhang Ning" (CJK order) or "Bzhezinskiĭ, Z." (family, given).

    A romanization the source gave (CNKI's "张宁 Zhang Ning") is kept.
    """
    if name.romanized:
        return name
    if not name.script:
        name = dataclasses.replace(name, script=detect_script(name.literal or f"{name.family}{name.given}"))
    family, given = romanized_parts(name, lang, scheme)
    if name.literal:
        text = family
    elif _is_native_cjk(name):
        text = f"{family} {given}".strip()
    else:
        particle = romanize(name.particle, lang, scheme)
        text = f"{particle} {family}".strip()
        text = f"{text}, {given}" if given else text
        text = f"{text}, {name.suffix}" if name.suffix else text
    return dataclasses.replace(name, romanized=text)


@lru_cache(maxsize=65536)
def name_sort_key(name: Name, lang: str = "", scheme: str = "") -> str:
    """A case-folded ASCII key, family name first, for sorting names across scripts (单田芳 -> "shan tianfang").

    Cached: a library names the same people again and again, and every import computes one key per record.
    """
    family, given = romanized_parts(name, lang, scheme)
    particle = romanize(name.particle, lang, scheme)
    return ascii_fold(" ".join(p for p in (family, particle, given) if p)).casefold()
