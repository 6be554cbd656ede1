"""What a CNKI detail page says, before it becomes a record: shared by the text and the HTML importer.

Both readers fill a :class:`CnkiPage` with raw strings (labels already resolved to canonical keys);
:mod:`biblio.importers.cnki.build` turns it into records. Also here: the small parsers of CNKI's
value formats (the 出处 line, the top-tip line, page ranges, author lists).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.importers.fieldmap import degree_in, simplified
from biblio.model.script import has_cjk


@dataclass(slots=True)
class CnkiPage:
    """Raw values of one detail page; ``fields`` maps canonical keys (see ``LABELS``) to values."""

    titles: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    authors_latin: list[str] = field(default_factory=list)
    affiliations: list[str] = field(default_factory=list)
    abstracts: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    funding: list[str] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    references: list[tuple[int, str]] = field(default_factory=list)
    citing: list[tuple[int, str]] = field(default_factory=list)
    line: int = 1


# label as printed -> canonical key
LABELS: dict[str, str] = {
    "摘要": "abstract",
    "内容摘要": "abstract",
    "中文摘要": "abstract",
    "英文摘要": "abstract",
    "abstract": "abstract",
    "作者": "author",
    "英文作者": "author",
    "authors": "author",
    "author": "author",
    "作者单位": "affiliation",
    "机构": "affiliation",
    "单位": "affiliation",
    "作者机构": "affiliation",
    "出处": "source",
    "来源": "source",
    "文献来源": "source",
    "刊名": "journal",
    "英文刊名": "journal",
    "基金": "funding",
    "基金资助": "funding",
    "基金项目": "funding",
    "资助项目": "funding",
    "关键词": "keywords",
    "关键字": "keywords",
    "英文关键词": "keywords",
    "keywords": "keywords",
    "key words": "keywords",
    "doi": "doi",
    "专辑": "album",
    "专题": "topic",
    "分类号": "clc",
    "中图分类号": "clc",
    "在线公开时间": "online",
    "网络首发时间": "online",
    "网络出版时间": "online",
    "出版日期": "date",
    "发表时间": "date",
    "下载": "downloads",
    "下载次数": "downloads",
    "页码": "pages",
    "页数": "pagetotal",
    "大小": "size",
    "文件名": "filename",
    "数据库": "dbcode",
    "来源库": "dbtype",
    "导师": "advisor",
    "指导教师": "advisor",
    "指导教授": "advisor",  # Taiwanese thesis records (指導教授)
    "校院名称": "institution",
    "学位授予单位": "institution",
    "学位类型": "degree",
    "学位年度": "year",
    "学科专业": "discipline",
    "作者基本信息": "thesisinfo",
    "会议名称": "eventtitle",
    "会议时间": "eventdate",
    "会议地点": "venue",
    "会议录名称": "proceedings",
    "主办单位": "organizer",
    "报纸名称": "newspaper",
    "报纸日期": "newsdate",
    "版号": "edition",
    "英文篇名": "title",
    "英文标题": "title",
    "篇名": "title",
    "题名": "title",
    "标题": "title",
    "issn": "issn",
    "isbn": "isbn",
    "cn": "cn",
    "被引": "cited",
    "文内图片": "figures",
}

SECTIONS: dict[str, str] = {
    "参考文献": "references",
    "相关文献": "references",
    "二级参考文献": "skip",
    "引证文献": "citing",
    "相似文献": "skip",
    "读者推荐": "skip",
    "同被引文献": "skip",
    "共引文献": "skip",
    "关联作者": "skip",
    "相关基金文献": "skip",
    "同被引": "skip",
    "二级引证文献": "skip",
    "节点文献": "skip",
}

_PAGE_RANGE = re.compile(r"(?:P\.?\s*)?(\d+)\s*(?:[-–—~～]+\s*(\d+))?")
_PAGES = re.compile(r"(?:P\.?\s*)?(\d+)\s*(?:[-–—~～]+\s*(\d+))?(?:\s*[+,，]\s*\d+(?:\s*[-–—~～]\s*\d+)?)*")


@dataclass(slots=True)
class SourceInfo:
    """What the 出处 line (or the top-tip line) tells."""

    container: str = ""
    container_latin: str = ""
    year: str = ""
    volume: str = ""
    number: str = ""
    pages: str = ""
    pagetotal: str = ""
    degree: str = ""


def parse_source(text: str) -> SourceInfo:
    """``《俄罗斯学刊》 2024年第6期5-23,共19页 Academic Journal of Russian Studies`` and its variants."""
    info = SourceInfo()
    text = " ".join(text.split())
    quoted = re.search(r"《([^》]+)》", text)
    rest = text
    if quoted:
        info.container, rest = quoted.group(1).strip(), text[quoted.end() :]
    _source_numbers(info, simplified(rest))  # 共19頁 = 共19页: the numbers only are taken
    latin = re.search(r"([A-Za-z][A-Za-z&'.,:() -]*[A-Za-z.)])\s*$", rest)
    if latin and len(latin.group(1).split()) >= 2:
        info.container_latin = latin.group(1).strip()
    if not info.container:
        _unquoted_container(info, text)
    if not info.container and has_cjk(text) and not re.search(r"\d", text):
        info.container = text.strip()  # a bare journal name (the custom export's 文献来源)
    info.degree = degree_in(text)
    return info


def _source_numbers(info: SourceInfo, rest: str) -> None:
    year = re.search(r"((?:1[89]|20)\d\d)\s*(?:年|[,，.]|$|\s)", rest)
    if year:
        info.year = year.group(1)
    volume = re.search(r"第?\s*(\d+)\s*卷", rest) or re.search(r"(?:1[89]|20)\d\d\s*[,，]\s*(\d+)\s*[(（]", rest)
    if volume:
        info.volume = volume.group(1)
    number = re.search(r"第?\s*([A-Za-z]?\d+)\s*期", rest) or re.search(r"[(（]\s*([A-Za-z]?\d+)\s*[)）]", rest)
    if number:
        info.number = number.group(1).lstrip("0") or number.group(1)
    pages = re.search(r"期\s*[,，:：]?\s*((?:P\.?\s*)?\d+\s*[-–—~～]+\s*\d+|(?:P\.?\s*)?\d+)(?![年期卷\d])", rest)
    if pages:
        info.pages = normalize_pages(pages.group(1))
    total = re.search(r"共\s*(\d+)\s*页", rest)
    if total:
        info.pagetotal = total.group(1)


def _unquoted_container(info: SourceInfo, text: str) -> None:
    """``俄罗斯学刊 . 2024,14(06)`` or ``俄罗斯学刊 2024年06期``: the name is what precedes the year."""
    head = re.match(r"\s*(.+?)\s*[.．,，]?\s*(?:1[89]|20)\d\d", text)
    if head and has_cjk(head.group(1)):
        info.container = head.group(1).strip(" .．,，")


def normalize_pages(text: str) -> str:
    """``P.5～23`` -> ``5-23``; ``1106-1111+1117`` -> ``1106-1111, 1117``; an unparseable value is returned trimmed."""
    if not _PAGES.fullmatch(text.strip()):
        return text.strip()
    parts = []
    for part in re.split(r"\s*[+,，]\s*", text.strip()):
        match = _PAGE_RANGE.fullmatch(part)
        if match:
            first, last = match.groups()
            parts.append(f"{first}-{last}" if last else first)
    return ", ".join(parts)


def split_people(text: str) -> tuple[list[str], list[str]]:
    """``张宁1,2 李明* Zhang Ning; Li Ming`` -> (["张宁", "李明"], ["Zhang Ning", "Li Ming"])."""
    cjk_part, latin_part = split_script(text)
    tokens = re.split(r"[\s;；,，、]+", re.sub(r"[\d*＊†]+", " ", cjk_part))
    names = [t for t in tokens if t and has_cjk(t)]
    return names, split_latin_people(latin_part, len(names))


def split_latin_people(text: str, count: int) -> list[str]:
    """Latin names, split on separators, else into ``count`` equal groups of words."""
    text = re.sub(r"[\d*＊†]+", " ", text).strip(" ;,")
    if not text:
        return []
    parts = [p.strip() for p in re.split(r"\s*[;；]\s*|\s*,\s*(?=[A-Z][a-z]+\s+[A-Z])|\s+and\s+", text) if p.strip()]
    if len(parts) > 1 or count <= 1:
        return parts
    words = text.split()
    if len(words) % count:
        return [text]
    size = len(words) // count
    return [" ".join(words[i : i + size]) for i in range(0, len(words), size)]


def split_script(text: str) -> tuple[str, str]:
    """Split a value at its last CJK character: (Chinese part, Latin tail)."""
    last = -1
    for i, ch in enumerate(text):
        if has_cjk(ch) or ch in "。；，、：》）】”":
            last = i
    if last < 0:
        return "", text.strip()
    return text[: last + 1].strip(), text[last + 1 :].strip()
