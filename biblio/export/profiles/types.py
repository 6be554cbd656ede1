"""The entry type each profile writes: the record's GB/T 7714 type code, then the best type the target knows.

Every record has a GB/T 7714-2015 code (:func:`gbt_code`): a code kept in ``extra["mark"]`` (the
reference parser keeps the codes whose entry type would print another one: ``CM`` maps, ``A``
archives, ``CP`` software, ``DB`` databases), else a kept BibLaTeX type the model has no slot for
(``@map``, ``@archive``, ``@software``, ``@database``), else the code of the entry type
(:data:`biblio.model.types.TYPE_TO_GBT`). Each profile then writes the type its style prints with
that code and with the record's fields (read from the styles' installed sources):

====  ==============  ==================  =================  =========================
code  gbt7714-bst     gb7714              biblatex           bibtex (plain, natbib)
====  ==============  ==================  =================  =========================
M     book            book                book               book
M//   incollection    inbook              incollection       incollection
C     proceedings     proceedings         proceedings        proceedings
C//   inproceedings   inproceedings       inproceedings      inproceedings
G     collection      collection          collection         book
J     article         article             article            article
N     newspaper       article + subtype   article + subtype  article
D     phdthesis       thesis              thesis             phdthesis/mastersthesis
R     techreport      report              report             techreport
S     standard        standard            standard           techreport (type Standard)
P     patent          patent              patent             misc (howpublished)
DB    database        database            dataset            misc
DS    dataset         dataset             dataset            misc
CP    software        software            software           misc
EB    online          online              online             misc
A     archive         archive             unpublished        unpublished
CM    map             map                 misc               misc
Z     misc            misc                misc               misc
====  ==============  ==================  =================  =========================

``//`` marks a part of a host (chapter, conference paper). gbt7714.bst's ``@inbook`` is a whole
book (it prints no booktitle), so chapters are ``@incollection`` there; biblatex-gb7714-2015 prints
``@incollection`` as ``[G]//`` where the standard has ``[M]//``, so chapters are ``@inbook`` there.
"""

from __future__ import annotations

import re

from biblio.export.bibtex import entry_type_name
from biblio.export.bibtex_fields import BIBLATEX, BIBTEX
from biblio.model import EntryType, Record
from biblio.model.types import TYPE_TO_GBT

GBT_CODES = frozenset({"M", "C", "G", "N", "J", "D", "R", "S", "P", "DB", "CP", "EB", "A", "CM", "DS", "Z"})
# BibLaTeX types (kept from an import) that the model stores as another type, with their GB/T code
_KEPT_TYPE_CODES = {"map": "CM", "archive": "A", "software": "CP", "database": "DB"}
_PARTS = frozenset({EntryType.INBOOK, EntryType.INCOLLECTION, EntryType.INPROCEEDINGS})
_MARK = re.compile(r"\A\s*([A-Za-z]{1,2})\s*(?:/\s*[A-Za-z-]{2,6}\s*)?\Z")

_GBT_BST = {
    "M": "book", "C": "proceedings", "G": "collection", "J": "article", "N": "newspaper", "R": "techreport",
    "S": "standard", "P": "patent", "DB": "database", "DS": "dataset", "CP": "software", "EB": "online",
    "A": "archive", "CM": "map", "Z": "misc",
}  # fmt: skip
_GB7714 = {**_GBT_BST, "N": "article", "R": "report"}
_BIBLATEX = {**_GB7714, "DB": "dataset", "A": "unpublished", "CM": "misc"}
_BIBTEX = {
    "M": "book", "C": "proceedings", "G": "book", "J": "article", "N": "article", "R": "techreport",
    "S": "techreport", "P": "misc", "DB": "misc", "DS": "misc", "CP": "misc", "EB": "misc", "A": "unpublished",
    "CM": "misc", "Z": "misc",
}  # fmt: skip
_TABLES = {"gbt7714-bst": _GBT_BST, "gb7714": _GB7714, "biblatex": _BIBLATEX, "bibtex": _BIBTEX}
_PART_TYPES = {
    "gbt7714-bst": {"M": "incollection", "G": "incollection", "C": "inproceedings"},
    "gb7714": {"M": "inbook", "G": "incollection", "C": "inproceedings"},
    "biblatex": {"M": "incollection", "G": "incollection", "C": "inproceedings"},
    "bibtex": {"M": "incollection", "G": "incollection", "C": "inproceedings"},
}


def mark_of(record: Record) -> str:
    """The GB/T code kept in ``extra["mark"]`` (or biblatex-gb7714's ``usera``), upper case; ``""`` if none."""
    for name in ("mark", "usera"):
        match = _MARK.match(record.extra.get(name, ""))
        if match and match.group(1).upper() in GBT_CODES:
            return match.group(1).upper()
    return ""


def gbt_code(record: Record) -> str:
    """The record's GB/T 7714-2015 type code (``M``, ``N``, ``CM``, ...)."""
    mark = mark_of(record)
    if mark:
        return mark
    kept = _KEPT_TYPE_CODES.get(record.latex.get("@type", "").lower())
    if kept and record.type is EntryType.MISC:
        return kept
    return TYPE_TO_GBT[record.type]


def is_part(record: Record) -> bool:
    """A chapter or conference paper with its host's title (printed ``Title[M]//Host``)."""
    return record.type in _PARTS and bool(record.container)


def profile_type(record: Record, profile: str) -> str:
    """The entry type ``profile`` writes for ``record`` (see the module table)."""
    code = gbt_code(record)
    classic = profile in ("gbt7714-bst", "bibtex")
    if code == "D":
        if record.type is EntryType.THESIS:
            return entry_type_name(record, BIBTEX if classic else BIBLATEX)
        return "phdthesis" if classic else "thesis"
    if profile == "biblatex" and record.type in _PARTS and code in ("M", "C", "G"):
        return entry_type_name(record, BIBLATEX)  # biblatex's inbook/incollection print the host's title
    if is_part(record) and code in _PART_TYPES[profile]:
        return _PART_TYPES[profile][code]
    if profile in ("biblatex", "bibtex") and code in ("M", "J", "R", "C") and not mark_of(record):
        kind = entry_type_name(record, BIBLATEX if profile == "biblatex" else BIBTEX)  # its own alias (manual, ...)
    else:
        kind = _TABLES[profile][code]
    if kind in ("collection", "proceedings") and profile in ("biblatex", "bibtex") and not record.editors:
        return "book" if record.authors else kind  # the standard drivers print editors only, never the author
    return kind


def printed_code(entry_type: str, profile: str) -> str:
    """The code a GB/T style prints for ``entry_type`` without a ``mark`` field (``""`` if none or unknown)."""
    if profile not in ("gbt7714-bst", "gb7714"):
        return ""
    if entry_type in ("phdthesis", "mastersthesis", "thesis"):
        return "D"
    codes = {name: code for code, name in _PART_TYPES[profile].items() if code != "G" or profile == "gb7714"}
    codes.update({name: code for code, name in _TABLES[profile].items() if code != "N" or profile == "gbt7714-bst"})
    return codes.get(entry_type, "")
