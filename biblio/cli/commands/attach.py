"""``biblio attach KEY FILE...``: keep files with a record (PDFs are read and their text searchable)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``attach`` parser."""
    parser = sub.add_parser(
        "attach",
        help="attach files (PDFs, ...) to a record",
        description="Copy files into the library's files/ folder (named by content hash, never overwritten) and "
        "attach them to the record KEY, all or nothing. The text of a PDF is indexed page by page.",
    )
    parser.add_argument("key", metavar="KEY")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Attach and report."""
    from biblio.library.attachments import attach

    library = ctx.library()
    report = attach(library, args.key, [Path(f).expanduser() for f in args.files])
    for path in report.attached:
        print(f"attached {path} to {report.key}", file=ctx.out)
    for path in report.already:
        print(f"{report.key} already has {path}", file=ctx.out)
    for warning in report.warnings:
        ctx.warn(warning)
    if library.index_warning:
        ctx.warn(library.index_warning)
    return 0
