"""The LaTeX sources of the test PDFs and what a reader should find in them.

Each :class:`TestDocument` knows its source text in reading order (for the words-found check) and, for
the long documents, the text of every page (each page ends with ``\\clearpage``, so page N holds
exactly the paragraphs written for it). Metadata (Info dictionary, XMP packet) is written with
``\\special`` commands that xdvipdfmx understands, so no LaTeX package beyond the TeX Live base is needed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from tests.pdfgen.texts import CHINESE, ENGLISH, PAGE14, RUSSIAN, page_paragraphs

LONG_PAGES = 22

_PREAMBLE_LATIN = r"""\documentclass[11pt%(options)s]{article}
\usepackage{fontspec}
\setmainfont{Latin Modern Roman}
\usepackage[a4paper,margin=2.5cm]{geometry}
"""
_PREAMBLE_RUSSIAN = r"""\documentclass[11pt]{article}
\usepackage{fontspec}
\setmainfont{DejaVu Serif}
\usepackage[russian]{babel}
\usepackage[a4paper,margin=2.5cm]{geometry}
"""
_PREAMBLE_CHINESE = r"""\documentclass[11pt]{article}
\usepackage{fontspec}
\setmainfont{Latin Modern Roman}
\usepackage{xeCJK}
\setCJKmainfont{Noto Serif CJK SC}
\usepackage[a4paper,margin=2.5cm]{geometry}
\parindent=2em
"""


@dataclass(frozen=True)
class TestDocument:
    """One generated PDF: LaTeX source, expected text and expected metadata."""

    name: str
    tex: str
    text: str  # the body text in reading order
    pages: dict[int, str] = field(default_factory=dict)  # 1-based page -> its body text (long documents)
    title: str = ""
    authors: tuple[str, ...] = ()
    doi: str = ""
    lang: str = "en"
    extra: dict[str, str] = field(default_factory=dict)
    engine: str = "xelatex"  # or pdflatex (another producer, for the extraction benchmark)


def info_special(title: str = "", author: str = "", subject: str = "") -> str:
    """An Info dictionary (what hyperref's pdftitle writes), as UTF-16 hex strings."""
    items = {"Title": title, "Author": author, "Subject": subject}
    parts = [f"/{k} <FEFF{v.encode('utf-16-be').hex().upper()}>" for k, v in items.items() if v]
    return r"\special{pdf:docinfo << " + " ".join(parts) + " >>}" if parts else ""


def xmp_special(title: str, creators: tuple[str, ...], doi: str = "") -> str:
    """An XMP packet in the catalog's /Metadata stream, shaped like publishers' (dc:title, prism:doi)."""
    people = "".join(f"<rdf:li>{c}</rdf:li>" for c in creators)
    doi_part = f"<prism:doi>{doi}</prism:doi><dc:identifier>doi:{doi}</dc:identifier>" if doi else ""
    packet = (
        '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
        '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
        '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:prism="http://prismstandard.org/namespaces/basic/2.0/">'
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{title}</rdf:li></rdf:Alt></dc:title>'
        f"<dc:creator><rdf:Seq>{people}</rdf:Seq></dc:creator>{doi_part}"
        '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>'
    )
    return (
        r"\special{pdf:stream @xmp (" + packet + r") << /Type /Metadata /Subtype /XML >>}"
        "\n" + r"\special{pdf:put @catalog << /Metadata @xmp >>}"
    )


def _english_twocolumn() -> TestDocument:
    title = "Water, Pipelines and Influence in Central Asia"
    authors = ("Anna Petrova", "James O’Connor")
    doi = "10.5555/cas.2024.0042"
    body = [*ENGLISH, *reversed(ENGLISH), *ENGLISH[::2]]
    tex = (
        _PREAMBLE_LATIN % {"options": ",twocolumn"}
        + "\\begin{document}\n"
        + f"\\title{{{title}}}\n\\author{{{authors[0]} \\and {authors[1]}}}\n\\date{{}}\n\\maketitle\n"
        + f"\\noindent DOI: {doi}\n\n"
        + "\n\n".join(body)
        + "\n\\end{document}\n"
    )
    return TestDocument("english_twocolumn", tex, "\n".join(body), title=title, authors=authors, doi=doi)


def _english_xmp() -> TestDocument:
    title = "Remittances and Belonging in Post-Soviet Migration"
    authors = ("Maria Ivanova",)
    doi = "10.5555/migr.2023.17"
    body = list(ENGLISH[3:])
    tex = (
        _PREAMBLE_LATIN % {"options": ""}
        + "\\begin{document}\n"
        + info_special(title=title, author=authors[0])
        + "\n"
        + xmp_special(title, authors, doi)
        + "\n\\section*{Introduction}\n"
        + "\n\n".join(body)
        + "\n\\end{document}\n"
    )
    return TestDocument("english_xmp", tex, "\n".join(body), title=title, authors=authors, doi=doi)


def _long(lang: str, preamble: str, first_page: str, title: str, authors: tuple[str, ...]) -> TestDocument:
    pages: dict[int, str] = {}
    chunks = []
    for page in range(1, LONG_PAGES + 1):
        paragraphs = page_paragraphs(lang, page)
        if page == 14:
            marker = {"zh": "。", "ru": ".", "en": "."}[lang]
            phrase = PAGE14[lang]
            paragraphs = [paragraphs[0], f"{phrase[0].upper()}{phrase[1:]}{marker}", paragraphs[1]]
        pages[page] = "\n".join(paragraphs)
        head = first_page if page == 1 else ""
        chunks.append(head + "\n\n".join(paragraphs) + "\n\\clearpage\n")
    tex = preamble + "\\begin{document}\n" + "".join(chunks) + "\\end{document}\n"
    text = "\n".join(pages[p] for p in sorted(pages))
    return TestDocument(f"{lang}_long", tex, text, pages=pages, title=title, authors=authors, lang=lang)


class CnkiHeader(TypedDict):
    """The first page's facts of the generated CNKI article (the importer must read them back)."""

    journal: str
    year: str
    issue: str
    title: str
    authors: tuple[str, ...]
    affiliation: str
    keywords: tuple[str, ...]
    clc: str


CNKI_HEADER: CnkiHeader = {
    "journal": "俄罗斯学刊",
    "year": "2024",
    "issue": "6",
    "title": "中亚国家多元平衡外交的演进与前景",
    "authors": ("张宁", "李明"),
    "affiliation": "中国社会科学院俄罗斯东欧中亚研究所，北京100732",
    "keywords": ("中亚", "多元平衡外交", "大国关系"),
    "clc": "D836",
}


def _chinese_long() -> TestDocument:
    h = CNKI_HEADER
    names = "\\quad ".join(h["authors"])
    keywords = "；".join(h["keywords"])
    first_page = (
        f"\\noindent{{\\small 第14卷\\quad 总第84期\\hfill {h['journal']}\\quad {h['year']}年第{h['issue']}期}}\n\n"
        "\\noindent\\rule{\\linewidth}{0.4pt}\n\n"
        f"\\begin{{center}}{{\\LARGE\\bfseries {h['title']}}}\\\\[1em]\n"
        f"{{\\large {names}}}\\\\[0.5em]\n"
        f"{{\\small （{h['affiliation']}）}}\\end{{center}}\n\n"
        f"\\noindent{{\\small 【摘　要】{CHINESE[1]}}}\n\n"
        f"\\noindent{{\\small 【关键词】{keywords}}}\n\n"
        f"\\noindent{{\\small 【中图分类号】{h['clc']}\\qquad 【文献标识码】A\\qquad "
        "【文章编号】2095-1094(2024)06-0005-19}\n\n"
    )
    doc = _long("zh", _PREAMBLE_CHINESE, first_page, h["title"], h["authors"])
    return TestDocument(
        doc.name, doc.tex, doc.text, doc.pages, doc.title, doc.authors, lang="zh", extra={"journal": h["journal"]}
    )


def _russian_long() -> TestDocument:
    title = "Водная дипломатия государств Центральной Азии"
    authors = ("Иванов Пётр Сергеевич",)
    first_page = f"\\begin{{center}}{{\\LARGE\\bfseries {title}}}\\\\[1em]{{\\large {authors[0]}}}\\end{{center}}\n\n"
    return _long("ru", _PREAMBLE_RUSSIAN, first_page, title, authors)


def _english_arxiv() -> TestDocument:
    title = "Railway Corridors and Sovereign Debt"
    body = list(ENGLISH[:2])
    tex = (
        _PREAMBLE_LATIN % {"options": ""}
        + "\\begin{document}\n"
        + f"\\title{{{title}}}\n\\author{{Li Wei}}\n\\date{{}}\n\\maketitle\n"
        + "\\noindent arXiv:2101.01234v2 [econ.GN] 4 Jan 2021\n\n"
        + "\n\n".join(body)
        + "\n\\end{document}\n"
    )
    return TestDocument("english_arxiv", tex, "\n".join(body), title=title, authors=("Li Wei",))


def _encrypted() -> TestDocument:
    tex = (
        _PREAMBLE_LATIN % {"options": ""}
        + "\\special{pdf:encrypt userpw (secret) ownerpw (owner) length 128 perm 2052}\n"
        + "\\begin{document}\n"
        + ENGLISH[0]
        + "\n\\end{document}\n"
    )
    return TestDocument("encrypted", tex, ENGLISH[0])


def _image_page(image: str) -> TestDocument:
    """A 'scan': one page that is only an image (the image file is made by the builder)."""
    tex = (
        "\\documentclass{article}\n\\usepackage{graphicx}\n\\usepackage[a4paper,margin=1cm]{geometry}\n"
        "\\pagestyle{empty}\n\\begin{document}\n"
        f"\\noindent\\includegraphics[width=\\linewidth]{{{image}}}\n\\end{{document}}\n"
    )
    return TestDocument("scanned", tex, "")


def _russian_pdflatex() -> TestDocument:
    """Russian the classic way: pdfLaTeX, T2A-encoded bitmap (Type 3) Cyrillic fonts, ToUnicode from cmap."""
    body = [*RUSSIAN, *RUSSIAN[::-1]]
    tex = (
        "\\documentclass[11pt]{article}\n\\usepackage{cmap}\n\\usepackage[T2A]{fontenc}\n"
        "\\usepackage[utf8]{inputenc}\n\\usepackage[russian]{babel}\n\\begin{document}\n"
        + "\n\n".join(body)
        + "\n\\end{document}\n"
    )
    return TestDocument("ru_pdflatex", tex, "\n".join(body), lang="ru", engine="pdflatex")


def _english_pdflatex() -> TestDocument:
    """The classic two-column paper: pdfLaTeX, Type 1 Computer Modern, ligature glyphs named ff, fi, ffi."""
    body = [*ENGLISH, *reversed(ENGLISH)]
    tex = "\\documentclass[11pt,twocolumn]{article}\n\\begin{document}\n" + "\n\n".join(body) + "\n\\end{document}\n"
    return TestDocument("en_pdflatex_twocolumn", tex, "\n".join(body), engine="pdflatex")


_PREAMBLES = {"zh": _PREAMBLE_CHINESE, "ru": _PREAMBLE_RUSSIAN, "en": _PREAMBLE_LATIN % {"options": ""}}
_PAGE_WORD = {"zh": "第{}节", "ru": "Раздел {}", "en": "Section {}"}


def many_pages_tex(lang: str, pages: int, offset: int = 0) -> str:
    """A document of ``pages`` pages in ``lang`` (zh, ru, en), each headed by its own number (for benchmarks)."""
    chunks = []
    for page in range(offset + 1, offset + pages + 1):
        head = _PAGE_WORD[lang].format(page)
        chunks.append(f"\\section*{{{head}}}\n" + "\n\n".join(page_paragraphs(lang, page, 3)) + "\n\\clearpage\n")
    return _PREAMBLES[lang] + "\\begin{document}\n" + "".join(chunks) + "\\end{document}\n"


# Other producers than xdvipdfmx, for the extraction benchmark (benchmarks/bench_pdf.py).
OTHER_PRODUCERS = {doc.name: doc for doc in (_russian_pdflatex(), _english_pdflatex())}

DOCUMENTS = {
    doc.name: doc
    for doc in (
        _english_twocolumn(),
        _english_xmp(),
        _english_arxiv(),
        _chinese_long(),
        _russian_long(),
        _encrypted(),
    )
}
SCANNED = _image_page("page.png")
