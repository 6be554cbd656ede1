"""Record <-> JSON-able dict: the store's format and ``biblio show --format json``.

Empty values are omitted, so the dict stays small and readable.
"""

from __future__ import annotations

from dataclasses import fields
from operator import attrgetter
from typing import Any

from biblio.model.names import Name
from biblio.model.record import Attachment, Funding, Link, LinkKind, Provenance, Record
from biblio.model.text import LangText
from biblio.model.types import EntryType

_MULTI = ("title", "subtitle", "container", "abstract", "keywords")
_NAMES = ("authors", "editors", "translators")
_PLAIN_DICTS = ("identifiers", "extra", "csl_extra", "latex")
_NAME_FIELDS = tuple(f.name for f in fields(Name))
_SCALARS = tuple(
    f.name
    for f in fields(Record)
    if f.name not in (*_MULTI, *_NAMES, *_PLAIN_DICTS, "type", "funding", "provenance", "links", "tags", "attachments")
)
# One C call reads all fields of a kind (every import serializes every record: two getattr calls per
# field in Python cost as much as the JSON encoding that follows).
_name_values = attrgetter(*_NAME_FIELDS)
_scalar_values = attrgetter(*_SCALARS)
_multi_values = attrgetter(*_MULTI)
_names_values = attrgetter(*_NAMES)
_dict_values = attrgetter(*_PLAIN_DICTS)
_PROVENANCE_FIELDS = tuple(f.name for f in fields(Provenance))
_provenance_values = attrgetter(*_PROVENANCE_FIELDS)


def _texts_out(values: tuple[LangText, ...]) -> list[dict[str, str]]:
    return [{"value": v.value, "lang": v.lang} if v.lang else {"value": v.value} for v in values]


def _texts_in(items: Any) -> tuple[LangText, ...]:
    return tuple(LangText(str(i["value"]), str(i.get("lang", ""))) for i in items or ())


def name_to_dict(name: Name) -> dict[str, str]:
    """A name as a dict without empty parts."""
    return {k: v for k, v in zip(_NAME_FIELDS, _name_values(name), strict=True) if v}


def name_from_dict(data: dict[str, Any]) -> Name:
    """The inverse of :func:`name_to_dict`."""
    return Name(**{k: str(v) for k, v in data.items() if k in _NAME_FIELDS})


def record_to_dict(record: Record) -> dict[str, Any]:
    """The full record as JSON-able data (omits empty values)."""
    out: dict[str, Any] = {"type": record.type.value}
    out.update((k, v) for k, v in zip(_SCALARS, _scalar_values(record), strict=True) if v)
    out.update((k, _texts_out(v)) for k, v in zip(_MULTI, _multi_values(record), strict=True) if v)
    out.update((k, [name_to_dict(n) for n in v]) for k, v in zip(_NAMES, _names_values(record), strict=True) if v)
    out.update((k, dict(v)) for k, v in zip(_PLAIN_DICTS, _dict_values(record), strict=True) if v)
    out.update(_structured_parts(record))
    return out


def _structured_parts(record: Record) -> dict[str, Any]:
    parts: dict[str, Any] = {}
    if record.funding:
        parts["funding"] = [{k: v for k, v in _funding_items(f) if v} for f in record.funding]
    if record.provenance:
        parts["provenance"] = {k: v for k, v in _provenance_items(record.provenance) if v}
    if record.links:
        parts["links"] = [{"kind": link.kind.value, "target": link.target} for link in record.links]
    if record.tags:
        parts["tags"] = list(record.tags)
    if record.attachments:
        parts["attachments"] = [{k: v for k, v in _attachment_items(a) if v} for a in record.attachments]
    return parts


def _funding_items(f: Funding) -> list[tuple[str, str]]:
    return [("funder", f.funder), ("project", f.project), ("grant", f.grant), ("text", f.text)]


def _provenance_items(p: Provenance) -> list[tuple[str, str]]:
    return list(zip(_PROVENANCE_FIELDS, _provenance_values(p), strict=True))


def _attachment_items(a: Attachment) -> list[tuple[str, str]]:
    return [("path", a.path), ("mime", a.mime), ("description", a.description), ("sha256", a.sha256)]


def record_from_dict(data: dict[str, Any]) -> Record:
    """The inverse of :func:`record_to_dict`; unknown keys are ignored."""
    record = Record(type=EntryType.parse(str(data.get("type", "misc"))))
    for name in _SCALARS:
        if name in data:
            setattr(record, name, data[name])
    for name in _MULTI:
        if name in data:
            setattr(record, name, _texts_in(data[name]))
    for name in _NAMES:
        if name in data:
            setattr(record, name, [name_from_dict(n) for n in data[name]])
    for name in _PLAIN_DICTS:
        if name in data:
            setattr(record, name, dict(data[name]))
    record.funding = [Funding(**f) for f in data.get("funding", ())]
    if data.get("provenance"):
        record.provenance = Provenance(**data["provenance"])
    record.links = [Link(LinkKind(i["kind"]), i["target"]) for i in data.get("links", ())]
    record.tags = list(data.get("tags", ()))
    record.attachments = [Attachment(**a) for a in data.get("attachments", ())]
    return record
