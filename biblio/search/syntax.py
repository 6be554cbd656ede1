"""The query language's examples: one list for ``biblio search --help``, docs and the tests.

Light on purpose (no Whoosh): the CLI prints it in ``--help``. The grammar itself is in
:mod:`biblio.search.query`; tests/search/test_query.py runs every example on a fixture index.
"""

from __future__ import annotations

# (query, what it shows), in the order of the help text.
EXAMPLES: tuple[tuple[str, str], ...] = (
    ("平衡外交", "Chinese word: all its bigrams (平衡 衡外 外交) in one field"),
    ("balancing", 'English, stemmed: also finds "balanced"'),
    ("политики", 'Russian, stemmed: also finds "политика"'),
    ('"cold war"', 'exact phrase; "多元平衡外交" is an exact Chinese phrase'),
    ("zhang ning", "both words (AND); names also match their pinyin"),
    ("Russia OR Россия", "either word"),
    ("Central Asia -Japan", "Central and Asia but not Japan (same as: Central Asia NOT Japan)"),
    ("(Russia OR China) AND energy", "grouping"),
    ("author:张宁", "field prefixes: author title journal keyword abstract fulltext"),
    ('title:"cold war"', "tag key type lang year doi (aliases: authors keywords kw language)"),
    ("year:2024", "one year"),
    ("year:2000..2010", "a year range (open ends: year:2000.. and year:..2010)"),
    ("year:[2010 TO 2015]", "a year range, Lucene/Whoosh form (papis, Zotero); open: year:[2010 TO] year:[TO 2015]"),
    ("year:{2010 TO 2015}", "braces exclude their end: 2011 to 2014 (mixing works: year:[2010 TO 2015})"),
    ("type:book lang:ru", "entry type (BibLaTeX/CSL names accepted) and language (zh ru en)"),
    ("diplom*", "prefix match"),
)

NOTES = (
    "Words side by side must all match; operators are upper case.",
    "Plain words search every text field, boosted title > author > keyword > journal/abstract > other > full text.",
    "Traditional and simplified Chinese, full-width letters, case and ё/е are folded on both sides.",
)


def display_width(text: str) -> int:
    """Terminal columns of ``text`` (wide and full-width characters take two)."""
    from unicodedata import east_asian_width

    return sum(2 if east_asian_width(ch) in "WF" else 1 for ch in text)


def query_help() -> str:
    """The query language as a help epilog, meanings aligned in a terminal."""
    width = max(display_width(query) for query, _ in EXAMPLES) + 2
    lines = ["query language:"]
    lines += [f"  {query}{' ' * (width - display_width(query))}{meaning}" for query, meaning in EXAMPLES]
    return "\n".join(lines + list(NOTES)) + "\n"
