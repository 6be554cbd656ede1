"""``biblio list [QUERY]``: list records (all, or those a search query matches)."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context

SORTS = {"id": "id", "key": "key", "year": "year, id", "author": "author_sort, year", "added": "added, id"}


def register(sub: Any) -> None:
    """Add the ``list`` parser."""
    parser = sub.add_parser("list", help="list records", description="List records, all or those QUERY matches.")
    parser.add_argument("query", nargs="*", help="a search query (see `biblio search --help`)")
    parser.add_argument(
        "--format", default="table", choices=("table", "csl-json", "biblatex", "bibtex", "keys"), help="output format"
    )
    parser.add_argument("--sort", default="id", choices=sorted(SORTS), help="order (default: as added)")
    from biblio.cli.commands.export import add_profile_arguments

    add_profile_arguments(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the records."""
    from biblio.cli.render import format_records, print_table
    from biblio.cli.selection import select_records

    library = ctx.library()
    records = select_records(library, " ".join(args.query), SORTS[args.sort])
    if args.profile:
        from biblio.cli.commands.export import format_selection

        ctx.out.write(format_selection(list(records), args, ctx, library))
    elif args.format == "table":
        print_table(records, ctx.out)
    elif args.format == "keys":
        for record in records:
            print(record.key, file=ctx.out)
    else:
        ctx.out.write(format_records(records, args.format, library))
    return 0
