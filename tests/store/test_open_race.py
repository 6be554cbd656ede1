"""Processes opening (creating) the same new library at the same moment all succeed, schema made once."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path
from typing import Any

from biblio.store import Store
from biblio.store.migrations import MIGRATIONS, SCHEMA_VERSION

PROCESSES = 6
ROUNDS = 15


def _open(path: str, barrier: Any) -> None:
    barrier.wait()
    Store(Path(path)).close()  # an error exits the child with status 1


def test_simultaneous_first_opens_all_succeed(tmp_path: Path) -> None:
    context = multiprocessing.get_context("fork")
    for round_ in range(ROUNDS):
        path = tmp_path / f"lib{round_}" / "biblio.sqlite3"
        path.parent.mkdir()
        barrier = context.Barrier(PROCESSES)
        children = [context.Process(target=_open, args=(str(path), barrier)) for _ in range(PROCESSES)]
        for child in children:
            child.start()
        for child in children:
            child.join(60)
        assert [c.exitcode for c in children] == [0] * PROCESSES, f"round {round_}"
        db = sqlite3.connect(path)
        try:
            names = {row[0] for row in db.execute("SELECT name FROM meta WHERE name LIKE 'migration_%'")}
            version = db.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()[0]
            mode = db.execute("PRAGMA journal_mode").fetchone()[0]
        finally:
            db.close()
        assert names == {f"migration_{name}" for name, _ in MIGRATIONS}
        assert (int(version), mode) == (SCHEMA_VERSION, "wal")
