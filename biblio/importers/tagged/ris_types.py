"""What a RIS tag means in each RIS reference type, and which type each ``TY`` code is.

RIS reuses its tags per type: ``M1`` is a bill's number, a book's series volume, a patent's application
number; ``PB`` is a case's court and a film's distributor; ``A2`` is a book chapter's editor, a bill's
sponsor and a case's reporter. The tables follow the RIS specification's per-type field lists as
EndNote writes them (each tag's label in EndNote's RIS export of every type names its meaning) and,
where the specification leaves a tag open, the way Zotero's RIS export uses it (``C2`` a chapter's book
author, ``C4`` a song's lyricist, ``C1`` a patent's filing date); they read each value into its biblio
slot, else under a documented ``extra`` name (:mod:`biblio.model.kept_fields`). A tag a type does
not redefine keeps its general meaning (:data:`biblio.importers.tagged.ris.TAGS`); a tag nobody defines
is kept as ``extra["ris-<tag>"]``.

Types biblio has no type for (films, artworks, bills, cases ...) become ``misc`` and remember their
BibLaTeX and CSL type (:data:`KEPT_TYPES`), so ``@jurisdiction`` or ``legal_case`` is exported again.
"""

from __future__ import annotations

from biblio.model import EntryType, Record

TYPES: dict[str, EntryType] = {
    "JOUR": EntryType.ARTICLE,
    "EJOUR": EntryType.ARTICLE,
    "JFULL": EntryType.ARTICLE,
    "ABST": EntryType.ARTICLE,
    "INPR": EntryType.ARTICLE,
    "MGZN": EntryType.MAGAZINE,
    "NEWS": EntryType.NEWSPAPER,
    "BOOK": EntryType.BOOK,
    "EBOOK": EntryType.BOOK,
    "EDBOOK": EntryType.COLLECTION,
    "CHAP": EntryType.INCOLLECTION,
    "ECHAP": EntryType.INCOLLECTION,
    "CONF": EntryType.INPROCEEDINGS,
    "CPAPER": EntryType.INPROCEEDINGS,
    "THES": EntryType.THESIS,
    "RPRT": EntryType.REPORT,
    "ELEC": EntryType.ONLINE,
    "WEB": EntryType.ONLINE,
    "BLOG": EntryType.ONLINE,
    "PAT": EntryType.PATENT,
    "STAND": EntryType.STANDARD,
    "DATA": EntryType.DATASET,
    "GEN": EntryType.MISC,
    "UNPB": EntryType.MISC,
    "MANSCPT": EntryType.MISC,
    "SER": EntryType.BOOK,
    "CTLG": EntryType.BOOK,
    "CLSWK": EntryType.BOOK,
    "PAMP": EntryType.BOOK,
    "DICT": EntryType.INCOLLECTION,
    "ENCYC": EntryType.INCOLLECTION,
    "DBASE": EntryType.DATASET,
    "AGGR": EntryType.DATASET,
    "GOVDOC": EntryType.REPORT,
}
# Types with no biblio type (misc): (BibLaTeX entry type or "", CSL type), exported again as such.
KEPT_TYPES: dict[str, tuple[str, str]] = {
    "ART": ("artwork", "graphic"),
    "CHART": ("image", "graphic"),
    "FIGURE": ("image", "figure"),
    "ADVS": ("video", "motion_picture"),
    "MPCT": ("movie", "motion_picture"),
    "VIDEO": ("video", "motion_picture"),
    "MULTI": ("video", "motion_picture"),
    "MUSIC": ("music", "song"),
    "SOUND": ("audio", "song"),
    "BILL": ("legislation", "bill"),
    "STAT": ("legislation", "legislation"),
    "CASE": ("jurisdiction", "legal_case"),
    "LEGAL": ("legal", "regulation"),
    "HEAR": ("", "hearing"),
    "COMP": ("software", "software"),
    "MAP": ("map", "map"),
    "PCOMM": ("letter", "personal_communication"),
    "ICOMM": ("letter", "personal_communication"),
    "MANSCPT": ("", "manuscript"),
    "SLIDE": ("", "speech"),
}
# EndNote's names of its reference types (Refer's ``%0``), whose RIS codes the specification defines
ENDNOTE_TYPES: dict[str, str] = {
    "aggregated database": "AGGR",
    "ancient text": "ANCIENT",
    "artwork": "ART",
    "audiovisual material": "ADVS",
    "bill": "BILL",
    "blog": "BLOG",
    "book": "BOOK",
    "book section": "CHAP",
    "case": "CASE",
    "catalog": "CTLG",
    "chart or table": "CHART",
    "classical work": "CLSWK",
    "computer program": "COMP",
    "conference paper": "CPAPER",
    "conference proceedings": "CONF",
    "dataset": "DATA",
    "dictionary": "DICT",
    "edited book": "EDBOOK",
    "electronic article": "EJOUR",
    "electronic book": "EBOOK",
    "electronic book section": "ECHAP",
    "encyclopedia": "ENCYC",
    "equation": "EQUA",
    "figure": "FIGURE",
    "film or broadcast": "MPCT",
    "government document": "GOVDOC",
    "grant": "GRANT",
    "hearing": "HEAR",
    "journal article": "JOUR",
    "legal rule or regulation": "LEGAL",
    "magazine article": "MGZN",
    "manuscript": "MANSCPT",
    "map": "MAP",
    "music": "MUSIC",
    "newspaper article": "NEWS",
    "online database": "DBASE",
    "online multimedia": "MULTI",
    "pamphlet": "PAMP",
    "patent": "PAT",
    "personal communication": "PCOMM",
    "report": "RPRT",
    "serial": "SER",
    "standard": "STAND",
    "statute": "STAT",
    "thesis": "THES",
    "unpublished work": "UNPB",
    "web page": "ELEC",
}
# Whole works: a ``BT`` is their own title (RIS 2004), not a host's.
WHOLE_WORKS = frozenset("BOOK EBOOK EDBOOK CLSWK SER CTLG PAMP UNPB MANSCPT THES".split())
# Types whose NV is their number of volumes (elsewhere NV is a frequency, a catalog or statute number ...).
_MULTIVOLUME = frozenset(
    "BOOK EBOOK EDBOOK CLSWK SER ANCIENT CHAP ECHAP DICT ENCYC CONF CPAPER HEAR MUSIC SOUND VIDEO MULTI GEN".split()
)
# Types whose A3 is neither a series editor nor an advisor (a higher court, an international author ...). A
# report's A3 is its series editor (Zotero's RefWorks and current RIS maps; the specification says "Publisher").
_OTHER_A3 = frozenset("CASE PAT BLOG".split())
# Periodical types: an ``SN`` that is neither a valid ISBN nor a valid ISSN is still their ISSN.
PERIODICALS = frozenset({"JOUR", "EJOUR", "JFULL", "MGZN", "NEWS", "ABST", "INPR"})
# Generic types: their biblio type is guessed from their fields (a journal and a volume: an article).
GENERIC = frozenset({"GEN"})

