"""Chicago author-date references (CMOS 17, reference-list form).

``Brzezinski, Zbigniew. 1997. The Grand Chessboard: ... New York: Basic Books.`` Book-like titles
are italic (in HTML and Markdown), article and chapter titles in curly quotes; English titles in
headline case; page ranges with an en dash, abbreviated (421–37); a DOI as a https://doi.org/ URL.
CJK titles and names are printed in their original script, without romanization; a title in another
language is followed by the record's English title in brackets, when it has one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from biblio.export.styles.blocks import Block, doi_url, emph, join_blocks, join_nonempty, link, text
from biblio.export.styles.entries import et_al, field_of, persons_of
from biblio.export.styles.names import chicago_names, chicago_plain_names
from biblio.export.styles.text import chicago_pages, headline_case, is_english, long_date, ordinal, short_date, tidy
from biblio.export.volumes import designation, is_numbered

THESIS_GENRES = {"phdthesis": "PhD diss.", "mastersthesis": "Master's thesis"}
_QUOTED = ("article", "magazine", "newspaper", "inbook", "incollection", "inproceedings", "thesis", "online")


def format_entry(entry: Any) -> Any:
    """The reference for a pybtex entry made by :func:`biblio.export.styles.entries.to_entry`."""
    build = _BUILDERS.get(entry.type, _book)
    head = _head(entry)
    return join_blocks([*head, *build(entry)])


def title(entry: Any) -> str:
    """Title and subtitle; English titles in headline case."""
    main = tidy(field_of(entry, "title"))
    sub = tidy(field_of(entry, "subtitle"))
    full = f"{main}: {sub}" if main and sub else main or sub
    return headline_case(full) if is_english(full, field_of(entry, "langid")) else full


def styled_title(entry: Any) -> Block:
    """“Quoted.” for parts and articles, italic for books; a title in another language is followed by
    its English translation in brackets when the record has one (CMOS 14.98): “中亚…” [Central Asia…]."""
    value = title(entry)
    if not value:
        return ""
    translated = tidy(field_of(entry, "title-en"))
    if entry.type in _QUOTED:
        if translated:
            return f"“{value}” [{translated}]"
        closing = "”" if value.endswith(("?", "!")) else ".”"
        return f"“{value}{closing}"
    return text(emph(value), f" [{translated}]") if translated else emph(value)


def _head(entry: Any) -> list[Block]:
    """Creator, year, title; a work without creator starts with its title."""
    when = tidy(field_of(entry, "year")) or "n.d."
    creator = _creator(entry)
    if creator:
        return [creator, when, styled_title(entry)]
    return [styled_title(entry), when]


def _creator(entry: Any) -> str:
    people = persons_of(entry, "author")
    if people:
        return chicago_names(people, et_al(entry, "author"))
    editors = persons_of(entry, "editor")
    if editors and entry.type not in ("incollection", "inproceedings", "inbook"):
        return f"{chicago_names(editors, et_al(entry, 'editor'))}, {'eds' if len(editors) > 1 else 'ed'}."
    return ""


def _contributors(entry: Any, with_editors: bool) -> list[Block]:
    out: list[Block] = []
    editors = persons_of(entry, "editor")
    if with_editors and editors and persons_of(entry, "author"):
        out.append(f"Edited by {chicago_plain_names(editors)}")
    translators = persons_of(entry, "translator")
    if translators:
        out.append(f"Translated by {chicago_plain_names(translators)}")
    return out


def edition(entry: Any) -> str:
    """``2nd ed``; the first edition is not printed."""
    value = tidy(field_of(entry, "edition"))
    if value.isdecimal():
        return f"{ordinal(int(value))} ed" if int(value) > 1 else ""
    return value


def volume(entry: Any, lead: str = "Vol.") -> str:
    """``Vol. 2`` of a multi-volume work (``vol. 2`` inside a chapter's host); a volume that is not a number
    is printed as its source wrote it (``上卷``, see :mod:`biblio.export.volumes`)."""
    value = tidy(field_of(entry, "volume"))
    if not value:
        return ""
    if is_numbered(value):
        return f"{lead} {value}"
    return designation(value, field_of(entry, "volume-written"), cjk=True)


def publisher(entry: Any, name: str = "") -> str:
    """``New York: Basic Books``."""
    return ": ".join(x for x in (tidy(field_of(entry, "address")), tidy(name or field_of(entry, "publisher"))) if x)


def access(entry: Any) -> list[Block]:
    """The DOI as a URL, else the URL."""
    url = doi_url(entry) or tidy(field_of(entry, "url"))
    return [link(url)] if url else []


def _book(entry: Any) -> list[Block]:
    return [edition(entry), *_contributors(entry, True), volume(entry), publisher(entry), *access(entry)]


def _article(entry: Any) -> list[Block]:
    volume, number = tidy(field_of(entry, "volume")), tidy(field_of(entry, "number"))
    journal: Block = emph(tidy(field_of(entry, "journal")))
    if volume:
        journal = join_nonempty(" ", journal, volume, f"({number})" if number else "")
    elif number:
        journal = join_nonempty(", ", journal, f"no. {number}")
    pages = chicago_pages(field_of(entry, "pages"))
    if pages:
        journal = text(journal, ": " if volume else ", ", pages)
    return [*_contributors(entry, False), journal, *access(entry)]


def _newspaper(entry: Any) -> list[Block]:
    when = long_date(short_date(field_of(entry, "date")))
    source = join_nonempty(", ", emph(tidy(field_of(entry, "journal"))), when if "-" in field_of(entry, "date") else "")
    return [source, *access(entry)]


def _part_of(entry: Any) -> list[Block]:
    book = emph(tidy(field_of(entry, "booktitle")))
    editors = persons_of(entry, "editor")
    where = text("In ", book) if book else ""
    where = join_nonempty(", ", where, volume(entry, "vol."))  # the host's: "In Book, vol. 2, edited by"
    if editors:
        where = join_nonempty(", ", where, f"edited by {chicago_plain_names(editors)}")
    pages = chicago_pages(field_of(entry, "pages"))
    where = join_nonempty(", ", where, pages)
    return [where, *_contributors(entry, False), publisher(entry), *access(entry)]


def _thesis(entry: Any) -> list[Block]:
    genre = tidy(field_of(entry, "type"))
    genre = THESIS_GENRES.get(genre.lower(), genre) or "Thesis"
    school = tidy(field_of(entry, "institution") or field_of(entry, "publisher"))
    return [join_nonempty(", ", genre, school), *access(entry)]


def _report(entry: Any) -> list[Block]:
    issuer = field_of(entry, "institution") or field_of(entry, "publisher")
    number = tidy(field_of(entry, "number"))
    return [f"Report {number}" if number else "", publisher(entry, issuer), *access(entry)]


def _online(entry: Any) -> list[Block]:
    site = tidy(field_of(entry, "publisher") or field_of(entry, "journal"))
    date = short_date(field_of(entry, "date"))
    seen = short_date(field_of(entry, "urldate"))
    return [
        site,
        long_date(date) if "-" in date else "",
        f"Accessed {long_date(seen)}" if seen else "",
        *access(entry),
    ]


def _numbered(entry: Any) -> list[Block]:
    number = tidy(field_of(entry, "number"))
    issuer = publisher(entry, field_of(entry, "publisher") or field_of(entry, "institution"))
    return [number, issuer, *access(entry)]


_BUILDERS: dict[str, Callable[[Any], list[Block]]] = {
    "article": _article,
    "magazine": _article,
    "newspaper": _newspaper,
    "book": _book,
    "proceedings": _book,
    "collection": _book,
    "dataset": _book,
    "misc": _book,
    "inbook": _part_of,
    "incollection": _part_of,
    "inproceedings": _part_of,
    "thesis": _thesis,
    "report": _report,
    "online": _online,
    "standard": _numbered,
    "patent": _numbered,
}
