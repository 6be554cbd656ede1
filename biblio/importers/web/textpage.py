"""The layout of a page copied as text: head (title, byline, date), body, tail (related lists, author box).

A NetEase (网易号) copy reads: breadcrumb, title, share counter, body, disclaimers, "相关推荐"
(other headlines, each with its own account and date), then the article's own date, the account
name and its author box ("2919文章数 8311关注度"). Other outlets put date and byline under the title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.importers.web.chrome import clean_lines, ends_article, is_chrome
from biblio.importers.web.dates import context_year, find_dates
from biblio.importers.web.sources import source_heading

_BYLINE = re.compile(
    r"^(?:(?:作者|记者|撰文|文)\s*[:：/|]\s*|By\s+|Автор\s*[:：]?\s*|Author\s*:\s*)(?P<who>.{1,60}?)\s*$", re.I
)
_REPORTERS = re.compile(
    r"^(?:本报(?:特约)?记者|新华社记者|记者|通讯员)[\s　]*"
    r"(?P<who>[^\s，,。：:]{2,12}(?:[\s　、]+[^\s，,。：:]{2,12}){0,4})$"
)
_SPLIT_NAMES = re.compile(r"\s*(?:,|，|、|;|；|\band\b|\bи\b|&)\s*|[\s　]+(?=[\u4e00-\u9fff]{2,4}(?:[\s　、]|$))")
_SOURCE = re.compile(r"(?:^|\s)(?:来源|Source|Источник)\s*[:：]\s*(?P<src>[^\s|,，]{1,30})", re.I)
_URL_LINE = re.compile(
    r"^(?:(?:原文链接|原文地址|链接|URL|Source|Источник)\s*[:：]\s*)?(?P<url>https?://\S+)\s*$", re.I
)
_BOX = re.compile(r"incentive-icons|\d+\s*文章数|\d+\s*关注度")
_TITLE_END = tuple("。.;；:：,，")
_HEAD_LINES = 8
_MARKUP = re.compile(r"<(?:[A-Za-z][\w:-]*(?:\s[^<>]*)?/?|/[A-Za-z][\w:-]*\s*|!--.*?--|!DOCTYPE[^<>]*)>", re.I)


@dataclass(slots=True)
class TextPage:
    """What the layout gives: the title line, the body paragraphs and the byline facts."""

    title: str = ""
    paragraphs: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    account: str = ""
    outlet_name: str = ""
    date: str = ""
    url: str = ""
    extra: dict[str, str] = field(default_factory=dict)


def read_text_page(text: str) -> TextPage:
    """Split a page-text copy into its parts."""
    lines = text.splitlines()
    page = TextPage()
    start = _skip_chrome(lines, 0)
    if start < len(lines) and is_title_line(lines[start]):
        page.title = lines[start].strip()
        start += 1
    start = _read_head(lines, start, page)
    end = next((i for i in range(start, len(lines)) if ends_article(lines[i])), len(lines))
    body = clean_lines(lines[start:end])
    if body and _is_date_line(body[-1]) and not page.date:
        page.date = _full_date(body[-1])  # a date line closing the article ("… 2025-12-16 10:30")
    page.paragraphs = [p for p in body if not _is_date_line(p)]
    _read_author_box(lines[end:], page)
    page.url = page.url or _find_url(lines)
    return page


def is_title_line(line: str) -> bool:
    """A headline: one short line without sentence-final punctuation, not a date, a source heading or markup."""
    text = line.strip()
    if not text or text.endswith(_TITLE_END) or _is_date_line(text) or source_heading(text) is not None:
        return False
    if _MARKUP.search(text):
        return False
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    limit = 100 if cjk * 2 > len(text) else 300
    return len(text) <= limit and not is_chrome(text)


def _skip_chrome(lines: list[str], index: int) -> int:
    while index < len(lines) and (not lines[index].strip() or is_chrome(lines[index])):
        index += 1
    return index


def _read_head(lines: list[str], index: int, page: TextPage) -> int:
    """Consume the byline block under the title (dates, 来源, 作者, counters); return the body start."""
    year_context = context_year("\n".join(lines))
    for _ in range(_HEAD_LINES):
        index = _skip_chrome(lines, index)
        if index >= len(lines) or not _read_head_line(lines[index].strip(), page, year_context):
            break
        index += 1
    return index


def _read_head_line(text: str, page: TextPage, year_context: int | None) -> bool:
    """Take facts from one head line; False if it is prose (the body has begun)."""
    byline = _BYLINE.match(text) or _REPORTERS.match(text)
    if byline:
        page.authors.extend(split_byline(byline.group("who")))
        return True
    dates = find_dates(text)
    source = _SOURCE.search(text)
    if not dates and not source and not _URL_LINE.match(text):
        return False
    if len(text) > 80:
        return False
    if dates and not page.date:
        page.date = dates[0].date.with_year(year_context).edtf()
        if dates[0].date.year is None and page.date:
            page.extra["date_year_inferred"] = "true"
    if source:
        page.outlet_name = source.group("src")
    url = _URL_LINE.match(text)
    if url:
        page.url = url.group("url")
    return True


def byline_names(text: str) -> str:
    """The names of a byline line ("作者：王小明", "记者 李华", "By Jane Doe"), or "" if the line is not one."""
    byline = _BYLINE.match(text.strip()) or _REPORTERS.match(text.strip())
    return byline.group("who") if byline else ""


def split_byline(text: str) -> list[str]:
    """The names of a byline ("王小明 李华", "Jane Doe and John Smith", "Иванов и Петров")."""
    return [name.strip() for name in _SPLIT_NAMES.split(text) if name and name.strip()]


def _read_author_box(tail: list[str], page: TextPage) -> None:
    """A platform's author box after the related list: date line, account name, bio, counters."""
    lines = [t.strip() for t in tail if t.strip()]
    box = next((i for i, t in enumerate(lines) if _BOX.search(t)), None)
    if box is None:
        return
    dated = [i for i in range(max(0, box - 4), box) if _is_date_line(lines[i])]
    if not dated:
        return
    page.date = page.date or _full_date(lines[dated[-1]])
    account = re.sub(r"\s*incentive-icons\s*", " ", lines[dated[-1] + 1]).strip()
    if account and not _BOX.search(account):
        page.account = account
    counters = next((i for i in range(box, len(lines)) if re.search(r"文章数|关注度", lines[i])), box)
    bio = [t for t in lines[dated[-1] + 2 : counters] if t != account and not _BOX.search(t)]
    if bio:
        page.extra["account_description"] = bio[0]


def _full_date(text: str) -> str:
    """The first dated-with-year date in ``text`` as EDTF, or ""."""
    return next((m.date.edtf() for m in find_dates(text) if m.date.year is not None), "")


def _is_date_line(text: str) -> bool:
    """A line that is a date and little else."""
    dates = find_dates(text)
    return bool(dates) and len(text.strip()) - (dates[0].end - dates[0].start) <= 4


def _find_url(lines: list[str]) -> str:
    for line in lines:
        match = _URL_LINE.match(line.strip())
        if match:
            return match.group("url")
    return ""