_WHOLE_BOOK = {"SP": "pagetotal", "T2": "series", "M1": "number"}
# The series editor is A2 in these types (the RIS specification's per-type lists, Zotero's book and report), A3
# elsewhere (record.move_tertiary): a series editor is no editor of the work, and must not print as one.
_SERIES_EDITOR_A2 = {"A2": "extra:serieseditor"}
_BOOK = {**_WHOLE_BOOK, **_SERIES_EDITOR_A2, "A3": "editor"}  # A2 its series editor, A3 its editor (both agree)
# IS: the number of volumes when M1 (EndNote's "Number of Volumes") and NV give none: Zotero's translator wrote a
# chapter's numberOfVolumes to IS (RIS.js of 2017); the newer one reads M1 and NV only
_BOOK_PART = {"M1": "extra:volumes", "IS": "extra:volumes_alt", "SV": "number", "SE": "extra:chapter"}
_BOOK_PART |= {"C2": "extra:bookauthor"}
_PERIODICAL = {"SN": "issn", "M1": "number_alt", "C7": "extra:eid"}  # C7: the article number
_CONFERENCE = {"T2": "eventtitle", "C3": "container", "C1": "place_published", "A4": "extra:organization"}
# a recording's SP is its running time
_VIDEO = {"C1": "extra:castmember", "C5": "extra:medium", "C3": "extra:dimensions", "SP": "extra:dimensions"}
# A2: the performers, with the composer (AU) the recording's makers
_RECORDING = {"A2": "author", "C1": "extra:medium", "C4": "extra:lyricist", "C5": "extra:medium", "T2": "container"}
_IMAGE = {"M3": "extra:medium", "C3": "extra:dimensions"}
# a web page's VL: the year it was read; M1 (EndNote's "Access Date", Zotero's accessDate) the day, when Y2 gives none
_WEB_PAGE = {"VL": "extra:accessyear", "M1": "urldate_alt"}

