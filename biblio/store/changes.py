"""Which records a write transaction changed, collected by TEMP triggers on this connection.

Every table whose rows are part of what a record looks like (the record row, its links, tags, full
text, attachment rows, the persons it names and their name variants) has an AFTER trigger that puts
the record's uid into the TEMP table ``changed_records`` (``removed`` = 1 for a deleted record). The
triggers live only on this connection; the rows are part of the transaction, so a ROLLBACK (or a
ROLLBACK TO a savepoint) takes them back too. :meth:`biblio.store.db.Store.transaction` takes them
just before the outermost COMMIT and hands them to its after-commit listeners.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field

_MARK = "INSERT OR REPLACE INTO changed_records VALUES ({uid}, {removed})"
# a record's side rows: mark the record unless it is gone or already marked (a removal stays a removal)
_SIDE = "INSERT OR IGNORE INTO changed_records SELECT uid, 0 FROM main.records WHERE id = {row}"
_PERSON = (
    "INSERT OR IGNORE INTO changed_records SELECT r.uid, 0 FROM main.record_persons rp"
    " JOIN main.records r ON r.id = rp.record WHERE rp.person = {person}"
)
# a side table's rows belong to the record named by this column
_SIDE_TABLES = {
    "links": "src",
    "tags": "record",
    "fulltexts": "record",
    "attachments": "record",
    "record_persons": "record",
}
# a link that goes with its removed target is no change of its source (only the removal counts)
_TARGET_KEPT = " AND EXISTS (SELECT 1 FROM main.records d WHERE d.id = OLD.dst)"


def _triggers() -> dict[str, tuple[str, str]]:
    """Trigger name -> (event, action)."""
    found = {
        "records_ins": ("INSERT ON main.records", _MARK.format(uid="NEW.uid", removed=0)),
        "records_upd": ("UPDATE ON main.records", _MARK.format(uid="NEW.uid", removed=0)),
        "records_del": ("DELETE ON main.records", _MARK.format(uid="OLD.uid", removed=1)),
    }
    for table, column in _SIDE_TABLES.items():
        found[f"{table}_ins"] = (f"INSERT ON main.{table}", _SIDE.format(row=f"NEW.{column}"))
        found[f"{table}_upd"] = (f"UPDATE ON main.{table}", _SIDE.format(row=f"NEW.{column}"))
        kept = _TARGET_KEPT if table == "links" else ""
        found[f"{table}_del"] = (f"DELETE ON main.{table}", _SIDE.format(row=f"OLD.{column}{kept}"))
    for event, row in (("INSERT", "NEW"), ("UPDATE", "NEW"), ("DELETE", "OLD")):
        found[f"person_names_{event.lower()}"] = (
            f"{event} ON main.person_names",
            _PERSON.format(person=f"{row}.person"),
        )
    return found


@dataclass
class Changes:
    """What committed write transactions changed: record uids changed or added, uids removed, generations.

    ``before`` is the store generation before the first of them, ``after`` the one after the last; a
    ``before`` of -1 means a write of another connection came between (the index cannot be patched).
    """

    changed: dict[str, None] = field(default_factory=dict)
    removed: dict[str, None] = field(default_factory=dict)
    before: int = 0
    after: int = 0

    def __bool__(self) -> bool:
        return bool(self.changed or self.removed)

    def then(self, later: Changes) -> Changes:
        """These changes followed by ``later`` ones (a record removed and added again counts as changed)."""
        changed = {**{u: None for u in self.changed if u not in later.removed}, **later.changed}
        removed = {**{u: None for u in self.removed if u not in later.changed}, **later.removed}
        before = self.before if later.before == self.after else -1
        return Changes(changed, removed, before, later.after)


def install(db: sqlite3.Connection) -> None:
    """Create the TEMP table and triggers on this connection (once per connection)."""
    db.execute("CREATE TEMP TABLE IF NOT EXISTS changed_records (uid TEXT PRIMARY KEY, removed INTEGER NOT NULL)")
    for name, (event, action) in _triggers().items():
        db.execute(f"CREATE TEMP TRIGGER IF NOT EXISTS changed_{name} AFTER {event} BEGIN {action}; END")


def take(db: sqlite3.Connection, before: int, after: int) -> Changes:
    """The changes marked so far in this transaction (the marks are cleared)."""
    changes = Changes(before=before, after=after)
    for uid, removed in db.execute("SELECT uid, removed FROM temp.changed_records"):
        (changes.removed if removed else changes.changed)[uid] = None
    db.execute("DELETE FROM temp.changed_records")
    return changes
