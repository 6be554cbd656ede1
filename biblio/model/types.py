"""Entry types and their names in BibLaTeX, CSL, RIS and GB/T 7714."""

from __future__ import annotations

from enum import StrEnum


class EntryType(StrEnum):
    """The kinds of work a record can describe."""

    ARTICLE = "article"
    BOOK = "book"
    INBOOK = "inbook"
    INCOLLECTION = "incollection"
    INPROCEEDINGS = "inproceedings"
    PROCEEDINGS = "proceedings"
    COLLECTION = "collection"
    THESIS = "thesis"
    REPORT = "report"
    ONLINE = "online"
    NEWSPAPER = "newspaper"  # newspaper article
    MAGAZINE = "magazine"  # magazine article
    STANDARD = "standard"
    PATENT = "patent"
    DATASET = "dataset"
    MISC = "misc"

    @classmethod
    def parse(cls, text: str) -> EntryType:
        """The type for a BibLaTeX/BibTeX entry type name, CSL type or our own name; MISC if unknown."""
        name = text.strip().lower()
        try:
            return cls(name)
        except ValueError:
            pass
        found = _BIBTEX_ALIASES.get(name) or CSL_TO_TYPE.get(name)
        return found or cls.MISC


_BIBTEX_ALIASES: dict[str, EntryType] = {
    "phdthesis": EntryType.THESIS,
    "mastersthesis": EntryType.THESIS,
    "techreport": EntryType.REPORT,
    "www": EntryType.ONLINE,
    "electronic": EntryType.ONLINE,
    "webpage": EntryType.ONLINE,
    "conference": EntryType.INPROCEEDINGS,
    "booklet": EntryType.BOOK,
    "mvbook": EntryType.BOOK,
    "manual": EntryType.REPORT,
    "unpublished": EntryType.MISC,
    "suppbook": EntryType.INBOOK,
    "bookinbook": EntryType.INBOOK,
    "mvcollection": EntryType.COLLECTION,
    "reference": EntryType.COLLECTION,
    "inreference": EntryType.INCOLLECTION,
    "mvproceedings": EntryType.PROCEEDINGS,
    "periodical": EntryType.MISC,
    "software": EntryType.MISC,
    "data": EntryType.DATASET,
}

TYPE_TO_CSL: dict[EntryType, str] = {
    EntryType.ARTICLE: "article-journal",
    EntryType.BOOK: "book",
    EntryType.INBOOK: "chapter",
    EntryType.INCOLLECTION: "chapter",
    EntryType.INPROCEEDINGS: "paper-conference",
    EntryType.PROCEEDINGS: "book",
    EntryType.COLLECTION: "book",
    EntryType.THESIS: "thesis",
    EntryType.REPORT: "report",
    EntryType.ONLINE: "webpage",
    EntryType.NEWSPAPER: "article-newspaper",
    EntryType.MAGAZINE: "article-magazine",
    EntryType.STANDARD: "standard",
    EntryType.PATENT: "patent",
    EntryType.DATASET: "dataset",
    EntryType.MISC: "document",
}

CSL_TO_TYPE: dict[str, EntryType] = {
    "article-journal": EntryType.ARTICLE,
    "article": EntryType.ARTICLE,
    "review": EntryType.ARTICLE,
    "book": EntryType.BOOK,
    "chapter": EntryType.INCOLLECTION,
    "paper-conference": EntryType.INPROCEEDINGS,
    "thesis": EntryType.THESIS,
    "report": EntryType.REPORT,
    "webpage": EntryType.ONLINE,
    "post": EntryType.ONLINE,
    "post-weblog": EntryType.ONLINE,
    "article-newspaper": EntryType.NEWSPAPER,
    "article-magazine": EntryType.MAGAZINE,
    "standard": EntryType.STANDARD,
    "patent": EntryType.PATENT,
    "dataset": EntryType.DATASET,
    "document": EntryType.MISC,
    "manuscript": EntryType.MISC,
}

TYPE_TO_BIBLATEX: dict[EntryType, str] = {t: t.value for t in EntryType}
TYPE_TO_BIBLATEX[EntryType.NEWSPAPER] = "article"  # biblatex: @article with entrysubtype=newspaper
TYPE_TO_BIBLATEX[EntryType.MAGAZINE] = "article"

TYPE_TO_BIBTEX: dict[EntryType, str] = {
    EntryType.ARTICLE: "article",
    EntryType.BOOK: "book",
    EntryType.INBOOK: "inbook",
    EntryType.INCOLLECTION: "incollection",
    EntryType.INPROCEEDINGS: "inproceedings",
    EntryType.PROCEEDINGS: "proceedings",
    EntryType.COLLECTION: "book",
    EntryType.THESIS: "phdthesis",
    EntryType.REPORT: "techreport",
    EntryType.ONLINE: "misc",
    EntryType.NEWSPAPER: "article",
    EntryType.MAGAZINE: "article",
    EntryType.STANDARD: "misc",
    EntryType.PATENT: "misc",
    EntryType.DATASET: "misc",
    EntryType.MISC: "misc",
}

# GB/T 7714-2015 document type codes (文献类型标识).
TYPE_TO_GBT: dict[EntryType, str] = {
    EntryType.ARTICLE: "J",
    EntryType.BOOK: "M",
    EntryType.INBOOK: "M",
    EntryType.INCOLLECTION: "M",
    EntryType.INPROCEEDINGS: "C",
    EntryType.PROCEEDINGS: "C",
    EntryType.COLLECTION: "G",
    EntryType.THESIS: "D",
    EntryType.REPORT: "R",
    EntryType.ONLINE: "EB",
    EntryType.NEWSPAPER: "N",
    EntryType.MAGAZINE: "J",
    EntryType.STANDARD: "S",
    EntryType.PATENT: "P",
    EntryType.DATASET: "DS",
    EntryType.MISC: "Z",
}

GBT_TO_TYPE: dict[str, EntryType] = {
    "J": EntryType.ARTICLE,
    "M": EntryType.BOOK,
    "C": EntryType.INPROCEEDINGS,
    "G": EntryType.COLLECTION,
    "D": EntryType.THESIS,
    "R": EntryType.REPORT,
    "EB": EntryType.ONLINE,
    "N": EntryType.NEWSPAPER,
    "S": EntryType.STANDARD,
    "P": EntryType.PATENT,
    "DB": EntryType.DATASET,
    "DS": EntryType.DATASET,
    "CP": EntryType.MISC,
    "A": EntryType.INCOLLECTION,
    "CM": EntryType.MISC,
    "Z": EntryType.MISC,
}

TYPE_TO_RIS: dict[EntryType, str] = {
    EntryType.ARTICLE: "JOUR",
    EntryType.BOOK: "BOOK",
    EntryType.INBOOK: "CHAP",
    EntryType.INCOLLECTION: "CHAP",
    EntryType.INPROCEEDINGS: "CPAPER",
    EntryType.PROCEEDINGS: "CONF",
    EntryType.COLLECTION: "EDBOOK",
    EntryType.THESIS: "THES",
    EntryType.REPORT: "RPRT",
    EntryType.ONLINE: "ELEC",
    EntryType.NEWSPAPER: "NEWS",
    EntryType.MAGAZINE: "MGZN",
    EntryType.STANDARD: "STAND",
    EntryType.PATENT: "PAT",
    EntryType.DATASET: "DATA",
    EntryType.MISC: "GEN",
}
