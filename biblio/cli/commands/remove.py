"""``biblio remove KEY...``: delete records (all or nothing)."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``remove`` parser."""
    parser = sub.add_parser("remove", help="delete records", description="Delete records by key (all or nothing).")
    parser.add_argument("keys", nargs="+", metavar="KEY")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Delete and report."""
    removed = ctx.library().remove(args.keys)
    print(f"removed {len(removed)}: {' '.join(removed)}", file=ctx.out)
    return 0
