"""Is a JSON text CSL-JSON? Decided by its shape and its keys, not by the presence of ``type`` and ``title``.

CSL-JSON comes as an array of item objects, one item object, JSON lines, or wrapped by the tool that
wrote it (``{"items": [...]}``, ``{"references": [...]}``, an object mapping ids to items). Items of the
CSL processor test suite often lack ``type`` or ``title``; what they always have are CSL variable names
(``id``, ``author``, ``issued``, ``container-title``, …), name parts (``family``, ``given``) and date
parts (``date-parts``). The sniffer reads the keys in the first few KB (one pass, strings skipped
whole: linear on any input) and counts those that are CSL's.
"""

from __future__ import annotations

import re
from typing import Any

HEAD = 8192
# CSL 1.0.2 variables (standard, number, date, name) and the usual schema extras
CSL_VARIABLES = frozenset(
    """
    id type categories language journalAbbreviation shortTitle citation-key custom
    abstract annote archive archive_collection archive_location archive-place authority call-number
    chapter-number citation-label citation-number collection-number collection-title container-title
    container-title-short dimensions division DOI edition event event-place event-title
    first-reference-note-number genre ISBN ISSN issue jurisdiction keyword license locator medium note
    number number-of-pages number-of-volumes original-publisher original-publisher-place original-title
    page page-first part part-title PMCID PMCID PMID printing publisher publisher-place references
    reviewed-genre reviewed-title scale section source status supplement title title-short URL version
    volume volume-title volume-title-short year-suffix
    accessed available-date event-date issued original-date submitted
    author chair collection-editor compiler composer container-author contributor curator director editor
    editorial-director editor-translator executive-producer guest host illustrator interviewer narrator
    organizer original-author performer producer recipient reviewed-author script-writer series-creator
    translator
    """.split()
)
# the parts of CSL names and dates
CSL_PARTS = frozenset(
    "family given literal non-dropping-particle dropping-particle suffix date-parts season circa raw".split()
)
CSL_KEYS = CSL_VARIABLES | CSL_PARTS
# keys found only in CSL-JSON (other JSON with a "title" or "id" does not have them)
_DISTINCTIVE = frozenset({"date-parts", "container-title", "issued", "non-dropping-particle", "publisher-place"})
_STRING = re.compile(r'"((?:[^"\\]|\\.)*)"')
_SPACE = " \t\r\n"


def head_keys(text: str, limit: int = HEAD) -> list[str]:
    """The object keys (strings followed by ``:``) in the first ``limit`` characters, in order."""
    head = text[:limit]
    keys: list[str] = []
    pos = head.find('"')
    while pos >= 0:
        match = _STRING.match(head, pos)
        if match is None:
            break  # a string cut by the end of the head
        after = match.end()
        while after < len(head) and head[after] in _SPACE:
            after += 1
        if after < len(head) and head[after] == ":":
            keys.append(match.group(1))
        pos = head.find('"', after)
    return keys


def csl_score(text: str) -> float:
    """Confidence that ``text`` is CSL-JSON: 0.9 for clearly CSL keys, less for two or three, 0.1 for other JSON."""
    head = text[:HEAD].lstrip("\ufeff \t\r\n")
    if not head.startswith(("[", "{")):
        return 0.0
    found = {key for key in head_keys(head) if key in CSL_KEYS}
    if found & _DISTINCTIVE or ({"id", "type"} <= found and len(found) >= 3):
        return 0.9
    if len(found) >= 3:
        return 0.8
    if len(found) == 2:
        return 0.6
    return 0.1  # one common word ("version", "title") is no evidence: package.json has it too


def is_item(value: Any) -> bool:
    """A JSON object with at least one CSL variable (a name or a date has only parts)."""
    return isinstance(value, dict) and any(key in CSL_VARIABLES for key in value)


def unwrap(value: dict[str, Any]) -> tuple[list[Any], list[str]] | None:
    """The items of a wrapper object, and its other keys (not imported); None if it is not a wrapper.

    A wrapper holds its items under one key as an array (``{"items": [...]}``), or maps ids to items
    (``{"ITEM-1": {...}, "ITEM-2": {...}}``). An item is never taken for a wrapper: no CSL variable
    holds an array of objects with CSL variables (names and dates hold only parts).
    """
    for name, inner in value.items():
        if isinstance(inner, list) and inner and all(is_item(item) for item in inner):
            return inner, [key for key in value if key != name]
    if value and all(is_item(inner) for inner in value.values()):
        return [_with_id(key, item) for key, item in value.items()], []
    return None


def _with_id(key: str, item: dict[str, Any]) -> dict[str, Any]:
    return item if "id" in item else {"id": key, **item}
