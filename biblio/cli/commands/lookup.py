"""``biblio lookup KEY [--apply N]``: find a stored record on Crossref and merge a chosen match."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from biblio.cli.context import Context

if TYPE_CHECKING:
    from biblio.library.lookup import Candidate


def register(sub: Any) -> None:
    """Add the ``lookup`` parser."""
    parser = sub.add_parser(
        "lookup",
        help="find a record on Crossref and show candidates with a confidence score",
        description="Ask Crossref's bibliographic query for the record KEY and list candidates, best first, "
        "with a confidence score (title similarity, year, first author). --apply N merges candidate N: empty "
        "fields are filled, differing values are kept in the record's extra fields (crossref_<field>), "
        "never overwritten.",
    )
    parser.add_argument("key", metavar="KEY", help="the citation key of the record")
    parser.add_argument("--apply", type=int, metavar="N", default=0, help="merge candidate N into the record")
    parser.add_argument("--rows", type=int, default=5, help="how many candidates to ask for (default 5)")
    parser.add_argument("--offline", action="store_true", help="use only cached network answers")
    parser.add_argument("--json", action="store_true", help="print the candidates as JSON")
    parser.set_defaults(run=run)


def describe(candidate: Candidate) -> str:
    """One line: number, confidence, year, first author, title, DOI."""
    record = candidate.record
    author = record.first_author()
    parts = [
        f"[{candidate.number}] {candidate.confidence:.2f}",
        str(record.year or "----"),
        author.display() if author else "-",
        record.main_title() or "(no title)",
    ]
    line = "  ".join(parts)
    return f"{line}  doi:{record.doi}" if record.doi else line


def print_candidates(key: str, candidates: list[Candidate], ctx: Context, limit: int = 0) -> None:
    """The candidates for ``key`` as lines (at most ``limit`` if given)."""
    if not candidates:
        print(f"{key}: no candidates found", file=ctx.out)
        return
    print(f"{key}: candidates (confidence = title, year, first author):", file=ctx.out)
    for candidate in candidates[: limit or None]:
        print(f"  {describe(candidate)}", file=ctx.out)


def _as_json(candidate: Candidate) -> dict[str, Any]:
    from biblio.export.csl_json import record_to_csl

    score = candidate.score
    return {
        "number": candidate.number,
        "confidence": score.total,
        "parts": {"title": score.title, "year": score.year, "author": score.author},
        "csl": record_to_csl(candidate.record),
    }


def run(args: argparse.Namespace, ctx: Context) -> int:
    """List the candidates, or apply one."""
    from biblio.cli.render import print_json
    from biblio.errors import UsageError
    from biblio.library.lookup import apply_candidate, lookup_record

    library = ctx.library()
    candidates = lookup_record(library, args.key, offline=args.offline, rows=max(1, args.rows))
    if not args.apply:
        if args.json:
            print_json([_as_json(c) for c in candidates], ctx.out)
        else:
            print_candidates(args.key, candidates, ctx)
        return 0
    chosen = next((c for c in candidates if c.number == args.apply), None)
    if chosen is None:
        raise UsageError(f"--apply {args.apply}: there are {len(candidates)} candidates")
    report = apply_candidate(library, args.key, chosen)
    print(f"{args.key}: applied candidate {chosen.number} ({chosen.confidence:.2f})", file=ctx.out)
    print(f"  filled: {', '.join(report.filled) or 'nothing'}", file=ctx.out)
    if report.kept:
        print(f"  differing values kept, not overwritten: {', '.join(report.kept)}", file=ctx.out)
    return 0
