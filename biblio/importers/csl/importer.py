"""CSL-JSON importer: a JSON array of CSL items, a single item, JSON lines, or items in a wrapper object.

The format is recognised by its shape and CSL keys (:mod:`biblio.importers.csl.shape`), not by the
presence of ``type`` and ``title``: many real items lack one of them.

Every CSL variable with a model slot is mapped; everything else is kept verbatim in
``Record.csl_extra`` (and a CSL type or keyword string biblio would write differently is kept there
too, so an unedited record exports as it came in). biblio's own extensions (``multi`` values in
other languages, ``biblio-funding``, ``biblio-identifiers``, name-level romanizations and markers)
are read back into their slots, so CSL-JSON -> library -> CSL-JSON loses nothing. Items are decoded one at a time with
``raw_decode``, so problems carry line numbers. ``id`` becomes the record key as is.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from biblio.csl.extensions import EXTENSIONS, take_extensions
from biblio.csl.values import take_variable
from biblio.csl.variables import variable_value
from biblio.errors import InputError
from biblio.importers.base import ImportResult, Problem
from biblio.importers.csl.shape import csl_score, unwrap
from biblio.jsonsafe import JsonError, check_depth, decode_item
from biblio.model import LangText, Provenance, Record
from biblio.model.script import guess_language

IMPORTER_VERSION = "1"
_DECODER = json.JSONDecoder()


class CslJsonImporter:
    """CSL-JSON (Zotero, Pandoc, citeproc)."""

    name = "csl-json"
    version = IMPORTER_VERSION
    suffixes: tuple[str, ...] = (".json", ".csl", ".csljson", ".jsonl")

    def sniff(self, text: str) -> float:
        """High for a JSON array, object or lines whose first keys are CSL variables, name or date parts."""
        return csl_score(text)

    def parse(self, text: str) -> ImportResult:
        """Records and problems from the whole text."""
        result = ImportResult()
        for line, item, locator in _items(text, result):
            if not isinstance(item, dict):
                result.problems.append(Problem("not a CSL item (expected a JSON object)", line, _raw(item)))
                continue
            try:
                result.records.append(item_to_record(item, line, locator))
            except (TypeError, ValueError) as exc:
                result.problems.append(Problem(f"bad CSL item: {exc}", line, _raw(item)))
        return result


def _raw(item: Any) -> str:
    return json.dumps(item, ensure_ascii=False)[:2000]


def _items(text: str, result: ImportResult) -> Iterator[tuple[int, Any, str]]:
    """(line, item, locator) for each item of an array, a single object, JSON lines, or a wrapper object."""
    start = len(text) - len(text.lstrip("\ufeff \t\r\n"))
    if start >= len(text):
        raise InputError("not CSL-JSON: the input is empty")
    try:
        check_depth(text)
    except JsonError as exc:
        raise InputError(f"not CSL-JSON: {exc}") from None
    if text[start] == "[":
        yield from ((line, item, "") for line, item in _array_items(text, start + 1, result))
        return
    if text[start] != "{":
        raise InputError("not CSL-JSON: expected a JSON array or object")
    stream = _object_stream(text, start, result)
    line, first = next(stream)
    wrapped = unwrap(first) if isinstance(first, dict) else None
    if wrapped is None:
        yield line, first, ""
        yield from ((line, item, "") for line, item in stream)
        return
    items, others = wrapped
    if others:
        names = ", ".join(others)
        message = f"the items were read from a wrapper object; its other keys were not imported: {names}"
        result.problems.append(Problem(message, line, severity="warning"))
    for number, item in enumerate(items, 1):
        yield line, item, f"item {number}"
    for later_line, item in stream:
        yield later_line, item, ""


def _array_items(text: str, pos: int, result: ImportResult) -> Iterator[tuple[int, Any]]:
    line = 1 + text.count("\n", 0, pos)
    last = pos
    while True:
        pos = _skip_space(text, pos)
        if pos < len(text) and text[pos] == "]":
            return
        line += text.count("\n", last, pos)
        last = pos
        item, pos = _decode_at(text, pos, line, result)
        yield line, item
        pos = _skip_space(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos += 1
        elif pos >= len(text) or text[pos] != "]":
            raise InputError(f"not CSL-JSON: expected ',' or ']' at line {1 + text.count(chr(10), 0, pos)}")


def _object_stream(text: str, pos: int, result: ImportResult) -> Iterator[tuple[int, Any]]:
    """One object, or several separated by whitespace (JSON lines)."""
    line = 1 + text.count("\n", 0, pos)
    last = pos
    while pos < len(text):
        line += text.count("\n", last, pos)
        last = pos
        item, pos = _decode_at(text, pos, line, result)
        yield line, item
        pos = _skip_space(text, pos)


def _decode_at(text: str, pos: int, line: int, result: ImportResult) -> tuple[Any, int]:
    """The JSON value at ``pos``; InputError if it is not JSON (a bad number, too deep), a warning if repaired."""
    try:
        loaded, end = decode_item(_DECODER.raw_decode, text, pos)
    except JsonError as exc:
        raise InputError(f"not CSL-JSON: {exc}") from None
    if loaded.replaced:
        result.problems.append(Problem(loaded.warning("item"), line, severity="warning"))
    return loaded.value, end


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n\ufeff":
        pos += 1
    return pos


def item_to_record(item: dict[str, Any], line: int = 0, locator: str = "") -> Record:
    """The record for one CSL item; unmapped variables (and mapped ones biblio would write differently)
    are kept in ``csl_extra`` verbatim. ``locator`` overrides ``line N`` (items inside a wrapper object)."""
    record = Record(key=_key(item.get("id")))
    place = locator or f"line {line}"
    record.provenance = Provenance(importer="csl-json", importer_version=IMPORTER_VERSION, locator=place)
    take_variable(record, "type", item.get("type", ""))
    for variable, value in item.items():
        if variable == "id" or variable in EXTENSIONS:
            continue
        if not take_variable(record, variable, value) or variable_value(record, variable) != value:
            record.csl_extra[variable] = value
    # record.language stays as stated (see Record.effective_language); values get the guessed language
    lang = record.language or (guess_language(record.title[0].value) if record.title else "")
    for slot in ("title", "container", "abstract", "keywords"):
        setattr(record, slot, tuple(LangText(v.value, lang) for v in getattr(record, slot)))
    record.csl_extra.update(take_extensions(record, item))
    return record


def _key(value: Any) -> str:
    if isinstance(value, str):
        return value
    return "" if value is None or isinstance(value, (dict, list)) else str(value)
