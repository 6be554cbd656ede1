"""Snapshots (pytest-textual-snapshot) at 80x24: the main screen, the CNKI record's detail, the help screen.

Regenerate after an intended change with ``pytest tests/tui/test_snapshots.py --snapshot-update``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from biblio.library import Library
from biblio.tui.app import BiblioApp, make_app
from tests.tui.conftest import shown_keys
from tests.tui.fixture_library import CNKI_KEY

SnapCompare = Callable[..., bool]
SIZE = (80, 24)


async def _ready(pilot: Pilot[Any]) -> None:
    await pilot.pause(0.2)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def _open_cnki(pilot: Pilot[Any]) -> None:
    await _ready(pilot)
    app = pilot.app
    assert isinstance(app, BiblioApp)
    app.main_screen.records_list.cursor = shown_keys(app).index(CNKI_KEY)
    await pilot.pause()


def test_main_screen(snap_compare: SnapCompare, library: Library) -> None:
    assert snap_compare(make_app(library), terminal_size=SIZE, run_before=_ready)


def test_cnki_detail(snap_compare: SnapCompare, library: Library) -> None:
    # 40 lines so the detail pane shows both abstracts side by side and the three cited works
    assert snap_compare(make_app(library), terminal_size=(100, 48), run_before=_open_cnki, press=["enter"])


def test_help_screen(snap_compare: SnapCompare, library: Library) -> None:
    assert snap_compare(make_app(library), terminal_size=SIZE, run_before=_ready, press=["question_mark"])
