"""A record as Rich renderables for the detail pane: citation, fields with languages side by side."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from biblio.model import LangText, Name, Record

STYLES = ("auto", "gbt7714", "chicago")
KeyOf = Callable[[str], "str | None"]

_MULTI = (("title", "title"), ("subtitle", "subtitle"), ("container", "in"), ("abstract", "abstract"))
_SCALARS = (
    ("date", "date"),
    ("volume", "volume"),
    ("number", "number"),
    ("pages", "pages"),
    ("edition", "edition"),
    ("series", "series"),
    ("publisher", "publisher"),
    ("place", "place"),
    ("institution", "institution"),
    ("genre", "genre"),
    ("doi", "doi"),
    ("isbn", "isbn"),
    ("issn", "issn"),
    ("url", "url"),
    ("urldate", "urldate"),
    ("language", "language"),
    ("note", "note"),
    ("user_note", "my note"),
)


@dataclass(frozen=True, slots=True)
class Citation:
    """A formatted citation, or why there is none."""

    text: str
    style: str
    available: bool


def format_citation(record: Record, style: str, key_of: KeyOf) -> Citation:
    """The record formatted in ``style`` by biblio.export.styles, if that module is present."""
    try:
        from biblio.export.styles import format_citation as formatter  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return Citation("", style, False)
    try:
        text = str(formatter(record, style=style, fmt="text", key_of=key_of))
    except Exception as exc:  # a style bug must not take the browser down
        return Citation(f"(cannot format: {exc})", style, False)
    return Citation(text, style, True)


def names_text(names: Sequence[Name]) -> str:
    """Names for display, with romanization and nationality where known."""
    parts = []
    for name in names:
        text = name.display()
        if name.nationality:
            text = f"({name.nationality}) {text}"
        extra = name.original or (name.romanized if name.romanized != text else "")
        parts.append(f"{text} [{extra}]" if extra else text)
    return "; ".join(parts)


def side_by_side(values: Sequence[LangText]) -> RenderableType:
    """Values in several languages in columns next to each other."""
    if len(values) == 1:
        return Text(values[0].value)
    grid = Table.grid(expand=True, padding=(0, 2))
    for _ in values:
        grid.add_column(ratio=1, overflow="fold")
    grid.add_row(*(_tagged(v) for v in values))
    return grid


def _tagged(value: LangText) -> Table:
    """A value with its language tag in a column of its own (an unbroken CJK run folds beside it)."""
    cell = Table.grid(padding=(0, 1))
    cell.add_column(style="dim", no_wrap=True)
    cell.add_column(overflow="fold")
    cell.add_row(value.lang or "?", value.value)
    return cell


def field_rows(record: Record) -> Iterator[tuple[str, RenderableType]]:
    """(label, value) for every non-empty field, in reading order."""
    yield "key", Text(record.key, style="bold")
    yield "type", Text(record.type.value)
    for label, names in (("author", record.authors), ("editor", record.editors), ("translator", record.translators)):
        if names:
            yield label, Text(names_text(names))
    for attr, label in _MULTI:
        values = getattr(record, attr)
        if values:
            yield label, side_by_side(values)
    for attr, label in _SCALARS:
        value = getattr(record, attr)
        if value:
            yield label, Text(value)
    yield from _structured_rows(record)


def _structured_rows(record: Record) -> Iterator[tuple[str, RenderableType]]:
    if record.keywords:
        yield "keywords", side_by_side(_group_by_lang(record.keywords))
    for funding in record.funding:
        parts = [funding.funder, funding.project, funding.grant]
        yield "funding", Text(" · ".join(p for p in parts if p) or funding.text)
    if record.tags:
        yield "tags", Text(", ".join(record.tags), style="italic")
    for name, value in sorted({**record.identifiers, **record.extra}.items()):
        yield name, Text(value)
    if record.provenance:
        p = record.provenance
        yield "source", Text(" · ".join(x for x in (p.importer, p.origin, p.source, p.imported_at) if x))
    if record.fulltext:
        yield "full text", Text(f"{len(record.fulltext)} characters kept", style="dim")
    for number, attachment in enumerate(record.attachments, 1):
        name = attachment.description or attachment.path.rsplit("/", 1)[-1]
        hint = ("  (o opens)", "dim") if number == 1 else ("", "")
        yield "file", Text.assemble(name, (f"  {attachment.path}", "dim"), hint)
    if record.added:
        yield "added", Text(record.added, style="dim")


def _group_by_lang(values: Sequence[LangText]) -> list[LangText]:
    """Keywords joined per language ("中亚; 多元平衡" / "Central Asia")."""
    order: dict[str, list[str]] = {}
    for item in values:
        order.setdefault(item.lang, []).append(item.value)
    return [LangText("; ".join(words), lang) for lang, words in order.items()]


def fields_table(record: Record) -> Table:
    """All fields as a two-column table."""
    table = Table.grid(expand=True, padding=(0, 1))
    table.add_column(style="bold", width=11, no_wrap=True)
    table.add_column(ratio=1, overflow="fold")
    for label, value in field_rows(record):
        table.add_row(label, value)
    return table


def citation_block(citation: Citation) -> RenderableType:
    """The citation line with its style name."""
    head = Text(f"{citation.style} ", style="dim")
    if not citation.text:
        return Text.assemble(head, ("(formatted citations not available yet)", "dim italic"))
    return Group(head, Text(citation.text))
