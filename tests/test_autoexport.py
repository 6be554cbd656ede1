"""Auto-exports: rewritten by the write that changes a record, atomic, untouched when nothing changed."""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from bibtexparser.entrypoint import parse_string

from biblio.config import Config
from biblio.errors import UnknownKeyError, UsageError
from biblio.library import Library
from biblio.library.autoexport import list_auto_exports, refresh_auto_exports, register_auto_export, remove_auto_export
from biblio.model import LangText

DATA = Path(__file__).parent / "data"
SEED = DATA / "cnki" / "seed_002_central_asia.txt"
BOOKS = DATA / "latex" / "books.json"


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """A library with the seed CNKI article and its three cited books."""
    lib = Library(Config(library=tmp_path / "lib"))
    lib.add_file(SEED)
    yield lib
    lib.close()


def _keys(path: Path) -> list[str]:
    parsed = parse_string(path.read_text(encoding="utf-8"))
    assert not parsed.failed_blocks
    return [entry.key for entry in parsed.entries]


def test_register_writes_the_file_and_an_add_rewrites_it(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "out" / "refs.bib"
    result = register_auto_export(library, target, "", "gbt7714-bst")
    assert result.written and len(_keys(target)) == 4
    library.add_file(BOOKS)
    assert _keys(target)[-2:] == ["brzezinski1998ru", "brzezinski1997"]


def test_an_edit_rewrites_the_file_within_the_same_call(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    register_auto_export(library, target, "", "gb7714")
    record = library.get("maijinde1985lishi")
    library.save(dataclasses.replace(record, title=(LangText("新标题", "zh"),), latex={}))
    assert "title = {新标题}" in target.read_text(encoding="utf-8")


def test_keys_once_written_never_change(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    register_auto_export(library, target, "", "biblatex")
    record = library.get("maijinde1985lishi")
    library.save(dataclasses.replace(record, key="mackinder1985"))
    assert "maijinde1985lishi" in _keys(target) and "mackinder1985" not in _keys(target)


def test_a_remove_drops_the_entry(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    register_auto_export(library, target, "", "biblatex")
    library.remove(["spykman1965heping"])
    assert "spykman1965heping" not in _keys(target) and len(_keys(target)) == 3


def test_an_unchanged_library_leaves_the_mtime_alone(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    register_auto_export(library, target, "", "gb7714")
    before = target.stat().st_mtime_ns
    time.sleep(0.02)
    record = library.get("maijinde1985lishi")
    library.save(record)  # a write that changes nothing exported
    refresh_auto_exports(library, [record.uid], [])
    assert target.stat().st_mtime_ns == before
    assert not register_auto_export(library, target, "", "gb7714").written


def test_query_exports_hold_only_matching_records(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "ru.bib"
    register_auto_export(library, target, "шахматная", "gb7714")
    assert _keys(target) == []
    library.add_file(BOOKS)
    assert _keys(target) == ["brzezinski1998ru"]


def test_list_and_remove(library: Library, tmp_path: Path) -> None:
    register_auto_export(library, tmp_path / "a.bib", "", "gb7714")
    register_auto_export(library, tmp_path / "b.bib", "", "bibtex", nationality=True)
    exports = list_auto_exports(library)
    assert [(e.profile, e.options["nationality"]) for e in exports] == [("gb7714", False), ("bibtex", True)]
    remove_auto_export(library, exports[0].id)
    assert [e.path for e in list_auto_exports(library)] == [str((tmp_path / "b.bib").resolve())]
    with pytest.raises(UnknownKeyError):
        remove_auto_export(library, 99)
    with pytest.raises(UsageError):
        register_auto_export(library, tmp_path / "c.bib", "", "apa")


def test_a_failing_export_is_recorded_and_does_not_fail_the_write(library: Library, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    register_auto_export(library, tmp_path / "ok.bib", "", "gb7714")
    export = list_auto_exports(library)[0]
    library.store.db.execute("UPDATE auto_exports SET path = ? WHERE id = ?", (str(blocker / "x.bib"), export.id))
    library.add_file(BOOKS)  # must not raise
    assert "x.bib" in list_auto_exports(library)[0].error


def test_a_deferred_refresh_is_left_to_the_caller(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    register_auto_export(library, target, "", "gb7714")
    requests: list[tuple[list[str], list[str]]] = []
    library.defer_export_refresh = lambda changed, removed: requests.append((changed, removed))
    record = library.get("maijinde1985lishi")
    library.save(dataclasses.replace(record, title=(LangText("新标题", "zh"),), latex={}))
    library.remove(["spykman1965heping"])
    text = target.read_text(encoding="utf-8")
    assert "新标题" not in text and "spykman1965heping" in _keys(target)  # not refreshed yet
    assert requests[0] == ([record.uid], []) and requests[1][0] == [] and len(requests[1][1]) == 1
    refresh_auto_exports(library, requests[0][0], requests[1][1])
    assert "title = {新标题}" in target.read_text(encoding="utf-8") and "spykman1965heping" not in _keys(target)


class _Guard:
    """A context manager that counts how often it is entered and checks the refresh reads inside it."""

    def __init__(self) -> None:
        self.entered = 0
        self.inside = False

    def __enter__(self) -> None:
        self.entered += 1
        self.inside = True

    def __exit__(self, *exc: object) -> None:
        self.inside = False


def test_selecting_guards_only_the_reading(library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import biblio.export.profiles

    register_auto_export(library, tmp_path / "a.bib", "", "gb7714")
    register_auto_export(library, tmp_path / "b.bib", "шахматная", "biblatex")
    guard = _Guard()
    real = biblio.export.profiles.export_profile
    formatted_inside: list[bool] = []

    def export_profile(*args: object, **kwargs: object) -> object:
        formatted_inside.append(guard.inside)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(biblio.export.profiles, "export_profile", export_profile)
    assert refresh_auto_exports(library, ["x"], [], selecting=guard) == []
    assert guard.entered == 2 and formatted_inside == [False, False]


def test_a_write_does_not_rebuild_the_index_for_a_query_export(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "ru.bib"
    register_auto_export(library, target, "шахматная OR 麦金德", "biblatex")  # builds the index
    assert library.index_is_current()
    before = _keys(target)

    def no_rebuild(*args: object, **kwargs: object) -> int:
        raise AssertionError("the index was rebuilt: the export searched before the index was updated")

    monkeypatch.setattr(Library, "reindex", no_rebuild)
    library.add_file(BOOKS)
    record = library.get("maijinde1985lishi")
    library.save(dataclasses.replace(record, title=(LangText("麦金德新标题", "zh"),), latex={}))
    assert "brzezinski1998ru" in _keys(target) and set(before) <= set(_keys(target))
    assert "麦金德新标题" in target.read_text(encoding="utf-8")


_CHILD = """
import os, sys, time
from pathlib import Path
import biblio.atomic
from biblio.config import Config
from biblio.library import Library

real_fsync = os.fsync
def slow_fsync(fd):
    real_fsync(fd)
    if ".refs.bib." in os.readlink(f"/proc/self/fd/{fd}"):  # the export's temp file, complete but not renamed
        Path(sys.argv[2]).write_text("in rewrite")
        time.sleep(60)
biblio.atomic.os.fsync = slow_fsync
Library(Config(library=Path(sys.argv[1]))).add_file(Path(sys.argv[3]))
"""


@pytest.mark.slow
def test_kill_9_during_the_rewrite_leaves_the_previous_complete_file(library: Library, tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    register_auto_export(library, target, "", "gb7714")
    before = target.read_bytes()
    library.close()
    marker = tmp_path / "marker"
    child = subprocess.Popen([sys.executable, "-c", _CHILD, str(tmp_path / "lib"), str(marker), str(BOOKS)])
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline and child.poll() is None:
            time.sleep(0.05)
        assert marker.exists(), "the child never reached the rewrite"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait()
    assert target.read_bytes() == before
    assert len(_keys(target)) == 4
    assert list(tmp_path.glob(".refs.bib.*.tmp"))  # the new content had been written, but never renamed
    reopened = Library(Config(library=tmp_path / "lib"))
    assert reopened.count() == 6  # the add itself was committed before the export was rewritten
    reopened.add_file(BOOKS)  # the next write brings the export up to date
    reopened.close()
    assert len(_keys(target)) == 6
    assert not list(tmp_path.glob(".refs.bib.*"))  # the killed rewrite's temp file is gone
