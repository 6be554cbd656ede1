"""GB/T 7714-2015 numeric references, as biblatex-gb7714-2015 prints them.

``哈·麦金德. 历史的地理枢纽[M]. 北京: 商务印书馆, 1985: 71.`` Choices (documented in
docs/cite-roundtrip.md): ASCII punctuation with a space after it, a full-width colon in a title
becomes ``: ``; English titles are sentence-cased the way BibTeX does (acronyms kept); a book's
``pages`` is the cited page, printed after the year; nationality markers and original-script names
are not printed; a missing place or publisher is left out (no ``[出版地不详]``); online resources
(``[EB/OL]``) print their dates and URL; any other type with a URL becomes an electronic resource
(``[J/OL]``: ``2021(3): 1-22[2021-08-01]. https://...``); a DOI is printed for every type; editors
in the author position get no role word. Verified against real biblatex-gb7714-2015 output by
tests/export/styles/test_biblatex_agreement.py. A BibLaTeX ``mark``/``usera`` type code kept in
``Record.extra`` (``DB``, ``CP/DK``) overrides the code of the entry type. A multi-volume work's
volume follows its title as the source wrote it (``中亚史: 第一卷[M]``, :mod:`biblio.export.volumes`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from biblio.export.styles.blocks import Block, bare_doi, doi_url, is_empty, join_blocks, link, text
from biblio.export.styles.entries import et_al, field_of, persons_of
from biblio.export.styles.names import any_cjk, gbt_names
from biblio.export.styles.text import (
    cjk,
    hyphen_pages,
    is_english,
    looks_title_case,
    ordinal,
    sentence_case,
    short_date,
    tidy,
)
from biblio.export.volumes import designation

TYPE_CODES = {
    "article": "J",
    "magazine": "J",
    "book": "M",
    "inbook": "M",
    "incollection": "M",
    "inproceedings": "C",
    "proceedings": "C",
    "collection": "G",
    "thesis": "D",
    "report": "R",
    "online": "EB/OL",
    "newspaper": "N",
    "standard": "S",
    "patent": "P",
    "dataset": "DS",
    "misc": "Z",
}
# types whose volume is the work's own, printed after its title (a journal's goes with the issue, a
# chapter's is the host's, after the host's title)
_VOLUME_AFTER_TITLE = frozenset(
    {"book", "collection", "proceedings", "report", "standard", "misc", "dataset", "thesis"}
)
_MARK = re.compile(r"\A[A-Z]{1,2}(?:/[A-Z]{2})?\Z")
_MEDIUM = re.compile(r"\A(?:[A-Z]{2,3}|CD-ROM)\Z")


def is_chinese(entry: Any) -> bool:
    """CJK entries get 等, 译, 编 and 版; decided from the title, the language, then the authors."""
    lang = field_of(entry, "langid").lower().split("-")[0]
    if lang in ("zh", "ja", "ko"):
        return True
    if lang:
        return False
    return cjk(field_of(entry, "title")) or any_cjk(persons_of(entry, "author"))


def format_entry(entry: Any) -> Any:
    """The reference for a pybtex entry made by :func:`biblio.export.styles.entries.to_entry`."""
    build = _BUILDERS.get(entry.type, _book)
    return join_blocks(build(entry, is_chinese(entry)))


def electronic(entry: Any) -> bool:
    """An online resource, or another type with a URL (or an access date and a DOI): ``[J/OL]``."""
    if entry.type == "online" or tidy(field_of(entry, "url")):
        return True
    return bool(tidy(field_of(entry, "urldate")) and doi_url(entry))


def type_code(entry: Any) -> str:
    """``M``, ``J``, ...; a valid ``mark`` field wins. As biblatex-gb7714-2015: ``/OL`` for electronic
    resources, else ``/medium`` when a carrier is given (``[CP/DK]``); a ``mark`` with a carrier stays."""
    mark = tidy(field_of(entry, "mark")).upper()
    code = mark if _MARK.match(mark) else TYPE_CODES.get(entry.type, "Z")
    if "/" in code:
        return code
    if electronic(entry):
        return f"{code}/OL"
    medium = tidy(field_of(entry, "medium")).upper()
    return f"{code}/{medium}" if _MEDIUM.match(medium) else code


def title(entry: Any) -> str:
    """Title and subtitle, with GB/T punctuation and casing."""
    main = tidy(field_of(entry, "title"))
    sub = tidy(field_of(entry, "subtitle"))
    full = f"{main}: {sub}" if main and sub else main or sub
    full = full.replace("：", ": ").replace(" :", ":").replace(":  ", ": ")
    if is_english(full, field_of(entry, "langid")) and looks_title_case(full):
        full = sentence_case(full)
    return full.strip()


def volume(entry: Any) -> str:
    """A multi-volume work's volume as written (``第一卷``, ``上卷``, ``第一辑``), else ``第2卷``/``Vol. 2``."""
    return designation(field_of(entry, "volume"), field_of(entry, "volume-written"), is_chinese(entry))


