"""``biblio exports``: list the registered auto-exports, or remove one (``--remove N``)."""

from __future__ import annotations

import argparse
from typing import Any

from biblio.cli.context import Context


def register(sub: Any) -> None:
    """Add the ``exports`` parser."""
    parser = sub.add_parser(
        "exports",
        help="list or remove auto-exports",
        description="List the files registered with `biblio export --keep-updated FILE` (rewritten whenever "
        "matching records change), or stop updating one with --remove N (the file itself stays).",
    )
    parser.add_argument("--remove", metavar="N", type=int, help="forget auto-export number N")
    parser.add_argument("--json", action="store_true", help="machine-readable list")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace, ctx: Context) -> int:
    """List the exports, or remove one."""
    from biblio.library.autoexport import list_auto_exports, remove_auto_export

    library = ctx.library()
    if args.remove is not None:
        removed = remove_auto_export(library, args.remove)
        print(f"removed auto-export {removed.id} ({removed.path}); the file was left as it is", file=ctx.out)
        return 0
    exports = list_auto_exports(library)
    if args.json:
        from biblio.cli.render import print_json

        print_json([_as_dict(e) for e in exports], ctx.out)
        return 0
    if not exports:
        print("no auto-exports (add one with `biblio export --keep-updated FILE [QUERY] --profile P`)", file=ctx.out)
    for export in exports:
        query = f" query={export.query!r}" if export.query else ""
        error = f"  ERROR: {export.error}" if export.error else ""
        print(f"{export.id}  {export.path}  {export.profile}{query}  written {export.written or 'never'}{error}",
              file=ctx.out)  # fmt: skip
    return 0


def _as_dict(export: Any) -> dict[str, object]:
    return {
        "id": export.id,
        "path": export.path,
        "query": export.query,
        "profile": export.profile,
        "options": export.options,
        "written": export.written,
        "error": export.error,
        "keys": len(export.keys),
    }
