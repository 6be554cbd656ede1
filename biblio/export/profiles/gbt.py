"""The two GB/T 7714-2015 profiles: ``gb7714`` (biblatex-gb7714-2015, biber) and ``gbt7714-bst`` (bibtex).

Both rely on the styles' own detection of Chinese entries (CJK in title or author), so Chinese records
get no language field. ``gbt7714-bst`` writes classic BibTeX (accented Latin as ``{\\"u}``), Russian
names as one literal, English titles with proper nouns and acronyms braced (the style sentence-cases
titles) and a ``key`` with the tone-numbered pinyin of Chinese authors (author-year sorting).
"""

from __future__ import annotations

import dataclasses
import re

from biblio.export.profiles.case_protect import protect_title
from biblio.export.profiles.common import Options, is_chinese
from biblio.export.profiles.names import gbt_names
from biblio.model import Name, Record
from biblio.model.script import HAN, LATIN, detect_script
from biblio.names.cjk import NAME_DOTS

_NAME_FIELDS = ("author", "editor", "translator")
_PINYIN_JUNK = re.compile(r"[^a-z0-9 ]+")


def prepare_gbt(record: Record, options: Options, *, bst: bool) -> Record:
    """The record with GB/T-shaped names (their kept LaTeX dropped, so the shaped names are written)."""

    def shape(names: list[Name]) -> list[Name]:
        return gbt_names(names, nationality=options.nationality, cyrillic_literal=bst)

    latex = {k: v for k, v in record.latex.items() if k not in _NAME_FIELDS}
    return dataclasses.replace(
        record,
        authors=shape(record.authors),
        editors=shape(record.editors),
        translators=shape(record.translators),
        latex=latex,
    )


def finish_bst(fields: dict[str, str], record: Record) -> None:
    """gbt7714.bst extras: brace-protected English titles and the pinyin ``key`` of Chinese authors."""
    title = fields.get("title", "")
    if title and _is_english(record):
        fields["title"] = protect_title(title)
    if "key" not in fields:
        key = pinyin_key(record)
        if key:
            fields["key"] = key


def pinyin_key(record: Record) -> str:
    """Tone-numbered pinyin of the Chinese authors (``zhang1 ning2``), or ``""`` if the first is not Chinese."""
    from biblio.names.romanize import pinyin_with_tones

    names = record.authors or record.editors
    if not names or not _is_han(names[0]):
        return ""
    parts = []
    for name in names:
        if not _is_han(name):
            continue
        written = name.literal or name.written or f"{name.family}{name.given}"
        native = not name.literal and not any(dot in written for dot in NAME_DOTS)
        parts.append(pinyin_with_tones(written, surname=native))
    return " ".join(" ".join(_PINYIN_JUNK.sub(" ", " ".join(parts)).split()).split())


def _is_han(name: Name) -> bool:
    text = name.literal or name.written or f"{name.family}{name.given}"
    return (name.script or detect_script(text)) == HAN


def _is_english(record: Record) -> bool:
    if is_chinese(record):
        return False
    lang = record.language.lower()
    if lang:
        return lang.startswith("en")
    return bool(record.title) and detect_script(record.title[0].value) == LATIN
