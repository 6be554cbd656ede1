"""Search across scripts: a query for any variant of a person finds records under every variant."""

from __future__ import annotations

from typing import Any

import pytest

from biblio.authority import variant_lookup
from biblio.library import Library
from biblio.search.documents import make_romanizer, record_document
from biblio.search.query import parse_query
from biblio.search.schema import build_schema, weighting

QUERIES = {
    "Brzezinski": "burejinsiji2007daqiju",
    "Бжезинский": "burejinsiji2007daqiju",
    "author:Brzezinski": "burejinsiji2007daqiju",
    "author:Бжезинский": "burejinsiji2007daqiju",
    "Mackinder": "maijinde1985lishi",
    "Маккиндер": "maijinde1985lishi",
    "author:Mackinder": "maijinde1985lishi",
    "Spykman": "spykman1965heping",
    "Спайкмен": "spykman1965heping",
}


def _index(library: Library, with_persons: bool) -> Any:
    from whoosh.filedb.filestore import RamStorage

    ix = RamStorage().create_index(build_schema())
    names = variant_lookup(library.store.db) if with_persons else None
    romanize = make_romanizer()
    with ix.writer() as writer:
        for record in library.records():
            writer.add_document(**record_document(record, romanize, names))
    return ix


def _keys(library: Library, ix: Any, query: str) -> list[str | None]:
    with ix.searcher(weighting=weighting()) as searcher:
        return [library.key_of(hit["uid"]) for hit in searcher.search(parse_query(query).query, limit=5)]


@pytest.mark.parametrize(("query", "expected"), sorted(QUERIES.items()))
def test_any_variant_finds_the_cited_work_first(seeded: Library, query: str, expected: str) -> None:
    found = _keys(seeded, _index(seeded, with_persons=True), query)
    assert found[:1] == [expected], found


def test_without_the_authority_other_scripts_find_nothing(seeded: Library) -> None:
    ix = _index(seeded, with_persons=False)
    assert _keys(seeded, ix, "Бжезинский") == []
    assert _keys(seeded, ix, "Brzezinski") == []


def test_every_edition_answers_to_every_variant(family: Library) -> None:
    ix = _index(family, with_persons=True)
    editions = {"burejinsiji2007daqiju", "brzezinski1997grand", "bzhezinskii1998velikaia"}
    for query in ("Brzezinski", "布热津斯基", "Бжезинский"):
        assert set(_keys(family, ix, query)) == editions, query


@pytest.mark.parametrize("fixture", ["seeded", "family"])
def test_bulk_lookup_gives_the_same_variants(fixture: str, request: pytest.FixtureRequest) -> None:
    """A rebuild loads every record's links in one query; it must find what one query per record finds."""
    library: Library = request.getfixturevalue(fixture)
    one_by_one, bulk = variant_lookup(library.store.db), variant_lookup(library.store.db, bulk=True)
    records = list(library.records())
    assert any(one_by_one(r) for r in records)
    assert all(bulk(r) == one_by_one(r) for r in records)
