"""GB/T 7714-2015 (and 2005, and the looser CNKI forms) reference strings -> records.

The anatomy: ``responsibility. title[CODE]. publication.`` The type code splits head from tail;
the head splits at the first full stop that is not an initial; the tail is read by type:
journal ``name, year, volume(issue): pages``, newspaper ``name, date(page)``, contribution
``//container``, the rest ``edition. place: publisher, year: pages``, with URL, DOI and dates
(``(2020-01-01)[2020-02-01]``) taken out first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from biblio.importers.refs.cnnotes import looks_like_notes
from biblio.importers.refs.common import (
    DOI_RE,
    URL_RE,
    ParsedReference,
    entry_type,
    finish,
    guess_language,
    iso_date,
    kana_or_hangul_language,
    new_record,
    normalize,
    pages_of,
    reference_text,
    set_container,
    set_title,
    tidy,
)
from biblio.importers.refs.dual import Dual
from biblio.importers.refs.people import parse_people
from biblio.importers.refs.places import expand_places
from biblio.model import EntryType, Name, Record
from biblio.model.designations import EDITION_WORD_RE, take_title_number, take_title_volume
from biblio.model.record import VOLUME_WRITTEN

CODES = ("J", "M", "C", "G", "D", "R", "N", "S", "P", "Z", "A", "EB", "DB", "CP", "DS", "CM", "K", "Q")
CODE_RE = re.compile(r"\[\s*(" + "|".join(CODES) + r")\s*(/\s*(?:OL|MT|DK|CD|DVD|CD-ROM|DK))?\s*\]", re.IGNORECASE)
_DATE = r"\d{4}(?:[-./]\d{1,2}){0,2}"
ACCESS_RE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?=\[\s*\d{4}[-./]\d))\[\s*(" + _DATE + r")\s*\]")
PUBDATE_RE = re.compile(r"\(\s*(" + _DATE + r")\s*\)")
_DOI_RE = re.compile(DOI_RE.pattern, re.IGNORECASE)
JOURNAL_RE = re.compile(
    r"^(?P<journal>.+?)\s*[,.]\s*(?P<year>\d{4})(?:[-/]\d{2,4})?(?:-\d{1,2}(?:-\d{1,2})?)?\s*"
    r"(?:[,.]\s*(?:[Vv]ol\.?\s*|第)?(?P<vol>[^(),:.;]*?)\s*卷?)?\s*"
    r"(?:\(\s*(?:[Nn]o\.?\s*|第)?(?P<issue>[^)]*?)\s*期?\s*\))?\s*(?::\s*(?P<pages>.*?))?\s*$"
)
JOURNAL_NOYEAR_RE = re.compile(
    r"^(?P<journal>.+?)\s*(?:[,.]\s*(?:[Vv]ol\.?\s*|第)?(?P<vol>[\w-]{1,12}?)\s*卷?)?\s*"
    r"(?:\(\s*(?:[Nn]o\.?\s*|第)?(?P<issue>[^)]{1,20}?)\s*期?\s*\))?\s*"
    r"(?::\s*(?P<pages>[A-Za-z]?\d[\d\s,+A-Za-z~–—-]{0,40}))?\s*$"
)
PUB_NOYEAR_RE = re.compile(
    r"(?:^|(?<=[.\s]))(?P<place>[^.:,;()?!]{1,40}?\.?(?:,\s*[A-Z]{2}|,\s*[A-Z][a-z]{1,5}\.)?)\s*:\s*"
    r"(?P<pub>[^:\[]{1,120}?)\s*(?::\s*(?P<pages>\d[\d\s,~–—-]*))?\s*[.]?\s*$"
)
NEWS_NODATE_RE = re.compile(r"^(?P<paper>[^:,]+?)\s*(?:[,:]\s*(?P<page>\d+)?)?\s*\.?\s*$")
_YEAR_AFTER_RE = re.compile(r"\s*,\s*\d{4}")
AUTHOR_YEAR_RE = re.compile(r"^(?P<people>.*?)[,.]?\s*(?P<year>\d{4})(?P<suffix>[a-z])?\s*$")
PAGETOTAL_RE = re.compile(r"(?:^|(?<=[.\s]))(?P<n>\d+)\s*(?:pp|p|с|S|页)\.?\s*$")
NEWS_RE = re.compile(
    r"^(?P<paper>.+?)\s*[,.]\s*(?P<date>" + _DATE + r")\s*(?:\(\s*(?P<page>[^)]*)\)|:\s*(?P<page2>\d{1,4})\b)?"
)
PUB_RE = re.compile(
    r"(?:^|(?<=[.\s]))(?P<place>[^.:,;()?!]{1,40}?\.?(?:,\s*[A-Z]{2}|,\s*(?:[A-Z]\.){2}|,\s*[A-Z][a-z]{1,5}\."
    r"|\s*;\s*[^.:,;()]{1,30}\.?)?)\s*:\s*(?P<pub>[^:]+?)\s*,\s*"
    r"(?P<year>\d{4}[a-z]?(?:[-./]\d{1,2}){0,2})(?:\s*\(\s*(?P<upd>[^)]*)\))?(?:\s*:\s*(?P<pages>[^.]*))?"
)
PUB_NOPLACE_RE = re.compile(
    r"(?:^|(?<=[.\s]))(?P<pub>[^.:,;]+?)\s*,\s*(?P<year>\d{4}[a-z]?(?:[-./]\d{1,2}){0,2})(?:\s*:\s*(?P<pages>[^.]*))?"
)
YEAR_ONLY_RE = re.compile(r"(?P<year>\d{4}[a-z]?(?:[-./]\d{1,2}){0,2})(?:\s*:\s*(?P<pages>[^.]*))?")
EDITION_RE = re.compile(
    r"(?:^|(?<=[.\s]))(?:第\s*)?(?P<ed>\d+|[一二三四五六七八九十]+|修订|增订)\s*版|(?P<en>\d+)\s*(?:st|nd|rd|th)?\s*ed(?:ition)?\b\.?"
    r"|(?P<ru>\d+)-?[еея]\s*изд\.?|Изд\.\s*(?P<ru2>\d+)-?[ео]?",
    re.IGNORECASE,
)
_STD_NO = r"(?:GB|GB/T|GB/Z|ISO|IEC|ISO/IEC|ГОСТ|GOST|DIN|ANSI|[A-Z]{2,4}/T)\s*[\d.]+(?:\s*[-—–:]\s*\d{4})?"
STANDARD_RE = re.compile(rf"(?:^\s*({_STD_NO})\s+|:\s*({_STD_NO})\s*$)")
PATENT_RE = re.compile(r"[:,]\s*((?:[A-Z]{2}\s?)?\d[\d.]{5,}[A-Z]?\d?)\s*$")
_INITIALS_AT_START = re.compile(r"\s*(?:[A-Z]\.\s?){1,3}")
TAIL_PEOPLE_RE = re.compile(
    r"(?:^|(?<=[.]))\s*([^.:/\d][^.:/]{0,80}?(?:等)?\s*(?:译|譯|主编|编|编译|校|校订|译注|修订|编著|整理|合译|选编)"
    r"|(?:trans(?:lated)?|ed(?:ited)?)\.?\s+by\s*[^.:]+)\s*(?=\.|$)",
    re.IGNORECASE,
)
_BY_GLUED = re.compile(r"\bby(?=[A-ZА-ЯЁ])")  # biblatex-gb7714 prints "Trans. byИВАНОВ И"
_CYRILLIC_JOIN = re.compile(r"([а-яё])([А-ЯЁ])")  # gbt7714.bst runs "ТимофеевИван" together
_MAX_STATEMENTS = 20  # responsibility statements after the title; more is not a reference but a runaway input
_NUMBERED = frozenset({EntryType.REPORT, EntryType.MISC, EntryType.STANDARD})
_VOLUMED = frozenset(
    {EntryType.BOOK, EntryType.COLLECTION, EntryType.PROCEEDINGS, EntryType.REPORT, EntryType.STANDARD, EntryType.MISC}
)
_ET_AL_KEYS = {"author": "authors_et_al", "editor": "editors_et_al", "translator": "translators_et_al"}
# Codes whose entry type prints another code ([DB] is a dataset, printed [DS]; [CP] and [CM] are misc, [Z]):
# the parser keeps them in ``Record.extra["mark"]`` (the biblatex-gb7714 field) so they come back as written.
_OWN_CODES = frozenset({"DB", "CP", "CM", "K", "Q"})
_ZH_NUMERALS = {
    "一": "1",
    "二": "2",
    "三": "3",
    "四": "4",
    "五": "5",
    "六": "6",
    "七": "7",
    "八": "8",
    "九": "9",
    "十": "10",
}


def parse_gbt7714(raw: str) -> ParsedReference:
    """Parse one GB/T 7714 reference string; never raises on well-typed input."""
    record = new_record(raw, "gbt7714")
    result = ParsedReference(record=record, style="gbt7714")
    text = reference_text(raw, result)
    dual = Dual.of(text)
    code_match = CODE_RE.search(dual.norm)
    if not code_match and looks_like_notes(text):
        from biblio.importers.refs.cnnotes import parse_cnnotes

        return parse_cnnotes(raw)
    if code_match:
        head, tail = dual.cut(0, code_match.start()), dual.cut(code_match.end(), len(text))
        code = code_match.group(1).upper()
        record.type = entry_type(code)
        online = bool(code_match.group(2)) or code == "EB"
        if code == "C" and "//" not in dual.norm[code_match.end() :]:
            record.type = EntryType.PROCEEDINGS
        _keep_code(record, code, code_match.group(2) or "", tail)
        tail = _host_as_container(tail)
    else:
        result.warnings.append("no document type code ([M], [J], ...): type guessed")
        head, tail, online = _split_untyped(dual)
    tail = _take_links(record, tail, online)
    _read_head(result, head)
    _read_tail(result, tail)
    if not code_match:
        _guess_type(record)
    if record.translators:
        record.authors = [_foreign(name) for name in record.authors]
    finish(record, text)
    return result


def _keep_code(record: Record, code: str, carrier: str, tail: Dual) -> None:
    """Keep a type code the entry type does not print (``DB``, ``CP``, 2015's archive ``A``) in
    ``extra["mark"]`` and a carrier other than ``OL`` (``DK``, ``CD``, ``MT``) in ``extra["medium"]``.

    These are biblatex-gb7714-2015's fields: it prints ``[mark/OL]`` when there is a URL, else
    ``[mark/medium]``. ``[A]`` with a host (``[A]//...`` or ``[A]. editor. book[C]``) is the
    1987/2005 code for a contribution, read as a chapter; without one it is GB/T 7714-2015's archive
    (档案), a misc record with its code kept.
    """
    archive = code == "A" and "//" not in tail.norm and not CODE_RE.search(tail.norm)
    if archive:
        record.type = EntryType.MISC
    if code in _OWN_CODES or archive:
        record.extra["mark"] = code
    medium = carrier.strip("/ ").upper()
    if medium and medium != "OL":
        record.extra["medium"] = medium


def _host_as_container(tail: Dual) -> Dual:
    """The 2005 form "title[A]. editor. host[C]. place: ..." read as "title[A]//editor. host. place: ..."."""
    second = CODE_RE.search(tail.norm)
    if not second:
        return tail
    host = tail.without(second.start(), second.end()).strip()
    if host.norm.startswith("//"):
        return host
    return Dual("//" + host.orig, "//" + host.norm)


def _split_untyped(dual: Dual) -> tuple[Dual, Dual, bool]:
    """Without a type code the title ends at the first full stop after the responsibility part."""
    first = _head_end(dual.norm)
    rest = dual.norm[first + 1 :] if first >= 0 else dual.norm
    second = rest.find(".")
    if first < 0 or second < 0:
        return dual, Dual("", ""), False
    cut = first + 1 + second
    return dual.cut(0, cut), dual.cut(cut, len(dual.norm)), False


def _take_links(record: Record, tail: Dual, online: bool) -> Dual:
    """Take URL, DOI, access date and update date out of the tail."""
    doi, tail = tail.take(_DOI_RE, needs=("10.",))
    record.doi = doi.rstrip(".,;)]")
    for _ in range(3):  # the same DOI again ("https://doi.org/…. DOI: …"); bounded, so runaway input stays linear
        if not doi:
            break
        doi, tail = tail.take(_DOI_RE, needs=("10.",))
    record.url, tail = tail.take(URL_RE, 0, ("http", "www."))
    record.url = record.url.rstrip(".,;)]")
    access, tail = tail.take(ACCESS_RE)
    if access:
        record.urldate = iso_date(access)
    if online or record.url:
        updated, tail = tail.take(PUBDATE_RE)
        if updated:
            record.date = iso_date(updated)
    return tail


def _head_end(norm: str) -> int:
    """Index of the full stop that ends the responsibility part, or -1."""
    depth = 0
    for i, ch in enumerate(norm):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch == "." and not depth and not _is_initial(norm, i) and not _et_al_before_year(norm, i):
            return i
    return -1


def _et_al_before_year(norm: str, i: int) -> bool:
    """The full stop of "et al." followed by the year of the author-year form ("…, et al., 2024. Title")."""
    return norm[max(0, i - 6) : i].endswith("et al") and _YEAR_AFTER_RE.match(norm, i + 1) is not None


def _is_initial(norm: str, i: int) -> bool:
    """True if the full stop at ``i`` closes an initial inside a name ("N.J.", "N. J.", "В.В.巴尔托里德").

    Initials at the very start ("U.S. Department of State") are an abbreviation, not the end of a name.
    """
    prev = norm[i - 1] if i else ""
    before = norm[i - 2] if i > 1 else " "
    if not (prev.isupper() and not before.isalpha()):
        return False
    if _INITIALS_AT_START.fullmatch(norm[: i + 1]):
        return True
    rest = norm[i + 1 : i + 4].lstrip()
    if rest and "\u4e00" <= rest[0] <= "\u9fff":
        return True
    return len(rest) >= 2 and rest[0].isupper() and rest[1] in ".-"


def _read_head(result: ParsedReference, head: Dual) -> None:
    """Responsibility and title from the part before the type code."""
    record = result.record
    end = _head_end(head.norm)
    title = head if end < 0 else head.cut(end + 1, len(head.norm))
    people_text = "" if end < 0 else head.orig[:end]
    if end >= 0 and not title.norm.strip(" ."):
        title, people_text = head, ""
    title_text = title.orig
    if record.type is EntryType.STANDARD:
        record.number, title_text = _split_off(STANDARD_RE, title.norm, title_text)
    elif record.type is EntryType.PATENT:
        record.number, title_text = _split_off(PATENT_RE, title.norm, title_text)
    if record.type in _NUMBERED and not record.number:
        title_text, record.number = take_title_number(title_text)
    if record.type in _VOLUMED:
        title_text, record.volume, written = take_title_volume(title_text)
        if written:  # "第一辑", "上卷": the unit and numerals the formatter prints (biblio.export.volumes)
            record.extra[VOLUME_WRITTEN] = written
    set_title(record, title_text)
    year = AUTHOR_YEAR_RE.match(normalize(people_text))
    if year and (year.group("people").strip(" .,") or not people_text[:1].isdigit()):
        record.date = record.date or year.group("year")  # author-year form: "张宁, 2015. 题名[M]"
        people_text = people_text[: year.end("people")]
    if people_text.strip(" .,"):
        _add_people(result, people_text)


def _split_off(pattern: re.Pattern[str], norm: str, orig: str) -> tuple[str, str]:
    """A number before or after a title ("GB/T 2659-2000 title", "title: GB/T 7714-2015"); the title without it."""
    match = pattern.search(norm)
    if not match:
        return "", orig
    group = 1 if match.group(1) else match.lastindex or 1
    number = orig[match.start(group) : match.end(group)]
    return re.sub(r"\s+", " ", number), orig[: match.start()] + orig[match.end() :]


def _gbt_body(name: Name) -> Name:
    """GB/T writes a person as "FAMILY G" (initials always): a Latin-script author with no given name
    ("Eurasianet") or with an article for one ("The Diplomat") is a corporate body."""
    if name.literal or name.script not in ("Latn", "Cyrl"):
        return name
    if not name.given or name.given.casefold() in ("the", "la", "le", "die", "der", "das"):
        written = name.written or " ".join(part for part in (name.given, name.family) if part)
        return Name(literal=written, script=name.script)
    return name


def _add_people(result: ParsedReference, text: str) -> None:
    record = result.record
    lang = guess_language(text)
    whole = kana_or_hangul_language(record.extra.get("rawref", ""))
    if whole:  # kanji names in a Japanese reference are Japanese (北岡伸一 = 北岡 + 伸一)
        lang = whole
    text = _BY_GLUED.sub("by ", _CYRILLIC_JOIN.sub(r"\1 \2", text.strip(" .")))
    people = parse_people(text, lang)
    people.authors = [_gbt_body(name) for name in people.authors]
    record.authors.extend(people.authors)
    record.editors.extend(people.editors)
    record.translators.extend(people.translators)
    _add_revisers(record, people.revisers, "reviser" in people.cut)
    for role, names in people.roles().items():
        result.roles.setdefault(role, []).extend(names)
    for role in people.cut:
        if role in _ET_AL_KEYS:
            record.extra[_ET_AL_KEYS[role]] = "true"


def _add_revisers(record: Record, revisers: list[Name], cut: bool) -> None:
    """Proof-readers ("项英杰, 校"): the model has no role for them, so they go where BibLaTeX puts them,
    ``editora`` (a name list, " and "-separated, ``and others`` for 等) with ``editoratype = reviser``."""
    names = [name.display() for name in revisers if name.display().strip()]
    if not names or record.extra.get("editoratype", "reviser") != "reviser":
        return
    kept = [record.extra["editora"]] if record.extra.get("editora") else []
    record.extra["editora"] = " and ".join([*kept, *names, *(["others"] if cut else [])])
    record.extra["editoratype"] = "reviser"


def _read_tail(result: ParsedReference, tail: Dual) -> None:
    """Publication details after the type code, by type."""
    record = result.record
    tail = _take_other_people(result, tail.strip()).strip()
    if "//" in tail.norm:
        at = tail.norm.index("//")
        _read_edition(record, tail.cut(0, at))
        _read_contribution(result, tail.cut(at + 2, len(tail.norm)).strip())
    elif record.type in (EntryType.ARTICLE, EntryType.MAGAZINE) and _read_journal(record, tail):
        return
    elif record.type is EntryType.NEWSPAPER and _read_newspaper(record, tail):
        return
    else:
        _read_publication(result, tail)


def _take_other_people(result: ParsedReference, tail: Dual) -> Dual:
    """Translators and editors written after the title ("[M]. 周琪, 刘绯, 等译. 北京: ..."), taken out.

    One pass over the tail (the statements do not overlap); the tail is rebuilt once, so a long
    string with many statements stays linear.
    """
    orig: list[str] = []
    norm: list[str] = []
    last = 0
    for count, match in enumerate(TAIL_PEOPLE_RE.finditer(tail.norm)):
        if count >= _MAX_STATEMENTS:
            break
        _add_people(result, tail.group(match, 1))
        orig += [tail.orig[last : match.start(1)], " "]
        norm += [tail.norm[last : match.start(1)], " "]
        last = match.end(1)
    if not last:
        return tail
    return Dual("".join(orig) + tail.orig[last:], "".join(norm) + tail.norm[last:])


def _read_journal(record: Record, tail: Dual) -> bool:
    match = JOURNAL_RE.match(tail.norm)
    if not match and record.date:  # author-year form: the year was read after the names
        match = JOURNAL_NOYEAR_RE.match(tail.norm)
    if not match:
        return False
    set_container(record, tail.group(match, "journal"))
    record.date = record.date or match.groupdict().get("year") or ""
    record.volume = tidy(match.group("vol") or "")
    record.number = tidy(match.group("issue") or "")
    record.pages = pages_of(match.group("pages") or "")
    return True


def _read_newspaper(record: Record, tail: Dual) -> bool:
    match = NEWS_RE.match(tail.norm)
    if not match and record.date:  # author-year form: "报名, 版次." with the date after the names
        undated = NEWS_NODATE_RE.match(tail.norm)
        if undated:
            set_container(record, tail.group(undated, "paper"))
            record.pages = undated.group("page") or ""
            return True
    if not match:
        return False
    set_container(record, tail.group(match, "paper"))
    record.date = iso_date(match.group("date"))
    record.pages = tidy(match.group("page") or match.group("page2") or "")
    return True


def _read_edition(record: Record, part: Dual) -> Dual:
    """An edition statement ("2 版", "2nd ed.", "2-е изд.") or a printing word (修订本, 影印本, 清乾隆刻本)."""
    word = EDITION_WORD_RE.search(part.norm)
    if word:
        record.edition = part.group(word, "word")
        part = part.without(word.start(), word.end())
    match = EDITION_RE.search(part.norm)
    if not match:
        return part
    value = match.group("ed") or match.group("en") or match.group("ru") or match.group("ru2") or ""
    record.edition = _ZH_NUMERALS.get(value, value) if value not in ("修订", "增订") else f"{value}版"
    return part.without(match.start(), match.end())


def _read_publication(result: ParsedReference, tail: Dual) -> None:
    """``[number.] [edition.] place: publisher, year: pages[. extent]`` (each part optional; in the
    author-year form the year was read after the names and the tail has none)."""
    record = result.record
    tail = _read_edition(record, tail)
    total = PAGETOTAL_RE.search(tail.norm)
    if total:
        record.pagetotal = record.pagetotal or total.group("n")
        tail = tail.cut(0, total.start())
    match = PUB_RE.search(tail.norm)
    if match:
        record.place = expand_places(tidy(tail.group(match, "place")))
        _set_publisher(record, tidy(tail.group(match, "pub")))
    elif record.date and (undated := PUB_NOYEAR_RE.search(tail.norm)):
        record.place = expand_places(tidy(tail.group(undated, "place")))
        _set_publisher(record, tidy(tail.group(undated, "pub")))
        record.pages = pages_of(undated.group("pages") or "")
        _number_before(record, tail.cut(0, undated.start()))
        return
    else:
        match = PUB_NOPLACE_RE.search(tail.norm)
        if match:
            _set_publisher(record, tidy(tail.group(match, "pub")))
        else:
            match = YEAR_ONLY_RE.search(tail.norm)
    if not match and record.type is EntryType.ONLINE and 1 < len(tail.norm.strip(" .,")) < 40:
        record.publisher = tidy(tail.orig)
        return
    if not match:
        if tail.norm.strip(" .") and not record.date:
            result.warnings.append(f"publication details not understood: {tail.orig.strip()!r}")
        return
    _number_before(record, tail.cut(0, match.start()))
    year = match.group("year")
    record.date = record.date or iso_date(year) or year
    record.pages = pages_of(match.group("pages") or "")


def _number_before(record: Record, before: Dual) -> None:
    """A report's or regulation's number printed between the type code and the publication
    ("[R]. NREL/TP-6A20-12345. Golden, CO: …", "[R]. 国发〔2019〕12 号. 北京: …")."""
    text = " ".join(before.orig.split()).strip(" .,;")
    if record.type in _NUMBERED and not record.number and 0 < len(text) <= 60 and re.search(r"\d", text):
        record.number = text


def _set_publisher(record: Record, value: str) -> None:
    if record.type in (EntryType.THESIS,):
        record.institution = value
    else:
        record.publisher = value


def _read_contribution(result: ParsedReference, part: Dual) -> None:
    """``//editors. container. place: publisher, year: pages`` of a chapter or conference paper."""
    record = result.record
    if record.type in (EntryType.BOOK, EntryType.COLLECTION, EntryType.MISC):
        record.type = EntryType.INCOLLECTION
    match = PUB_RE.search(part.norm) or PUB_NOPLACE_RE.search(part.norm)
    if not match and record.date:  # author-year form: "//editors. book. place: publisher: pages"
        match = PUB_NOYEAR_RE.search(part.norm)
    before = part.cut(0, match.start()) if match else part
    end = _head_end(before.norm)
    if end >= 0 and before.norm[end + 1 :].strip(" ."):
        people = parse_people(before.orig[:end].strip(), guess_language(before.orig), "editor")
        record.editors.extend(people.authors + people.editors)
        before = before.cut(end + 1, len(before.norm))
    set_container(record, _read_edition(record, before).orig)
    if match:
        rest = part.cut(match.start(), len(part.norm))
        _read_publication(result, rest)


def _guess_type(record: Record) -> None:
    """The type of a reference written without a code, from the fields found."""
    if record.container and (record.volume or record.number or record.pages):
        record.type = EntryType.ARTICLE
    elif record.publisher or record.place:
        record.type = EntryType.BOOK
    elif record.url:
        record.type = EntryType.ONLINE


def _foreign(name: Name) -> Name:
    """A translated work's author written in Han without a dot (基辛格) is one transliterated family name."""
    written = name.written or f"{name.family}{name.given}"
    if name.literal or name.script != "Hani" or len(written) < 3 or any(ch in written for ch in "·.•・"):
        return name
    return replace(name, family=f"{name.family}{name.given}", given="")
