"""Areas of a GOST description that the main grammar in ``gost.py`` does not read: full dates (``16.04.2016``,
biblatex-gost's English ``05/27/2021``, a newspaper's ``June 27`` / ``3 окт.``), a report's number area at the
end (``NREL/TP-6A20–83388``, ``Доклад № 25``), a patent designation (``: RU 2671006 C1``, ``пат. 2123456``),
thesis designations (``дис. … канд. полит. наук``, ``PhD thesis``), a corporate heading, and conference words.

Every pattern is anchored or bounded; nothing here backtracks over the whole string.
"""

from __future__ import annotations

import re

_EN_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_RU_MONTHS = ("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен", "окт", "ноя", "дек")
_MONTH_WORD = r"(?:[A-Z][a-z]{2,8}\.?|янв|февр?|мар|апр|ма[яй]|июн[яь]?|июл[яь]?|авг|сент?|окт|нояб?|дек)"

DOTTED_DATE_RE = re.compile(r"(?<![\d.])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})(?![\d])")
SLASHED_DATE_RE = re.compile(r"(?<![\d/])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4})(?![\d])")
DAY_MONTH_RE = re.compile(
    rf"^\s*(?:(?P<m1>{_MONTH_WORD})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_WORD}))\.?(?=\s|$|,)",
    re.IGNORECASE,
)
NUMBER_AREA_RE = re.compile(
    r"(?:^|(?<=\.\s))(?P<no>(?:[^\s.]{1,30}\s){0,6}?(?:№|No\.|Nr\.|#)\s*\d[\w/–-]{0,20}"
    r"|[A-Za-z0-9]{1,12}(?:[/–-][A-Za-z0-9]{1,12}){1,5}"
    r"|[A-Z]{1,4}\d{3,}[A-Z]?)[\s.]*$"
)
PATENT_RE = re.compile(
    r"\s:\s*(?P<no>(?:пат\.\s*|patent\s*)?(?:[A-Z]{2}\s*)?\d[\d\s]{4,12}\d\s*(?:[A-Z]\d?)?)\s*(?=/|\.|$)",
    re.IGNORECASE,
)
THESIS_RE = re.compile(
    r"\s:\s*(?P<genre>(?:автореф\.\s*)?дис(?:\.|сертация)\s*(?:\.\.\.|…)?\s*(?:на соискание[^:/]{0,80}?)?"
    r"(?:(?:канд|д-ра|доктора|кандидата|маг|магистра|бакалавра)\.?\s*(?:[а-яё.\s-]{0,40}?наук)?)?"
    r"|(?:Ph\.?\s?D\.?|Doctoral|Master[’']?s|M\.?A\.?|M\.?Phil\.?|Candidate)\s+(?:thesis|dissertation))"
    r"(?:\s*:\s*[\d.]+)?\s*(?:\.(?=\s|$)|(?=\s*/)|$)",
    re.IGNORECASE,
)
CONFERENCE_RE = re.compile(
    r"\b(?:proceedings|conference|symposium|congress|workshop|colloquium)\b|материал\w*\s+\S*\s*конференц|"
    r"конференци|симпозиум|конгресс\w*|труды\s+\S*\s*(?:конференц|съезд|симпози)|сборник\s+тезисов|тезисы\s+докл",
    re.IGNORECASE,
)
_NOT_NUMBERS = re.compile(r"^(?:ISBN|ISSN|DOI|URL|\d+\s*(?:с|p|pp|S)\.?$|[СCP]\.\s*\d)", re.IGNORECASE)


def full_date(text: str) -> str:
    """The first full date in ``text`` as EDTF: ``16.04.2016`` (day first), ``05/27/2021`` (month first)."""
    dotted = DOTTED_DATE_RE.search(text)
    slashed = SLASHED_DATE_RE.search(text)
    match = min((m for m in (dotted, slashed) if m), key=lambda m: m.start(), default=None)
    if match is None:
        return ""
    day, month = int(match.group("d")), int(match.group("m"))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return ""
    return f"{match.group('y')}-{month:02d}-{day:02d}"


def day_after_year(text: str) -> str:
    """A newspaper's day after its year ("June 27", "Feb. 21", "3 окт.") as "-MM-DD", else ""."""
    match = DAY_MONTH_RE.match(text)
    if not match:
        return ""
    word = (match.group("m1") or match.group("m2")).lower()
    day = int(match.group("d1") or match.group("d2"))
    for months in (_EN_MONTHS, _RU_MONTHS):
        for i, prefix in enumerate(months, 1):
            if word.startswith(prefix) and 1 <= day <= 31:
                return f"-{i:02d}-{day:02d}"
    return ""


def number_area(text: str) -> re.Match[str] | None:
    """The report number closing a description ("… 2015. NREL/TP-6A20–83388.", "… Доклад № 25."), if any."""
    match = NUMBER_AREA_RE.search(text[-120:])
    if not match or _NOT_NUMBERS.match(match.group("no")):
        return None
    value = match.group("no")
    if not re.search(r"\d", value) or not re.search(r"[^\W\d_]|№|#", value):  # "50–64" is pages, not a number
        return None
    offset = max(0, len(text) - 120)
    return NUMBER_AREA_RE.search(text, offset)
