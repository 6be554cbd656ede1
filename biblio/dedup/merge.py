"""Merging two records of the same work without losing anything (the record logic; the use case that
stores and undoes a merge is :mod:`biblio.library.dedup`).

The kept record takes every value it lacks from the removed one; a value both have but that differs
is kept in ``extra`` as ``merged_<field>`` (names, titles and dicts as JSON), and so is the removed
record's provenance. Links to the removed record are redirected to the kept one. The log row holds
the kept record as it was and the removed record whole (JSON, with its key, uid, links, tags and the
links that pointed to it), so ``undo`` restores both exactly.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Any

from biblio.model import Record
from biblio.model.serialize import record_to_dict

PREFIX = "merged_"
_SKIP = frozenset({"uid", "key", "added", "modified", "links", "tags", "provenance", "extra", "csl_extra", "latex"})


def _as_text(value: Any) -> str:
    """A field value as text for ``extra``: strings as they are, structured values as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(_plain(value), ensure_ascii=False)


def _plain(value: Any) -> Any:
    """A JSON-able form of a field value (names, LangTexts, funding, attachments)."""
    from dataclasses import asdict, is_dataclass

    if is_dataclass(value) and not isinstance(value, type):
        return {k: v for k, v in asdict(value).items() if v}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def _merge_dict(kept: dict[str, Any], other: dict[str, Any]) -> dict[str, Any]:
    merged = dict(kept)
    for name, value in other.items():
        if name not in merged or merged[name] in ("", None):
            merged[name] = value
        elif merged[name] != value:
            merged[f"{PREFIX}{name}"] = value
    return merged


def _merge_multi(kept: tuple[Any, ...], other: tuple[Any, ...]) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
    """LangText tuples: add values in languages the kept record lacks; return (merged, conflicting)."""
    langs = {v.lang for v in kept}
    added = tuple(v for v in other if v.lang not in langs)
    conflicts = tuple(v for v in other if v.lang in langs and v not in kept)
    return kept + added, conflicts


def merged_record(kept: Record, other: Record) -> Record:
    """``kept`` completed with everything ``other`` has (differences kept under ``merged_*`` in extra)."""
    extra = _merge_dict(kept.extra, other.extra)
    for f in fields(Record):
        if f.name in _SKIP:
            continue
        mine, theirs = getattr(kept, f.name), getattr(other, f.name)
        if not theirs or mine == theirs:
            continue
        if not mine:
            setattr(kept, f.name, theirs)
        elif isinstance(mine, tuple):
            value, conflicts = _merge_multi(mine, theirs)
            setattr(kept, f.name, value)
            if conflicts:
                extra[f"{PREFIX}{f.name}"] = _as_text(conflicts)
        elif isinstance(mine, dict):
            setattr(kept, f.name, _merge_dict(mine, theirs))
        else:
            extra[f"{PREFIX}{f.name}"] = _as_text(theirs)
    if other.provenance is not None:
        extra[f"{PREFIX}provenance"] = _as_text(other.provenance)
    extra[f"{PREFIX}from"] = other.key
    kept.extra = extra
    kept.csl_extra = _merge_dict(kept.csl_extra, other.csl_extra)
    kept.latex = {**other.latex, **kept.latex}
    kept.tags = list(dict.fromkeys([*kept.tags, *other.tags]))
    own = [link for link in other.links if link.target != kept.uid]
    kept.links = list(dict.fromkeys([*kept.links, *own]))
    return kept


def full_json(record: Record) -> dict[str, Any]:
    """The record as the merge log keeps it: its JSON form with the full text."""
    data = record_to_dict(record)
    if record.fulltext:
        data["fulltext"] = record.fulltext
    return data
