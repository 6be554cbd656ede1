"""The source part of an English reference: journal, chapter, book, thesis, report or web page."""

from __future__ import annotations

import re

from biblio.importers.refs.common import ParsedReference, iso_date, pages_of, set_container, tidy
from biblio.importers.refs.dual import Dual
from biblio.model import EntryType, Record

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
EDITION_RE = re.compile(
    r"\(?\b(?P<ed>\d+)\s*(?:st|nd|rd|th)?\s*(?:ed|edn|edition)\b\.?\)?|\(?\b(?P<rev>Rev|Revised|Updated)\.?\s*(?:ed|edn|edition)\b\.?\)?",
    re.I,
)
PUB_RE = re.compile(
    r"(?:^|(?<=[.\s]))(?P<place>[A-Z][\w.\- ]{1,40}?(?:,\s*[A-Z]{2}|,\s*[A-Z][a-z]+)?)\s*:\s*(?P<pub>[^:]+?)"
    r"(?:\s*[,;]\s*(?P<year>\d{4}[a-z]?))?\s*\.?\s*$"
)
PUB_YEAR_RE = re.compile(r"(?:^|(?<=[.\s]))(?P<pub>[A-Z][^:]+?)\s*,\s*(?P<year>\d{4}[a-z]?)\s*\.?\s*$")
_JNAME = r"(?P<journal>(?:(?!\.\s)[^,\d(])+?)"
JOURNAL_RES = (
    # Chicago: Journal 23, no. 4 (1904): 421–37 / Journal, no. 16 (1989): 3–18
    re.compile(
        _JNAME + r",?\s+(?P<vol>\d+)?(?:\s*,?\s*no\.\s*(?P<no>[\w\-/–]+))?\s*"
        r"\((?P<date>[^)]*\d{4})\)\s*(?::\s*(?P<pages>[\w\-–,\s]+))?\s*\.?$",
        re.I,
    ),
    # APA: Journal, 12(3), 45–67 / Journal, 12, 45-67 / Harvard: Journal, 12(3), pp. 45-67
    re.compile(
        _JNAME
        + r",\s*(?P<vol>\d+)\s*(?:\((?P<no>[^)]+)\))?\s*(?:[,:]\s*(?:pp?\.\s*|Article\s+)?(?P<pages>[\w\-–]+))?\s*\.?$"
    ),
    # MLA: Journal, vol. 5, no. 2, 2010, pp. 1-9
    re.compile(
        _JNAME + r",\s*vol\.\s*(?P<vol>\w+)(?:,\s*no\.\s*(?P<no>[\w\-/]+))?(?:,\s*(?P<date>[^,]*\d{4}))?"
        r"(?:,\s*pp?\.\s*(?P<pages>[\w\-–]+))?\s*\.?$",
        re.I,
    ),
    # Journal 12(3): 45-67 / Journal 12: 45-67
    re.compile(_JNAME + r"\s+(?P<vol>\d+)\s*(?:\((?P<no>[^)]+)\))?\s*:\s*(?P<pages>[\w\-–]+)\s*\.?$"),
)
SITE_DATE_RE = re.compile(
    rf"^(?P<site>[^,]+?),\s*(?P<date>{_MONTH}\s+\d{{1,2}},\s*\d{{4}}|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\.?$"
)
IN_RE = re.compile(r"^In:?\s+(?P<body>.*)$", re.S)
EDITED_BY_RE = re.compile(
    r",?\s*(?:edited|ed\.)\s+by\s+(?P<eds>.+?)(?:,\s*(?P<pages>\d+[\-–]\d+))?\s*\.\s*(?P<rest>.*)$", re.I
)
APA_IN_RE = re.compile(
    r"^(?P<eds>.+?)\s*\((?:Eds?|eds?)\.?\)\s*,?\s*(?P<book>.+?)\s*(?:\((?:[^)]*?)pp?\.\s*(?P<pages>[\w\-–]+)\))?\s*\.\s*(?P<rest>.*)$"
)
BY_RE = re.compile(
    r"(?:^|(?<=\.\s))(?P<role>Edited|Translated|Trans\.|Ed\.|Eds\.)\s+(?:from\s+\w+\s+)?by\s+(?P<names>.+?)(?<![\s.][A-Z])\.(?:\s|$)",
    re.I,
)
PAGES_RE = re.compile(r"(?:^|[\s,(])pp?\.\s*(?P<pages>\d+\s*[\-–]\s*\d+|\d+)")
THESIS_RE = re.compile(
    r"[\[(]?\s*(?:PhD|Ph\.\s?D\.|Doctoral|Master'?s|MA|M\.A\.|MPhil|DPhil)\s*(?:diss(?:ertation)?\.?|thesis)\s*,\s*"
    r"(?P<inst>[^,\])]+(?:,\s*[A-Z][^,\])]*)?)\s*[\])]?",
    re.I,
)
REPORT_RE = re.compile(
    r"\(\s*(?:[^()]*?\b)?(?:Report|Working Paper|Paper|Policy Brief)\s+No\.\s*(?P<no>[\w\-/]+)\s*\)", re.I
)


