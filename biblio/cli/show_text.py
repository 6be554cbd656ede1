"""A record as readable text and as the full JSON of ``biblio show --format json``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from biblio.model import LangText, Name, Record
from biblio.model.serialize import record_to_dict

if TYPE_CHECKING:
    from biblio.library import Library


def record_as_json(record: Record, library: Library) -> dict[str, Any]:
    """The internal record, with link targets and citing records resolved to keys."""
    data = record_to_dict(record)
    if record.fulltext:
        data["fulltext"] = record.fulltext
    data["links"] = [
        {"kind": link.kind.value, "target": link.target, "key": library.key_of(link.target)} for link in record.links
    ]
    data["cited_by"] = [library.key_of(uid) for uid in library.cited_by(record.uid)]
    return data


def _texts(values: tuple[LangText, ...]) -> str:
    return " | ".join(f"{v.value} [{v.lang}]" if v.lang else v.value for v in values)


def _name(name: Name) -> str:
    text = name.display()
    extras = [x for x in (name.romanized, name.original) if x and x != text]
    if name.nationality:
        text = f"({name.nationality}) {text}"
    return f"{text} ({', '.join(extras)})" if extras else text


def record_as_text(record: Record, library: Library) -> str:
    """Field: value lines, multilingual values side by side, links by key."""
    lines = [f"{record.key}  [{record.type.value}]"]

    def add(label: str, value: str) -> None:
        if value:
            lines.append(f"  {label:<12} {value}")

    add("title", _texts(record.title))
    add("subtitle", _texts(record.subtitle))
    for label, names in (("author", record.authors), ("editor", record.editors), ("translator", record.translators)):
        add(label, "; ".join(_name(n) for n in names))
    add("in", _texts(record.container))
    for label in ("volume", "number", "pages", "pagetotal", "edition", "publisher", "place", "institution", "genre"):
        add(label, str(getattr(record, label)))
    for label in ("date", "urldate", "origdate", "url", "doi", "isbn", "issn", "language", "series", "note"):
        add(label, str(getattr(record, label)))
    add("keywords", "; ".join(f"{k.value}" for k in record.keywords))
    for item in record.abstract:
        add(f"abstract{f' [{item.lang}]' if item.lang else ''}", item.value)
    for funding in record.funding:
        add("funding", funding.text or " / ".join(x for x in (funding.funder, funding.project, funding.grant) if x))
    for name, value in record.identifiers.items():
        add(name, value)
    for name, value in record.extra.items():
        add(name, value)
    for link in record.links:
        add(link.kind.value, library.key_of(link.target) or link.target)
    for uid in library.cited_by(record.uid):
        add("cited by", library.key_of(uid) or uid)
    add("tags", ", ".join(record.tags))
    add("user note", record.user_note)
    for attachment in record.attachments:
        add("file", f"{attachment.description} ({attachment.path})" if attachment.description else attachment.path)
    if record.provenance:
        p = record.provenance
        add("source", f"{p.origin} ({p.importer} {p.importer_version}; kept as {p.source}) {p.imported_at}".strip())
    add("added", record.added)
    add("modified", record.modified)
    if record.fulltext:
        add("full text", f"{len(record.fulltext)} characters")
    return "\n".join(lines) + "\n"
