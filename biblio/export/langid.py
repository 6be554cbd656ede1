"""BCP 47 tags -> ``langid`` values that babel and polyglossia both load (else none).

biblatex switches to the ``langid`` of an entry (``autolang``), so a value polyglossia does not know
stops the build ("Missing \\endcsname"); a CSL ``language`` such as ``en-US``, ``xx-Klingon`` or
``zh`` must not get there. Only the names below are written, each checked by compiling it under
polyglossia and under babel (tests/security/test_langid_compile.py); Chinese gets none (neither
package has a ``chinese`` usable without CJK set-up, and the GB/T styles detect Chinese themselves),
except in the plain export, which biblio reads back (:func:`plain_langid`).
"""

from __future__ import annotations

SAFE_LANGIDS = {
    "en": "english", "ru": "russian", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
    "pt": "portuguese", "pl": "polish", "uk": "ukrainian", "nl": "dutch", "cs": "czech", "sv": "swedish",
    "fi": "finnish", "da": "danish", "tr": "turkish", "el": "greek", "bg": "bulgarian", "sr": "serbian",
    "hr": "croatian", "sk": "slovak", "sl": "slovenian", "ro": "romanian", "la": "latin", "ca": "catalan",
    "hu": "hungarian", "et": "estonian", "lv": "latvian", "lt": "lithuanian", "is": "icelandic",
}  # fmt: skip
SAFE_NAMES = frozenset(SAFE_LANGIDS.values()) | {"american", "british", "ngerman", "austrian"}
# known to both as well, but kept out of the profiles (see above); the plain export keeps them (round trip)
CJK_LANGIDS = {"zh": "chinese", "ja": "japanese", "ko": "korean"}


def safe_langid(tag_or_name: str) -> str:
    """A babel/polyglossia language name for a BCP 47 tag or a langid value, or ``""`` if none is safe."""
    value = tag_or_name.strip().lower()
    if value in SAFE_NAMES:
        return value
    return SAFE_LANGIDS.get(value.split("-", 1)[0], "")


def plain_langid(tag_or_name: str) -> str:
    """Like :func:`safe_langid`, and Chinese, Japanese and Korean too (the plain export, read back by biblio)."""
    value = tag_or_name.strip().lower()
    if value in CJK_LANGIDS.values():
        return value
    return safe_langid(value) or CJK_LANGIDS.get(value.split("-", 1)[0], "")
