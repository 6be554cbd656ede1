"""``biblio unlink KEY KIND KEY2``: remove a relation between two records."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``unlink`` parser."""
    from biblio.cli.commands.link import KINDS

    parser = sub.add_parser(
        "unlink", help="remove a link between two records", description="Remove the KIND link from KEY to KEY2."
    )
    parser.add_argument("key", help="the record the link starts from")
    parser.add_argument("kind", choices=KINDS, help="the relation")
    parser.add_argument("target", help="the record linked to")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Unlink."""
    from biblio.library.works import set_link

    set_link(ctx.library(), args.key, args.kind, args.target, linked=False)
    ctx.out.write(f"unlinked {args.key} {args.kind} {args.target}\n")
    return 0
