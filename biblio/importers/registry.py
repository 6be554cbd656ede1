"""Which importer reads a source: an explicit name, else the best sniff score, ties broken by file suffix.

Detection runs in bounded time whatever the input: every sniffer is shown only the first
:data:`SNIFF_CHARS` characters (a 100 MB file costs what its head costs), and each sniffer's own
patterns must be linear in that head (no nested or overlapping quantifiers; ``tests/importers/
test_sniff_time.py`` feeds all of them adversarial inputs under a time bound).

Importer modules are imported only when needed, so CLI start-up stays fast. To add a format, write
``biblio/importers/<name>.py`` with a class following :class:`biblio.importers.base.Importer` and
list it in ``IMPORTERS``.
"""

from __future__ import annotations

import importlib
from functools import cache

from biblio.errors import InputError
from biblio.importers.base import Importer

# What a sniffer sees: enough for any format's markers (CNKI detail pages put theirs after long <head>s).
SNIFF_CHARS = 256 * 1024

# name -> "module:Class"
IMPORTERS: dict[str, str] = {
    "bibtex": "biblio.importers.bibtex.importer:BibtexImporter",
    "csl-json": "biblio.importers.csl.importer:CslJsonImporter",
    "cnki": "biblio.importers.cnki.text:CnkiTextImporter",
    "cnki-html": "biblio.importers.cnki.html:CnkiHtmlImporter",
    "cnki-estudy": "biblio.importers.cnki.estudy:CnkiEStudyImporter",
    "noteexpress": "biblio.importers.tagged.noteexpress:NoteExpressImporter",
    "refer": "biblio.importers.tagged.refer:ReferImporter",
    "refworks": "biblio.importers.tagged.refworks:RefWorksImporter",
    "ris": "biblio.importers.tagged.ris:RisImporter",
    "reflist": "biblio.importers.refs.reflist:ReflistImporter",
    "web-text": "biblio.importers.web.text_importer:WebTextImporter",
    "web-html": "biblio.importers.web.html_importer:WebHtmlImporter",
    "pdf": "biblio.importers.pdf.importer:PdfFactsImporter",  # kept page-1 facts; PDF bytes go to attachments
}


@cache
def get_importer(name: str) -> Importer:
    """The importer called ``name``; InputError if there is none."""
    spec = IMPORTERS.get(name)
    if spec is None:
        known = ", ".join(sorted(IMPORTERS))
        raise InputError(f"unknown format {name!r} (known: {known})")
    module_name, class_name = spec.split(":")
    importer: Importer = getattr(importlib.import_module(module_name), class_name)()
    return importer


def all_importers() -> list[Importer]:
    """Every registered importer whose module is present."""
    found = []
    for name in IMPORTERS:
        try:
            found.append(get_importer(name))
        except ImportError:  # a format module not built yet in this checkout
            continue
    return found


def choose_importer(text: str, suffix: str = "", name: str = "") -> Importer:
    """The importer for ``text``: by ``name`` if given, else by the highest sniff score (suffix breaks ties)."""
    if name:
        return get_importer(name)
    suffix = suffix.lower()
    head = text[:SNIFF_CHARS]
    best: tuple[float, int, Importer] | None = None
    for importer in all_importers():
        score = importer.sniff(head)
        bonus = 1 if suffix and suffix in importer.suffixes else 0
        if score > 0 and (best is None or (score, bonus) > best[:2]):
            best = (score, bonus, importer)
    if best is None or best[0] < 0.2:
        raise InputError("unrecognised format: not BibTeX, CSL-JSON or any other format biblio reads")
    return best[2]
