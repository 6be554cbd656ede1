"""``biblio index --rebuild``: rebuild the full-text index from the store."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``index`` parser."""
    parser = sub.add_parser(
        "index",
        help="maintain the full-text index",
        description="The index is derived from the store and kept up to date by every command; "
        "--rebuild builds it from scratch (with a progress bar), --status tells whether it is current.",
    )
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--rebuild", action="store_true", help="rebuild the index from the store")
    action.add_argument("--status", action="store_true", help="print whether the index is current")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Rebuild or report."""
    from biblio.cli.render import progress_bar

    library = ctx.library()
    if args.status:
        current = library.index_is_current()
        print(f"index {'current' if current else 'stale'} ({library.count()} records)", file=ctx.out)
        return 0 if current else 1
    total = library.count()
    with progress_bar("indexing") as bar:
        count = library.reindex(lambda done: bar(done, total))
    print(f"indexed {count} records", file=ctx.out)
    return 0
