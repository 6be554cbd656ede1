"""Rows of the ``auto_exports`` table: files the library keeps up to date (see :mod:`biblio.library.autoexport`)."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field


@dataclass
class AutoExport:
    """One registered export.

    ``keys`` maps record uids to the citation keys already written to the file (they never change
    there); ``sha256`` is the digest of the last content written; ``error`` the last failure, if any.
    """

    id: int
    path: str
    query: str
    profile: str
    options: dict[str, object] = field(default_factory=dict)
    keys: dict[str, str] = field(default_factory=dict)
    sha256: str = ""
    written: str = ""
    error: str = ""
    created: str = ""


_COLUMNS = "id, path, query, profile, options, keys, sha256, written, error, created"


def add_export(
    db: sqlite3.Connection, path: str, query: str, profile: str, *, options: dict[str, object], now: str
) -> int:
    """Register (or re-register, replacing the query and profile) the export to ``path``; returns its id."""
    db.execute(  # one statement: atomic on its own, also outside a transaction
        "INSERT INTO auto_exports (path, query, profile, options, created) VALUES (?, ?, ?, ?, ?) "
        "ON CONFLICT(path) DO UPDATE SET query = excluded.query, profile = excluded.profile, "
        "options = excluded.options",
        (path, query, profile, json.dumps(options, sort_keys=True), now),
    )
    row = db.execute("SELECT id FROM auto_exports WHERE path = ?", (path,)).fetchone()
    return int(row[0])


def list_exports(db: sqlite3.Connection) -> list[AutoExport]:
    """All registered exports, oldest first."""
    return [_from_row(row) for row in db.execute(f"SELECT {_COLUMNS} FROM auto_exports ORDER BY id")]


def get_export(db: sqlite3.Connection, export_id: int) -> AutoExport | None:
    """The export with this id."""
    row = db.execute(f"SELECT {_COLUMNS} FROM auto_exports WHERE id = ?", (export_id,)).fetchone()
    return _from_row(row) if row else None


def remove_export(db: sqlite3.Connection, export_id: int) -> bool:
    """Forget an export (its file stays); False if there was none with this id."""
    return db.execute("DELETE FROM auto_exports WHERE id = ?", (export_id,)).rowcount > 0


def record_written(db: sqlite3.Connection, export_id: int, keys: dict[str, str], sha256: str, now: str) -> None:
    """Remember what was written (keys kept for good, digest, time) and clear the error."""
    db.execute(
        "UPDATE auto_exports SET keys = ?, sha256 = ?, written = ?, error = '' WHERE id = ?",
        (json.dumps(keys, sort_keys=True), sha256, now, export_id),
    )


def record_error(db: sqlite3.Connection, export_id: int, message: str) -> None:
    """Remember why the last refresh failed (shown by ``biblio exports``)."""
    db.execute("UPDATE auto_exports SET error = ? WHERE id = ?", (message, export_id))


def _from_row(row: tuple[object, ...]) -> AutoExport:
    ident, path, query, profile, options, keys, sha256, written, error, created = row
    return AutoExport(
        id=int(str(ident)),
        path=str(path),
        query=str(query),
        profile=str(profile),
        options=dict(json.loads(str(options) or "{}")),
        keys={str(k): str(v) for k, v in json.loads(str(keys) or "{}").items()},
        sha256=str(sha256),
        written=str(written),
        error=str(error),
        created=str(created),
    )
