"""The help screen: every key binding of the browser, grouped by where it works."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from biblio.tui.screens.dialogs import DIALOG_CSS

INTRO = (
    "biblio — browse, search, read and export your library. "
    "Type in the search box to run the query language of `biblio search` "
    '(words, "phrases", author:张宁, year:2020..2024, lang:zh, AND/OR/NOT).'
)


def binding_rows(groups: Iterable[tuple[str, Iterable[BindingType]]]) -> Table:
    """A table of (where, keys, what) for the given binding lists."""
    table = Table(box=None, expand=True, show_header=True, header_style="bold", padding=(0, 1))
    table.add_column("where", style="dim", no_wrap=True)
    table.add_column("keys", style="bold", no_wrap=True)
    table.add_column("does", ratio=1)
    for where, bindings in groups:
        for item in bindings:
            if isinstance(item, Binding) and item.description:
                table.add_row(where, " ".join(k.strip() for k in item.key.split(",")), item.description)
    return table


class HelpScreen(ModalScreen[None]):
    """Bindings of the list, the screen and the app."""

    SCOPED_CSS = False  # DIALOG_CSS styles the dialog box by its type selectors
    DEFAULT_CSS = (
        DIALOG_CSS + "HelpScreen > Vertical { width: 90%; height: 90%; } HelpScreen #help-body { height: 1fr; }"
    )
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape,q,question_mark,f1", "close", "Close", id="help.close")]

    def __init__(self, groups: list[tuple[str, list[BindingType]]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("Help — escape closes", classes="title")
            with VerticalScroll(id="help-body"):
                yield Static(INTRO)
                yield Static(binding_rows(self.groups))

    def on_mount(self) -> None:
        self.query_one("#help-body").focus()

    def action_close(self) -> None:
        self.dismiss(None)
