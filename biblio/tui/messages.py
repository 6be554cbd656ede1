"""Messages the TUI's widgets send to their screen (dataclasses, as Textual allows)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from textual.message import Message

from biblio.library.browsing import ListFilter


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


@dataclass
class WriteDone(Message):
    """A library write run in a worker finished (``failed``: ``text`` is the error), sent to the main screen."""

    title: str
    text: str
    failed: bool
    then: Callable[[], None] | None = None  # run on the UI thread after a successful write


@dataclass
class RefreshFailed(Message):
    """An auto-export could not be refreshed (sent to the app from the refreshing thread)."""

    text: str
