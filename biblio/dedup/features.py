"""What duplicate detection compares: folded titles, year, first-author keys, identifiers."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from biblio.model import Name, Record
from biblio.model.identifiers import matchable_doi, matchable_isbn

# Transliteration differences folded away: Ivanov/Ivanow, Kuznetsov/Kuznecov, Zhukov/Žukov, Yuri/Jurij.
_SQUASH = (
    ("shch", "s"), ("sch", "s"), ("kh", "h"), ("zh", "z"), ("ts", "c"), ("tz", "c"), ("ch", "c"), ("sh", "s"),
    ("yu", "u"), ("ju", "u"), ("iu", "u"), ("ya", "a"), ("ja", "a"), ("ia", "a"), ("yo", "o"), ("jo", "o"),
    ("ye", "e"), ("je", "e"), ("ie", "e"), ("x", "h"), ("w", "v"), ("y", "i"), ("j", "i"),
)  # fmt: skip
_REPEAT = re.compile(r"(.)\1+")
_ASCII_LETTERS = re.compile(r"[^a-z]")


def title_key(text: str) -> str:
    """Case-, width- and punctuation-free title ("大棋局:美国…" and "大棋局：美国…" agree)."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


@lru_cache(maxsize=65536)
def skeleton(family: str, lang: str = "") -> str:
    """A script- and scheme-independent key of a family name: Иванов, Ivanov and Iwanow all give "ivanov"."""
    from biblio.names import ascii_fold, romanize

    latin = ascii_fold(romanize(family, lang)).lower()
    latin = _ASCII_LETTERS.sub("", latin)
    for old, new in _SQUASH:
        latin = latin.replace(old, new)
    return _REPEAT.sub(r"\1", latin)


@lru_cache(maxsize=65536)
def author_key(name: Name, lang: str) -> str:
    """The skeleton of a name's family name, romanized with surname readings (曾 Zeng), or of a corporate name."""
    from biblio.names import romanized_parts

    if name.literal:
        return skeleton(name.literal, lang)[:24]
    if not name.family:
        return skeleton(name.romanized.split()[0], lang) if name.romanized else ""
    family, _ = romanized_parts(name, lang)
    return skeleton(family or name.family, lang)


@dataclass(frozen=True)
class Features:
    """The comparable parts of one record."""

    uid: str
    key: str
    titles: tuple[str, ...]
    year: int | None
    authors: frozenset[str]
    persons: frozenset[int]
    doi: str
    isbn: str
    type: str
    venue: str = ""


def features(record: Record, persons: frozenset[int] = frozenset()) -> Features:
    """Features of ``record``; ``persons`` are its first author's authority ids if known."""
    lang = record.effective_language()
    titles = tuple(dict.fromkeys(k for t in record.title if len(k := title_key(t.value)) >= 3))
    first = record.first_author()
    keys: set[str] = set()
    if first is not None:
        keys.add(author_key(first, lang))
        if first.romanized:
            keys.add(skeleton(first.romanized.split()[0], lang))
        if first.original:
            from biblio.names import parse_name

            keys.add(author_key(parse_name(first.original), ""))
    keys.discard("")
    return Features(
        record.uid,
        record.key,
        titles,
        record.year,
        frozenset(keys),
        persons,
        matchable_doi(record.doi).strip().lower(),  # a placeholder ("DOI") or invalid value never matches
        matchable_isbn(record.isbn).replace("-", "").strip().upper(),
        record.type.value,
        title_key(record.container[0].value if record.container else record.publisher)[:40],
    )
