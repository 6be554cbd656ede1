"""The gold fields of a rendered string: the record's fields, kept as far as the style printed them.

Styles drop fields (APA prints no place), cut name lists ("et al.", 等), reduce given names to initials,
compress page ranges (Chicago "331–45") and print dates in their own forms. The gold is what the string
contains: a field is kept only when its value can be found in the rendered text, names are kept up to
the first one the style left out, given names become initials when the full form is not printed, and a
date keeps its month and day only when the style printed them.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from scripts.refcorpus.records import Person, Record

_TYPES = {"newspaper": "newspaper"}
_GBT_CODE = re.compile(r"\[(?:[A-Z]{1,2})(?:/OL)?\]")
_DASHES = re.compile(r"[\u2010-\u2015\u2212-]")
_MONTHS_EN = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTHS_RU = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_ACCESS = re.compile(
    r"accessed|visited|retrieved|дата обр|访问|引用日期|\[\d{4}-\d{1,2}-\d{1,2}\]|cited|viewed", re.IGNORECASE
)


def squash(text: str) -> str:
    """Letters and digits only, case-folded and width-folded: presence checks ignore spacing and punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in text if ch.isalnum())


def _initials(given: str) -> str:
    parts = [p for p in re.split(r"[\s.\-]+", given) if p]
    return " ".join(p[0] for p in parts)


def _name_gold(person: Person, flat: str) -> str | dict[str, str] | None:
    """The gold form of one name as printed, or None when the style left it out."""
    if person.literal:
        return {"literal": person.literal} if squash(person.literal) in flat else None
    whole = person.family + person.given if person.unsplit else person.family
    if not whole or squash(whole) not in flat:
        return None
    if person.unsplit or not person.given or squash(person.given) in flat:
        return person.gold()
    if person.lang == "zh-foreign":  # "布热津斯基" printed without "兹比格纽"
        return person.family
    return f"{person.family}, {_initials(person.given)}"


def _names(people: list[Person], text: str, flat: str) -> list[Any]:
    out: list[Any] = []
    for person in people:
        gold = _name_gold(person, flat)
        if gold is None:
            break
        out.append(gold)
    return out


def _number_in(value: str, text: str) -> bool:
    return re.search(rf"(?<!\d){re.escape(value)}(?!\d)", text) is not None


def _pages(value: str, text: str) -> str:
    start, _, end = value.partition("--")
    if not end:
        return value if _number_in(start, text) else ""
    match = re.search(rf"(?<!\d){start}\s*[-–—~]\s*(\d+)", text)
    return f"{start}-{match.group(1)}" if match else ""


def _edition(value: str, text: str, flat: str) -> str:
    if not value.isdigit():
        return value if squash(value) in flat else ""
    pattern = rf"(?<!\d){value}\s*(?:st|nd|rd|th|-?[еея])?\.?\s*(?:ed|版|изд|edition)|(?:изд|版)\.?\s*{value}(?!\d)"
    return value if re.search(pattern, text, re.IGNORECASE) else ""


def _date(value: str, text: str) -> str:
    """The date as far as printed: the full ISO date when the day and month are there, else the year."""
    if len(value) <= 4 or value in text:
        return value if value[:4] in text else ""
    year, month, day = (int(part) for part in value.split("-"))
    lowered = text.casefold()
    day_there = re.search(rf"(?<!\d)0?{day}(?!\d)", text) is not None
    month_name = any(
        names[month - 1] in lowered and re.search(rf"(?<![a-zа-я]){names[month - 1]}", lowered)
        for names in (_MONTHS_EN, _MONTHS_RU)
    )
    numeric = re.search(rf"(?<!\d)0?{day}[./]0?{month}[./]{year}|(?<!\d)0?{month}/0?{day}/{year}", text) is not None
    if day_there and (month_name or numeric):
        return value
    return str(year) if str(year) in text else ""


_EDITOR_MARK = re.compile(r"编|eds?\.|\(eds?\)|edited|editor|ред\.|сост\.|hrsg|編|엮음|편", re.IGNORECASE)


def _printed_more(value: str, flat: str, *elsewhere: str) -> bool:
    """``value`` occurs in the text more often than inside the other fields (an issuer that is also the author)."""
    key = squash(value)
    return bool(key) and flat.count(key) > sum(squash(other).count(key) for other in elsewhere if other)


