"""GOST 7.1-2003 / 7.0.5-2008 (and 7.0.100-2018) reference strings -> records.

``Heading. Title : subtitle / responsibility ; others. – Edition. – Place : Publisher, Year. – Extent.``
with a contribution's host after ``//`` (a journal: ``Journal. Year. Т. 5, № 3. С. 15–30``; a book:
``Book / под ред. … М. : Наука, 2010. С. 15–30``). Area dashes are optional; electronic markers
(``[Электронный ресурс]``, ``URL: … (дата обращения: 01.02.2020)``) are taken out first.
"""

from __future__ import annotations

import re

from biblio.importers.refs.common import (
    DOI_RE,
    URL_RE,
    ParsedReference,
    finish,
    iso_date,
    new_record,
    pages_of,
    reference_text,
    set_container,
    set_title,
    tidy,
)
from biblio.importers.refs.dual import Dual
from biblio.importers.refs.gost_areas import (
    CONFERENCE_RE,
    PATENT_RE,
    THESIS_RE,
    day_after_year,
    full_date,
    number_area,
)
from biblio.importers.refs.people import People, parse_people
from biblio.importers.refs.places import expand_places
from biblio.model import EntryType, Name, Record

_INITIAL = r"(?:[A-ZА-ЯЁ][a-zа-яё]{0,2}\.\s*-?\s*){1,3}"
_FAMILY = r"[A-ZА-ЯЁ][\w'’]+(?:-[A-ZА-ЯЁ]?[\w'’]+)?(?:\s[A-ZА-ЯЁ][\w'’]+)?"
_ONE = rf"{_FAMILY},?\s+{_INITIAL}"
HEADING_RE = re.compile(rf"^(?P<names>{_ONE}(?:,\s*{_ONE})*(?:,?\s*\[?(?:и\s+др|et\s+al)\.\]?)?)\s*")
AREA_RE = re.compile(r"\.\s+[—–-]\s+")
MARKER_RE = re.compile(
    r"\[\s*(?:Электронный ресурс|Текст|Electronic resource)\s*\]|[—–-]?\s*Текст\s*:\s*(?:электронный|непосредственный)",
    re.IGNORECASE,
)
ONLINE_RE = re.compile(r"Электронный ресурс|Текст\s*:\s*электронный|Electronic resource", re.IGNORECASE)
ACCESS_RE = re.compile(
    r"\(\s*(?:дата обращения|дата обр\.|accessed|date accessed|visited on|viewed|retrieved)\s*:?\s*([\d.\-/]+)\s*\)",
    re.IGNORECASE,
)
DATE_AREA_RE = re.compile(
    r"(?:^|(?<=\.\s))(?:(?:Заявл|Опубл|Дата публикации|Filed|Issued|Published)\.?\s*)?"
    r"\d{1,2}[./]\d{1,2}[./]\d{4}[a-z]?[\s.]*$",
    re.IGNORECASE,
)
VOLUMES_RE = re.compile(r"(?:\s*:\s*|(?<=[.?!])\s*)(?:в|in)\s+\d+\s*(?:т|тт|кн|vols?|volumes|Bd)\.?\s*$", re.IGNORECASE)
HEAD_AREA_RE = re.compile(r"^(?P<head>[^./:\[\]]{3,120}?)\.\s+(?P<dash>[—–-]\s+)?(?=\S)")
URL_LABEL_RE = re.compile(r"(?:URL|Режим доступа)\s*:\s*", re.IGNORECASE)
_PLACE_WORD = r"(?:(?:[A-Z]\.){2,3}|[A-ZА-ЯЁ][\w/]{0,2}\.|[A-ZА-ЯЁ][\w/\-]*(?:\s[нн]/[ДД])?)"
_STATE = r"(?:,\s*(?:[A-Z]{2}|[A-Z]\.[A-Z]\.|[A-Z][a-z]{2,4}\.))"
_PLACE = rf"{_PLACE_WORD}(?:[\s-]{_PLACE_WORD})?{_STATE}?"
PUB_RE = re.compile(
    rf"(?:^|(?<=[.\s]))(?P<place>{_PLACE}(?:\s*;\s*{_PLACE})*)\s*:\s*"
    r"(?P<pub>[^:/]+?)\s*,\s*(?P<year>\d{4})(?!\d)"
)
PLACE_YEAR_RE = re.compile(rf"(?:^|(?<=[.\s]))(?P<place>{_PLACE})\s*,\s*(?P<year>\d{{4}})(?!\d)")
EDITION_RE = re.compile(
    r"(?:^|(?<=[.\s]))(?:(?P<a>\d+)-?[еея]\s+изд\.?|Изд\.\s*(?P<b>\d+)-?[ео]?|(?P<c>\d+)(?:st|nd|rd|th)\s+ed\.?)"
    r"(?:,\s*(?:испр\.|доп\.|перераб\.|стер\.|rev\.)(?:\s*и\s*(?:испр\.|доп\.|перераб\.))?)?",
    re.IGNORECASE,
)
EXTENT_RE = re.compile(r"(?:^|(?<=[.\s]))(\d+)\s*(?:с|c|p|pp|S|стр)\.(?!\s*\d)", re.IGNORECASE)
PAGES_RE = re.compile(r"(?:^|(?<=[.\s,]))(?:С|C|P|pp?|S|Стр)\.\s*(\d+\s*(?:[-–—]\s*\d+)?)", re.IGNORECASE)
VOLUME_RE = re.compile(r"(?:^|(?<=[.\s,]))(?:Т|Том|Vol|V)\.?\s*(\d+)", re.IGNORECASE)
NUMBER_RE = re.compile(r"(?:№|#|(?i:No)\.?|Вып\.|(?i:Iss)\.)\s*(\d+(?:\s*[-–/]\s*\d+)?)")
ET_AL_RE = re.compile(r"\[\s*(и\s+др|et\s+al)\.?\s*\]", re.IGNORECASE)
YEAR_RE = re.compile(r"(?<![\d-])(1[6-9]\d\d|20\d\d)(?![\d-])")
SERIES_RE = re.compile(r"\(\s*(?:Серия|Сер\.)?[^()]*\)\s*\.?\s*$")
_EDITOR_WORDS = re.compile(
    r"^(?:под\s+(?:общ\.\s+|науч\.\s+)?ред\.|(?:отв|науч|гл|общ)\.\s*ред\.|ред\.|сост\.|eds?\.(?:\s+by\b)?"
    r"|edited\s+by\b|hrsg\.(?:\s+von\b)?)\s*",
    re.IGNORECASE,
)
_TRANSLATOR_WORDS = re.compile(
    r"^(?:пер\.(?:\s+с\s+\w+\.?)?|перевод(?:\s+с\s+\w+\.?)?|trans(?:l)?\.(?:\s+by\b)?|translated\s+by\b)\s*",
    re.IGNORECASE,
)


