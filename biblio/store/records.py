"""Reading and writing records, their links, tags, full texts and attachments.

Common fields are real columns (for lookup and sorting); the whole record is kept as JSON in
``data``. Links, tags, full text and attachments live in side tables. Every function takes the
connection of a transaction opened by the caller.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from biblio.model import Attachment, Link, LinkKind, Record
from biblio.model.serialize import record_from_dict, record_to_dict
from biblio.store.files import sync_attachments

# Kept out of the JSON blob: they have columns or side tables of their own.
_OUTSIDE_DATA = ("uid", "key", "added", "modified", "tags", "links", "attachments", "fulltext")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_JSON = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))  # stateless; json.dumps would build one a call


@dataclass(frozen=True, slots=True)
class StoredRow:
    """The columns needed to decide whether an incoming record is new, unchanged or an update."""

    id: int
    uid: str
    key: str


def bibliographic_data(record: Record) -> dict[str, Any]:
    """The record's JSON without the columns and side-table parts."""
    data = record_to_dict(record)
    for name in _OUTSIDE_DATA:
        data.pop(name, None)
    return data


def content_hash(data: dict[str, Any]) -> str:
    """A hash of the bibliographic content, ignoring provenance (re-imports of the same work hash alike).

    Computed only when an incoming record matches a stored one, never on plain inserts (a JSON dump costs).
    """
    content = {k: v for k, v in data.items() if k not in ("provenance", "latex")}
    blob = json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()


def match_title(record: Record) -> str:
    """Normalised primary title plus year: a cheap candidate key for finding the same work again."""
    title = record.title[0].value if record.title else ""
    folded = _NON_WORD.sub("", unicodedata.normalize("NFKC", title).casefold())[:80]
    return f"{folded}|{record.year or ''}" if folded else ""


def _columns(record: Record, data_json: str, author_sort: str) -> tuple[Any, ...]:
    title = record.title[0].value if record.title else ""
    return (
        record.type.value,
        title,
        author_sort,
        record.year,
        record.effective_language(),
        record.doi.lower(),
        record.isbn.replace("-", "").upper(),
        record.url,
        match_title(record),
        data_json,
    )


def insert_record(db: sqlite3.Connection, record: Record, *, author_sort: str, source_id: int | None, now: str) -> int:
    """Insert a new record (its ``key`` must be set and unique); returns its row id. Links are written separately."""
    data_json = _JSON.encode(bibliographic_data(record))
    added = record.added or now
    cursor = db.execute(
        "INSERT INTO records (uid, key, type, title, author_sort, year, language, doi, isbn, url, match_title,"
        " data, source_id, added, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (record.uid, record.key, *_columns(record, data_json, author_sort), source_id, added, now),
    )
    row_id = int(cursor.lastrowid or 0)
    _write_user_layer(db, row_id, record, new=True)
    return row_id


def replace_record(db: sqlite3.Connection, row_id: int, record: Record, *, author_sort: str, now: str) -> None:
    """Overwrite a stored record's content, tags, full text and attachments (uid and added stay)."""
    data_json = _JSON.encode(bibliographic_data(record))
    db.execute(
        "UPDATE records SET key = ?, type = ?, title = ?, author_sort = ?, year = ?, language = ?, doi = ?, isbn = ?,"
        " url = ?, match_title = ?, data = ?, modified = ? WHERE id = ?",
        (record.key, *_columns(record, data_json, author_sort), now, row_id),
    )
    db.execute("DELETE FROM tags WHERE record = ?", (row_id,))
    db.execute("DELETE FROM fulltexts WHERE record = ?", (row_id,))
    _write_user_layer(db, row_id, record)


def _write_user_layer(db: sqlite3.Connection, row_id: int, record: Record, *, new: bool = False) -> None:
    if record.tags:
        db.executemany("INSERT OR IGNORE INTO tags VALUES (?, ?)", [(row_id, t) for t in record.tags])
    if record.fulltext:
        db.execute("INSERT INTO fulltexts VALUES (?, ?)", (row_id, record.fulltext))
    if record.attachments or not new:  # a new row has no attachment rows (they go with a deleted record)
        sync_attachments(db, row_id, record.attachments)


