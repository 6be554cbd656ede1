"""Opening the SQLite library and running transactions.

WAL journal, foreign keys on, ``synchronous=NORMAL`` (durable at checkpoints, never corrupt), schema
migrated on open. Every write runs inside :meth:`Store.transaction`, which rolls back on any error;
nested calls become savepoints. Each write transaction bumps the ``generation`` counter that the
search index compares with its own to detect staleness.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from biblio.errors import LibraryError
from biblio.store import changes
from biblio.store.changes import Changes
from biblio.store.meta import bump_generation, get_meta, set_meta
from biblio.store.meta import generation as stored_generation
from biblio.store.migrations import migrate

BUSY_TIMEOUT = 30.0  # seconds a writer waits for another process's write transaction before giving up


def _enable_wal(db: sqlite3.Connection, timeout: float = BUSY_TIMEOUT) -> None:
    """Switch to the WAL journal, waiting while another process does the same to a new library.

    Changing the journal mode needs an exclusive lock and SQLite does not always call the busy handler
    for it, so "database is locked" here is retried until ``timeout``.
    """
    deadline = time.monotonic() + timeout
    while True:
        try:
            db.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


@contextmanager
def immediate(db: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A short write transaction on a bare connection (the caller's, if one is open); not counted as a write.

    For bookkeeping that changes no record (seeding the starter authority file), so the search index
    does not look stale.
    """
    if db.in_transaction:
        yield db
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


class Store:
    """One open library database."""

    def __init__(self, path: Path, *, readonly: bool = False) -> None:
        self.path = path
        try:
            if readonly:
                uri = f"file:{path}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT)
            else:
                self.db = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT)
            self.db.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                _enable_wal(self.db)
                self.db.execute("PRAGMA synchronous = NORMAL")
                migrate(self.db)
                changes.install(self.db)
        except sqlite3.DatabaseError as exc:
            raise LibraryError(f"cannot open library database {path}: {exc}") from exc
        self._depth = 0
        # called after each outermost COMMIT with what it changed (biblio.library.core.Library registers here)
        self.after_commit: list[Callable[[Changes], None]] = []

    @property
    def in_transaction(self) -> bool:
        """True inside :meth:`transaction` (a write there joins the open transaction)."""
        return self._depth > 0

    def close(self) -> None:
        """Close the connection (checkpointing the WAL)."""
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """A write transaction (a savepoint when nested); rolled back if the block raises.

        After the outermost COMMIT, each ``after_commit`` listener gets the :class:`Changes` it made;
        a rolled-back transaction calls none.
        """
        if self._depth:
            name = f"sp{self._depth}"
            self.db.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.db
            except BaseException:
                self.db.execute(f"ROLLBACK TO {name}")
                self.db.execute(f"RELEASE {name}")
                raise
            finally:
                self._depth -= 1
            self.db.execute(f"RELEASE {name}")
            return
        self.db.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            last_id = changes.last_record_id(self.db)
            yield self.db
            before = stored_generation(self.db)
            committed = changes.take(self.db, last_id, before, before + 1)
            bump_generation(self.db)
        except BaseException:
            self._depth = 0
            self.db.execute("ROLLBACK")
            raise
        self._depth = 0
        self.db.execute("COMMIT")
        for listener in list(self.after_commit):
            listener(committed)

    def generation(self) -> int:
        """The write counter: it increases with every committed write transaction."""
        return stored_generation(self.db)

    def meta(self, name: str, default: str = "") -> str:
        """A value from the meta table."""
        return get_meta(self.db, name, default)

    def set_meta(self, name: str, value: str) -> None:
        """Set a meta value (inside the caller's transaction)."""
        set_meta(self.db, name, value)

    def count(self) -> int:
        """The number of records."""
        return int(self.db.execute("SELECT count(*) FROM records").fetchone()[0])
