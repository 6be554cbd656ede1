"""Entry point of ``biblio``: parses arguments, runs one command, turns errors into one line and an exit code.

Commands live in :mod:`biblio.cli.commands`, one module each with ``register(subparsers)`` and
``run(args, ctx) -> int``. Modules are imported here only to build the parser; heavy libraries are
imported inside ``run`` so ``biblio --help`` stays fast.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys
from collections.abc import Sequence

from biblio import __version__
from biblio.config import Config, resolve_library
from biblio.errors import BiblioError, InputError, UsageError

COMMANDS = (
    "add",
    "list",
    "show",
    "search",
    "cite",
    "parse-ref",
    "lookup",
    "edit",
    "remove",
    "attach",
    "detach",
    "open",
    "export",
    "exports",
    "index",
    "check",
    "person",
    "link",
    "unlink",
    "dedup",
    "tui",
)
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70
# Young-generation collections every 20,000 allocations instead of 700: an import allocates millions of
# objects that live until their chunk is written, and the default thresholds spent 8 % of a 7,166-entry
# BibTeX import (0.17 s CPU) scanning them again and again (docs/benchmarks.md, "biblio add").
GC_THRESHOLDS = (20_000, 10, 10)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; with ``command``, only that command's module is imported and registered.

    Registering every command imports every command module (~25 ms); a run of one command needs
    only its own, the others get a bare entry so that argparse still knows their names.
    """
    parser = argparse.ArgumentParser(
        prog="biblio",
        description="A bibliographic and citation manager for area studies.",
        epilog="Library location: --library DIR, else $BIBLIO_LIBRARY, else the user data dir.",
    )
    parser.add_argument("--version", action="version", version=f"biblio {__version__}")
    parser.add_argument("--library", "-L", metavar="DIR", help="the library directory")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        if command is None or name == command:
            module = importlib.import_module(f"biblio.cli.commands.{name.replace('-', '_')}")
            module.register(sub)
        else:
            sub.add_parser(name)
    return parser


def command_of(argv: Sequence[str]) -> str | None:
    """The command named in ``argv``, or None when the whole parser is needed (help, errors, no command)."""
    tokens = iter(argv)
    for token in tokens:
        if token in ("--library", "-L"):
            next(tokens, None)
        elif token.startswith(("--library=", "-L")):
            continue
        elif token.startswith("-"):
            return None
        else:
            return token if token in COMMANDS else None
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run biblio; returns the process exit code."""
    gc.set_threshold(*GC_THRESHOLDS)
    arguments = list(sys.argv[1:] if argv is None else argv)
    undecodable = next((a for a in arguments if not _is_utf8(a)), None)
    if undecodable is not None:  # Python keeps such bytes as lone surrogates, which no file or database takes
        return _report(InputError(f"argument {os.fsencode(undecodable)!r} is not valid UTF-8 (rename or retype it)"))
    parser = build_parser(command_of(arguments))
    args = parser.parse_args(arguments)
    if not args.command:
        if not (sys.stdin.isatty() and sys.stdout.isatty()):
            parser.print_help()  # bare `biblio` opens the TUI only in a terminal
            return 0
        args = build_parser("tui").parse_args([*arguments, "tui"])
    from biblio.cli.context import Context

    ctx = Context(Config(library=resolve_library(args.library)))
    try:
        return int(args.run(args, ctx))
    except Exception as exc:
        return _report(exc)
    except KeyboardInterrupt:
        print("biblio: interrupted", file=sys.stderr)
        return 130
    finally:
        ctx.close()


def _is_utf8(argument: str) -> bool:
    try:
        argument.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _report(exc: Exception) -> int:
    """The one place where an error becomes a message line and an exit code."""
    if isinstance(exc, BrokenPipeError):
        sys.stderr.close()
        return EXIT_ERROR
    if isinstance(exc, BiblioError):
        print(f"biblio: {exc.title}: {exc}", file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, UsageError) else EXIT_ERROR
    if os.environ.get("BIBLIO_DEBUG"):
        raise exc
    print(f"biblio: internal error: {type(exc).__name__}: {exc} (BIBLIO_DEBUG=1 shows the traceback)", file=sys.stderr)
    return EXIT_INTERNAL
