"""The first page of a Chinese journal article as CNKI serves it: title, authors, journal, year, issue.

Two layouts are read:

- the article's own first page: a running head with the journal and ``2024年第6期`` (journals often
  space out their name, ``俄 罗 斯 学 刊``), the title in the largest type, the authors, the
  affiliation in brackets, then labelled fields: ``摘要``, ``关键词``, ``中图分类号``, ``文献标识码``,
  ``文章编号`` (``2095-1094(2024)06-0005-19``: ISSN, year, issue, first page, page count), ``DOI``;
- CNKI's cover page of an online-first article (``网络首发论文``): ``题目：``, ``作者：``, ``网络首发日期：``,
  ``引用格式：`` (``张宁．题目[J/OL]．俄罗斯学刊``).

A page is taken for a CNKI first page only when it holds the abstract and keyword labels and one of
the classification labels (or the cover page's title and author labels). All patterns are anchored
on literal labels: linear in the length of the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.importers.pdf.clean import clean_page_text
from biblio.importers.pdf.firstpage import guess_first_page, split_names
from biblio.importers.pdf.reader import Line

_LABELS = {
    "abstract": r"摘\s*要",
    "keywords": r"关\s*键\s*[词字]",
    "clc": r"中图分类号",
    "code": r"文献标识码",
    "number": r"文章编号",
    "doi": r"DOI",
    "funding": r"基金项目",
    "received": r"收稿日期",
    "bio": r"作者简介",
    "title": r"题\s*目",
    "author": r"作\s*者",
    "online": r"网络首发日期",
    "cite": r"引用格式",
    "english": r"Abstract|Key\s*words",
}
# A label is preceded by a line start, a bracket or a space, and followed by a bracket, a colon or a space.
_LABEL = re.compile(
    r"(?:^|(?<=[【\[\s]))[ \t]*(?:"
    + "|".join(f"(?P<{name}>{pattern})" for name, pattern in _LABELS.items())
    + r")(?:[ \t]*(?:[】\]][ \t]*[:：]?|[:：])|(?=\s))",
    re.MULTILINE,
)
_YEAR_ISSUE = re.compile(r"(?:([\u4e00-\u9fff]{2,20}?)\s*)?(\d{4})\s*年\s*第\s*(\d{1,3})\s*期")
_VOLUME = re.compile(r"第\s*(\d{1,4})\s*卷")
_ARTICLE_NUMBER = re.compile(r"\d{4}-\d{3}[\dX]\s*\((\d{4})\)\s*(\d{1,2})\s*-\s*(\d{1,4})\s*-\s*(\d{1,3})")
_CLC = re.compile(r"[A-Z][A-Z0-9.]*(?:[-/][A-Z0-9.]+)*")
_CITE_JOURNAL = re.compile(r"\[J(?:/OL)?\]\s*[．.]\s*([^\s.．,，\d]{2,30})")
_SPACED_HAN = re.compile(r"(?<=[\u4e00-\u9fff]) (?=[\u4e00-\u9fff])")
_KEYWORD_SPLIT = re.compile(r"\s*[;；,，、]\s*|\s{2,}")


@dataclass(slots=True)
class CnkiFirstPage:
    """What a CNKI first page says (empty strings where it said nothing)."""

    title: str = ""
    authors: list[str] = field(default_factory=list)
    journal: str = ""
    year: str = ""
    issue: str = ""
    volume: str = ""
    pages: str = ""
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)
    clc: str = ""
    online_date: str = ""

    @property
    def complete(self) -> bool:
        """True when title, authors, journal and year were all found (enough to identify the article)."""
        return bool(self.title and self.authors and self.journal and self.year)


def _fields(text: str) -> dict[str, str]:
    """Labelled values: from each label to the next one (first occurrence of each label wins)."""
    found: dict[str, str] = {}
    matches = list(_LABEL.finditer(text))
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        name = match.lastgroup or ""
        value = text[match.end() : following.start() if following else len(text)]
        found.setdefault(name, value.strip(" \n【】[]:："))
    return found


def is_cnki_first_page(text: str) -> bool:
    """True for an article first page with CNKI's labelled fields, or CNKI's online-first cover."""
    names = {m.lastgroup for m in _LABEL.finditer(text[:6000])}
    article = {"abstract", "keywords"} <= names and bool(names & {"clc", "code", "number"})
    return article or ("网络首发" in text[:2000] and {"title", "author"} <= names)


def read_cnki_first_page(lines: list[Line], page_text: str) -> CnkiFirstPage:
    """The CNKI first page's values (call :func:`is_cnki_first_page` first)."""
    text = "\n".join(line.text for line in lines) or page_text
    labelled = _fields(text)
    if "网络首发" in text[:2000] and labelled.get("title"):
        return _cover(labelled)
    found = CnkiFirstPage()
    guess = guess_first_page(lines)
    found.title = guess.title
    found.authors = list(guess.authors)
    _header(found, lines)
    _numbers(found, labelled.get("number", ""))
    found.abstract = clean_page_text(labelled.get("abstract", ""))
    found.keywords = _keywords(labelled.get("keywords", ""))
    clc = _CLC.search(labelled.get("clc", ""))
    found.clc = clc.group(0) if clc else ""
    return found


def _header(found: CnkiFirstPage, lines: list[Line]) -> None:
    """Journal, year, issue and volume from the lines above the title."""
    for line in lines[:8]:
        if line.text.startswith(found.title[:8]) and found.title:
            break
        for cell in line.cells or (line.text,):
            joined = _SPACED_HAN.sub("", cell)
            match = _YEAR_ISSUE.search(joined)
            if match:
                found.journal = found.journal or (match.group(1) or "").strip()
                found.year, found.issue = found.year or match.group(2), found.issue or match.group(3)
            elif not found.journal and re.fullmatch(r"《?[\u4e00-\u9fff]{3,20}》?", joined):
                found.journal = joined.strip("《》")
            volume = _VOLUME.search(joined)
            found.volume = found.volume or (volume.group(1) if volume else "")


def _numbers(found: CnkiFirstPage, article_number: str) -> None:
    """Year, issue and pages from the article number ``ISSN(year)issue-first page-page count``."""
    match = _ARTICLE_NUMBER.search(article_number)
    if not match:
        return
    year, issue, first, count = match.groups()
    found.year = found.year or year
    found.issue = found.issue or str(int(issue))
    start, total = int(first), int(count)
    found.pages = f"{start}-{start + total - 1}" if total > 1 else str(start)


def _keywords(value: str) -> list[str]:
    """Keywords up to the end of their line when that line has a separator (else the whole value)."""
    first = value.split("\n", maxsplit=1)[0]
    line = first if "；" in first or ";" in first else value
    return [k.strip() for k in _KEYWORD_SPLIT.split(clean_page_text(line)) if k.strip()][:20]


def _cover(labelled: dict[str, str]) -> CnkiFirstPage:
    """CNKI's online-first cover page."""
    found = CnkiFirstPage(title=clean_page_text(labelled.get("title", "")))
    found.authors = split_names(clean_page_text(labelled.get("author", "")))
    online = labelled.get("online", "")
    date = re.search(r"(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})", online)
    if date:
        found.year = date.group(1)
        found.online_date = f"{date.group(1)}-{int(date.group(2)):02d}-{int(date.group(3)):02d}"
    journal = _CITE_JOURNAL.search(clean_page_text(labelled.get("cite", "")))
    found.journal = journal.group(1) if journal else ""
    return found
