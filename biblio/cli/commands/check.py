"""``biblio check``: integrity of the database and the kept sources."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``check`` parser."""
    parser = sub.add_parser(
        "check",
        help="check the library's integrity",
        description="Check the SQLite database (integrity, foreign keys), every kept source file and every "
        "attached file against its hash, and the records' references to them. Exit status 1 if anything is wrong.",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print problems (one per line) and a summary."""
    report = ctx.library().check()
    for problem in report.problems:
        print(problem, file=ctx.out)
    state = "ok" if report.ok else f"{len(report.problems)} problem(s)"
    print(f"{report.records} records, {report.sources} kept sources, {report.files} files: {state}", file=ctx.out)
    return 0 if report.ok else 1
