"""Writing marked or matching records to a file under ``exports/`` of the working directory (as the CLI does)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from biblio.errors import InputError, UsageError
from biblio.model import Record

if TYPE_CHECKING:
    from biblio.config import Config

EXPORTS_DIR = "exports"
SUFFIXES = {"biblatex": ".bib", "bibtex": ".bib", "csl-json": ".json"}


def export_path(root: Path, name: str, fmt: str) -> Path:
    """Where a file name typed in the dialog goes: relative names land in ``<root>/exports/``."""
    name = name.strip()
    if not name or name.endswith(("/", "\\")):
        raise UsageError("a file name is needed")
    path = Path(name).expanduser()
    if not path.is_absolute():
        path = root / EXPORTS_DIR / path
    if not path.suffix:
        path = path.with_suffix(SUFFIXES.get(fmt, ".txt"))
    return path


def render(records: Sequence[Record], fmt: str, key_of: Callable[[str], str | None]) -> str:
    """The records in an export format, by the export modules."""
    try:
        if fmt == "csl-json":
            from biblio.export.csl_json import format_csl_json

            return format_csl_json(records, key_of=key_of)
        from biblio.export.bibtex import format_bibtex

        return format_bibtex(records, dialect=fmt, key_of=key_of)
    except ImportError as exc:
        raise InputError(f"{fmt} export is not available in this build ({exc.name})") from exc


def write_export(config: Config, ids: Sequence[int], fmt: str, path: Path) -> int:
    """Write the records with these row ids to ``path`` atomically; returns how many were written.

    Opens its own library connection, so it can run in a worker thread.
    """
    from biblio.atomic import atomic_write
    from biblio.library import Library

    with Library(config, create=False) as library:
        from biblio.library.browsing import records_by_id

        records = records_by_id(library, ids)
        text = render(records, fmt, library.key_of)
    try:
        atomic_write(path, text.encode("utf-8"))
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    return len(records)
