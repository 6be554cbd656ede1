"""``biblio detach KEY FILE``: drop an attachment (its file is deleted when no other record has it)."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``detach`` parser."""
    parser = sub.add_parser(
        "detach",
        help="detach a file from a record",
        description="Detach a file from the record KEY. FILE is the attachment's original file name, its path "
        "in the library (files/…), or its number (1 = the first). The file is deleted from files/ unless another "
        "record has it too or --keep-file is given.",
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument("file", metavar="FILE")
    parser.add_argument("--keep-file", action="store_true", help="keep the file in the library's files/ folder")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Detach and report."""
    from biblio.library.attachments import detach

    report = detach(ctx.library(), args.key, args.file, keep_file=args.keep_file)
    for path in report.detached:
        print(f"detached {path} from {args.key}", file=ctx.out)
    for path in report.deleted:
        print(f"deleted {path}", file=ctx.out)
    for path in report.kept:
        print(f"kept {path}", file=ctx.out)
    return 0
