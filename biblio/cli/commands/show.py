"""``biblio show KEY``: one record in full."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``show`` parser."""
    parser = sub.add_parser(
        "show",
        help="show one record",
        description="Show a record. --format json gives the full internal record: multilingual values, "
        "provenance, links (with keys), kept full text.",
    )
    parser.add_argument("key", help="citation key")
    parser.add_argument(
        "--format", default="text", choices=("text", "json", "csl-json", "biblatex", "bibtex"), help="output format"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the record."""
    from biblio.cli.render import format_records, print_json
    from biblio.cli.show_text import record_as_json, record_as_text

    library = ctx.library()
    record = library.get(args.key)
    if args.format == "json":
        print_json(record_as_json(record, library), ctx.out)
    elif args.format == "text":
        ctx.out.write(record_as_text(record, library))
    else:
        ctx.out.write(format_records([record], args.format, library))
    return 0
