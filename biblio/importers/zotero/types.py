"""Zotero item types -> biblio entry types; types biblio folds into ``misc`` keep their BibLaTeX and CSL type.

The table follows Zotero's own CSL mapping (``zotero-schema``: ``film`` -> ``motion_picture``, ``case`` ->
``legal_case``) and its BibLaTeX export (``film`` -> ``@movie``, ``case`` -> ``@jurisdiction``); a ``misc``
record carries them in ``latex["@type"]`` and ``csl_extra["type"]`` as the RIS importer does
(:func:`biblio.importers.tagged.ris_types.keep_type`), so the exports write the type again.
"""

from __future__ import annotations

from biblio.model import EntryType

TYPES: dict[str, EntryType] = {
    "journalArticle": EntryType.ARTICLE,
    "magazineArticle": EntryType.MAGAZINE,
    "newspaperArticle": EntryType.NEWSPAPER,
    "book": EntryType.BOOK,
    "bookSection": EntryType.INCOLLECTION,
    "encyclopediaArticle": EntryType.INCOLLECTION,
    "dictionaryEntry": EntryType.INCOLLECTION,
    "thesis": EntryType.THESIS,
    "conferencePaper": EntryType.INPROCEEDINGS,
    "report": EntryType.REPORT,
    "patent": EntryType.PATENT,
    "standard": EntryType.STANDARD,  # Zotero 7
    "dataset": EntryType.DATASET,  # Zotero 7
    "webpage": EntryType.ONLINE,
    "blogPost": EntryType.ONLINE,
    "forumPost": EntryType.ONLINE,
    "preprint": EntryType.ONLINE,  # Zotero 7; its BibLaTeX export is @online
}
# Types with no biblio type (misc): (BibLaTeX entry type or "", CSL type)
KEPT_TYPES: dict[str, tuple[str, str]] = {
    "artwork": ("artwork", "graphic"),
    "film": ("movie", "motion_picture"),
    "videoRecording": ("video", "motion_picture"),
    "tvBroadcast": ("video", "broadcast"),
    "radioBroadcast": ("audio", "broadcast"),
    "audioRecording": ("audio", "song"),
    "podcast": ("audio", "song"),
    "bill": ("legislation", "bill"),
    "statute": ("legislation", "legislation"),
    "case": ("jurisdiction", "legal_case"),
    "hearing": ("", "hearing"),
    "computerProgram": ("software", "software"),
    "map": ("map", "map"),
    "letter": ("letter", "personal_communication"),
    "email": ("letter", "personal_communication"),
    "instantMessage": ("letter", "personal_communication"),
    "interview": ("", "interview"),
    "presentation": ("", "speech"),
    "manuscript": ("unpublished", "manuscript"),
    "document": ("", "document"),
}
# Zotero items that are not works: a standalone note, a file or link (their parent holds the work)
NOT_WORKS = frozenset({"note", "attachment", "annotation"})


def entry_type(item_type: str) -> tuple[EntryType, str, str]:
    """The biblio type of a Zotero item type, with the BibLaTeX and CSL types a ``misc`` record keeps."""
    if item_type in TYPES:
        return TYPES[item_type], "", ""
    biblatex, csl = KEPT_TYPES.get(item_type, ("", ""))
    return EntryType.MISC, biblatex, csl
