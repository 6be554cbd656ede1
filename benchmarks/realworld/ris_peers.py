"""What Zotero's RIS translator and JabRef's RIS importer make of each RIS tag in each RIS type, as tables.

These are models of the two peers written from their import code (Zotero ``RIS.js``: its ``fieldMap`` and
``degenerateImportFieldMap``, its type map; JabRef ``RisImporter``) and checked against the dev split's
expected items (``zotero_ris/RIS-02``: EndNote's RIS export of every type, each value its EndNote label,
with Zotero's items; JabRef's dev cases). ``benchmarks/tagged_mapping.py`` feeds biblio one record per
type carrying every tag, builds the item each peer would make of it from these tables and scores biblio
against it with the benchmark's own comparison: every miss is a cell where biblio and a peer disagree.
The table it prints is ``docs/tagged-mapping.md``.
"""

from __future__ import annotations

# RIS type -> Zotero item type (RIS.js importTypeMap, else the exported type it names; unknown -> journalArticle)
ZOTERO_TYPES: dict[str, str] = {
    "ABST": "journalArticle",
    "ADVS": "film",
    "AGGR": "document",
    "ANCIENT": "document",
    "ART": "artwork",
    "BILL": "bill",
    "BLOG": "blogPost",
    "BOOK": "book",
    "CASE": "case",
    "CHAP": "bookSection",
    "CHART": "artwork",
    "CLSWK": "book",
    "COMP": "computerProgram",
    "CONF": "conferencePaper",
    "CPAPER": "conferencePaper",
    "CTLG": "magazineArticle",
    "DATA": "dataset",
    "DBASE": "dataset",
    "DICT": "dictionaryEntry",
    "EBOOK": "book",
    "ECHAP": "bookSection",
    "EDBOOK": "book",
    "EJOUR": "journalArticle",
    "ELEC": "webpage",
    "ENCYC": "encyclopediaArticle",
    "EQUA": "document",
    "FIGURE": "artwork",
    "GEN": "journalArticle",
    "GOVDOC": "report",
    "GRANT": "journalArticle",
    "HEAR": "hearing",
    "ICOMM": "email",
    "INPR": "manuscript",
    "JFULL": "journalArticle",
    "JOUR": "journalArticle",
    "LEGAL": "case",
    "MANSCPT": "manuscript",
    "MAP": "map",
    "MGZN": "magazineArticle",
    "MPCT": "film",
    "MULTI": "videoRecording",
    "MUSIC": "audioRecording",
    "NEWS": "newspaperArticle",
    "PAMP": "manuscript",
    "PAT": "patent",
    "PCOMM": "letter",
    "RPRT": "report",
    "SER": "book",
    "SLIDE": "presentation",
    "SOUND": "audioRecording",
    "STAND": "report",
    "STAT": "statute",
    "THES": "thesis",
    "UNPB": "journalArticle",
    "VIDEO": "videoRecording",
    "WEB": "webpage",
}

