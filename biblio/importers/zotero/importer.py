"""Zotero item JSON importer: the items of Zotero's web API and translator tests (``itemType``, ``creators`` ...).

Accepted shapes: an array of items, one item, ``{"items": [...]}``, and the web API's entries that hold
the item under ``data``. Each item's type is mapped by :mod:`.types`, each field by :data:`.fields.FIELDS`,
each creator by its ``creatorType`` (:data:`.fields.CREATORS`). Nothing is dropped silently: a field
with no mapping is kept as ``extra["zotero-<field>"]``, a value whose slot is already taken as
``extra["<field>"]``, an unparsable date as ``extra["date_unparsed"]`` — each with a warning.
Tags become keywords, child notes the user's note, ``extra`` lines biblio has slots for
(``original-date: 1905``, ``PMID: …``) go to them and the other lines to ``note``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from biblio.errors import InputError
from biblio.importers.base import ImportResult, Problem
from biblio.importers.fieldmap import fix_title
from biblio.importers.zotero.fields import CREATORS, FIELDS, NOT_FIELDS
from biblio.importers.zotero.sniff import sniff_zotero_json
from biblio.importers.zotero.types import KEPT_TYPES, NOT_WORKS, TYPES, entry_type
from biblio.importers.zotero.values import (
    creator_name,
    extra_lines,
    parse_access_date,
    parse_date,
    parse_language,
    person_text,
)
from biblio.jsonsafe import JsonError, load
from biblio.model import LangText, Name, Provenance, Record
from biblio.model.script import guess_language

IMPORTER_VERSION = "1"
_MULTILINGUAL = ("title", "container", "abstract")
_PEOPLE_LISTS = ("authors", "editors", "translators")


class ZoteroJsonImporter:
    """Zotero item JSON (web API, translator tests, Zotero's own JSON)."""

    name = "zotero-json"
    version = IMPORTER_VERSION
    suffixes: tuple[str, ...] = (".json",)

    def sniff(self, text: str) -> float:
        """High for JSON whose first keys include ``itemType`` and ``creators`` or ``title``."""
        return sniff_zotero_json(text)

    def parse(self, text: str) -> ImportResult:
        """Records and problems from the whole text; InputError if it is not JSON or holds no items."""
        try:
            loaded = load(text.lstrip("\ufeff"))
        except JsonError as exc:
            raise InputError(f"not Zotero JSON: {exc}") from None
        result = ImportResult()
        if loaded.replaced:
            result.problems.append(Problem(loaded.warning("input"), severity="warning"))
        for number, entry in enumerate(_items(loaded.value), 1):
            item = entry["data"] if isinstance(entry, dict) and isinstance(entry.get("data"), dict) else entry
            if not isinstance(item, dict) or not isinstance(item.get("itemType"), str):
                result.problems.append(Problem(f"item {number}: not a Zotero item (no itemType)", raw=_raw(item)))
                continue
            if item["itemType"] in NOT_WORKS:
                message = f"item {number}: a Zotero {item['itemType']} item is not a work; not imported"
                result.problems.append(Problem(message, raw=_raw(item), severity="warning"))
                continue
            built = _Builder(item, number)
            result.records.append(built.record())
            result.problems += [Problem(f"item {number}: {m}", severity="warning") for m in built.warnings]
        return result


def _items(value: Any) -> list[Any]:
    if isinstance(value, list):
        return value
    if isinstance(value, dict) and isinstance(value.get("items"), list):
        return list(value["items"])
    if isinstance(value, dict):
        return [value]
    raise InputError("not Zotero JSON: expected an array of items or an item object")


def _raw(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False)[:2000]


def _text(value: Any) -> str:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


@dataclass
class _Builder:
    """One item's record and the warnings about values kept aside."""

    item: dict[str, Any]
    number: int
    warnings: list[str] = field(default_factory=list)
    rec: Record = field(default_factory=Record)

    def record(self) -> Record:
        kind = self.item["itemType"]
        rec = self.rec
        rec.type, biblatex, csl = entry_type(kind)
        if biblatex:
            rec.latex["@type"] = biblatex
        if csl:
            rec.csl_extra["type"] = csl
        if kind not in TYPES and kind not in KEPT_TYPES:
            self._keep("zotero-itemtype", kind, f"unknown Zotero item type {kind!r}: read as misc")
        rec.provenance = Provenance(
            importer="zotero-json", importer_version=IMPORTER_VERSION, locator=f"item {self.number}"
        )
        for name, value in self.item.items():
            if name in NOT_FIELDS:
                continue
            text = _text(value)
            if not text:
                continue
            target = FIELDS.get(name)
            if target is None:
                self._keep(f"zotero-{name}", text, f"Zotero field {name!r} has no biblio slot")
            else:
                self._put(name, target, text)
        self._creators()
        self._tags_and_notes()
        lang = rec.language or (guess_language(rec.title[0].value[:300]) if rec.title else "")
        for slot in _MULTILINGUAL:
            setattr(rec, slot, tuple(LangText(v.value, lang) for v in getattr(rec, slot)))
        return rec

    def _put(self, name: str, target: str, text: str) -> None:
        rec = self.rec
        if target == "extra":
            self._extra(text)
        elif target.startswith("extra:"):
            self._keep(target[6:], text, "")
        elif target.startswith("id:"):
            self._slot_dict(rec.identifiers, target[3:], text, name)
        elif target in _MULTILINGUAL:
            if getattr(rec, target):
                self._aside(name, text, target)
            else:
                setattr(rec, target, (LangText(fix_title(text) if target != "abstract" else text),))
        elif target in ("date", "urldate", "origdate"):
            self._date(name, target, text)
        elif target == "language":
            code = parse_language(text)
            if code:
                rec.language = code
            else:
                self._keep("language", text, f"language {text!r} has no BCP 47 code")
        elif getattr(rec, target) and getattr(rec, target) != text:
            self._aside(name, text, target)
        else:
            setattr(rec, target, text)

    def _date(self, name: str, target: str, text: str) -> None:
        rec = self.rec
        parsed = parse_access_date(text) if target == "urldate" else parse_date(text)
        if not parsed:
            self._keep("date_unparsed", text.removeprefix("0000 "), f"{name} {text!r} is not a date biblio reads")
        elif getattr(rec, target) and getattr(rec, target) != parsed:
            self._aside(name, text, target)
        else:
            setattr(rec, target, parsed)

    def _extra(self, text: str) -> None:
        mapped, rest = extra_lines(text)
        for target, value in mapped.items():
            self._put(f"extra {target}", target, value)
        if rest:
            self.rec.note = f"{self.rec.note}\n{rest}".strip() if self.rec.note else rest

    def _slot_dict(self, slots: dict[str, str], key: str, text: str, name: str) -> None:
        if slots.get(key, text) != text:
            self._aside(name, text, key)
        else:
            slots[key] = text

    def _aside(self, name: str, text: str, slot: str) -> None:
        key = name.lower().replace(" ", "-")
        self._keep(key, text, f"{name}: {slot} already holds another value")

    def _keep(self, key: str, text: str, why: str) -> None:
        """``text`` in ``extra[key]`` (after what is there, ``; `` between); a warning saying why, if any."""
        extra = self.rec.extra
        extra[key] = f"{extra[key]}; {text}" if extra.get(key) and extra[key] != text else text
        if why:
            self.warnings.append(f"{why}; kept as extra[{key!r}]")

    def _creators(self) -> None:
        creators = self.item.get("creators")
        if not isinstance(creators, list):
            if creators not in (None, ""):
                self._keep("zotero-creators", _text(creators), "creators is not a list")
            return
        for creator in creators:
            if not isinstance(creator, dict):
                self._keep("zotero-creators", _text(creator), "a creator is not an object")
                continue
            name = creator_name(creator)
            if name is None:
                continue
            role = _text(creator.get("creatorType")) or "author"
            target = CREATORS.get(role)
            if target in _PEOPLE_LISTS:
                people: list[Name] = getattr(self.rec, target)
                people.append(name)
            elif target is not None:
                self._keep(target[6:], person_text(name), "")
            else:
                self._keep(f"zotero-{role}", person_text(name), f"creator type {role!r} has no biblio role")

    def _tags_and_notes(self) -> None:
        words: list[str] = []
        for tag in _list(self.item.get("tags")):
            word = _text(tag.get("tag") if isinstance(tag, dict) else tag)
            if word and word not in words:
                words.append(word)
        self.rec.keywords = tuple(LangText(w) for w in words)
        notes = [_text(n.get("note") if isinstance(n, dict) else n) for n in _list(self.item.get("notes"))]
        self.rec.user_note = "\n\n".join(n for n in notes if n)
        for name in ("attachments", "seeAlso", "relations", "collections"):
            value = self.item.get(name)
            if value:
                self._keep(f"zotero-{name}", _text(value), f"{name} are not imported")


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value in (None, "") else [value]
