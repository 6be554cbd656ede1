"""Typed settings, resolved once and passed in (no module-global state)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

LIBRARY_ENV = "BIBLIO_LIBRARY"
DB_NAME = "biblio.sqlite3"
SOURCES_DIR = "sources"
FILES_DIR = "files"
INDEX_DIR = "index"


@dataclass(frozen=True, slots=True)
class Config:
    """Where the library lives and how keys are built."""

    library: Path
    key_pattern: str = "{author}{year}{title}"


def default_library_dir() -> Path:
    """The user data dir (platformdirs), used when neither --library nor $BIBLIO_LIBRARY is given."""
    from platformdirs import user_data_dir  # lazy: not needed when a library is given

    return Path(user_data_dir("biblio", appauthor=False)) / "library"


def resolve_library(cli_value: str | None) -> Path:
    """``--library DIR``, else ``$BIBLIO_LIBRARY``, else the user data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    env = os.environ.get(LIBRARY_ENV)
    if env:
        return Path(env).expanduser()
    return default_library_dir()
