"""Which person a record's name is: lookup by folded family name, checked by given name.

A name matches a stored variant when the folded family names are equal and the given names are
compatible (see :func:`biblio.authority.keys.given_compatible`). A name that matches several persons
is ambiguous: the one with an exactly equal given name wins, else none.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

from biblio.authority.keys import given_compatible, is_strict, name_variants
from biblio.model import Name, Record
from biblio.store import persons as store
from biblio.store.persons import VariantRow

ROLES = ("author", "editor", "translator")


def record_names(record: Record) -> Iterator[tuple[str, int, Name]]:
    """(role, position, name) for every person a record names."""
    for role, names in zip(ROLES, (record.authors, record.editors, record.translators), strict=True):
        for position, name in enumerate(names):
            yield role, position, name


def match_variant(db: sqlite3.Connection, form: VariantRow) -> int | None:
    """The person one variant belongs to, if that is unambiguous."""
    if not form.fkey:
        return None
    stored = store.variants_by_fkey(db, form.fkey, form.gkey if is_strict(form) else None)
    candidates = [v for v in stored if given_compatible(form, v)]
    persons = {v.person for v in candidates}
    if len(persons) > 1:
        persons = {v.person for v in candidates if v.gkey == form.gkey}  # the exact written form wins
    return persons.pop() if len(persons) == 1 else None


def resolve(db: sqlite3.Connection, name: Name, lang: str = "") -> int | None:
    """The person a name refers to, from any of its forms (as written, original, romanized)."""
    for form in name_variants(name, lang):
        found = match_variant(db, form)
        if found is not None:
            return found
    return None


def link_name(db: sqlite3.Connection, name: Name, lang: str) -> int | None:
    """Resolve a name, creating a person for it if none matches; its forms become variants of that person."""
    forms = name_variants(name, lang)
    if not forms:
        return None
    person = resolve(db, name, lang)
    if person is None:
        person = store.insert_person(db, name.sort_form(), origin="record")
    for form in forms:
        if match_variant(db, form) in (None, person):  # a form already owned by someone else stays theirs
            store.add_variant(db, person, form)
    return person


def sync_record(db: sqlite3.Connection, row_id: int, record: Record) -> list[int]:
    """Link every person a record names (inside the caller's transaction); returns the person ids."""
    lang = record.effective_language()
    links = []
    for role, position, name in record_names(record):
        person = link_name(db, name, lang)
        if person is not None:
            links.append((role, position, person))
    store.link_record(db, row_id, links, record.modified)
    return [p for _, _, p in links]
