"""Which person a record's name is: lookup by folded family name, checked by given name.

A name matches a stored variant when the folded family names are equal and the given names are
compatible (see :func:`biblio.authority.keys.given_compatible`). A name that matches several persons
is ambiguous: the one with an exactly equal given name wins, else none.

Linking a record's names (:func:`sync_record`) answers the same question from a :class:`VariantIndex`
built once per family name and pass, so that a 5,000-author entry whose authors share a family name
is not 5,000 x 5,000 comparisons (issue 16; it took 39 s).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import replace

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


class _Family:
    """The persons of the stored variants of one folded family name, grouped the way they can match."""

    __slots__ = ("by_initial", "by_script", "empty", "exact", "strict")

    def __init__(self) -> None:
        self.exact: dict[str, set[int]] = {}  # gkey -> persons, every variant
        self.strict: dict[str, set[int]] = {}  # gkey -> persons, native CJK variants (is_strict)
        self.empty: set[int] = set()  # other variants without a given name
        self.by_script: dict[str, set[int]] = {}  # other variants with one, by script
        self.by_initial: dict[tuple[str, str], set[int]] = {}  # ... and by script and first letter

    def add(self, v: VariantRow) -> None:
        self.exact.setdefault(v.gkey, set()).add(v.person)
        if is_strict(v):
            self.strict.setdefault(v.gkey, set()).add(v.person)
        elif not v.gkey:
            self.empty.add(v.person)
        else:
            self.by_script.setdefault(v.script, set()).add(v.person)
            self.by_initial.setdefault((v.script, v.gkey[0]), set()).add(v.person)

    def match(self, form: VariantRow) -> int | None:
        """What :func:`match_variant` answers, from the groups (each visited for at most two persons)."""
        g = form.gkey
        groups: list[Iterable[int]]
        if is_strict(form):
            groups = [self.exact.get(g, ())] if g else []
        elif not g:
            groups = [self.empty, *self.by_script.values()]
        else:
            others = [p for script, p in self.by_script.items() if script != form.script]
            groups = [self.strict.get(g, ()), self.empty, self.by_initial.get((form.script, g[0]), ()), *others]
        persons = _up_to_two(groups)
        if len(persons) > 1:  # the exact written form wins: every variant with this gkey is a candidate
            persons = set(self.empty if not g and not is_strict(form) else self.exact.get(g, ()))
        return persons.pop() if len(persons) == 1 else None


def _up_to_two(groups: Iterable[Iterable[int]]) -> set[int]:
    found: set[int] = set()
    for group in groups:
        for person in group:
            found.add(person)
            if len(found) > 1:
                return found
    return found


class VariantIndex:
    """Stored variants by folded family name, read once per name and kept in step with what is added."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._families: dict[str, _Family] = {}

    def _family(self, fkey: str) -> _Family:
        family = self._families.get(fkey)
        if family is None:
            family = self._families[fkey] = _Family()
            for v in store.variants_by_fkey(self.db, fkey):
                family.add(v)
        return family

    def match(self, form: VariantRow) -> int | None:
        """The person one variant belongs to, if that is unambiguous (as :func:`match_variant`)."""
        return self._family(form.fkey).match(form) if form.fkey else None

    def add(self, person: int, form: VariantRow) -> None:
        """Store ``form`` as a variant of ``person`` (unless it has one with the same keys)."""
        if store.add_variant(self.db, person, form) and form.fkey:
            self._family(form.fkey).add(replace(form, person=person))


def link_name(db: sqlite3.Connection, name: Name, lang: str, index: VariantIndex | None = None) -> int | None:
    """Resolve a name, creating a person for it if none matches; its forms become variants of that person."""
    forms = name_variants(name, lang)
    if not forms:
        return None
    index = index or VariantIndex(db)
    person = next((p for form in forms if (p := index.match(form)) is not None), None)
    if person is None:
        person = store.insert_person(db, name.sort_form(), origin="record")
    for form in forms:
        if index.match(form) in (None, person):  # a form already owned by someone else stays theirs
            index.add(person, form)
    return person


def sync_record(db: sqlite3.Connection, row_id: int, record: Record, index: VariantIndex | None = None) -> list[int]:
    """Link every person a record names (inside the caller's transaction); returns the person ids.

    ``index``: the variants read so far in this pass (one pass must make all writes to them through it).
    """
    lang = record.effective_language()
    index = index or VariantIndex(db)
    links = []
    for role, position, name in record_names(record):
        person = link_name(db, name, lang, index)
        if person is not None:
            links.append((role, position, person))
    store.link_record(db, row_id, links, record.modified)
    return [p for _, _, p in links]
