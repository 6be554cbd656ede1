"""Duplicates in a library, and the likely duplicates of a record about to be imported."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from biblio.dedup.features import Features, features
from biblio.dedup.match import AFFIX, Match, find_matches, score
from biblio.model import Record
from biblio.store import records as rows

if TYPE_CHECKING:
    from biblio.library import Library

LIKELY = 0.9  # likely_duplicates reports matches scoring at least this


def first_author_persons(db: sqlite3.Connection, ids: list[int] | None = None) -> dict[str, frozenset[int]]:
    """Record uid -> the authority ids of its first author (or first editor); all records or row ``ids``."""
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


def library_features(library: Library) -> list[Features]:
    """Features of every record (the authority is brought up to date first)."""
    from biblio.authority.service import refresh

    refresh(library)
    persons = first_author_persons(library.store.db)
    return [features(r, persons.get(r.uid, frozenset())) for r in library.records()]


def find_duplicates(library: Library) -> list[Match]:
    """Pairs of records that are the same work, best first."""
    return find_matches(library_features(library))


def _resolved_persons(db: sqlite3.Connection, record: Record) -> frozenset[int]:
    """The first author's person, resolved now (read-only) against the authority."""
    from biblio.authority.resolve import resolve

    first = record.first_author()
    if first is None:
        return frozenset()
    person = resolve(db, first, record.effective_language())
    return frozenset() if person is None else frozenset({person})


def _candidate_ids(db: sqlite3.Connection, record: Record, probe: Features, persons: frozenset[int]) -> set[int]:
    ids: set[int] = set()
    queries: list[tuple[str, tuple[object, ...]]] = []
    if probe.doi:
        queries.append(("doi = ?", (probe.doi,)))
    if probe.isbn:
        queries.append(("isbn = ?", (probe.isbn,)))
    year = record.year
    prefix = rows.match_title(record)[:AFFIX]
    if len(prefix) >= 3 and "|" not in prefix:
        # "!= ''" lets SQLite use the partial index on match_title; other years cannot match anyway
        title = "match_title != '' AND match_title >= ? AND match_title < ?"
        span: tuple[object, ...] = () if year is None else (year - 1, year + 1)
        years = "" if year is None else " AND (year IS NULL OR year BETWEEN ? AND ?)"
        queries.append((title + years, (prefix, prefix + "\U0010ffff", *span)))
    if persons and year is not None:
        marks = ",".join("?" * len(persons))
        sub = f"SELECT record FROM record_persons WHERE person IN ({marks}) AND position = 0"
        queries.append((f"id IN ({sub}) AND year BETWEEN ? AND ?", (*persons, year - 1, year + 1)))
    for where, params in queries:
        ids.update(row[0] for row in db.execute(f"SELECT id FROM records WHERE {where} LIMIT 200", params))
    return ids


def likely_duplicates(db: sqlite3.Connection, record: Record) -> list[str]:
    """Keys of stored records that are probably the same work as ``record`` (not yet stored), best first.

    Cheap enough to call for every imported record: a few indexed queries, then scoring of the few
    candidates found (same DOI/ISBN, same title prefix, or same first author within a year).
    """
    from biblio.authority.variants import ensure_seeded

    ensure_seeded(db)
    persons = _resolved_persons(db, record)
    probe = features(record, persons)
    ids = sorted(_candidate_ids(db, record, probe, persons))
    if not ids:
        return []
    stored_persons = first_author_persons(db, ids)
    found: list[tuple[float, str]] = []
    marks = ",".join("?" * len(ids))
    for other in rows.load_records(db, f"id IN ({marks})", tuple(ids)):
        if other.uid == record.uid:
            continue
        known = stored_persons.get(other.uid) or _resolved_persons(db, other)
        match = score(probe, features(other, known))
        if match is not None and match.score >= LIKELY:
            found.append((match.score, other.key))
    return [key for _, key in sorted(found, key=lambda x: (-x[0], x[1]))]
