"""The SQLite store: migrations, transactions, generation counter."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from biblio.errors import LibraryError
from biblio.store import Store
from biblio.store.migrations import SCHEMA_VERSION


def test_new_store_is_migrated_and_in_wal_mode(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    assert store.meta("schema_version") == str(SCHEMA_VERSION)
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    with pytest.raises(RuntimeError), store.transaction() as db:
        db.execute("INSERT INTO meta VALUES ('x', '1')")
        raise RuntimeError("boom")
    assert store.meta("x") == ""
    assert store.generation() == 0


def test_nested_transaction_is_a_savepoint(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    with store.transaction() as db:
        db.execute("INSERT INTO meta VALUES ('outer', '1')")
        with pytest.raises(ValueError), store.transaction():
            db.execute("INSERT INTO meta VALUES ('inner', '1')")
            raise ValueError
    assert store.meta("outer") == "1"
    assert store.meta("inner") == ""
    assert store.generation() == 1


def test_generation_counts_commits(tmp_path: Path) -> None:
    store = Store(tmp_path / "db.sqlite3")
    for expected in (1, 2, 3):
        with store.transaction():
            pass
        assert store.generation() == expected


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    Store(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO meta VALUES ('migration_9999_future', 'x')")
    db.commit()
    db.close()
    with pytest.raises(LibraryError, match="newer biblio"):
        Store(path)


def test_not_a_database_gives_library_error(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(LibraryError, match="cannot open"):
        Store(path)
