"""``biblio tui`` (and bare ``biblio``): the Textual browser."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``tui`` parser."""
    parser = sub.add_parser(
        "tui",
        help="browse, search and export the library in the terminal",
        description="The Textual browser: search as you type, filters, detail with linked works, export. "
        "Press ? inside for the key bindings.",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Start the browser on the library (created if it does not exist yet)."""
    from biblio.tui.app import make_app

    library = ctx.library(create=True)
    make_app(library).run()
    return 0
