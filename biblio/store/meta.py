"""The ``meta`` table: named values of the library (write generation, starter digest, schema facts)."""

from __future__ import annotations

import sqlite3


def get_meta(db: sqlite3.Connection, name: str, default: str = "") -> str:
    """A value from the meta table."""
    row = db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
    return str(row[0]) if row else default


def set_meta(db: sqlite3.Connection, name: str, value: str) -> None:
    """Set a meta value (inside the caller's transaction)."""
    db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, value))


def generation(db: sqlite3.Connection) -> int:
    """The write counter: it increases with every committed write transaction."""
    return int(get_meta(db, "generation", "0"))


def bump_generation(db: sqlite3.Connection) -> None:
    """Count one more write transaction (inside it)."""
    db.execute(
        "INSERT INTO meta VALUES ('generation', '1') ON CONFLICT(name) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
    )
