"""The starter authority file: well-formed, covers the classic authors, seeds a library once."""

from __future__ import annotations

import json

from biblio.authority.starter import ensure_starter, load_starter, starter_is_current, starter_text
from biblio.library import Library
from biblio.store import persons as store

REQUIRED = (
    "mackinder", "spykman", "brzezinski", "huntington", "kissinger", "kennan", "fukuyama", "dugin", "primakov",
    "said",
)  # fmt: skip


def test_the_classic_authors_are_there_in_english_chinese_and_russian() -> None:
    people = {p.ref: p for p in load_starter()}
    for ref in REQUIRED:
        langs = {v.lang for v in people[ref].names}
        assert {"en", "zh", "ru"} <= langs, ref


def test_a_dozen_chinese_and_russian_scholars_of_central_asia() -> None:
    people = load_starter()
    chinese = [p for p in people if any(v.lang == "zh" and len(v.fkey) <= 2 for v in p.names)]
    russian = [p for p in people if p.ref not in REQUIRED and p.names[0].lang == "ru"]
    assert len(chinese) + len(russian) >= 12
    assert len(chinese) >= 6
    assert len(russian) >= 6


def test_every_name_parses_and_life_years_are_plausible() -> None:
    for person in load_starter():
        assert person.names, person.ref
        for name in person.names:
            assert name.fkey, (person.ref, name)
            assert name.lang in ("en", "zh", "zh-Latn", "ru", "ja"), name
        if person.born is not None:
            assert 1800 < person.born < 2000
        if person.died is not None and person.born is not None:
            assert person.born < person.died <= 2026


def test_ids_are_unique_and_the_file_is_plain_json() -> None:
    data = json.loads(starter_text())
    ids = [p["id"] for p in data["persons"]]
    assert len(ids) == len(set(ids))


def test_seeding_is_done_once_per_version(library: Library) -> None:
    with library.store.transaction() as db:
        added = ensure_starter(db)
    assert added == len(load_starter())
    assert starter_is_current(library.store.db)
    with library.store.transaction() as db:
        assert ensure_starter(db) == 0
    brzezinski = store.person_by_ref(library.store.db, "brzezinski")
    assert brzezinski is not None
    assert (brzezinski.born, brzezinski.died) == (1928, 2017)
