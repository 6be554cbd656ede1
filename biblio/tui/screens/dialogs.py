"""Small modal dialogs: confirm, ask for a text, export, view a text."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Select, Static

EXPORT_FORMATS = (("BibLaTeX", "biblatex"), ("BibTeX", "bibtex"), ("CSL-JSON", "csl-json"))
SUFFIXES = {"biblatex": ".bib", "bibtex": ".bib", "csl-json": ".json"}

DIALOG_CSS = """
ModalScreen { align: center middle; }
ModalScreen > Vertical.dialog, ModalScreen > Vertical {
    width: 72; max-width: 100%; height: auto; max-height: 100%;
    border: thick $primary; background: $surface; padding: 0 1;
}
ModalScreen .title { text-style: bold; color: $text-accent; margin-bottom: 1; }
ModalScreen .error { color: $text-error; }
ModalScreen Horizontal.buttons { height: auto; align-horizontal: right; margin-top: 1; }
ModalScreen Button { margin-left: 1; }
"""


class ConfirmScreen(ModalScreen[bool]):
    """Yes or no."""

    SCOPED_CSS = False  # DIALOG_CSS styles the dialog box by its type selectors
    DEFAULT_CSS = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "No", id="confirm.no"),
        Binding("y", "answer(True)", "Yes", id="confirm.yes"),
    ]

    def __init__(self, question: str, yes: str = "Yes") -> None:
        super().__init__()
        self.question, self.yes = question, yes

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.question, classes="title")
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="no")
                yield Button(self.yes, id="yes", variant="error")

    def on_mount(self) -> None:
        self.query_one("#yes", Button).focus()

    @on(Button.Pressed)
    def _pressed(self, event: Button.Pressed) -> None:
        self.dismiss(event.button.id == "yes")

    def action_answer(self, value: bool) -> None:
        self.dismiss(value)


class PromptScreen(ModalScreen[str | None]):
    """Ask for one line of text."""

    SCOPED_CSS = False  # DIALOG_CSS styles the dialog box by its type selectors
    DEFAULT_CSS = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="prompt.cancel")]

    def __init__(self, title: str, value: str = "", placeholder: str = "") -> None:
        super().__init__()
        self.prompt_title, self.value, self.placeholder = title, value, placeholder

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.prompt_title, classes="title")
            yield Input(self.value, placeholder=self.placeholder, id="answer")

    @on(Input.Submitted)
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    """What the export dialog asked for."""

    fmt: str
    name: str
    scope: str  # "marked" or "matching"


class ExportScreen(ModalScreen[ExportRequest | None]):
    """Choose format, scope and file name."""

    SCOPED_CSS = False  # DIALOG_CSS styles the dialog box by its type selectors
    DEFAULT_CSS = DIALOG_CSS
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="export.cancel")]

    def __init__(self, marked: int, matching: int, default_name: str) -> None:
        super().__init__()
        self.marked, self.matching, self.default_name = marked, matching, default_name

    def compose(self) -> ComposeResult:
        scopes = [(f"all matching records ({self.matching})", "matching")]
        if self.marked:
            scopes.insert(0, (f"marked records ({self.marked})", "marked"))
        with Vertical():
            yield Static("Export to exports/", classes="title")
            yield Select(EXPORT_FORMATS, value="biblatex", allow_blank=False, id="format")
            yield Select(scopes, value=scopes[0][1], allow_blank=False, id="scope")
            yield Label("File name (enter writes):")
            yield Input(self.default_name, id="name")
            yield Static("", classes="error", id="error")

    def on_mount(self) -> None:
        self.query_one("#name", Input).focus()

    @on(Select.Changed, "#format")
    def _format_changed(self, event: Select.Changed) -> None:
        box = self.query_one("#name", Input)
        stem, dot, _ = box.value.rpartition(".")
        if dot and isinstance(event.value, str):
            box.value = stem + SUFFIXES[event.value]

    @on(Input.Submitted, "#name")
    def _submitted(self, event: Input.Submitted) -> None:
        name = event.value.strip()
        if not name:
            self.query_one("#error", Static).update("A file name is needed.")
            return
        fmt = str(self.query_one("#format", Select).value)
        scope = str(self.query_one("#scope", Select).value)
        self.dismiss(ExportRequest(fmt, name, scope))

    def action_cancel(self) -> None:
        self.dismiss(None)


class TextScreen(ModalScreen[None]):
    """A scrollable text (a kept source document)."""

    SCOPED_CSS = False  # DIALOG_CSS styles the dialog box by its type selectors
    DEFAULT_CSS = (
        DIALOG_CSS
        + """
    TextScreen > Vertical { width: 100%; height: 100%; }
    TextScreen VerticalScroll { height: 1fr; }
    """
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q", "close", "Close", id="text.close"),
        Binding("j", "scroll('down')", "Down", show=False),
        Binding("k", "scroll('up')", "Up", show=False),
    ]

    def __init__(self, title: str, text: str) -> None:
        super().__init__()
        self.text_title, self.text = title, text

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self.text_title, classes="title")
            with VerticalScroll(id="body"):
                yield Static(self.text, markup=False)

    def on_mount(self) -> None:
        self.query_one("#body").focus()

    def action_scroll(self, direction: str) -> None:
        body = self.query_one("#body", VerticalScroll)
        if direction == "down":
            body.scroll_down()
        else:
            body.scroll_up()

    def action_close(self) -> None:
        self.dismiss(None)
