"""Language names as BibTeX/BibLaTeX write them (babel/polyglossia ``langid``) and BCP 47 tags, both ways."""

from __future__ import annotations

import re

# babel/polyglossia language names (langid, language) -> BCP 47
LANGID_TO_BCP47: dict[str, str] = {
    "chinese": "zh",
    "schinese": "zh",
    "mandarin": "zh",
    "tchinese": "zh-Hant",
    "russian": "ru",
    "english": "en",
    "american": "en",
    "british": "en",
    "usenglish": "en",
    "ukenglish": "en",
    "canadian": "en",
    "australian": "en",
    "newzealand": "en",
    "japanese": "ja",
    "korean": "ko",
    "german": "de",
    "ngerman": "de",
    "austrian": "de",
    "naustrian": "de",
    "swissgerman": "de",
    "nswissgerman": "de",
    "french": "fr",
    "francais": "fr",
    "spanish": "es",
    "italian": "it",
    "portuguese": "pt",
    "portuges": "pt",
    "brazil": "pt",
    "brazilian": "pt",
    "dutch": "nl",
    "swedish": "sv",
    "norwegian": "no",
    "danish": "da",
    "finnish": "fi",
    "polish": "pl",
    "czech": "cs",
    "slovak": "sk",
    "ukrainian": "uk",
    "belarusian": "be",
    "bulgarian": "bg",
    "serbian": "sr",
    "croatian": "hr",
    "slovene": "sl",
    "hungarian": "hu",
    "romanian": "ro",
    "greek": "el",
    "turkish": "tr",
    "vietnamese": "vi",
    "arabic": "ar",
    "hebrew": "he",
    "persian": "fa",
    "latin": "la",
    "mongolian": "mn",
    "kazakh": "kk",
    "uzbek": "uz",
    "hindi": "hi",
    "thai": "th",
    "indonesian": "id",
    "estonian": "et",
    "latvian": "lv",
    "lithuanian": "lt",
    "georgian": "ka",
    "armenian": "hy",
    "catalan": "ca",
}
BCP47_TO_LANGID: dict[str, str] = {}
for _name, _tag in LANGID_TO_BCP47.items():
    BCP47_TO_LANGID.setdefault(_tag, _name)

_BCP47 = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


def language_tag(value: str) -> str:
    """A BCP 47 tag for a langid/language value (``russian`` -> ``ru``); ``""`` if unknown."""
    name = value.strip()
    tag = LANGID_TO_BCP47.get(name.lower())
    if tag:
        return tag
    if _BCP47.match(name):
        head, _, rest = name.partition("-")
        return f"{head.lower()}-{rest}" if rest else head.lower()
    return ""


def langid_for(tag: str) -> str:
    """The babel/polyglossia name for a BCP 47 tag (``zh`` -> ``chinese``), else the tag."""
    return BCP47_TO_LANGID.get(tag) or BCP47_TO_LANGID.get(tag.split("-", 1)[0].lower(), tag)
