"""The detail pane: formatted citation, every field, and the linked works (enter opens one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.widgets import Label, OptionList, Static
from textual.widgets.option_list import Option

from biblio.model import LinkKind, Record
from biblio.tui.detail_text import Citation, citation_block, fields_table
from biblio.tui.messages import JumpTo

if TYPE_CHECKING:
    from biblio.library import Library


@dataclass(frozen=True, slots=True)
class LinkedWork:
    """One related record as the pane lists it."""

    relation: str  # "cites", "cited by", "translation of", "translated as"
    uid: str
    label: str


def linked_works(library: Library, record: Record) -> list[LinkedWork]:
    """Works this record cites, works citing it, its originals and translations."""
    from biblio.library.browsing import translated_as

    found: list[LinkedWork] = []
    outgoing = {LinkKind.CITES: "cites", LinkKind.TRANSLATION_OF: "translation of", LinkKind.RELATED: "related"}
    for link in record.links:
        found.append(LinkedWork(outgoing[link.kind], link.target, _label(library, link.target)))
    for uid in library.cited_by(record.uid):
        found.append(LinkedWork("cited by", uid, _label(library, uid)))
    for uid in translated_as(library, record.uid):
        found.append(LinkedWork("translated as", uid, _label(library, uid)))
    return found


def _label(library: Library, uid: str) -> str:
    other = library.get_uid(uid)
    if other is None:
        return f"(missing record {uid[:8]})"
    author = other.first_author()
    who = author.sort_form() if author else ""
    return " ".join(x for x in (other.key, "·", who, str(other.year or ""), other.main_title()) if x)


class DetailPane(VerticalScroll):
    """Shows one record (tab focuses it for scrolling with j/k); the links list takes enter for jumping."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "scroll_down", "Scroll down", show=False, id="detail.down"),
        Binding("k", "scroll_up", "Scroll up", show=False, id="detail.up"),
    ]
    DEFAULT_CSS = """
    DetailPane { border-top: solid $primary-muted; padding: 0 1; }
    DetailPane #citation { margin-bottom: 1; }
    DetailPane #links-label { margin-top: 1; text-style: bold; color: $text-accent; }
    DetailPane #links { height: auto; max-height: 12; border: none; padding: 0; }
    DetailPane #empty { color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.record: Record | None = None
        self.links: list[LinkedWork] = []

    def compose(self) -> ComposeResult:
        yield Static("No record selected.", id="empty")
        yield Static(id="citation")
        yield Static(id="fields")
        yield Label("", id="links-label")
        yield OptionList(id="links")

    def show(self, record: Record | None, citation: Citation, links: list[LinkedWork]) -> None:
        """Display ``record`` (None clears the pane)."""
        self.record, self.links = record, links
        self.query_one("#empty").display = record is None
        for name in ("#citation", "#fields", "#links-label", "#links"):
            self.query_one(name).display = record is not None
        if record is None:
            return
        self.query_one("#citation", Static).update(citation_block(citation))
        self.query_one("#fields", Static).update(fields_table(record))
        self._show_links(links)
        self.scroll_home(animate=False)

    def _show_links(self, links: list[LinkedWork]) -> None:
        label = self.query_one("#links-label", Label)
        options = self.query_one("#links", OptionList)
        options.clear_options()
        counts = {r: sum(1 for w in links if w.relation == r) for r in dict.fromkeys(w.relation for w in links)}
        summary = ", ".join(f"{r} {n}" for r, n in counts.items())
        label.update(f"Linked works ({summary}) — enter opens, backspace returns" if links else "No linked works")
        options.display = bool(links)
        options.add_options(
            Option(Text.assemble((f"{w.relation:<13} ", "dim"), w.label), id=f"{i}:{w.uid}")
            for i, w in enumerate(links)
        )

    def focus_links(self) -> bool:
        """Move the focus to the linked works; False if there are none."""
        options = self.query_one("#links", OptionList)
        if not self.links:
            return False
        options.focus()
        if options.highlighted is None:
            options.highlighted = 0
        return True

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        self.post_message(JumpTo(option_id.partition(":")[2]))