Spec = dict[str, str | list[str]]
_AUTHORS: Spec = {
    "__default": "creators/author",
    "creators/artist": ["artwork"],
    "creators/cartographer": ["map"],
    "creators/composer": ["audioRecording"],
    "creators/director": ["film", "videoRecording"],
    "creators/inventor": ["patent"],
    "creators/programmer": ["computerProgram"],
}
# tag -> {"__default": field, field: [item types], "__exclude": [item types]}; "creators/<role>" is a creator.
# A field the item type does not have is dropped by Zotero (see VALID below); that costs biblio nothing.
ZOTERO_TAGS: dict[str, Spec] = {
    "AB": {"__default": "abstractNote"},
    "N2": {"__default": "abstractNote"},
    "AN": {"__default": "archiveLocation"},
    "CN": {"__default": "callNumber"},
    "DB": {"__default": "archive"},
    "DO": {"__default": "DOI"},
    "DP": {"__default": "libraryCatalog"},
    "J2": {"__default": "journalAbbreviation"},
    "JA": {"__default": "journalAbbreviation"},
    "KW": {"__default": "tags"},
    "N1": {"__default": "notes"},
    "RN": {"__default": "notes"},
    "UR": {"__default": "url"},
    "Y2": {"__default": "accessDate"},
    "TI": {"__default": "title", "caseName": ["case"], "nameOfAct": ["statute"], "subject": ["email"]},
    "T1": {"__default": "title", "caseName": ["case"], "nameOfAct": ["statute"], "subject": ["email"]},
    "CT": {"__default": "title"},
    "ST": {"__default": "shortTitle", "caseName": ["case"], "nameOfAct": ["statute"]},
    "T2": {
        "__default": "publicationTitle",
        "code": ["bill", "statute"],
        "bookTitle": ["bookSection"],
        "blogTitle": ["blogPost"],
        "conferenceName": ["conferencePaper"],
        "dictionaryTitle": ["dictionaryEntry"],
        "encyclopediaTitle": ["encyclopediaArticle"],
        "committee": ["hearing"],
        "websiteTitle": ["webpage"],
        "programTitle": ["radioBroadcast", "tvBroadcast"],
        "meetingName": ["presentation"],
        "seriesTitle": ["computerProgram", "map", "report"],
        "series": ["book"],
    },
    "JF": {"__default": "publicationTitle"},
    "JO": {"__default": "journalAbbreviation", "conferenceName": ["conferencePaper"]},
    "BT": {"__default": "publicationTitle", "title": ["book", "manuscript"], "bookTitle": ["bookSection"]},
    "T3": {
        "legislativeBody": ["hearing", "bill"],
        "series": ["bookSection", "conferencePaper", "journalArticle"],
        "seriesTitle": ["audioRecording"],
    },
    "AU": _AUTHORS,
    "A1": _AUTHORS,
    "ED": {"__default": "creators/editor"},
    "A2": {
        "__default": "creators/editor",
        "creators/seriesEditor": ["book", "report"],
        "creators/sponsor": ["bill"],
        "creators/performer": ["audioRecording"],
        "creators/presenter": ["presentation"],
        "creators/recipient": ["email", "letter"],
        "reporter": ["case"],
        "issuingAuthority": ["patent"],
    },
    "A3": {
        "__default": "creators/seriesEditor",
        "creators/editor": ["book"],
        "creators/producer": ["film", "videoRecording"],
        "creators/cosponsor": ["bill"],
        "creators/contributor": ["thesis"],
        "__exclude": ["report"],
    },
    "A4": {
        "__default": "creators/translator",
        "creators/counsel": ["case"],
        "creators/contributor": ["conferencePaper", "film", "dataset"],
    },
    "C1": {
        "filingDate": ["patent"],
        "creators/castMember": ["videoRecording"],
        "scale": ["map"],
        "place": ["conferencePaper"],
    },
    "C2": {"issueDate": ["patent"], "creators/bookAuthor": ["bookSection"], "creators/commenter": ["blogPost"]},
    "C3": {"artworkSize": ["artwork"], "proceedingsTitle": ["conferencePaper"], "country": ["patent"]},
    "C4": {"creators/wordsBy": ["audioRecording"], "creators/attorneyAgent": ["patent"], "genre": ["film"]},
    "C5": {
        "references": ["patent"],
        "audioRecordingFormat": ["audioRecording"],
        "videoRecordingFormat": ["film", "videoRecording"],
    },
    "C6": {"legalStatus": ["patent"]},
    "CY": {"__default": "place", "repositoryLocation": ["dataset"], "__exclude": ["conferencePaper"]},
    "PY": {"__default": "date", "dateEnacted": ["statute"], "dateDecided": ["case"], "issueDate": ["patent"]},
    "Y1": {"__default": "date", "dateEnacted": ["statute"], "dateDecided": ["case"], "issueDate": ["patent"]},
    "DA": {"__default": "date", "dateEnacted": ["statute"], "dateDecided": ["case"], "issueDate": ["patent"]},
    "ET": {
        "__default": "edition",
        "session": ["bill", "hearing", "statute"],
        "versionNumber": ["computerProgram", "dataset"],
        "__exclude": ["journalArticle"],  # EndNote's Epub Date
    },
    "IS": {"__default": "issue"},
    "LA": {"__default": "language", "programmingLanguage": ["computerProgram"]},
    "M1": {
        "__default": "extra",
        "seriesNumber": ["book"],
        "billNumber": ["bill"],
        "documentNumber": ["hearing"],
        "applicationNumber": ["patent"],
        "publicLawNumber": ["statute"],
        "issue": ["journalArticle"],
        "numberOfVolumes": ["bookSection"],
    },
    "M3": {
        "manuscriptType": ["manuscript"],
        "mapType": ["map"],
        "reportType": ["report"],
        "thesisType": ["thesis"],
        "websiteType": ["blogPost", "webpage"],
        "letterType": ["letter"],
        "presentationType": ["presentation"],
        "artworkMedium": ["artwork"],
    },
    "NV": {"__default": "numberOfVolumes"},
    "OP": {"history": ["hearing", "statute", "bill", "case"], "priorityNumbers": ["patent"]},
    "PB": {
        "__default": "publisher",
        "label": ["audioRecording"],
        "court": ["case"],
        "distributor": ["film"],
        "assignee": ["patent"],
        "institution": ["report", "manuscript"],
        "university": ["thesis"],
        "company": ["computerProgram"],
        "studio": ["videoRecording"],
        "repository": ["dataset"],
    },
    "SE": {"__default": "section", "__exclude": ["case"]},
    "SN": {
        "__default": "ISBN",
        "ISSN": ["journalArticle", "magazineArticle", "newspaperArticle"],
        "patentNumber": ["patent"],
        "reportNumber": ["report"],
    },
    "SP": {
        "__default": "pages",
        "codePages": ["bill"],
        "numPages": ["book", "thesis", "manuscript"],
        "firstPage": ["case"],
        "runningTime": ["film"],
    },
    "SV": {"seriesNumber": ["bookSection"], "docketNumber": ["case"]},
    "VL": {
        "__default": "volume",
        "codeNumber": ["statute"],
        "codeVolume": ["bill"],
        "reporterVolume": ["case"],
        "__exclude": ["patent", "webpage"],
    },
}

