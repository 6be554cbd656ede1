"""Persons (the name authority), their name variants, record-person links and the dedup merge log.

Tables (migration ``0003_persons``):

- ``persons``: one person; ``origin`` is ``starter`` (the shipped authority file), ``record`` (made from a
  record's name), ``user`` (a split) or ``wikidata``; ``ref`` is the starter id or Wikidata QID.
- ``person_names``: name variants; ``fkey``/``gkey`` are folded family/given keys for lookup.
- ``record_persons``: which person each author/editor/translator of a record is.
- ``persons_synced``: the ``modified`` stamp of each record when its persons were last resolved.
- ``dedup_merges``: every merge of two records, with both records' JSON, so a merge can be undone.

Every function takes the connection of a transaction opened by the caller (reads need none).
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

SCHEMA = """
CREATE TABLE persons (
    id INTEGER PRIMARY KEY,
    label TEXT NOT NULL,
    born INTEGER,
    died INTEGER,
    origin TEXT NOT NULL DEFAULT 'record',
    ref TEXT NOT NULL DEFAULT '',
    wikidata TEXT NOT NULL DEFAULT ''
);
CREATE INDEX persons_ref ON persons(ref) WHERE ref != '';
CREATE TABLE person_names (
    id INTEGER PRIMARY KEY,
    person INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    family TEXT NOT NULL DEFAULT '',
    given TEXT NOT NULL DEFAULT '',
    lang TEXT NOT NULL DEFAULT '',
    script TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    fkey TEXT NOT NULL,
    gkey TEXT NOT NULL DEFAULT '',
    UNIQUE (person, fkey, gkey)
);
CREATE INDEX person_names_fkey ON person_names(fkey, gkey);
CREATE TABLE record_persons (
    record INTEGER NOT NULL REFERENCES records(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    position INTEGER NOT NULL,
    person INTEGER NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
    PRIMARY KEY (record, role, position)
) WITHOUT ROWID;
CREATE INDEX record_persons_person ON record_persons(person);
CREATE TABLE persons_synced (
    record INTEGER PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
    modified TEXT NOT NULL
);
CREATE TABLE dedup_merges (
    id INTEGER PRIMARY KEY,
    kept_uid TEXT NOT NULL,
    kept_before TEXT NOT NULL,
    removed_key TEXT NOT NULL,
    removed TEXT NOT NULL,
    at TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0
)
"""


def create_tables(db: sqlite3.Connection) -> None:
    """The ``0003_persons`` migration (statement by statement: ``executescript`` would commit)."""
    for statement in SCHEMA.split(";\n"):
        if statement.strip():
            db.execute(statement)


@dataclass(frozen=True, slots=True)
class PersonRow:
    """One person as stored."""

    id: int
    label: str
    born: int | None
    died: int | None
    origin: str
    ref: str
    wikidata: str


@dataclass(frozen=True, slots=True)
class VariantRow:
    """One stored name variant."""

    id: int
    person: int
    family: str
    given: str
    lang: str
    script: str
    source: str
    fkey: str
    gkey: str


_PERSON_COLS = "id, label, born, died, origin, ref, wikidata"
_VARIANT_COLS = "id, person, family, given, lang, script, source, fkey, gkey"


def insert_person(
    db: sqlite3.Connection,
    label: str,
    *,
    origin: str = "record",
    ref: str = "",
    born: int | None = None,
    died: int | None = None,
) -> int:
    """A new person; returns its id."""
    cursor = db.execute(
        "INSERT INTO persons (label, born, died, origin, ref) VALUES (?, ?, ?, ?, ?)", (label, born, died, origin, ref)
    )
    return int(cursor.lastrowid or 0)


def add_variant(db: sqlite3.Connection, person: int, variant: VariantRow) -> bool:
    """Store a variant for ``person`` unless it has one with the same keys; True if added."""
    cursor = db.execute(
        "INSERT OR IGNORE INTO person_names (person, family, given, lang, script, source, fkey, gkey)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            person,
            variant.family,
            variant.given,
            variant.lang,
            variant.script,
            variant.source,
            variant.fkey,
            variant.gkey,
        ),
    )
    return cursor.rowcount > 0


def get_person(db: sqlite3.Connection, person: int) -> PersonRow | None:
    """The person with this id."""
    row = db.execute(f"SELECT {_PERSON_COLS} FROM persons WHERE id = ?", (person,)).fetchone()
    return PersonRow(*row) if row else None


def person_by_ref(db: sqlite3.Connection, ref: str) -> PersonRow | None:
    """The person with this starter id or QID."""
    row = db.execute(f"SELECT {_PERSON_COLS} FROM persons WHERE ref = ? OR wikidata = ?", (ref, ref)).fetchone()
    return PersonRow(*row) if row else None


def all_persons(db: sqlite3.Connection) -> list[PersonRow]:
    """Every person, by id."""
    return [PersonRow(*row) for row in db.execute(f"SELECT {_PERSON_COLS} FROM persons ORDER BY id")]


def variants_of(db: sqlite3.Connection, person: int) -> list[VariantRow]:
    """A person's variants, in the order they were added."""
    sql = f"SELECT {_VARIANT_COLS} FROM person_names WHERE person = ? ORDER BY id"
    return [VariantRow(*row) for row in db.execute(sql, (person,))]


def variants_by_fkey(db: sqlite3.Connection, fkey: str, gkey: str | None = None) -> list[VariantRow]:
    """Variants whose folded family name is ``fkey`` (and given name ``gkey`` if given)."""
    if gkey is None:
        sql = f"SELECT {_VARIANT_COLS} FROM person_names WHERE fkey = ? ORDER BY person, id"
        return [VariantRow(*row) for row in db.execute(sql, (fkey,))]
    sql = f"SELECT {_VARIANT_COLS} FROM person_names WHERE fkey = ? AND gkey = ? ORDER BY person, id"
    return [VariantRow(*row) for row in db.execute(sql, (fkey, gkey))]


def set_person_fields(db: sqlite3.Connection, person: int, **values: object) -> None:
    """Update some of label, born, died, wikidata."""
    for column, value in values.items():
        if column not in ("label", "born", "died", "wikidata"):
            raise ValueError(f"unknown person column {column}")
        db.execute(f"UPDATE persons SET {column} = ? WHERE id = ?", (value, person))


def move_variants(db: sqlite3.Connection, variant_ids: list[int], person: int) -> None:
    """Give variants to another person (duplicates of the target's variants are dropped)."""
    for vid in variant_ids:
        db.execute("UPDATE OR IGNORE person_names SET person = ? WHERE id = ?", (person, vid))
        db.execute("DELETE FROM person_names WHERE id = ? AND person != ?", (vid, person))


def merge_into(db: sqlite3.Connection, keep: int, drop: int) -> None:
    """Move every variant and record link of ``drop`` to ``keep`` and delete ``drop``."""
    ids = [v.id for v in variants_of(db, drop)]
    move_variants(db, ids, keep)
    db.execute("UPDATE record_persons SET person = ? WHERE person = ?", (keep, drop))
    row = db.execute("SELECT wikidata, born, died FROM persons WHERE id = ?", (drop,)).fetchone()
    if row:
        db.execute(
            "UPDATE persons SET wikidata = CASE WHEN wikidata = '' THEN ? ELSE wikidata END,"
            " born = coalesce(born, ?), died = coalesce(died, ?) WHERE id = ?",
            (row[0], row[1], row[2], keep),
        )
    db.execute("DELETE FROM persons WHERE id = ?", (drop,))


def link_record(db: sqlite3.Connection, record_id: int, links: list[tuple[str, int, int]], modified: str) -> None:
    """Replace a record's (role, position, person) links and mark it synced at ``modified``."""
    db.execute("DELETE FROM record_persons WHERE record = ?", (record_id,))
    db.executemany("INSERT OR REPLACE INTO record_persons VALUES (?, ?, ?, ?)", [(record_id, *x) for x in links])
    db.execute("INSERT OR REPLACE INTO persons_synced VALUES (?, ?)", (record_id, modified))


def unsynced_records(db: sqlite3.Connection) -> list[int]:
    """Row ids of records whose persons were never resolved or that changed since."""
    sql = (
        "SELECT r.id FROM records r LEFT JOIN persons_synced s ON s.record = r.id"
        " WHERE s.modified IS NULL OR s.modified != r.modified ORDER BY r.id"
    )
    return [row[0] for row in db.execute(sql)]


def records_of(db: sqlite3.Connection, person: int) -> list[tuple[str, str, int]]:
    """(record key, role, position) for every record naming ``person``."""
    sql = (
        "SELECT r.key, rp.role, rp.position FROM record_persons rp JOIN records r ON r.id = rp.record"
        " WHERE rp.person = ? ORDER BY r.key, rp.role, rp.position"
    )
    return [(row[0], row[1], row[2]) for row in db.execute(sql, (person,))]


def persons_of_record(db: sqlite3.Connection, uid: str) -> list[tuple[str, int, int]]:
    """(role, position, person) links of the record with this uid."""
    sql = (
        "SELECT rp.role, rp.position, rp.person FROM record_persons rp JOIN records r ON r.id = rp.record"
        " WHERE r.uid = ? ORDER BY rp.role, rp.position"
    )
    return [(row[0], row[1], row[2]) for row in db.execute(sql, (uid,))]


def persons_by_uid(db: sqlite3.Connection) -> dict[str, list[int]]:
    """Record uid -> the persons it is linked to, in role and position order (every synced record)."""
    sql = (
        "SELECT r.uid, rp.person FROM record_persons rp JOIN records r ON r.id = rp.record"
        " ORDER BY rp.record, rp.role, rp.position"
    )
    out: dict[str, list[int]] = {}
    for uid, person in db.execute(sql):
        out.setdefault(uid, []).append(person)
    return out


def record_counts(db: sqlite3.Connection) -> dict[int, int]:
    """Person id -> number of records naming them."""
    return dict(db.execute("SELECT person, count(DISTINCT record) FROM record_persons GROUP BY person").fetchall())


def delete_orphans(db: sqlite3.Connection) -> int:
    """Delete persons made from records that no record names any more; returns how many."""
    cursor = db.execute("DELETE FROM persons WHERE origin = 'record' AND id NOT IN (SELECT person FROM record_persons)")
    return cursor.rowcount


def first_author_persons(db: sqlite3.Connection, ids: list[int] | None = None) -> dict[str, frozenset[int]]:
    """Record uid -> the persons of its first author (or first editor); all records or row ``ids``."""
    found: dict[str, set[int]] = {}
    sql = (  # the first author; the first editor only where there is no author
        "SELECT r.uid, rp.person FROM record_persons rp JOIN records r ON r.id = rp.record"
        " WHERE rp.position = 0 AND (rp.role = 'author' OR (rp.role = 'editor' AND NOT EXISTS"
        " (SELECT 1 FROM record_persons x WHERE x.record = rp.record AND x.role = 'author')))"
    )
    params: tuple[int, ...] = ()
    if ids is not None:
        sql += f" AND rp.record IN ({','.join('?' * len(ids))})"
        params = tuple(ids)
    for uid, person in db.execute(sql, params):
        found.setdefault(uid, set()).add(person)
    return {uid: frozenset(p) for uid, p in found.items()}


def first_author_groups(db: sqlite3.Connection) -> dict[int, list[str]]:
    """First-author person -> uids of their records (in library order)."""
    groups: dict[int, list[str]] = {}
    sql = (
        "SELECT rp.person, r.uid FROM record_persons rp JOIN records r ON r.id = rp.record"
        " WHERE rp.role = 'author' AND rp.position = 0 ORDER BY r.id"
    )
    for person, uid in db.execute(sql):
        groups.setdefault(person, []).append(uid)
    return groups


def persons_with_name_key(db: sqlite3.Connection, key: str) -> list[int]:
    """Persons with a variant whose folded family name (or family+given, given+family) is ``key``."""
    sql = (
        "SELECT DISTINCT person FROM person_names WHERE fkey = ? OR fkey || gkey = ? OR gkey || fkey = ?"
        " ORDER BY person"
    )
    return [row[0] for row in db.execute(sql, (key, key, key))]


def starter_ref(db: sqlite3.Connection, person: int) -> str | None:
    """The starter-file id of a person that came from the starter file."""
    row = db.execute("SELECT ref FROM persons WHERE id = ? AND origin = 'starter'", (person,)).fetchone()
    return str(row[0]) if row else None


def unsync_records_of(db: sqlite3.Connection, person: int) -> list[int]:
    """Mark the records naming ``person`` as not yet synced; returns their row ids."""
    ids = [r[0] for r in db.execute("SELECT DISTINCT record FROM record_persons WHERE person = ?", (person,))]
    db.executemany("DELETE FROM persons_synced WHERE record = ?", [(i,) for i in ids])
    return ids
