"""Duplicates in a library, and the likely duplicates of a record about to be imported."""

from __future__ import annotations

import sqlite3

from biblio.dedup.features import features
from biblio.dedup.match import AFFIX, Match, find_matches, score
from biblio.model import Record
from biblio.store import records as rows
from biblio.store.persons import first_author_persons

LIKELY = 0.9  # likely_duplicates reports matches scoring at least this


def _resolved_persons(db: sqlite3.Connection, record: Record) -> frozenset[int]:
    """The first author's person, resolved now (read-only) against the authority."""
    from biblio.authority.resolve import resolve

    first = record.first_author()
    if first is None:
        return frozenset()
    person = resolve(db, first, record.effective_language())
    return frozenset() if person is None else frozenset({person})


def _title_prefix(record: Record) -> str:
    """The match-title prefix candidates must share (empty when too short to be selective)."""
    prefix = rows.match_title(record)[:AFFIX]
    return prefix if len(prefix) >= 3 and "|" not in prefix else ""


def duplicates_among(records: list[Record], persons: dict[str, frozenset[int]]) -> list[Match]:
    """Pairs of records that are the same work, best first (``persons``: uid -> first-author persons)."""
    return find_matches([features(r, persons.get(r.uid, frozenset())) for r in records])


def likely_duplicates(db: sqlite3.Connection, record: Record) -> list[str]:
    """Keys of stored records that are probably the same work as ``record`` (not yet stored), best first.

    Cheap enough to call for every imported record: a few indexed queries, then scoring of the few
    candidates found (same DOI/ISBN, same title prefix, or same first author within a year).
    """
    from biblio.authority.variants import ensure_seeded

    ensure_seeded(db)
    persons = _resolved_persons(db, record)
    probe = features(record, persons)
    prefix = _title_prefix(record)
    found_ids = rows.candidate_ids(
        db, doi=probe.doi, isbn=probe.isbn, title_prefix=prefix, year=record.year, persons=persons
    )
    ids = sorted(found_ids)
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