def title_code(entry: Any, with_number: bool = False) -> str:
    """``Title[M]``; a volume follows the title (``中国植物志: 第2卷[M]``, GB/T 7714-2015 其他题名信息),
    standards, patents and other documents add their number: ``Title: GB/T 7714—2015[S]``,
    ``关于…的通知: 京政办发〔2005〕37号[A]``."""
    code = type_code(entry)
    name = title(entry)
    if entry.type in _VOLUME_AFTER_TITLE:
        part = volume(entry)
        name = f"{name}: {part}" if name and part else name or part
    number = tidy(field_of(entry, "number"))
    if (with_number or entry.type == "misc") and number:
        name = f"{name}: {number}" if name else number
    return f"{name}[{code}]"


def authors(entry: Any, chinese: bool) -> str:
    """Authors, else editors; the main creator gets no role word (no 主编, no ed.)."""
    if persons_of(entry, "author"):
        return gbt_names(persons_of(entry, "author"), chinese, et_al(entry, "author"))
    return gbt_names(persons_of(entry, "editor"), chinese, et_al(entry, "editor"))


def translators(entry: Any, chinese: bool) -> str:
    """``刘愈之, 译``; ``周琪, 刘绯, 张立平, 等译`` beyond three; ``Trans. by SMITH J`` for Western names."""
    return _role_statement(entry, chinese, "translator", "译", "Trans. by")


def revisers(entry: Any, chinese: bool) -> str:
    """Proof-readers after the translators: ``项英杰, 校``; ``Rev. by SMITH J`` for Western names."""
    return _role_statement(entry, chinese, "reviser", "校", "Rev. by")


def _role_statement(entry: Any, chinese: bool, role: str, word: str, western: str) -> str:
    people = persons_of(entry, role)
    if not people:
        return ""
    names = gbt_names(people, chinese, et_al(entry, role))
    if not any_cjk(people):
        return f"{western} {names}"
    return f"{names}{word}" if names.endswith("等") else f"{names}, {word}"


def contributors(entry: Any, chinese: bool) -> list[str]:
    """The other responsibility statements after the title: translators, then proof-readers."""
    return [translators(entry, chinese), revisers(entry, chinese)]


def edition(entry: Any, chinese: bool) -> str:
    """``2版`` / ``2nd ed``; the first edition is not printed."""
    value = tidy(field_of(entry, "edition"))
    if not value.isdecimal():
        return value
    number = int(value)
    if number <= 1:
        return ""
    return f"{number}版" if chinese else f"{ordinal(number)} ed"


def year(entry: Any) -> str:
    """The year, else the date as given."""
    return tidy(field_of(entry, "year") or field_of(entry, "date"))


def publication(entry: Any, publisher: str = "", pages: str = "") -> str:
    """``北京: 商务印书馆, 1985: 71``; absent parts are left out."""
    place = tidy(field_of(entry, "address"))
    head = ": ".join(x for x in (place, tidy(publisher)) if x)
    out = ", ".join(x for x in (head, year(entry)) if x)
    pages = hyphen_pages(pages)
    if pages:
        out = f"{out}: {pages}" if out else pages
    return out


def doi(entry: Any) -> Block:
    """``DOI: 10.2307/1775498`` (linked in HTML)."""
    url = doi_url(entry)
    return text("DOI: ", link(url, bare_doi(entry))) if url else ""


def access(entry: Any, source: Block) -> list[Block]:
    """The source block, with ``[access date]`` and the URL for electronic resources, then the DOI."""
    if not electronic(entry):
        return [source, doi(entry)]
    seen = short_date(field_of(entry, "urldate"))
    if seen:
        source = text(source, f"[{seen}]") if not is_empty(source) else f"[{seen}]"
    return [source, _url(entry), doi(entry)]


def _book(entry: Any, chinese: bool) -> list[Block]:
    return [
        authors(entry, chinese),
        title_code(entry),
        *contributors(entry, chinese),
        edition(entry, chinese),
        *access(entry, publication(entry, field_of(entry, "publisher"), field_of(entry, "pages"))),
    ]


def _article(entry: Any, chinese: bool) -> list[Block]:
    volume, number = tidy(field_of(entry, "volume")), tidy(field_of(entry, "number"))
    issue = volume + (f"({number})" if number else "")
    when = ", ".join(x for x in (year(entry), volume) if x) + (f"({number})" if number else "")
    source = ", ".join(x for x in (tidy(field_of(entry, "journal")), when if year(entry) else issue) if x)
    pages = hyphen_pages(field_of(entry, "pages"))
    if pages:
        source = f"{source}: {pages}" if source else pages
    return [authors(entry, chinese), title_code(entry), *contributors(entry, chinese), *access(entry, source)]


