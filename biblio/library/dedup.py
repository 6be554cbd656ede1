"""Duplicate use cases: find the pairs in a library, merge one record into another, undo a merge.

A merge (or its undo) is one library transaction: the removal, the save of the merged record, the
rewired links and the log row commit together, and the index and auto-exports follow once, after it.
The merge log holds the kept record as it was and the removed record whole (JSON, with its key, uid,
links, tags and the links that pointed to it), so an undo restores both exactly.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from biblio.dedup.find import duplicates_among
from biblio.dedup.merge import full_json, merged_record
from biblio.errors import InputError
from biblio.model import Link, LinkKind
from biblio.model.serialize import record_from_dict
from biblio.names.sorting import sort_name
from biblio.store import merges
from biblio.store import records as rows
from biblio.store.clock import utc_now
from biblio.store.persons import first_author_persons

if TYPE_CHECKING:
    import sqlite3

    from biblio.dedup.match import Match
    from biblio.library.core import Library


def find_duplicates(library: Library) -> list[Match]:
    """Pairs of records that are the same work, best first (the authority is brought up to date first)."""
    from biblio.library.persons import refresh

    refresh(library)
    return duplicates_among(list(library.records()), first_author_persons(library.store.db))


def merge_records(library: Library, keep_key: str, drop_key: str, now: str = "") -> int:
    """Merge record ``drop_key`` into ``keep_key`` (one transaction); returns the merge number for undo."""
    with library.transaction() as db:  # both records read inside it: a concurrent edit is merged, not lost
        kept, dropped = library.get(keep_key), library.get(drop_key)
        if kept.uid == dropped.uid:
            raise InputError("a record cannot be merged with itself")
        before = json.dumps(full_json(kept), ensure_ascii=False)
        incoming = [x for x in merges.incoming_links(db, dropped.uid, kept.uid) if x["src"] != kept.uid]
        removed = json.dumps({"record": full_json(dropped), "incoming": incoming}, ensure_ascii=False)
        merged = merged_record(kept, dropped)
        for item in incoming:
            merges.relink(db, item["src"], kept.uid, item["kind"])
        library.remove([drop_key])
        merged.links = [link for link in merged.links if link.target != dropped.uid]
        library.save(merged)
        return merges.log_merge(db, kept.uid, before, drop_key, removed=removed, at=now or utc_now())


def undo_merge(library: Library, number: int) -> tuple[str, str]:
    """Restore both records of merge ``number``; returns (kept key, restored key)."""
    logged = merges.get_merge(library.store.db, number)
    if logged is None:
        raise InputError(f"no merge number {number} (see `biblio dedup --log`)")
    if logged.undone:
        raise InputError(f"merge {number} was already undone")
    before, removed = record_from_dict(json.loads(logged.kept_before)), json.loads(logged.removed)
    restored = record_from_dict(removed["record"])
    restored.fulltext = removed["record"].get("fulltext", "")
    if rows.key_in_use(library.store.db, restored.key):
        raise InputError(f"cannot undo merge {number}: the key {restored.key} is in use again")
    with library.transaction() as db:
        if rows.row_for_uid(db, logged.kept_uid) is None:
            raise InputError(f"cannot undo merge {number}: the kept record is gone")
        row_id = rows.insert_record(db, restored, author_sort=sort_name(restored), source_id=None, now=utc_now())
        rows.write_links(db, row_id, restored.links)
        for item in removed["incoming"]:
            _restore_incoming(db, item, restored.uid, logged.kept_uid)
        library.save(before)
        merges.mark_undone(db, number)
    return before.key, restored.key


def merge_log(library: Library) -> list[tuple[int, str, str, str, bool]]:
    """(number, kept key or uid, removed key, when, undone) of every merge."""
    return merges.merge_log(library.store.db)


def _restore_incoming(db: sqlite3.Connection, item: dict[str, Any], restored: str, kept: str) -> None:
    src = rows.row_for_uid(db, item["src"])
    if src is None:
        return
    kind = LinkKind(item["kind"])
    rows.write_links(db, src.id, [Link(kind, restored)])
    if not item.get("kept_too"):
        rows.remove_links(db, src.id, [Link(kind, kept)])
