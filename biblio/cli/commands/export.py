"""``biblio export [QUERY]``: write records as BibTeX, BibLaTeX or CSL-JSON.

Without ``-o`` the file goes to ``exports/library.<ext>`` under the current directory (created if
needed) and its path is printed; ``-o -`` writes to standard output.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from biblio.cli.context import Context

SUFFIX = {"biblatex": ".bib", "bibtex": ".bib", "csl-json": ".json"}


def register(sub: Any) -> None:
    """Add the ``export`` parser."""
    parser = sub.add_parser(
        "export",
        help="write records to a file",
        description="Export all records, or those QUERY matches. Default output: exports/library.bib "
        "(or .json) in the current directory; -o - writes to stdout.",
    )
    parser.add_argument("query", nargs="*", help="a search query selecting the records")
    parser.add_argument("--format", default="biblatex", choices=sorted(SUFFIX), help="default: biblatex")
    parser.add_argument("-o", "--output", metavar="FILE", help="output file, or - for stdout")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write the export atomically and print where it went."""
    from biblio.atomic import atomic_write
    from biblio.cli.render import format_records
    from biblio.cli.selection import select_records

    library = ctx.library()
    records = list(select_records(library, " ".join(args.query)))
    text = format_records(records, args.format, library)
    if args.output == "-":
        ctx.out.write(text)
        return 0
    target = Path(args.output) if args.output else Path("exports") / f"library{SUFFIX[args.format]}"
    atomic_write(target, text.encode("utf-8"))
    print(f"wrote {len(records)} records to {target}", file=ctx.out)
    return 0
