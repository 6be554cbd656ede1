"""The ``dedup_merges`` log and the link rewiring a merge and its undo need (see :mod:`biblio.library.dedup`)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class MergeRow:
    """One logged merge: the kept record's uid, its JSON before, the removed record's JSON, undone or not."""

    kept_uid: str
    kept_before: str
    removed: str
    undone: bool


def incoming_links(db: sqlite3.Connection, uid: str, kept: str) -> list[dict[str, Any]]:
    """Links pointing to ``uid``: source uid, kind, and whether the source links to ``kept`` that way too."""
    sql = (
        "SELECT s.uid, l.kind, EXISTS (SELECT 1 FROM links k JOIN records kr ON kr.id = k.dst"
        " WHERE k.src = l.src AND k.kind = l.kind AND kr.uid = ?)"
        " FROM links l JOIN records s ON s.id = l.src JOIN records d ON d.id = l.dst WHERE d.uid = ?"
    )
    return [{"src": src, "kind": kind, "kept_too": bool(both)} for src, kind, both in db.execute(sql, (kept, uid))]


def relink(db: sqlite3.Connection, src_uid: str, new: str, kind: str) -> None:
    """Point a link at the kept record (the old rows go with the removed record, ON DELETE CASCADE)."""
    db.execute(
        "INSERT OR IGNORE INTO links SELECT s.id, n.id, ? FROM records s, records n WHERE s.uid = ? AND n.uid = ?",
        (kind, src_uid, new),
    )


def log_merge(
    db: sqlite3.Connection, kept_uid: str, kept_before: str, removed_key: str, *, removed: str, at: str
) -> int:
    """Log a merge (inside its transaction); returns its number."""
    cursor = db.execute(
        "INSERT INTO dedup_merges (kept_uid, kept_before, removed_key, removed, at) VALUES (?, ?, ?, ?, ?)",
        (kept_uid, kept_before, removed_key, removed, at),
    )
    return int(cursor.lastrowid or 0)


def get_merge(db: sqlite3.Connection, number: int) -> MergeRow | None:
    """The logged merge with this number."""
    sql = "SELECT kept_uid, kept_before, removed, undone FROM dedup_merges WHERE id = ?"
    row = db.execute(sql, (number,)).fetchone()
    return MergeRow(row[0], row[1], row[2], bool(row[3])) if row else None


def mark_undone(db: sqlite3.Connection, number: int) -> None:
    """Remember that merge ``number`` was undone."""
    db.execute("UPDATE dedup_merges SET undone = 1 WHERE id = ?", (number,))


def merge_log(db: sqlite3.Connection) -> list[tuple[int, str, str, str, bool]]:
    """(number, kept key or uid, removed key, when, undone) of every merge."""
    sql = (
        "SELECT m.id, coalesce(r.key, m.kept_uid), m.removed_key, m.at, m.undone FROM dedup_merges m"
        " LEFT JOIN records r ON r.uid = m.kept_uid ORDER BY m.id"
    )
    return [(n, kept, removed, at, bool(undone)) for n, kept, removed, at, undone in db.execute(sql)]
