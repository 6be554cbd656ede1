"""Dates as sources write them: EDTF-like values, BibTeX year/month/day fields, month names in several languages."""

from __future__ import annotations

import datetime
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from biblio.model.record import Record

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
        fuller = _month_with_day_or_range(text, month) if month else ""
        return (fuller, 2) if fuller else (text, 1)
    day_text = day.strip()
    if day_text.isdigit() and 1 <= int(day_text) <= 31:
        return f"{text}-{number:02d}-{int(day_text):02d}", 3
    return f"{text}-{number:02d}", 2


_MONTH_WORD = r"([A-Za-zÀ-ÿ]{3,10}\.?|\d{1,2})"
_DAY_MONTH = re.compile(r"^(\d{1,2})\.?\s+([A-Za-zÀ-ÿ]{3,10})\.?$|^([A-Za-zÀ-ÿ]{3,10})\.?\s+(\d{1,2})$")
_MONTH_RANGE = re.compile(rf"^{_MONTH_WORD}\s*(?:--?|–|—|/)\s*{_MONTH_WORD}$")


def _month_with_day_or_range(year: str, month: str) -> str:
    """A BibTeX month holding a day (``28~jul``, ``July 28``) or a range (``jun-aug``, ``6--8``) as an EDTF date;
    ``""`` for anything else. Such values were left aside and the date was the year alone."""
    text = " ".join(month.replace("\u00a0", " ").split())
    found = _DAY_MONTH.match(text)
    if found:
        day, name = (found.group(1), found.group(2)) if found.group(1) else (found.group(4), found.group(3))
        number = month_number(name)
        return f"{year}-{number:02d}-{int(day):02d}" if number and _is_day(int(year), number, int(day)) else ""
    found = _MONTH_RANGE.match(text)
    if found:
        first, last = month_number(found.group(1)), month_number(found.group(2))
        return f"{year}-{first:02d}/{year}-{last:02d}" if first and last and first < last else ""
    return ""


def _is_day(year: int, month: int, day: int) -> bool:
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def month_number(month: str) -> int:
    """1-12 for ``6``, ``jun``, ``June``, ``Jun.``; 0 if not a month."""
    text = month.strip().rstrip(".").lower()
    if text.isdigit():
        number = int(text)
        return number if 1 <= number <= 12 else 0
    return MONTHS.get(text, 0)


# Seasons as dates name them (a quarterly's "Spring 2003", RIS's "2003///Spring", BibTeX's month = {summer}), with
# the EDTF/biblatex season number (21-24) and CSL's (1-4).
SEASONS: dict[str, str] = {
    **dict.fromkeys(("spring", "printemps", "frühling", "frühjahr", "primavera", "весна", "весной", "春季"), "spring"),
    **dict.fromkeys(("summer", "été", "ete", "sommer", "verano", "estate", "лето", "летом", "夏季"), "summer"),
    **dict.fromkeys(("autumn", "fall", "automne", "herbst", "otoño", "autunno", "осень", "осенью", "秋季"), "autumn"),
    **dict.fromkeys(("winter", "hiver", "invierno", "inverno", "зима", "зимой", "冬季"), "winter"),
}
SEASON_NUMBER = {"spring": 1, "summer": 2, "autumn": 3, "winter": 4}
_SEASON_WORD = re.compile(r"[^\W\d_]+")


def season_in(text: str) -> str:
    """``spring``, ``summer``, ``autumn`` or ``winter`` if a word of ``text`` names the season; else ``""``."""
    for word in _SEASON_WORD.findall(text[:200]):
        season = SEASONS.get(word.casefold()) or SEASONS.get(word[-2:])  # 2003年春季: the word ends in 春季
        if season:
            return season
    return ""


def edtf_season(year: str, season: str) -> str:
    """EDTF's season date (``2003-21`` for spring 2003: biblatex's date field prints "Spring 2003")."""
    return f"{year}-{20 + SEASON_NUMBER[season]}"


def year_season(date: str, season: str) -> str:
    """``season`` if it is one and ``date`` is a year alone (a season says nothing beside a month), else ``""``."""
    return season if season in SEASON_NUMBER and len(date) == 4 and date.isdigit() else ""


def date_season(record: Record) -> str:
    """The season the exports write in a record's date (``extra["season"]`` beside a year alone), else ``""``."""
    return year_season(record.date, record.extra.get("season", ""))


def csl_season(value: object) -> str:
    """The season of a CSL date's ``season`` (1-4, "1", or a season's name); ``""`` if none."""
    text = str(value).strip() if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
    if text.isdigit():
        return next((name for name, number in SEASON_NUMBER.items() if number == int(text)), "")
    return season_in(text)
