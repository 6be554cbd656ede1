"""Dates as news pages write them -> EDTF-like strings (``2025-12-09T18:06:40``).

Forms: ISO (``2026-02-25 18:47:00``, ``2025-12-16T10:00:00+03:00``, ``2026/02/25``, gov.cn's
``2024-03-05-14:02:01``), Chinese (``2025年12月09日 18:06:40``, ``2025年12月09日18:06``, ``12月16日``),
English (``16 December 2025``, ``Dec. 16, 2025 at 2:02 p.m.``), dotted (``16.12.2025``, RIA's
``14:02 05.03.2024``), Xinhua's split widget (``2025 12/16 10:30:15``) and Russian (``16 декабря
2025 г.``, ``5 марта 2024, 14:02``), each with an optional time (12-hour times with AM/PM become 24-hour).
A date without a year gets one only from the caller (a full date elsewhere on the page); it is
never invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

_EN_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_RU_MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}  # fmt: skip

_TIME = (
    r"(?:(?:[T\s,]*|\s*-\s*)(?:(?:в|at)\s+)?(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2}))?(?:\.\d+)?"
    r"(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?)(?![A-Za-z]))?(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_TIME_FIRST = r"(?:(?P<h0>\d{1,2}):(?P<mi0>\d{2})\s*,?\s+)?"  # RIA: "14:02 05.03.2024"
_EN_MONTH = r"(?P<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
_RU_MONTH = r"(?P<mon>январ[яь]|феврал[яь]|марта?|апрел[яь]|ма[яй]|июн[яь]|июл[яь]|августа?|сентябр[яь]|октябр[яь]|ноябр[яь]|декабр[яь])"  # noqa: E501

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("iso", re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?!\d)" + _TIME)),
    (
        "compact",
        re.compile(r"(?<!\d)(?P<y>(?:19|20)\d{2})(?P<m>[01]\d)(?P<d>[0-3]\d)T(?P<h>[012]\d):?(?P<mi>[0-5]\d)(?!\d)"),
    ),
    (
        "zh",
        re.compile(r"(?:(?P<y>(?:19|20)\d{2})\s*年\s*)?(?<!\d)(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*[日号]" + _TIME),
    ),
    (
        "dot",
        re.compile(
            r"(?<![\d.:])" + _TIME_FIRST + r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})(?!\d)" + _TIME
        ),
    ),
    (  # "3/5/2024 2:02:00 PM" (ASP.NET, US sites): month first when a 12-hour clock or a day > 12 says so
        "slash",
        re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>(?:19|20)\d{2})(?![\d/])" + _TIME),
    ),
    (  # Xinhua's split widgets read as "2024 03 / 05 14:02:45"
        "year_md",
        re.compile(r"(?<![\d/])(?P<y>(?:19|20)\d{2})\s+(?P<m>[01]?\d)\s*/\s*(?P<d>[0-3]?\d)(?![\d/])" + _TIME),
    ),
    ("en_dmy", re.compile(r"(?<!\d)(?P<d>\d{1,2})\s+" + _EN_MONTH + r",?\s+(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I)),
    ("en_mdy", re.compile(_EN_MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d{2})\b" + _TIME, re.I)),
    (
        "ru",
        re.compile(
            r"(?<!\d)(?P<d>\d{1,2})\s+" + _RU_MONTH + r"\s+(?P<y>(?:19|20)\d{2})(?:\s*г(?:ода|\.)?)?" + _TIME, re.I
        ),
    ),
)


@dataclass(frozen=True, slots=True)
class PageDate:
    """A date found on a page; ``year`` is None when the page did not write one."""

    year: int | None
    month: int
    day: int
    hour: int | None = None
    minute: int | None = None
    second: int | None = None
    tz: str = ""

    def edtf(self) -> str:
        """``2025-12-09``, ``2025-12-09T18:06:40`` (with ``+03:00``/``Z`` if given); ``""`` without a year."""
        if self.year is None:
            return ""
        text = f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.hour is None:
            return text
        text += f"T{self.hour:02d}:{self.minute or 0:02d}:{self.second or 0:02d}"
        return text + self.tz

    def with_year(self, year: int | None) -> PageDate:
        """The same date with a year filled in from context (kept if already known)."""
        return self if self.year is not None or year is None else replace(self, year=year)


@dataclass(frozen=True, slots=True)
class DateMatch:
    """Where a date was found in a text."""

    start: int
    end: int
    date: PageDate


def find_dates(text: str) -> list[DateMatch]:
    """Every date in ``text``, in order, non-overlapping (the first pattern to claim a span wins).

    Linear in the number of matches: each pattern's matches are checked against those kept so far
    in one sweep of both sorted lists.
    """
    found: list[DateMatch] = []
    for _kind, pattern in _PATTERNS:
        fresh = [DateMatch(m.start(), m.end(), d) for m in pattern.finditer(text) if (d := _to_date(m)) is not None]
        if fresh:
            found = sorted(found + _free(fresh, found), key=lambda m: m.start)
    return found


def _free(fresh: list[DateMatch], taken: list[DateMatch]) -> list[DateMatch]:
    """The matches of ``fresh`` that overlap none of ``taken`` (both sorted by start, ``taken`` disjoint)."""
    kept: list[DateMatch] = []
    index = 0
    for match in fresh:
        while index < len(taken) and taken[index].end <= match.start:
            index += 1
        if index < len(taken) and taken[index].start < match.end:
            continue
        kept.append(match)
    return kept


def parse_date(text: str, year: int | None = None) -> str:
    """The first date in ``text`` as EDTF, a missing year taken from ``year``; ``""`` if none."""
    matches = find_dates(text)
    return matches[0].date.with_year(year).edtf() if matches else ""


def context_year(text: str) -> int | None:
    """The year of the latest full date in ``text`` (to complete ``12月16日``), or None."""
    years = [m.date.year for m in find_dates(text) if m.date.year is not None]
    return max(years) if years else None


def _to_date(match: re.Match[str]) -> PageDate | None:
    groups = match.groupdict()
    if groups.get("a"):
        order = _slash_order(int(groups["a"] or 0), int(groups["b"] or 0), bool(groups.get("ampm")))
        if order is None:
            return None
        groups["m"], groups["d"] = order
    month = _month(groups)
    day = int(groups["d"] or 0)
    year = int(groups["y"]) if groups.get("y") else None
    if not 1 <= month <= 12 or not 1 <= day <= _days_in(month, year):
        return None
    hour, minute, second = (int(groups[k]) if groups.get(k) else None for k in ("h", "mi", "s"))
    if hour is None and groups.get("h0"):
        hour, minute = int(groups["h0"] or 0), int(groups["mi0"] or 0)
    hour = _twelve_hour(hour, groups.get("ampm") or "")
    if hour is not None and (hour > 23 or (minute or 0) > 59 or (second or 0) > 59):
        hour = minute = second = None
    return PageDate(year, month, day, hour, minute, second, _tz(groups.get("tz") or "") if hour is not None else "")


def _month(groups: dict[str, str | None]) -> int:
    if groups.get("m"):
        return int(groups["m"] or 0)
    name = (groups.get("mon") or "").lower().rstrip(".")
    if name[:3] in _EN_MONTHS:
        return _EN_MONTHS[name[:4] if name[:4] == "sept" else name[:3]]
    for stem, number in _RU_MONTHS.items():
        if name.startswith(stem):
            return number
    return 0


def _slash_order(first: int, second: int, twelve_hour: bool) -> tuple[str, str] | None:
    """(month, day) of "first/second/year": day-first if first > 12, month-first if second > 12 or with AM/PM."""
    if first > 12:
        return str(second), str(first)
    if second > 12 or twelve_hour:
        return str(first), str(second)
    return None  # 3/5/2024 without a clock: March 5 or 3 May, not guessed


def _twelve_hour(hour: int | None, ampm: str) -> int | None:
    """``2:02 PM`` -> 14, ``12:30 a.m.`` -> 0; a 24-hour time is kept."""
    if hour is None or not ampm or not 1 <= hour <= 12:
        return hour
    pm = ampm[0] in "Pp"
    return (hour % 12) + (12 if pm else 0)


def _days_in(month: int, year: int | None) -> int:
    if month == 2:
        leap = year is None or (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0))
        return 29 if leap else 28
    return 30 if month in (4, 6, 9, 11) else 31


def _tz(raw: str) -> str:
    if not raw or raw == "Z":
        return raw
    digits = raw[1:].replace(":", "")
    return f"{raw[0]}{digits[:2]}:{digits[2:]}"