def english_date(text: str) -> str:
    """An English date ("March 5, 2020", "5 March 2020", "January 11 2021", "2020-03-05") as EDTF."""
    text = text.strip(" ,.")
    year = re.search(r"\d{4}", text)
    month = re.search(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\b", text, re.I)
    if year and month:
        number = _MONTHS.index(month.group(1).lower()) + 1
        rest = text[: year.start()] + text[year.end() :]
        day = re.search(r"\b(\d{1,2})\b", rest)
        return f"{year.group(0)}-{number:02d}" + (f"-{int(day.group(1)):02d}" if day else "")
    return iso_date(text)


def split_title_notes(result: ParsedReference, title: str) -> str:
    """Take "(7th ed.)", "[Doctoral dissertation, X]", "(Report No. 5)" off the end of an APA title."""
    record = result.record
    thesis = THESIS_RE.search(title)
    if thesis and thesis.start() > 0:
        record.type = EntryType.THESIS
        record.institution = tidy(thesis.group("inst"))
        title = title[: thesis.start()] + title[thesis.end() :]
    report = REPORT_RE.search(title)
    if report:
        record.type = EntryType.REPORT
        record.number = report.group("no")
        title = title[: report.start()] + title[report.end() :]
    edition = EDITION_RE.search(title)
    if edition and edition.group(0).startswith("("):
        record.edition = edition.group("ed") or ("revised" if edition.group("rev").lower() != "updated" else "")
        title = title[: edition.start()] + title[edition.end() :]
    return title


def looks_like_journal(text: str) -> bool:
    """True if ``text`` reads as a journal source ("Review of X, 35(S1), 237–256.")."""
    return any(pattern.match(text) for pattern in JOURNAL_RES)


def read_source(result: ParsedReference, source: Dual) -> None:
    """Everything after the title."""
    record = result.record
    source = _take_by(result, source.strip()).strip()
    if not source.norm:
        if record.type is EntryType.MISC:
            record.type = EntryType.ONLINE if record.url else EntryType.MISC
        return
    inside = IN_RE.match(source.norm)
    if inside:
        _read_chapter(result, source.cut(inside.start("body"), len(source.norm)))
    elif _read_thesis(record, source) or _read_journal(record, source) or _read_site(record, source):
        return
    else:
        read_book(result, source)


def _take_by(result: ParsedReference, source: Dual) -> Dual:
    """Editors and translators from "Edited by …" / "Translated by …" sentences of a book."""
    from biblio.importers.refs.english import parse_english_names

    record = result.record
    while match := BY_RE.search(source.norm):
        names, _ = parse_english_names(source.group(match, "names"))
        target = record.translators if match.group("role").lower().startswith("trans") else record.editors
        target.extend(names)
        source = source.without(match.start(), match.end())
    return source


def _read_thesis(record: Record, source: Dual) -> bool:
    match = THESIS_RE.match(source.norm)
    if not match:
        return False
    record.type = EntryType.THESIS
    record.institution = tidy(source.group(match, "inst"))
    year = re.search(r"\b(\d{4})\b", source.norm[match.end() :])
    record.date = record.date or (year.group(1) if year else "")
    return True


def _read_journal(record: Record, source: Dual) -> bool:
    for pattern in JOURNAL_RES:
        match = pattern.match(source.norm)
        if match and _is_journal(match):
            record.type = EntryType.ARTICLE
            set_container(record, source.group(match, "journal"), "")
            record.volume = match.group("vol") or ""
            record.number = pages_of(match.group("no") or "")
            record.pages = pages_of(match.group("pages") or "")
            date = match.groupdict().get("date")
            if date and not record.date:
                record.date = english_date(date)
            return True
    return False


def _is_journal(match: re.Match[str]) -> bool:
    """Reject "Oxford UP, 2012" and "Basic Books, 1997": a publisher and a year, not a journal and volume."""
    if re.search(r"\b(?:Press|Publish\w*|Books|UP|P|Verlag)\b", match.group("journal")):
        return False
    volume = match.group("vol") or ""
    no_more = not match.group("no") and not match.group("pages")
    return not (len(volume) == 4 and volume.isdigit() and no_more) and bool(volume or match.group("no"))


def _read_site(record: Record, source: Dual) -> bool:
    """A web page or news item: "Site, January 8, 2022." or just "Site." with a URL."""
    match = SITE_DATE_RE.match(source.norm)
    if match:
        record.type = EntryType.ONLINE if record.url else EntryType.NEWSPAPER
        set_container(record, source.group(match, "site"), "")
        record.date = english_date(match.group("date"))
        return True
    single = source.norm.strip(" .")
    if record.url and not record.doi and ". " not in single and ":" not in single and not re.search(r"\d{4}", single):
        if record.type is EntryType.MISC:
            record.type = EntryType.ONLINE
        if record.type is EntryType.ONLINE:
            set_container(record, source.orig, "")
        else:
            record.publisher = tidy(source.orig)
        return True
    return False


def _read_chapter(result: ParsedReference, body: Dual) -> None:
    from biblio.importers.refs.english import parse_english_names

    record = result.record
    record.type = EntryType.INCOLLECTION
    apa = APA_IN_RE.match(body.norm)
    chicago = EDITED_BY_RE.search(body.norm)
    if apa:
        record.editors.extend(parse_english_names(body.group(apa, "eds"))[0])
        set_container(record, body.group(apa, "book"), "")
        record.pages = pages_of(apa.group("pages") or "")
        read_book(result, body.cut(apa.start("rest"), len(body.norm)), chapter=True)
    elif chicago:
        set_container(record, body.orig[: chicago.start()], "")
        record.editors.extend(parse_english_names(body.group(chicago, "eds"))[0])
        record.pages = pages_of(chicago.group("pages") or "")
        read_book(result, body.cut(chicago.start("rest"), len(body.norm)), chapter=True)
    else:
        end = body.norm.find(". ")
        set_container(record, body.orig if end < 0 else body.orig[:end], "")
        if end >= 0:
            read_book(result, body.cut(end + 1, len(body.norm)), chapter=True)


def read_book(result: ParsedReference, source: Dual, chapter: bool = False) -> None:
    """``[2nd ed.] [Place: ]Publisher[, Year][. pp. 1-20]``."""
    record = result.record
    if not chapter and record.type is EntryType.MISC:
        record.type = EntryType.BOOK
    edition = EDITION_RE.search(source.norm)
    if edition:
        record.edition = edition.group("ed") or ("revised" if edition.group("rev").lower() != "updated" else "")
        source = source.without(edition.start(), edition.end())
    pages = PAGES_RE.search(source.norm)
    if pages:
        record.pages = record.pages or pages_of(pages.group("pages"))
        source = source.without(pages.start(), pages.end())
    source = source.strip()
    found = PUB_RE.search(source.norm)
    if found:
        record.place = tidy(source.group(found, "place"))
    else:
        found = PUB_YEAR_RE.search(source.norm)
    if found:
        _set_publisher(record, tidy(source.group(found, "pub")))
        record.date = record.date or (found.group("year") or "")
        return
    year = re.search(r"\b(\d{4})\b", source.norm)
    if year and not record.date:
        record.date = year.group(1)
    rest = tidy(re.sub(r"\b\d{4}\b", "", source.orig))
    if rest:
        _set_publisher(record, rest)


def _set_publisher(record: Record, value: str) -> None:
    if record.type is EntryType.THESIS and not record.institution:
        record.institution = value
    elif record.type is not EntryType.THESIS:
        record.publisher = value
