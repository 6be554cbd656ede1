"""Kept source documents: the raw bytes of every import, content-addressed, written atomically."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from biblio.atomic import atomic_write
from biblio.config import SOURCES_DIR


def safe_suffix(name: str) -> str:
    """A short, path-safe file suffix taken from ``name`` ('.bib', '.txt'), or '.txt'."""
    suffix = Path(name).suffix.lower()
    if 1 < len(suffix) <= 10 and suffix[1:].isalnum():
        return suffix
    return ".txt"


def keep_source(
    db: sqlite3.Connection,
    root: Path,
    data: bytes,
    *,
    origin: str,
    importer: str,
    version: str,
    now: str,
    suffix: str = "",
) -> tuple[int, str]:
    """Store the raw bytes once (by SHA-256) and return (source row id, library-relative path).

    The file's suffix is ``suffix`` if given, else taken from ``origin``.
    """
    digest = hashlib.sha256(data).hexdigest()
    row = db.execute("SELECT id, path FROM sources WHERE sha256 = ?", (digest,)).fetchone()
    if row:
        if not (root / row[1]).exists():
            atomic_write(root / row[1], data)
        return int(row[0]), str(row[1])
    relative = f"{SOURCES_DIR}/{digest[:2]}/{digest}{suffix or safe_suffix(origin)}"
    atomic_write(root / relative, data)
    cursor = db.execute(
        "INSERT INTO sources (sha256, path, origin, importer, importer_version, size, added)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        (digest, relative, origin, importer, version, len(data), now),
    )
    return int(cursor.lastrowid or 0), relative


def is_kept(db: sqlite3.Connection, data: bytes) -> bool:
    """True if these bytes are already a kept source."""
    digest = hashlib.sha256(data).hexdigest()
    return db.execute("SELECT 1 FROM sources WHERE sha256 = ?", (digest,)).fetchone() is not None


def verify_sources(db: sqlite3.Connection, root: Path) -> list[str]:
    """Problems with kept sources: missing files or content that no longer matches its hash."""
    problems = []
    for digest, path in db.execute("SELECT sha256, path FROM sources ORDER BY id"):
        file = root / path
        if not file.is_file():
            problems.append(f"kept source missing: {path}")
            continue
        actual = hashlib.sha256(file.read_bytes()).hexdigest()
        if actual != digest:
            problems.append(f"kept source changed on disk: {path}")
    return problems
