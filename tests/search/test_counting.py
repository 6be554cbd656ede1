"""count_matches (set algebra over postings) agrees with Whoosh's own count on every query shape."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.errors import QueryError
from biblio.model import LangText, Record
from biblio.search.counting import count_matches
from biblio.search.index import SearchIndex

QUERIES = [
    "中亚", "平衡外交", '"多元平衡外交"', "Russia OR Россия", "Central Asia -Japan", "(Russia OR China) AND energy",
    "author:张宁", "zhang ning", "year:2000..2010", "type:book lang:ru", "diplom*", "张", "geopolitical",
    "-Japan", "title:\"cold war\"", "политики", "NOT 中亚", "year:2024 OR lang:ru",
    '"Central Asia"', '"中亚国家"', '"balanced diplomacy"', '"российско-китайские отношения"', '"the grand"',
    'abstract:"中亚国家"', '"外交 中亚"', '"asia central"',
]  # fmt: skip
WORDS = ["中亚", "外交", "Russia", "Россия", "policy", "war", "张宁", "year:2015", "lang:en", "type:book", "geo*"]


def whoosh_count(index: SearchIndex, text: str) -> int:
    searcher = index._current_searcher()
    return sum(1 for _ in searcher.docs_for_query(index._query_compiler().parse(text).query))


@pytest.mark.parametrize("text", QUERIES)
def test_count_equals_whooshs(index: SearchIndex, text: str) -> None:
    query = index._query_compiler().parse(text).query
    assert count_matches(index._current_searcher(), query) == whoosh_count(index, text)


@pytest.mark.parametrize("text", QUERIES)
def test_search_total_is_exact(index: SearchIndex, text: str) -> None:
    assert index.search(text, limit=1).total == whoosh_count(index, text)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([*WORDS, "OR", "-", "NOT"]), min_size=1, max_size=5))
def test_random_queries(index: SearchIndex, words: list[str]) -> None:
    text = " ".join(words).replace("- ", "-")
    try:
        query = index._query_compiler().parse(text).query
    except QueryError:
        return
    assert count_matches(index._current_searcher(), query) == whoosh_count(index, text)


PHRASE_WORDS = ["Central", "Asia", "the", "grand", "中亚", "国家", "外交", "平衡", "of"]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(PHRASE_WORDS), min_size=2, max_size=4))
def test_random_phrases(index: SearchIndex, words: list[str]) -> None:
    text = '"' + " ".join(words) + '"'
    query = index._query_compiler().parse(text).query
    assert count_matches(index._current_searcher(), query) == whoosh_count(index, text)


def record(i: int, title: str) -> Record:
    return Record(key=f"k{i}", uid=f"u{i}", title=(LangText(title, "en"),), date="2020")


def test_deleted_and_replaced_documents_are_not_counted(tmp_path: Path) -> None:
    ix = SearchIndex(tmp_path)
    ix.rebuild([record(i, f"Arctic route {i}") for i in range(30)], 30, generation=1)
    ix.update([record(i, f"Baltic route {i}") for i in range(5)], [f"u{i}" for i in range(5, 10)], generation=2)
    ix.update([record(99, "Arctic sea")], [], generation=3)  # a second segment
    searcher = ix._current_searcher()
    assert len(searcher.subsearchers) >= 2
    for text, expected in (("arctic", 21), ("baltic", 5), ("route", 25), ("arctic -sea", 20), ("-baltic", 21)):
        assert count_matches(searcher, ix._query_compiler().parse(text).query) == expected, text
        assert ix.search(text, limit=1).total == expected, text


@pytest.mark.parametrize("text", QUERIES)
def test_total_when_every_match_fits_the_limit(index: SearchIndex, text: str) -> None:
    """A limit above the number of matches collects them all: the total is that number, no second pass."""
    found = index.search(text, limit=1000)
    assert found.total == len(found.hits) == whoosh_count(index, text)
