"""Attached files: one row per stored file (by SHA-256) with its page texts, and records' attachments to them.

Files live in ``files/<sha[:2]>/<sha256><suffix>`` inside the library: the name comes from the
content hash and a checked suffix, so it is path-safe, never outside the library, and a file is
never overwritten (the same content is the same file; other content at that name is an error).
Tables:

- ``files`` (sha256, path, size, mime, pages, text_layer, added): one row per stored file;
- ``file_pages`` (file, page, text): the extracted text of each page (1-based), for search;
- ``attachments`` (record, path, mime, description, sha256): a record's link to a file, in order.

Several records may attach the same file; its row and text stay while anything refers to it
(``--keep-files`` may leave a row no attachment refers to: the file is kept and still verified).
Every function takes the connection of a transaction opened by the caller.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from biblio.atomic import atomic_write
from biblio.config import FILES_DIR
from biblio.errors import LibraryError
from biblio.model import Attachment

_SUFFIX_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
MAX_SUFFIX = 8


def create_tables(db: sqlite3.Connection) -> None:
    """The files and file_pages tables and the attachments' hash column (migration 0004)."""
    db.execute(
        """CREATE TABLE files (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            path TEXT NOT NULL UNIQUE,
            size INTEGER NOT NULL,
            mime TEXT NOT NULL DEFAULT '',
            pages INTEGER NOT NULL DEFAULT 0,
            text_layer INTEGER NOT NULL DEFAULT 0,
            added TEXT NOT NULL
        )"""
    )
    db.execute(
        """CREATE TABLE file_pages (
            file INTEGER NOT NULL REFERENCES files(id) ON DELETE CASCADE,
            page INTEGER NOT NULL,
            text TEXT NOT NULL,
            PRIMARY KEY (file, page)
        ) WITHOUT ROWID"""
    )
    db.execute("ALTER TABLE attachments ADD COLUMN sha256 TEXT NOT NULL DEFAULT ''")
    db.execute("CREATE INDEX attachments_sha256 ON attachments(sha256) WHERE sha256 != ''")


@dataclass(frozen=True, slots=True)
class StoredFile:
    """A row of ``files``."""

    id: int
    sha256: str
    path: str
    size: int
    mime: str
    pages: int
    text_layer: bool


@dataclass(frozen=True, slots=True)
class AttachedText:
    """The page texts of one attached file of a record (``pages[0]`` is page 1)."""

    description: str
    pages: list[str]


_FILE_COLUMNS = "id, sha256, path, size, mime, pages, text_layer"


def file_suffix(name: str, default: str) -> str:
    """A short lower-case alphanumeric suffix from a file name (``.pdf``), else ``default``."""
    suffix = Path(name).suffix.lower()
    if 1 < len(suffix) <= MAX_SUFFIX + 1 and set(suffix[1:]) <= _SUFFIX_CHARS:
        return suffix
    return default


def file_path(sha256: str, suffix: str) -> str:
    """The library-relative path of a stored file."""
    return f"{FILES_DIR}/{sha256[:2]}/{sha256}{suffix}"


def write_file(root: Path, relative: str, data: bytes, sha256: str) -> bool:
    """Write the bytes at ``root/relative`` unless the same content is there; True if this call created it.

    Never overwrites: other content under that name raises LibraryError.
    """
    target = root / relative
    if target.exists():
        if hashlib.sha256(target.read_bytes()).hexdigest() != sha256:
            raise LibraryError(f"{relative} exists with other content; run `biblio check`")
        return False
    atomic_write(target, data)
    return True


def file_by_sha(db: sqlite3.Connection, sha256: str) -> StoredFile | None:
    """The stored file with this content hash."""
    row = db.execute(f"SELECT {_FILE_COLUMNS} FROM files WHERE sha256 = ?", (sha256,)).fetchone()
    return _stored(row) if row else None


def _stored(row: Sequence[object]) -> StoredFile:
    fid, sha, path, size, mime, pages, layer = row
    return StoredFile(int(str(fid)), str(sha), str(path), int(str(size)), str(mime), int(str(pages)), bool(layer))


def insert_file(
    db: sqlite3.Connection,
    *,
    sha256: str,
    path: str,
    size: int,
    mime: str,
    pages: list[str],
    text_layer: bool,
    now: str,
) -> StoredFile:
    """Record a stored file and its page texts."""
    cursor = db.execute(
        "INSERT INTO files (sha256, path, size, mime, pages, text_layer, added) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (sha256, path, size, mime, len(pages), int(text_layer), now),
    )
    file_id = int(cursor.lastrowid or 0)
    db.executemany("INSERT INTO file_pages VALUES (?, ?, ?)", [(file_id, n, t) for n, t in enumerate(pages, 1) if t])
    return StoredFile(file_id, sha256, path, size, mime, len(pages), text_layer)


def sync_attachments(db: sqlite3.Connection, row_id: int, attachments: Iterable[Attachment]) -> None:
    """Make a record's attachment rows match ``attachments`` (by path), keeping the rows that stay."""
    wanted = {a.path: a for a in attachments}
    stored = {path: (aid, mime, desc, sha) for aid, path, mime, desc, sha in _attachment_rows(db, row_id)}
    for path, (aid, *_rest) in stored.items():
        if path not in wanted:
            db.execute("DELETE FROM attachments WHERE id = ?", (aid,))
    for path, a in wanted.items():
        if path not in stored:
            db.execute(
                "INSERT INTO attachments (record, path, mime, description, sha256) VALUES (?, ?, ?, ?, ?)",
                (row_id, a.path, a.mime, a.description, a.sha256),
            )
        elif stored[path][1:] != (a.mime, a.description, a.sha256):
            db.execute(
                "UPDATE attachments SET mime = ?, description = ?, sha256 = ? WHERE id = ?",
                (a.mime, a.description, a.sha256, stored[path][0]),
            )


