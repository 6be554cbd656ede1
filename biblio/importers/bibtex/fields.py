"""Field-level conversions for BibTeX: language names, dates, keyword lists."""

from __future__ import annotations

import re

from biblio.importers.bibtex.latex_decode import decode_latex

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
MONTHS: dict[str, int] = {
    name: index + 1
    for index, names in enumerate(
        [
            ("jan", "january", "janvier", "januar"),
            ("feb", "february", "février", "februar"),
            ("mar", "march", "mars", "märz"),
            ("apr", "april", "avril"),
            ("may", "mai"),
            ("jun", "june", "juin", "juni"),
            ("jul", "july", "juillet", "juli"),
            ("aug", "august", "août"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "octobre", "oktober"),
            ("nov", "november", "novembre"),
            ("dec", "december", "décembre", "dezember"),
        ]
    )
    for name in names
}
MONTH_MACROS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
EDTF = re.compile(r"^-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?)?)?(/(-?\d{4}(-\d{2}(-\d{2})?)?|\.\.)?)?$")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*(?:--?|–|—|/)\s*(\d{4})$")
_KEYWORD_SEPS = ",;；，、"
_KEYWORD_SPLIT = re.compile("[,;；，、]")


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


def edtf_date(value: str) -> str:
    """``value`` if it is an EDTF-like date (``2024``, ``2024-06-15``, ``1997/1998``), else ``""``."""
    text = value.strip().replace("–", "/").replace("--", "/")
    return text if EDTF.match(text) else ""


def year_date(year: str, month: str, day: str = "") -> tuple[str, int]:
    """A date from BibTeX year, month and day; the count says how many of them were used (0 if none)."""
    text = year.strip()
    if not text.isdigit() or len(text) != 4:
        found = _YEAR_RANGE.match(text)
        return (f"{found.group(1)}/{found.group(2)}", 1) if found else ("", 0)
    number = month_number(month) if month else 0
    if not number:
        return text, 1
    day_text = day.strip()
    if day_text.isdigit() and 1 <= int(day_text) <= 31:
        return f"{text}-{number:02d}-{int(day_text):02d}", 3
    return f"{text}-{number:02d}", 2


def month_number(month: str) -> int:
    """1-12 for ``6``, ``jun``, ``June``, ``Jun.``; 0 if not a month."""
    text = month.strip().rstrip(".").lower()
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else 0
    return MONTHS.get(text, 0)


def split_keywords(raw: str) -> list[str]:
    """Keywords from a LaTeX value, split at , ; ； ， 、 outside braces, each decoded."""
    if "{" not in raw:
        return [w for p in _KEYWORD_SPLIT.split(raw) if (w := decode_latex(p).strip())]
    parts: list[str] = []
    depth, start = 0, 0
    for index, ch in enumerate(raw):
        if ch in "{}" and index and raw[index - 1] == "\\":
            pass  # an escaped brace
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif depth == 0 and ch in _KEYWORD_SEPS:
            parts.append(raw[start:index])
            start = index + 1
    parts.append(raw[start:])
    words = [decode_latex(p).strip() for p in parts]
    return [w for w in words if w]


def decode_verbatim(raw: str) -> str:
    """A URL/DOI-like value: backslash escapes of ``_ % & # $ ~`` undone, braces dropped."""
    if "\\" not in raw and "{" not in raw:
        return raw.strip()
    text = re.sub(r"\\([_%&#$~])", r"\1", raw)
    return text.replace("{", "").replace("}", "").strip()
