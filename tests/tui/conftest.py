"""A fixture library on disk and helpers to drive the app with Pilot."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import io
from collections.abc import Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any, ParamSpec

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from biblio.config import CONFIG_DIR_ENV, Config
from biblio.library import Library
from biblio.tui.app import BiblioApp
from biblio.tui.screens.main import MainScreen
from tests.tui.fixture_library import build_library


@pytest.fixture(autouse=True)
def config_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Per-user settings go to a temporary directory, never the real home (and start empty: default theme)."""
    path = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(path))
    return path


@pytest.fixture
def library_root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The fixture library's directory, also the working directory (exports land in ./exports)."""
    root = build_library(tmp_path / "lib")
    monkeypatch.chdir(root)
    return root


@pytest.fixture
def library(library_root: Path) -> Iterator[Library]:
    """The fixture library, open."""
    with Library(Config(library=library_root)) as opened:
        yield opened


async def settle(pilot: Pilot[None]) -> None:
    """Wait for the debounce timer and every worker (search, export, import) to finish.

    A worker of a dialog that was dismissed while the worker's thread was still finishing (the add
    dialog's import runs the auto-export refresh after dismissing) is cancelled by Textual with its
    screen; that is not a failure of the test, so each worker is awaited on its own.
    """
    from textual.worker import WorkerCancelled

    await pilot.pause(0.25)
    for worker in list(pilot.app.workers):
        with contextlib.suppress(WorkerCancelled):
            await worker.wait()
    await pilot.pause()


def main_screen(app: BiblioApp) -> MainScreen:
    """The app's main screen."""
    return app.main_screen


def shown_keys(app: BiblioApp) -> list[str]:
    """The keys in the record list, top to bottom."""
    listing = app.main_screen.records_list
    rows = app.main_screen.reader.summaries(listing.ids)
    return [rows[i].key for i in listing.ids]


async def move_to(pilot: Pilot[None], key: str) -> None:
    """Put the list cursor on the record with ``key``."""
    app = pilot.app
    assert isinstance(app, BiblioApp)
    index = shown_keys(app).index(key)
    app.main_screen.records_list.cursor = index
    await pilot.pause()


P = ParamSpec("P")


def run_async(test: Callable[P, Coroutine[Any, Any, None]]) -> Callable[P, None]:
    """Run an async test with asyncio (no async pytest plugin is needed)."""

    @functools.wraps(test)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> None:
        asyncio.run(test(*args, **kwargs))

    return wrapper


def static_text(widget: Static, width: int = 200) -> str:
    """What a Static shows, as plain text (Rich renderables rendered at ``width`` cells)."""
    from rich.console import Console

    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(widget.content)
    return console.export_text()
