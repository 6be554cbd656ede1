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
from biblio.export.profiles.common import Options, is_chinese, put_after
from biblio.export.profiles.names import gbt_names
from biblio.model import Name, Record
from biblio.model.script import HAN, LATIN, detect_script
from biblio.names.cjk import NAME_DOTS

_NAME_FIELDS = ("author", "editor", "translator")
_PINYIN_JUNK = re.compile(r"[^a-z0-9 ]+")
_MONTH_DATE = re.compile(r"\A\d{4}-\d{2}")
# gbt7714.bst types whose label and printed name fall back to the editors (author.editor.key.label, monograph)
EDITOR_LABELLED = frozenset({"book", "inbook", "collection", "proceedings"})


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


def finish_bst(fields: dict[str, str], record: Record, entry_type: str) -> None:
    """gbt7714.bst extras: brace-protected English titles, full dates and the pinyin ``key`` where it only sorts."""
    title = fields.get("title", "")
    if title and _is_english(record):
        fields["title"] = protect_title(title)
    full = full_date(record.date)
    if full:  # read by the style for newspapers, patents and (as the update date) electronic resources
        fields.pop("month", None)
        fields.pop("day", None)
        put_after(fields, "year", "date", full)
    if "key" not in fields and key_only_sorts(fields, entry_type):
        key = pinyin_key(record)
        if key:
            fields["key"] = key


def full_date(date: str) -> str:
    """``2024-05-06`` (or ``2024-05``) when the date is more precise than a year; ``""`` otherwise."""
    return date[:10] if "/" not in date and _MONTH_DATE.match(date) else ""


def key_only_sorts(fields: dict[str, str], entry_type: str) -> bool:
    """True where gbt7714.bst uses ``key`` only to sort, never prints it.

    The style prints ``key`` in the author position (bibliography and author-year citation label)
    when ``author`` is empty, except for ``book``/``inbook``/``collection``/``proceedings``, whose
    editors stand in for the author in both places (other editor-only entries get their editors as
    ``author``: :func:`biblio.export.profiles.typed.finish_types`).
    """
    if fields.get("author"):
        return True
    return bool(fields.get("editor")) and entry_type in EDITOR_LABELLED


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
