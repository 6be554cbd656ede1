"""The person authority (one person, many names across scripts), work links and Wikidata look-ups.

Pure logic over the store (no :class:`~biblio.library.Library`): the use cases that open transactions
are in :mod:`biblio.library.persons` and :mod:`biblio.library.works`. Importing this package is cheap;
the submodules load the name parser only when used.
"""

from biblio.authority.service import (
    PersonView,
    find_persons,
    list_persons,
    merge_persons,
    one_person,
    split_person,
    sync_db,
    view,
)
from biblio.authority.variants import person_variants, variant_lookup

__all__ = [
    "PersonView",
    "find_persons",
    "list_persons",
    "merge_persons",
    "one_person",
    "person_variants",
    "split_person",
    "sync_db",
    "variant_lookup",
    "view",
]