def _part_of(entry: Any, chinese: bool) -> list[Block]:
    """A chapter or conference paper: ``Title[M]//Editors. Book. Place: Publisher, Year: pages.``."""
    book = tidy(field_of(entry, "booktitle"))
    part = volume(entry)
    if book and part:  # the host's volume: "//李承森. 植物科学进展: 第3卷. 北京"
        book = f"{book}: {part}"
    head = title_code(entry)
    if book:
        editors = gbt_names(persons_of(entry, "editor"), chinese)
        head = f"{head}//{editors}. {book}" if editors else f"{head}//{book}"
    pub = publication(entry, field_of(entry, "publisher"), field_of(entry, "pages"))
    return [authors_only(entry, chinese), head, *contributors(entry, chinese), *access(entry, pub)]


def authors_only(entry: Any, chinese: bool) -> str:
    """The authors (editors of a chapter belong to the book, after ``//``)."""
    return gbt_names(persons_of(entry, "author"), chinese, et_al(entry, "author"))


def _thesis(entry: Any, chinese: bool) -> list[Block]:
    school = field_of(entry, "institution") or field_of(entry, "publisher")
    pub = publication(entry, school, field_of(entry, "pages"))
    return [authors(entry, chinese), title_code(entry), *access(entry, pub)]


def _report(entry: Any, chinese: bool) -> list[Block]:
    """``Title[R]. 12. Washington: World Bank, 2020.`` (the report number before the publisher)."""
    issuer = field_of(entry, "institution") or field_of(entry, "publisher")
    pub = publication(entry, issuer, field_of(entry, "pages"))
    number = tidy(field_of(entry, "number"))
    return [authors(entry, chinese), title_code(entry), *contributors(entry, chinese), number, *access(entry, pub)]


def _newspaper(entry: Any, chinese: bool) -> list[Block]:
    when = short_date(field_of(entry, "date")) or year(entry)
    page = hyphen_pages(field_of(entry, "pages") or field_of(entry, "number"))
    source = ", ".join(x for x in (tidy(field_of(entry, "journal")), when) if x)
    if page:
        source += f"({page})"
    return [authors(entry, chinese), title_code(entry), *access(entry, source)]


def _online(entry: Any, chinese: bool) -> list[Block]:
    """``Title[EB/OL]. (2012-05-03)[2013-03-25]. URL.``; with a publisher ``Publisher, (2012-05-03)[...]``.

    GB/T 7714-2015 (电子资源 template, 著录用符号): the publication area is
    ``place: publisher, year(update date)[cited]``, opened by a full stop, with a comma before the date
    part; the cited date follows directly.
    """
    place, publisher = tidy(field_of(entry, "address")), tidy(field_of(entry, "publisher"))
    head = ": ".join(x for x in (place, publisher) if x)
    date = short_date(field_of(entry, "date"))
    source = ", ".join(x for x in (head, f"({date})" if date else "") if x)
    return [authors(entry, chinese), title_code(entry), *access(entry, source)]


def _dataset(entry: Any, chinese: bool) -> list[Block]:
    """A database or data set: online form when it has a URL and no publisher, else book form."""
    if tidy(field_of(entry, "url")) and not tidy(field_of(entry, "publisher")):
        return _online(entry, chinese)
    return _book(entry, chinese)


def _misc(entry: Any, chinese: bool) -> list[Block]:
    """Book form; without place and publisher the full date is kept (a law: ``[Z]. 2015-12-27``)."""
    if field_of(entry, "address") or field_of(entry, "publisher"):
        return _book(entry, chinese)
    when = short_date(field_of(entry, "date")) or year(entry)
    pages = hyphen_pages(field_of(entry, "pages"))
    source = f"{when}: {pages}" if when and pages else when or pages
    return [authors(entry, chinese), title_code(entry), *contributors(entry, chinese), *access(entry, source)]


def _standard(entry: Any, chinese: bool) -> list[Block]:
    issuer = field_of(entry, "publisher") or field_of(entry, "institution")
    pub = publication(entry, issuer, field_of(entry, "pages"))
    return [authors(entry, chinese), title_code(entry, with_number=True), *access(entry, pub)]


def _patent(entry: Any, chinese: bool) -> list[Block]:
    when = short_date(field_of(entry, "date")) or year(entry)
    return [authors(entry, chinese), title_code(entry, with_number=True), *access(entry, when)]


def _url(entry: Any) -> Block:
    """The URL of an electronic resource; the DOI resolver URL when it has only a DOI."""
    url = tidy(field_of(entry, "url")) or doi_url(entry)
    return link(url) if url else ""


_BUILDERS: dict[str, Callable[[Any, bool], list[Block]]] = {
    "article": _article,
    "magazine": _article,
    "book": _book,
    "proceedings": _book,
    "collection": _book,
    "dataset": _dataset,
    "misc": _misc,
    "inbook": _part_of,
    "incollection": _part_of,
    "inproceedings": _part_of,
    "thesis": _thesis,
    "report": _report,
    "newspaper": _newspaper,
    "online": _online,
    "standard": _standard,
    "patent": _patent,
}