def _attachment_rows(db: sqlite3.Connection, row_id: int) -> list[tuple[int, str, str, str, str]]:
    return db.execute(
        "SELECT id, path, mime, description, sha256 FROM attachments WHERE record = ? ORDER BY id", (row_id,)
    ).fetchall()


def unreferenced(db: sqlite3.Connection, sha256s: Iterable[str]) -> list[StoredFile]:
    """The stored files among ``sha256s`` that no attachment refers to any more."""
    found = []
    for sha in dict.fromkeys(sha256s):
        if sha and not db.execute("SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1", (sha,)).fetchone():
            stored = file_by_sha(db, sha)
            if stored is not None:
                found.append(stored)
    return found


def keys_with_file(db: sqlite3.Connection, sha256: str) -> list[str]:
    """The keys of the records that have this file attached, first attached first."""
    rows = db.execute(
        "SELECT r.key FROM attachments a JOIN records r ON r.id = a.record WHERE a.sha256 = ? ORDER BY a.id",
        (sha256,),
    ).fetchall()
    return list(dict.fromkeys(str(row[0]) for row in rows))


def delete_file_rows(db: sqlite3.Connection, files: Iterable[StoredFile]) -> None:
    """Forget stored files (their page texts go with them); the caller deletes them from disk after COMMIT."""
    db.executemany("DELETE FROM files WHERE id = ?", [(f.id,) for f in files])


def all_files(db: sqlite3.Connection) -> list[StoredFile]:
    """Every stored file, oldest first."""
    return [_stored(row) for row in db.execute(f"SELECT {_FILE_COLUMNS} FROM files ORDER BY id")]


def count_files(db: sqlite3.Connection) -> int:
    """The number of stored files."""
    return int(db.execute("SELECT count(*) FROM files").fetchone()[0])


def attached_texts(db: sqlite3.Connection, uids: Sequence[str]) -> dict[str, list[AttachedText]]:
    """The page texts of the records' attached files, by record uid, attachments in order."""
    found: dict[str, list[AttachedText]] = {}
    for start in range(0, len(uids), 500):
        chunk = list(uids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            "SELECT r.uid, a.description, f.id FROM attachments a JOIN records r ON r.id = a.record "
            f"JOIN files f ON f.sha256 = a.sha256 WHERE r.uid IN ({marks}) AND f.text_layer = 1 ORDER BY a.id",
            chunk,
        ).fetchall()
        for uid, description, file_id in rows:
            found.setdefault(uid, []).append(AttachedText(description, _pages(db, file_id)))
    return found


def _pages(db: sqlite3.Connection, file_id: int) -> list[str]:
    texts = dict(db.execute("SELECT page, text FROM file_pages WHERE file = ?", (file_id,)).fetchall())
    count = max(texts, default=0)
    return [texts.get(n, "") for n in range(1, count + 1)]


def iter_pages(db: sqlite3.Connection, uid: str) -> Iterator[tuple[str, int, str, int]]:
    """(file description, page, text, number of files with text) for a record's attached pages, read lazily."""
    query = (
        "FROM attachments a JOIN records r ON r.id = a.record JOIN files f ON f.sha256 = a.sha256 "
        "JOIN file_pages p ON p.file = f.id WHERE r.uid = ?"
    )
    files = int(db.execute(f"SELECT count(DISTINCT a.id) {query}", (uid,)).fetchone()[0])
    if not files:
        return
    for description, page, text in db.execute(
        f"SELECT a.description, p.page, p.text {query} ORDER BY a.id, p.page", (uid,)
    ):
        yield str(description), int(page), str(text), files


def uids_with_text_among(db: sqlite3.Connection, uids: Sequence[str]) -> set[str]:
    """Those of ``uids`` whose records have an attached file with page text (one query)."""
    if not uids:
        return set()
    marks = ",".join("?" * len(uids))
    return {
        row[0]
        for row in db.execute(
            "SELECT DISTINCT r.uid FROM records r JOIN attachments a ON a.record = r.id "
            f"JOIN files f ON f.sha256 = a.sha256 WHERE f.text_layer = 1 AND r.uid IN ({marks})",
            list(uids),
        )
    }


def uids_with_text(db: sqlite3.Connection) -> set[str]:
    """The uids of records that have an attached file with page text (to skip the rest when indexing)."""
    return {
        row[0]
        for row in db.execute(
            "SELECT DISTINCT r.uid FROM attachments a JOIN records r ON r.id = a.record "
            "JOIN files f ON f.sha256 = a.sha256 WHERE f.text_layer = 1"
        )
    }


def verify_files(db: sqlite3.Connection, root: Path) -> list[str]:
    """Problems with stored files (missing, changed, outside the folder) and attachments without a stored file."""
    problems = []
    for stored in all_files(db):
        file = (root / stored.path).resolve()
        if not file.is_relative_to((root / FILES_DIR).resolve()):
            problems.append(f"attachment path outside the library's files folder: {stored.path}")
        elif not file.is_file():
            problems.append(f"attached file missing: {stored.path}")
        elif _sha256_of(file) != stored.sha256:
            problems.append(f"attached file changed on disk: {stored.path}")
    for key, path in db.execute(
        "SELECT r.key, a.path FROM attachments a JOIN records r ON r.id = a.record "
        "WHERE a.sha256 != '' AND NOT EXISTS (SELECT 1 FROM files f WHERE f.sha256 = a.sha256) ORDER BY a.id"
    ):
        problems.append(f"record {key}: attachment {path} is not a stored file")
    return problems


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
