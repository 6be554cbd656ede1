"""``python -m biblio.tui [--library DIR]``: the browser without the CLI's command table."""

from __future__ import annotations

import argparse
import sys

from biblio.config import Config, resolve_library
from biblio.errors import BiblioError


def main(argv: list[str] | None = None) -> int:
    """Open the library and run the browser; errors become one line on stderr."""
    parser = argparse.ArgumentParser(prog="python -m biblio.tui", description="The biblio browser.")
    parser.add_argument("--library", "-L", metavar="DIR", help="the library directory")
    args = parser.parse_args(argv)
    from biblio.library import Library
    from biblio.tui.app import make_app

    try:
        with Library(Config(library=resolve_library(args.library))) as library:
            make_app(library).run()
    except BiblioError as exc:
        print(f"biblio: {exc.title}: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
