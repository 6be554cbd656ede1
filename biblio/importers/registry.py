"""Which importer reads a source: an explicit name, else the best sniff score, ties broken by file suffix.

Detection runs in bounded time whatever the input: every sniffer is shown only the first
:data:`SNIFF_CHARS` characters (a 100 MB file costs what its head costs), and each sniffer's own
patterns must be linear in that head (no nested or overlapping quantifiers; ``tests/importers/
test_sniff_time.py`` feeds all of them adversarial inputs under a time bound).

Importer modules are imported only when needed, so CLI start-up stays fast: detection calls the
sniffers of :data:`SNIFFERS`, which live in small modules without the parsers (every ``biblio add``
used to import all thirteen importers, ~0.13 s of CPU, to pick one). To add a format, write
``biblio/importers/<name>.py`` with a class following :class:`biblio.importers.base.Importer`, list it
in ``IMPORTERS``, and list its sniff function (which the class's ``sniff`` calls) in ``SNIFFERS``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from functools import cache
from typing import Any

from biblio.errors import InputError
from biblio.importers.base import Importer

# What a sniffer sees: enough for any format's markers (CNKI detail pages put theirs after long <head>s).
SNIFF_CHARS = 256 * 1024

# name -> "module:Class"
IMPORTERS: dict[str, str] = {
    "bibtex": "biblio.importers.bibtex.importer:BibtexImporter",
    "csl-json": "biblio.importers.csl.importer:CslJsonImporter",
    "zotero-json": "biblio.importers.zotero.importer:ZoteroJsonImporter",
    "cnki": "biblio.importers.cnki.text:CnkiTextImporter",
    "cnki-html": "biblio.importers.cnki.html:CnkiHtmlImporter",
    "cnki-estudy": "biblio.importers.cnki.estudy:CnkiEStudyImporter",
    "noteexpress": "biblio.importers.tagged.noteexpress:NoteExpressImporter",
    "refer": "biblio.importers.tagged.refer:ReferImporter",
    "refworks": "biblio.importers.tagged.refworks:RefWorksImporter",
    "ris": "biblio.importers.tagged.ris:RisImporter",
    "wos": "biblio.importers.tagged.wos:WosImporter",
    "reflist": "biblio.importers.refs.reflist:ReflistImporter",
    "web-text": "biblio.importers.web.text_importer:WebTextImporter",
    "web-html": "biblio.importers.web.html_importer:WebHtmlImporter",
    "pdf": "biblio.importers.pdf.importer:PdfFactsImporter",  # kept page-1 facts; PDF bytes go to attachments
}

# name -> "module:function": each importer's sniff, in a module that does not import the parser
SNIFFERS: dict[str, str] = {
    "bibtex": "biblio.importers.bibtex.sniff:sniff_bibtex",
    "csl-json": "biblio.importers.csl.shape:csl_score",
    "zotero-json": "biblio.importers.zotero.sniff:sniff_zotero_json",
    "cnki": "biblio.importers.cnki.sniff:sniff_cnki_text",
    "cnki-html": "biblio.importers.cnki.sniff:sniff_cnki_html",
    "cnki-estudy": "biblio.importers.cnki.sniff:sniff_cnki_estudy",
    "noteexpress": "biblio.importers.tagged.sniff:sniff_noteexpress",
    "refer": "biblio.importers.tagged.sniff:sniff_refer",
    "refworks": "biblio.importers.tagged.sniff:sniff_refworks",
    "ris": "biblio.importers.tagged.sniff:sniff_ris",
    "wos": "biblio.importers.tagged.sniff:sniff_wos",
    "reflist": "biblio.importers.refs.reflist:sniff_reflist",
    "web-text": "biblio.importers.web.sniffing:sniff_web_text",
    "web-html": "biblio.importers.web.sniffing:sniff_web_html",
    "pdf": "biblio.importers.pdf.sniff:sniff_pdf_facts",
}


@cache
def get_importer(name: str) -> Importer:
    """The importer called ``name``; InputError if there is none."""
    spec = IMPORTERS.get(name)
    if spec is None:
        known = ", ".join(sorted(IMPORTERS))
        raise InputError(f"unknown format {name!r} (known: {known})")
    importer: Importer = _load(spec, f"importer {name!r}")()
    return importer


def all_importers() -> list[Importer]:
    """Every registered importer; ImportError naming the module if one cannot be imported."""
    return [get_importer(name) for name in IMPORTERS]


@cache
def get_sniffer(name: str) -> Callable[[str], float]:
    """The sniff function of the importer called ``name`` (its module imports no parser)."""
    sniffer: Callable[[str], float] = _load(SNIFFERS[name], f"sniffer of {name!r}")
    return sniffer


def _load(spec: str, what: str) -> Any:
    """The object ``spec`` ("module:attribute") names; ImportError saying which module and why.

    A registered module that cannot be imported is a broken installation: it must stop detection
    loudly rather than drop its format out of it.
    """
    module_name, attribute = spec.split(":")
    try:
        return getattr(importlib.import_module(module_name), attribute)
    except Exception as error:  # a module that fails while importing raises anything (NameError, SyntaxError...)
        raise ImportError(f"{what}: cannot load {spec} ({type(error).__name__}: {error})", name=module_name) from error


def sniff_scores(text: str) -> dict[str, float]:
    """Every format's confidence that ``text`` (its first :data:`SNIFF_CHARS` characters) is in that format."""
    head = text[:SNIFF_CHARS]
    return {name: get_sniffer(name)(head) for name in SNIFFERS}


def choose_importer(text: str, suffix: str = "", name: str = "") -> Importer:
    """The importer for ``text``: by ``name`` if given, else by the highest sniff score (suffix breaks ties).

    Only the chosen importer's module is imported (and, on a tie, the tied ones, for their suffixes).
    """
    if name:
        return get_importer(name)
    scores = sniff_scores(text)
    top = max(scores.values())
    if top < 0.2:
        raise InputError("unrecognised format: not BibTeX, CSL-JSON or any other format biblio reads")
    tied = [get_importer(n) for n, score in scores.items() if score == top]  # in IMPORTERS order: first wins
    suffix = suffix.lower()
    return next((imp for imp in tied if suffix and suffix in imp.suffixes), tied[0])
