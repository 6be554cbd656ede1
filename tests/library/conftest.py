"""A library in a temporary folder, and a snapshot of everything it holds (to prove a failure changed nothing)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio.config import Config
from biblio.library import Library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """An empty library."""
    with Library(Config(tmp_path / "lib")) as opened:
        yield opened


def snapshot(library: Library) -> tuple[list[str], dict[str, str]]:
    """The database's content (SQL dump) and every file below the library folder with its hash (index aside)."""
    dump = list(library.store.db.iterdump())
    files = {
        str(p.relative_to(library.root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(library.root.rglob("*"))
        if p.is_file()
        and "index" not in p.relative_to(library.root).parts
        and not p.name.endswith(("-wal", "-shm"))
        and p.name != "biblio.sqlite3"
    }
    return dump, files
