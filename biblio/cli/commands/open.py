"""``biblio open KEY [N]``: open a record's attachment with the desktop's opener, or print its path."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``open`` parser."""
    parser = sub.add_parser(
        "open",
        help="open a record's attached file",
        description="Open the record's first attachment (or the N-th) with the desktop's opener: $BIBLIO_OPENER, "
        "else the 'opener' setting, else xdg-open or open. Without an opener, or with --print, the file's path "
        "is printed instead.",
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument("number", nargs="?", type=int, default=1, metavar="N", help="which attachment (default 1)")
    parser.add_argument("--print", dest="print_only", action="store_true", help="print the path, open nothing")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Open (or print) the attachment."""
    from biblio.errors import InputError
    from biblio.library.attachments import attachment_paths
    from biblio.library.opening import desktop_opener, open_file

    paths = attachment_paths(ctx.library(), args.key)
    if not paths:
        raise InputError(f"{args.key} has no attached files (add one with `biblio attach {args.key} FILE`)")
    if not 1 <= args.number <= len(paths):
        raise InputError(f"{args.key} has {len(paths)} attached file(s); there is no number {args.number}")
    path = paths[args.number - 1]
    opener = None if args.print_only else desktop_opener()
    if opener is None:
        print(path, file=ctx.out)
        return 0
    open_file(path, opener)
    return 0
