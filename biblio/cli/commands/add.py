"""``biblio add SOURCE...``: import files (format sniffed from content), URLs, DOIs, ISBNs or ``-`` for stdin."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from biblio.cli.context import Context
from biblio.reports import AddReport

if TYPE_CHECKING:
    from biblio.library import Library

ENRICH_LIMIT = 20


def register(sub: Any) -> None:
    """Add the ``add`` parser."""
    parser = sub.add_parser(
        "add",
        help="import sources into the library",
        description="Import files (BibTeX/BibLaTeX, CSL-JSON, ...; the format is sniffed from the content; a PDF "
        "is kept in the library's files/ folder and matched to its record by DOI, arXiv id, ISBN or CNKI first "
        "page, else looked up by DOI, else made from the PDF and tagged needs-review), "
        "web pages (http/https URLs), DOIs (10.NNNN/... via Crossref, else doi.org), ISBNs (isbn:978... via "
        "Open Library) or '-' for standard input. Prints the keys added, updated and unchanged.",
    )
    parser.add_argument("sources", nargs="+", metavar="SOURCE", help="a file path, URL, DOI, isbn:NUMBER or -")
    parser.add_argument("--format", "-f", dest="fmt", default="", help="force an importer (e.g. bibtex, csl-json)")
    parser.add_argument("--json", action="store_true", help="print the keys added/updated as JSON")
    parser.add_argument(
        "--offline", action="store_true", help="use only cached network answers (see docs/network.md); PDFs too"
    )
    parser.add_argument(
        "--enrich", action="store_true", help="look up added records without a DOI on Crossref and show candidates"
    )
    parser.set_defaults(run=run)


def _add_one(library: Library, source: str, args: argparse.Namespace) -> AddReport:
    from biblio.cli.render import progress_bar
    from biblio.library.adding import AddOptions, is_local

    options = AddOptions(fmt=args.fmt, offline=args.offline, stdin=sys.stdin.buffer)
    if not is_local(source):
        return library.add(source, options)
    with progress_bar(f"importing {source}") as bar:
        return library.add(source, replace(options, progress=bar))


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Import every source; a bad source is reported and the others still import."""
    from biblio.cli.render import print_json
    from biblio.errors import InputError, NetworkError

    library = ctx.library(create=True)
    total = AddReport()
    failed = 0
    for source in args.sources:
        try:
            report = _add_one(library, source, args)
        except (InputError, NetworkError) as exc:
            if len(args.sources) == 1:
                raise
            print(f"biblio: {exc.title}: {exc}", file=ctx.err)
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
    if args.enrich:
        failed += _enrich(library, total, args, ctx)
    return 1 if failed or total.problems else 0


def _enrich(library: Library, report: AddReport, args: argparse.Namespace, ctx: Context) -> int:
    """Show Crossref candidates for the added records that have no DOI; 1 if a lookup failed."""
    from biblio.cli.commands.lookup import print_candidates
    from biblio.errors import NetworkError
    from biblio.library.lookup import lookup_record

    keys = [k for k in report.added + report.updated if not library.get(k).doi][:ENRICH_LIMIT]
    for key in keys:
        try:
            candidates = lookup_record(library, key, offline=args.offline)
        except NetworkError as exc:
            print(f"biblio: network: {exc}", file=ctx.err)
            return 1
        print_candidates(key, candidates, ctx, limit=3)
    return 0


def _print_summary(report: AddReport, ctx: Context) -> None:
    for label, keys in (("added", report.added), ("updated", report.updated), ("unchanged", report.unchanged)):
        if not keys:
            continue
        shown = " ".join(keys[:20]) + (f" … (+{len(keys) - 20})" if len(keys) > 20 else "")
        print(f"{label} {len(keys)}: {shown}", file=ctx.out)
    if not (report.added or report.updated or report.unchanged):
        print("nothing imported", file=ctx.out)