# The fields and creator roles each Zotero item type has (the subset the tables above can produce).
_COMMON = {"title", "abstractNote", "date", "language", "shortTitle", "url", "accessDate", "archive"}
_COMMON |= {"archiveLocation", "libraryCatalog", "callNumber", "tags", "notes", "extra", "creators/contributor"}
_BOOKISH = {"publisher", "place", "edition", "ISBN", "volume", "numberOfVolumes", "series", "seriesNumber"}
_BOOKISH |= {"creators/author", "creators/editor", "creators/seriesEditor", "creators/translator"}
VALID: dict[str, set[str]] = {
    "journalArticle": {"publicationTitle", "volume", "issue", "pages", "series", "journalAbbreviation", "DOI"}
    | {"ISSN", "creators/author", "creators/editor", "creators/translator", "section"},
    "magazineArticle": {"publicationTitle", "volume", "issue", "pages", "ISSN", "creators/author"}
    | {"creators/translator"},
    "newspaperArticle": {"publicationTitle", "place", "edition", "section", "pages", "ISSN", "creators/author"}
    | {"creators/translator"},
    "book": _BOOKISH | {"numPages"},
    "bookSection": _BOOKISH | {"bookTitle", "pages", "creators/bookAuthor"},
    "conferencePaper": {"proceedingsTitle", "conferenceName", "place", "publisher", "volume", "pages", "series"}
    | {"DOI", "ISBN", "creators/author", "creators/editor", "creators/seriesEditor", "creators/translator"},
    "thesis": {"thesisType", "university", "place", "numPages", "creators/author"},
    "report": {"reportNumber", "reportType", "seriesTitle", "place", "institution", "pages", "creators/author"}
    | {"creators/editor", "creators/seriesEditor", "creators/translator"},
    "patent": {"place", "country", "assignee", "issuingAuthority", "patentNumber", "filingDate", "pages"}
    | {"applicationNumber", "priorityNumbers", "issueDate", "references", "legalStatus", "creators/inventor"}
    | {"creators/attorneyAgent"},
    "dataset": {"identifier", "versionNumber", "repository", "repositoryLocation", "DOI", "creators/author"},
    "document": {"publisher", "creators/author", "creators/editor", "creators/translator"},
    "manuscript": {"manuscriptType", "place", "numPages", "creators/author", "creators/translator"} | {"institution"},
    "webpage": {"websiteTitle", "websiteType", "creators/author", "creators/translator"},
    "blogPost": {"blogTitle", "websiteType", "creators/author", "creators/commenter"},
    "dictionaryEntry": _BOOKISH | {"dictionaryTitle", "pages"},
    "encyclopediaArticle": _BOOKISH | {"encyclopediaTitle", "pages"},
    "artwork": {"artworkMedium", "artworkSize", "creators/artist"},
    "film": {"distributor", "genre", "videoRecordingFormat", "runningTime", "creators/director"}
    | {"creators/producer", "creators/contributor"},
    "videoRecording": {"videoRecordingFormat", "seriesTitle", "volume", "numberOfVolumes", "place", "studio"}
    | {"runningTime", "ISBN", "creators/director", "creators/producer", "creators/castMember"},
    "audioRecording": {"audioRecordingFormat", "seriesTitle", "volume", "numberOfVolumes", "place", "label"}
    | {"ISBN", "creators/composer", "creators/performer", "creators/wordsBy"},
    "bill": {"billNumber", "code", "codeVolume", "section", "codePages", "legislativeBody", "session"}
    | {"history", "creators/sponsor", "creators/cosponsor"},
    "statute": {"nameOfAct", "code", "codeNumber", "publicLawNumber", "dateEnacted", "pages", "section"}
    | {"session", "history", "creators/author"},
    "case": {"caseName", "court", "dateDecided", "docketNumber", "reporter", "reporterVolume", "firstPage"}
    | {"history", "creators/author", "creators/counsel"},
    "hearing": {"committee", "place", "publisher", "numberOfVolumes", "documentNumber", "pages"}
    | {"legislativeBody", "session", "history"},
    "letter": {"letterType", "creators/author", "creators/recipient"},
    "email": {"subject", "creators/author", "creators/recipient"},
    "map": {"mapType", "scale", "seriesTitle", "edition", "place", "publisher", "ISBN", "creators/cartographer"}
    | {"creators/seriesEditor"},
    "computerProgram": {"seriesTitle", "versionNumber", "system", "place", "company", "programmingLanguage"}
    | {"ISBN", "creators/programmer"},
    "presentation": {"presentationType", "place", "meetingName", "creators/presenter"},
}
# Zotero's own dev evidence (RIS-02): a value it drops although the type has the field
_DROPPED = {("report", "A3")}
# RIS types whose tag Zotero reads apart from their item type's (RIS-02: an edited book's AU are its editors)
_BY_CODE = {("EDBOOK", "AU"): "creators/editor", ("EDBOOK", "A1"): "creators/editor"}


