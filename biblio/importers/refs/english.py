"""Common English citation styles (APA, Harvard, Chicago, MLA-ish) -> records.

Three shapes cover them: author-date ``Authors (Year). Title. Source.`` (APA, Harvard), author-year
``Authors. Year. Title. Source.`` (Chicago author-date) and author-title ``Authors. Title. Source, Year.``
(Chicago notes-bibliography, MLA). This module finds authors, date and title; the source (journal,
chapter, book, thesis, report, web page) is read by :mod:`biblio.importers.refs.english_source`.
"""

from __future__ import annotations

import re

from biblio.importers.refs.common import (
    DOI_RE,
    URL_RE,
    ParsedReference,
    finish,
    new_record,
    set_title,
    strip_number,
)
from biblio.importers.refs.dual import Dual
from biblio.importers.refs.english_names import split_english_names
from biblio.importers.refs.english_source import english_date, read_source, split_title_notes
from biblio.model import Name, Record

ACCESS_RE = re.compile(
    r"[(\[]?\s*(?:Accessed|Retrieved|Viewed|Visited)(?:\s+on)?\s*:?\s*(?P<date>\d{4}\s+[A-Za-z]{3,9}\.?\s+\d{1,2}\b|[^)\].]*?\d{4})\s*[)\]]?\s*(?:,?\s*from)?\s*[.,]?",
    re.IGNORECASE,
)
AVAILABLE_RE = re.compile(r"\b(?:Available\s+(?:at|from|online)|URL)\s*:?\s*", re.IGNORECASE)
AUTHOR_DATE_RE = re.compile(
    r"^(?P<authors>.+?)\s*[(\[](?P<year>\d{4}[a-z]?|n\.\s?d\.)(?:\s*,\s*(?P<md>[^)\]]*))?[)\]]\s*[.,:]?\s*(?P<rest>.*)$"
)
AUTHOR_YEAR_RE = re.compile(r"^(?P<authors>[^\d\"]+?)\.?\s+(?P<year>\d{4}[a-z]?)\.\s+(?P<rest>.+)$")
FOOTNOTE_RE = re.compile(
    r"^(?P<authors>[A-Z][^,\"(]+?(?:,?\s+(?:and|&)\s+[^,\"(]+?)?),\s+(?P<title>[^\"(]+?)\s*"
    r"\((?P<pub>[^()]*?\d{4})\)(?:,\s*(?P<pages>[\d\-–, ]+?))?\.?$"
)
QUOTED_RE = re.compile(r'^(?P<before>[^"]*?)\s*"(?P<title>[^"]+)"\s*(?P<rest>.*)$')
SINGLE_QUOTED_RE = re.compile(r"^'(?P<title>.+?)'\s*[,.]\s*(?P<rest>.*)$")
_INITIAL_RE = re.compile(r"^[A-Z]\.")
_ABBREVIATIONS = {
    "ed",
    "eds",
    "vol",
    "no",
    "pp",
    "p",
    "st",
    "dr",
    "mr",
    "mrs",
    "jr",
    "vs",
    "trans",
    "rev",
    "n.d",
    "u.s",
}


def parse_english(raw: str) -> ParsedReference:
    """Parse one English-style reference string; never raises on well-typed input."""
    text = " ".join(strip_number(raw).split())
    record = new_record(raw, "english")
    result = ParsedReference(record=record, style="english")
    dual = _take_links(record, Dual.of(text))
    title, source = _authors_date_title(result, dual)
    title = split_title_notes(result, title)
    set_title(record, title)
    read_source(result, source)
    finish(record, text)
    if not record.language:
        record.language = "en"
    return result


def _authors_date_title(result: ParsedReference, dual: Dual) -> tuple[str, Dual]:
    """Find the author part and date by shape; return the title and the source part."""
    record = result.record
    match = AUTHOR_DATE_RE.match(dual.norm)
    if match and _plausible_authors(match.group("authors")):
        _authors(result, dual.group(match, "authors"))
        year = match.group("year")
        record.date = english_date(f"{match.group('md') or ''} {year}") if year[0].isdigit() else ""
        return _split_title(dual.cut(match.start("rest"), len(dual.norm)))
    match = FOOTNOTE_RE.match(dual.norm)
    if match and _plausible_authors(match.group("authors")):
        _authors(result, dual.group(match, "authors"))
        result.record.pages = match.group("pages") or ""
        publication = dual.cut(match.start("pub"), match.end("pub"))
        return dual.group(match, "title"), publication
    match = AUTHOR_YEAR_RE.match(dual.norm)
    if match and _plausible_authors(match.group("authors")) and "," in match.group("authors"):
        _authors(result, dual.group(match, "authors"))
        record.date = match.group("year")
        return _split_title(dual.cut(match.start("rest"), len(dual.norm)))
    people, title, source = _split_author_title(dual)
    if people:
        _authors(result, people)
    return title, source


