"""Dates as sources write them: EDTF-like values, BibTeX year/month/day fields, month names in several languages."""

from __future__ import annotations

import re

MONTHS: dict[str, int] = {
    name: index + 1
    for index, names in enumerate(
        [
            ("jan", "january", "janvier", "januar"),
            ("feb", "february", "février", "februar"),
            ("mar", "march", "mars", "märz"),
            ("apr", "april", "avril"),
            ("may", "mai"),
            ("jun", "june", "juin", "juni"),
            ("jul", "july", "juillet", "juli"),
            ("aug", "august", "août"),
            ("sep", "sept", "september", "septembre"),
            ("oct", "october", "octobre", "oktober"),
            ("nov", "november", "novembre"),
            ("dec", "december", "décembre", "dezember"),
        ]
    )
    for name in names
}
EDTF = re.compile(r"^-?\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?Z?)?)?)?(/(-?\d{4}(-\d{2}(-\d{2})?)?|\.\.)?)?$")
_YEAR_RANGE = re.compile(r"^(\d{4})\s*(?:--?|–|—|/)\s*(\d{4})$")


def edtf_date(value: str) -> str:
    """``value`` if it is an EDTF-like date (``2024``, ``2024-06-15``, ``1997/1998``), else ``""``."""
    text = value.strip().replace("–", "/").replace("--", "/")
    return text if EDTF.match(text) else ""


def year_date(year: str, month: str, day: str = "") -> tuple[str, int]:
    """A date from BibTeX year, month and day; the count says how many of them were used (0 if none)."""
    text = year.strip()
    if not text.isdigit() or len(text) != 4:
        found = _YEAR_RANGE.match(text)
        return (f"{found.group(1)}/{found.group(2)}", 1) if found else ("", 0)
    number = month_number(month) if month else 0
    if not number:
        return text, 1
    day_text = day.strip()
    if day_text.isdigit() and 1 <= int(day_text) <= 31:
        return f"{text}-{number:02d}-{int(day_text):02d}", 3
    return f"{text}-{number:02d}", 2


def month_number(month: str) -> int:
    """1-12 for ``6``, ``jun``, ``June``, ``Jun.``; 0 if not a month."""
    text = month.strip().rstrip(".").lower()
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else 0
    return MONTHS.get(text, 0)
