"""Duplicates in a library, and the likely duplicates of a record about to be imported."""

from __future__ import annotations

import sqlite3

from biblio.dedup.features import Features, features
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


# row id -> (uid, key, features) of stored records already scored in one import
FeatureCache = dict[int, tuple[str, str, Features]]


def likely_duplicates(db: sqlite3.Connection, record: Record, cache: FeatureCache | None = None) -> list[str]:
    """Keys of stored records that are probably the same work as ``record`` (not yet stored), best first.

    Cheap enough to call for every imported record: a few indexed queries, then scoring of the candidates
    found (same DOI/ISBN, same title prefix, or same first author within a year; at most a few hundred).
    ``cache`` keeps each candidate's features for the rest of an import: records sharing a title prefix
    ("Book review", "书评") are candidates of one another, and loading each again for every new record
    made such an import cost ~30 ms a record (a 2,000-record file: a minute). The caller drops an entry
    when it changes that record.
    """
    from biblio.authority.variants import ensure_seeded

    ensure_seeded(db)
    persons = _resolved_persons(db, record)
    probe = features(record, persons)
    prefix = _title_prefix(record)
    found_ids = rows.candidate_ids(
        db, doi=probe.doi, isbn=probe.isbn, title_prefix=prefix, year=record.year, persons=persons
    )
    if not found_ids:
        return []
    cache = {} if cache is None else cache
    _load_features(db, sorted(i for i in found_ids if i not in cache), cache)
    found: list[tuple[float, str]] = []
    for row_id in found_ids:
        uid, key, other = cache[row_id]
        if uid == record.uid:
            continue
        match = score(probe, other)
        if match is not None and match.score >= LIKELY:
            found.append((match.score, key))
    return [key for _, key in sorted(found, key=lambda x: (-x[0], x[1]))]


def _load_features(db: sqlite3.Connection, ids: list[int], cache: FeatureCache) -> None:
    """Put the features of the stored records ``ids`` into ``cache``."""
    if not ids:
        return
    marks = ",".join("?" * len(ids))
    row_of = rows.row_ids_by_uid(db, ids)
    stored_persons = first_author_persons(db, ids)
    for other in rows.load_records(db, f"id IN ({marks})", tuple(ids)):
        known = stored_persons.get(other.uid) or _resolved_persons(db, other)
        cache[row_of[other.uid]] = (other.uid, other.key, features(other, known))
