"""The add-a-source dialog: a path, URL, DOI or ISBN; the import runs in a worker thread, errors show in place."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, ProgressBar, Static
from textual.worker import get_current_worker

from biblio.errors import BiblioError
from biblio.tui.screens.dialogs import DIALOG_CSS

if TYPE_CHECKING:
    from collections.abc import Callable

    from biblio.config import Config
    from biblio.library import Library
    from biblio.reports import AddReport
    from biblio.tui.writes import Writes


def import_source(config: Config, source: str, progress: Callable[[int, int], None]) -> AddReport:
    """Import a file, web page URL, DOI or ``isbn:…`` as `biblio add` does, with a connection of its own
    (the caller's thread may not share the app's)."""
    from biblio.library import Library

    with Library(config) as library:
        return add_source(library, source, progress)


def add_source(library: Library, source: str, progress: Callable[[int, int], None]) -> AddReport:
    """Import a file, web page URL, DOI or ``isbn:…`` into ``library`` as `biblio add` does."""
    from biblio.library.adding import AddOptions

    return library.add(source, AddOptions(progress=progress))


class AddScreen(ModalScreen["AddReport | None"]):
    """Ask for a file and import it; dismisses with the report, stays open on an error."""

    SCOPED_CSS = False  # DIALOG_CSS styles the dialog box by its type selectors
    DEFAULT_CSS = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="add.cancel")]

    def __init__(self, config: Config, writes: Writes | None = None) -> None:
        super().__init__()
        self.config = config
        self.writes = writes  # given: the import waits for other writes and defers its auto-export refresh

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Add a source (BibTeX, RIS, CNKI, NoteExpress, CSL-JSON, PDF, web page ...)", classes="title")
            yield Input(placeholder="a file path (also a PDF), a URL, a DOI (10.…) or isbn:…", id="path")
            yield ProgressBar(id="progress", show_eta=False)
            yield Static("", id="status")

    def on_mount(self) -> None:
        self.query_one("#progress").display = False

    @on(Input.Submitted, "#path")
    def _submitted(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if not text:
            self._fail("Give a file path, a URL, a DOI or isbn:….")
            return
        self.query_one("#status", Static).update(f"Importing {escape(text)} …")
        self.query_one("#progress").display = True
        event.input.disabled = True
        if self.writes is not None:
            self.writes.started()
        self._import(text)

    @work(thread=True, exclusive=True, group="add")
    def _import(self, source: str) -> None:
        try:
            self._run_import(source)
        finally:
            if self.writes is not None:
                self.writes.finished()  # the auto-export refresh runs here, after the dialog closed

    def _run_import(self, source: str) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            self.app.call_from_thread(self._step, done, total)

        try:
            if self.writes is None:
                report = import_source(self.config, source, progress)
            else:
                report = self.writes.write(lambda library: add_source(library, source, progress))
        except BiblioError as exc:
            if not worker.is_cancelled:
                self.app.call_from_thread(self._fail, str(exc))
            return
        except Exception as exc:  # an importer bug: report it, keep the app alive
            self.app.call_from_thread(self._fail, f"internal error: {type(exc).__name__}: {exc}")
            return
        if not worker.is_cancelled:
            self.app.call_from_thread(self.dismiss, report)

    def _step(self, done: int, total: int) -> None:
        self.query_one("#progress", ProgressBar).update(total=total, progress=done)

    def _fail(self, message: str) -> None:
        box = self.query_one("#path", Input)
        box.disabled = False
        box.focus()
        self.query_one("#progress").display = False
        self.query_one("#status", Static).update(f"[b $text-error]Cannot add:[/] {escape(message)}")
        self.app.notify(message, title="Cannot add", severity="error")

    def action_cancel(self) -> None:
        self.workers.cancel_group(self, "add")
        self.dismiss(None)
