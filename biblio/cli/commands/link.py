"""``biblio link KEY KIND KEY2`` and ``biblio link --detect``: relations between records (translation-of ...)."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context

KINDS = ("translation-of", "related", "cites")


def register(sub: Any) -> None:
    """Add the ``link`` parser."""
    parser = sub.add_parser(
        "link",
        help="link two records (KEY translation-of KEY2), or detect translation links",
        description="Link record KEY to KEY2 (KEY is the translation of KEY2 for translation-of). With "
        "--detect, find translations from the person authority and title evidence: strong evidence is "
        "linked, weak evidence is listed (add --weak to link it too).",
    )
    parser.add_argument("key", nargs="?", help="the record the link starts from (the translation)")
    parser.add_argument("kind", nargs="?", choices=KINDS, help="the relation")
    parser.add_argument("target", nargs="?", help="the record linked to (the original)")
    parser.add_argument("--detect", action="store_true", help="detect translation links in the whole library")
    parser.add_argument("--weak", action="store_true", help="with --detect: also link weak evidence")
    parser.add_argument("--dry-run", action="store_true", help="with --detect: only list what was found")
    parser.set_defaults(run=run)


def _check_args(args: argparse.Namespace) -> None:
    from biblio.errors import UsageError

    if args.detect:
        if args.key:
            raise UsageError("--detect takes no KEY (it looks at the whole library)")
        return
    if not (args.key and args.kind and args.target):
        raise UsageError("give KEY KIND KEY2 (e.g. `biblio link daqiju translation-of grand1997`) or --detect")


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Link, or detect."""
    _check_args(args)
    library = ctx.library()
    if args.detect:
        return _detect(library, args, ctx)
    from biblio.library.works import set_link

    set_link(library, args.key, args.kind, args.target, linked=True)
    ctx.out.write(f"{args.key} {args.kind} {args.target}\n")
    return 0


def _detect(library: Any, args: argparse.Namespace, ctx: Context) -> int:
    from biblio.library.works import apply, detect_translations

    found = detect_translations(library)
    chosen = [f for f in found if f.strong or args.weak]
    if not args.dry_run:
        apply(library, chosen)
    for item in found:
        state = "would link" if args.dry_run else "linked" if item in chosen else "suggested"
        src, dst = library.key_of(item.src), library.key_of(item.dst)
        ctx.out.write(f"{state}: {src} translation-of {dst}  ({item.evidence})\n")
    if not found:
        ctx.out.write("no new translation links found\n")
    return 0