def write_links(db: sqlite3.Connection, row_id: int, links: Iterable[Link]) -> list[Link]:
    """Add links from a record; returns the links whose target uid is not in the library (not written)."""
    missing = []
    for link in links:
        row = db.execute("SELECT id FROM records WHERE uid = ?", (link.target,)).fetchone()
        if row is None:
            missing.append(link)
            continue
        db.execute("INSERT OR IGNORE INTO links VALUES (?, ?, ?)", (row_id, row[0], link.kind.value))
    return missing


def remove_links(db: sqlite3.Connection, row_id: int, links: Iterable[Link]) -> None:
    """Delete the given outgoing links of a record."""
    for link in links:
        db.execute(
            "DELETE FROM links WHERE src = ? AND kind = ? AND dst = (SELECT id FROM records WHERE uid = ?)",
            (row_id, link.kind.value, link.target),
        )


def delete_records(db: sqlite3.Connection, row_ids: Iterable[int]) -> None:
    """Delete records; their links, tags, full texts and attachment rows go with them (ON DELETE CASCADE)."""
    db.executemany("DELETE FROM records WHERE id = ?", [(i,) for i in row_ids])


def row_for_key(db: sqlite3.Connection, key: str) -> StoredRow | None:
    """The stored row with this citation key."""
    row = db.execute("SELECT id, uid, key FROM records WHERE key = ?", (key,)).fetchone()
    return StoredRow(*row) if row else None


def row_for_uid(db: sqlite3.Connection, uid: str) -> StoredRow | None:
    """The stored row with this uid."""
    row = db.execute("SELECT id, uid, key FROM records WHERE uid = ?", (uid,)).fetchone()
    return StoredRow(*row) if row else None


def find_same_work(db: sqlite3.Connection, record: Record) -> StoredRow | None:
    """An existing record that is evidently the same work: same DOI, ISBN (books), URL, CNKI file name or title+year."""
    probes: list[tuple[str, str]] = []
    if record.doi:
        probes.append(("doi", record.doi.lower()))
    if record.isbn and record.type.value in ("book", "collection", "proceedings"):
        probes.append(("isbn", record.isbn.replace("-", "").upper()))
    if record.url and not record.doi:
        probes.append(("url", record.url))
    mt = match_title(record)
    if mt and not probes:
        probes.append(("match_title", mt))
    for column, value in probes:
        row = db.execute(f"SELECT id, uid, key FROM records WHERE {column} = ? LIMIT 1", (value,)).fetchone()
        if row:
            return StoredRow(*row)
    return None


def data_version(db: sqlite3.Connection) -> int:
    """SQLite's ``data_version``: it changes when ANOTHER connection commits (not on this one's own writes)."""
    return int(db.execute("PRAGMA data_version").fetchone()[0])


def all_keys(db: sqlite3.Connection) -> set[str]:
    """Every citation key in the library."""
    return {row[0] for row in db.execute("SELECT key FROM records")}


def load_records(
    db: sqlite3.Connection, where: str = "", params: tuple[Any, ...] = (), order: str = "id"
) -> Iterator[Record]:
    """Records (with links, tags, full text and attachments) matching an SQL condition, in batches."""
    sql = "SELECT id, uid, key, added, modified, data FROM records"
    if where:
        sql += f" WHERE {where}"
    cursor = db.execute(f"{sql} ORDER BY {order}", params)
    while batch := cursor.fetchmany(500):
        yield from _assemble(db, batch)


