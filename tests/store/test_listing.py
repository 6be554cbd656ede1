"""Read-only listing queries: order, filters, search restriction, summaries, facets, the Reader."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from biblio.config import DB_NAME
from biblio.errors import LibraryError
from biblio.store import Store
from biblio.store.listing import ListFilter, Reader, facets, ordered_ids, summaries
from tests.tui.fixture_library import CITED_KEYS, CITING_KEY, CNKI_KEY, ENGLISH_KEY, RUSSIAN_KEY, build_library


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(build_library(tmp_path / "lib") / DB_NAME)


def keys(store: Store, ids: list[int]) -> list[str]:
    rows = summaries(store.db, ids)
    return [rows[i].key for i in ids]


def test_sorts(store: Store) -> None:
    by_year = keys(store, ordered_ids(store.db, ListFilter(), "year"))
    assert by_year[0] == CITING_KEY and by_year[-1] == CITED_KEYS[0]
    by_author = keys(store, ordered_ids(store.db, ListFilter(), "author"))
    assert by_author == [CITED_KEYS[1], RUSSIAN_KEY, CITING_KEY, CITED_KEYS[0], ENGLISH_KEY, CITED_KEYS[2], CNKI_KEY]
    by_added = keys(store, ordered_ids(store.db, ListFilter(), "added"))
    assert by_added[0] == ENGLISH_KEY and by_added[-1] == CITED_KEYS[0]
    by_title = keys(store, ordered_ids(store.db, ListFilter(), "title"))
    assert by_title[0] == CITED_KEYS[0]  # "The Geographical ..." before "The Grand ..." and the non-Latin titles


def test_filters(store: Store) -> None:
    assert set(keys(store, ordered_ids(store.db, ListFilter(languages=("ru", "en"))))) == {
        RUSSIAN_KEY,
        ENGLISH_KEY,
        *CITED_KEYS[:2],
    }
    assert keys(store, ordered_ids(store.db, ListFilter(types=("thesis",)))) == [CITING_KEY]
    assert set(keys(store, ordered_ids(store.db, ListFilter(year_from=2019, year_to=2020)))) == {
        RUSSIAN_KEY,
        CITED_KEYS[2],
    }
    assert keys(store, ordered_ids(store.db, ListFilter(tag="central-asia"))) == [CNKI_KEY]
    assert not ListFilter().active and ListFilter(year_to=1).active


def test_ranked_restricts_and_keeps_relevance_order(store: Store) -> None:
    uid = {r.key: r.uid for r in summaries(store.db, ordered_ids(store.db, ListFilter())).values()}
    ranked = [uid[ENGLISH_KEY], uid[CNKI_KEY], uid[RUSSIAN_KEY], "not-a-uid"]
    assert keys(store, ordered_ids(store.db, ListFilter(), "relevance", ranked)) == [ENGLISH_KEY, CNKI_KEY, RUSSIAN_KEY]
    assert keys(store, ordered_ids(store.db, ListFilter(), "year", ranked)) == [CNKI_KEY, RUSSIAN_KEY, ENGLISH_KEY]
    assert keys(store, ordered_ids(store.db, ListFilter(languages=("zh",)), "relevance", ranked)) == [CNKI_KEY]
    assert ordered_ids(store.db, ListFilter(), "relevance", []) == []


def test_summaries_show_first_author_family_first(store: Store) -> None:
    rows = {r.key: r for r in summaries(store.db, ordered_ids(store.db, ListFilter())).values()}
    assert rows[CNKI_KEY].author == "张宁" and rows[CNKI_KEY].year == 2024 and rows[CNKI_KEY].language == "zh"
    assert rows[CITED_KEYS[1]].author == "Brzezinski, Zbigniew"
    assert rows[CNKI_KEY].title == "中亚国家的多元平衡外交" and rows[CNKI_KEY].type == "article"
    assert summaries(store.db, [10**9]) == {}


def test_facets(store: Store) -> None:
    found = facets(store.db)
    assert dict(found.languages) == {"zh": 3, "en": 3, "ru": 1}
    assert dict(found.types) == {"article": 4, "book": 2, "thesis": 1}
    assert dict(found.tags) == {"central-asia": 1, "eurasia": 1}
    assert found.years == (1904, 2025)


def test_reader_works_from_another_thread(store: Store) -> None:
    reader = Reader(store.path)
    results: list[int] = []
    worker = threading.Thread(target=lambda: results.extend(reader.ordered_ids(ListFilter(), "year")))
    worker.start()
    worker.join()
    assert len(results) == 7
    assert reader.id_of_uid("nope") is None and reader.count() == 7
    reader.close()


def test_reader_on_a_missing_database_is_a_library_error(tmp_path: Path) -> None:
    with pytest.raises(LibraryError):
        Reader(tmp_path / "nothing" / DB_NAME).facets()
