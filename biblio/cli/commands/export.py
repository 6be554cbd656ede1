"""``biblio export [QUERY]``: write records as BibTeX, BibLaTeX or CSL-JSON.

Without ``-o`` the file goes to ``exports/library.<ext>`` under the current directory (created if
needed) and its path is printed; ``-o -`` writes to standard output. ``--profile`` tunes the .bib for
one LaTeX tool chain (see docs/export.md); ``--aux``/``--tex`` export exactly what a document cites;
``--keep-updated FILE`` registers an auto-export the library rewrites whenever records change.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from biblio.cli.context import Context
from biblio.errors import UsageError

if TYPE_CHECKING:
    from biblio.library import Library
    from biblio.model import Record

SUFFIX = {"biblatex": ".bib", "bibtex": ".bib", "csl-json": ".json"}
PROFILES = ("gb7714", "gbt7714-bst", "biblatex", "bibtex")  # biblio.export.profiles.PROFILES (not imported at start-up)


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
    add_profile_arguments(parser)
    parser.add_argument("-o", "--output", metavar="FILE", help="output file, or - for stdout")
    parser.add_argument(
        "--with-files",
        nargs="?",
        const="relative",
        choices=("relative", "absolute"),
        help="write attached files in a JabRef/Better BibTeX file field (:path:PDF), paths relative to the "
        "output file's folder (default) or absolute",
    )
    cited = parser.add_mutually_exclusive_group()
    cited.add_argument("--aux", metavar="FILE", type=Path, help="export exactly the works this .aux file cites")
    cited.add_argument("--tex", metavar="FILE", type=Path, help="export exactly the works this .tex file cites")
    cited.add_argument(
        "--keep-updated",
        metavar="FILE",
        type=Path,
        help="register FILE as an auto-export, rewritten whenever matching records change (see `biblio exports`)",
    )
    parser.set_defaults(run=run)


def add_profile_arguments(parser: argparse.ArgumentParser) -> None:
    """``--profile`` and ``--nationality`` (shared with ``biblio list``)."""
    parser.add_argument(
        "--profile",
        choices=PROFILES,
        help="a .bib tuned for one tool chain: gb7714 (biber + biblatex-gb7714-2015), gbt7714-bst "
        "(bibtex + gbt7714), biblatex (standard styles), bibtex (classic, ASCII)",
    )
    parser.add_argument(
        "--nationality",
        action="store_true",
        help="GB/T profiles: write nationality markers and original names into authors, e.g. {（英）哈·麦金德}",
    )


def run(args: argparse.Namespace, ctx: Context) -> int:
    """Write the export atomically and print where it went."""
    from biblio.atomic import atomic_write

    if args.profile and args.format == "csl-json":
        raise UsageError("--profile writes BibTeX/BibLaTeX; it cannot be combined with --format csl-json")
    library = ctx.library()
    query = " ".join(args.query)
    if args.keep_updated:
        return _keep_updated(args, ctx, library, query)
    records = _cited(args, ctx, library) if args.aux or args.tex else _selected(library, query)
    if args.with_files:
        records = _with_files(records, args, library)
    text = format_selection(records, args, ctx, library)
    if args.output == "-":
        ctx.out.write(text)
        return 0
    target = Path(args.output) if args.output else Path("exports") / f"library{SUFFIX[args.format]}"
    atomic_write(target, text.encode("utf-8"))
    print(f"wrote {len(records)} records to {target}", file=ctx.out)
    return 0


def format_selection(records: list[Record], args: argparse.Namespace, ctx: Context, library: Library) -> str:
    """The records in ``args.profile`` (warnings go to stderr), else in ``args.format``."""
    if not args.profile:
        from biblio.cli.render import format_records

        return format_records(records, args.format, library, warn=ctx.warn)
    from biblio.export.profiles import Options, export_profile

    options = Options(nationality=args.nationality, key_of=library.key_of, record_of=library.get_uid)
    result = export_profile(records, args.profile, options)
    for warning in result.warnings:
        ctx.warn(warning)
    return result.text


def _with_files(records: list[Record], args: argparse.Namespace, library: Library) -> list[Record]:
    """The records with a ``file`` field for their attachments (paths relative to the output's folder, or absolute)."""
    from biblio.export.files import with_file_fields

    if args.format == "csl-json" and not args.profile:
        raise UsageError("--with-files writes a BibTeX/BibLaTeX file field; CSL-JSON has none")
    if args.with_files == "absolute":
        base = None
    elif args.output and args.output != "-":
        base = Path(args.output).parent
    else:
        base = Path.cwd() if args.output == "-" else Path("exports")
    return with_file_fields(records, library.root, base)


def _selected(library: Library, query: str) -> list[Record]:
    from biblio.cli.selection import select_records

    return list(select_records(library, query))


def _cited(args: argparse.Namespace, ctx: Context, library: Library) -> list[Record]:
    """The records a document cites, in citation order; cited keys the library lacks are listed on stderr."""
    from biblio.errors import UnknownKeyError
    from biblio.export.cited import keys_from_aux, keys_from_tex
    from biblio.library import read_source

    path: Path = args.aux or args.tex
    text = read_source(path).decode("utf-8", errors="replace")
    keys = keys_from_aux(text) if args.aux else keys_from_tex(text)
    if "*" in keys:
        return list(library.records())
    records, missing = [], []
    for key in keys:
        try:
            records.append(library.get(key))
        except UnknownKeyError:
            missing.append(key)
    if missing:
        ctx.warn(f"{path}: cited but not in the library: {', '.join(missing)}")
    return records


def _keep_updated(args: argparse.Namespace, ctx: Context, library: Library, query: str) -> int:
    from biblio.library.autoexport import register_auto_export

    if args.output:
        raise UsageError("--keep-updated names the file itself; drop -o")
    if args.format == "csl-json":
        raise UsageError("auto-exports write .bib files; use --profile (default biblatex)")
    profile = args.profile or ("bibtex" if args.format == "bibtex" else "biblatex")
    result = register_auto_export(library, args.keep_updated, query, profile, nationality=args.nationality)
    for warning in result.warnings:
        ctx.warn(warning)
    done = "wrote" if result.written else "kept (unchanged)"
    print(
        f"auto-export {result.export_id}: {done} {result.records} records to {result.path} ({profile}); "
        "it is rewritten whenever matching records change",
        file=ctx.out,
    )
    return 0
