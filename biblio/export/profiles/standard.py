"""The ``biblatex`` (standard styles, babel/polyglossia) and ``bibtex`` (classic, ASCII-safe) profiles.

``biblatex``: ``langid`` only with a language name that babel and polyglossia both know (a wrong one
stops polyglossia); none for Chinese (neither has a usable ``chinese``), and never ``language``.
``bibtex``: every value is ASCII, for pdflatex with plain/natbib styles: accented Latin as ``{\\"u}``,
names and text in other scripts romanized (pinyin without tones, ALA-LC Cyrillic folded to ASCII),
a non-Latin title followed by its English parallel title in brackets; abstracts and keywords only in
Latin script (the English ones of a Chinese article), not romanized.
"""

from __future__ import annotations

import dataclasses
import re

from biblio.export.langid import safe_langid
from biblio.export.latex_escape import escape_latex
from biblio.model import LangText, Name, Record
from biblio.model.script import LATIN, detect_script

_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ROMANIZED_SLOTS = ("publisher", "place", "institution", "series")


def finish_biblatex(fields: dict[str, str], record: Record) -> None:
    """Only a safe ``langid``; no ``language``."""
    fields.pop("language", None)
    langid = safe_langid(fields.pop("langid", "") or record.language)
    if langid:
        fields["langid"] = langid


def prepare_ascii(record: Record) -> Record:
    """The record with names and main text in Latin script (romanized by the record's language)."""
    lang = record.effective_language()
    changes: dict[str, object] = {
        "authors": [_latin_name(n, lang) for n in record.authors],
        "editors": [_latin_name(n, lang) for n in record.editors],
        "translators": [_latin_name(n, lang) for n in record.translators],
        "title": _latin_title(record.title, lang),
        "subtitle": _latin_title(record.subtitle, lang),
        "container": _latin_title(record.container, lang),
        "abstract": _latin_only(record.abstract),  # a romanized abstract helps nobody (and is slow to make)
        "keywords": _latin_only(record.keywords),
        "latex": {k: v for k, v in record.latex.items() if v.isascii()},
    }
    for slot in _ROMANIZED_SLOTS:
        changes[slot] = asciify(getattr(record, slot), lang, capitalize=True)
    return dataclasses.replace(record, **changes)  # type: ignore[arg-type]


def finish_ascii(fields: dict[str, str], record: Record) -> None:
    """Every value ASCII (whatever is left in another script is romanized or dropped)."""
    lang = record.effective_language()

    def replace(match: re.Match[str]) -> str:  # only the non-ASCII runs: the LaTeX around them stays intact
        return escape_latex(asciify(match.group(), lang), ascii_only=True)  # braced: bibtex changes case

    for name, value in list(fields.items()):
        if not value.isascii():
            fields[name] = _NON_ASCII.sub(replace, value)


def asciify(text: str, lang: str, capitalize: bool = False) -> str:
    """``text`` in ASCII: romanized, diacritics folded, anything else dropped."""
    if text.isascii():
        return text
    from biblio.names.romanize import ascii_fold, romanize

    folded = ascii_fold(romanize(text, lang, capitalize=capitalize))
    return "".join(ch for ch in folded if ch.isascii())


def _latin_name(name: Name, lang: str) -> Name:
    text = name.literal or f"{name.family}{name.given}"
    if not text or _is_latin(text):
        return name
    from biblio.names.romanize import romanized_parts

    family, given = romanized_parts(name, lang)
    if name.literal:
        return Name(literal=family, script=LATIN)
    return Name(family=family, given=given, script=LATIN)


def _latin_only(values: tuple[LangText, ...]) -> tuple[LangText, ...]:
    return tuple(v for v in values if _is_latin(v.value))


def _is_latin(text: str) -> bool:
    """Latin script (or none); the start of a long text tells (detect_script reads every character)."""
    return text.isascii() or detect_script(text[:200]) in (LATIN, "")


def _latin_title(values: tuple[LangText, ...], lang: str) -> tuple[LangText, ...]:
    if not values or _is_latin(values[0].value):
        return values[:1]
    romanized = asciify(values[0].value, lang)
    romanized = romanized[:1].upper() + romanized[1:]
    english = next((v.value for v in values[1:] if v.lang.startswith("en") and _is_latin(v.value)), "")
    text = f"{romanized} [{english}]" if english else romanized
    return (LangText(text, values[0].lang),)
