"""``biblio edit KEY field=value ...``: change fields of a record."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``edit`` parser."""
    parser = sub.add_parser(
        "edit",
        help="change fields of a record",
        description="Set fields: title=..., title.en=... (one language of a multilingual field), "
        "author='Zhang, Ning and Li, Ming', year=2024, date=2024-06, journal=..., keywords=a,b, tags=a,b, "
        "key=newkey, type=book, doi=10.1/x. An empty value clears a field; unknown names become extra "
        "BibLaTeX fields.",
    )
    parser.add_argument("key", help="citation key")
    parser.add_argument("assignments", nargs="+", metavar="FIELD=VALUE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Apply all edits to the record as stored when the write lock is held, then save (all or nothing)."""
    from biblio.library.editing import apply_edits, parse_assignment

    edits = [parse_assignment(text) for text in args.assignments]
    record = ctx.library().update(args.key, lambda stored: apply_edits(stored, edits))
    print(f"updated {record.key}", file=ctx.out)
    return 0
