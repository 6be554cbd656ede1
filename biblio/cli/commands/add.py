"""``biblio add SOURCE...``: import files (format sniffed from content) or ``-`` for stdin."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from biblio.cli.context import Context
from biblio.reports import AddReport


def register(sub: Any) -> None:
    """Add the ``add`` parser."""
    parser = sub.add_parser(
        "add",
        help="import sources into the library",
        description="Import files (BibTeX/BibLaTeX, CSL-JSON, ...; the format is sniffed from the content) "
        "or '-' for standard input. Prints the keys added, updated and unchanged.",
    )
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="a file path, or - for stdin")
    parser.add_argument("--format", "-f", dest="fmt", default="", help="force an importer (e.g. bibtex, csl-json)")
    parser.add_argument("--json", action="store_true", help="print the keys added/updated as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Import every source; a bad source is reported and the others still import."""
    from biblio.cli.render import print_json, progress_bar
    from biblio.errors import InputError

    library = ctx.library(create=True)
    total = AddReport()
    failed = 0
    for source in args.sources:
        try:
            with progress_bar(f"importing {source}") as bar:
                if source == "-":
                    report = library.add_bytes(sys.stdin.buffer.read(), "-", fmt=args.fmt, progress=bar)
                else:
                    report = library.add_file(Path(source), fmt=args.fmt, progress=bar)
        except InputError as exc:
            if len(args.sources) == 1:
                raise
            print(f"biblio: bad input: {exc}", file=ctx.err)
            failed += 1
            continue
        total.merge(report)
    if args.json:
        print_json(total.as_json(), ctx.out)
    else:
        _print_summary(total, ctx)
    for line in total.problems:
        print(f"biblio: not imported: {line}", file=ctx.err)
    for line in total.warnings:
        ctx.warn(line)
    if library.index_warning:
        ctx.warn(library.index_warning)
    return 1 if failed or total.problems else 0


def _print_summary(report: AddReport, ctx: Context) -> None:
    for label, keys in (("added", report.added), ("updated", report.updated), ("unchanged", report.unchanged)):
        if not keys:
            continue
        shown = " ".join(keys[:20]) + (f" … (+{len(keys) - 20})" if len(keys) > 20 else "")
        print(f"{label} {len(keys)}: {shown}", file=ctx.out)
    if not (report.added or report.updated or report.unchanged):
        print("nothing imported", file=ctx.out)
