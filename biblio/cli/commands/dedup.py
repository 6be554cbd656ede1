"""``biblio dedup``: find records that are the same work, show them side by side, merge, undo a merge."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from biblio.cli.context import Context

if TYPE_CHECKING:
    from biblio.library import Library
    from biblio.model import Record

SIDE_FIELDS = ("title", "authors", "date", "type", "container", "publisher", "pages", "doi", "isbn", "language")
WIDTH = 48


def register(sub: Any) -> None:
    """Add the ``dedup`` parser."""
    parser = sub.add_parser(
        "dedup",
        help="find and merge duplicate records",
        description="List pairs of records that are the same work (normalised title, year, first author through "
        "the person authority, DOI/ISBN), side by side. --merge KEY KEY2 merges KEY2 into KEY keeping every "
        "value (differing ones as merged_* fields) and its provenance; --undo N restores both records.",
    )
    parser.add_argument("--merge", nargs=2, metavar=("KEY", "KEY2"), help="merge KEY2 into KEY")
    parser.add_argument("--undo", type=int, metavar="N", help="undo merge number N")
    parser.add_argument("--log", action="store_true", help="list the merges done")
    parser.add_argument("--json", action="store_true", help="pairs as JSON")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Find, merge, undo or list merges."""
    from biblio.library.dedup import find_duplicates, merge_log, merge_records, undo_merge

    library = ctx.library()
    if args.merge:
        number = merge_records(library, args.merge[0], args.merge[1])
        ctx.out.write(
            f"merged {args.merge[1]} into {args.merge[0]} (merge {number}; undo: biblio dedup --undo {number})\n"
        )
    elif args.undo is not None:
        kept, restored = undo_merge(library, args.undo)
        ctx.out.write(f"undid merge {args.undo}: {restored} restored beside {kept}\n")
    elif args.log:
        for number, kept, removed, at, undone in merge_log(library):
            ctx.out.write(f"{number:>4}  {removed} -> {kept}  {at}{'  (undone)' if undone else ''}\n")
    else:
        matches = find_duplicates(library)
        if args.json:
            from biblio.cli.render import print_json

            pairs = [
                {"keys": [library.key_of(m.a), library.key_of(m.b)], "score": m.score, "reasons": list(m.reasons)}
                for m in matches
            ]
            print_json(pairs, ctx.out)
            return 0
        for match in matches:
            _side_by_side(library, match.a, match.b, f"score {match.score:.2f}: {', '.join(match.reasons)}", ctx)
        if not matches:
            ctx.out.write("no duplicates found\n")
    return 0


def _value(record: Record, name: str) -> str:
    value = getattr(record, name)
    if name == "authors":
        return "; ".join(n.display() for n in value)
    if isinstance(value, tuple):
        return " | ".join(v.value for v in value)
    return str(value.value if hasattr(value, "value") else value)


def _cut(text: str) -> str:
    return text if len(text) <= WIDTH else text[: WIDTH - 1] + "…"


def _side_by_side(library: Library, a: str, b: str, why: str, ctx: Context) -> None:
    left, right = library.get_uid(a), library.get_uid(b)
    if left is None or right is None:
        return
    lines = [f"{'':<10} {_cut(left.key):<{WIDTH}}   {_cut(right.key)}   ({why})"]
    for name in SIDE_FIELDS:
        x, y = _value(left, name), _value(right, name)
        if x or y:
            mark = " " if x == y else "≠"
            lines.append(f"{name:<10} {_cut(x):<{WIDTH}} {mark} {_cut(y)}")
    ctx.out.write("\n".join(lines) + "\n\n")
