"""What a page shows around its headline: the publication date, the source (来源), the author.

Read on the whole page before any pruning, as lines (text blocks) in document order:

- **Dates.** A ``<time datetime>`` element or a labelled date ("发布时间：2024-03-05 14:02", "时间：",
  "日期：", "Published", "Опубликовано") is strong; a short line that is mostly a date ("2024年03月05日
  14:02 来源：人民网", "5 марта 2024, 14:02", Xinhua's split "2024 03/05 14:02:45") is weaker, and
  stronger in an element whose class/id says date, time, info or source. Candidates after the
  headline (``<h1>``) win over those before it, the strongest first, then the nearest. Never taken:
  dates without a year, lines of other articles (related lists, rankings, comments), "today" widgets
  ("今天是2024年3月6日 星期三", "农历", "Today is …", "Сегодня"), copyright lines.
- **Source.** The first "来源：X" / "Source: X" / "Источник: X" on a short line near the headline.
- **Author.** An element with ``author`` in its class, or a byline line ("作者：…", "记者 …", "By …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from biblio.importers.web.dates import DateMatch, find_dates
from biblio.importers.web.entities import clean_text
from biblio.importers.web.extract import Block, text_blocks
from biblio.importers.web.furniture import class_words
from biblio.importers.web.htmldom import Node
from biblio.importers.web.textpage import byline_names

_LABEL = re.compile(
    r"(?<![A-Za-z])(?:发布时间|发布日期|发表时间|发稿时间|发布于|时间|日期|Published(?:\s+on)?|Posted(?:\s+on)?|Date|"
    r"Опубликовано|Дата\s+публикации)\s*[:：]?\s*$",
    re.I,
)
_LATER = re.compile(r"(?<![A-Za-z])(?:更新时间|修改时间|Updated|Modified|Обновлено)\s*[:：]?\s*$", re.I)
_WIDGET = re.compile(r"今天是|今日是|今天[:：]|今日[:：]|农历|Today\s+is|Today's\s+date|Сегодня", re.I)
_COPYRIGHT = re.compile(r"©|Copyright|版权所有|All rights reserved|Все права защищены", re.I)
_SOURCE = re.compile(r"(?:来源|Source|Источник)\s*[:：]\s*([^\s|,，]{1,30})", re.I)
_OTHER_ARTICLES = re.compile(r"related|recommend|hot|rank|list|comment|side|footer|more|popular|relevant|feed")
_INFO_WORDS = frozenset(
    {"date", "time", "info", "meta", "pubtime", "publish", "published", "pub", "byline", "source", "author",
     "infor", "dateline", "timestamp", "posted"}
)  # fmt: skip
MAX_LINE = 200  # a byline line is short
_TITLE_HEADINGS = frozenset({"h2", "h3"})
_TITLE_WORDS = frozenset({"title", "headline"})
MAX_BYLINE = 120
MAX_NAME = 60
_EDITOR = re.compile(r"^\s*[(（\[【]?\s*(?:责任编辑|责编|编辑|校对|审核|监制|Editor|Edited\s+by|Редактор)\b", re.I)
_BY = re.compile(r"(?:^|\s)[Bb]y\s+(?P<who>[A-ZА-Я][^\d,;|]{1,58}?)\s*$")
_LABELLED_AUTHOR = re.compile(r"(?:^|\s)(?:作者|Автор|Author)\s*[:：]\s*(?P<who>[^\s|，,:：]{2,20})(?=\s|$)", re.I)
_BY_PREFIX = re.compile(r"^(?:By|Posted\s+by|作者[:：]|Автор[:：]?)\s*", re.I)
_ROLE_PREFIX = re.compile(r"^[^\s，,:：]{0,10}?(?:记者|通讯员|特约撰稿人)\s*")  # 澎湃新闻记者 周晓 -> 周晓
NEAR_HEADLINE = 10  # lines after the headline (from the top without one) in which source and author are looked for
_LABELLED, _TIMED, _INFO_LINE, _DATE_LINE = 4, 3, 2, 1


@dataclass(slots=True)
class Byline:
    """Facts shown near the headline; empty strings where the page shows none."""

    headline: str = ""
    date: str = ""
    source: str = ""
    author: str = ""


@dataclass(frozen=True, slots=True)
class _Candidate:
    strength: int
    after_headline: bool
    distance: int
    date: str


def read_byline(root: Node) -> Byline:
    """The headline, publication date, source and author the page shows (before any pruning)."""
    body = next(root.iter("body"), root)
    blocks = [b for b in text_blocks(body) if len(b.text) <= MAX_LINE]
    headline_at = _headline(blocks)
    found = Byline(headline=blocks[headline_at].text if headline_at >= 0 else "")
    own = _ancestors(blocks[headline_at].node) if headline_at >= 0 else set()
    candidates = [*_time_elements(body, blocks, headline_at, own)]
    for index, block in enumerate(blocks):
        if index == headline_at or _excluded(block, own):
            continue
        date = _block_date(block)
        if date is not None:
            candidates.append(_candidate(date[0], date[1], index, headline_at))
        near = headline_at < index <= headline_at + NEAR_HEADLINE
        if near and not found.source and (source := _SOURCE.search(block.text)):
            found.source = source.group(1)
        if near and not found.author:
            found.author = _author(block)
    if candidates:
        best = max(candidates, key=lambda c: (c.after_headline, c.strength, -c.distance))
        same_day = [c.date for c in candidates if c.date[:10] == best.date[:10]]
        found.date = max(same_day, key=len)  # "March 5, 2024" beside <time datetime="2024-03-05T14:02">
    return found


def _headline(blocks: list[Block]) -> int:
    """The index of the headline block, or -1: the first ``<h1>`` outside the page header (where logos are);
    without an ``<h1>``, a heading whose class says title or headline (Blogger's ``h3.post-title``)."""
    headings = [i for i, b in enumerate(blocks) if b.node.tag == "h1"] or [
        i for i, b in enumerate(blocks) if b.node.tag in _TITLE_HEADINGS and _TITLE_WORDS & {*class_words(b.node)}
    ]
    outside = [i for i in headings if not _inside(blocks[i].node, ("header", "nav"))]
    return (outside or headings or [-1])[0]


def _inside(node: Node, tags: tuple[str, ...]) -> bool:
    parent = node.parent
    while parent is not None:
        if parent.tag in tags:
            return True
        parent = parent.parent
    return False


def _candidate(strength: int, date: str, index: int, headline_at: int) -> _Candidate:
    return _Candidate(strength, index > headline_at, abs(index - headline_at), date)


def _block_date(block: Block) -> tuple[int, str] | None:
    """(strength, EDTF date) of a line that gives the publication date, or None."""
    text = block.text
    dates = [d for d in find_dates(text) if d.date.year is not None]
    if not dates:
        return None
    for match in dates:
        before = text[: match.start]
        if _LATER.search(before):
            continue
        if _LABEL.search(before):
            return _LABELLED, match.date.edtf()
    first = dates[0]
    if _LATER.search(text[: first.start]) or not _mostly_date(text, first):
        return None
    strength = _INFO_LINE if _is_info(block.node) else _DATE_LINE
    return strength, first.date.edtf()


def _mostly_date(text: str, match: DateMatch) -> bool:
    """A short line in which the date is the main thing (a byline, not a sentence mentioning a date)."""
    rest = len(_SOURCE.sub("", text)) - (match.end - match.start)
    return rest <= max(30, len(text) // 2) and len(text) <= 120


def _time_elements(body: Node, blocks: list[Block], headline_at: int, own: set[int]) -> list[_Candidate]:
    """``<time datetime="…">`` elements outside lists of other articles."""
    order = {id(b.node): i for i, b in enumerate(blocks)}
    found = []
    for node in body.iter("time"):
        dates = [d for d in find_dates(node.get("datetime")) if d.date.year is not None]
        if dates and not in_other_articles(node, own):
            index = _nearest_index(node, order)
            found.append(_candidate(_TIMED, dates[0].date.edtf(), index, headline_at))
    return found


def _nearest_index(node: Node | None, order: dict[int, int]) -> int:
    while node is not None:
        if id(node) in order:
            return order[id(node)]
        node = node.parent
    return 0


def _excluded(block: Block, own: set[int]) -> bool:
    text = block.text
    return bool(_WIDGET.search(text) or _COPYRIGHT.search(text)) or in_other_articles(block.node, own)


def _ancestors(node: Node) -> set[int]:
    """The elements holding ``node`` (the headline's: the article's own containers, whatever their class)."""
    found: set[int] = set()
    parent = node.parent
    while parent is not None:
        found.add(id(parent))
        parent = parent.parent
    return found


def _author(block: Block) -> str:
    """The names of a byline line ("作者：王明", "记者 李华", "Posted … by Jane Doe", an ``author`` element)."""
    text = block.text
    if _EDITOR.match(text) or len(text) > MAX_BYLINE:
        return ""
    names = byline_names(text) or _by_name(text) or _labelled_author(text)
    if not names and {"author", "byline"} & {*class_words(block.node)} and len(text) <= MAX_NAME:
        names = _BY_PREFIX.sub("", text)
    return clean_author(names)


def clean_author(name: str) -> str:
    """A byline name without role words ("澎湃新闻记者 周晓" -> "周晓"); "" for an editor line ("责任编辑：李四")."""
    name = clean_text(name)
    return "" if not name or _EDITOR.match(name) else _ROLE_PREFIX.sub("", name)


def _labelled_author(text: str) -> str:
    match = _LABELLED_AUTHOR.search(text)
    return match.group("who") if match else ""


def _by_name(text: str) -> str:
    match = _BY.search(text)
    return match.group("who") if match else ""


def in_other_articles(node: Node, own: frozenset[int] | set[int] = frozenset()) -> bool:
    """True inside a list of other articles (related, ranking, comments), whose dates are not this one's.

    The search stops at the article's own containers (``own``: those holding the headline), which may
    be an ``<li>`` or carry a word like ``sidebar-layout``.
    """
    parent: Node | None = node
    while parent is not None and id(parent) not in own:
        if parent.tag in ("li", "aside", "nav", "footer") or _OTHER_ARTICLES.search(_class_text(parent)):
            return True
        parent = parent.parent
    return False


def _is_info(node: Node) -> bool:
    parent: Node | None = node
    for _ in range(3):
        if parent is None:
            return False
        if _INFO_WORDS.intersection(class_words(parent)):
            return True
        parent = parent.parent
    return False


def _class_text(node: Node) -> str:
    return f"{node.get('class')} {node.get('id')}".lower()
