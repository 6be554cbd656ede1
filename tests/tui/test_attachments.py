"""Pilot: a PDF added through the add dialog, its attachment in the detail pane, opened with `o` (recording opener)."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from biblio.library import Library
from biblio.tui.app import make_app
from biblio.tui.screens.add import AddScreen
from biblio.tui.widgets.detail import DetailPane
from tests.pdfgen.build import PdfBuilder
from tests.tui.conftest import move_to, run_async, settle, shown_keys, static_text
from tests.tui.fixture_library import ENGLISH_KEY


def _recording_opener(tmp_path: Path) -> Path:
    log = tmp_path / "opened.txt"
    script = tmp_path / "opener.sh"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$1" >> "{log}"\n', encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return log


@run_async
async def test_add_a_pdf_see_its_file_and_open_it(
    library: Library, pdfs: PdfBuilder, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = _recording_opener(tmp_path)
    monkeypatch.setenv("BIBLIO_OPENER", str(tmp_path / "opener.sh"))
    monkeypatch.setenv("BIBLIO_OFFLINE", "1")
    before = len(list(library.records()))
    app = make_app(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("a")
        app.screen.query_one("#path", Input).value = str(pdfs.path("zh_long"))
        await pilot.press("enter")
        for _ in range(20):
            await settle(pilot)
            if not isinstance(app.screen, AddScreen):
                break
        assert not isinstance(app.screen, AddScreen)
        assert len(shown_keys(app)) == before + 1
        key = next(k for k in shown_keys(app) if k.startswith("zhang2024"))
        await move_to(pilot, key)
        await settle(pilot)
        fields = static_text(app.main_screen.query_one(DetailPane).query_one("#fields", Static))
        assert "zh_long.pdf" in fields and "(o opens)" in fields and "files/" in fields
        await pilot.press("o")
        await settle(pilot)
        [opened] = log.read_text(encoding="utf-8").split()
        assert Path(opened).read_bytes() == pdfs.bytes("zh_long")
        assert Path(opened).is_relative_to(library.root / "files")


@run_async
async def test_open_without_attachments_says_so(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    log = _recording_opener(tmp_path)
    monkeypatch.setenv("BIBLIO_OPENER", str(tmp_path / "opener.sh"))
    app = make_app(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await move_to(pilot, ENGLISH_KEY)
        await pilot.press("o")
        await settle(pilot)
        assert not log.exists()
        assert any("has no attached files" in str(n.message) for n in app._notifications)


@pytest.mark.parametrize(("answer", "deleted"), [("y", True), ("n", False)])
@run_async
async def test_delete_asks_about_attached_files(library: Library, tmp_path: Path, answer: str, deleted: bool) -> None:
    from biblio.library.attachments import attach, attachment_paths
    from biblio.tui.screens.dialogs import ConfirmScreen

    note = tmp_path / "notes.txt"
    note.write_text("reading notes on the record", encoding="utf-8")
    attach(library, ENGLISH_KEY, [note])
    [stored] = attachment_paths(library, ENGLISH_KEY)
    app = make_app(library)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await move_to(pilot, ENGLISH_KEY)
        await pilot.press("d", "y")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        assert "notes.txt" in app.screen.question
        await pilot.press(answer)
        for _ in range(10):
            await settle(pilot)
            if ENGLISH_KEY not in shown_keys(app):
                break
        assert ENGLISH_KEY not in shown_keys(app)
    assert stored.exists() is not deleted
