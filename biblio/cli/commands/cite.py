"""``biblio cite KEY...``: formatted references (GB/T 7714 or Chicago author-date), one per line."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context

STYLE_CHOICES = ("auto", "gbt7714", "chicago")
FORMAT_CHOICES = ("text", "html", "markdown")


def register(sub: Any) -> None:
    """Add the ``cite`` parser."""
    parser = sub.add_parser(
        "cite",
        help="print formatted references",
        description="Print formatted references, one per line, in the order given, all in one style. "
        "--style auto takes the style of the most frequent language among the cited records: GB/T 7714 "
        "for Chinese and Japanese, Chicago author-date for the others; a tie goes to GB/T 7714 when Chinese "
        "or Japanese is among the tied languages, else to Chicago (so a Chinese, an English and a Russian "
        "work are three GB/T 7714 references). GB/T 7714 references are numbered [1], [2], ... when several "
        "keys are given; Chicago references are not numbered.",
    )
    parser.add_argument("keys", nargs="+", metavar="KEY", help="citation keys")
    parser.add_argument(
        "--style", default="auto", choices=STYLE_CHOICES, help="citation style (default: auto, by majority language)"
    )
    parser.add_argument("--format", default="text", choices=FORMAT_CHOICES, help="output format (default: text)")
    parser.add_argument(
        "--nationality", action="store_true", help="print nationality markers of CJK names: （英）哈·麦金德"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Print the references."""
    from biblio.export.styles import format_bibliography, format_citation

    library = ctx.library()
    records = [library.get(key) for key in args.keys]
    key_of, nationality = library.key_of, bool(args.nationality)
    if len(records) == 1:
        line = format_citation(records[0], args.style, args.format, key_of, nationality=nationality)
        ctx.out.write(line + "\n")
    else:
        ctx.out.write(format_bibliography(records, args.style, args.format, key_of, nationality=nationality))
    return 0
