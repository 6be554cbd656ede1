"""Every known form of the persons a record names, for the search index."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from biblio.authority.keys import display_variant
from biblio.authority.resolve import record_names, resolve
from biblio.authority.starter import ensure_starter, starter_is_current
from biblio.model import Name, Record
from biblio.store import persons as store
from biblio.store.db import immediate


def person_ids(
    db: sqlite3.Connection,
    record: Record,
    resolved: dict[tuple[Name, str], int | None] | None = None,
    linked: list[int] | None = None,
) -> list[int]:
    """The persons a record names: the stored links when the record is synced, else resolved now (read-only).

    ``resolved`` memoizes name resolution across records (one indexing run: names repeat);
    ``linked`` are the record's stored links when the caller loaded them already (``[]``: none).
    """
    if linked is None:
        linked = [person for _, _, person in store.persons_of_record(db, record.uid)]
    if linked:
        return list(dict.fromkeys(linked))
    lang = record.effective_language()
    memo = {} if resolved is None else resolved
    found = []
    for _, _, name in record_names(record):
        if (name, lang) not in memo:
            memo[name, lang] = resolve(db, name, lang)
        found.append(memo[name, lang])
    return list(dict.fromkeys(p for p in found if p is not None))


def ensure_seeded(db: sqlite3.Connection) -> None:
    """Seed the starter file if this library lacks it (its own short transaction unless one is open).

    Does not bump the store generation: the starter only adds name variants.
    """
    if starter_is_current(db):
        return
    with immediate(db):
        ensure_starter(db)


def variant_lookup(db: sqlite3.Connection, *, bulk: bool = False) -> Callable[[Record], list[str]]:
    """A ``record -> variants`` function for one indexing run: seeds the starter once, memoizes per person.

    ``bulk`` (a rebuild of the whole index) loads every record's person links in one query first
    instead of one query per record.
    """
    ensure_seeded(db)
    memo: dict[int, list[str]] = {}
    resolved: dict[tuple[Name, str], int | None] = {}
    links = store.persons_by_uid(db) if bulk else None

    def lookup(record: Record) -> list[str]:
        forms: dict[str, None] = {}
        linked = None if links is None else links.get(record.uid, [])
        for person in person_ids(db, record, resolved, linked):
            if person not in memo:
                memo[person] = list(dict.fromkeys(display_variant(v) for v in store.variants_of(db, person)))
            forms.update(dict.fromkeys(memo[person]))
        return list(forms)

    return lookup


def person_variants(db: sqlite3.Connection, record: Record) -> list[str]:
    """Every variant of every person the record names ("Brzezinski, Zbigniew", "Бжезинский, Збигнев", ...).

    Works on a library whose records were never synced: names are then resolved against the starter
    file and the persons made so far. For many records use :func:`variant_lookup`.
    """
    return variant_lookup(db)(record)
