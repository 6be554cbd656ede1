"""A dedup test library: the shared synthetic corpus plus planted duplicates with known answers.

Duplicates are copies of corpus records changed the way real second imports differ: a typo in the
title, fields missing, authors written in another script (pinyin for hanzi, Latin for Cyrillic,
initials only), CNKI-style full-width punctuation, or several of these at once.
"""

from __future__ import annotations

import random
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from biblio.model import EntryType, LangText, Name, Record, new_uid
from biblio.names import parse_name, romanized_parts
from tests.corpus.gen_corpus import generate_record

_TYPES = {"article": EntryType.ARTICLE, "book": EntryType.BOOK, "incollection": EntryType.INCOLLECTION,
          "thesis": EntryType.THESIS, "online": EntryType.ONLINE}  # fmt: skip


def _names(values: list[str], lang: str) -> list[Name]:
    return [parse_name(v, lang) for v in values]


def corpus_record(data: dict[str, Any]) -> Record:
    """A Record from one generated corpus dict."""
    lang = str(data["lang"])
    return Record(
        type=_TYPES.get(str(data["type"]), EntryType.MISC),
        key=str(data["key"]),
        title=(LangText(str(data["title"]), lang),),
        authors=_names(data.get("authors", []), lang),
        editors=_names(data.get("editors", []), lang),
        translators=_names(data.get("translators", []), lang),
        container=(LangText(str(data.get("journal") or data.get("booktitle")), lang),)
        if data.get("journal") or data.get("booktitle")
        else (),
        volume=str(data.get("volume", "")),
        number=str(data.get("number", "")),
        pages=str(data.get("pages", "")),
        publisher=str(data.get("publisher", "")),
        place=str(data.get("address", "")),
        institution=str(data.get("institution", "")),
        date=str(data.get("year", "")),
        doi=str(data.get("doi", "")),
        isbn=str(data.get("isbn", "")),
        url=str(data.get("url", "")),
        language=lang,
    )


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 6:
        return text
    i = rng.randrange(1, len(text) - 2)
    kind = rng.choice(("drop", "swap", "double"))
    if kind == "drop":
        return text[:i] + text[i + 1 :]
    if kind == "swap":
        return text[:i] + text[i + 1] + text[i] + text[i + 2 :]
    return text[:i] + text[i] + text[i:]


def typo(rng: random.Random, record: Record) -> Record:
    """One typing error in the title."""
    title = record.title[0]
    return replace(record, title=(LangText(_typo(rng, title.value), title.lang),))


def missing(rng: random.Random, record: Record) -> Record:
    """Identifiers, pages, publisher and container dropped (a reference-string import)."""
    del rng
    return replace(record, doi="", isbn="", pages="", publisher="", container=(), volume="", number="")


def other_script(rng: random.Random, record: Record) -> Record:
    """Authors in Latin letters: pinyin for hanzi, a transliteration for Cyrillic; Latin names as initials."""
    lang = record.language
    scheme = rng.choice(("bgn", "gost779b", "alalc"))
    authors = []
    for name in record.authors:
        if name.script == "Latn":
            initials = " ".join(f"{w[0]}." for w in name.given.split() if w)
            authors.append(Name(family=name.family, given=initials, script="Latn"))
            continue
        family, given = romanized_parts(name, lang, scheme)
        folded = unicodedata.normalize("NFKD", f"{family}|{given}")
        family, given = "".join(c for c in folded if not unicodedata.combining(c)).split("|")
        authors.append(Name(family=family, given=given, script="Latn"))
    return replace(record, authors=authors)


def fullwidth(rng: random.Random, record: Record) -> Record:
    """Title punctuation and spacing changed (full-width colon, no spaces, upper case)."""
    del rng
    title = record.title[0]
    value = title.value.replace(":", "：").replace(", ", "，")
    value = value.upper() if title.lang != "zh" else value.replace(" ", "")
    return replace(record, title=(LangText(value, title.lang),))


CHANGES: dict[str, Callable[[random.Random, Record], Record]] = {
    "typo": typo,
    "missing": missing,
    "script": other_script,
    "punct": fullwidth,
}


@dataclass
class Planted:
    """The library's records and the planted (original uid, duplicate uid) pairs."""

    records: list[Record] = field(default_factory=list)
    pairs: set[frozenset[str]] = field(default_factory=set)
    kinds: dict[frozenset[str], str] = field(default_factory=dict)


def planted_corpus(n: int, duplicates: int, seed: int = 7) -> Planted:
    """``n`` corpus records plus ``duplicates`` changed copies of randomly chosen ones (1-3 changes each)."""
    rng = random.Random(seed)
    result = Planted(records=[corpus_record(generate_record(i)) for i in range(n)])
    for index, original_index in enumerate(rng.sample(range(n), duplicates)):
        original = result.records[original_index]
        names = rng.sample(sorted(CHANGES), rng.choice((1, 1, 2, 3)))
        copy = replace(original, uid=new_uid(), key=f"dup{index}-{original.key}")
        for name in names:
            copy = CHANGES[name](rng, copy)
        result.records.append(copy)
        pair = frozenset({original.uid, copy.uid})
        result.pairs.add(pair)
        result.kinds[pair] = "+".join(names)
    return result


@dataclass
class Score:
    """How dedup did on a planted library."""

    records: int
    planted: int
    found: int
    suggested: int
    false: int
    seconds: float
    missed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        """Share of planted duplicates found."""
        return self.found / self.planted if self.planted else 1.0

    @property
    def false_rate(self) -> float:
        """Share of suggested pairs that are not planted duplicates."""
        return self.false / self.suggested if self.suggested else 0.0


def store_records(library: Any, records: list[Record]) -> None:
    """Write records straight into the store (one transaction; no importer needed)."""
    from biblio.names.sorting import sort_name
    from biblio.store import records as rows
    from biblio.store.clock import utc_now

    now = utc_now()
    with library.store.transaction() as db:
        for record in records:
            rows.insert_record(db, record, author_sort=sort_name(record), source_id=None, now=now)


def evaluate(library: Any, planted: Planted) -> Score:
    """Store the planted corpus in ``library`` (empty), run dedup, and score it against the known pairs."""
    import time

    from biblio.library.dedup import find_duplicates

    store_records(library, planted.records)
    start = time.perf_counter()
    matches = find_duplicates(library)
    seconds = time.perf_counter() - start
    suggested = {frozenset({m.a, m.b}) for m in matches}
    found = planted.pairs & suggested
    missed = [planted.kinds[p] for p in planted.pairs - suggested]
    return Score(len(planted.records), len(planted.pairs), len(found), len(suggested),
                 len(suggested - planted.pairs), seconds, missed)  # fmt: skip
