"""Values the record model has no slot for, kept in ``Record.extra`` under documented names.

Legal, media, software and patent records carry values a citation manager for articles and books has no
slot for (a bill's session, a film's format, a patent's assignee). Importers keep them in
``Record.extra`` under the names below, never under a format's private tag, so every importer says the
same thing the same way and the exports can write them:

* BibLaTeX: ``Record.extra`` is written back by name, so each name is BibLaTeX's own field where BibLaTeX
  has one (``volumes``, ``version``, ``chapter``, ``holder``, ``organization``); the others are written
  under these names, which biber ignores and a custom data model can declare.
* CSL-JSON: each value is written under the CSL variable named here (``medium``, ``dimensions``,
  ``number-of-volumes`` ...); a name list (``producer``, ``recipient``) as CSL names.

``docs/benchmarks.md`` (issue 12) lists which Zotero fields these names answer to.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class KeptField:
    """One documented ``Record.extra`` name: its CSL variable (``""`` if CSL has none) and whether it holds
    people (``Family, Given; Family, Given``)."""

    csl: str = ""
    people: bool = False
    biblatex_names: bool = False  # a BibLaTeX name list: written with " and " between the people


KEPT_FIELDS: dict[str, KeptField] = {
    "volumes": KeptField("number-of-volumes"),  # BibLaTeX volumes
    "eid": KeptField("number"),  # BibLaTeX eid: an article's number (RIS C7)
    "version": KeptField("version"),  # BibLaTeX version: software, datasets
    "chapter": KeptField("chapter-number"),  # BibLaTeX chapter
    "medium": KeptField("medium"),  # an artwork's medium, a recording's or a film's format
    "dimensions": KeptField("dimensions"),  # an artwork's size, a film's running time
    "scale": KeptField("scale"),  # a map's scale
    "section": KeptField("section"),  # a code's or a newspaper's section
    "session": KeptField("chapter-number"),  # a bill's or statute's legislative session (Zotero's CSL mapping)
    "history": KeptField("references"),  # a case's or bill's legal history
    "committee": KeptField("section"),  # a hearing's committee
    "legalstatus": KeptField("status"),  # a patent's legal status
    "references": KeptField("references"),  # a patent's cited references
    "applicationnumber": KeptField(),  # a patent's application number (CNKI 申请号, RIS PAT M1)
    "filingdate": KeptField(),  # a patent's filing date
    "prioritynumbers": KeptField(),  # a patent's priority numbers
    "holder": KeptField(people=True, biblatex_names=True),  # BibLaTeX holder: a patent's assignee
    # BibLaTeX organization (a manual's or report's issuer, a conference's organizer) and howpublished (how a
    # @misc or @booklet came out): biblatex prints both where the publisher goes; CSL has no variable for them,
    # so they are its publisher when the record has none (as pandoc and citeproc-js users map them)
    "organization": KeptField("publisher"),
    "howpublished": KeptField("publisher"),
    "bookauthor": KeptField(
        "container-author", people=True, biblatex_names=True
    ),  # BibLaTeX bookauthor: a chapter's book's author
    "producer": KeptField("producer", people=True),
    "performer": KeptField("performer", people=True),
    "castmember": KeptField("performer", people=True),
    "recipient": KeptField("recipient", people=True),
    "cosponsor": KeptField(people=True),
    "commenter": KeptField(people=True),
    "lyricist": KeptField(people=True),
    "counsel": KeptField(people=True),
    "attorneyagent": KeptField(people=True),
    "reviewedauthor": KeptField("reviewed-author", people=True),
    "advisor": KeptField(people=True),  # a thesis's advisors (CNKI 导师, RIS THES A3)
    "tertiaryauthor": KeptField(people=True),  # a report's tertiary author (EndNote %Y)
    "translatedauthor": KeptField(),  # EndNote's "Translated Author" (%H) that is no romanization of an author
    "season": KeptField(),  # a date's season ("Spring 2003"): written in the date (EDTF 2003-21, CSL's season)
    "date_text": KeptField(),  # a date's text where it says more than the date (RIS "2003/04//Conference date")
    "epubdate": KeptField(),  # a journal article's online date (RIS JOUR ET, EndNote's "Epub Date")
    "accessyear": KeptField(),  # the year a web page was read (RIS ELEC VL)
    "location": KeptField(),  # where the item is kept (classic refer %W)
    "archive": KeptField("archive"),  # the archive holding the item (Zotero archive)
    "archivelocation": KeptField("archive_location"),  # its place in the archive (Zotero archiveLocation)
    "rights": KeptField("license"),  # Zotero rights
    "serieseditor": KeptField("collection-editor", people=True),  # Zotero seriesEditor
    "contributor": KeptField("contributor", people=True),
    "interviewer": KeptField("interviewer", people=True),
    "guest": KeptField("guest", people=True),  # a podcast's or broadcast's guest
    "scriptwriter": KeptField("script-writer", people=True),
}

# The other people of a record (a film's cast, a letter's recipient, a case's counsel), one key per role.
ROLE_KEYS: tuple[str, ...] = tuple(name for name, kept in KEPT_FIELDS.items() if kept.people)
