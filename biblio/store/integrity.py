"""Integrity checks of the database: SQLite's own, foreign keys, and the records' JSON and kept sources."""

from __future__ import annotations

import json
import sqlite3


def count_sources(db: sqlite3.Connection) -> int:
    """The number of kept source documents."""
    return int(db.execute("SELECT count(*) FROM sources").fetchone()[0])


def database_problems(db: sqlite3.Connection) -> list[str]:
    """What ``PRAGMA integrity_check`` and ``foreign_key_check`` find, one line each."""
    problems = [f"database: {line}" for (line,) in db.execute("PRAGMA integrity_check") if line != "ok"]
    for table, rowid, parent, _ in db.execute("PRAGMA foreign_key_check"):
        problems.append(f"database: {table} row {rowid} points to a missing {parent} row")
    return problems


def record_row_problems(db: sqlite3.Connection) -> list[str]:
    """Records whose stored JSON is broken or names a kept source that is not registered."""
    problems = []
    sources = {row[0] for row in db.execute("SELECT path FROM sources")}
    for key, data in db.execute("SELECT key, data FROM records"):
        try:
            parsed = json.loads(data)
        except ValueError:
            problems.append(f"record {key}: stored data is not valid JSON")
            continue
        source = parsed.get("provenance", {}).get("source", "")
        if source and source not in sources:
            problems.append(f"record {key}: kept source {source} is not registered")
    return problems
