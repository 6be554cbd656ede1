"""Writes: one write at a time, auto-export refreshes deferred, serialised and merged, nothing lost at flush."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest

from biblio.config import Config
from biblio.library import Library
from biblio.tui.writes import Writes
from tests.tui.fixture_library import ENGLISH_KEY, RUSSIAN_KEY


class HeldRefresh:
    """Stands in for refresh_auto_exports: records each call; the first waits for ``release``."""

    def __init__(self) -> None:
        self.calls: list[tuple[list[str], list[str]]] = []
        self.entered = threading.Event()
        self.release = threading.Event()

    def __call__(self, library: Library, changed: list[str], removed: list[str], **kw: Any) -> list[str]:
        self.calls.append((changed, removed))
        self.entered.set()
        assert self.release.wait(10)
        return []


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> HeldRefresh:
    import biblio.library.autoexport

    fake = HeldRefresh()
    monkeypatch.setattr(biblio.library.autoexport, "refresh_auto_exports", fake)
    return fake


def test_a_write_only_requests_the_refresh(library_root: Path, held: HeldRefresh) -> None:
    writes = Writes(Config(library=library_root), on_error=lambda text: None)
    writes.started()
    uid = writes.write(lambda lib: lib.get(ENGLISH_KEY).uid)
    writes.write(lambda lib: lib.remove([ENGLISH_KEY]))
    assert held.calls == [] and writes.busy
    held.release.set()
    writes.finished()
    assert held.calls == [([], [uid])] and not writes.busy and writes.refreshes == 1


def test_requests_during_a_refresh_are_merged_into_one(library_root: Path, held: HeldRefresh) -> None:
    writes = Writes(Config(library=library_root), on_error=lambda text: None)
    writes.request(["a"], [])
    first = threading.Thread(target=writes.drain)
    first.start()
    assert held.entered.wait(10)
    writes.request(["b"], [])
    writes.request(["c"], ["d"])
    writes.drain()  # another thread is refreshing: returns at once, the request stays queued for it
    assert len(held.calls) == 1
    held.release.set()
    first.join(10)
    assert held.calls == [(["a"], []), (["b", "c"], ["d"])]
    writes.drain()
    assert len(held.calls) == 2  # nothing left to do


def test_flush_waits_for_the_writes_under_way(library_root: Path, held: HeldRefresh) -> None:
    held.release.set()
    writes = Writes(Config(library=library_root), on_error=lambda text: None)
    writes.started()  # a write handed to a worker
    flushed = threading.Event()

    def flush() -> None:
        writes.flush()
        flushed.set()

    waiter = threading.Thread(target=flush)
    waiter.start()
    assert not flushed.wait(0.2)
    writes.write(lambda lib: lib.remove([ENGLISH_KEY]))
    writes.finished()  # the worker ends (running the refresh its write asked for)
    waiter.join(10)
    assert flushed.is_set() and len(held.calls) == 1


def test_flush_runs_a_requested_refresh_itself(library_root: Path, held: HeldRefresh) -> None:
    held.release.set()
    writes = Writes(Config(library=library_root), on_error=lambda text: None)
    writes.request(["x"], [])
    writes.flush()
    assert held.calls == [(["x"], [])] and not writes.busy


def test_refresh_errors_go_to_on_error(library_root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import biblio.library.autoexport

    monkeypatch.setattr(biblio.library.autoexport, "refresh_auto_exports", lambda *a, **k: ["/x.bib: disk full"])
    errors: list[str] = []
    writes = Writes(Config(library=library_root), on_error=errors.append)
    writes.request([], [RUSSIAN_KEY])
    writes.drain()
    assert errors == ["/x.bib: disk full"]


def test_a_library_that_cannot_be_opened_is_an_error_not_a_crash(tmp_path: Path) -> None:
    errors: list[str] = []
    writes = Writes(Config(library=tmp_path / "gone"), on_error=errors.append)
    writes.request(["a"], [])
    writes.drain()
    assert len(errors) == 1 and "no library" in errors[0] and not writes.busy


def test_a_request_arriving_as_the_last_refresh_ends_still_runs(library: Library, held: HeldRefresh) -> None:
    """A request that lands after the refresh loop saw nothing pending, before it let go, is not left waiting."""
    writes = Writes(library.config, on_error=lambda message: None)
    held.release.set()
    drain_pending = writes._refresh_pending

    def refresh_then_a_late_request() -> None:
        drain_pending()
        if len(held.calls) == 1:
            writes.request(["late"], [])

    writes._refresh_pending = refresh_then_a_late_request  # type: ignore[method-assign]
    writes.request(["first"], [])
    writes.drain()
    assert held.calls == [(["first"], []), (["late"], [])]
    assert not writes.busy