def _drop(flat: str, *values: str) -> str:
    for value in values:
        if value:
            flat = flat.replace(squash(value), " ")
    return flat


def gold(record: Record, text: str) -> dict[str, Any]:
    """The expected fields of ``text``, the rendering of ``record`` (evaluate.py's label format)."""
    flat = squash(text)
    expected: dict[str, Any] = {"type": "", "language": record["lang"]}
    expected.update(_people_gold(record, text, flat))
    expected["title"] = record["title"]
    expected.update(_numbers_gold(record, text, flat))
    expected.update(_publication_gold(record, text, flat))
    expected.update(_links_gold(record, text))
    expected["type"] = _type_gold(record, text, expected)
    return expected


def _type_gold(record: Record, text: str, expected: dict[str, Any]) -> str:
    """The entry type as far as the string shows it.

    Without a GB/T type code, a standard or report whose number the style left out reads as a book, and a
    book printed with editors but no authors is an edited volume (biblatex's ``@collection``).
    """
    kind = str(record["type"])
    coded = _GBT_CODE.search(text) is not None
    if kind in ("standard", "report") and not coded and "number" not in expected:
        return "book"
    if kind == "book" and not coded and "editors" in expected and "authors" not in expected:
        return "collection"
    return _TYPES.get(kind, kind)


def _people_gold(record: Record, text: str, flat: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for role, key in (("author", "authors"), ("editor", "editors"), ("translator", "translators")):
        names = _names(record.get(role, []), text, flat)
        if names:
            out[key] = names
    if "editors" in out and "authors" not in out and not _EDITOR_MARK.search(text):
        out["authors"] = out.pop("editors")  # the style printed the editors with no role word
    return out


def _numbers_gold(record: Record, text: str, flat: str) -> dict[str, str]:
    """Container, volume, number, pages, extent and edition as far as printed."""
    out: dict[str, str] = {}
    container = record.get("journaltitle") or record.get("booktitle") or ""
    if container and squash(container) in flat:
        out["container"] = container
    volume = record.get("volume", "")
    if volume and _number_in(volume, text):
        out["volume"] = volume
    number = record.get("number", "")
    if number and (squash(number) in flat if not number.isdigit() else _number_in(number, text)):
        out["number"] = number
    if record.get("pages") and (pages := _pages(record["pages"], text)):
        out["pages"] = pages
    if record.get("pagetotal") and _number_in(record["pagetotal"], text):
        out["pagetotal"] = record["pagetotal"]
    if record.get("edition") and (edition := _edition(record["edition"], text, flat)):
        out["edition"] = edition
    return out


def _publication_gold(record: Record, text: str, flat: str) -> dict[str, str]:
    """Publisher (a report's institution, a web page's site), thesis institution, place and date."""
    out: dict[str, str] = {}
    kind = record["type"]
    authors = [p.literal for p in record.get("author", [])]
    publisher = record.get("publisher", "")
    if kind == "report":
        publisher = record.get("institution", "")
    elif kind == "online" and record.get("organization"):
        publisher = record["organization"]
    if publisher and _printed_more(publisher, flat, record["title"], *authors):
        out["publisher"] = publisher
    if kind == "thesis" and squash(record.get("institution", "")) in flat:
        out["institution"] = record["institution"]
    place = record.get("location", "")
    container = record.get("journaltitle") or record.get("booktitle") or ""
    others = _drop(flat, record["title"], container, publisher, record.get("institution", ""))
    if place and squash(place) in others:
        out["place"] = place
    date = record.get("date") or record.get("year", "")
    if date and (found := _date(date, text)):
        out["date"] = found
    return out


def _links_gold(record: Record, text: str) -> dict[str, str]:
    out: dict[str, str] = {}
    url = record.get("url", "")
    if url.startswith("https://doi.org/"):  # a doi.org link is the DOI (docs/refs-eval.md), never the url
        url = ""
    if url and url in text:
        out["url"] = url
    if record.get("urldate") and record.get("url") and record["url"] in text and _ACCESS.search(text):
        out["urldate"] = record["urldate"]
    if record.get("doi") and record["doi"] in text:
        out["doi"] = record["doi"]
    return out
