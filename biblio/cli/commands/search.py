"""``biblio search QUERY``: ranked full-text search in Chinese, Russian and English."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context
from biblio.search.syntax import query_help


def register(sub: Any) -> None:
    """Add the ``search`` parser."""
    parser = sub.add_parser(
        "search",
        help="ranked full-text search",
        description="Search titles, authors, keywords, abstracts, journals, notes and article full texts.",
        epilog=query_help(),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("query", nargs="+", help="the query (see below)")
    parser.add_argument("--limit", "-n", type=int, default=20, help="maximum number of results (default 20)")
    parser.add_argument(
        "--json", action="store_true", help='print [{"key","score","title","authors","year","snippet"}]'
    )
    parser.add_argument(
        "--format", choices=("table", "biblatex", "bibtex", "csl-json"), default="table", help="output format"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Search and render the hits."""
    from biblio.cli.render import format_records, print_json

    library = ctx.library()
    # the count is printed only under the table; the other formats skip counting every match
    table = not args.json and args.format == "table"
    results = library.search(
        " ".join(args.query), limit=max(1, args.limit), exact_total=table, snippets=args.format == "table"
    )
    if args.json:
        print_json(
            [
                {
                    "key": h.key,
                    "score": round(h.score, 4),
                    "title": h.title,
                    "authors": h.authors,
                    "year": h.year,
                    "snippet": h.snippet,
                }
                for h in results.hits
            ],
            ctx.out,
        )
    elif args.format != "table":
        records = list(library.records_by_uid(h.uid for h in results.hits))
        ctx.out.write(format_records(records, args.format, library))
    else:
        _print_hits(results, ctx)
    return 0


def _print_hits(results: Any, ctx: Context) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=ctx.out, width=None if ctx.out.isatty() else 160)
    if not results.hits:
        hint = f" — did you mean: {results.suggestion}" if results.suggestion else ""
        console.print(f"no matches{hint}", highlight=False)
        return
    table = Table(show_edge=False, pad_edge=False)
    for column in ("key", "authors", "year", "title / snippet"):
        table.add_column(column, overflow="fold", no_wrap=column == "key")
    for hit in results.hits:
        cell = Text(hit.title, style="bold")
        if hit.snippet and hit.snippet != hit.title:
            cell.append("\n")
            cell.append_text(_highlighted(hit.snippet))
        table.add_row(hit.key, "; ".join(hit.authors[:2]), str(hit.year or ""), cell)
    console.print(table)
    console.print(f"{len(results.hits)} of {results.total} matches", highlight=False)


def _highlighted(snippet: str) -> Any:
    """Turn the index's «marked» terms into highlighted rich text."""
    from rich.text import Text

    text = Text()
    for i, part in enumerate(snippet.replace("»", "«").split("«")):
        text.append(part, style="reverse" if i % 2 else "dim")
    return text