def _take_links(record: Record, dual: Dual) -> Dual:
    access, dual = dual.take(ACCESS_RE, 1, ("accessed", "retrieved", "viewed"))
    record.urldate = english_date(access) if access else ""
    record.doi, dual = dual.take(DOI_RE, needs=("10.",))
    record.doi = record.doi.rstrip(".")
    _, dual = dual.take(AVAILABLE_RE, 0, ("available", "url"))
    url, dual = dual.take(URL_RE, 0, ("http", "www."))
    record.url = url.rstrip(".,;)>")
    if not (url or record.doi or access):
        return dual
    end = len(dual.norm.rstrip(" .,<>"))
    return dual.cut(0, end)


def _plausible_authors(text: str) -> bool:
    """An author part: short, no quotes, no digits (else the "(Year)" is a journal date)."""
    return 0 < len(text) < 300 and '"' not in text and not re.search(r"\d", text)


def _authors(result: ParsedReference, text: str) -> None:
    record = result.record
    text = text.strip(" .,")
    role = ""
    eds = re.search(r",?\s*\((?:eds?|ed|Hrsg)\.?\)|,\s*eds?\.?$|,\s*editors?$", text, re.I)
    if eds:
        role = "editor"
        text = text[: eds.start()]
    names, et_al = parse_english_names(text)
    (record.editors if role else record.authors).extend(names)
    result.roles.setdefault(role or "author", []).extend(n.display() for n in names)
    if et_al:
        record.extra["authors_et_al"] = "true"


def _split_title(rest: Dual) -> tuple[str, Dual]:
    """Title up to the first sentence end (or a closing quote); the source after it."""
    quoted = QUOTED_RE.match(rest.norm)
    if quoted and not quoted.group("before"):
        return rest.group(quoted, "title"), rest.cut(quoted.start("rest"), len(rest.norm))
    single = SINGLE_QUOTED_RE.match(rest.norm)
    if single:
        return rest.group(single, "title"), rest.cut(single.start("rest"), len(rest.norm))
    end = _title_end(rest.norm)
    if end < 0:
        return rest.orig, Dual("", "")
    return rest.orig[: end + 1], rest.cut(end + 1, len(rest.norm)).strip()


def _title_end(text: str) -> int:
    """The end of a title: the first full stop; a "?" or "!" before it only if a journal follows."""
    from biblio.importers.refs.english_source import looks_like_journal

    end = _sentence_end(text, stops=".")
    nothing_after = end < 0 or not text[end + 1 :].strip()
    for match in re.finditer(r"[?!](?=\s)", text):
        if end >= 0 and match.start() > end:
            break
        if nothing_after or looks_like_journal(text[match.end() :].strip()):
            return match.start()
    return end


def _sentence_end(text: str, start: int = 0, stops: str = ".?!") -> int:
    """Index of the first stop that ends a sentence (not an initial or an abbreviation), or -1."""
    for match in re.finditer(rf"[{re.escape(stops)}](?=\s|$)", text[start:]):
        i = start + match.start()
        word = re.search(r"(\S+)$", text[:i])
        token = word.group(1) if word else ""
        if token and ((len(token) == 1 and token.isupper()) or token.lower() in _ABBREVIATIONS):
            continue
        return i
    return -1


def _split_author_title(dual: Dual) -> tuple[str, str, Dual]:
    """Chicago/MLA: ``Authors. Title. Source`` or ``Authors. "Title." Source``."""
    quoted = QUOTED_RE.match(dual.norm)
    if quoted and quoted.group("before"):
        return dual.group(quoted, "before"), dual.group(quoted, "title"), dual.cut(quoted.start("rest"), len(dual.norm))
    end = _author_end(dual.norm)
    if end < 0:
        title, source = _split_title(dual)
        return "", title, source
    people = dual.orig[:end]
    title, source = _split_title(dual.cut(end + 1, len(dual.norm)).strip())
    return people, title, source


def _author_end(text: str) -> int:
    """End of ``Family, Given M.`` (or a corporate author): the full stop after the names, or -1."""
    for match in re.finditer(r"\.(?=\s|$)", text):
        i = match.start()
        part = text[:i]
        token = part.rsplit(" ", 1)[-1]
        after = text[i + 1 :].lstrip()
        if len(token) == 1 and token.isupper() and _name_continues(after):
            continue
        if token.lower() in _ABBREVIATIONS:
            continue
        words = part.split()
        if "," in part or " and " in part or len(words) <= 4:
            return i
        return -1
    return -1


def _name_continues(after: str) -> bool:
    """After an initial: another initial, or one more name word before the next full stop ("S. Frederick.")."""
    if _INITIAL_RE.match(after):
        return True
    next_stop = after.find(". ")
    segment = after[:next_stop] if next_stop >= 0 else ""
    return bool(segment) and " " not in segment and segment[:1].isupper() and segment.isalpha()


def parse_english_names(text: str) -> tuple[list[Name], bool]:
    """Names of an English author or editor list (roles dropped), and whether it ends in "et al."."""
    return split_english_names(text)


def _one_inverted_name(chunk: str) -> bool:
    """ "Mackinder, Halford J." or "Freeman, Chas W., Jr.": one name, family first."""
    parts = [p.strip() for p in chunk.split(",")]
    if len(parts) == 3 and re.fullmatch(r"(?:Jr|Sr|I{2,3}|IV)\.?", parts[2]):
        parts = parts[:2]
    return len(parts) == 2 and "et al" not in parts[1]