TYPE_TAGS: dict[str, dict[str, str]] = {
    "BOOK": _BOOK,
    "CLSWK": _BOOK,
    "EBOOK": _WHOLE_BOOK,  # A2 its editor, A3 its series editor (the specification; Zotero reads it as a BOOK)
    "SER": {**_WHOLE_BOOK, "SE": "extra:chapter"},  # A2 editor, A3 series editor, A4 the volume's editor
    "EDBOOK": {**_WHOLE_BOOK, **_SERIES_EDITOR_A2, "AU": "editor", "A1": "editor"},  # its first names: its editors
    "CTLG": {"SE": "pagetotal", "T2": "series", "M1": "number", "NV": "extra:ris-nv"},  # its SP: pages
    "PAMP": {"SP": "pagetotal", "M1": "number"},
    **dict.fromkeys(("CHAP", "ECHAP"), _BOOK_PART),
    **dict.fromkeys(PERIODICALS, _PERIODICAL),
    "NEWS": {**_PERIODICAL, "SE": "extra:section"},
    # PubMed Central's and the NIH manuscript ids; ET is EndNote's "Epub Date", not an edition
    "JOUR": {**_PERIODICAL, "C2": "pmcid", "C6": "nihmsid", "ET": "extra:epubdate"},
    "ELEC": _WEB_PAGE,
    "WEB": {**_WEB_PAGE, **_SERIES_EDITOR_A2},
    **dict.fromkeys(("CONF", "CPAPER"), _CONFERENCE),
    "THES": {"PB": "institution", "M3": "genre", "SP": "pagetotal", "A3": "advisor"},
    "RPRT": {"PB": "institution", "SN": "number", "T2": "series", "M1": "extra:documentnumber", **_SERIES_EDITOR_A2},
    "GOVDOC": {"PB": "institution", "SN": "number", "T2": "series"},
    "STAND": {"SN": "standard_number", "T2": "series"},
    "UNPB": {"M1": "number_alt", **_SERIES_EDITOR_A2},  # EndNote's "Number": the issue when IS gives none (Zotero)
    "GEN": {"M1": "number_alt"},
    "MANSCPT": {"PB": "institution", "SP": "pagetotal", "M3": "genre"},
    "PAT": {
        "SN": "patent_number",
        "M1": "extra:applicationnumber",
        "A2": "institution",  # the issuing organization
        "C4": "extra:attorneyagent",
        "C5": "extra:references",
        "C6": "extra:legalstatus",
        "OP": "extra:prioritynumbers",
        "PB": "extra:holder",  # the assignee
        "C1": "extra:filingdate",
        "C2": "date",  # the issue date
        "VL": "extra:version",  # the patent's version number
    },
    "DATA": {
        "A4": "funding",  # the funding agency
        "ET": "extra:version",
        "NV": "number",  # the study number
        "T3": "series",
    },
    "COMP": {"ET": "extra:version", "T2": "series", "M3": "genre", **_SERIES_EDITOR_A2},
    # A2 the series editor (the specification), A3 too (Zotero's map): record.move_tertiary
    "MAP": {"C1": "extra:scale", "C3": "extra:dimensions", "T2": "series", "M3": "genre", **_SERIES_EDITOR_A2},
    "ART": {**_IMAGE, "M1": "extra:dimensions"},
    **dict.fromkeys(("CHART", "FIGURE", "EQUA"), _IMAGE),
    # as a film (Zotero reads ADVS as one): C4 the genre, M3 ("Type": DVD, slides) the medium
    "ADVS": {**_VIDEO, "A2": "extra:performer", "A3": "extra:producer", "C4": "genre", "M3": "extra:medium"},
    "MPCT": {
        **_VIDEO,
        "A3": "extra:producer",
        "A4": "extra:performer",
        "C4": "genre",
        "M3": "extra:medium",
        "T2": "series",
    },
    "VIDEO": {**_VIDEO, "A3": "extra:producer"},  # T2: a broadcast's programme
    "MULTI": {**_VIDEO, **_SERIES_EDITOR_A2, "A3": "extra:producer", "T2": "series"},
    "MUSIC": _RECORDING,
    "SOUND": {**_RECORDING, "SP": "extra:dimensions"},  # a score has pages, a recording a running time
    "SLIDE": {"T2": "extra:eventtitle", "A2": "author"},  # A2: the presenter (Zotero's RIS.js), not an editor
    "BLOG": {"C2": "extra:commenter"},
    "BILL": {
        "A2": "author",  # the sponsor
        "M1": "number",
        "ET": "extra:session",
        "OP": "extra:history",
        "SE": "extra:section",
        "SP": "pages",  # the code pages
        "T2": "container",  # the code
        "T3": "institution",  # the legislative body
        "VL": "volume",  # the code volume
        "A3": "extra:cosponsor",
    },
    "HEAR": {
        "M1": "number",
        "ET": "extra:session",
        "OP": "extra:history",
        "T2": "extra:committee",
        "T3": "institution",
    },
    "STAT": {
        "M1": "number",  # the public law number
        "ET": "extra:session",
        "OP": "extra:history",
        "SE": "extra:section",
        "T2": "container",  # the code
        "VL": "volume",  # the code number
    },
    "CASE": {
        "A2": "container",  # the reporter
        "A4": "extra:counsel",
        "PB": "institution",  # the court
        "SP": "pages",  # the first page
        "SV": "number",  # the docket number
        "VL": "volume",  # the reporter volume
        "OP": "extra:history",
    },
    "LEGAL": {"A2": "institution", "OP": "extra:history", "SE": "extra:section"},
    "PCOMM": {"A2": "extra:recipient", "M3": "genre"},
    "ICOMM": {"A2": "extra:recipient", "M3": "genre"},
}


