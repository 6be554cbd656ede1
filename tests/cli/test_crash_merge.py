"""kill -9 during ``biblio dedup --merge`` in a library with many duplicates and an auto-export.

After the kill: the merge happened whole or not at all; the next open's search index holds exactly the
stored records; the auto-export is a complete file, and it shows the merge only if the merge was committed
(derived state is written after the commit); no process of the killed command is left after 5 s.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from biblio.config import Config
from biblio.library import Library
from tests.cli.conftest import run_process

PAIRS = 400  # 800 records, every one with a duplicate under another key
WORD = "zyxwvutic"  # in every record: a search for it lists the whole index
KEY_LINE = re.compile(r"^@\w+\{([^,]+),", re.MULTILINE)


def _library_with_duplicates(tmp_path: Path) -> tuple[Path, Path]:
    """A library of PAIRS duplicate pairs (``aN`` and ``bN``), its index built, an auto-export registered."""
    entries = []
    for i in range(PAIRS):
        for side, pages in (("a", f"{i + 1}-{i + 9}"), ("b", "")):
            entries.append(
                f"@article{{{side}{i},\n  title = {{A {WORD} study of case {i}}},\n  author = {{Zhang, Ning{i}}},\n"
                f"  year = {{{1990 + i % 30}}},\n  journal = {{Journal of Tests}},\n  pages = {{{pages}}},\n}}\n"
            )
    source = tmp_path / "dups.bib"
    source.write_text("\n".join(entries), encoding="utf-8")
    library, export = tmp_path / "template", tmp_path / "refs.bib"
    for args in (["add", str(source)], ["index", "--rebuild"], ["export", "--keep-updated", str(export)]):
        result = run_process(args, library)
        assert result.code == 0, result.err
    return library, export


def _session_processes(session: int) -> list[int]:
    """Live processes of a session (the killed command's children would still carry its session id)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[3]) == session and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _kill_merge(library: Path, when: Callable[[subprocess.Popen[bytes]], object]) -> None:
    merge = subprocess.Popen(
        [sys.executable, "-m", "biblio", "--library", str(library), "dedup", "--merge", "a7", "b7"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    when(merge)
    if merge.poll() is None:
        os.kill(merge.pid, signal.SIGKILL)
    merge.wait()
    deadline = time.monotonic() + 5
    while _session_processes(merge.pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _session_processes(merge.pid) == [], "a process of the killed merge outlived it by 5 s"


def _on_export_change(export: Path) -> Callable[[subprocess.Popen[bytes]], None]:
    """Wait until the auto-export file is replaced (the merge's derived state is being written), or the end."""

    def wait(merge: subprocess.Popen[bytes]) -> None:
        before = export.stat().st_ino  # the command is still starting: it has written nothing yet
        while export.stat().st_ino == before and merge.poll() is None:
            time.sleep(0.002)

    return wait


def _after(seconds: float) -> Callable[[subprocess.Popen[bytes]], None]:
    return lambda merge: time.sleep(seconds)


def _check_consistent(library: Path, export: Path) -> bool:
    """Assert the library after the kill is consistent; returns whether the merge was committed."""
    with Library(Config(library), create=False) as lib:
        assert lib.check().ok, lib.check().problems
        keys = {record.key for record in lib.records()}
        merges = int(lib.store.db.execute("SELECT count(*) FROM dedup_merges").fetchone()[0])
        kept = lib.get("a7")
        merged = merges == 1
        assert merges in (0, 1)
        assert ("b7" not in keys) == merged  # the removed record and the log row go together
        assert (kept.extra.get("merged_from") == "b7") == merged  # ... and so do the kept record's new values
        assert len(keys) == 2 * PAIRS - merged
        uids = {record.uid for record in lib.records()}
        found = lib.search(WORD, limit=10 * PAIRS, snippets=False)
        assert {hit.uid for hit in found.hits} == uids  # the index the next open uses matches the store
    written = KEY_LINE.findall(export.read_text(encoding="utf-8"))
    old = {f"{side}{i}" for side in "ab" for i in range(PAIRS)}
    assert set(written) in ({*old}, old - {"b7"}), "the auto-export is a complete file"
    if not merged:
        assert set(written) == old, "an auto-export written before the commit shows a merge that never happened"
    return merged


def _run_to_end(library: Path, export: Path) -> float:
    """The merge left alone, in a copy: it completes, consistently; returns its wall time."""
    started = time.monotonic()
    _kill_merge(library, lambda merge: merge.wait())
    assert _check_consistent(library, export), "an undisturbed merge commits"
    return time.monotonic() - started


@pytest.mark.slow
def test_kill_during_dedup_merge_leaves_store_index_and_export_consistent(tmp_path: Path) -> None:
    template, export = _library_with_duplicates(tmp_path)
    pristine = export.read_bytes()
    trials = iter(range(100))

    def fresh_copy() -> Path:
        library = tmp_path / f"trial{next(trials)}"
        shutil.copytree(template, library)
        export.write_bytes(pristine)
        return library

    duration = _run_to_end(fresh_copy(), export)
    # kills spread over the command's run (start-up, the transaction, the index and export writes) and
    # kills the moment the auto-export is being replaced
    moments = [_after(duration * f) for f in (0.1, 0.2, 0.3, 0.5, 0.7, 0.9)] + [_on_export_change(export)] * 2
    for when in moments:
        library = fresh_copy()
        _kill_merge(library, when)
        _check_consistent(library, export)  # asserts; merged or not depends on where the kill landed
