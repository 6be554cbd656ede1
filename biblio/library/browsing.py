"""What the front ends browse with: the list of a large library, row summaries, facets, linked works.

The listing types and :class:`Reader` (a read-only connection a worker thread may use) come from
:mod:`biblio.store.listing`; the front ends take them from here, never from the store.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from biblio.model import LinkKind, Record
from biblio.store import records as rows
from biblio.store.listing import RELEVANCE, SORTS, Facets, ListFilter, Reader, RowSummary

if TYPE_CHECKING:
    from biblio.library.core import Library

__all__ = [
    "RELEVANCE",
    "SORTS",
    "Facets",
    "ListFilter",
    "Reader",
    "RowSummary",
    "open_reader",
    "records_by_id",
    "translated_as",
]


def open_reader(library: Library) -> Reader:
    """A read-only connection to the library's database, for a worker thread."""
    return Reader(library.store.path)


def records_by_id(library: Library, ids: Sequence[int]) -> list[Record]:
    """The records with these row ids (as the list holds them), in that order."""
    return rows.records_by_id(library.store.db, ids)


def translated_as(library: Library, uid: str) -> list[str]:
    """The uids of the records linked as translations of the record ``uid``."""
    return rows.citing_uids(library.store.db, uid, LinkKind.TRANSLATION_OF)