# Every code the specification (and EndNote's names) defines; another ``TY`` is unknown: kept, said, its type guessed.
# books, whose T3 is a series as much as T2 (Zotero: the first of them)
_BOOKS = frozenset({"BOOK", "CLSWK", "EBOOK", "EDBOOK", "SER"})
KNOWN_CODES = frozenset({*TYPES, *KEPT_TYPES, *TYPE_TAGS, *ENDNOTE_TYPES.values(), "UNBILL"})


def tags_of(code: str, general: dict[str, str]) -> dict[str, str]:
    """The meaning of every tag in type ``code``: the general table with the type's own meanings over it."""
    own = TYPE_TAGS.get(code, {})
    tags = {**general, **own}
    if "IS" not in own and any(name == "number" for tag, name in own.items() if tag != "IS"):
        tags["IS"] = "number_alt"  # the type's own number (a book's series volume, a bill's number) comes first
    if own.get("T2") == "series" and tags.get("T3") == "series" and code not in _BOOKS:
        tags["T3"] = "series_alt"  # the type's series is T2 (EndNote's "Series Title"); a T3 after it is kept
    if code in _MULTIVOLUME:
        tags.setdefault("NV", "extra:volumes")
    if code in _OTHER_A3 and tags.get("A3") == general.get("A3"):
        tags["A3"] = "extra:ris-a3"
    return tags


def keep_type(record: Record, code: str) -> None:
    """A type biblio folds into misc keeps its BibLaTeX and CSL type, written again by the exports."""
    biblatex, csl = KEPT_TYPES.get(code, ("", ""))
    if record.type is not EntryType.MISC:
        return
    if biblatex:
        record.latex["@type"] = biblatex
    if csl:
        record.csl_extra["type"] = csl
