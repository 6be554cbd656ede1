"""Chinese note-style references (注释体) -> records: the citation rules of 《中国社会科学》 / 《历史研究》 and
the older "出版社2007年版" form.

``[美]作者：《书名》第2卷，译者译，北京：出版社，2007年，第71页。``
``作者：《题名》，《期刊》2005年第6期，第1—8页。`` / ``《新青年》第5卷第5号，1918年10月15日``
``作者：《题名》，载某某主编：《书名》，出版社2010年版，第5页。`` (载/见/收入 introduce the host and its editors)
``作者：《题名》，《人民日报》2020年1月1日，第3版。``
``司马迁：《史记》卷一二三《大宛列传》，北京：中华书局，1959年，第3157页。`` (卷/册 after the title: the volume)
``《题名》，1917年9月15日，北洋档案1011—5961，中国第二历史档案馆藏。`` (an archive)
``同上书，第25页。`` / ``参见……`` / ``转引自……`` / ``前引……``

The title is always in 《》: the part before it is the responsibility (with its role words), what follows
the title up to the first comma qualifies the title (volume, edition, a chapter in 《》), and the rest is read
comma-separated segment by segment, each by the first reader that recognises it.
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
    reference_text,
    set_container,
    set_title,
    strip_number,
    tidy,
)
from biblio.importers.refs.people import parse_people
from biblio.model import EntryType, Record
from biblio.model.designations import zh_number

_MAX_SEGMENTS = 40  # a footnote has a dozen; beyond that the input is not one reference (and time stays bounded)
_LEAD_RE = re.compile(r"^(?:参见|参看|参阅|转引自|引自|前引|见|详见)\s*")
_IBID_RE = re.compile(r"^(?:同上|同前|同前注|前揭)(?:书|文|注)?\s*[,，:：]?\s*(?P<rest>.*)$")
NOTE_RE = re.compile(r"^(?P<people>[^《]*?)\s*[:：,，]?\s*《(?P<title>[^》]+)》(?P<rest>.*)$")
_ZH_NUM = "〇零一二三四五六七八九十百千两"
_NUM = rf"[\d{_ZH_NUM}]+"
VOLUME_RE = re.compile(
    rf"(?:第\s*(?P<a>{_NUM})\s*(?:卷|册|辑|本|部|编)|卷\s*(?P<b>{_NUM})\s*(?P<half>[上中下])?"
    rf"|(?P<c>[上中下])\s*(?:卷|册)|(?P<d>{_NUM})\s*卷本?|(?P<e>\d{{4}})\s*年卷)"
)
_EDITION_WORD = (
    r"(?:修订|增订|重排|影印|刻|抄|石印|铅印|排印|点校|校注|精装|平装|初|新|再|修订版|增订版)本|修订版|增订版|新版|初版"
)
EDITION_RE = re.compile(rf"(?P<ed>\S*?(?:{_EDITION_WORD}))|第?\s*(?P<n>\d+|[一二三四五六七八九十]+)\s*版")
JOURNAL_RE = re.compile(
    rf"^《(?P<name>[^》]+)》\s*[,，]?\s*(?:(?P<year>\d{{4}})\s*年\s*)?(?:第\s*(?P<vol>{_NUM})\s*[卷本]\s*)?"
    rf"(?:第\s*(?P<no>[\d\-/—–]+|[{_ZH_NUM}]+)\s*(?:期|号|分|辑))?$"
)
NEWS_RE = re.compile(r"^《(?P<name>[^》]+)》\s*[,，]?\s*(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日$")
ISSUE_RE = re.compile(
    rf"^(?:(?P<year>\d{{4}})\s*年\s*)?(?:第\s*(?P<vol>\d+)\s*卷\s*)?第\s*(?P<no>[\d\-/—–]+|[{_ZH_NUM}]+)\s*[期号]$"
)
CONTAINER_RE = re.compile(
    r"^(?:载于?|见于?|收入|收于|参见|刊于)\s*(?P<eds>[^《]*?)\s*[:：]?\s*《(?P<book>[^》]+)》\s*(?P<after>.*)$"
)
PUBLISHER_RE = re.compile(
    r"^(?:(?P<place>[^:：\d,，]{1,12}?)\s*[:：]\s*)?(?P<pub>[^\d:：]*?)\s*"
    r"(?P<year>\d{4})\s*(?:年|年版|年第\s*(?P<ed>\d+)\s*版|年\s*(?P<edw>\S*本))?\s*版?$"
)
PLACE_PUB_RE = re.compile(r"^(?P<place>[^:：\d,，]{1,12}?)\s*[:：]\s*(?P<pub>[^:：]+)$")
PAGES_RE = re.compile(r"^第?\s*(?P<pages>\d+(?:\s*[-–—~～,，、]\s*\d+)*)\s*页$|^pp?\.\s*(?P<p2>[\d\-–—]+)$")
NEWS_PAGE_RE = re.compile(r"^第\s*(?P<page>\d+)\s*版$")
DATE_RE = re.compile(r"(?P<y>\d{4})\s*年\s*(?:(?P<m>\d{1,2})\s*月\s*(?:(?P<d>\d{1,2})\s*日)?)?")
_ACCESS_WORDS = ("访问", "登录", "引用", "浏览", "检索", "查询", "获取")
_TRANSLATOR_END = ("译", "翻译", "编译", "译注", "等译", "合译", "译校")
_EDITOR_END = ("编", "主编", "编著", "编注", "整理", "辑", "编选", "选编", "校注", "点校")
_THESIS_RE = re.compile(r"^(?P<genre>(?:博士|硕士|学士)(?:学位)?论文|学位论文)$")
_ARCHIVE_HOLDER_RE = re.compile(r"^(?P<holder>.*?(?:档案馆|档案局|图书馆|档案室|资料室|博物馆|研究所|研究院))\s*藏$")
_ARCHIVE_NO_RE = re.compile(
    r"^(?:档号|卷宗号|全宗号|编号|档案号)\s*[:：]?\s*(?P<no>\S+)$|^(?P<no2>\S*档案\s*[\dA-Za-z][\w\-—–./]*)$"
)
_SITE_RE = re.compile(r"^\S{2,12}(?:网|网站|官网|客户端|公众号|微信公众号)$")


def looks_like_notes(text: str) -> bool:
    """A 注释体 reference: a title in 《》 and no GB/T type code, or an "同上" back-reference."""
    return ("《" in text and "》" in text) or bool(_IBID_RE.match(strip_number(text).strip()))


def split_segments(text: str) -> list[str]:
    """Split on commas (full- or half-width) that are outside 《》, “”, （）, [] and 〈〉."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "《“（([〈「":
            depth += 1
        elif ch in "》”）)]〉」" and depth:
            depth -= 1
        elif ch in ",，" and not depth:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return [p.strip(" .。;；") for p in parts if p.strip(" .。;；")]


def parse_cnnotes(raw: str) -> ParsedReference:
    """Parse one note-style Chinese reference; never raises."""
    record = new_record(raw, "note")
    result = ParsedReference(record=record, style="note")
    text = reference_text(raw, result).strip(" 。.;；")
    ibid = _IBID_RE.match(text)
    if ibid:
        record.extra["ibid"] = "true"
        for segment in split_segments(ibid.group("rest")):
            _pages(record, segment)
        finish(record, "同上")
        record.language = "zh"
        return result
    text = _LEAD_RE.sub("", text)
    match = NOTE_RE.match(text)
    if not match:
        result.warnings.append("note-style reference without a title in 《》")
        return result
    people = match.group("people").strip(" :：,，")
    if people:
        _add_people(result, people, "author")
    set_title(record, match.group("title"))
    rest = match.group("rest")
    url = URL_RE.search(rest)
    after_url = ""
    if url:
        record.url = url.group(0).rstrip(".,;，。；")
        after_url = rest[url.start() + len(record.url) :]
        rest = rest[: url.start()]
    segments = split_segments(rest)
    if segments and not rest.lstrip().startswith((",", "，")):
        _qualify_title(record, segments.pop(0))
    state = _State()
    if len(segments) > _MAX_SEGMENTS:
        result.warnings.append(f"{len(segments) - _MAX_SEGMENTS} segments after the first {_MAX_SEGMENTS} not read")
    for segment in segments[:_MAX_SEGMENTS]:
        _read_segment(result, segment, state)
    for segment in split_segments(after_url):
        _read_access(record, segment)
    _settle_type(record, state)
    finish(record, text)
    return result


class _State:
    """What earlier segments said that later ones need: a journal name waiting for its issue, a thesis."""

    __slots__ = ("journal", "thesis")

    def __init__(self) -> None:
        self.journal = ""
        self.thesis = False


def _add_people(result: ParsedReference, text: str, role: str) -> None:
    """Names by role from one responsibility statement ("冯绍雷、相蓝欣主编", "[美]亨廷顿著，周琪译")."""
    record = result.record
    for part in split_segments(text)[:_MAX_SEGMENTS]:
        people = parse_people(part, guess_language(part), role)
        record.authors.extend(people.authors)
        record.editors.extend(people.editors)
        record.translators.extend(people.translators)
        for key, names in people.roles().items():
            result.roles.setdefault(key, []).extend(names)
        if people.et_al:
            record.extra["authors_et_al"] = "true"


def _qualify_title(record: Record, text: str) -> None:
    """What follows the title before the first comma: a volume (第2卷, 卷一二三, 上卷), an edition ((修订本))."""
    norm = re.sub(r"《[^》]*》", " ", text)
    volume = VOLUME_RE.search(norm)
    if volume:
        record.volume = _volume_value(volume)
    edition = EDITION_RE.search(norm)
    if edition and not (volume and edition.start() < volume.end() and edition.group("n")):
        record.edition = _edition_value(edition)


def _volume_value(match: re.Match[str]) -> str:
    for key in ("a", "b", "d", "e"):
        if match.group(key):
            return zh_number(match.group(key)) + (match.group("half") or "" if key == "b" else "")
    return match.group("c") or ""


def _edition_value(match: re.Match[str]) -> str:
    if match.group("n"):
        return zh_number(match.group("n"))
    return match.group("ed").strip("()（） ")


def _read_segment(result: ParsedReference, segment: str, state: _State) -> None:
    """One comma-separated part after the title, by the first reader that recognises it."""
    record = result.record
    if _journal(record, segment, state) or _newspaper(record, segment) or _container(result, segment):
        return
    if _issue(record, segment, state) or _pages(record, segment) or _publication(record, segment):
        return
    if _archive(record, segment) or _thesis(record, segment, state):
        return
    if segment.endswith(_TRANSLATOR_END):
        _add_people(result, segment, "translator")
    elif (date := DATE_RE.fullmatch(segment.strip())) is not None:
        _set_date(record, date)
    elif state.thesis and not record.institution:
        record.institution = tidy(segment)
    elif EDITION_RE.fullmatch(segment.strip()):
        record.edition = _edition_value(EDITION_RE.fullmatch(segment.strip()))  # type: ignore[arg-type]
    elif segment.endswith(_EDITOR_END) and not record.container and len(segment) < 40:
        _add_people(result, segment, "editor")
    elif _SITE_RE.match(segment) and not record.publisher:
        record.publisher = segment
    elif not record.publisher and len(segment) < 30 and not re.search(r"\d", segment):
        record.publisher = tidy(segment)
    else:
        result.warnings.append(f"not understood: {segment!r}")


def _set_date(record: Record, match: re.Match[str]) -> None:
    value = match.group("y")
    if match.group("m"):
        value += f"-{int(match.group('m')):02d}"
        if match.group("d"):
            value += f"-{int(match.group('d')):02d}"
    if not record.date or (len(value) > len(record.date) and value.startswith(record.date)):
        record.date = value


def _journal(record: Record, segment: str, state: _State) -> bool:
    """``《期刊》2005年第6期``, ``《新青年》第5卷第5号``, or a bare ``《期刊》`` whose issue follows."""
    match = JOURNAL_RE.match(segment)
    if not match:
        return False
    if not (match.group("year") or match.group("vol") or match.group("no")):
        state.journal = match.group("name")  # "《刊名》，2005年第6期" or a bare host title
        set_container(record, match.group("name"))
        return True
    record.type = EntryType.ARTICLE
    set_container(record, match.group("name"))
    record.date = match.group("year") or record.date
    record.volume = zh_number(match.group("vol") or "")
    record.number = zh_number(match.group("no") or "")
    return True


def _issue(record: Record, segment: str, state: _State) -> bool:
    """``2005年第6期`` after a bare journal name."""
    match = ISSUE_RE.match(segment)
    if not match or not state.journal:
        return False
    record.type = EntryType.ARTICLE
    record.date = match.group("year") or record.date
    record.volume = match.group("vol") or record.volume
    record.number = zh_number(match.group("no"))
    return True


def _newspaper(record: Record, segment: str) -> bool:
    match = NEWS_RE.match(segment)
    if not match:
        return False
    record.type = EntryType.NEWSPAPER
    set_container(record, match.group("name"))
    record.date = f"{match.group('y')}-{int(match.group('m')):02d}-{int(match.group('d')):02d}"
    return True


def _container(result: ParsedReference, segment: str) -> bool:
    """``载某某主编：《书名》第2卷`` / ``见氏著：《书名》``: the host volume, its editors and volume."""
    match = CONTAINER_RE.match(segment)
    if not match:
        return False
    record = result.record
    record.type = EntryType.INCOLLECTION
    set_container(record, match.group("book"))
    eds = match.group("eds").strip(" :：")
    if eds and eds not in ("氏著", "氏著的", "同氏"):
        people = parse_people(eds, "zh", "editor")
        record.editors.extend(people.editors + people.authors)
        result.roles.setdefault("editor", []).extend(n.display() for n in people.editors + people.authors)
    volume = VOLUME_RE.search(match.group("after"))
    if volume:
        record.volume = _volume_value(volume)
    return True


def _pages(record: Record, segment: str) -> bool:
    match = PAGES_RE.match(segment.strip())
    if match:
        pages = match.group("pages") or match.group("p2") or ""
        record.pages = pages_of(re.sub(r"\s*[,，、]\s*", ",", pages))
        return True
    news = NEWS_PAGE_RE.match(segment.strip())
    if news and record.type is EntryType.NEWSPAPER:
        record.pages = news.group("page")
        return True
    return False


def _publication(record: Record, segment: str) -> bool:
    """``北京：中华书局`` / ``中华书局1959年版`` / ``北京：中华书局，1959年`` / ``1957年影印本`` / ``清乾隆刻本``."""
    text = segment.strip()
    match = PUBLISHER_RE.match(text)
    if match and (match.group("pub").strip() or match.group("place") or match.group("ed") or match.group("edw")):
        if match.group("place"):
            record.place = tidy(match.group("place"))
        if match.group("pub").strip():
            record.publisher = tidy(match.group("pub"))
        record.date = record.date or match.group("year")
        if match.group("ed"):
            record.edition = match.group("ed")
        elif match.group("edw"):
            record.edition = match.group("edw")
        return True
    place_pub = PLACE_PUB_RE.match(text)
    if place_pub and not URL_RE.search(text) and not _ARCHIVE_NO_RE.match(text):
        record.place = tidy(place_pub.group("place"))
        record.publisher = tidy(place_pub.group("pub"))
        return True
    edition = EDITION_RE.fullmatch(text)
    if edition and edition.group("ed") and not record.edition:
        record.edition = _edition_value(edition)
        return True
    return False


def _archive(record: Record, segment: str) -> bool:
    """``中国第二历史档案馆藏`` (the holding archive) and ``档号：105-00947-01`` / ``北洋档案1011—5961``."""
    holder = _ARCHIVE_HOLDER_RE.match(segment.strip())
    if holder:
        record.institution = holder.group("holder")
        record.extra["archive"] = "true"
        return True
    number = _ARCHIVE_NO_RE.match(segment.strip())
    if number:
        record.number = number.group("no") or number.group("no2")
        record.extra["archive"] = "true"
        return True
    return False


def _thesis(record: Record, segment: str, state: _State) -> bool:
    match = _THESIS_RE.match(segment.strip())
    if not match:
        return False
    record.type = EntryType.THESIS
    record.genre = match.group("genre")
    state.thesis = True
    return True


def _read_access(record: Record, segment: str) -> None:
    """After the URL only the access date follows (《中国社会科学》: "网址，访问日期")."""
    date = DATE_RE.search(segment)
    if date and date.group("m") and date.group("d"):
        record.urldate = f"{date.group('y')}-{int(date.group('m')):02d}-{int(date.group('d')):02d}"


def _settle_type(record: Record, state: _State) -> None:
    if record.type is not EntryType.MISC:
        return
    if record.extra.get("archive"):
        return
    if record.url and not record.publisher.endswith("出版社"):
        record.type = EntryType.ONLINE
    elif record.container and not state.journal:
        record.type = EntryType.INCOLLECTION
    elif record.container:
        record.type = EntryType.ARTICLE
    elif record.publisher or record.place or record.volume or record.edition or record.date:
        record.type = EntryType.BOOK