def zotero_field(tag: str, item_type: str, code: str = "") -> str:
    """The Zotero field (or ``creators/<role>``) a tag becomes in ``item_type`` (RIS type ``code``); ``""``:
    dropped, or a note."""
    if (code, tag) in _BY_CODE:
        return _BY_CODE[code, tag]
    spec = ZOTERO_TAGS.get(tag)
    if spec is None or (item_type, tag) in _DROPPED:
        return ""
    found = next((name for name, types in spec.items() if isinstance(types, list) and item_type in types), "")
    if not found and item_type not in spec.get("__exclude", []):
        found = str(spec.get("__default", ""))
    if found in ("notes", "tags", "extra") or not found:
        return found
    return found if found in VALID.get(item_type, set()) | _COMMON | {"DOI", "journalAbbreviation"} else ""


# JabRef RisImporter: RIS type -> BibTeX type; every other type is misc
JABREF_TYPES: dict[str, str] = {
    "BOOK": "book",
    "JOUR": "article",
    "MGZN": "article",
    "THES": "phdthesis",
    "UNPB": "unpublished",
    "RPRT": "techreport",
    "CONF": "inproceedings",
    "CHAP": "incollection",
    "PAT": "patent",
}
# tag -> BibTeX field; "author"/"editor" collect names, "comment" joins its tags' values by newlines in order
JABREF_TAGS: dict[str, str] = {
    "TI": "title",
    "T1": "title",
    "BT": "booktitle",
    "T2": "journal",  # only when no journal yet
    "J2": "journal",  # only when no journal yet
    "JA": "journal",  # only when no journal yet
    "JO": "journal",
    "J1": "journal",
    "JF": "journal",
    "T3": "series",
    "AU": "author",
    "A1": "author",
    "A2": "author",
    "A3": "author",
    "A4": "author",
    "ED": "editor",
    "LA": "language",
    "CA": "caption",
    "DB": "database",
    "IS": "number",
    "AN": "number",
    "C7": "number",
    "M1": "number",
    "SP": "pages",
    "EP": "pages",
    "PB": "publisher",  # school for THES
    "AD": "address",
    "CY": "address",
    "PP": "address",
    "ET": "edition",
    "SN": "issn",
    "VL": "volume",
    "AB": "abstract",
    "N2": "abstract",
    "UR": "url",
    "L2": "url",
    "LK": "url",
    "Y1": "year",
    "PY": "year",
    "DA": "year",
    "Y2": "year",
    "KW": "keywords",
    "U1": "comment",
    "U2": "comment",
    "N1": "comment",
    "M3": "doi",  # only a DOI
    "DO": "doi",
    "C3": "eventtitle",
    "RN": "note",
    "ST": "shorttitle",
    "TT": "titleaddon",
    "SE": "chapter",
    "ID": "refid",
}
_FIRST_JOURNAL = frozenset({"T2", "J2", "JA"})


def jabref_field(tag: str, ris_type: str) -> str:
    """The BibTeX field JabRef files a tag under in ``ris_type`` (``""``: not kept)."""
    name = JABREF_TAGS.get(tag, "")
    if name == "publisher" and ris_type == "THES":
        return "school"
    return name


def jabref_first_journal(tag: str) -> bool:
    """``T2``/``J2``/``JA`` fill ``journal`` only when no journal was read before them."""
    return tag in _FIRST_JOURNAL