def _assemble(db: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> Iterator[Record]:
    ids = [r[0] for r in rows]
    marks = ",".join("?" * len(ids))
    links: dict[int, list[Link]] = {}
    for src, kind, uid in db.execute(
        f"SELECT l.src, l.kind, r.uid FROM links l JOIN records r ON r.id = l.dst WHERE l.src IN ({marks})", ids
    ):
        links.setdefault(src, []).append(Link(LinkKind(kind), uid))
    tags: dict[int, list[str]] = {}
    for rid, tag in db.execute(f"SELECT record, tag FROM tags WHERE record IN ({marks}) ORDER BY tag", ids):
        tags.setdefault(rid, []).append(tag)
    texts = dict(db.execute(f"SELECT record, text FROM fulltexts WHERE record IN ({marks})", ids).fetchall())
    files: dict[int, list[Attachment]] = {}
    for rid, path, mime, desc, sha256 in db.execute(
        f"SELECT record, path, mime, description, sha256 FROM attachments WHERE record IN ({marks}) ORDER BY id", ids
    ):
        files.setdefault(rid, []).append(Attachment(path, mime, desc, sha256))
    for row_id, uid, key, added, modified, data in rows:
        record = record_from_dict(json.loads(data))
        record.uid, record.key, record.added, record.modified = uid, key, added, modified
        record.links = links.get(row_id, [])
        record.tags = tags.get(row_id, [])
        record.fulltext = texts.get(row_id, "")
        record.attachments = files.get(row_id, [])
        yield record


def citing_uids(db: sqlite3.Connection, uid: str, kind: LinkKind = LinkKind.CITES) -> list[str]:
    """The uids of records that link to ``uid`` with ``kind`` (e.g. the works citing it)."""
    return [
        row[0]
        for row in db.execute(
            "SELECT s.uid FROM links l JOIN records s ON s.id = l.src JOIN records d ON d.id = l.dst"
            " WHERE d.uid = ? AND l.kind = ? ORDER BY s.id",
            (uid, kind.value),
        )
    ]


def key_of_uid(db: sqlite3.Connection, uid: str) -> str | None:
    """The citation key of the record with this uid."""
    row = db.execute("SELECT key FROM records WHERE uid = ?", (uid,)).fetchone()
    return str(row[0]) if row else None


def key_in_use(db: sqlite3.Connection, key: str) -> bool:
    """True when some record has this citation key."""
    return db.execute("SELECT 1 FROM records WHERE key = ?", (key,)).fetchone() is not None


def delete_links_from(db: sqlite3.Connection, row_id: int) -> None:
    """Remove every link the record ``row_id`` makes (before writing its new ones)."""
    db.execute("DELETE FROM links WHERE src = ?", (row_id,))


def match_columns(db: sqlite3.Connection, row_id: int) -> tuple[str, str]:
    """The stored (lower-case DOI, match title) of a record, for deciding whether it is the same work."""
    row = db.execute("SELECT doi, match_title FROM records WHERE id = ?", (row_id,)).fetchone()
    return str(row[0] or ""), str(row[1] or "")


def row_ids_by_uid(db: sqlite3.Connection, ids: list[int]) -> dict[str, int]:
    """uid -> row id of the rows ``ids``."""
    marks = ",".join("?" * len(ids))
    return dict(db.execute(f"SELECT uid, id FROM records WHERE id IN ({marks})", tuple(ids)))


def candidate_ids(
    db: sqlite3.Connection,
    *,
    doi: str,
    isbn: str,
    title_prefix: str,
    year: int | None,
    persons: frozenset[int],
    limit: int = 200,
) -> set[int]:
    """Row ids of possible duplicates: same DOI, same ISBN, title starting with the prefix near the year,
    or the same first-author person within a year (each probe an indexed query of at most ``limit`` rows)."""
    queries: list[tuple[str, tuple[object, ...]]] = []
    if doi:
        queries.append(("doi = ?", (doi,)))
    if isbn:
        queries.append(("isbn = ?", (isbn,)))
    if title_prefix:
        # "!= ''" lets SQLite use the partial index on match_title; other years cannot match anyway
        title = "match_title != '' AND match_title >= ? AND match_title < ?"
        span: tuple[object, ...] = () if year is None else (year - 1, year + 1)
        years = "" if year is None else " AND (year IS NULL OR year BETWEEN ? AND ?)"
        queries.append((title + years, (title_prefix, title_prefix + "\U0010ffff", *span)))
    if persons and year is not None:
        marks = ",".join("?" * len(persons))
        sub = f"SELECT record FROM record_persons WHERE person IN ({marks}) AND position = 0"
        queries.append((f"id IN ({sub}) AND year BETWEEN ? AND ?", (*persons, year - 1, year + 1)))
    ids: set[int] = set()
    for where_sql, params in queries:
        ids.update(row[0] for row in db.execute(f"SELECT id FROM records WHERE {where_sql} LIMIT {limit}", params))
    return ids


def records_by_id(db: sqlite3.Connection, ids: Sequence[int], chunk: int = 500) -> list[Record]:
    """The records with these row ids, in that order (unknown ids are skipped)."""
    found: dict[int, Record] = {}
    for start in range(0, len(ids), chunk):
        part = list(ids[start : start + chunk])
        marks = ",".join("?" * len(part))
        uid_to_id = dict(db.execute(f"SELECT uid, id FROM records WHERE id IN ({marks})", part).fetchall())
        for record in load_records(db, f"id IN ({marks})", tuple(part)):
            found[uid_to_id[record.uid]] = record
    return [found[i] for i in ids if i in found]
