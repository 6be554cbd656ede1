"""The query language: every docstring example runs on the fixture index; malformed queries raise QueryError."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.errors import QueryError
from biblio.model import Record
from biblio.search import syntax
from biblio.search.index import SearchIndex
from biblio.search.query import lex, parse_query


def hit_keys(ix: SearchIndex, query: str, limit: int = 20) -> list[str]:
    """The keys of the hits of ``query``, best first."""
    return [h.key for h in ix.search(query, limit=limit).hits]


# example -> (keys that must be among the hits, keys that must not)
EXAMPLES: dict[str, tuple[set[str], set[str]]] = {
    "平衡外交": ({"zhang2024pluralistic"}, set()),
    "balancing": ({"zhang2024pluralistic"}, set()),
    "политики": ({"petrova2019far", "ivanova2021arctic"}, set()),
    '"cold war"': ({"gaddis2005cold", "luthi2008split"}, set()),
    "zhang ning": ({"zhang2024pluralistic"}, set()),
    "Russia OR Россия": ({"stent2019putin", "petrova2019far"}, set()),
    "Central Asia -Japan": ({"zhang2024pluralistic", "smith2020bri"}, {"news2024zakharova"}),
    "(Russia OR China) AND energy": ({"smith2020bri"}, {"stent2019putin"}),
    "author:张宁": ({"zhang2024pluralistic"}, {"zhang2017fareast"}),
    'title:"cold war"': ({"gaddis2005cold", "luthi2008split"}, set()),
    "year:2024": ({"zhang2024pluralistic", "news2024zakharova", "ria2024zakharova"}, {"smith2020bri"}),
    "year:2000..2010": ({"luthi2008split", "radchenko2009suns", "brzezinski2007chess"}, {"smith2020bri"}),
    "year:[2010 TO 2015]": (
        {"huang2011ussr", "chen2012asia", "korolev2015harbin"},
        {"radchenko2009suns", "liu2016dost", "smith2020bri"},
    ),
    "year:{2010 TO 2015}": ({"huang2011ussr", "chen2012asia"}, {"korolev2015harbin", "radchenko2009suns"}),
    "type:book lang:ru": ({"korolev2015harbin", "dost1866crime"}, {"petrova2019far", "gaddis2005cold"}),
    "diplom*": ({"zhang2024pluralistic"}, set()),
}


def test_every_documented_example_is_tested() -> None:
    assert [query for query, _ in syntax.EXAMPLES] == list(EXAMPLES)


def test_help_lists_every_example() -> None:
    text = syntax.query_help()
    assert all(query in text for query, _ in syntax.EXAMPLES)


@pytest.mark.parametrize("query", list(EXAMPLES))
def test_docstring_example(index: SearchIndex, query: str) -> None:
    wanted, unwanted = EXAMPLES[query]
    found = set(hit_keys(index, query, limit=50))
    assert wanted <= found
    assert not unwanted & found


def test_year_range_only_returns_years_in_range(index: SearchIndex, library: list[Record]) -> None:
    hits = index.search("year:2000..2010", limit=100).hits
    assert hits and all(h.year is not None and 2000 <= h.year <= 2010 for h in hits)
    expected = {r.key for r in library if r.year is not None and 2000 <= r.year <= 2010}
    assert {h.key for h in hits} == expected


def test_open_year_ranges(index: SearchIndex) -> None:
    assert all(h.year is not None and h.year >= 2024 for h in index.search("year:2024..").hits)
    assert all(h.year is not None and h.year <= 1944 for h in index.search("year:..1944").hits)


def _years(ix: SearchIndex, query: str) -> set[int]:
    years = {h.year for h in ix.search(query, limit=100).hits}
    assert None not in years
    return {y for y in years if y is not None}


@pytest.mark.parametrize(
    ("bracketed", "dotted"),
    [
        ("year:[2010 TO 2015]", "year:2010..2015"),
        ("year:[2010 to 2015]", "year:2010..2015"),
        ("year:[2010 TO]", "year:2010.."),
        ("year:[2010 TO *]", "year:2010.."),
        ("year:[TO 2015]", "year:..2015"),
        ("year:[* TO 2015]", "year:..2015"),
        ("year:{2010 TO 2015}", "year:2011..2014"),
        ("year:[2010 TO 2015}", "year:2010..2014"),
        ("year:{2010 TO}", "year:2011.."),
        ("year:［2010 TO 2015］", "year:2010..2015"),  # full-width brackets
        ("year:[2015 TO 2015]", "year:2015"),
    ],
)
def test_bracketed_year_ranges_equal_dotted_ones(index: SearchIndex, bracketed: str, dotted: str) -> None:
    assert _years(index, bracketed) == _years(index, dotted) and _years(index, dotted)
    assert index.search(bracketed).total == index.search(dotted).total


def test_a_range_combines_with_words_and_operators(index: SearchIndex) -> None:
    assert hit_keys(index, "Харбин year:[2010 TO 2015]") == ["korolev2015harbin"]
    outside = hit_keys(index, "(Харбин OR Harbin) -year:[2010 TO 2015]")
    assert "wolff1999harbin" in outside and "korolev2015harbin" not in outside
    assert _years(index, "year:[TO 1904] OR year:[2025 TO]") == {1866, 1904, 2025}


def test_brackets_outside_a_field_are_words() -> None:
    assert [(x.kind, x.text) for x in lex("[J] year:[2010 TO 2015] {x}")] == [
        ("word", "[J]"),
        ("field", "year"),
        ("range", "[2010 TO 2015]"),
        ("word", "{x}"),
    ]


def test_not_keyword_equals_minus(index: SearchIndex) -> None:
    assert hit_keys(index, "Central Asia NOT Japan") == hit_keys(index, "Central Asia -Japan")


def test_field_group_and_aliases(index: SearchIndex) -> None:
    assert hit_keys(index, "author:(Brzezinski OR Spykman)", 50) == hit_keys(
        index, "authors:Brzezinski OR authors:Spykman", 50
    )
    assert hit_keys(index, "kw:一带一路") == hit_keys(index, "keyword:一带一路") == ["wang2019energy"]


def test_tag_key_and_type_aliases(index: SearchIndex) -> None:
    assert hit_keys(index, "tag:to-read") == ["zhang2024pluralistic"]
    assert hit_keys(index, "key:Zhang2024Pluralistic") == ["zhang2024pluralistic"]
    assert hit_keys(index, "type:phdthesis") == ["wang2019energy"]
    assert set(hit_keys(index, "lang:russian")) == set(hit_keys(index, "lang:ru"))


def test_cjk_quotes_and_fullwidth_colon(index: SearchIndex) -> None:
    assert hit_keys(index, "“多元平衡外交”") == hit_keys(index, '"多元平衡外交"') == ["zhang2024pluralistic"]
    assert hit_keys(index, "author：张宁") == ["zhang2024pluralistic"]


def test_chinese_phrase_needs_adjacent_characters(index: SearchIndex) -> None:
    assert hit_keys(index, '"平衡外交"') == ["zhang2024pluralistic"]
    assert hit_keys(index, '"外交平衡"') == []


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "empty query"),
        ('"cold war', "unterminated quote"),
        ("foo:bar", "unknown field 'foo:'"),
        ("year:20x4", "year must look like"),
        ("year:2010..2000", "runs backwards"),
        ("type:poem", "unknown type 'poem'"),
        ("Russia AND", "query ends too early"),
        ("OR Russia", "'OR' needs a word on both sides"),
        ("NOT", "'NOT' needs a word after it"),
        ("(Russia OR China", "missing ')'"),
        ("Russia)", "unexpected ')'"),
        ("- Russia", "'-' must stand right before a word"),
        ("!!! ???", "nothing to search for"),
        ("**", "'*' must follow the start of a word"),
        ("year:[2010 TO 2015", "unterminated range"),
        ("year:[2015 TO 2010]", "year range [2015 TO 2010] runs backwards"),
        ("year:{2010 TO 2011}", "year range {2010 TO 2011} holds no year"),
        ("year:{9999 TO}", "holds no year"),
        ("year:[TO 0}", "holds no year"),
        ("year:[TO]", "needs at least one year"),
        ("year:[2010 2015]", "a range looks like year:[2010 TO 2015]"),
        ("year:[2010 TO 2015 TO 2016]", "a range looks like"),
        ("year:[20x0 TO 2015]", "needs years"),
        ("title:[a TO b]", "ranges work on year only"),
    ],
)
def test_malformed_queries_raise_query_error(query: str, message: str) -> None:
    with pytest.raises(QueryError, match=re.escape(message)):
        parse_query(query)


def test_lex_splits_operators_fields_and_phrases() -> None:
    kinds = [(x.kind, x.text) for x in lex('title:"a b" -c OR (d)')]
    assert kinds == [
        ("field", "title"),
        ("quote", '"a b"'),
        ("minus", "-"),
        ("word", "c"),
        ("OR", "OR"),
        ("lparen", "("),
        ("word", "d"),
        ("rparen", ")"),
    ]


def test_highlight_terms_skip_negated_words() -> None:
    parsed = parse_query("Central -Japan")
    assert "central" in parsed.terms
    assert "japan" not in parsed.terms
    assert parsed.words == ["Central"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab中亚Я ()"-:*.OR ANDNOTyear:author:2024[]{}TO')), max_size=30))
def test_parser_raises_only_query_error(text: str) -> None:
    try:
        parse_query(text)
    except QueryError:
        pass


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=40))
def test_search_raises_only_query_error(index: SearchIndex, text: str) -> None:
    try:
        results = index.search(text, limit=5)
    except QueryError:
        return
    assert results.total >= len(results.hits)
    assert all(h.snippet.count("«") == h.snippet.count("»") for h in results.hits)


@pytest.mark.parametrize("opener", ["(", "NOT ", "-(", "title:("])
def test_deep_nesting_is_a_query_error_not_a_crash(opener: str) -> None:
    from biblio.search.query import MAX_NESTING

    with pytest.raises(QueryError, match="nested too deeply"):
        parse_query(opener * 5000 + "x" + ")" * (5000 if "(" in opener else 0))
    depth = MAX_NESTING // 3  # "-(" nests twice per opener
    parse_query(opener * depth + "x" + ")" * (depth if "(" in opener else 0))  # within the bound it parses
