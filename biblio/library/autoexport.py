"""Auto-exports: .bib files the library rewrites whenever a record changes (add, edit, remove, merge).

A refresh regenerates the export and writes it only if the bytes differ from the file on disk, so an
unchanged library never touches the file's mtime. Writes are atomic (temp file, fsync, rename): a
crash leaves the previous complete file. Keys once written to a file stay (``AutoExport.keys``), even
if the record's key is changed in the library later. A failed refresh never fails the write that
triggered it; the error is kept and shown by ``biblio exports``. The bookkeeping rows are written
outside store transactions (single autocommitted statements), so they do not bump the store
generation and make the search index look stale.
"""

from __future__ import annotations

import glob
import hashlib
import os
import stat
from collections.abc import Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from biblio.atomic import refuse_special_target
from biblio.errors import UsageError
from biblio.store import exports as rows

if TYPE_CHECKING:
    from biblio.library import Library
    from biblio.model import Record

QUERY_LIMIT = 1_000_000
LOCK_FILE = ".autoexport.lock"
INTERRUPTED = "the last rewrite was interrupted; it is retried on the next write"


@dataclass
class RefreshResult:
    """What one refresh did."""

    export_id: int
    path: str
    written: bool
    records: int
    warnings: list[str]


def register_auto_export(
    library: Library, path: Path, query: str, profile: str, *, nationality: bool = False
) -> RefreshResult:
    """Register an export to ``path`` (absolute) and write it now."""
    from biblio.export.profiles import PROFILES
    from biblio.store.clock import utc_now

    if profile not in PROFILES:
        raise UsageError(f"unknown export profile {profile!r} (use one of: {', '.join(PROFILES)})")
    target = str(path.expanduser().resolve())
    refuse_special_target(Path(target))  # before registering: a pipe or device would fail every rewrite
    export_id = rows.add_export(
        library.store.db, target, query.strip(), profile, options={"nationality": nationality}, now=utc_now()
    )
    export = rows.get_export(library.store.db, export_id)
    assert export is not None
    return refresh_export(library, export)


def refresh_auto_exports(
    library: Library,
    changed_uids: list[str],
    removed_uids: list[str],
    *,
    selecting: AbstractContextManager[object] | None = None,
) -> list[str]:
    """Refresh every registered export after a committed write; returns error messages (never raises).

    ``selecting`` (e.g. a lock writers hold) is entered while each export's records are read and searched,
    not while they are formatted and written: a refresh running beside writes then never sees a store
    ahead of its index (which would make the search rebuild the index).
    """
    errors: list[str] = []
    try:
        exports = rows.list_exports(library.store.db)
    except Exception as exc:  # no table (an old database opened read-only): nothing to refresh
        return [f"auto-exports not refreshed: {exc}"]
    if not changed_uids and not removed_uids:
        exports = [e for e in exports if e.error]  # only retry exports whose last refresh failed or was cut
    for export in exports:
        try:
            refresh_export(library, export, selecting=selecting)
        except Exception as exc:  # a broken export must not fail the write that triggered it
            message = f"{export.path}: {exc}"
            errors.append(message)
            rows.record_error(library.store.db, export.id, message)
    return errors


def refresh_export(
    library: Library, export: rows.AutoExport, *, selecting: AbstractContextManager[object] | None = None
) -> RefreshResult:
    """Regenerate one export; the file is written only if its content changed.

    Refreshes of one library run one at a time, across processes (:func:`refresh_lock`), from reading the
    records to renaming the file: otherwise a refresh that read the store before another process's commit
    could replace the file after that process's own refresh, and the file would miss its change.
    """
    with ExitStack() as held:
        with selecting or nullcontext():  # (taken before the file lock, which writers never hold)
            held.enter_context(refresh_lock(library.root))
            records = _select(library, export.query)
        return _write_export(library, export, records)


def _write_export(library: Library, export: rows.AutoExport, records: list[Record]) -> RefreshResult:
    from biblio.atomic import atomic_write
    from biblio.export.profiles import Options, export_profile
    from biblio.store.clock import utc_now

    options = Options(
        nationality=bool(export.options.get("nationality")),
        key_of=library.key_of,
        record_of=library.get_uid,
        pinned=export.keys,
    )
    result = export_profile(records, export.profile, options)
    data = result.text.encode("utf-8")
    digest = hashlib.sha256(data).hexdigest()
    path = Path(export.path)
    written = _digest_of(path) != digest
    if written:
        rows.record_error(library.store.db, export.id, INTERRUPTED)  # cleared once the new file is in place
        mode = _mode_of(path)
        atomic_write(path, data)
        os.chmod(path, mode)  # the temp file is private (0600); keep the file's mode, or the umask's
        _remove_leftovers(path)
    keys = {**export.keys, **result.keys}
    if written or keys != export.keys or export.error or export.sha256 != digest:  # (clears the error too)
        rows.record_written(library.store.db, export.id, keys, digest, utc_now())
    return RefreshResult(export.id, export.path, written, len(records), result.warnings)


@contextmanager
def refresh_lock(root: Path) -> Iterator[None]:
    """Hold the library's auto-export lock (``<library>/.autoexport.lock``, ``flock``; released if killed)."""
    try:
        import fcntl
    except ImportError:  # not POSIX: refreshes of concurrent processes are not ordered
        yield
        return
    with (root / LOCK_FILE).open("a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_auto_export(library: Library, export_id: int) -> rows.AutoExport:
    """Forget an export (the file itself stays); returns it."""
    from biblio.errors import UnknownKeyError

    export = rows.get_export(library.store.db, export_id)
    if export is None:
        raise UnknownKeyError(f"no auto-export number {export_id} (see `biblio exports`)")
    rows.remove_export(library.store.db, export_id)
    return export


def list_auto_exports(library: Library) -> list[rows.AutoExport]:
    """The registered exports."""
    return rows.list_exports(library.store.db)


def _select(library: Library, query: str) -> list[Record]:
    """All records, or those ``query`` matches, in library order (stable whatever the ranking)."""
    if not query:
        return list(library.records())
    hits = {hit.uid for hit in library.search(query, limit=QUERY_LIMIT, snippets=False).hits}
    return [record for record in library.records() if record.uid in hits]


def _remove_leftovers(path: Path) -> None:
    """Temp files of rewrites that were killed before their rename (atomic_write names them ``.NAME.*.tmp``)."""
    for leftover in path.parent.glob(f".{glob.escape(path.name)}.*.tmp"):
        leftover.unlink(missing_ok=True)


def _mode_of(path: Path) -> int:
    try:
        return stat.S_IMODE(path.stat().st_mode)
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _digest_of(path: Path) -> str:
    if not path.is_file():  # a named pipe would block the read; atomic_write refuses it after this
        return ""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""
