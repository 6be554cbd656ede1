"""Whoosh hit -> :class:`biblio.search.index.Hit`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from biblio.search.snippets import snippet

if TYPE_CHECKING:
    from biblio.search.analyzers import MultiScriptAnalyzer
    from biblio.search.index import Hit
    from biblio.search.query import ParsedQuery


def make_hit(
    stored: dict[str, Any],
    score: float | None,
    parsed: ParsedQuery,
    analyzer: MultiScriptAnalyzer | None,
    source: str = "",
) -> Hit:
    """Build our Hit from a document's stored fields, with a snippet from ``source`` (the abstract) or the titles.

    Without an ``analyzer`` the snippet is left empty (cheaper when many hits are listed).
    """
    from biblio.search.index import Hit

    title = stored.get("s_title", "")
    candidates = [source, title, stored.get("s_alt", "")]
    text = snippet(candidates, analyzer, parsed.terms, parsed.prefixes) if analyzer else ""
    return Hit(
        uid=stored["uid"],
        key=stored.get("s_key", ""),
        score=float(score or 0.0),
        title=title,
        authors=list(stored.get("s_authors", [])),
        year=stored.get("s_year"),
        snippet=text,
    )
