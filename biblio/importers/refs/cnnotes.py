"""Chinese note-style references (注释体), common in Chinese social-science journals besides GB/T 7714.

``作者：《书名》，译者译，出版社1985年版，第71页。``
``作者：《题名》，《期刊》2005年第6期，第1-8页。``
``作者：《题名》，载某某主编：《书名》，出版社2010年版，第5页。``
``作者：《题名》，《人民日报》2020年1月1日，第3版。``
The title is always in 《》, so the parts are read segment by segment after it.
"""

from __future__ import annotations

import re

from biblio.importers.refs.common import (
    URL_RE,
    ParsedReference,
    finish,
    guess_language,
    new_record,
    pages_of,
    set_container,
    set_title,
    split_top,
    strip_number,
    tidy,
)
from biblio.importers.refs.people import parse_people
from biblio.model import EntryType, Record

NOTE_RE = re.compile(r"^(?P<people>[^《]*?)\s*[:：,，]?\s*《(?P<title>[^》]+)》(?P<rest>.*)$")
JOURNAL_RE = re.compile(
    r"^《(?P<name>[^》]+)》\s*(?P<year>\d{4})\s*年\s*(?:第\s*(?P<vol>\d+)\s*卷\s*)?(?:第\s*(?P<no>[\d\-/]+)\s*期)?$"
)
NEWS_RE = re.compile(r"^《(?P<name>[^》]+)》\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日$")
CONTAINER_RE = re.compile(r"^(?:载|见|收入|参见)\s*(?P<eds>[^《]*?)\s*[:：]?\s*《(?P<book>[^》]+)》$")
PUBLISHER_RE = re.compile(
    r"^(?:(?P<place>[^:：\d]{2,8})\s*[:：]\s*)?(?P<pub>[^\d]+?)\s*(?P<year>\d{4})\s*年\s*(?:第?\s*(?P<ed>\d+)\s*)?版?$"
)
PAGES_RE = re.compile(r"^第\s*(?P<pages>[\d\-–—~,，、]+)\s*[页版]$")
DATE_RE = re.compile(r"(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_TRANSLATOR_END = ("译", "翻译", "编译", "译注", "等译")


def looks_like_notes(text: str) -> bool:
    """A 注释体 reference: a title in 《》 and no GB/T type code."""
    return "《" in text and "》" in text


def parse_cnnotes(raw: str) -> ParsedReference:
    """Parse one note-style Chinese reference."""
    text = " ".join(strip_number(raw).split())
    record = new_record(raw, "gbt7714")
    result = ParsedReference(record=record, style="gbt7714")
    match = NOTE_RE.match(text.strip(" 。."))
    if not match:
        result.warnings.append("note-style reference without a title in 《》")
        return result
    people = match.group("people").strip(" :：,，")
    if people:
        _add(result, people, "author")
    set_title(record, match.group("title"))
    url = URL_RE.search(match.group("rest"))
    rest = match.group("rest")
    if url:
        record.url = url.group(0).rstrip(".,;，。")
        rest = rest[: url.start()] + rest[url.end() :]
    for segment in split_top(rest.replace("，", ","), ","):
        _read_segment(result, segment.strip(" .。;；"))
    _settle_type(record)
    finish(record, text)
    return result


def _add(result: ParsedReference, text: str, role: str) -> None:
    people = parse_people(text, guess_language(text), role)
    record = result.record
    record.authors.extend(people.authors)
    record.editors.extend(people.editors)
    record.translators.extend(people.translators)
    for key, names in people.roles().items():
        result.roles.setdefault(key, []).extend(names)


def _read_segment(result: ParsedReference, segment: str) -> None:
    """One comma-separated part after the title."""
    record = result.record
    if not segment:
        return
    for reader in (_journal, _newspaper, _container, _pages, _publisher):
        if reader(record, segment):
            return
    if segment.endswith(_TRANSLATOR_END):
        _add(result, segment, "translator")
    elif (date := DATE_RE.search(segment)) is not None:
        value = f"{date.group('y')}-{int(date.group('m')):02d}-{int(date.group('d')):02d}"
        if any(word in segment for word in ("访问", "登录", "引用", "浏览")):
            record.urldate = value
        else:
            record.date = record.date or value
    elif re.fullmatch(r"\d{4}\s*年?", segment):
        record.date = record.date or segment[:4]
    elif segment.endswith(("编", "主编", "编著")) and not record.container:
        _add(result, segment, "editor")
    elif not record.publisher and len(segment) < 30:
        record.publisher = tidy(segment)
    else:
        result.warnings.append(f"not understood: {segment!r}")


def _journal(record: Record, segment: str) -> bool:
    match = JOURNAL_RE.match(segment)
    if not match:
        return False
    record.type = EntryType.ARTICLE
    set_container(record, match.group("name"))
    record.date = match.group("year")
    record.volume = match.group("vol") or ""
    record.number = match.group("no") or ""
    return True


def _newspaper(record: Record, segment: str) -> bool:
    match = NEWS_RE.match(segment)
    if not match:
        return False
    record.type = EntryType.NEWSPAPER
    set_container(record, match.group("name"))
    record.date = f"{match.group('y')}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"
    return True


def _container(record: Record, segment: str) -> bool:
    match = CONTAINER_RE.match(segment)
    if not match:
        return False
    record.type = EntryType.INCOLLECTION
    set_container(record, match.group("book"))
    eds = match.group("eds").strip(" :：")
    if eds:
        people = parse_people(eds, "zh", "editor")
        record.editors.extend(people.editors + people.authors)
    return True


def _pages(record: Record, segment: str) -> bool:
    match = PAGES_RE.match(segment)
    if not match:
        return False
    record.pages = pages_of(match.group("pages").replace("，", ",").replace("、", ","))
    return True


def _publisher(record: Record, segment: str) -> bool:
    match = PUBLISHER_RE.match(segment)
    if not match or not match.group("pub").strip():
        return False
    record.place = tidy(match.group("place") or "")
    record.publisher = tidy(match.group("pub"))
    record.date = record.date or match.group("year")
    record.edition = match.group("ed") or record.edition
    return True


def _settle_type(record: Record) -> None:
    if record.type is not EntryType.MISC:
        return
    if record.url:
        record.type = EntryType.ONLINE
    elif record.publisher:
        record.type = EntryType.BOOK
