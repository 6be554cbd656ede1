"""Whoosh hit -> :class:`biblio.search.index.Hit`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from biblio.search.snippets import snippet

if TYPE_CHECKING:
    from biblio.search.analyzers import MultiScriptAnalyzer
    from biblio.search.index import Hit
    from biblio.search.query import ParsedQuery


def make_hit(hit: Any, parsed: ParsedQuery, analyzer: MultiScriptAnalyzer | None) -> Hit:
    """Build our Hit from a Whoosh hit, with a snippet from the stored abstract excerpt or titles.

    Without an ``analyzer`` the snippet is left empty (cheaper when many hits are listed).
    """
    from biblio.search.index import Hit

    stored = hit.fields()
    title = stored.get("s_title", "")
    candidates = [stored.get("s_snip", ""), title, stored.get("s_alt", "")]
    text = snippet(candidates, analyzer, parsed.terms, parsed.prefixes) if analyzer else ""
    return Hit(
        uid=stored["uid"],
        key=stored.get("s_key", ""),
        score=float(hit.score or 0.0),
        title=title,
        authors=list(stored.get("s_authors", [])),
        year=stored.get("s_year"),
        snippet=text,
    )
