"""The bibliographic record: plain data, no I/O.

A record carries what BibLaTeX and CSL-JSON can say about a work, plus what area-studies sources
add: values in several languages, structured names with romanizations and nationality markers,
structured funding, provenance (where it came from, so it can be re-parsed), links to other
records (cites, translation-of) and the user's own layer (tags, note, attachments).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from biblio.model.names import Name
from biblio.model.script import guess_language
from biblio.model.text import LangText, pick
from biblio.model.types import EntryType


class LinkKind(StrEnum):
    """A directed relation from one record to another. ``cited-by`` is the inverse of ``cites``."""

    CITES = "cites"
    TRANSLATION_OF = "translation-of"
    RELATED = "related"


# ``Record.extra`` key: a multi-volume work's designation as written (``第一卷``, ``上卷``, ``第一辑``) beside
# the normalised ``volume`` (``1``, ``上``); see :mod:`biblio.export.volumes`.
VOLUME_WRITTEN = "volume_written"


@dataclass(frozen=True, slots=True)
class Link:
    """A relation to the record whose ``uid`` is ``target``."""

    kind: LinkKind
    target: str


@dataclass(frozen=True, slots=True)
class Funding:
    """One funding line: who paid, for which project, under which grant number."""

    funder: str = ""
    project: str = ""
    grant: str = ""
    text: str = ""  # the line as the source wrote it


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where a record came from.

    ``source`` is the library-relative path of the kept raw source document (``sources/ab/ab12….txt``),
    ``origin`` the file path or URL the user gave, ``locator`` the place inside the source
    (``line 12``, ``entry 3``, ``reference 2``).
    """

    importer: str
    importer_version: str = ""
    origin: str = ""
    source: str = ""
    locator: str = ""
    imported_at: str = ""


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file kept in the library's ``files/`` folder.

    ``path`` is library-relative (``files/ab/ab12….pdf``), ``description`` the file's original name,
    ``sha256`` its content hash (the store keeps its size and page texts under that hash).
    """

    path: str
    mime: str = ""
    description: str = ""
    sha256: str = ""


def new_uid() -> str:
    """A fresh stable record identity (independent of the citation key, which users may change)."""
    return uuid.uuid4().hex


@dataclass(slots=True)
class Record:
    """One work. Multilingual fields are tuples of :class:`LangText`, primary value first.

    ``date``, ``urldate`` and ``origdate`` use the BibLaTeX/EDTF form: ``2024``, ``2024-06``,
    ``2024-06-15``, ``2025-12-09T18:06:40`` or a range ``1997/1998``.
    ``extra`` keeps fields this model has no slot for, by their BibLaTeX name, verbatim;
    ``csl_extra`` keeps CSL-JSON variables without a slot. ``latex`` keeps the verbatim LaTeX of
    fields imported from BibTeX (by BibTeX field name) so that an unedited record exports exactly as
    it came in; editing a field drops its entry.
    """

    type: EntryType = EntryType.MISC
    key: str = ""
    uid: str = field(default_factory=new_uid)
    title: tuple[LangText, ...] = ()
    subtitle: tuple[LangText, ...] = ()
    authors: list[Name] = field(default_factory=list)
    editors: list[Name] = field(default_factory=list)
    translators: list[Name] = field(default_factory=list)
    container: tuple[LangText, ...] = ()
    series: str = ""
    volume: str = ""
    number: str = ""
    pages: str = ""
    pagetotal: str = ""
    edition: str = ""
    publisher: str = ""
    place: str = ""
    institution: str = ""
    genre: str = ""  # thesis type, report type ("博士学位论文", "phdthesis")
    date: str = ""
    urldate: str = ""
    origdate: str = ""
    url: str = ""
    doi: str = ""
    isbn: str = ""
    issn: str = ""
    abstract: tuple[LangText, ...] = ()
    keywords: tuple[LangText, ...] = ()
    note: str = ""
    funding: list[Funding] = field(default_factory=list)
    language: str = ""
    identifiers: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)
    csl_extra: dict[str, Any] = field(default_factory=dict)
    latex: dict[str, str] = field(default_factory=dict)
    fulltext: str = ""
    provenance: Provenance | None = None
    links: list[Link] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    user_note: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    added: str = ""
    modified: str = ""

    @property
    def year(self) -> int | None:
        """The year of ``date``, if it starts with one."""
        return year_of(self.date)

    def effective_language(self) -> str:
        """The stated language, else the language of the primary title (stated or guessed from its script)."""
        if self.language:
            return self.language
        if self.title:
            return self.title[0].lang or guess_language(self.title[0].value)
        return ""

    def main_title(self, prefer: tuple[str, ...] = ()) -> str:
        """The title in a preferred language, else the primary one."""
        return pick(self.title, prefer or ((self.language,) if self.language else ()))

    def first_author(self) -> Name | None:
        """The first author, else the first editor."""
        if self.authors:
            return self.authors[0]
        return self.editors[0] if self.editors else None


def year_of(date: str) -> int | None:
    """The leading year of an EDTF-like date string, or None."""
    digits = date[:4]
    if len(digits) == 4 and digits.isdigit():
        return int(digits)
    if date.startswith("-") and date[1:5].isdigit():
        return -int(date[1:5])
    return None
