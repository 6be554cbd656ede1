"""``biblio search QUERY``: ranked full-text search in Chinese, Russian and English."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any, TextIO

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
        "--json",
        action="store_true",
        help='print [{"key","score","title","authors","year","snippet","page"}] (page: of an attached file, or null)',
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
                    "page": h.page,
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
    """A Rich table in a terminal; aligned plain lines (matches marked «like this») in a pipe or file."""
    if not results.hits:
        hint = f" — did you mean: {results.suggestion}" if results.suggestion else ""
        ctx.out.write(f"no matches{hint}\n")
        return
    if not ctx.out.isatty():
        _print_plain(results, ctx.out)
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=ctx.out)
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
    console.print(_count_line(results), highlight=False)


PLAIN_AUTHORS = 24  # columns of the authors column in plain output


def _print_plain(results: Any, out: TextIO) -> None:
    """One line per hit (key, authors, year, title), its snippet indented below: greppable, no escapes.

    Also the fast path of a one-shot search (Rich costs ~60 ms to import and lay out a table).
    """
    from biblio.search.syntax import display_width

    key_width = max(display_width(hit.key) for hit in results.hits)
    for hit in results.hits:
        authors = _fit("; ".join(hit.authors[:2]), PLAIN_AUTHORS, display_width)
        line = f"{_pad(hit.key, key_width, display_width)}  {_pad(authors, PLAIN_AUTHORS, display_width)}  "
        out.write(f"{line}{str(hit.year or '').ljust(4)}  {hit.title}\n")
        if hit.snippet and hit.snippet != hit.title:
            out.write(f"    {hit.snippet}\n")
    out.write(_count_line(results) + "\n")


def _count_line(results: Any) -> str:
    """``20 of 2,431 matches``; ``at least`` when the count is a lower bound."""
    total = f"{results.total:,}" if results.exact else f"at least {results.total:,}"
    return f"{len(results.hits)} of {total} {'match' if results.total == 1 else 'matches'}"


def _pad(text: str, width: int, measure: Callable[[str], int]) -> str:
    return text + " " * max(0, width - measure(text))


def _fit(text: str, width: int, measure: Callable[[str], int]) -> str:
    """``text`` cut to ``width`` columns, with an ellipsis when cut."""
    if measure(text) <= width:
        return text
    while text and measure(text) > width - 1:
        text = text[:-1]
    return text + "…"


def _highlighted(snippet: str) -> Any:
    """Turn the index's «marked» terms into highlighted rich text."""
    from rich.text import Text

    text = Text()
    for i, part in enumerate(snippet.replace("»", "«").split("«")):
        text.append(part, style="reverse" if i % 2 else "dim")
    return text
