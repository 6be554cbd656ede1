"""Whoosh hit -> :class:`biblio.search.index.Hit`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from biblio.search.snippets import Passage, SnippetSource, passage_snippet

if TYPE_CHECKING:
    from biblio.search.analyzers import MultiScriptAnalyzer
    from biblio.search.index import Hit
    from biblio.search.query import ParsedQuery


def make_hit(
    stored: dict[str, Any],
    score: float | None,
    parsed: ParsedQuery,
    analyzer: MultiScriptAnalyzer | None,
    source: SnippetSource = "",
) -> Hit:
    """Build our Hit from a document's stored fields, with a snippet from ``source`` or the titles.

    ``source`` is the abstract, or passages (the abstract, then pages of attached files: the hit then
    names its page). Without an ``analyzer`` the snippet is left empty (cheaper when many hits are listed).
    """
    from biblio.search.index import Hit

    title = stored.get("s_title", "")
    text, page = "", None
    if analyzer:
        passages = [Passage(source)] if isinstance(source, str) else source
        text, found = passage_snippet(passages, analyzer, parsed.terms, parsed.prefixes)
        if found is None:  # nothing matched in the abstract or the files: the titles (or the start of the text)
            titles = (Passage(text), Passage(title), Passage(stored.get("s_alt", "")))
            text, found = passage_snippet(titles, analyzer, parsed.terms, parsed.prefixes)
        page = found.page if found is not None else None
    return Hit(
        uid=stored["uid"],
        key=stored.get("s_key", ""),
        score=float(score or 0.0),
        title=title,
        authors=list(stored.get("s_authors", [])),
        year=stored.get("s_year"),
        snippet=text,
        page=page,
    )
