"""Messages the TUI's widgets send to their screen (dataclasses, as Textual allows)."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from biblio.store.listing import ListFilter


@dataclass
class RecordHighlighted(Message):
    """The list cursor moved to a record (``uid`` is empty when the list is empty)."""

    uid: str


@dataclass
class RecordChosen(Message):
    """Enter was pressed on a record in the list."""

    uid: str


@dataclass
class MarksChanged(Message):
    """The set of marked records changed."""

    count: int


@dataclass
class JumpTo(Message):
    """Open another record (a cited, citing or translated work) from the detail pane."""

    uid: str


@dataclass
class FiltersChanged(Message):
    """The sidebar's filter changed."""

    filter: ListFilter
