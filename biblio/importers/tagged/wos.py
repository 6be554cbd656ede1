"""Web of Science tagged exports ("Plain text file", ``savedrecs.txt``; ``.ciw`` for EndNote): importer ``wos``.

The format (Clarivate's field tags): a header (``FN Clarivate Analytics Web of Science``, ``VR 1.0``), then
records from ``PT`` (J journal, B book, S series, P patent) to ``ER``, and ``EF`` at the end. A tag line is
two characters, a space and the value; a line starting with three spaces continues the field before it: one
more person in ``AU``/``AF``/``BE``/``CA``, one more address in ``C1``, one more cited work in ``CR``, else a
wrapped value. ``SO``, ``PU`` and ``PI`` are written in capitals.

Compared with Zotero's "Web of Science Tagged" translator (the peer measured in docs/benchmarks.md), this
reads the document type (``DT``: a proceedings paper, a book chapter), the conference, editors, series,
book authors, both ISSNs, PubMed and accession ids, funding, the article number and the record again in its
own language (``Z1``-``Z4``: title, authors, source, abstract in Chinese, Korean or Russian from the regional
indexes, kept as parallel values and the authors' romanizations); it keeps every other tag
(``CR`` cited references, ``C1`` addresses, categories, counts) under ``extra["wos-<tag>"]``. The short
author forms (``AU``: "Parkes-Loach, PS") are used only when the full names (``AF``) are missing: they are the
same people.
"""

from __future__ import annotations

import re

from biblio.importers.base import ImportResult
from biblio.importers.tagged.reader import Converted, TaggedEntry, TagSyntax, parse_tagged
from biblio.importers.tagged.record import Fields, collect, finish
from biblio.importers.tagged.sniff import sniff_wos
from biblio.model import EntryType, Provenance
from biblio.model.written_dates import tagged_date

_TAG_LINE = r"^([A-Z][A-Z0-9])(?: (.*))?$"
# Each continuation line of these is one more item (a person, an address, a cited work).
_LIST_TAGS = frozenset("AU AF BA BF BE CA GP C1 C3 CR RI OI Z2".split())
_SYNTAX = TagSyntax(
    tag_line=re.compile(_TAG_LINE),
    start="PT",
    end="ER",
    blank_ends=False,
    list_tags=_LIST_TAGS,
)
# The file's own lines, outside any record.
_FILE_LINES = re.compile(r"^\ufeff?(?:FN|VR|EF)(?: .*)?$", re.MULTILINE)

