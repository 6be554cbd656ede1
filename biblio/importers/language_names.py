"""Language values as exports write them, to BCP 47 tags: codes of every ISO 639 kind, tags with a region, names.

RIS ``LA``, Refer ``%G``, Zotero's ``language`` and library catalogues write a work's language in many ways:
MARC/ISO 639-2 codes (``ger``, ``cze``, ``tib``), BCP 47 or POSIX tags with a region or script (``en-US``,
``pt_BR``, ``zh-Hans``), English names (``Czech``), and names in the language itself (``русский``, ``日本語``,
``қазақ тілі``). :mod:`biblio.importers.fieldmap` knows the common ones; this module is its fallback, built
from the Unicode CLDR data that Babel ships (loaded on first use, about 0.1 s, and cached).
"""

from __future__ import annotations

import re
from functools import cache

# languages whose own name (autonym) is recognised, besides every language's name in _NAME_LOCALES:
# the region's languages and the ones area-studies references are written in
_AUTONYMS = (
    "ru uk be kk uz ky tg tk mn zh ja ko de fr es it pt pl cs sk tr fa ar hy ka az he hi ur bo ug vi th nl sv"
).split()
# every language's name in these languages is recognised ("Englisch", "anglais", "英語", "англійська")
_NAME_LOCALES = ("ja", "ko", "it", "pt", "es", "de", "fr", "uk", "zh", "ru", "en")
_TAG = re.compile(r"([a-z]{2,3})((?:-[a-z0-9]{2,8})*)")


def cldr_language(value: str) -> str:
    """The BCP 47 tag for one language value (lower-cased, trimmed), or ``""`` if CLDR does not know it."""
    text = value.replace("_", "-")
    if (match := _TAG.fullmatch(text)) is not None:
        primary = _aliases().get(match.group(1), match.group(1))
        if primary in _codes():
            return primary + "".join(_subtag(part) for part in match.group(2).split("-") if part)
        return ""
    return _names().get(text, "")


def _subtag(part: str) -> str:
    """``us`` -> ``-US`` (a region), ``hans`` -> ``-Hans`` (a script), anything else as it is."""
    if len(part) == 2 and part.isalpha():
        return "-" + part.upper()
    if len(part) == 4 and part.isalpha():
        return "-" + part.title()
    return "-" + part


@cache
def _aliases() -> dict[str, str]:
    """ISO 639-2/B and /T codes (``ger``, ``deu``) -> the two-letter code, where CLDR has one."""
    from babel.core import get_global

    return {k: v for k, v in get_global("language_aliases").items() if "_" not in v}


@cache
def _codes() -> frozenset[str]:
    from babel import Locale

    return frozenset(Locale("en").languages)


@cache
def _names() -> dict[str, str]:
    """Lower-cased language names -> code: every language's name in :data:`_NAME_LOCALES`, and autonyms."""
    from babel import Locale

    names: dict[str, str] = {}
    for locale in _NAME_LOCALES:  # English last: it wins where names collide
        names |= {name.lower(): code for code, name in Locale(locale).languages.items() if "_" not in code}
    for code in _AUTONYMS:
        own = Locale(code).languages.get(code, "")
        if own:
            names.setdefault(own.lower(), code)
    return names
