"""The browser's edits and tags keep what another process changed in the record meanwhile (no lost update)."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from biblio.config import Config
from biblio.library import Library
from biblio.library.editing import apply_edits
from biblio.tui.app import make_app
from biblio.tui.screens.edit import EditScreen
from tests.tui.conftest import move_to, run_async, settle
from tests.tui.fixture_library import ENGLISH_KEY, RUSSIAN_KEY


def _edit_elsewhere(root: Path, key: str, field: str, value: str) -> None:
    """``biblio edit KEY field=value`` as another process would run it (its own connection)."""
    with Library(Config(library=root), create=False) as other:
        other.update(key, lambda record: apply_edits(record, [(field, "", value)]))


async def _form_for(pilot: Pilot[None], key: str) -> EditScreen:
    """Open the edit form of ``key`` from the list."""
    await settle(pilot)
    await move_to(pilot, key)
    await pilot.press("e")
    form = pilot.app.screen
    assert isinstance(form, EditScreen)
    return form


@run_async
async def test_a_form_saved_after_another_edit_keeps_both(library: Library, library_root: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=(100, 40)) as pilot:
        form = await _form_for(pilot, ENGLISH_KEY)
        _edit_elsewhere(library_root, ENGLISH_KEY, "volume", "77")  # while the form is open
        form.query_one("#field-title-en", Input).value = "The Belt and Road"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, EditScreen)
    with Library(Config(library=library_root)) as reopened:
        record = reopened.get(ENGLISH_KEY)
        assert (record.main_title(), record.volume) == ("The Belt and Road", "77")


@run_async
async def test_tags_added_elsewhere_survive_tagging(library: Library, library_root: Path) -> None:
    app = make_app(library)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before = {key: set(library.get(key).tags) for key in (ENGLISH_KEY, RUSSIAN_KEY)}
        await move_to(pilot, ENGLISH_KEY)
        await pilot.press("space")
        await move_to(pilot, RUSSIAN_KEY)
        _edit_elsewhere(library_root, ENGLISH_KEY, "tags", ",".join(sorted(before[ENGLISH_KEY] | {"keep"})))
        await pilot.press("space", "t", *"todo", "enter")
        await settle(pilot)
    assert library.get(ENGLISH_KEY).tags == sorted(before[ENGLISH_KEY] | {"keep", "todo"})
    assert library.get(RUSSIAN_KEY).tags == sorted(before[RUSSIAN_KEY] | {"todo"})
