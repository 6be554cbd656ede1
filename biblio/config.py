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
# The most bytes biblio reads from one file or from stdin (biblio.inputs); $BIBLIO_MAX_INPUT_MB overrides it.
MAX_INPUT_ENV = "BIBLIO_MAX_INPUT_MB"
DEFAULT_MAX_INPUT_MB = 128


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


def max_input_bytes() -> int:
    """The input size limit in bytes: ``$BIBLIO_MAX_INPUT_MB`` (a positive number of MiB), else 128 MiB."""
    value = os.environ.get(MAX_INPUT_ENV, "").strip()
    if not value:
        return DEFAULT_MAX_INPUT_MB * 2**20
    try:
        megabytes = float(value)
    except ValueError:
        megabytes = 0.0
    if not 0 < megabytes < 2**20:
        from biblio.errors import UsageError

        raise UsageError(f"${MAX_INPUT_ENV}={value!r}: expected a positive number of MiB (e.g. 64)")
    return int(megabytes * 2**20)


# ---- per-user settings (the TUI's theme) ----------------------------------------------------------
CONFIG_DIR_ENV = "BIBLIO_CONFIG_DIR"
SETTINGS_NAME = "settings.json"


def config_dir() -> Path:
    """``$BIBLIO_CONFIG_DIR``, else the user config dir (platformdirs): where per-user settings live."""
    env = os.environ.get(CONFIG_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_config_dir  # lazy: only the TUI reads settings

    return Path(user_config_dir("biblio", appauthor=False))


def settings_path() -> Path:
    """The per-user settings file (a JSON object of strings)."""
    return config_dir() / SETTINGS_NAME


def load_settings(path: Path | None = None) -> dict[str, str]:
    """The saved settings; a missing, unreadable or corrupt file gives ``{}`` and non-string values are dropped."""
    import json

    try:
        data = json.loads((path or settings_path()).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): v for k, v in data.items() if isinstance(v, str)}


def save_setting(name: str, value: str, path: Path | None = None) -> None:
    """Set one setting, keeping the others; written atomically (temp file, fsync, rename). Raises OSError."""
    import json

    from biblio.atomic import atomic_write

    path = path or settings_path()
    settings = load_settings(path)
    if settings.get(name) == value and path.exists():
        return
    settings[name] = value
    atomic_write(path, (json.dumps(settings, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8"))
