"""``biblio remove KEY...``: delete records (all or nothing), asking before deleting their attached files."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``remove`` parser."""
    parser = sub.add_parser(
        "remove",
        help="delete records",
        description="Delete records by key (all or nothing). When they have attached files that no other record "
        "has, biblio asks whether to delete those files too; without a terminal to ask, say --delete-files or "
        "--keep-files.",
    )
    parser.add_argument("keys", nargs="+", metavar="KEY")
    files = parser.add_mutually_exclusive_group()
    files.add_argument("--keep-files", action="store_true", help="keep the records' files in the files/ folder")
    files.add_argument("--delete-files", action="store_true", help="delete the records' files without asking")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Delete and report."""
    from biblio.errors import UsageError
    from biblio.library.attachments import files_only_of, remove_with_files

    library = ctx.library()
    files = files_only_of(library, args.keys)
    delete = args.delete_files
    if files and not (args.keep_files or args.delete_files):
        if not sys.stdin.isatty():
            raise UsageError(
                f"the records have {len(files)} attached file(s); say --delete-files or --keep-files "
                "(standard input is not a terminal to ask)"
            )
        print(f"attached files of {' '.join(args.keys)}:", *(f"  {f}" for f in files), sep="\n", file=ctx.out)
        answer = input(f"delete these {len(files)} file(s) too? [y/N] ")
        delete = answer.strip().lower() in ("y", "yes")
    report = remove_with_files(library, args.keys, delete_files=delete)
    print(f"removed {len(args.keys)}: {' '.join(args.keys)}", file=ctx.out)
    for path in report.deleted:
        print(f"deleted {path}", file=ctx.out)
    for path in report.kept:
        print(f"kept {path}", file=ctx.out)
    return 0
