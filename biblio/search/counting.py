"""The exact number of documents a query matches, by set algebra over posting lists.

Whoosh finds the top hits fast by skipping what cannot reach them (block quality, and "replacing"
sub-matchers that can no longer compete), so its collector does not know how many documents
matched. Asking it (``len(results)``) runs a second, unscored pass through the matcher tree, one
Python call per document per field: at 100k records that pass cost three times the search itself.

Here each term's posting list is read block by block into a set and the query's structure is
applied with C-level set operations. A phrase intersects its words' sets first and decodes positions
for those candidates only. Any query type not handled here is counted through Whoosh's own matcher,
which is always correct.
"""

from __future__ import annotations

from typing import Any


def count_matches(searcher: Any, query: Any) -> int:
    """Documents of ``searcher``'s index that ``query`` matches (deleted ones excluded)."""
    parts = searcher.subsearchers or [(searcher, 0)]
    return sum(len(_matches(query, subsearcher)) for subsearcher, _ in parts)


def matching_docnums(searcher: Any, query: Any) -> list[int]:
    """Every document ``query`` matches, as sorted top-level document numbers (for filters: a
    text-free query ranks nothing, so its hits are simply the first of these)."""
    parts = searcher.subsearchers or [(searcher, 0)]
    return [offset + doc for subsearcher, offset in parts for doc in sorted(_matches(query, subsearcher))]


def _matches(query: Any, searcher: Any) -> set[int]:
    """Segment-local document numbers matching ``query`` (``searcher`` covers one segment)."""
    found = _term_matches(query, searcher.reader())
    if found is None:
        found = _compound_matches(query, searcher)
    return set(query.docs(searcher)) if found is None else found  # phrases and the rest: Whoosh's matcher


def _term_matches(query: Any, reader: Any) -> set[int] | None:
    """Term, prefix and range queries; None for anything else."""
    from whoosh import query as q

    if query is q.NullQuery:
        return set()
    if isinstance(query, q.Term):
        return _postings(reader, query.fieldname, query.text)
    if isinstance(query, q.Phrase):
        return _phrase_matches(query, reader)
    if isinstance(query, (q.Prefix, q.TermRange)):
        docs: set[int] = set()
        for _, text in query.expanded_terms(reader):  # the index terms the pattern or range expands to
            docs |= _postings(reader, query.fieldname, text)
        return docs
    return None


def _phrase_matches(query: Any, reader: Any) -> set[int] | None:
    """Documents holding the phrase's words at consecutive positions; None if it is not that simple.

    Candidates are the documents holding every word (set intersection); only their positions are
    decoded, block by block, instead of stepping a phrase matcher through every document.
    """
    field_format = reader.schema[query.fieldname].format if query.fieldname in reader.schema else None
    if query.slop != 1 or field_format is None or not field_format.supports("positions"):
        return None
    words = list(query.words)
    sets = sorted((_postings(reader, query.fieldname, word) for word in words), key=len)
    candidates = sets[0].intersection(*sets[1:]) if sets else set()
    if len(words) < 2 or not candidates:
        return candidates
    decode = field_format.decoder("positions")
    positions = [_positions(reader, query.fieldname, word, candidates, decode) for word in words]
    found = set()
    for doc in candidates:
        starts = set(positions[0][doc])
        for offset, at in enumerate(positions[1:], 1):
            starts &= {p - offset for p in at[doc]}
            if not starts:
                break
        else:
            found.add(doc)
    return found


def _positions(reader: Any, fieldname: str, word: str, docs: set[int], decode: Any) -> dict[int, list[int]]:
    """doc -> positions of ``word`` in ``fieldname``, for the documents in ``docs`` only."""
    matcher = _leaf(reader, fieldname, word)
    out: dict[int, list[int]] = {}
    if not _reads_blocks(matcher):
        while matcher.is_active():
            if matcher.id() in docs:
                out[matcher.id()] = decode(matcher.value())
            matcher.next()
        return out
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        ids = matcher._ids[matcher._i :]
        if not docs.isdisjoint(ids):
            matcher._read_values()
            for doc, value in zip(ids, matcher._values[matcher._i :], strict=True):
                if doc in docs:
                    out[doc] = decode(value)
        matcher._next_block()
    return out


def _compound_matches(query: Any, searcher: Any) -> set[int] | None:
    """And, Or, Not, AndNot and constant-score wrappers; None for anything else."""
    from whoosh import query as q

    if isinstance(query, q.ConstantScoreQuery):
        return _matches(query.child, searcher)
    if isinstance(query, q.Not):
        return _all_docs(searcher.reader()) - _matches(query.query, searcher)
    if isinstance(query, q.And):
        return _intersection(query.subqueries, searcher)
    if isinstance(query, q.Or):
        return set().union(*(_matches(part, searcher) for part in query.subqueries))
    if isinstance(query, q.AndNot):
        return _matches(query.a, searcher) - _matches(query.b, searcher)
    return None


def _intersection(parts: list[Any], searcher: Any) -> set[int]:
    from whoosh import query as q

    positive = [p for p in parts if not isinstance(p, q.Not)]
    negative = [p.query for p in parts if isinstance(p, q.Not)]
    if positive:
        sets = sorted((_matches(p, searcher) for p in positive), key=len)
        docs = sets[0].intersection(*sets[1:])
    else:
        docs = _all_docs(searcher.reader())
    for part in negative:
        if not docs:
            break
        docs -= _matches(part, searcher)
    return docs


def _postings(reader: Any, fieldname: str, text: Any) -> set[int]:
    """The live documents holding one term."""
    from whoosh.reading import TermNotFound

    try:
        matcher = _leaf(reader, fieldname, text)
    except TermNotFound:
        return set()
    ids = set(_leaf_ids(matcher))
    return ids - reader.deleted_docs_set if reader.has_deletions() else ids


def _leaf(reader: Any, fieldname: str, text: Any) -> Any:
    """The raw posting list of a term: without the wrapper that hides deleted documents (callers subtract them)."""
    from whoosh.matching.wrappers import FilterMatcher

    matcher = reader.postings(fieldname, text)
    return matcher.child if isinstance(matcher, FilterMatcher) else matcher


def _reads_blocks(matcher: Any) -> bool:
    """True for Whoosh's own codec's posting lists, whose blocks can be read whole."""
    return all(hasattr(matcher, name) for name in ("_read_ids", "_read_values", "_next_block", "_ids", "_i"))


def _leaf_ids(matcher: Any) -> list[int]:
    """Every id of a leaf posting list; whole blocks at a time for Whoosh's own codec."""
    if not _reads_blocks(matcher):
        return list(matcher.all_ids())
    ids: list[int] = []
    while matcher.is_active():
        if matcher._ids is None:
            matcher._read_ids()
        ids.extend(matcher._ids[matcher._i :])
        matcher._next_block()
    return ids


def _all_docs(reader: Any) -> set[int]:
    return set(reader.all_doc_ids())
