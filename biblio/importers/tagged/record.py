"""Canonical fields of a tagged entry -> :class:`Record`, shared by RIS, Refer, RefWorks, NoteExpress and E-Study.

Each format maps its tags to the canonical names below (``title``, ``title_tr``, ``author``,
``container``, ``year``, ``pages``, ``keywords``...) and then calls :func:`to_record`. A tag a format
knows but biblio has no slot for maps to ``extra:<name>`` and is kept verbatim in ``Record.extra``.

The value classes handled here hold for every format (CNKI's exports bend each format the same way):

* the type: a CNKI database name (``年鉴``, ``国家标准``, ``中国专利``, ``科技成果``) decides over the
  format's generic type (CNKI labels standards and yearbooks alike ``Legal Rule or Regulation``);
* standard numbers: an ISBN-shaped value with a valid check digit is an ISBN whatever tag holds it,
  a valid ISSN an ISSN, a patent number (office prefix + digits) the patent's number;
* pages: ``1106-1111+1117`` keeps every part; a page count given beside a range (``%P 5`` and
  ``%P 269-273``) is the page count; an end page alone (``OP 004``) is the page; newspaper pages lose
  their leading zeros; a standard's bare page number is its page count;
* a thesis's journal/publisher slot is the degree grantor; a CNKI conference's publisher is the organizer;
  a patent's country comes from its number when the export does not say it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from biblio.importers.cnki.page import normalize_pages
from biblio.importers.fieldmap import (
    database_type,
    degree_in,
    lang_text,
    language_code,
    split_list,
    thesis_genre,
)
from biblio.importers.funding import parse_funding
from biblio.importers.identifiers import (
    isbn_digits,
    issn_form,
    looks_like_issn,
    looks_like_patent_number,
    patent_office,
)
from biblio.importers.tagged.markup import entities, plain_fields
from biblio.importers.tagged.reader import NOTE_TAG, Converted, TaggedEntry
from biblio.model import EntryType, LangText, Provenance, Record
from biblio.model.dates import month_number, season_in
from biblio.model.script import guess_language, has_cjk
from biblio.model.written_dates import tagged_date
from biblio.names.lists import make_name, make_names

Fields = dict[str, list[str]]

_PLAIN = ("edition", "publisher", "place", "series", "url", "pagetotal")
_IDENTS = {
    "cn": "cn",
    "clc": "clc",
    "dbcode": "cnki:dbcode",
    "filename": "cnki:filename",
    "dbname": "cnki:database",
    "dbname_code": "cnki:dbname",
    "callnumber": "callnumber",
    "accession": "accession",
    "database": "database",
    "pmcid": "pmcid",
    "pmid": "pmid",
    "nihmsid": "nihmsid",
}
_EXTRA = ("affiliation", "advisor", "discipline", "organization", "eventtitle", "shortjournal", "shorttitle")
_PERIODICAL_TYPES = frozenset({EntryType.ARTICLE, EntryType.MAGAZINE, EntryType.NEWSPAPER})
_CNKI_URL = re.compile(r"cnki\.(?:net|com)", re.IGNORECASE)


# Slots that hold one value: a second value of one of them (two ``PB`` lines, ``T2`` and ``T3`` both read as a
# book's series) is kept under its own tag (``extra["ris-t3"]``), never dropped. A name ending in ``_alt`` is a
# fallback for its base name (RIS ``IS`` beside a book's ``M1`` series volume): used when the base is missing,
# else kept under its tag.
SINGLE_VALUED = frozenset(
    "edition publisher place series url pagetotal volume number doi institution urldate date extra:volumes".split()
)


def collect(entry: TaggedEntry, tags: Mapping[str, str], fmt: str) -> Fields:
    """Values of an entry under their canonical names (a tag mapped to ``""`` is structure, e.g. the type line).

    A tag the format's table does not know is kept under ``extra:<fmt>-<tag>`` (``refworks-u4``), so no
    value is lost and ``biblio show`` displays it; so is a second, different value of a one-value slot.
    """
    found: Fields = {}
    fallbacks: list[tuple[str, str, str]] = []
    for tag, value, _ in entry.fields:
        name = "note" if tag == NOTE_TAG else tags.get(tag)
        if name is None:
            name = _kept_name(tag, fmt)
        if not (name and value):
            continue
        if name.endswith("_alt"):
            fallbacks.append((name[:-4], tag, value))
            continue
        _add(found, name, tag, value, fmt)
    for name, tag, value in fallbacks:
        _add(found, name, tag, value, fmt)
    return found


def _kept_name(tag: str, fmt: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", tag.lower()).strip("-") or f"x{ord(tag[-1]):x}"
    return f"extra:{fmt}-{slug}"


def _add(found: Fields, name: str, tag: str, value: str, fmt: str) -> None:
    have = found.get(name, [])
    if name in SINGLE_VALUED and have:
        if value.strip() in (v.strip() for v in have):
            return  # the same value again: nothing to keep
        name = _kept_name(tag, fmt)
    found.setdefault(name, []).append(value)


# Values that do not describe a work by themselves: the user's keywords and notes, the exporting database.
_NOT_CONTENT = frozenset({"keywords", "note", "language", "database", "dbname", "urldate", "genre"})


def untitled(fields: Fields, what: str) -> str:
    """``""`` when the entry has a title; else the message for an entry kept without one (a warning: it has
    an author, a university, an abstract, a URL ... to keep), or for one with nothing that describes a work
    (an error, see :func:`finish`: keywords or notes alone)."""
    if fields.get("title"):
        return ""
    described = any(any(v.strip() for v in values) for k, values in fields.items() if k not in _NOT_CONTENT)
    return f"{what} without a title imported" if described else f"{what} without content"


def guess_type(fields: Fields, *, publisher_makes_book: bool = True) -> EntryType:
    """The type of a record that does not state one (classic refer has no ``%0``, a damaged RIS record no
    ``TY``, RIS ``GEN`` is generic): a journal with a volume or issue makes an article, another container
    a chapter, a publisher a book (in classic refer, where a publisher alone is a book's mark)."""
    if fields.get("genre") and not fields.get("container"):
        return EntryType.MISC  # to_record turns 博士/硕士 into a thesis
    if fields.get("container") and any(fields.get(k) for k in ("volume", "number")):
        return EntryType.ARTICLE
    if fields.get("container"):
        return EntryType.INCOLLECTION
    return EntryType.BOOK if publisher_makes_book and fields.get("publisher") else EntryType.MISC


def move_tertiary(
    fields: dict[str, list[str]], kind: EntryType, source: str, *, book_editor: bool, report_author: bool = False
) -> None:
    """Where a format's tertiary authors (``fields[source]``: RIS ``A3``, Refer ``%Y``, RefWorks ``A3``) go.

    A thesis's (or a record whose genre names a degree: CNKI's 导师) are its advisors; a book's are its editors
    where the format says so (``book_editor``: EndNote's tertiary author of a book); a report's are kept as the
    tertiary author where the format gives no role (``report_author``: Refer); all others are series editors,
    kept apart from the editors so that they never print as the work's editors (CSL's collection-editor).
    """
    names = fields.pop(source, [])
    if not names:
        return
    if kind is EntryType.THESIS or degree_in(" ".join(fields.get("genre", []))):
        target = "advisor"
    elif book_editor and kind is EntryType.BOOK:
        target = "editor"
    elif report_author and kind is EntryType.REPORT:
        target = "extra:tertiaryauthor"
    else:
        target = "extra:serieseditor"
    fields.setdefault(target, []).extend(names)


def finish(fields: Fields, kind: EntryType, provenance: Provenance, what: str) -> Converted:
    """The record, with a warning when it has no title; an error message when it has no title, author,
    container or date either. A record is never dropped for a missing title alone: its values are kept.
    A record with a short title only (EndNote exports missing the full title) is titled by it, as Zotero does."""
    if not any(v.strip() for v in fields.get("title", [])):
        if short := [v for v in fields.get("shorttitle", []) if v.strip()]:
            fields["title"] = short[:1]
    problem = untitled(fields, what)
    if problem.endswith("without content"):
        return problem
    record = to_record(fields, kind, provenance)
    return (record, problem) if problem else record


def from_cnki(fields: Fields) -> bool:
    """The record came from CNKI (its database provider, database name or URL says so)."""
    provider = " ".join(fields.get("database", []))
    return "CNKI" in provider.upper() or bool(fields.get("dbname")) or bool(_CNKI_URL.search(_first(fields, "url")))


def to_record(fields: Fields, kind: EntryType, provenance: Provenance) -> Record:
    """Build the record; ``kind`` is the type from the format's own type tag."""
    kind = next((t for t in map(database_type, fields.get("dbname", [])) if t), None) or kind
    genre = thesis_genre(_first(fields, "genre"))
    if kind in (EntryType.MISC, EntryType.REPORT) and degree_in(genre):
        kind = EntryType.THESIS
    record = Record(type=kind, provenance=provenance, genre=genre)
    plain_fields(fields)
    for name in _PLAIN:
        setattr(record, name, " ".join(_first(fields, name).split()))
    record.url = entities(record.url)  # &amp; is &, but &param=1 in a URL is no entity
    record.volume = " ".join(_first(fields, "volume").split())
    record.number = " ".join(_first(fields, "number").split())
    record.number = record.number.lstrip("0") or record.number
    _notes(record, fields)
    _texts(record, fields)
    _people(record, fields)
    _dates_pages(record, fields)
    _ids(record, fields)
    _standard_numbers(record, fields)
    _by_type(record, fields)
    for name, values in fields.items():
        if name.startswith("extra:") and name[6:] not in record.extra:
            joiner = " ; " if name == "extra:file" else "; "  # biblatex's file field separates files by ;
            record.extra[name[6:]] = joiner.join(v.strip() for v in values if v.strip())
    return record


def _first(fields: Fields, name: str) -> str:
    values = fields.get(name)
    return values[0].strip() if values else ""


def _paragraphs(text: str) -> str:
    """Whitespace collapsed inside each paragraph; paragraphs (``\\n``) kept."""
    return "\n".join(" ".join(p.split()) for p in text.split("\n") if p.strip())


def _multi(values: list[str], lang: str = "") -> list[LangText]:
    return [LangText(_paragraphs(v), lang or guess_language(v[:300])) for v in values if v.strip()]


def _notes(record: Record, fields: Fields) -> None:
    """The exporting user's notes (RIS ``N1``, EndNote ``%Z``, RefWorks ``NO``, NoteExpress ``{Notes}``, stray
    lines) go to ``annotation``: BibLaTeX keeps it and standard styles do not print it (Zotero makes them
    child notes). CNKI writes a journal's CN serial number (``23-1563/D``) there: that becomes ``cn``."""
    notes = [_paragraphs(v) for v in fields.get("note", []) if v.strip()]
    serials = [n for n in notes if re.fullmatch(r"\d{2}-\d{4}/[A-Z0-9]+", n)]
    if serials and "cn" not in fields:
        fields["cn"] = serials[:1]
        notes = [n for n in notes if n != serials[0]]
    if notes:
        record.extra["annotation"] = "\n".join(notes)


def _titles(values: list[str]) -> list[LangText]:
    return [lang_text(v) for v in values if v.strip()]


def _texts(record: Record, fields: Fields) -> None:
    titles = _titles(fields.get("title", []) + fields.get("title_tr", []))
    stated = _first(fields, "language")
    record.language = language_code(stated) or (titles[0].lang if titles else "")
    if stated and (not language_code(stated) or _SEVERAL.search(stated.strip(" ;,/；，、"))):
        # a name the table does not know ("Flerspråklig"), or several languages ("English; Russian": the first is
        # the record's language): kept as written
        record.extra["language"] = stated
    record.title = _ordered(titles, record.language)
    record.subtitle = _ordered(_titles(fields.get("subtitle", [])), record.language)
    containers = _titles(fields.get("container", []) + fields.get("container_tr", []))
    record.container = _ordered(containers, record.language)
    abstracts = [re.sub(r"^\s*<正>\s*", "", v) for v in fields.get("abstract", [])]
    record.abstract = tuple(dict.fromkeys(_multi(abstracts)))
    words = [w for v in fields.get("keywords", []) for w in split_list(v.replace("\n", ";"))]
    if len(words) == 1 and ", " in words[0]:  # one keyword line listing them all (Scopus): split as Zotero does
        words = [w.strip() for w in words[0].split(",") if w.strip()]
    record.keywords = tuple(dict.fromkeys(_multi(words)))
    record.funding = [f for v in fields.get("funding", []) for f in parse_funding(v)]


_SEVERAL = re.compile(r"[;,/；，、]|\s(?:and|&)\s", re.IGNORECASE)


def _ordered(values: list[LangText], lang: str) -> tuple[LangText, ...]:
    unique = list(dict.fromkeys(values))
    unique.sort(key=lambda t: t.lang != lang)
    return tuple(unique)


def _people(record: Record, fields: Fields) -> None:
    from biblio.importers.cnki.authors import attach_romanized

    lang = record.language
    record.authors = make_names(fields.get("author", []), lang)
    romanized = [p.strip() for v in fields.get("author_tr", []) for p in re.split(r"[;；]", v) if p.strip()]
    paired = attach_romanized(record.authors, romanized)
    if romanized and paired == record.authors:  # no author's romanized form: kept as written
        fields["extra:translatedauthor"] = ["; ".join(romanized)]
    record.authors = paired
    for value in fields.get("corporate", []):  # a body, written as one name (classic refer's %Q)
        if (name := make_name(value, lang)) is not None:
            record.authors.append(replace(name, family="", given="", particle="", suffix="", literal=name.written))
    record.editors = make_names(fields.get("editor", []), lang)
    record.translators = make_names(fields.get("translator", []), lang)
    for kept in ("advisor", "extra:serieseditor"):  # people kept in extra: parsed (roles, lists) like the editors
        people = make_names(fields.get(kept, []), lang)
        if people:
            fields[kept] = ["; ".join(p.display() for p in people)]


def _dates_pages(record: Record, fields: Fields) -> None:
    years = [d for d in map(tagged_date, fields.get("year", [])) if d]  # RIS: PY 2015 and Y1 2015/09/10
    year = max((d for d in years if d[:4] == years[0][:4]), key=len) if years else ""
    date = tagged_date(_first(fields, "date"), year[:4])  # Web of Science: DA MAY beside PY 2019
    record.date = year if not date or (date[:4] == year[:4] and len(year) > len(date)) else date
    if date and year and date[:4] != year[:4]:  # an online-first date beside the year: the year cites
        record.date, record.extra["pubdate"] = year, date
    raw_dates = [v for name in ("date", "year") for v in fields.get(name, []) if v.strip()]
    if raw_dates and not record.date:
        record.extra["date_unparsed"] = "; ".join(raw_dates)  # unparsed ("Spring", "YEAR/MONTH/DAY"): kept, not lost
    elif raw_dates:
        _date_words(record, raw_dates)
    record.pages = _pages(fields, record)
    read = _first(fields, "urldate")  # EndNote's web page: the day read in M1, its year in VL
    record.urldate = tagged_date(read, _first(fields, "extra:accessyear")[:4])
    if read and not record.urldate:
        record.extra["urldate_unparsed"] = read  # not a date ("Number" in EndNote's blog Y2): kept, not lost


_RIS_OTHER = re.compile(r"\s*\d{4}/[^/]*/[^/]*/(.*)", re.DOTALL)  # RIS's YYYY/MM/DD/other info (linear: no lazy tail)
_DATE_WORD = re.compile(r"[^\W\d_]{2,}")
_DATE_FILLERS = frozenset({"st", "nd", "rd", "th", "of"})  # "March 3rd of 2003": month names are read too


def _date_words(record: Record, raw_dates: list[str]) -> None:
    """What a parsed date's text says beyond the date: a season (``Spring 2003``, ``2003///Spring``) in
    ``extra["season"]``, written back by the exports; other words (RIS's "other info", ``2003/04//Conference
    date``) as written in ``extra["date_text"]``. Both were dropped without a word."""
    for raw in raw_dates:
        if not record.date[5:7] and (season := season_in(raw)):
            record.extra.setdefault("season", season)
            continue
        other = _RIS_OTHER.match(raw)  # (match: anchored at the start)
        text = other.group(1) if other else raw
        words = [w for w in _DATE_WORD.findall(text) if w.casefold() not in _DATE_FILLERS and not month_number(w)]
        if words:
            record.extra.setdefault("date_text", raw.strip())


def _pages(fields: Fields, record: Record) -> str:
    values = [v.strip() for v in fields.get("pages", []) if v.strip()]
    counts = [v for v in values if v.isdigit()]
    ranges = [v for v in values if not v.isdigit()]
    if counts and ranges and not record.pagetotal:  # %P 5 beside %P 269-273: the count of pages
        record.pagetotal, values = counts[0], ranges
    pages = ", ".join(values)
    start, end = _first(fields, "start_page"), _first(fields, "end_page")
    if not pages and start:
        pages = f"{start}-{end}" if end and end != start and "-" not in start else start
    elif not pages and end:  # an end page alone (CNKI's OP 004 for a newspaper page, OP 1-7 for a range)
        pages = end
    return normalize_pages(pages) if pages else ""


def _ids(record: Record, fields: Fields) -> None:
    doi = _first(fields, "doi")
    record.doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", doi, flags=re.IGNORECASE)
    for name, key in _IDENTS.items():
        values = list(dict.fromkeys(v.strip() for v in fields.get(name, []) if v.strip()))
        if values:
            record.identifiers[key] = "; ".join(values)
    for name in _EXTRA:
        values = [v.strip(" ;；") for v in fields.get(name, []) if v.strip(" ;；")]
        if values:
            record.extra[name] = "; ".join(values)
    record.isbn = _first(fields, "isbn")
    for value in fields.get("issn", []):  # every ISSN: print and electronic (Web of Science, PubMed)
        for part in filter(None, map(str.strip, _NUMBERS_SPLIT.split(value))):
            record.issn = _joined(record.issn, _QUALIFIER.sub("", part))
    for value in fields.get("isbn_issn", []):
        _isbn_or_issn(record, value, fields)


_NUMBERS_SPLIT = re.compile(r"\s*[;；,，]\s*|\s+(?=\d{4}-\d{3}[\dXx]\b)")
_QUALIFIER = re.compile(r"\s*\((?:print|electronic|linking|online)\)\s*$", re.IGNORECASE)


def _isbn_or_issn(record: Record, value: str, fields: Fields) -> None:
    """One ``%@``/``SN`` value (maybe several numbers) into ISBN, ISSN or a patent number, by check digit.

    Every ISSN is kept (Web of Science and PubMed give the print and the electronic one), without
    PubMed's ``(Electronic)``/``(Linking)`` labels.
    """
    for part in [n for p in _NUMBERS_SPLIT.split(value) if p.strip() for n in _numbers_in(p.strip())]:
        number = _QUALIFIER.sub("", part)
        if issn_form(number) or (looks_like_issn(number) and not isbn_digits(number)):
            record.issn = _joined(record.issn, number)
        elif isbn_digits(part):
            record.isbn = _joined(record.isbn, part)
        elif looks_like_patent_number(part) and not record.number:
            fields.setdefault("patent_number", []).append(part)
        elif record.type in _PERIODICAL_TYPES and not record.issn:
            record.issn = part  # neither an ISBN nor an ISSN: kept where the type expects a number
        else:
            record.isbn = _joined(record.isbn, part)


def _numbers_in(part: str) -> list[str]:
    """``part``, or its space-separated pieces when each is a valid ISBN or ISSN (two numbers on one line, or a
    wrapped ``SN`` joined back: ``978-0-19-000000-0 0-19-000000-0``)."""
    pieces = part.split()
    if len(pieces) > 1 and all(isbn_digits(p) or issn_form(p) for p in pieces):
        return pieces
    return [part]


def _joined(have: str, value: str) -> str:
    """``value`` added to a ``, ``-separated list unless it is one of its items already (an ISBN-10 is a piece of
    its ISBN-13 written with hyphens, ``0393027082`` of ``9780393027082``: both are kept)."""
    return have if value in have.split(", ") else ", ".join(filter(None, [have, value]))


def _standard_numbers(record: Record, fields: Fields) -> None:
    """A volume that is a valid ISBN is the ISBN (CNKI's yearbook ``%V 7-203-03520-4``)."""
    if isbn_digits(record.volume):
        if record.volume not in record.isbn:
            record.isbn = ", ".join(filter(None, [record.isbn, record.volume]))
        record.volume = ""


def _by_type(record: Record, fields: Fields) -> None:
    kind = record.type
    if kind == EntryType.THESIS:
        grantor = (
            _first(fields, "institution") or record.publisher or (record.container[0].value if record.container else "")
        )
        record.institution = grantor
        record.publisher = "" if grantor == record.publisher else record.publisher
        record.container = tuple(c for c in record.container if c.value != grantor)
        degree = next((d for v in fields.get("dbname", []) if (d := degree_in(v))), "")
        record.genre = record.genre or thesis_genre(degree)  # CNKI's database 博士/硕士 is the degree
    else:
        record.institution = _first(fields, "institution")
    if kind == EntryType.STANDARD:
        number = _first(fields, "standard_number") or _first(fields, "id")
        if not number and record.volume and not record.volume.isdigit():  # CNKI's %V GB/T 43109-2023
            number, record.volume = record.volume, ""
        _replace_number(record, number)
        if record.pages.isdigit() and not record.pagetotal:
            record.pagetotal, record.pages = record.pages, ""
    elif kind == EntryType.PATENT:
        _replace_number(record, _first(fields, "patent_number") or _first(fields, "id"))
        record.place = record.place or patent_office(record.number, from_cnki(fields) or has_cjk(record.main_title()))
    elif kind == EntryType.REPORT and not record.genre:
        record.genre = _first(fields, "dbname")  # CNKI's 科技成果: the kind of report
    elif kind == EntryType.NEWSPAPER and record.pages:
        record.pages = re.sub(r"(?<!\d)0+(?=\d)", "", record.pages)
    elif (
        kind == EntryType.INPROCEEDINGS
        and from_cnki(fields)
        and record.publisher
        and "organization" not in record.extra
    ):
        record.extra["organization"], record.publisher = record.publisher, ""  # CNKI: 主办单位, not a publisher
    if kind not in (EntryType.STANDARD, EntryType.PATENT) and _first(fields, "id"):
        record.identifiers.setdefault("id", _first(fields, "id"))


def _replace_number(record: Record, number: str) -> None:
    """A standard's or patent's own number takes the number slot; an issue number read there first (RIS
    ``IS``) is kept as ``extra["issue"]``."""
    if number and record.number and record.number != number:
        record.extra.setdefault("issue", record.number)
    record.number = number or record.number
