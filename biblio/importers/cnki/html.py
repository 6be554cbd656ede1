"""A saved CNKI detail page (HTML, kns8 layout) -> one record plus its cited works.

Parsed with the stdlib :mod:`html.parser` (via :mod:`biblio.importers.web.htmldom`), not lxml.
Reads ``div.wx-tit`` (h1 title, ``h3#authorpart`` authors, other h3 affiliations), ``div.top-tip``
(journal . year,volume(issue)), ``.abstract-text``, ``p.keywords``, ``p.funds``, the
``span.rowtit`` label rows (DOI, 专辑, 专题, 分类号 ...), the 下载/页码/页数 counters, the hidden
``paramdbcode``/``paramfilename`` inputs and the reference lists (参考文献 / 引证文献).
"""

from __future__ import annotations

import re

from biblio.importers.base import ImportResult
from biblio.importers.cnki.build import build
from biblio.importers.cnki.page import LABELS, SECTIONS, CnkiPage
from biblio.importers.cnki.sniff import sniff_cnki_html
from biblio.importers.fieldmap import simplified
from biblio.importers.web.htmldom import Node, parse_html_tree
from biblio.model.script import has_cjk

_COUNTERS = re.compile(r"(下载|页码|页数|被引)\s*[:：]\s*(\d+(?:\s*[-~～]\s*\d+)?)")


class CnkiHtmlImporter:
    """The saved CNKI detail page importer (name ``cnki-html``)."""

    name: str = "cnki-html"
    version: str = "1"
    suffixes: tuple[str, ...] = (".html", ".htm", ".mhtml")

    def sniff(self, text: str) -> float:
        """HTML with CNKI's detail-page markers."""
        return sniff_cnki_html(text)

    def parse(self, text: str) -> ImportResult:
        """One page -> the record and its cited works."""
        root = parse_html_tree(text)
        page = CnkiPage()
        _titles(root, page)
        _abstracts_keywords(root, page)
        _rows(root, page)
        _source(root, page)
        _lists(root, page)
        return build(page, self.name, self.version)


_BADGES = frozenset(("网络首发", "增强出版", "OA", "数据论文", "优先出版", "AI导读"))


def _badge(element: Node) -> bool:
    """Title decorations: superscripts, icons and badges such as 网络首发."""
    return element.tag in ("sup", "i", "img") or element.rendered_text() in _BADGES


def _no_sup(element: Node) -> bool:
    return element.tag in ("sup", "sub") or "marktip" in element.classes


def _titles(root: Node, page: CnkiPage) -> None:
    box = root.find("div", cls="wx-tit") or root
    title = box.find("h1")
    if title is not None:
        page.titles.append(title.rendered_text(skip=_badge))
    for element in box.find_all("h2") + root.find_all(cls="en-title"):
        if element.rendered_text() and element.rendered_text() not in page.titles:
            page.titles.append(element.rendered_text())
    for h3 in box.find_all("h3"):
        if h3.attrs.get("id") == "authorpart" or "author" in h3.classes:
            names = [a.rendered_text(skip=_no_sup) for a in h3.find_all("a")] or [h3.rendered_text(skip=_no_sup)]
            page.authors.append(" ; ".join(n for n in names if n))
        elif box is not root:
            orgs = [a.rendered_text(skip=_no_sup) for a in h3.find_all("a")] or [h3.rendered_text(skip=_no_sup)]
            page.affiliations += [re.sub(r"^\d+[.．、]\s*", "", o) for o in orgs if o]


def _abstracts_keywords(root: Node, page: CnkiPage) -> None:
    for element in root.find_all(cls="abstract-text"):
        if element.rendered_text():
            page.abstracts.append(element.rendered_text())
    for element in root.find_all(cls="keywords"):
        words = [a.rendered_text().strip(" ;；") for a in element.find_all("a")]
        words = [w for w in words if w] or [element.rendered_text()]
        page.keywords.append(";".join(words))
    for element in root.find_all(cls="funds"):
        page.funding += [line for line in re.split(r"[;；]\s*", element.rendered_text()) if line.strip()]


def _rows(root: Node, page: CnkiPage) -> None:
    """``<span class="rowtit">DOI：</span><p>...</p>`` rows and ``<label>`` counters."""
    for parent in root.iter():
        children = [c for c in parent.children if isinstance(c, Node)]
        for i, child in enumerate(children):
            if "rowtit" not in child.classes and child.tag != "label":
                continue
            key = LABELS.get(simplified(child.rendered_text().strip("：: ")).lower())
            value = " ".join(
                c.rendered_text() for c in children[i + 1 :] if c.tag not in ("label",) and "rowtit" not in c.classes
            )
            if key and value and key not in ("abstract", "keywords", "funding") and key not in page.fields:
                page.fields[key] = value.strip(" ;；")
    for match in _COUNTERS.finditer(simplified(root.rendered_text())):
        page.fields.setdefault(LABELS[match.group(1)], match.group(2))
    for element in root.find_all("input"):
        ident = element.attrs.get("id", "").lower()
        if ident in ("paramdbcode", "paramfilename") and element.attrs.get("value"):
            page.fields.setdefault(ident.removeprefix("param"), element.attrs["value"])


def _source(root: Node, page: CnkiPage) -> None:
    tip = root.find(cls="top-tip")
    if tip is None:
        return
    parts = [a.rendered_text() for a in tip.find_all("a")] or [tip.rendered_text()]
    latin = [p for p in parts if p and not has_cjk(p) and not re.search(r"\d", p)]
    page.fields.setdefault("source", " . ".join(p for p in parts if p not in latin))
    if latin:
        page.fields["journal_en"] = latin[0]


def _lists(root: Node, page: CnkiPage) -> None:
    """``<li>`` items under a 参考文献 / 引证文献 heading, until the next heading."""
    mode = ""
    for element in root.iter():
        heading = (
            SECTIONS.get(element.rendered_text().strip(" ：:"))
            if element.tag in _HEADINGS or _is_title(element)
            else None
        )
        if heading:
            mode = heading
        elif element.tag == "li" and mode in ("references", "citing"):
            text = element.rendered_text()
            text = re.sub(r"^\s*\[\d+\]\s*", "", text)
            items = page.references if mode == "references" else page.citing
            if len(text) >= 6:
                items.append((0, text))


_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _is_title(element: Node) -> bool:
    return bool(element.classes & {"essaytitle", "tit", "title", "ebTit"}) or element.tag == "b"
