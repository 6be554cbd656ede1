"""Persons made from records and the starter file; variants for search; merge and split."""

from __future__ import annotations

import pytest

from biblio.authority import find_persons, one_person, person_variants, view
from biblio.authority.keys import display_variant
from biblio.errors import InputError
from biblio.library import Library
from biblio.library.persons import list_persons, merge_persons, refresh, split_person
from biblio.model import Name, Record
from tests.authority.planted import store_records


def _names(library: Library, query: str) -> list[str]:
    refresh(library)
    person = one_person(library.store.db, query)
    return [display_variant(v) for v in view(library.store.db, person).variants]


def test_cited_authors_resolve_to_starter_persons(seeded: Library) -> None:
    brzezinski = _names(seeded, "Brzezinski")
    assert {"Brzezinski, Zbigniew", "兹比格纽·布热津斯基", "Бжезинский, Збигнев"} <= set(brzezinski)
    assert "哈·麦金德" in _names(seeded, "Mackinder")


def test_record_variants_are_added_to_the_person(seeded: Library) -> None:
    spykman = _names(seeded, "斯皮克曼")
    assert "Spykman, N. J." in spykman  # from "(N.J.Spykman)" in the CNKI reference
    assert "Спайкмен, Николас" in spykman
    assert _names(seeded, "Zhang Ning") == ["张宁", "Zhang, Ning"]  # CNKI's 张宁 / Zhang Ning pair


def test_every_record_naming_a_person_is_linked(seeded: Library) -> None:
    refresh(seeded)
    db = seeded.store.db
    records = view(db, one_person(db, "Бжезинский")).records
    assert [(key, role) for key, role, _ in records] == [("burejinsiji2007daqiju", "author")]
    listed = {p.label for p, n in list_persons(seeded) if n}
    assert {"Mackinder, Halford John", "Spykman, Nicholas John", "Brzezinski, Zbigniew", "张宁", "刘愈之"} <= listed


def test_person_variants_work_before_any_sync(seeded: Library) -> None:
    daqiju = seeded.get("burejinsiji2007daqiju")
    variants = person_variants(seeded.store.db, daqiju)
    assert "Brzezinski, Zbigniew" in variants
    assert "Бжезинский, Збигнев" in variants
    assert person_variants(seeded.store.db, daqiju) == variants


def test_find_by_id_ref_and_name(seeded: Library) -> None:
    refresh(seeded)
    db = seeded.store.db
    person = one_person(db, "brzezinski")
    assert one_person(db, f"#{person.id}") == person
    assert one_person(db, "布热津斯基") == person
    assert find_persons(db, "Nobody Atall") == []
    with pytest.raises(InputError):
        one_person(db, "Nobody Atall")


def test_merge_two_persons_moves_variants_and_records(seeded: Library) -> None:
    record = seeded.get("maijinde1985lishi")
    other = Record(key="x", title=record.title, authors=[Name(family="Makinder", given="H.", script="Latn")])
    store_records(seeded, [other])
    refresh(seeded)
    kept = merge_persons(seeded, "Makinder", "Mackinder")
    assert kept.ref == "mackinder"  # the starter person survives
    names = _names(seeded, "Mackinder")
    assert "Makinder, H." in names
    keys = {k for k, _, _ in view(seeded.store.db, kept).records}
    assert keys == {"maijinde1985lishi", "x"}
    with pytest.raises(InputError):
        merge_persons(seeded, "Mackinder", "麦金德")


def test_split_moves_variants_and_relinks_records(seeded: Library) -> None:
    refresh(seeded)
    new = split_person(seeded, "Spykman", ["斯皮克曼"])
    db = seeded.store.db
    assert [display_variant(v) for v in view(db, new).variants] == ["斯皮克曼"]
    assert [k for k, _, _ in view(db, new).records] == ["spykman1965heping"]
    assert view(db, one_person(db, "spykman")).records == []
    with pytest.raises(InputError):
        split_person(seeded, "spykman", ["Nobody"])