def parse_gost(raw: str) -> ParsedReference:
    """Parse one GOST reference string; never raises on well-typed input."""
    record = new_record(raw, "gost")
    result = ParsedReference(record=record, style="gost")
    text = reference_text(raw, result)
    online = bool(ONLINE_RE.search(text))
    text = MARKER_RE.sub("", text)
    heading = _corporate_heading(text)
    text = AREA_RE.sub(". ", text)
    dual = _take_links(record, Dual.of(text))
    if online and not record.url:
        record.type = EntryType.ONLINE
    main, host = dual, None
    if "//" in dual.norm:
        at = dual.norm.index("//")
        main, host = dual.cut(0, at), dual.cut(at + 2, len(dual.norm)).strip()
    if heading:
        _add(result, People(authors=[Name(literal=heading)]))
        main = main.cut(len(heading) + 1, len(main.norm)).strip()
    else:
        main = _read_heading(result, main)
    if host is None:
        main = _take_special(record, main)
        _read_body(result, main, standalone=True)
    else:
        _read_body(result, main, standalone=False)
        _read_host(result, host)
    _settle(result)
    if not record.title:
        result.warnings.append("no title found")
    finish(record, text)
    return result


def _corporate_heading(text: str) -> str:
    """A corporate body heading the description ("World Bank. Title / World Bank. — Washington, DC, 2005."):
    the first sentence, when it names an organisation or is repeated as the statement of responsibility,
    and the title follows it in the same area (not after ". — ")."""
    from biblio.names.corporate import is_corporate

    if HEADING_RE.match(text):
        return ""
    match = HEAD_AREA_RE.match(text)
    if not match or match.group("dash"):
        return ""
    head = match.group("head").strip()
    rest = text[match.end() :]
    if re.match(r"(?:URL|Режим|\d|\[)", rest, re.IGNORECASE):  # "Title. URL: …": no title after the head
        return ""
    repeated = re.search(r"\s/\s*" + re.escape(head) + r"(?:\.|;|$)", rest) is not None
    return head if repeated or (is_corporate(head) and " / " in rest) or _is_body(head) else ""


