"""The index schema, its version and the field boosts.

Bump :data:`SCHEMA_VERSION` whenever the fields, the analyzers or what goes into a field change:
an index written with another version reports no generation, so the library rebuilds it.
"""

from __future__ import annotations

from typing import Any

SCHEMA_VERSION = 4  # 4: the text of attached files (PDF pages) in fulltext; 3: snippet source not stored

# Text fields searched by plain words, with their query-time boosts (title > author > keywords > ...).
FIELD_BOOSTS: dict[str, float] = {
    "title": 6.0,
    "author": 4.0,
    "keyword": 3.0,
    "journal": 1.5,
    "abstract": 1.5,
    "other": 1.0,
    "fulltext": 0.5,
}

# Text fields indexed without positions (phrases there degrade to an AND of their words in that field):
# names, the miscellany, and the short list-like keyword and journal values. Positions of keywords and
# journals were 4 % of the index at 100k records; titles, abstracts and full texts keep theirs.
NO_POSITIONS = frozenset({"author", "other", "keyword", "journal"})

# Exact-match fields (indexed folded, as one token each; uid as is).
ID_FIELDS = ("uid", "key", "year", "type", "lang", "doi", "tag")

# Query prefixes -> index field.
FIELD_ALIASES: dict[str, str] = {
    "title": "title",
    "author": "author",
    "authors": "author",
    "editor": "author",
    "keyword": "keyword",
    "keywords": "keyword",
    "kw": "keyword",
    "abstract": "abstract",
    "journal": "journal",
    "container": "journal",
    "fulltext": "fulltext",
    "text": "fulltext",
    "note": "other",
    "publisher": "other",
    "year": "year",
    "type": "type",
    "lang": "lang",
    "language": "lang",
    "tag": "tag",
    "tags": "tag",
    "key": "key",
    "doi": "doi",
}

# Stored values for result lists.
STORED = ("s_key", "s_title", "s_alt", "s_authors", "s_year")


# BM25F length normalization per field. Title, keyword and author hold *lists* of values (titles in
# several languages, every keyword, every name form and romanization), so their length says how many
# values a record has, not how verbose it is: no length normalization there (B=0).
BM25_B = {"title_B": 0.0, "keyword_B": 0.0, "author_B": 0.0}


def weighting() -> Any:
    """The scoring model of every searcher."""
    from whoosh import scoring

    return scoring.BM25F(B=0.75, K1=1.2, **BM25_B)


def build_schema() -> Any:
    """The Whoosh schema (imports Whoosh, so call it only when the index is used)."""
    from whoosh import fields

    from biblio.search.analyzers import MultiScriptAnalyzer

    words = MultiScriptAnalyzer(stem=True)
    names = MultiScriptAnalyzer(stem=False, names=True)
    text = {name: fields.TEXT(analyzer=words, phrase=name not in NO_POSITIONS) for name in FIELD_BOOSTS}
    text["author"] = fields.TEXT(analyzer=names, phrase=False)
    text["spell"] = fields.TEXT(analyzer=MultiScriptAnalyzer(stem=False), phrase=False)
    ids = {name: fields.ID() for name in ID_FIELDS}  # values are folded by biblio.search.documents
    ids["uid"] = fields.ID(unique=True, stored=True)
    ids["tag"] = fields.KEYWORD(lowercase=True, commas=True)
    stored = {name: fields.STORED() for name in STORED}
    return fields.Schema(**text, **ids, **stored)
