"""The main screen: search box, filter sidebar, virtual record list, detail pane."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.markup import escape
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Footer, Input, Static
from textual.worker import get_current_worker

from biblio.errors import BiblioError
from biblio.library.browsing import RELEVANCE, ListFilter, open_reader
from biblio.model import Record
from biblio.tui.detail_text import STYLES, format_citation
from biblio.tui.messages import FiltersChanged, JumpTo, MarksChanged, RecordChosen, RecordHighlighted, WriteDone
from biblio.tui.query import QueryOutcome, Searcher
from biblio.tui.screens.actions import ActionsMixin
from biblio.tui.widgets.detail import DetailPane, linked_works
from biblio.tui.widgets.filters import FilterSidebar
from biblio.tui.widgets.record_list import RecordList

if TYPE_CHECKING:
    from biblio.library import Library
    from biblio.tui.writes import Writes

SEARCH_DELAY = 0.08  # seconds of quiet typing before the query runs
# seconds the full pass (exact count, 1000 hits) waits after the quick one: a keystroke meanwhile cancels it,
# so the next keystroke's quick pass does not queue behind a full search of a query already retyped
FULL_DELAY = 0.1
SORT_ORDER = ("added", "year", "author", "title")
SEARCH_HINT = '/ search: words, author:张宁, year:2020..2024, "exact phrase"'


class MainScreen(ActionsMixin, Screen[None]):
    """Browse, search and act on the library."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("slash", "focus_search", "Search", id="main.search"),
        Binding("escape", "leave", "List", show=False, id="main.leave"),
        Binding("s", "cycle_sort", "Sort", id="main.sort"),
        Binding("f", "toggle_filters", "Filters", id="main.filters"),
        Binding("enter", "open_links", "Links", show=False, id="main.links"),
        Binding("backspace,b", "back", "Back", show=False, id="main.back"),
        Binding("c", "cycle_style", "Style", show=False, id="main.style"),
        Binding("x", "export", "Export", id="main.export"),
        Binding("y", "copy_key", "Copy key", show=False, id="main.copy_key"),
        Binding("Y", "copy_citation", "Copy citation", show=False, id="main.copy_citation"),
        Binding("a", "add", "Add", id="main.add"),
        Binding("e", "edit", "Edit", id="main.edit"),
        Binding("d", "delete", "Delete", show=False, id="main.delete"),
        Binding("t", "tag", "Tag", show=False, id="main.tag"),
        Binding("v", "view_source", "Source", show=False, id="main.source"),
        Binding("o", "open_attachment", "Open file", show=False, id="main.open_file"),
        Binding("u", "clear_marks", "Unmark all", show=False, id="main.unmark"),
    ]

    def __init__(self, library: Library, writes: Writes) -> None:
        super().__init__()
        self.library = library
        self.writes = writes  # edits, deletes, tags and imports run through it, off the UI thread
        self.reader = open_reader(library)
        self.searcher = Searcher(library.config, on_rebuild=self._rebuilding)
        self.filter = ListFilter()
        self.sort = "added"
        self.query_text = ""
        self.outcome = QueryOutcome([], 0, 0, False)
        self.style_name = STYLES[0]
        self.current: Record | None = None
        self.history: list[str] = []
        self._timer: Timer | None = None
        self._searching = False

    def compose(self) -> ComposeResult:
        yield Input(placeholder=SEARCH_HINT, id="search", compact=True)
        with Horizontal(id="body"):  # the filter sidebar is mounted on first use (start-up stays fast)
            with Vertical(id="main"):
                yield Static("", id="status")
                yield RecordList(self.reader.summaries, id="records")
                yield DetailPane(id="detail")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(RecordList).focus()
        self.refresh_list()

    def on_unmount(self) -> None:
        self.searcher.close()
        self.reader.close()

    # ---- the list -----------------------------------------------------------------------------
    @property
    def records_list(self) -> RecordList:
        """The record list widget."""
        return self.query_one(RecordList)

    def refresh_list(self, keep: int | None = None) -> None:
        """Run the current query, filter and sort (in a worker) and show the result."""
        self._run_query(self.query_text, self.filter, self.sort, keep)

    @work(thread=True, exclusive=True, group="query")
    def _run_query(self, text: str, flt: ListFilter, sort: str, keep: int | None) -> None:
        try:
            first = None
            if text:  # the best hits first, then the full list
                first = self.searcher.run(self.reader, text, flt, sort, quick=True)
            elif keep is None or not self.records_list.ids:  # start-up, a cleared search box, a new
                first = self.searcher.first_page(self.reader, flt, sort)  # filter: the first rows at once
            if first is not None:
                self.app.call_from_thread(self._show_outcome, text, first, keep)
                if first.complete or get_current_worker().cancelled_event.wait(FULL_DELAY if text else 0):
                    return
            outcome = self.searcher.run(self.reader, text, flt, sort)
        except BiblioError as exc:
            self.app.call_from_thread(self._query_failed, text, str(exc))
            return
        except Exception as exc:  # a bug below must not take the browser down
            self.app.call_from_thread(self._query_failed, text, f"search failed: {type(exc).__name__}: {exc}")
            return
        self.app.call_from_thread(self._show_outcome, text, outcome, keep)

    def _rebuilding(self) -> None:
        """Tell the user why the first search takes a while (called from the query worker)."""
        message = "Building the search index — the first search waits for it; the list stays usable."
        self.app.call_from_thread(self.notify, message, title="Search index", timeout=10)

    def _show_outcome(self, text: str, outcome: QueryOutcome, keep: int | None) -> None:
        if text != self.query_text:
            return  # an older query finished after a newer one was typed
        self.outcome = outcome
        if keep is None:
            keep = self.records_list.current_id
        self.records_list.set_ids(outcome.ids, keep)
        if not outcome.ids:
            self._show_record(None)
        self._update_status()

    def _query_failed(self, text: str, message: str) -> None:
        if text == self.query_text:
            self.query_one("#status", Static).update(f"[b $text-error]{escape(message)}[/]")

    def _update_status(self) -> None:
        shown = len(self.outcome.ids)
        loading = "" if self.outcome.complete or self.query_text else " (loading…)"
        parts = [f"{shown} record{'s' if shown != 1 else ''}{loading}"]
        if self.query_text:
            more = f" (best {self.outcome.fetched})" if not self.outcome.complete else ""
            about = "" if self.outcome.exact else "≈"
            parts[0] = f"{about}{self.outcome.total} hits{more} · {shown} shown"
        parts.append(f"sort: {self.sort}")
        if self.filter.active:
            parts.append("filtered")
        if self.records_list.marked:
            parts.append(f"{len(self.records_list.marked)} marked")
        self.query_one("#status", Static).update(" · ".join(parts))

    # ---- search -------------------------------------------------------------------------------
    @on(Input.Changed, "#search")
    def _search_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value.strip()
        self.workers.cancel_group(self, "query")  # a search under way skips its full pass: its text is gone
        if self._timer is not None:
            self._timer.stop()
        self._timer = self.set_timer(SEARCH_DELAY, self._search_now)

    def _search_now(self) -> None:
        if self.query_text and not self._searching:
            self.sort = RELEVANCE  # a new search starts ranked; s switches to another order
        elif not self.query_text and self.sort == RELEVANCE:
            self.sort = SORT_ORDER[0]
        self._searching = bool(self.query_text)
        if self.query_text:
            self.query_one("#status", Static).update(f"searching for {escape(self.query_text)} …")
        self.refresh_list()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.records_list.focus()

    def action_focus_search(self) -> None:
        self.query_one("#search", Input).focus()

    def action_leave(self) -> None:
        if self.focused is not self.records_list:
            self.records_list.focus()

    def action_cycle_sort(self) -> None:
        order = (RELEVANCE, *SORT_ORDER) if self.query_text else SORT_ORDER
        self.sort = order[(order.index(self.sort) + 1) % len(order)] if self.sort in order else order[0]
        self.refresh_list()

    async def action_toggle_filters(self) -> None:
        found = self.query(FilterSidebar)
        if not found:
            sidebar = FilterSidebar(id="filters")
            await self.query_one("#body").mount(sidebar, before="#main")
            self._load_facets()
        else:
            sidebar = found.first()
            sidebar.display = not sidebar.display
        if sidebar.display:
            sidebar.query_one("#f-lang").focus()
        else:
            self.records_list.focus()

    @work(thread=True, exclusive=True, group="facets")
    def _load_facets(self) -> None:
        facets = self.reader.facets()
        self.app.call_from_thread(lambda: self.query_one(FilterSidebar).set_facets(facets))

    @on(FiltersChanged)
    def _filters_changed(self, event: FiltersChanged) -> None:
        self.filter = event.filter
        self.refresh_list()

    # ---- detail -------------------------------------------------------------------------------
    @on(RecordHighlighted)
    def _highlighted(self, event: RecordHighlighted) -> None:
        if not event.uid or (self.current and self.current.uid == event.uid):
            return
        self._show_record(self.library.get_uid(event.uid))

    def _show_record(self, record: Record | None) -> None:
        self.current = record
        pane = self.query_one(DetailPane)
        if record is None:
            pane.show(None, format_citation(Record(), self.style_name, self.library.key_of), [])
            return
        citation = format_citation(record, self.style_name, self.library.key_of)
        pane.show(record, citation, linked_works(self.library, record))

    def reload_current(self) -> None:
        """Read the shown record again (after an edit)."""
        uid = self.current.uid if self.current else ""
        self.current = None
        self._show_record(self.library.get_uid(uid) if uid else None)

    @on(RecordChosen)
    def action_open_links(self) -> None:
        if not self.query_one(DetailPane).focus_links():
            self.notify("This record has no linked works.", timeout=2)

    @on(JumpTo)
    def _jump(self, event: JumpTo) -> None:
        self.go_to(event.uid, remember=True)

    def go_to(self, uid: str, *, remember: bool) -> None:
        """Show the record ``uid``; put the list cursor on it if the list holds it."""
        target = self.library.get_uid(uid)
        if target is None:
            self.notify("That record is not in the library.", severity="warning")
            return
        if remember and self.current is not None:
            self.history.append(self.current.uid)
        self._show_record(target)
        row_id = self.reader.id_of_uid(uid)
        position = self.records_list.index_of(row_id) if row_id is not None else None
        if position is not None:
            self.records_list.cursor = position

    def action_back(self) -> None:
        if not self.history:
            self.notify("Nothing to go back to.", timeout=2)
            return
        self.go_to(self.history.pop(), remember=False)
        self.records_list.focus()

    def action_cycle_style(self) -> None:
        self.style_name = STYLES[(STYLES.index(self.style_name) + 1) % len(STYLES)]
        self.reload_current()

    @on(MarksChanged)
    def _marks_changed(self) -> None:
        self._update_status()

    @on(WriteDone)
    def _on_write_done(self, message: WriteDone) -> None:
        self._write_done(message)
