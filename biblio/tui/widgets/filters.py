"""The collapsible filter sidebar: language, type, year range, tag."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Label, Select, SelectionList

from biblio.library.browsing import Facets, ListFilter
from biblio.tui.messages import FiltersChanged


def parse_year(text: str) -> int | None:
    """A year typed in a box, or None if empty or not a number."""
    text = text.strip()
    if text.lstrip("-").isdigit():
        return int(text)
    return None


class FilterSidebar(VerticalScroll):
    """Filters over the record list; sends :class:`FiltersChanged` whenever one changes."""

    DEFAULT_CSS = """
    FilterSidebar { width: 28; border-right: solid $primary-muted; padding: 0 1; }
    FilterSidebar Label { text-style: bold; color: $text-accent; margin-top: 1; }
    FilterSidebar SelectionList { height: auto; max-height: 8; border: none; padding: 0; }
    FilterSidebar Horizontal { height: 1; }
    FilterSidebar Horizontal Input { width: 1fr; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._ready = False

    def compose(self) -> ComposeResult:
        yield Label("Language")
        yield SelectionList[str](id="f-lang", compact=True)
        yield Label("Type")
        yield SelectionList[str](id="f-type", compact=True)
        yield Label("Year")
        with Horizontal():
            yield Input(placeholder="from", id="f-from", compact=True, restrict=r"-?\d{0,4}")
            yield Input(placeholder="to", id="f-to", compact=True, restrict=r"-?\d{0,4}")
        yield Label("Tag")
        yield Select[str]([], id="f-tag", prompt="any tag", compact=True)

    def set_facets(self, facets: Facets) -> None:
        """Offer the library's values (keeps nothing selected)."""
        self._ready = False
        for box, values in (("#f-lang", facets.languages), ("#f-type", facets.types)):
            selection = self.query_one(box, SelectionList)
            selection.clear_options()
            selection.add_options([(f"{v or '(none)'} ({n})", v) for v, n in values])
        self.query_one("#f-tag", Select).set_options([(f"{t} ({n})", t) for t, n in facets.tags])
        low, high = facets.years
        self.query_one("#f-from", Input).placeholder = str(low) if low is not None else "from"
        self.query_one("#f-to", Input).placeholder = str(high) if high is not None else "to"
        self._ready = True

    def current(self) -> ListFilter:
        """The filter the widgets describe."""
        tag = self.query_one("#f-tag", Select).value
        return ListFilter(
            languages=tuple(self.query_one("#f-lang", SelectionList).selected),
            types=tuple(self.query_one("#f-type", SelectionList).selected),
            year_from=parse_year(self.query_one("#f-from", Input).value),
            year_to=parse_year(self.query_one("#f-to", Input).value),
            tag=tag if isinstance(tag, str) else "",
        )

    @on(SelectionList.SelectedChanged)
    @on(Input.Changed)
    @on(Select.Changed)
    def _changed(self) -> None:
        if self._ready:
            self.post_message(FiltersChanged(self.current()))
