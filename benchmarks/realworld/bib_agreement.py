"""Field agreement between a biblio :class:`Record` and an expected BibTeX entry (JabRef's RIS test cases).

Same units and normalization as :mod:`realworld.agreement`: each BibTeX field value is one unit (each
author, editor and keyword one unit of its own). Mapped fields must be in their biblio slot; fields with
no slot (``comment``, ``refid``, ``database`` ...) count when biblio kept the value anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from biblio.model import EntryType, Record
from realworld.agreement import (
    ItemResult,
    Unit,
    _bag,
    _date_parts,
    _identifier_unit,
    _kept_unit,
    _language_unit,
    _name_keys,
    _titles,
    name_key,
    norm,
    url_key,
)

BIB_TYPES: dict[str, frozenset[EntryType]] = {
    "article": frozenset({EntryType.ARTICLE, EntryType.MAGAZINE, EntryType.NEWSPAPER}),
    "book": frozenset({EntryType.BOOK, EntryType.COLLECTION}),
    "inbook": frozenset({EntryType.INBOOK, EntryType.INCOLLECTION}),
    "incollection": frozenset({EntryType.INBOOK, EntryType.INCOLLECTION}),
    "inproceedings": frozenset({EntryType.INPROCEEDINGS}),
    "conference": frozenset({EntryType.INPROCEEDINGS}),
    "proceedings": frozenset({EntryType.PROCEEDINGS, EntryType.BOOK}),
    "phdthesis": frozenset({EntryType.THESIS}),
    "mastersthesis": frozenset({EntryType.THESIS}),
    "thesis": frozenset({EntryType.THESIS}),
    "techreport": frozenset({EntryType.REPORT}),
    "report": frozenset({EntryType.REPORT}),
    "patent": frozenset({EntryType.PATENT}),
    "standard": frozenset({EntryType.STANDARD}),
    "online": frozenset({EntryType.ONLINE}),
    "electronic": frozenset({EntryType.ONLINE}),
}
_MONTHS = {m: str(i) for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}


def _containers(r: Record) -> list[str]:
    return [t.value for t in r.container] + [r.extra.get("shortjournal", "")]


_FIELDS: dict[str, Callable[[Record], Iterable[str]]] = {
    "title": _titles,
    "journal": _containers,
    "booktitle": _containers,
    "volume": lambda r: [r.volume],
    "number": lambda r: [r.number],
    "pages": lambda r: [r.pages],
    "publisher": lambda r: [r.publisher],
    # biblio keeps every AD line (JabRef the last): each affiliation counts, as in agreement._kept
    "address": lambda r: [r.place, *r.extra.get("affiliation", "").split("; ")],
    "school": lambda r: [r.institution],
    "institution": lambda r: [r.institution],
    "series": lambda r: [r.series],
    "edition": lambda r: [r.edition],
    "doi": lambda r: [r.doi],
    "url": lambda r: [r.url],
    "abstract": lambda r: [t.value for t in r.abstract],
    "note": lambda r: [r.note],
    "type": lambda r: [r.genre],
}


def compare_bib(entry_type: str, fields: dict[str, str], record: Record | None, source: str) -> ItemResult:
    """The units of one expected BibTeX entry against ``record``."""
    allowed = BIB_TYPES.get(entry_type.lower(), frozenset({EntryType.MISC}))
    got_type = record.type.value if record else ""
    result = ItemResult(source, entry_type.lower(), got_type, record is not None and record.type in allowed)
    bag = _bag(record) if record else []
    for raw_name, raw_value in fields.items():
        name = raw_name.lower()
        value = raw_value.replace("{", "").replace("}", "")  # BibTeX's braces protect case: markup, not text
        if not value.strip():
            continue
        if record is None:
            result.units.append(Unit(name, value, "", False))
        elif name in ("author", "editor"):
            people = record.authors if name == "author" else record.editors
            keys = {k for n in people for k in _name_keys(n)}
            for person in re.split(r"\s+and\s+", value):
                last, _, first = person.partition(",")
                wanted = {name_key(last + first), name_key(first + last)}
                result.units.append(Unit(name, person, "", bool(wanted & keys)))
        elif name == "keywords":
            # JabRef's field joins keywords with commas: compared at the same grain, a keyword "a, b" is two
            words = {norm(w) for k in record.keywords for w in [k.value, *re.split(r"\s*[,;]\s*", k.value)]}
            result.units += [Unit(name, w, "", norm(w) in words) for w in re.split(r"\s*[,;]\s*", value) if w]
        elif name == "year":
            year = _date_parts(record.date)[0] if record.date else ""
            result.units.append(Unit(name, value, record.date, year == value.strip()))
        elif name == "month":
            month = _MONTHS.get(value.strip().lower()[:3], value.strip())
            parts = _date_parts(record.date)
            result.units.append(Unit(name, value, record.date, len(parts) > 1 and parts[1] == month))
        elif name in ("issn", "isbn"):
            # JabRef files every SN as issn, verbatim; biblio files each number by check digit: the numbers
            # (digits, as agreement compares Zotero's ISBN/ISSN) must be in biblio's ISSN or ISBN
            result.units.append(_identifier_unit(name, value, ", ".join(filter(None, [record.issn, record.isbn]))))
        elif name == "language":  # a language name or code against biblio's code, as for Zotero's items
            result.units.append(_language_unit(name, value, record, bag))
        elif name in _FIELDS:
            held = [v for v in _FIELDS[name](record) if v]
            key = url_key if name == "url" else norm
            result.units.append(Unit(name, value, " | ".join(held)[:200], key(value) in {key(v) for v in held}))
        else:
            result.units.append(_kept_unit(name, value, bag))
    return result