def _is_body(head: str) -> bool:
    """A heading that is certainly an organisation (a keyword of one, several words, no initials)."""
    from biblio.names.corporate import has_corporate_word

    words = head.split()
    return len(words) >= 2 and has_corporate_word(head) and not re.search(r"\b[A-ZА-ЯЁ]\.", head)


def _take_special(record: Record, main: Dual) -> Dual:
    """A patent designation (": RU 2671006 C1"), a thesis designation, a report number area at the end."""
    patent = PATENT_RE.search(main.norm)
    if patent:
        record.type = EntryType.PATENT
        record.number = " ".join(main.group(patent, "no").split())
        main = main.without(patent.start(), patent.end())
    date = DATE_AREA_RE.search(main.norm)
    if date:
        record.date = full_date(date.group(0))
        main = main.cut(0, date.start())
    number = None if patent else number_area(main.norm)
    if number:
        record.number = " ".join(main.group(number, "no").split())
        main = main.cut(0, number.start())
        if record.type in (EntryType.MISC, EntryType.BOOK, EntryType.ONLINE):
            record.type = EntryType.REPORT
    return main


def _settle(result: ParsedReference) -> None:
    """Type and date details settled once every area is read."""
    record = result.record
    if record.type is EntryType.INCOLLECTION and record.container and CONFERENCE_RE.search(record.container[0].value):
        record.type = EntryType.INPROCEEDINGS
    if record.type is EntryType.BOOK and record.editors and not record.authors:
        record.type = EntryType.COLLECTION
    if record.type is EntryType.THESIS and record.publisher and not record.institution:
        record.institution, record.publisher = record.publisher, ""
    corporate = result.roles.pop("corporate", [])
    if corporate and not record.publisher and record.type in (EntryType.REPORT, EntryType.ONLINE, EntryType.MISC):
        record.publisher = corporate[0]


def _take_links(record: Record, dual: Dual) -> Dual:
    access, dual = dual.take(ACCESS_RE, needs=("обр", "access", "visited", "viewed", "retrieved"))
    record.urldate = (full_date(access) or iso_date(access)) if access else ""
    record.doi, dual = dual.take(DOI_RE, needs=("10.",))
    record.doi = record.doi.rstrip(".")
    _, dual = dual.take(URL_LABEL_RE, 0, ("url", "режим"))
    url, dual = dual.take(URL_RE, 0, ("http", "www."))
    record.url = url.rstrip(".,;)")
    doi_link = re.match(r"https?://(?:dx\.)?doi\.org/(10\.\S+)", record.url, re.IGNORECASE)
    if doi_link:  # a doi.org link is the DOI, not a URL (the record contract)
        record.doi = record.doi or doi_link.group(1)
        record.url = ""
    if record.url and not record.doi:
        record.type = EntryType.ONLINE
    return dual


def _read_heading(result: ParsedReference, main: Dual) -> Dual:
    """Heading names ("Иванов И. И., Петров П. П.") at the start; the rest."""
    match = HEADING_RE.match(main.norm)
    if not match:
        return main
    names = ET_AL_RE.sub(" и др.", main.orig[: match.end("names")])
    _add(result, parse_people(names.strip().rstrip(","), "", "author"))
    return main.cut(match.end(), len(main.norm))


