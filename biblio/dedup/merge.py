"""Merging two records of the same work without losing anything, and undoing a merge.

The kept record takes every value it lacks from the removed one; a value both have but that differs
is kept in ``extra`` as ``merged_<field>`` (names, titles and dicts as JSON), and so is the removed
record's provenance. Links to the removed record are redirected to the kept one. The log row holds
the kept record as it was and the removed record whole (JSON, with its key, uid, links, tags and the
links that pointed to it), so ``undo`` restores both exactly.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import fields
from typing import TYPE_CHECKING, Any

from biblio.errors import InputError, UnknownKeyError
from biblio.model import Link, LinkKind, Record
from biblio.model.serialize import record_from_dict, record_to_dict
from biblio.store import records as rows

if TYPE_CHECKING:
    from biblio.library import Library

PREFIX = "merged_"
_SKIP = frozenset({"uid", "key", "added", "modified", "links", "tags", "provenance", "extra", "csl_extra", "latex"})


def _as_text(value: Any) -> str:
    """A field value as text for ``extra``: strings as they are, structured values as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(_plain(value), ensure_ascii=False)


def _plain(value: Any) -> Any:
    """A JSON-able form of a field value (names, LangTexts, funding, attachments)."""
    from dataclasses import asdict, is_dataclass

    if is_dataclass(value) and not isinstance(value, type):
        return {k: v for k, v in asdict(value).items() if v}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _merge_dict(kept: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    merged = dict(kept)
    for name, value in other.items():
        if name not in merged or merged[name] in ("", None):
            merged[name] = value
        elif merged[name] != value:
            merged[f"{PREFIX}{name}"] = value
    return merged


def _merge_multi(kept: tuple[Any, ...], other: tuple[Any, ...]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """LangText tuples: add values in languages the kept record lacks; return (merged, conflicting)."""
    langs = {v.lang for v in kept}
    added = tuple(v for v in other if v.lang not in langs)
    conflicts = tuple(v for v in other if v.lang in langs and v not in kept)
    return kept + added, conflicts


def merged_record(kept: Record, other: Record) -> Record:
    """``kept`` completed with everything ``other`` has (differences kept under ``merged_*`` in extra)."""
    extra = _merge_dict(kept.extra, other.extra)
    for f in fields(Record):
        if f.name in _SKIP:
            continue
        mine, theirs = getattr(kept, f.name), getattr(other, f.name)
        if not theirs or mine == theirs:
            continue
        if not mine:
            setattr(kept, f.name, theirs)
        elif isinstance(mine, tuple):
            value, conflicts = _merge_multi(mine, theirs)
            setattr(kept, f.name, value)
            if conflicts:
                extra[f"{PREFIX}{f.name}"] = _as_text(conflicts)
        elif isinstance(mine, dict):
            setattr(kept, f.name, _merge_dict(mine, theirs))
        else:
            extra[f"{PREFIX}{f.name}"] = _as_text(theirs)
    if other.provenance is not None:
        extra[f"{PREFIX}provenance"] = _as_text(other.provenance)
    extra[f"{PREFIX}from"] = other.key
    kept.extra = extra
    kept.csl_extra = _merge_dict(kept.csl_extra, other.csl_extra)
    kept.latex = {**other.latex, **kept.latex}
    kept.tags = list(dict.fromkeys([*kept.tags, *other.tags]))
    own = [link for link in other.links if link.target != kept.uid]
    kept.links = list(dict.fromkeys([*kept.links, *own]))
    return kept


def _incoming(db: sqlite3.Connection, uid: str, kept: str) -> list[dict[str, Any]]:
    """Links pointing to ``uid``: source uid, kind, and whether the source links to ``kept`` that way too."""
    sql = (
        "SELECT s.uid, l.kind, EXISTS (SELECT 1 FROM links k JOIN records kr ON kr.id = k.dst"
        " WHERE k.src = l.src AND k.kind = l.kind AND kr.uid = ?)"
        " FROM links l JOIN records s ON s.id = l.src JOIN records d ON d.id = l.dst WHERE d.uid = ?"
    )
    return [{"src": src, "kind": kind, "kept_too": bool(both)} for src, kind, both in db.execute(sql, (kept, uid))]


def merge_records(library: Library, keep_key: str, drop_key: str, now: str = "") -> int:
    """Merge record ``drop_key`` into ``keep_key`` (one transaction); returns the merge number for undo.

    Both records are read inside the write transaction (a concurrent edit is merged, not lost); the index
    and the auto-exports are brought up to date once, after the COMMIT, so a crash before it leaves
    neither showing a merge that never happened.
    """
    from biblio.library import sort_name, utc_now

    generation = library.store.generation()
    with library.store.transaction() as db:
        kept, dropped = _stored(db, keep_key), _stored(db, drop_key)
        if kept.uid == dropped.uid:
            raise InputError("a record cannot be merged with itself")
        before = json.dumps(_full(kept), ensure_ascii=False)
        incoming = [x for x in _incoming(db, dropped.uid, kept.uid) if x["src"] != kept.uid]
        removed = json.dumps({"record": _full(dropped), "incoming": incoming}, ensure_ascii=False)
        merged = merged_record(kept, dropped)
        for item in incoming:
            _relink(db, item["src"], kept.uid, item["kind"])
        drop_row = rows.row_for_uid(db, dropped.uid)
        rows.delete_records(db, [drop_row.id] if drop_row else [])
        merged.links = [link for link in merged.links if link.target != dropped.uid]
        rows.write_back(db, merged, author_sort=sort_name(merged), now=utc_now())
        cursor = db.execute(
            "INSERT INTO dedup_merges (kept_uid, kept_before, removed_key, removed, at) VALUES (?, ?, ?, ?, ?)",
            (kept.uid, before, drop_key, removed, now or utc_now()),
        )
        number = int(cursor.lastrowid or 0)
    library._after_write([merged.uid], [dropped.uid], generation)
    return number


def _stored(db: sqlite3.Connection, key: str) -> Record:
    record = rows.record_for_key(db, key)
    if record is None:
        raise UnknownKeyError(f"no record with key {key!r}")
    return record


def _full(record: Record) -> dict[str, Any]:
    data = record_to_dict(record)
    if record.fulltext:
        data["fulltext"] = record.fulltext
    return data


def _relink(db: sqlite3.Connection, src_uid: str, new: str, kind: str) -> None:
    """Point a link at the kept record (the old rows go with the removed record, ON DELETE CASCADE)."""
    db.execute(
        "INSERT OR IGNORE INTO links SELECT s.id, n.id, ? FROM records s, records n WHERE s.uid = ? AND n.uid = ?",
        (kind, src_uid, new),
    )


def undo_merge(library: Library, number: int) -> tuple[str, str]:
    """Restore both records of merge ``number``; returns (kept key, restored key)."""
    from biblio.library import sort_name, utc_now

    db = library.store.db
    sql = "SELECT kept_uid, kept_before, removed, undone FROM dedup_merges WHERE id = ?"
    row = db.execute(sql, (number,)).fetchone()
    if row is None:
        raise InputError(f"no merge number {number} (see `biblio dedup --log`)")
    if row[3]:
        raise InputError(f"merge {number} was already undone")
    before, removed = record_from_dict(json.loads(row[1])), json.loads(row[2])
    restored = record_from_dict(removed["record"])
    restored.fulltext = removed["record"].get("fulltext", "")
    if db.execute("SELECT 1 FROM records WHERE key = ?", (restored.key,)).fetchone():
        raise InputError(f"cannot undo merge {number}: the key {restored.key} is in use again")
    generation = library.store.generation()
    with library.store.transaction() as tx:
        kept_row = tx.execute("SELECT id FROM records WHERE uid = ?", (row[0],)).fetchone()
        if kept_row is None:
            raise InputError(f"cannot undo merge {number}: the kept record is gone")
        row_id = rows.insert_record(tx, restored, author_sort=sort_name(restored), source_id=None, now=utc_now())
        rows.write_links(tx, row_id, restored.links)
        for item in removed["incoming"]:
            _restore_incoming(tx, item, restored.uid, row[0])
        rows.write_back(tx, before, author_sort=sort_name(before), now=utc_now())
        tx.execute("UPDATE dedup_merges SET undone = 1 WHERE id = ?", (number,))
    library._after_write([before.uid, restored.uid], [], generation)  # after the COMMIT, once
    return before.key, restored.key


def _restore_incoming(db: sqlite3.Connection, item: dict[str, Any], restored: str, kept: str) -> None:
    src_row = db.execute("SELECT id FROM records WHERE uid = ?", (item["src"],)).fetchone()
    if src_row is None:
        return
    kind = LinkKind(item["kind"])
    rows.write_links(db, src_row[0], [Link(kind, restored)])
    if not item.get("kept_too"):
        rows.remove_links(db, src_row[0], [Link(kind, kept)])


def merge_log(db: sqlite3.Connection) -> list[tuple[int, str, str, str, bool]]:
    """(number, kept key or uid, removed key, when, undone) of every merge."""
    sql = (
        "SELECT m.id, coalesce(r.key, m.kept_uid), m.removed_key, m.at, m.undone FROM dedup_merges m"
        " LEFT JOIN records r ON r.uid = m.kept_uid ORDER BY m.id"
    )
    return [(n, kept, removed, at, bool(undone)) for n, kept, removed, at, undone in db.execute(sql)]
