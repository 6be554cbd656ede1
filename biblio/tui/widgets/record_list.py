"""The record list: a Line-API widget that paints only the visible rows of any number of records.

It holds the ordered row ids and asks ``fetch`` for the summaries of the rows it is about to
paint, caching them; 100,000 records cost one list of ints, never 100,000 widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from biblio.library.browsing import RowSummary
from biblio.tui.messages import MarksChanged, RecordChosen, RecordHighlighted

Fetch = Callable[[Sequence[int]], dict[int, RowSummary]]
COLUMNS = ("key", "author", "year", "title", "type", "lang")
_CACHE_LIMIT = 5000
_PREFETCH = 40


def column_widths(width: int) -> list[int]:
    """Widths of key, author, year, title, type and lang for a list ``width`` cells wide (mark column apart)."""
    usable = max(width - 2 - 5, 20)  # mark column and five separators
    key = min(24, max(8, usable * 22 // 100))
    author = min(20, max(6, usable * 17 // 100))
    kind = 8 if usable > 60 else 7
    title = max(usable - key - author - 4 - kind - 3, 4)
    return [key, author, 4, title, kind, 3]


def fit(text: str, width: int) -> str:
    """``text`` cut (with an ellipsis) or padded to exactly ``width`` cells (CJK counts double)."""
    if cell_len(text) > width:
        return set_cell_size(text, max(width - 1, 0)) + "…"
    return set_cell_size(text, width)


def row_cells(row: RowSummary) -> list[str]:
    """The column texts of one row."""
    return [row.key, row.author, str(row.year or ""), row.title, row.type, row.language]


class RecordList(ScrollView, can_focus=True):
    """A virtual list of records with a cursor and marks."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", show=False, id="list.down"),
        Binding("k,up", "cursor_up", "Up", show=False, id="list.up"),
        Binding("pagedown,ctrl+f", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("pageup,ctrl+b", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("home,g", "first", "First", show=False, id="list.first"),
        Binding("end,G", "last", "Last", show=False, id="list.last"),
        Binding("space", "toggle_mark", "Mark", id="list.mark"),
        Binding("enter", "choose", "Open", show=False, id="list.open"),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "record-list--header",
        "record-list--cursor",
        "record-list--marked",
        "record-list--dim",
    }
    DEFAULT_CSS = """
    RecordList { background: $surface; }
    RecordList > .record-list--header { text-style: bold; color: $text-accent; background: $panel; }
    RecordList > .record-list--cursor { background: $block-cursor-blurred-background; }
    RecordList:focus > .record-list--cursor { background: $block-cursor-background; color: $block-cursor-foreground; }
    RecordList > .record-list--marked { color: $text-warning; text-style: bold; }
    RecordList > .record-list--dim { color: $text-muted; }
    """

    cursor: reactive[int] = reactive(0, always_update=True, init=False)

    def __init__(self, fetch: Fetch, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._fetch = fetch
        self.ids: list[int] = []
        self.marked: set[int] = set()
        self._rows: dict[int, RowSummary] = {}

    # ---- data ---------------------------------------------------------------------------------
    def set_ids(self, ids: list[int], keep: int | None = None) -> None:
        """Show these rows; the cursor goes to row id ``keep`` if present, else to the top."""
        self.ids = ids
        self.virtual_size = Size(self.size.width, len(ids) + 1)
        position = self.index_of(keep) if keep is not None else None
        self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor = position or 0
        self.refresh()

    def index_of(self, row_id: int) -> int | None:
        """The position of a row id in the list."""
        try:
            return self.ids.index(row_id)
        except ValueError:
            return None

    def forget(self, row_ids: Sequence[int] = ()) -> None:
        """Drop cached summaries (all, or of these rows) so they are read again."""
        if row_ids:
            for row_id in row_ids:
                self._rows.pop(row_id, None)
        else:
            self._rows.clear()
        self.refresh()

    @property
    def current_id(self) -> int | None:
        """The row id under the cursor."""
        return self.ids[self.cursor] if 0 <= self.cursor < len(self.ids) else None

    def summary(self, row_id: int) -> RowSummary | None:
        """The (cached) summary of a row."""
        if row_id not in self._rows:
            self._load_around(self.index_of(row_id) or 0)
        return self._rows.get(row_id)

    def _load_around(self, index: int) -> None:
        start = max(index - _PREFETCH // 4, 0)
        wanted = [i for i in self.ids[start : start + self.size.height + _PREFETCH] if i not in self._rows]
        if len(self._rows) > _CACHE_LIMIT:
            self._rows.clear()
        if wanted:
            self._rows.update(self._fetch(wanted))

    # ---- cursor -------------------------------------------------------------------------------
    def watch_cursor(self, value: int) -> None:
        clamped = min(max(value, 0), max(len(self.ids) - 1, 0))
        if clamped != value:
            self.cursor = clamped
            return
        self._scroll_to_cursor()
        self.refresh()
        row_id = self.current_id
        row = self.summary(row_id) if row_id is not None else None
        self.post_message(RecordHighlighted(row.uid if row else ""))

    def _scroll_to_cursor(self) -> None:
        visible = max(self.size.height - 1, 1)
        top = round(self.scroll_y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False, immediate=True)

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_page_down(self) -> None:
        self.cursor += max(self.size.height - 2, 1)

    def action_page_up(self) -> None:
        self.cursor -= max(self.size.height - 2, 1)

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self.ids) - 1

    def action_toggle_mark(self) -> None:
        row_id = self.current_id
        if row_id is None:
            return
        self.marked.symmetric_difference_update({row_id})
        self.post_message(MarksChanged(len(self.marked)))
        self.cursor += 1

    def action_choose(self) -> None:
        row_id = self.current_id
        row = self.summary(row_id) if row_id is not None else None
        if row:
            self.post_message(RecordChosen(row.uid))

    def on_click(self, event: events.Click) -> None:
        row = round(self.scroll_y) + event.y - 1
        if 0 <= row < len(self.ids) and event.y >= 1:
            if row == self.cursor and event.chain > 1:
                self.action_choose()
            self.cursor = row

    # ---- painting -----------------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        widths = column_widths(width)
        if y == 0:
            style = self.get_component_rich_style("record-list--header")
            return self._strip(" ", [c.upper() if c != "lang" else "LNG" for c in COLUMNS], widths, style, width)
        index = round(self.scroll_y) + y - 1
        if index >= len(self.ids):
            return Strip.blank(width, self.rich_style)
        row_id = self.ids[index]
        row = self._rows.get(row_id)
        if row is None:
            self._load_around(index)
            row = self._rows.get(row_id)
        cells = row_cells(row) if row else ["…"] + [""] * 5
        return self._strip("*" if row_id in self.marked else " ", cells, widths, self._row_style(index, row_id), width)

    def _row_style(self, index: int, row_id: int) -> Style:
        style = self.rich_style
        if row_id in self.marked:
            style += self.get_component_rich_style("record-list--marked")
        if index == self.cursor:
            style += self.get_component_rich_style("record-list--cursor")
        return style

    @staticmethod
    def _strip(mark: str, cells: list[str], widths: list[int], style: Style, width: int) -> Strip:
        text = mark + " " + " ".join(fit(cell, w) for cell, w in zip(cells, widths, strict=True))
        return Strip([Segment(fit(text, width), style)], width)

    def on_resize(self, event: events.Resize) -> None:
        self.virtual_size = Size(event.size.width, len(self.ids) + 1)
        self._scroll_to_cursor()
