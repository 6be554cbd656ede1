"""Cyrillic transliteration by standard schemes.

- ``alalc`` (default): ALA-LC / Library of Congress, the norm of Slavic and area-studies catalogues and
  bibliographies in English; written without the ligature ties (ts, iu, ia), as is common practice.
  Бжезинский -> Bzhezinskiĭ. :func:`biblio.names.romanize.ascii_fold` gives the key form Bzhezinskii.
- ``gost779b``: GOST 7.79-2000 system B (ASCII only): Бжезинский -> Bzhezinskij, Цой -> Coj, Цыганков -> Cy'gankov.
- ``bgn``: BGN/PCGN 1947: Бжезинский -> Bzhezinskiy, Ельцин -> Yel'tsin.
"""

from __future__ import annotations

DEFAULT_SCHEME = "alalc"
SCHEMES = ("alalc", "gost779b", "bgn")

_COMMON = dict(zip("абвгдзклмнопрстуф", "abvgdzklmnoprstuf", strict=True))

_ALALC: dict[str, str] = {
    **_COMMON, "е": "e", "ё": "ë", "ж": "zh", "и": "i", "й": "ĭ", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "ʺ", "ы": "y", "ь": "ʹ", "э": "ė", "ю": "iu", "я": "ia", "і": "ī", "ѣ": "ie", "ѳ": "ḟ",
    "ѵ": "ẏ", "є": "ie", "ї": "ï", "ґ": "g", "ў": "ŭ", "ђ": "đ", "ј": "j", "љ": "lj", "њ": "nj", "ћ": "ć",
    "џ": "dž", "ѓ": "ǵ", "ќ": "ḱ", "ѕ": "dz",
}  # fmt: skip
_ALALC_UK = {"г": "h", "ґ": "g", "и": "y", "і": "i", "й": "ĭ", "ь": "ʹ"}

_GOST: dict[str, str] = {
    **_COMMON, "е": "e", "ё": "yo", "ж": "zh", "и": "i", "й": "j", "х": "x", "ц": "cz", "ч": "ch", "ш": "sh",
    "щ": "shh", "ъ": "``", "ы": "y'", "ь": "`", "э": "e`", "ю": "yu", "я": "ya", "і": "i", "ѣ": "ye",
    "ѳ": "fh", "ѵ": "yh", "є": "ye", "ї": "yi", "ґ": "g`", "ў": "u`",
}  # fmt: skip
_GOST_UK = {"г": "g`", "ґ": "g", "и": "y`", "і": "i", "ї": "yi", "є": "ye"}

_BGN: dict[str, str] = {
    **_COMMON, "е": "e", "ё": "ë", "ж": "zh", "и": "i", "й": "y", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "”", "ы": "y", "ь": "’", "э": "e", "ю": "yu", "я": "ya", "і": "i", "є": "ye", "ї": "yi",
    "ґ": "g", "ў": "w",
}  # fmt: skip
_BGN_UK = {"г": "h", "и": "y", "й": "y", "ь": "’"}

_VOWELS = set("аеёиоуыэюяіїє")
_SOFT_HARD = set("ъьй")


def _table(scheme: str, lang: str) -> dict[str, str]:
    base = {"gost779b": _GOST, "bgn": _BGN}.get(scheme, _ALALC)
    if lang.startswith("uk"):
        extra = {"gost779b": _GOST_UK, "bgn": _BGN_UK}.get(scheme, _ALALC_UK)
        return {**base, **extra}
    return base


def _contextual(scheme: str, lower: str, prev: str, nxt: str) -> str | None:
    """Letters whose form depends on neighbours (GOST ц; BGN initial е/ё)."""
    if scheme == "gost779b" and lower == "ц" and nxt in ("и", "е", "ы", "й", "і", "є", "ї"):
        return "c"
    if scheme == "bgn" and lower in ("е", "ё") and (not prev.isalpha() or prev in _VOWELS or prev in _SOFT_HARD):
        return "ye" if lower == "е" else "yë"
    return None


def _cased(latin: str, ch: str, prev: str, nxt: str) -> str:
    if not ch.isupper() or not latin:
        return latin
    if (nxt.isalpha() and nxt.isupper()) or (prev.isalpha() and prev.isupper() and not nxt.isalpha()):
        return latin.upper()
    return latin[0].upper() + latin[1:]


def transliterate(text: str, scheme: str = "", lang: str = "") -> str:
    """Transliterate the Cyrillic letters of ``text`` (others pass through) by ``scheme`` (default alalc)."""
    scheme = scheme if scheme in SCHEMES else DEFAULT_SCHEME
    table = _table(scheme, lang)
    out: list[str] = []
    for index, ch in enumerate(text):
        lower = ch.lower()
        prev = text[index - 1].lower() if index else ""
        nxt = text[index + 1].lower() if index + 1 < len(text) else ""
        latin = _contextual(scheme, lower, prev, nxt)
        if latin is None:
            latin = table.get(lower)
        if latin is None:
            out.append(ch)
            continue
        out.append(_cased(latin, ch, text[index - 1] if index else "", text[index + 1] if nxt else ""))
    return "".join(out)
