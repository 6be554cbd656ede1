"""Scoring lookup candidates against a stored record, and merging one in without overwriting.

Confidence = 0.6 x title similarity + 0.2 x year + 0.2 x first author, each part in [0, 1]; a part
the stored record cannot judge (no year, no author) counts 0.5.
Merging fills empty fields only; a differing value is kept in ``Record.extra`` as ``<service>_<field>``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from biblio.model import LangText, Name, Record

TITLE_WEIGHT, YEAR_WEIGHT, AUTHOR_WEIGHT = 0.6, 0.2, 0.2
UNKNOWN = 0.5
MERGE_FIELDS = (
    "title",
    "subtitle",
    "authors",
    "editors",
    "translators",
    "container",
    "series",
    "volume",
    "number",
    "pages",
    "pagetotal",
    "edition",
    "publisher",
    "place",
    "date",
    "url",
    "doi",
    "isbn",
    "issn",
    "abstract",
    "language",
)
_NON_WORD = re.compile(r"[\W_]+")


def _norm(text: str) -> str:
    return _NON_WORD.sub(" ", text.casefold()).strip()


def title_similarity(a: str, b: str) -> float:
    """0-1 similarity of two titles, ignoring case and punctuation; a title that starts the other scores 0.9+."""
    left, right = _norm(a), _norm(b)
    if not left or not right:
        return 0.0
    ratio = SequenceMatcher(None, left, right, autojunk=False).ratio()
    if min(len(left), len(right)) >= 12 and (left.startswith(right) or right.startswith(left)):
        ratio = max(ratio, 0.9)
    return round(ratio, 3)


def _name_forms(name: Name) -> set[str]:
    forms = {name.family, name.literal, name.romanized.split(" ")[0] if name.romanized else "", name.written}
    return {_norm(f) for f in forms if f and _norm(f)}


def author_match(mine: Record, theirs: Record) -> float:
    """1 if the first authors share a family name (or written form), 0 if not, 0.5 if either has none."""
    a, b = mine.first_author(), theirs.first_author()
    if a is None or b is None:
        return UNKNOWN
    return 1.0 if _name_forms(a) & _name_forms(b) else 0.0


def year_match(mine: Record, theirs: Record) -> float:
    """1 for the same year, 0.5 a year apart (online-first vs print) or unknown, else 0."""
    a, b = mine.year, theirs.year
    if a is None or b is None:
        return UNKNOWN
    return 1.0 if a == b else UNKNOWN if abs(a - b) == 1 else 0.0


@dataclass(frozen=True, slots=True)
class Score:
    """The confidence and its parts."""

    total: float
    title: float
    year: float
    author: float


def score(mine: Record, theirs: Record) -> Score:
    """How likely ``theirs`` describes the same work as ``mine``."""
    title = title_similarity(mine.main_title(), theirs.main_title())
    year, author = year_match(mine, theirs), author_match(mine, theirs)
    total = TITLE_WEIGHT * title + YEAR_WEIGHT * year + AUTHOR_WEIGHT * author
    return Score(round(total, 3), title, year, author)


def reference_text(record: Record) -> str:
    """A citation-like string of the record for a bibliographic query."""
    names = ", ".join(n.display() for n in record.authors[:3])
    container = record.container[0].value if record.container else ""
    parts = [names, record.main_title(), container, record.date[:4], record.volume, record.pages]
    return " ".join(" ".join(p.split()) for p in parts if p)


def as_text(value: Any) -> str:
    """A field value as one line of text (titles: the primary value; names: "; "-joined)."""
    if isinstance(value, tuple) and value and isinstance(value[0], LangText):
        return value[0].value
    if isinstance(value, list):
        return "; ".join(n.display() for n in value if isinstance(n, Name))
    return str(value) if value else ""


@dataclass(slots=True)
class MergeResult:
    """What a merge did: fields filled, fields that differ (kept in ``extra`` under the listed names)."""

    filled: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def merge_missing(record: Record, candidate: Record, service: str) -> MergeResult:
    """Fill ``record``'s empty fields from ``candidate`` (in place); keep differing values in ``extra``."""
    result = MergeResult()
    for name in MERGE_FIELDS:
        mine, theirs = getattr(record, name), getattr(candidate, name)
        if not theirs:
            continue
        if not mine:
            setattr(record, name, theirs)
            result.filled.append(name)
        elif _norm(as_text(mine)) != _norm(as_text(theirs)):
            slot = f"{service}_{name}"
            record.extra[slot] = as_text(theirs)
            result.kept.append(slot)
    return result