def _read_body(result: ParsedReference, body: Dual, standalone: bool) -> None:
    """Title, responsibility, edition, publication and extent of the main part."""
    record = result.record
    if standalone:
        body = _take_series(record, body)
        pagetotal, body = body.take(EXTENT_RE)
        record.pagetotal = pagetotal
        record.volume, body = body.take(VOLUME_RE)
        body = _take_thesis(record, body)
        match = PUB_RE.search(body.norm) or PLACE_YEAR_RE.search(body.norm)
        if match:
            _set_publication(record, body, match)
            body = body.cut(0, match.start())
            if record.type in (EntryType.MISC, EntryType.ONLINE):  # an e-book is still a book
                record.type = EntryType.BOOK
    body = _take_edition(record, body)
    if not record.volume:
        record.volume, body = body.take(VOLUME_RE)
    title, resp = _split_resp(body)
    volumes = VOLUMES_RE.search(title.norm)  # "Title : в 5 т." / ": in 11 vols." counts the volumes
    set_title(record, title.orig[: volumes.start()] if volumes else title.orig)
    if resp:
        _read_responsibility(result, resp)
    if standalone and not record.date:
        year = YEAR_RE.search(body.norm)
        record.date = year.group(1) if year else ""
    if standalone and (day := full_date(body.norm)) and (not record.date or day.startswith(record.date)):
        record.date = day  # "— 16.04.2016." (a web page, a patent's "Заявл. 13.01.2013")


def _take_thesis(record: Record, body: Dual) -> Dual:
    """A thesis is marked " : дис. ... канд. полит. наук : 23.00.04."; those words become the genre."""
    match = THESIS_RE.search(body.norm)
    if not match:
        return body
    record.type = EntryType.THESIS
    record.genre = " ".join(body.group(match, "genre").split())
    return body.without(match.start(), match.end())


def _take_series(record: Record, body: Dual) -> Dual:
    match = SERIES_RE.search(body.norm)
    if match and match.start() > len(body.norm) // 2:
        record.series = body.orig[match.start() : match.end()].strip(" .()")
        record.series = re.sub(r"^(?:Серия|Сер\.)\s*:?\s*", "", record.series)
        return body.cut(0, match.start())
    return body


def _take_edition(record: Record, body: Dual) -> Dual:
    match = EDITION_RE.search(body.norm)
    if not match:
        return body
    record.edition = match.group("a") or match.group("b") or match.group("c") or ""
    return body.without(match.start(), match.end())


def _split_resp(body: Dual) -> tuple[Dual, str]:
    """Title area and the responsibility statement after " / "."""
    at = body.norm.find(" / ")
    if at < 0:
        at = body.norm.find("/ ")
    if at < 0:
        return body.strip(), ""
    return body.cut(0, at).strip(), body.orig[at + 2 :].strip(" .")


def _set_publication(record: Record, body: Dual, match: re.Match[str]) -> None:
    record.place = expand_places(tidy(body.group(match, "place")))
    if "pub" in match.groupdict():
        record.publisher = _publisher(body.group(match, "pub"))
    record.date = record.date or match.group("year")


def _publisher(value: str) -> str:
    """The publisher, keeping the full stop of a final abbreviation ("Юрид. лит.")."""
    value = value.strip(" ,;:/").strip('"')
    last = value.rsplit(" ", 1)[-1]
    if value.endswith(".") and (len(last) > 5 or "." not in value[:-1]):
        value = value.rstrip(".")
    return value.strip()


def _read_responsibility(result: ParsedReference, resp: str) -> None:
    """Statements after " / ": authors, "под ред." editors, "пер. с англ." translators."""
    record = result.record
    for statement in re.split(r"\s*;\s*", ET_AL_RE.sub(" и др.", resp)):
        text = statement.strip()
        text = text if text.endswith("др.") else text.rstrip(" .")
        editor = _EDITOR_WORDS.match(text)
        translator = _TRANSLATOR_WORDS.match(text)
        if editor:
            _add(result, parse_people(text[editor.end() :], "", "editor"), "editor")
        elif translator:
            names = text[translator.end() :]
            if translator.group(0).strip().count(" ") >= 2:
                record.extra.setdefault("origlanguage", translator.group(0).strip())
            _add(result, parse_people(names, "", "translator"), "translator")
        elif _is_corporate_statement(text, record):
            result.roles.setdefault("corporate", []).append(text)
            if not record.authors:
                _add(result, People(authors=[Name(literal=text)]))
        elif not record.authors and text and not re.search(r"\d", text):
            _add(result, parse_people(text, "", "author"))
        elif record.authors and text and not re.search(r"\d", text):
            _fuller_names(record, text)


