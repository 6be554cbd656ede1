"""The Textual application and the :func:`make_app` factory shared by the CLI and the tests."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual import on, work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.theme import Theme

from biblio.config import load_settings, save_setting, settings_path
from biblio.tui.messages import RefreshFailed
from biblio.tui.screens.help import HelpScreen
from biblio.tui.screens.main import MainScreen
from biblio.tui.widgets.record_list import RecordList
from biblio.tui.writes import Writes

if TYPE_CHECKING:
    from biblio.library import Library

THEMES = ("textual-dark", "textual-light", "nord", "gruvbox", "tokyo-night", "solarized-light")


class BiblioApp(App[None]):
    """Browse, search, read and export a biblio library."""

    TITLE = "biblio"
    CSS_PATH = "app.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit"),
        Binding("question_mark,f1", "help", "Help", id="app.help"),
        Binding("T", "next_theme", "Theme", show=False, id="app.theme"),
    ]

    def __init__(self, library: Library, settings: Path | None = None) -> None:
        super().__init__()
        self.library = library
        self.writes = Writes(library.config, on_error=self._refresh_failed)
        self._quitting = False
        self.settings = settings or settings_path()
        saved = load_settings(self.settings).get("theme", "")
        if saved in self.available_themes:  # an unknown or corrupt value keeps the default
            self.theme = saved
        self._saved_theme = self.theme

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.push_screen(MainScreen(self.library, self.writes))

    async def action_quit(self) -> None:
        """Quit once the writes and auto-export refreshes under way are done (the UI stays live meanwhile)."""
        if not self.writes.busy:
            self.exit()
        elif not self._quitting:
            self._quitting = True
            self.notify("Finishing the writes and auto-export refreshes under way …", title="Quit", timeout=30)
            self._quit_after_writes()

    @work(thread=True, group="quit")
    def _quit_after_writes(self) -> None:
        self.writes.flush()
        self.call_from_thread(self.exit)

    async def on_unmount(self) -> None:
        await asyncio.to_thread(self.writes.flush)  # any other way out: no refresh is lost either

    def _refresh_failed(self, text: str) -> None:
        try:
            self.post_message(RefreshFailed(text))  # from the refreshing thread
        except RuntimeError:  # the event loop is closed: the error is kept with the export (`biblio exports`)
            pass

    @on(RefreshFailed)
    def _show_refresh_failure(self, message: RefreshFailed) -> None:
        self.notify(message.text, title="Auto-export not refreshed", severity="error", timeout=10)

    def _remember_theme(self, theme: Theme) -> None:
        """Save the theme (``T``, the palette's theme picker) for the next launch."""
        if theme.name == self._saved_theme:
            return
        try:
            save_setting("theme", theme.name, self.settings)
        except OSError as exc:
            self.notify(f"cannot save the theme to {self.settings}: {exc.strerror or exc}", severity="warning")
            return
        self._saved_theme = theme.name

    @property
    def main_screen(self) -> MainScreen:
        """The main screen (wherever the focus is)."""
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        raise LookupError("main screen not mounted")

    def action_help(self) -> None:
        if isinstance(self.screen, HelpScreen):
            return
        groups: list[tuple[str, list[BindingType]]] = [
            ("list", list(RecordList.BINDINGS)),
            ("main", list(MainScreen.BINDINGS)),
            ("app", [*self.BINDINGS, Binding("ctrl+p", "command_palette", "Command palette")]),
        ]
        self.push_screen(HelpScreen(groups))

    def action_next_theme(self) -> None:
        names = [t for t in THEMES if t in self.available_themes]
        current = names.index(self.theme) if self.theme in names else -1
        self.theme = names[(current + 1) % len(names)]
        self.notify(f"Theme: {self.theme}", timeout=2)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        yield from super().get_system_commands(screen)
        if not isinstance(screen, MainScreen):
            return
        for title, help_text, action in (
            ("Export records", "Write marked or matching records (BibTeX, BibLaTeX, CSL-JSON)", screen.action_export),
            ("Add a source", "Import a file, web page, DOI or ISBN into the library", screen.action_add),
            ("Edit record", "Edit the fields of the selected record", screen.action_edit),
            ("Delete records", "Delete the marked records (or the selected one)", screen.action_delete),
            ("Tag records", "Add or remove tags on the marked records (or the selected one)", screen.action_tag),
            ("Copy citation key", "Copy the selected record's key to the clipboard", screen.action_copy_key),
            ("Copy citation", "Copy the formatted citation to the clipboard", screen.action_copy_citation),
            ("Cycle sort order", "added, year, author, title (relevance while searching)", screen.action_cycle_sort),
            ("Toggle filters", "Show or hide the filter sidebar", screen.action_toggle_filters),
            ("Cycle citation style", "auto, GB/T 7714, Chicago", screen.action_cycle_style),
            ("View kept source", "Show the source document the record was imported from", screen.action_view_source),
            ("Help", "Show the key bindings", self.action_help),
        ):
            yield SystemCommand(title, help_text, action)


def make_app(library: Library, settings: Path | None = None) -> BiblioApp:
    """The browser for an open library (the caller closes the library afterwards).

    ``settings`` is the per-user settings file (default: :func:`biblio.config.settings_path`).
    """
    return BiblioApp(library, settings)
