"""Links between records: translation links (set by hand or detected from the authority) and other relations."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from biblio.authority.works import Found, detect, link_translation, unlink_translation
from biblio.errors import InputError
from biblio.model import Link, LinkKind, Record
from biblio.store import records as rows

if TYPE_CHECKING:
    from biblio.library.core import Library


def set_translation(library: Library, key: str, original_key: str, linked: bool = True) -> Record:
    """Link (or with ``linked=False`` unlink) record ``key`` as a translation of ``original_key``."""
    original = library.get(original_key)

    def change(record: Record) -> Record:
        if record.uid == original.uid:
            raise InputError("a record cannot be a translation of itself")
        if linked:
            link_translation(record, original)
        elif not unlink_translation(record, original):
            raise InputError(f"{key} is not linked as a translation of {original_key}")
        return record

    return library.update(key, change)  # read and written in one transaction


def set_link(library: Library, key: str, kind: str, target: str, *, linked: bool) -> None:
    """Add or remove one link ``key`` -> ``target`` of ``kind`` (``translation-of``, ``related``, ``cites``)."""
    if kind == "translation-of":
        set_translation(library, key, target, linked=linked)
        return
    link = Link(LinkKind(kind), library.get(target).uid)

    def change(record: Record) -> Record:
        if linked and link not in record.links:
            record.links.append(link)
        elif not linked:
            if link not in record.links:
                raise InputError(f"{key} has no {kind} link to {target}")
            record.links.remove(link)
        return record

    library.update(key, change)  # read and written in one transaction


def apply(library: Library, found: list[Found]) -> int:
    """Store the given links (one transaction); returns how many were written."""
    written = 0
    if not found:
        return written
    with library.transaction():
        for item in found:
            record, original = library.get_uid(item.src), library.get_uid(item.dst)
            if record is None or original is None or not link_translation(record, original):
                continue
            library.save(record)
            written += 1
    return written


def detect_translations(library: Library, only: Iterable[str] | None = None) -> list[Found]:
    """Sync the authority and find translation links (strong and weak) not stored yet."""
    from biblio.library.persons import refresh

    refresh(library)
    return detect(library.store.db, only)


def detect_and_link(library: Library, only: Iterable[str] | None = None) -> list[Found]:
    """Sync the authority, find translation links, store the strong ones; returns everything found."""
    found = detect_translations(library, only)
    apply(library, [f for f in found if f.strong])
    return found


def translations_of(library: Library, uid: str) -> list[str]:
    """Keys of the records linked as translations of the record ``uid`` (the other members of its family)."""
    found = rows.citing_uids(library.store.db, uid, LinkKind.TRANSLATION_OF)
    return [key for u in found if (key := library.key_of(u))]
