"""Named, recorded schema migrations. Append new ones; never edit a released one."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

Migration = tuple[str, Callable[[sqlite3.Connection], None]]


def _run_script(db: sqlite3.Connection, script: str) -> None:
    """Run statements one by one: ``executescript`` would commit the migration's transaction."""
    for statement in script.split(";\n"):
        if statement.strip():
            db.execute(statement)


def _initial(db: sqlite3.Connection) -> None:
    _run_script(
        db,
        """
        CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT '',
            importer TEXT NOT NULL DEFAULT '',
            importer_version TEXT NOT NULL DEFAULT '',
            size INTEGER NOT NULL DEFAULT 0,
            added TEXT NOT NULL
        );
        CREATE TABLE records (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            key TEXT NOT NULL UNIQUE,
            type TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            author_sort TEXT NOT NULL DEFAULT '',
            year INTEGER,
            language TEXT NOT NULL DEFAULT '',
            doi TEXT NOT NULL DEFAULT '',
            isbn TEXT NOT NULL DEFAULT '',
            url TEXT NOT NULL DEFAULT '',
            match_title TEXT NOT NULL DEFAULT '',
            source_id INTEGER REFERENCES sources(id),
            added TEXT NOT NULL,
            modified TEXT NOT NULL,
            data TEXT NOT NULL
        );
        CREATE INDEX records_doi ON records(doi) WHERE doi != '';
        CREATE INDEX records_isbn ON records(isbn) WHERE isbn != '';
        CREATE INDEX records_url ON records(url) WHERE url != '';
        CREATE INDEX records_match_title ON records(match_title) WHERE match_title != '';
        CREATE INDEX records_year ON records(year);
        CREATE INDEX records_author_sort ON records(author_sort);
        CREATE INDEX records_added ON records(added);
        CREATE TABLE links (
            src INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            dst INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            PRIMARY KEY (src, dst, kind)
        ) WITHOUT ROWID;
        CREATE INDEX links_dst ON links(dst);
        CREATE TABLE tags (
            record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (record, tag)
        ) WITHOUT ROWID;
        CREATE INDEX tags_tag ON tags(tag);
        CREATE TABLE fulltexts (
            record INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
            text TEXT NOT NULL
        );
        CREATE TABLE attachments (
            id INTEGER PRIMARY KEY,
            record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
            path TEXT NOT NULL,
            mime TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX attachments_record ON attachments(record);
        """,
    )


def _persons(db: sqlite3.Connection) -> None:
    from biblio.store.persons import create_tables

    create_tables(db)


def _auto_exports(db: sqlite3.Connection) -> None:
    """Registered auto-exports: a file the library rewrites when matching records change."""
    _run_script(
        db,
        """
        CREATE TABLE auto_exports (
            id INTEGER PRIMARY KEY,
            path TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL DEFAULT '',
            profile TEXT NOT NULL,
            options TEXT NOT NULL DEFAULT '{}',
            keys TEXT NOT NULL DEFAULT '{}',
            sha256 TEXT NOT NULL DEFAULT '',
            written TEXT NOT NULL DEFAULT '',
            error TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        );
        """,
    )


def _attachment_files(db: sqlite3.Connection) -> None:
    from biblio.store.files import create_tables

    create_tables(db)


MIGRATIONS: list[Migration] = [
    ("0001_initial", _initial),
    ("0003_persons", _persons),
    ("0002_auto_exports", _auto_exports),
    ("0004_attachment_files", _attachment_files),
]

SCHEMA_VERSION = len(MIGRATIONS)


def _applied(db: sqlite3.Connection) -> set[str]:
    return {row[0][len("migration_") :] for row in db.execute("SELECT name FROM meta WHERE name LIKE 'migration_%'")}


def migrate(db: sqlite3.Connection) -> int:
    """Apply every listed migration the database has not recorded yet; return the number applied.

    Migrations are recorded by name (``meta.migration_<name>``), so independent ones added in parallel
    branches apply in list order whatever order they landed in. A database that recorded a migration
    this code does not know was written by a newer biblio and is refused. Each migration runs in its
    own transaction together with its record; the list of applied ones is read again under the write lock,
    so processes opening a new library at the same time never run a migration twice.
    """
    db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)")
    applied = _applied(db)
    unknown = applied - {name for name, _ in MIGRATIONS}
    if unknown:
        from biblio.errors import LibraryError

        raise LibraryError(
            f"the library was written by a newer biblio (unknown schema migrations: {', '.join(sorted(unknown))})"
        )
    count = 0
    for name, step in MIGRATIONS:
        if name in applied:
            continue
        db.execute("BEGIN IMMEDIATE")
        try:
            applied = _applied(db)  # under the write lock: another process may have just migrated
            if name in applied:
                db.execute("COMMIT")
                continue
            step(db)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('migration_' || ?, datetime('now'))", (name,))
            db.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", (str(len(applied) + 1),))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        count += 1
    return count
