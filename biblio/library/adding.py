"""Adding one source, whatever it is: a file (also a PDF), standard input, a web page URL, a DOI or an ISBN.

The routing is written once, here (:data:`ROUTES`); ``biblio add`` and the TUI's add dialog both call
:meth:`biblio.library.core.Library.add`. What counts as which kind of source is
:func:`biblio.library.lookup.resolve_source`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from biblio.errors import UsageError
from biblio.inputs import read_stdin
from biblio.library.lookup import DOI, FILE, ISBN, STDIN, URL, add_from_network, resolve_source

if TYPE_CHECKING:
    from biblio.library.core import Library
    from biblio.reports import AddReport


@dataclass(frozen=True)
class AddOptions:
    """How to add: a forced importer (``fmt``), cached network answers only, a progress callback, stdin."""

    fmt: str = ""
    offline: bool = False
    progress: Callable[[int, int], None] | None = None
    stdin: BinaryIO | None = None  # what ``-`` reads; None: standard input is not available (the TUI)


def _file(library: Library, source: str, options: AddOptions) -> AddReport:
    path = Path(source)
    if not path.exists():
        path = path.expanduser()  # "~/refs.bib" typed where no shell expands it
    return library.add_file(path, fmt=options.fmt, progress=options.progress, offline=options.offline)


def _stdin(library: Library, source: str, options: AddOptions) -> AddReport:
    if options.stdin is None:
        raise UsageError("- (standard input) cannot be read here; give a file, URL, DOI or isbn:…")
    data = read_stdin(options.stdin)  # bounded; a device such as /dev/zero is refused
    return library.add_bytes(data, "-", fmt=options.fmt, progress=options.progress, offline=options.offline)


def _network(library: Library, source: str, options: AddOptions) -> AddReport:
    return add_from_network(library, source, offline=options.offline)


ROUTES: dict[str, Callable[[Library, str, AddOptions], AddReport]] = {
    FILE: _file,
    STDIN: _stdin,
    URL: _network,
    DOI: _network,
    ISBN: _network,
}


def add_source(library: Library, source: str, options: AddOptions | None = None) -> AddReport:
    """Import ``source`` (see :func:`~biblio.library.lookup.resolve_source` for what it may be)."""
    return ROUTES[resolve_source(source)](library, source, options or AddOptions())


def is_local(source: str) -> bool:
    """True for a file or ``-`` (read here, with progress), False for what is fetched over the network."""
    return resolve_source(source) in (FILE, STDIN)
