"""Duplicates inside one import, and identifiers not fit for matching: the pure part of :mod:`ingest`.

No value of an import file is ever lost. When a record matches one that the same import already wrote
(the same key twice in a .bib file, the same CSL ``id`` twice, the same work twice in a reference
list), the later record is merged only if it adds nothing (same values); otherwise both are kept, the
later one under a suffixed key. Either way a warning names both (keys and source lines). Re-importing
the file finds the suffixed record again (:func:`candidate_keys`), so a re-import adds nothing.

DOIs, ISBNs and URLs that are not valid identifiers (:mod:`biblio.model.identifiers`) are kept as values but
never used to match; one warning per distinct value lists the records that carry it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from biblio.keys import key_suffixes, path_safe, sanitize_imported_key
from biblio.model import Record
from biblio.model.identifiers import InvalidIdentifier, invalid_identifiers

_LISTED_KEYS = 5
_NOT_IN_ALIAS = frozenset("{}\\%#,") | frozenset(" \t\r\n")
MAX_VARIANTS = 50  # bounds the look-up per clash (a file of many look-alike records stays linear)


def where(record: Record) -> str:
    """The record's place in its source (``line 12``), or ``""``."""
    return record.provenance.locator if record.provenance is not None else ""


def candidate_keys(base: str, taken: set[str], *, with_base: bool) -> Iterator[str]:
    """Taken keys an earlier import may have given a clashing record: ``base`` (if ``with_base``), then its
    suffixed variants (``basea``, ``baseb``, …) up to the first free one, at most ``MAX_VARIANTS`` of them."""
    if with_base and base in taken:
        yield base
    for count, suffix in enumerate(key_suffixes()):
        candidate = base + suffix
        if candidate not in taken or count >= MAX_VARIANTS:
            return
        yield candidate


def make_key_safe(record: Record) -> str:
    """Replace characters biber or LaTeX cannot take in the record's imported key; a warning, or ``""``.

    biber stops at ``' ( ) = "`` in a key, LaTeX at ``, { } % # \\ ~`` and spaces. The original key is kept
    as a biblatex ``ids`` alias where a field value can hold it, so ``\\cite{O'Hara_1999}`` still finds
    the entry stored as ``O_Hara_1999``.
    """
    original = record.key
    record.key = sanitize_imported_key(original)
    if record.key == original:
        return ""
    if any(ch in _NOT_IN_ALIAS for ch in original) or not original.isprintable() or not path_safe(original):
        return f"key {original!r} has characters LaTeX cannot take in a key: stored as {record.key}"
    aliases = [a for a in record.extra.get("ids", "").split(",") if a.strip()]
    record.extra["ids"] = ",".join([*aliases, original])
    record.latex["ids"] = record.extra["ids"]  # written verbatim: an escaped alias would not match
    return (
        f"key {original!r} has characters biber cannot read in a key: stored as {record.key},"
        " the original kept as an alias (ids)"
    )


def _named(key: str, place: str) -> str:
    return f"{key} ({place})" if place else key


def same_twice(key: str, first: str, second: Record) -> str:
    """The warning for a record that repeats one this import already wrote, adding nothing."""
    return f"{_named(key, first)} appears again at {where(second) or 'a later entry'} with the same values: stored once"


def kept_both(key: str, first: str, second: Record) -> str:
    """The warning for a later record that clashes with one this import already wrote (both kept)."""
    return (
        f"{_named(key, first)} appears again at {where(second) or 'a later entry'} with other values:"
        f" both kept, the later one as {second.key}"
    )


@dataclass
class InvalidIdentifiers:
    """Invalid DOIs/ISBNs seen during one import, with the keys of the records carrying them."""

    found: dict[InvalidIdentifier, list[str]] = field(default_factory=dict)

    def note(self, record: Record) -> None:
        """Remember the record's invalid identifiers under its (final) key."""
        if record.doi or record.isbn or record.url:
            for item in invalid_identifiers(record):
                self.found.setdefault(item, []).append(record.key)

    def warnings(self) -> list[str]:
        """One warning per distinct invalid value."""
        out = []
        for item, keys in self.found.items():
            listed = ", ".join(keys[:_LISTED_KEYS]) + (", …" if len(keys) > _LISTED_KEYS else "")
            records = f"{len(keys)} records: {listed}" if len(keys) > 1 else listed
            out.append(f"{item.describe()}: kept as a value, not used to match records ({records})")
        return out
