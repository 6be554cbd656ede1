"""DOIs, arXiv ids and ISBNs in a PDF's first pages and its metadata.

A paper names its own DOI near the top of page 1 (``DOI: 10.…``, ``https://doi.org/10.…``), in the
page footer, or in the XMP/Info metadata; the DOIs of the works it cites come later, in the
references. So: metadata first, then labelled DOIs on the first pages before a references heading,
then a bare ``10.NNNN/…`` on page 1 only. An arXiv id counts only with its ``arXiv:`` label (the
stamp arXiv prints in the margin); an ISBN only with its ``ISBN`` label and a valid check digit.
All patterns are anchored on literals, so a search is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.errors import InputError
from biblio.net.ids import normalize_isbn

HEAD_PAGES = 2  # pages searched for identifiers
_DOI_BODY = r"10\.\d{4,9}/[^\s\"'<>，。；]{1,200}"
_LABELLED_DOI = re.compile(rf"(?:\bdoi\b\s*[:：]?\s*|doi\.org/)({_DOI_BODY})", re.IGNORECASE)
_BARE_DOI = re.compile(rf"\b({_DOI_BODY})")
_ARXIV_NEW = re.compile(r"\barXiv\s*:\s*(\d{4}\.\d{4,5})(v\d{1,3})?", re.IGNORECASE)
_ARXIV_OLD = re.compile(r"\barXiv\s*:\s*([a-z][a-z.\-]{1,20}/\d{7})(v\d{1,3})?", re.IGNORECASE)
_ISBN = re.compile(r"\bISBN(?:-1[03])?\s*[:：]?\s*((?:97[89][\s\-]?)?\d[\d\s\-]{7,14}[\dXx])")
_REFERENCES = re.compile(
    r"^\s*(?:references|bibliography|works cited|参考文献|参考资料|литература|список литературы|библиография)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
_TRAILING = ".,;:}>\u3002\uff0c"


@dataclass(frozen=True, slots=True)
class Identifiers:
    """The identifiers found; empty strings when absent."""

    doi: str = ""
    arxiv: str = ""
    isbn: str = ""

    def __bool__(self) -> bool:
        return bool(self.doi or self.arxiv or self.isbn)


def clean_doi(raw: str) -> str:
    """A DOI without trailing punctuation or an unbalanced closing bracket, lower-cased."""
    doi = raw.rstrip(_TRAILING)
    while doi and doi[-1] in ")]" and doi.count(doi[-1]) > doi.count("(" if doi[-1] == ")" else "["):
        doi = doi[:-1].rstrip(_TRAILING)
    return doi.lower()


def _before_references(text: str) -> str:
    match = _REFERENCES.search(text)
    return text[: match.start()] if match else text


def doi_in_text(pages: list[str]) -> str:
    """The paper's own DOI in the first pages (labelled), else a bare DOI on page 1, else ``""``."""
    head = [_before_references(page) for page in pages[:HEAD_PAGES]]
    for page in head:
        match = _LABELLED_DOI.search(page)
        if match:
            return clean_doi(match.group(1))
    if head:
        match = _BARE_DOI.search(head[0])
        if match:
            return clean_doi(match.group(1))
    return ""


def arxiv_in_text(pages: list[str]) -> str:
    """An ``arXiv:`` id in the first pages (without its version), else ``""``."""
    for page in pages[:HEAD_PAGES]:
        match = _ARXIV_NEW.search(page) or _ARXIV_OLD.search(page)
        if match:
            return match.group(1)
    return ""


def isbn_in_text(pages: list[str]) -> str:
    """A labelled ISBN with a valid check digit in the first pages (as ISBN-13 digits), else ``""``."""
    for page in pages[:HEAD_PAGES]:
        for match in _ISBN.finditer(page):
            try:
                return normalize_isbn(match.group(1))
            except InputError:
                continue
    return ""


def find_identifiers(pages: list[str], metadata: list[str]) -> Identifiers:
    """Identifiers from metadata values (XMP, Info) first, then from the first pages."""
    meta_text = "\n".join(metadata)
    doi = doi_in_text([meta_text]) if "10." in meta_text else ""
    return Identifiers(
        doi=doi or doi_in_text(pages),
        arxiv=arxiv_in_text([meta_text]) or arxiv_in_text(pages),
        isbn=isbn_in_text([meta_text]) or isbn_in_text(pages),
    )
