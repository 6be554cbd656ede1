"""What a PDF says about itself -> a record, its identifiers, and whether a person should review it.

Sources of the bibliographic values, best first:

1. a CNKI first page (title, authors, journal, year, issue, pages, abstract, keywords, CLC class);
2. the XMP packet (``dc:title``, ``dc:creator``) when its title looks like a title;
3. the Info dictionary (``/Title``, ``/Author``), same condition;
4. the first page by font size (:mod:`biblio.importers.pdf.firstpage`);
5. the file name.

The record is *guessed* unless it came from a complete CNKI first page; the caller tags guessed
records ``needs-review`` unless a network lookup by DOI replaced them. No I/O here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

from biblio.importers.pdf.cnki import CnkiFirstPage, is_cnki_first_page, read_cnki_first_page
from biblio.importers.pdf.firstpage import guess_first_page, plausible_title
from biblio.importers.pdf.identifiers import Identifiers, find_identifiers
from biblio.importers.pdf.reader import PdfContent
from biblio.importers.pdf.xmp import XmpValues, xmp_values
from biblio.model import EntryType, LangText, Name, Provenance, Record
from biblio.model.script import guess_language

NAME = "pdf"
VERSION = "1"
NEEDS_REVIEW = "needs-review"
GUESSED_WARNING = "title and authors guessed from the PDF: check them (tagged needs-review)"
_PERSON_SPLIT = re.compile(r"\s*(?:;|；|、|\band\b|&)\s*")


@dataclass(slots=True)
class PdfFacts:
    """The record a PDF gives, with the identifiers found and notes for the user."""

    record: Record
    identifiers: Identifiers
    guessed: bool = True
    cnki: bool = False
    warnings: list[str] = field(default_factory=list)
    text_warning: str = ""  # pages without a text layer (also in ``warnings``)


def _names(values: list[str] | tuple[str, ...], lang: str) -> list[Name]:
    from biblio.names.parse import parse_name

    return [parse_name(value, lang) for value in values if value.strip()]


def _info_authors(value: str) -> list[str]:
    """Info /Author: ``A; B``, ``A and B`` or ``A, B`` (a single ``Family, Given`` stays one)."""
    parts = [p for p in _PERSON_SPLIT.split(value) if p.strip()]
    if len(parts) == 1 and value.count(",") > 1:
        parts = [p for p in value.split(",") if p.strip()]
    return parts


def facts_from_pdf(content: PdfContent, file_name: str = "") -> PdfFacts:
    """The record a PDF's content gives (see the module docstring)."""
    xmp = xmp_values(content.xmp)
    metadata = [xmp.doi, *xmp.identifiers, content.info.get("Subject", ""), content.info.get("Keywords", "")]
    identifiers = find_identifiers(content.pages, [m for m in metadata if m])
    language = guess_language("".join(content.pages[:3])[:5000])
    head = content.pages[0] if content.pages else ""
    if is_cnki_first_page(head):
        cnki = read_cnki_first_page(content.first_lines, head)
        facts = PdfFacts(_cnki_record(cnki), identifiers, guessed=not cnki.complete, cnki=True)
    else:
        facts = PdfFacts(_general_record(content, xmp, file_name, language or "en"), identifiers)
    record = facts.record
    record.language = record.language or language
    record.doi = record.doi or identifiers.doi
    record.isbn = record.isbn or identifiers.isbn
    if identifiers.arxiv:
        record.identifiers["arxiv"] = identifiers.arxiv
        record.extra.setdefault("eprint", identifiers.arxiv)
        record.extra.setdefault("eprinttype", "arxiv")
    if identifiers.isbn and not identifiers.doi and record.type is EntryType.MISC:
        record.type = EntryType.BOOK
    if identifiers.doi and record.type is EntryType.MISC:
        record.type = EntryType.ARTICLE
    record.provenance = Provenance(NAME, VERSION, locator="page 1")
    facts.text_warning = content.text_warning()
    if facts.text_warning:
        facts.warnings.append(facts.text_warning)
    if facts.guessed:
        record.tags = sorted({*record.tags, NEEDS_REVIEW})
        facts.warnings.append(GUESSED_WARNING)
    return facts


def _general_record(content: PdfContent, xmp: XmpValues, file_name: str, language: str) -> Record:
    guess = guess_first_page(content.first_lines)
    info_title = content.info.get("Title", "")
    if plausible_title(xmp.title, file_name):
        title = xmp.title
    elif plausible_title(info_title, file_name):
        title = info_title
    else:
        title = guess.title or PurePath(file_name).stem
    people = list(xmp.creators) or _info_authors(content.info.get("Author", "")) or list(guess.authors)
    record = Record(type=EntryType.MISC)
    if title:
        record.title = (LangText(title, guess_language(title) or language),)
    record.authors = _names(people, guess_language(" ".join(people)) or language)
    return record


def _cnki_record(cnki: CnkiFirstPage) -> Record:
    record = Record(type=EntryType.ARTICLE, language="zh")
    if cnki.title:
        record.title = (LangText(cnki.title, "zh"),)
    record.authors = _names(cnki.authors, "zh")
    if cnki.journal:
        record.container = (LangText(cnki.journal, "zh"),)
    record.date = cnki.online_date or cnki.year
    record.number, record.volume, record.pages = cnki.issue, cnki.volume, cnki.pages
    if cnki.abstract:
        record.abstract = (LangText(cnki.abstract, "zh"),)
    record.keywords = tuple(LangText(k, "zh") for k in cnki.keywords)
    if cnki.clc:
        record.identifiers["clc"] = cnki.clc
    return record