TAGS: dict[str, str] = {
    "PT": "",
    "ER": "",
    "TI": "title",
    "SO": "container",
    "SE": "series",
    "AF": "author",
    "AU": "author_short",
    "CA": "corporate",
    "GP": "corporate",
    "BE": "editor",
    "BF": "bookauthor",
    "BA": "bookauthor_short",
    "LA": "language",
    "DE": "keywords",
    "ID": "keywords_plus",
    "AB": "abstract",
    "C1": "affiliation",
    "FU": "funding",
    "PU": "publisher",
    "PI": "place",
    "SN": "issn",
    "EI": "issn",
    "BN": "isbn",
    "JI": "shortjournal",
    "PY": "year",
    "PD": "pubdate",
    "VL": "volume",
    "IS": "number",
    "BP": "start_page",
    "EP": "end_page",
    "AR": "extra:eid",  # the article number
    "DI": "doi",
    "UT": "accession",  # WOS:000221807500019
    "PM": "pmid",
    "CT": "eventtitle",
    "CL": "extra:venue",
    "CY": "eventdate",  # OCT 31-NOV 02, 2012: see _event_date
    # the regional indexes on the platform (Chinese Science Citation Database, KCI, Russian Science Citation
    # Index) give each record again in its own language: Z1 title, Z2 authors, Z3 source, Z4 abstract
    "Z1": "title_tr",
    "Z2": "author_native",
    "Z3": "container_tr",
    "Z4": "abstract",
}
_MINOR_WORDS = frozenset(
    "a an and as at by de del der des di du for from in la le of on or the to und van von with".split()
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_SHORT_NAME = re.compile(r"([^,]+),\s*([A-Z]{1,4})")
_EVENT_DATE = re.compile(r"([A-Z]{3})(?: (\d{1,2}))?(?:-(?:([A-Z]{3}) )?(\d{1,2}))?, (\d{4})")
_MONTHS = {m: i for i, m in enumerate("JAN FEB MAR APR MAY JUN JUL AUG SEP OCT NOV DEC".split(), start=1)}


class WosImporter:
    """Web of Science tagged files (name ``wos``)."""

    name: str = "wos"
    version: str = "1"
    suffixes: tuple[str, ...] = (".txt", ".ciw")

    def sniff(self, text: str) -> float:
        """A ``PT`` line (after the ``FN``/``VR`` header) and mostly ``XX value`` tag lines."""
        return sniff_wos(text)

    def parse(self, text: str) -> ImportResult:
        """Every ``PT`` ... ``ER`` block -> one record."""
        return parse_tagged(_FILE_LINES.sub("", text), _SYNTAX, self._convert, "Web of Science")

    def _convert(self, entry: TaggedEntry) -> Converted:
        fields = collect(entry, TAGS, "wos")
        _split_lists(fields)
        _people(fields)
        kind = _kind(entry.first("PT").strip().upper(), entry.first("DT"))
        _uncap(fields)
        _date(fields)
        _event_date(fields)
        if kind is EntryType.BOOK and not fields.get("author") and fields.get("extra:bookauthor"):
            fields["author"] = fields.pop("extra:bookauthor")
        provenance = Provenance(importer=self.name, importer_version=self.version, locator=f"line {entry.line}")
        return finish(fields, kind, provenance, "Web of Science record (TI)")


def _split_lists(fields: Fields) -> None:
    """One item per line of a list tag; ``; ``-separated keywords into one list."""
    for name in ("author", "author_short", "editor", "corporate", "bookauthor", "bookauthor_short", "affiliation"):
        if name in fields:
            fields[name] = [item.strip() for v in fields[name] for item in v.split("\n") if item.strip()]
    plus = [w.strip() for v in fields.pop("keywords_plus", []) for w in v.split(";") if w.strip()]
    fields.setdefault("keywords", []).extend(w.lower() if w.isupper() else w for w in plus)  # KeyWords Plus: capitals


def _people(fields: Fields) -> None:
    """Full names (``AF``, ``BF``) over the short forms (``AU``, ``BA``) of the same people."""
    short = fields.pop("author_short", [])
    fields["author"] = [_initials(v) for v in fields.get("author") or short]  # old records: AF as short as AU
    native = [n.strip() for v in fields.pop("author_native", []) for n in re.split(r"[\n;；]", v) if n.strip()]
    if native:  # the authors in their own script (Z2), their Latin forms (AF) paired with them as romanizations
        fields["author_tr"], fields["author"] = ["; ".join(fields["author"])], native
    short_book = fields.pop("bookauthor_short", [])
    books = [_initials(v) for v in fields.pop("bookauthor", []) or short_book]
    if books:
        fields["extra:bookauthor"] = ["; ".join(books)]


def _initials(short: str) -> str:
    """``Petrov, IV`` -> ``Petrov, I. V.``: a short form's capitals are initials (IV is no suffix here)."""
    match = _SHORT_NAME.fullmatch(short.strip())
    return f"{match.group(1)}, {'. '.join(match.group(2))}." if match else short


def _kind(pt: str, document_type: str) -> EntryType:
    """The type from ``PT`` and ``DT``. A paper in a journal is an article, a conference's included
    (``DT Article; Proceedings Paper``: it is cited by its journal, volume and pages; ``CT`` keeps the
    conference); in a book or a book series a proceedings paper is a conference paper, anything else but a
    whole book a chapter."""
    dt = document_type.lower()
    if pt == "P" or "patent" in dt:
        return EntryType.PATENT
    if "thesis" in dt or "dissertation" in dt:
        return EntryType.THESIS
    if pt not in ("B", "S"):
        return EntryType.ARTICLE
    if "proceedings paper" in dt:
        return EntryType.INPROCEEDINGS
    return EntryType.BOOK if dt.strip() == "book" else EntryType.INCOLLECTION


def _uncap(fields: Fields) -> None:
    """``SO``, ``PU``, ``PI`` in capitals -> title case (as Zotero does); mixed case is kept as written. The
    ISO abbreviation (``JI``, mixed case) shows which words are acronyms: ``IEEE Trans. Magn.``."""
    acronyms = [w for v in fields.get("shortjournal", []) for w in _WORD.findall(v)]
    kept = {w.lower(): w for w in acronyms if len(w) > 1 and w.isupper()}
    for name in ("container", "publisher", "place", "series"):
        fields[name] = [headline(v, kept) if v.isupper() else v for v in fields.get(name, [])]
        if not fields[name]:
            del fields[name]


def headline(text: str, kept: dict[str, str] | None = None) -> str:
    """``JOURNAL OF POLYMER SCIENCE PART B-POLYMER PHYSICS`` -> ``Journal of Polymer Science Part B-Polymer
    Physics``: every word capitalised but the minor ones inside; a word in ``kept`` (lower case -> as written)
    is written so."""
    lowered = " ".join(text.lower().split())
    kept = kept or {}

    def word(match: re.Match[str]) -> str:
        found = match.group(0)
        if found in kept:
            return kept[found]
        inside = match.start() > 0 and lowered[match.start() - 1] == " "
        return found if inside and found in _MINOR_WORDS else found.capitalize()

    return _WORD.sub(word, lowered)


def _event_date(fields: Fields) -> None:
    """``CY OCT 31-NOV 02, 2012`` -> ``2012-10-31/2012-11-02`` (BibLaTeX's eventdate is an ISO date or range);
    a form this does not read is kept as written (``extra["wos-cy"]``)."""
    for stated in fields.pop("eventdate", [])[:1]:
        if re.fullmatch(r"\d{4}", stated.strip()):
            fields["extra:eventdate"] = [stated.strip()]
            continue
        found = _EVENT_DATE.fullmatch(" ".join(stated.upper().split()))
        months = _MONTHS.get(found.group(1), 0) if found else 0
        if not found or not months:
            fields["extra:wos-cy"] = [stated]
            continue
        year, day = found.group(5), found.group(2)
        start = f"{year}-{months:02d}" + (f"-{int(day):02d}" if day else "")
        end_month = _MONTHS.get(found.group(3) or found.group(1), 0)
        end = f"{year}-{end_month:02d}-{int(found.group(4)):02d}" if found.group(4) and end_month else ""
        fields["extra:eventdate"] = [f"{start}/{end}" if end else start]


def _date(fields: Fields) -> None:
    """``PY 2004`` with ``PD JUN 8`` -> 2004-06-08. A ``PD`` the date cannot hold (a season, a range) is kept."""
    year = fields.get("year", [""])[0].strip()
    stated = " ".join(fields.pop("pubdate", [""])[0].split())
    date = tagged_date(f"{stated} {year}".strip(), year) if stated else ""
    if date:
        fields["date"] = [date]
    if stated and (not date or len(date) <= 4 or "-" in stated):
        fields["extra:wos-pd"] = [stated]
