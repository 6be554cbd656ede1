"""CNKI detail page copied as text (select all, copy, paste) -> one record plus its cited works.

The copy is a sequence of labelled lines (``摘要 …``, ``作者：张宁 Zhang Ning``, ``【关键词】 …``,
labels with or without a colon, full- or half-width), preceded by the title lines (Chinese and/or
English, optionally the authors and their affiliations without labels) and followed by lists
(``参考文献``/``相关文献`` = cited works, ``引证文献`` = citing works). Page chrome (buttons,
bullets, ``使用帮助 返回顶部``) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.importers.base import ImportResult
from biblio.importers.cnki.build import build
from biblio.importers.cnki.page import LABELS, SECTIONS, CnkiPage, split_people
from biblio.importers.cnki.sniff import sniff_cnki_text
from biblio.importers.fieldmap import simplified
from biblio.importers.tagged.reader import separator
from biblio.model.script import has_cjk

_LABEL_RE = re.compile(
    r"^[【\[]?(" + "|".join(sorted((re.escape(k) for k in LABELS), key=len, reverse=True)) + r")([】\]]?)"
    r"(\s*[:：]\s*|\s+|$)(.*)$",
    re.IGNORECASE,
)
_CHROME = frozenset(
    "使用帮助 返回顶部 分享 收藏 打印 记笔记 引用 关注 手机阅读 HTML阅读 CAJ下载 PDF下载 整本下载 分页下载 在线阅读 "
    "AI辅助阅读 阅读 下载 全部 更多 查看更多 北大核心 CSSCI AMI CSCD 网络首发 增强出版 文献分享 创作 目录 "
    "导出/参考文献 | • · ● ▪ ■ ◆ > 》 首页 中国知网 知网节 文献知网节 CNKI".split()
)
_BULLETS = "•·●▪■◆◇○□►▶*>"
_QUIET_WHEN_EMPTY = frozenset({"downloads", "cited", "figures"})  # also buttons when they stand alone
_TOP_TIP = re.compile(r"^(\S.{0,40}?)\s*[.．]\s*(?:1[89]|20)\d\d\s*[,，]?\s*\d*\s*[(（]\s*[A-Za-z]?\d+\s*[)）]")
_AFFILIATION = re.compile(r"大学|学院|研究所|研究院|研究中心|科学院|学校|委员会|University|Institute|College|Academy")
_REF_NUMBER = re.compile(r"^\s*(?:\[(\d{1,3})\]|(\d{1,3})(?![\d年]))[.、．\s]*")
_NOT_A_REF = re.compile(r"^(?:共\s*\d+\s*条|.*数据库\s*(?:共\s*\d+\s*条)?|查看更多|更多|上一页|下一页|\d+|[\d\s]+页)$")


@dataclass(slots=True)
class _State:
    page: CnkiPage = field(default_factory=CnkiPage)
    mode: str = "head"
    current: str = ""
    values: dict[str, list[list[str]]] = field(default_factory=dict)
    head: list[str] = field(default_factory=list)
    numbered: bool = False
    # wrapped lines of the last reference item, joined once (joining each onto the item was quadratic)
    wrapped: list[str] = field(default_factory=list)
    wrapped_into: list[tuple[int, str]] = field(default_factory=list)


class CnkiTextImporter:
    """The CNKI page-text importer (name ``cnki``)."""

    name: str = "cnki"
    version: str = "1"
    suffixes: tuple[str, ...] = (".txt",)

    def sniff(self, text: str) -> float:
        """Labelled CNKI lines (摘要/关键词/作者/出处/基金...) near the start."""
        return sniff_cnki_text(text)

    def parse(self, text: str) -> ImportResult:
        """One page -> its record and cited works (CNKI's ``Title-题名:`` exports: ``cnki-estudy``)."""
        state = _State()
        for number, raw in enumerate(text.splitlines(), start=1):
            _read_line(state, number, _clean(raw))
        return build(_finish(state), self.name, self.version)


def _clean(raw: str) -> str:
    line = " ".join(raw.replace("\u3000", " ").split())
    line = line.lstrip(_BULLETS).strip()
    plain = simplified(line)
    if not line or all(token in _CHROME for token in plain.split()) or re.match(r"首页\s*[>＞]", plain):
        return ""
    return line


def _read_line(state: _State, number: int, line: str) -> None:
    if not line:
        return
    if state.mode == "head" and not state.head and not state.values:
        state.page.line = number
    section = SECTIONS.get(simplified(line.rstrip(":：").strip("【】[] ")))
    if section or simplified(line.strip("【】[] ")) == "文内图片":
        state.mode, state.current, state.numbered = section or "skip", "", False
        return
    if re.match(r"https?://\S*cnki\S*$", line):
        state.values.setdefault("url", []).append([line])
        return
    label = _match_label(line)
    if label:
        _start_field(state, *label)
    elif state.mode in ("references", "citing"):
        _add_reference(state, number, line)
    elif state.mode == "head":
        state.head.append(line)
    elif state.mode == "field" and state.current:
        state.values[state.current][-1].append(line)


def _match_label(line: str) -> tuple[str, str] | None:
    """(key, value) of a labelled line. Latin labels need a colon (an English title may start "Abstract ...").

    Labels match in simplified script (``關鍵詞`` = ``关键词``); the value is taken from ``line`` as written."""
    match = _LABEL_RE.match(simplified(line))
    if not match:
        return None
    label, bracket, separator = match.group(1, 2, 3)
    value = line[match.start(4) :]
    if label.isascii() and not bracket and not re.search("[:：]", separator):
        if not (label.lower() == "doi" and value.startswith("10.")):
            return None
    return LABELS[label.lower()], value.strip()


def _start_field(state: _State, key: str, value: str) -> None:
    if key in _QUIET_WHEN_EMPTY and not value:
        return
    state.mode, state.current = "field", key
    state.values.setdefault(key, []).append([value] if value else [])


def _add_reference(state: _State, number: int, line: str) -> None:
    items = state.page.references if state.mode == "references" else state.page.citing
    if items is not state.wrapped_into:
        _flush_wrapped(state)
    match = _REF_NUMBER.match(line)
    if match and int(match.group(1) or match.group(2)) == len(items) + 1:
        line = line[match.end() :].strip()
        state.numbered = True
    elif state.numbered and items and not _NOT_A_REF.match(line):  # a wrapped item of a numbered list
        state.wrapped.append(line)
        state.wrapped_into = items
        return
    if len(line) >= 6 and not _NOT_A_REF.match(line):
        _flush_wrapped(state)
        items.append((number, line))


def _flush_wrapped(state: _State) -> None:
    """Join the wrapped lines onto their item: no space in CJK text, else one (:func:`join_lines`)."""
    if not state.wrapped:
        return
    first, text = state.wrapped_into[-1]
    pieces, cjk = [text], has_cjk(text)
    for line in state.wrapped:
        pieces += (separator(pieces[-1], line, "" if cjk else " "), line)
        cjk = cjk or has_cjk(line)
    state.wrapped_into[-1] = (first, "".join(pieces))
    state.wrapped.clear()


def _finish(state: _State) -> CnkiPage:
    _flush_wrapped(state)
    page = state.page
    for key, occurrences in state.values.items():
        values = [v for v in ("\n".join(lines).strip(" ;；") for lines in occurrences) if v]
        _store(page, key, values)
    _read_head(page, state.head)
    return page


def _store(page: CnkiPage, key: str, values: list[str]) -> None:
    """Put one label's values where the builder expects them."""
    if key in ("abstract", "keywords", "title"):
        getattr(page, _LIST_SLOTS[key]).extend(values)
    elif key == "funding":
        page.funding += [line for v in values for line in v.splitlines()]
    elif key == "author":
        page.authors += [" ".join(v.split()) for v in values]
    elif key == "affiliation":
        page.affiliations += [a for v in values for a in _split_affiliations(v)]
    elif key == "journal":
        for v in values:
            page.fields["journal" if has_cjk(v) else "journal_en"] = v
    elif values:
        page.fields[key] = " ".join(" ".join(values).split())


_LIST_SLOTS = {"abstract": "abstracts", "keywords": "keywords", "title": "titles"}


def _read_head(page: CnkiPage, lines: list[str]) -> None:
    """Unlabelled lines before the first label: titles, top-tip, authors, affiliations."""
    titles: list[str] = []
    for line in lines:
        if _TOP_TIP.match(line) and "source" not in page.fields:
            page.fields["source"] = line
        elif titles and _AFFILIATION.search(line) and len(line) < 200:
            page.affiliations += _split_affiliations(line)
        elif titles and _looks_like_people(line) and _fits_people(page, line):
            if has_cjk(line):
                page.authors.append(line)
            else:
                page.authors_latin += split_people(line)[1]
        elif titles and line.startswith(("—", "-", "──")):  # a subtitle line ("——以哈萨克斯坦为例")
            titles[-1] += line
        else:
            titles.append(line)
    page.titles = titles + page.titles


def _looks_like_people(line: str) -> bool:
    tokens = [t for t in re.split(r"[\s;；,，、]+", re.sub(r"[\d*＊†]+", " ", line)) if t]
    if not tokens or len(line) > 80:
        return False
    if has_cjk(line):
        return all(has_cjk(t) and 2 <= len(t) <= 4 for t in tokens)
    return len(tokens) <= 8 and all(t[:1].isupper() and t.isalpha() for t in tokens) and len(tokens) % 2 == 0


def _fits_people(page: CnkiPage, line: str) -> bool:
    """A CJK name line when no authors are known yet; a Latin one only as the romanization of known names."""
    if has_cjk(line):
        return not any(has_cjk(a) for a in page.authors)
    known = split_people(" ".join(page.authors))[0]
    return bool(known) and len(line.split()) == 2 * len(known)


def _split_affiliations(text: str) -> list[str]:
    parts = re.split(r"\s*[;；]\s*|\s+(?=\d+[.．、])|\n", text)
    return [re.sub(r"^\d+[.．、]\s*", "", p).strip() for p in parts if p.strip()]