def _is_corporate_statement(text: str, record: Record) -> bool:
    """A statement of responsibility naming an organisation, or repeating the corporate heading; after
    personal heading names, a statement without initials that does not repeat one of them ("… / Президент
    России" on a web page) names the issuing body."""
    from biblio.names.corporate import is_corporate

    if any(name.literal and name.literal.casefold() == text.casefold() for name in record.authors):
        return True
    if not text or re.search(r"\b[A-ZА-ЯЁ]\.|\d", text):
        return False
    if is_corporate(text):
        return True
    families = [name.family.casefold() for name in record.authors if name.family]
    return bool(families) and not any(text.casefold().startswith(family) for family in families)


def _fuller_names(record: Record, statement: str) -> None:
    """The statement of responsibility repeats the heading's authors in full ("Kerr D. … / Kerr David",
    "Гумилёв Л. Н. … / Гумилёв Лев Николаевич"): a given name written out replaces the initials it matches."""
    for part in re.split(r"\s*,\s*", statement):
        for i, author in enumerate(record.authors):
            family = author.family
            if not family or not part.casefold().startswith(family.casefold() + " "):
                continue
            given = part[len(family) :].strip(" .")
            initials = "".join(word[0] for word in re.split(r"[\s.\-]+", given) if word)
            short = re.sub(r"[\s.\-]+", "", author.given)
            if short and len(given) > len(author.given) and initials.casefold() == short.casefold():
                record.authors[i] = Name(family=family, given=given, particle=author.particle, script=author.script)


def _add(result: ParsedReference, people: People, role: str = "") -> None:
    record = result.record
    if role == "editor":
        people.editors.extend(people.authors)
        people.authors = []
    elif role == "translator":
        people.translators.extend(people.authors)
        people.authors = []
    record.authors.extend(people.authors)
    record.editors.extend(people.editors)
    record.translators.extend(people.translators)
    for key, names in people.roles().items():
        result.roles.setdefault(key, []).extend(names)
    if people.et_al:
        record.extra["authors_et_al"] = "true"


def _read_host(result: ParsedReference, host: Dual) -> None:
    """The journal or book a contribution appeared in."""
    record = result.record
    pages, host = host.take(PAGES_RE)
    record.pages = pages_of(pages)
    match = PUB_RE.search(host.norm)
    if match:
        record.type = EntryType.INCOLLECTION
        _set_publication(record, host, match)
        book = host.cut(0, match.start())
        book = _take_edition(record, book)
        title, resp = _split_resp(book)
        set_container(record, title.orig)
        if resp:
            _read_responsibility(result, resp)
        return
    record.type = EntryType.ARTICLE
    _read_journal(record, host)


def _read_journal(record: Record, host: Dual) -> None:
    number, host = host.take(NUMBER_RE)
    record.number = re.sub(r"\s+", "", number)
    volume, host = host.take(VOLUME_RE)
    record.volume = volume
    year = YEAR_RE.search(host.norm)
    end = year.start() if year else len(host.norm)
    name = host.cut(0, end)
    place = re.search(r"\.\s+[A-ZА-ЯЁ][\w\-]+(?:\s[\w\-]+)?\s*,\s*$", name.norm)
    if place:
        name = name.cut(0, place.start())
    set_container(record, name.strip().orig)
    if year:
        record.date = record.date or year.group(1)
        day = day_after_year(host.norm[year.end() :].lstrip(" ."))
        if day and len(record.date) == 4:
            record.date += day
            record.type = EntryType.NEWSPAPER
