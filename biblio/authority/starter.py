"""The starter authority file shipped with biblio (``data/starter.json``) and its seeding into a library."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

from biblio.authority.keys import variant
from biblio.store import persons as store
from biblio.store.meta import get_meta, set_meta
from biblio.store.persons import VariantRow

META_KEY = "authority_starter"


@dataclass(frozen=True)
class Work:
    """A well-known work of a starter person: titles by language, the original's language and year."""

    year: int
    lang: str
    titles: dict[str, str]


@dataclass(frozen=True)
class StarterPerson:
    """One entry of the starter file."""

    ref: str
    names: list[VariantRow]
    born: int | None = None
    died: int | None = None
    works: list[Work] = field(default_factory=list)

    @property
    def label(self) -> str:
        """The first English (else first) variant, family first."""
        from biblio.authority.keys import display_variant

        english = [v for v in self.names if v.lang == "en"]
        return display_variant((english or self.names)[0])


@lru_cache(maxsize=1)
def starter_text() -> str:
    """The raw JSON of the starter file (read once: it is package data)."""
    return resources.files("biblio.authority").joinpath("data/starter.json").read_text(encoding="utf-8")


def starter_digest() -> str:
    """The version of the starter file: a hash of its text."""
    return hashlib.sha256(starter_text().encode("utf-8")).hexdigest()[:16]


def _names(names: dict[str, list[str]]) -> list[VariantRow]:
    from biblio.names import parse_name

    found = []
    for lang, texts in names.items():
        for text in texts:
            parsed = parse_name(text, lang.split("-")[0])
            foreign = ":foreign" if "·" in text or "・" in text else ""
            found.append(variant(parsed.family, parsed.given, lang, f"starter{foreign}", parsed.script))
    return found


def _person(entry: dict[str, Any]) -> StarterPerson:
    works = [Work(int(w["year"]), str(w["lang"]), dict(w["titles"])) for w in entry.get("works", [])]
    return StarterPerson(entry["id"], _names(entry["names"]), entry.get("born"), entry.get("died"), works)


def load_starter() -> list[StarterPerson]:
    """Every person of the starter file."""
    return [_person(entry) for entry in json.loads(starter_text())["persons"]]


def starter_works() -> dict[str, list[Work]]:
    """Starter id -> that person's listed works."""
    return {p.ref: p.works for p in load_starter() if p.works}


def ensure_starter(db: sqlite3.Connection) -> int:
    """Add the starter persons and variants the library lacks (inside the caller's transaction); returns persons added.

    Runs once per version of the file (its hash is kept in ``meta``); persons the user merged keep
    the merged variants, and variants are never removed.
    """
    digest = starter_digest()
    if get_meta(db, META_KEY) == digest:
        return 0
    added = 0
    for person in load_starter():
        found = store.person_by_ref(db, person.ref)
        if found is None:
            pid = store.insert_person(
                db, person.label, origin="starter", ref=person.ref, born=person.born, died=person.died
            )
            added += 1
        else:
            pid = found.id
        for name in person.names:
            store.add_variant(db, pid, name)
    set_meta(db, META_KEY, digest)
    return added


def starter_is_current(db: sqlite3.Connection) -> bool:
    """True when the library holds this version of the starter file."""
    return get_meta(db, META_KEY) == starter_digest()
