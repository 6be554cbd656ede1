"""The edit form: one input per field (one per language for multilingual ones), validated on save."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, Static

from biblio.errors import UsageError
from biblio.model import LangText, Record
from biblio.tui.screens.dialogs import DIALOG_CSS

_SCALARS = ("date", "volume", "number", "pages", "publisher", "place", "institution", "doi", "isbn", "url", "language")
_MULTI = (("title", "title"), ("container", "journal"), ("abstract", "abstract"))


@dataclass(frozen=True, slots=True)
class FormField:
    """One input of the form: the ``biblio edit`` field name, its language and initial value."""

    name: str
    lang: str
    label: str
    initial: str

    @property
    def widget_id(self) -> str:
        """A DOM id for the input."""
        return f"field-{self.name}-{self.lang or 'x'}"


def _langs(values: tuple[LangText, ...], record: Record) -> list[str]:
    langs = [v.lang for v in values]
    return langs or [record.language]


def form_fields(record: Record) -> list[FormField]:
    """The editable fields of a record, with their current values."""
    names = " and ".join(n.sort_form() for n in record.authors)
    out = [
        FormField("key", "", "key", record.key),
        FormField("type", "", "type", record.type.value),
        FormField("author", "", "authors", names),
    ]
    for attr, label in _MULTI:
        values: tuple[LangText, ...] = getattr(record, attr)
        for lang in _langs(values, record):
            current = next((v.value for v in values if v.lang == lang), "")
            out.append(FormField(attr, lang, f"{label} ({lang})" if lang else label, current))
    out += [FormField(name, "", name, getattr(record, name)) for name in _SCALARS]
    keywords = ", ".join(k.value for k in record.keywords)
    out.append(FormField("keywords", "", "keywords", keywords))
    out.append(FormField("tags", "", "tags", ", ".join(record.tags)))
    out.append(FormField("user_note", "", "my note", record.user_note))
    return out


def changed_fields(fields: list[FormField], values: dict[str, str]) -> list[tuple[FormField, str]]:
    """The fields whose value differs from their initial one, with the new value."""
    changed = [(spec, values.get(spec.widget_id, spec.initial).strip()) for spec in fields]
    return [(spec, value) for spec, value in changed if value != spec.initial.strip()]


def apply_form(record: Record, fields: list[FormField], values: dict[str, str]) -> tuple[Record, dict[str, str]]:
    """The record with every changed field applied, and the errors by widget id (empty if all valid)."""
    from biblio.library.editing import apply_edit

    errors: dict[str, str] = {}
    for spec, value in changed_fields(fields, values):
        try:
            record = apply_edit(record, spec.name, spec.lang, value)
        except UsageError as exc:
            errors[spec.widget_id] = str(exc)
    return record, errors


class EditScreen(ModalScreen[Record | None]):
    """Edit a record; dismisses with the edited record (not yet saved) or None."""

    SCOPED_CSS = False  # DIALOG_CSS styles the dialog box by its type selectors
    DEFAULT_CSS = (
        DIALOG_CSS
        + """
    EditScreen > Vertical { width: 100; height: 90%; }
    EditScreen VerticalScroll { height: 1fr; }
    EditScreen .row { height: 1; margin-bottom: 1; }
    EditScreen .row Label { width: 16; }
    EditScreen .row Input { width: 1fr; }
    EditScreen Input.-invalid { border: none; background: $error 30%; }
    """
    )
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="edit.cancel"),
        Binding("ctrl+s", "save", "Save", id="edit.save"),
    ]

    def __init__(self, record: Record) -> None:
        super().__init__()
        self.record = record
        self.fields = form_fields(record)
        # what a save changed, as ``biblio edit`` assignments: applied to the record as stored when it is written
        self.edits: list[tuple[str, str, str]] = []

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(f"Edit {escape(self.record.key)} — ctrl+s saves, escape cancels", classes="title")
            with VerticalScroll():
                for spec in self.fields:
                    with Horizontal(classes="row"):
                        yield Label(spec.label)
                        yield Input(spec.initial, id=spec.widget_id, compact=True)
            yield Static("", classes="error", id="error")
            with Horizontal(classes="buttons"):
                yield Button("Cancel", id="cancel")
                yield Button("Save", id="save", variant="primary")

    @on(Button.Pressed, "#save")
    @on(Input.Submitted)
    def action_save(self) -> None:
        values = {spec.widget_id: self.query_one(f"#{spec.widget_id}", Input).value for spec in self.fields}
        edited, errors = apply_form(self.record, self.fields, values)
        for spec in self.fields:
            self.query_one(f"#{spec.widget_id}", Input).set_class(spec.widget_id in errors, "-invalid")
        if errors:
            first = next(iter(errors))
            self.query_one("#error", Static).update(escape(errors[first]))
            self.query_one(f"#{first}", Input).focus()
            return
        self.edits = [(spec.name, spec.lang, value) for spec, value in changed_fields(self.fields, values)]
        self.dismiss(edited)

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
