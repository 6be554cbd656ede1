"""Dates as tagged exports (and people) write them -> EDTF (``2024``, ``2024-06``, ``2024-06-15``).

In the model, not with the tagged importers: the CSL reader (``biblio.csl``, which the importers use) reads a
date written in words with it too.

Numeric forms (RIS ``2024/06/15/``, ``2024-6-5``, CNKI's ``2024年6月``; with the year last, ``06/15/2024``,
``15.06.2024``, ``06/2024``, as Zotero reads them in English) and English month names
(EndNote's ``%8 September 2003``, ``January 6, 2022``, IEEE Xplore's ``Y1 - 18-20 Oct. 2020``, Web of
Science's ``DA - MAY`` beside ``PY - 2019``): a month name is never dropped while its year is kept.
"""

from __future__ import annotations

import re

_NUMERIC = re.compile(r"((?:1[5-9]|20)\d\d)(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2}))?)?")
_MONTH = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?"
    r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?![a-z])"
)
_DAY_MONTH = re.compile(r"(?<![\d.])(\d{1,2})(?:\s*[-–]\s*\d{1,2})?\s+" + _MONTH, re.IGNORECASE)  # 6 Jan, 18-20 Oct.
_MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])", re.IGNORECASE)  # January 6, 2022
_MONTH_ONLY = re.compile(r"(?<![a-z])" + _MONTH, re.IGNORECASE)
_NUMBERS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9}
_NUMBERS |= {"oct": 10, "nov": 11, "dec": 12}


# year last: 03/04/2002 (month first, as Zotero reads it in English; day first when the first part is over 12),
# 15.03.2002 (day first), 12/2002 (month and year)
_YEAR_LAST = re.compile(r"(?<![\d/.-])(\d{1,2})([./-])(?:(\d{1,2})\2)?((?:1[5-9]|20)\d\d)(?![\d/.-])")


def tagged_date(text: str, year: str = "") -> str:
    """EDTF for a date value; ``year`` (from another tag) completes a value that names only a month and day."""
    if last := _year_last(text):
        return last
    found = _NUMERIC.search(text)
    if found and found.group(2):
        return _edtf(found.group(1), int(found.group(2)), int(found.group(3) or 0))
    year = found.group(1) if found else year
    if not year:
        return ""
    day_first = _DAY_MONTH.search(text)
    month_first = _MONTH_DAY.search(text)
    if day_first:
        return _edtf(year, _NUMBERS[day_first.group(2)[:3].lower()], int(day_first.group(1)))
    if month_first:
        return _edtf(year, _NUMBERS[month_first.group(1)[:3].lower()], int(month_first.group(2)))
    alone = _MONTH_ONLY.search(text)
    return _edtf(year, _NUMBERS[alone.group(1)[:3].lower()], 0) if alone else year if found else ""


def _edtf(year: str, month: int, day: int) -> str:
    if not 1 <= month <= 12:
        return year
    return f"{year}-{month:02d}-{day:02d}" if 1 <= day <= 31 else f"{year}-{month:02d}"


def _year_last(text: str) -> str:
    """A numeric date written with its year last, or ``""``."""
    match = _YEAR_LAST.search(text)
    if match is None:
        return ""
    first, separator, second, year = match.groups()
    if second is None:
        return _edtf(year, int(first), 0)
    month, day = int(first), int(second)
    if separator == "." or month > 12:
        month, day = day, month
    return _edtf(year, month, day)
