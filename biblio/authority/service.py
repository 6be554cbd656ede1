"""Authority operations over the store: keep persons in step with records, find, merge and split persons.

Each function takes the connection (and, for writes, runs inside the caller's transaction); the use
cases that open the transactions are in :mod:`biblio.library.persons`.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

from biblio.authority.keys import display_variant, fold
from biblio.authority.resolve import VariantIndex, match_variant, sync_record
from biblio.authority.starter import ensure_starter, starter_is_current
from biblio.errors import InputError
from biblio.store import persons as store
from biblio.store import records as rows
from biblio.store.persons import PersonRow, VariantRow


@dataclass
class PersonView:
    """A person with its variants and the records naming it (key, role)."""

    person: PersonRow
    variants: list[VariantRow] = field(default_factory=list)
    records: list[tuple[str, str, int]] = field(default_factory=list)


def sync_db(db: sqlite3.Connection) -> int:
    """Seed the starter file, link the persons of new or changed records (caller's transaction); returns how many."""
    ensure_starter(db)
    ids = store.unsynced_records(db)
    index = VariantIndex(db)  # the pass writes variants only through it
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        for record in rows.load_records(db, f"id IN ({marks})", tuple(chunk)):
            row = rows.row_for_uid(db, record.uid)
            assert row is not None
            sync_record(db, row.id, record, index)
    if ids:
        store.delete_orphans(db)
    return len(ids)


def needs_sync(db: sqlite3.Connection) -> bool:
    """True when the starter file or some record has not been taken into the authority yet."""
    return not starter_is_current(db) or bool(store.unsynced_records(db))


def find_persons(db: sqlite3.Connection, query: str) -> list[PersonRow]:
    """Persons matching an id ("12", "#12"), a starter id or QID ("brzezinski", "Q169460"), or a name in any script."""
    text = query.strip().lstrip("#")
    if text.isdigit():
        found = store.get_person(db, int(text))
        return [found] if found else []
    by_ref = store.person_by_ref(db, text)
    if by_ref:
        return [by_ref]
    return _by_name(db, text)


def _by_name(db: sqlite3.Connection, text: str) -> list[PersonRow]:
    """The person the name resolves to; if it resolves to none, every person with that family name."""
    from biblio.authority.keys import variant
    from biblio.names import parse_name

    parsed = parse_name(text)
    ids: list[int] = []
    if parsed.family and not parsed.literal:
        person = match_variant(db, variant(parsed.family, parsed.given, source="query:foreign"))
        if person is not None:
            ids.append(person)
    if not ids:
        ids = store.persons_with_name_key(db, fold(text))
    return [p for pid in ids if (p := store.get_person(db, pid)) is not None]


def one_person(db: sqlite3.Connection, query: str) -> PersonRow:
    """The single person a query names; InputError if none or several."""
    found = find_persons(db, query)
    if not found:
        raise InputError(f"no person matches {query!r} (see `biblio person list`)")
    if len(found) > 1:
        listed = ", ".join(f"#{p.id} {p.label}" for p in found[:8])
        raise InputError(f"{query!r} matches several persons: {listed}; give the id")
    return found[0]


def view(db: sqlite3.Connection, person: PersonRow) -> PersonView:
    """A person with variants and records."""
    return PersonView(person, store.variants_of(db, person.id), store.records_of(db, person.id))


def merge_persons(db: sqlite3.Connection, first: str, second: str) -> int:
    """Merge two persons into one (a starter person is the one kept); returns the survivor's id."""
    a, b = one_person(db, first), one_person(db, second)
    if a.id == b.id:
        raise InputError(f"{first!r} and {second!r} are already the same person (#{a.id})")
    keep, drop = (b, a) if b.origin == "starter" and a.origin != "starter" else (a, b)
    store.merge_into(db, keep.id, drop.id)
    return keep.id


def split_person(db: sqlite3.Connection, query: str, variant_texts: list[str]) -> int:
    """Move the named variants of a person to a new person and relink the records using them; returns its id."""
    person = one_person(db, query)
    chosen = _pick_variants(store.variants_of(db, person.id), variant_texts)
    if len(chosen) == len(store.variants_of(db, person.id)):
        raise InputError("a split must leave the person at least one variant")
    new = store.insert_person(db, display_variant(chosen[0]), origin="user")
    store.move_variants(db, [v.id for v in chosen], new)
    _resync_person_records(db, person.id)
    return new


def _pick_variants(variants: list[VariantRow], texts: list[str]) -> list[VariantRow]:
    chosen = []
    for text in texts:
        key = fold(text)
        hits = [v for v in variants if key in (str(v.id), v.fkey + v.gkey, v.gkey + v.fkey, fold(display_variant(v)))]
        if not hits:
            raise InputError(f"the person has no variant {text!r} (give it as shown by `biblio person show`)")
        chosen += [v for v in hits if v not in chosen]
    return chosen


def _resync_person_records(db: sqlite3.Connection, person: int) -> None:
    for row_id in store.unsync_records_of(db, person):
        record = next(rows.load_records(db, "id = ?", (row_id,)))
        sync_record(db, row_id, record)


def list_persons(db: sqlite3.Connection, everyone: bool = False) -> list[tuple[PersonRow, int]]:
    """(person, number of records) — persons named by records, or every person with ``everyone``."""
    counts = store.record_counts(db)
    return [(p, counts.get(p.id, 0)) for p in store.all_persons(db) if everyone or counts.get(p.id)]
