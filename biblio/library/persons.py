"""Person use cases: keep the authority in step with the records, show, merge, split, enrich from Wikidata.

Each write is one library transaction: the records whose persons changed are re-indexed after the commit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from biblio.authority import service
from biblio.authority.keys import display_variant
from biblio.authority.service import PersonView
from biblio.store import persons as store

__all__ = [  # display_variant and PersonView: what the front ends print a person with
    "PersonView",
    "display_variant",
    "enrich_person",
    "list_persons",
    "merge_persons",
    "one_person",
    "refresh",
    "show_person",
    "split_person",
]

if TYPE_CHECKING:
    from biblio.library.core import Library
    from biblio.net.session import HttpSession
    from biblio.store.persons import PersonRow


def refresh(library: Library) -> int:
    """Bring the authority up to date with the library (one transaction, only if needed)."""
    if not service.needs_sync(library.store.db):
        return 0
    with library.transaction() as db:
        return service.sync_db(db)


def show_person(library: Library, query: str) -> PersonView:
    """The person a query names (id, starter id, QID or a name), with variants and records."""
    refresh(library)
    db = library.store.db
    return service.view(db, service.one_person(db, query))


def one_person(library: Library, query: str) -> PersonRow:
    """The single person a query names (the authority is synced first); InputError if none or several."""
    refresh(library)
    return service.one_person(library.store.db, query)


def merge_persons(library: Library, first: str, second: str) -> PersonRow:
    """Merge two persons into one (a starter person is the one kept); returns the survivor."""
    refresh(library)
    with library.transaction() as db:
        kept = service.merge_persons(db, first, second)
    return _person(library, kept)


def split_person(library: Library, query: str, variant_texts: list[str]) -> PersonRow:
    """Move the named variants of a person to a new person, and relink the records that use them."""
    refresh(library)
    with library.transaction() as db:
        new = service.split_person(db, query, variant_texts)
    return _person(library, new)


def list_persons(library: Library, everyone: bool = False) -> list[tuple[PersonRow, int]]:
    """(person, number of records) — persons named by records, or every person with ``everyone``."""
    refresh(library)
    return service.list_persons(library.store.db, everyone)


def enrich_person(library: Library, query: str, qid: str = "", session: HttpSession | None = None) -> int:
    """Add a person's Wikidata labels and aliases as variants (and QID, life years); returns variants added."""
    from biblio.authority.wikidata import entity_variants, find_person_entity, get_entity
    from biblio.library.lookup import net_config
    from biblio.net.session import make_session

    person = one_person(library, query)
    variants = store.variants_of(library.store.db, person.id)
    latin = [display_variant(v) for v in variants if v.script == "Latn"]
    own = session is None
    active = session if session is not None else make_session(net_config(library))
    base = active.config.wikidata_url
    try:
        chosen = qid or person.wikidata
        names = latin or [person.label]
        entity = get_entity(active, base, chosen) if chosen else find_person_entity(active, base, names)
    finally:
        if own:
            active.close()
    with library.transaction() as db:
        added = sum(store.add_variant(db, person.id, v) for v in entity_variants(entity))
        store.set_person_fields(db, person.id, wikidata=entity.qid, born=person.born or entity.born,
                                died=person.died or entity.died)  # fmt: skip
    return added


def _person(library: Library, person: int) -> PersonRow:
    found = store.get_person(library.store.db, person)
    assert found is not None
    return found
