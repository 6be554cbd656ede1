"""The records a transaction changed, as the store's TEMP triggers note them and its listeners receive them."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.model import Link, LinkKind, Record
from biblio.store import Store, persons
from biblio.store import records as rows
from biblio.store.changes import Changes
from biblio.store.persons import VariantRow
from tests.conftest import make_record

NOW = "2026-01-01T00:00:00+00:00"


class Planned(Exception):
    """Raised inside a transaction to roll it back."""


SEEN: dict[int, list[Changes]] = {}


@pytest.fixture
def store(tmp_path: Path) -> Store:
    """A store whose commits are recorded (see :func:`_seen`)."""
    opened = Store(tmp_path / "db.sqlite3")
    SEEN[id(opened)] = []
    opened.after_commit.append(SEEN[id(opened)].append)
    return opened


def _seen(store: Store) -> list[Changes]:
    return SEEN[id(store)]


def _insert(store: Store, *records: Record) -> list[int]:
    with store.transaction() as db:
        return [rows.insert_record(db, r, author_sort="", source_id=None, now=NOW) for r in records]


def test_inserts_updates_and_removals_are_reported_once_per_commit(store: Store) -> None:
    a, b = make_record("A", key="a"), make_record("B", key="b")
    ids = _insert(store, a, b)
    with store.transaction() as db:
        rows.replace_record(db, ids[0], make_record("A2", key="a", uid=a.uid), author_sort="", now=NOW)
        rows.delete_records(db, [ids[1]])
    first, second = _seen(store)
    assert set(first.changed) == {a.uid, b.uid} and not first.removed
    assert list(second.changed) == [a.uid] and list(second.removed) == [b.uid]
    assert (first.before, first.after, second.before, second.after) == (0, 1, 1, 2) == (0, 1, 1, store.generation())


def test_a_link_marks_its_source_but_not_when_it_goes_with_its_removed_target(store: Store) -> None:
    cited, citing = make_record("Cited", key="cited"), make_record("Citing", key="citing")
    cited_id, citing_id = _insert(store, cited, citing)
    with store.transaction() as db:
        rows.write_links(db, citing_id, [Link(LinkKind.CITES, cited.uid)])
    assert list(_seen(store)[-1].changed) == [citing.uid]
    with store.transaction() as db:
        rows.delete_records(db, [cited_id])  # the link goes too (ON DELETE CASCADE)
    assert not _seen(store)[-1].changed and list(_seen(store)[-1].removed) == [cited.uid]


def test_a_new_name_variant_marks_the_records_naming_that_person(store: Store) -> None:
    named, other = make_record("Named", key="named"), make_record("Other", key="other")
    named_id, _ = _insert(store, named, other)
    with store.transaction() as db:
        person = persons.insert_person(db, "Mackinder, Halford")
        persons.link_record(db, named_id, [("author", 0, person)], NOW)
    assert list(_seen(store)[-1].changed) == [named.uid]
    with store.transaction() as db:
        persons.add_variant(db, person, VariantRow(0, person, "麦金德", "", "zh", "Hani", "test", "麦金德", ""))
    assert list(_seen(store)[-1].changed) == [named.uid]


def test_a_rollback_reports_nothing_and_a_rolled_back_savepoint_takes_its_marks_back(store: Store) -> None:
    a, b = make_record("A", key="a"), make_record("B", key="b")
    with pytest.raises(Planned), store.transaction() as db:
        rows.insert_record(db, a, author_sort="", source_id=None, now=NOW)
        raise Planned
    assert _seen(store) == []
    with store.transaction() as db:
        rows.insert_record(db, a, author_sort="", source_id=None, now=NOW)
        with pytest.raises(Planned), store.transaction() as inner:
            rows.insert_record(inner, b, author_sort="", source_id=None, now=NOW)
            raise Planned
    assert [list(c.changed) for c in _seen(store)] == [[a.uid]]


def test_changes_in_sequence() -> None:
    first = Changes({"a": None, "b": None}, {"c": None}, before=3, after=4)
    later = Changes({"c": None}, {"a": None}, before=4, after=5)
    joined = first.then(later)
    assert (list(joined.changed), list(joined.removed), joined.before, joined.after) == (["b", "c"], ["a"], 3, 5)
    gap = first.then(Changes({"d": None}, before=7, after=8))
    assert gap.before == -1  # another connection wrote in between: the index cannot be patched
    assert not Changes() and Changes({"x": None})


def test_a_new_record_given_the_id_of_one_removed_in_the_same_transaction_is_changed(store: Store) -> None:
    first, last = make_record("First", key="first"), make_record("Last", key="last")
    last_id = _insert(store, first, last)[1]
    new = make_record("New", key="new")
    with store.transaction() as db:
        rows.delete_records(db, [last_id])
        assert rows.insert_record(db, new, author_sort="", source_id=None, now=NOW) == last_id  # SQLite reuses it
    assert list(_seen(store)[-1].changed) == [new.uid] and list(_seen(store)[-1].removed) == [last.uid]
