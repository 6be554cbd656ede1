"""Name lists as the two styles print them.

GB/T 7714: CJK and corporate names as written; other names FAMILY + initials without dots
(``BRZEZINSKI Z``, ``БЖЕЗИНСКИЙ З``, ``Van der BERG J P``: Cyrillic follows the same rule as Latin,
as biblatex-gb7714-2015 prints them); at most three names, then ``等`` (CJK entries) or ``et al.``.
Chicago: the first name inverted (``Brzezinski, Zbigniew``), the others in natural order.
"""

from __future__ import annotations

import re
from typing import Any

from biblio.export.styles.entries import literal_of
from biblio.export.styles.text import cjk, tidy

GBT_MAX_NAMES = 3
CHICAGO_MAX_NAMES = 10
CHICAGO_SHOWN_WHEN_TRUNCATED = 7


def initials(given: str, hyphen: str = "-") -> str:
    """``Halford John`` -> ``H J``; ``N.J.`` -> ``N J``; ``Jean-Paul`` -> ``J-P`` (``J P`` with ``hyphen=" "``)."""
    out = []
    for token in re.split(r"[\s.]+", given):
        parts = [p for p in token.split("-") if p]
        letters = [next((c.upper() for c in p if c.isalnum()), "") for p in parts]
        joined = hyphen.join(x for x in letters if x)
        if joined:
            out.append(joined)
    return " ".join(out)


def gbt_name(person: Any) -> str:
    """One name in GB/T 7714 form."""
    literal = literal_of(person)
    if literal:
        return tidy(literal)
    particle = tidy(" ".join(person.prelast_names))
    family = tidy(" ".join(person.last_names)).upper()
    if particle:
        family = f"{particle[:1].upper()}{particle[1:]} {family}".strip()
    given = initials(" ".join([*person.first_names, *person.middle_names]), hyphen=" ")
    return f"{family} {given}".strip()


def gbt_names(persons: list[Any], chinese: bool, et_al: bool = False) -> str:
    """A GB/T 7714 name list: ``张三, 李四, 王五, 等`` / ``SMITH J, DOE J, ROE R, et al.``.

    ``et_al``: the source already cut the list short, so ``等`` follows whatever names there are.
    """
    names = [n for n in (gbt_name(p) for p in persons) if n]
    if names and (et_al or len(names) > GBT_MAX_NAMES):
        return ", ".join([*names[:GBT_MAX_NAMES], "等" if chinese else "et al."])
    return ", ".join(names)


def any_cjk(persons: list[Any]) -> bool:
    """True if any name in the list is written in CJK characters."""
    return any(cjk(literal_of(p)) for p in persons)


def natural_name(person: Any) -> str:
    """Given names first (``Zbigniew Brzezinski``); CJK and corporate names as written."""
    literal = literal_of(person)
    if literal:
        return tidy(literal)
    parts = [*person.first_names, *person.middle_names, *person.prelast_names, *person.last_names]
    text = tidy(" ".join(parts))
    lineage = tidy(" ".join(person.lineage_names))
    return f"{text}, {lineage}" if lineage and text else text


def inverted_name(person: Any) -> str:
    """Family first (``Brzezinski, Zbigniew``, ``Beauvoir, Simone de``); CJK and corporate as written."""
    literal = literal_of(person)
    if literal:
        return tidy(literal)
    family = tidy(" ".join(person.last_names))
    given = tidy(" ".join([*person.first_names, *person.middle_names, *person.prelast_names]))
    lineage = tidy(" ".join(person.lineage_names))
    text = ", ".join(x for x in (family, given, lineage) if x)
    return text


def chicago_names(persons: list[Any], et_al: bool = False) -> str:
    """``A, B, and C`` with the first name inverted; more than ten (or a list the source cut
    short): seven at most, then ``et al.``."""
    names = [inverted_name(persons[0])] if persons else []
    names += [natural_name(p) for p in persons[1:]]
    names = [n for n in names if n]
    if names and et_al and len(names) <= CHICAGO_MAX_NAMES:
        return ", ".join(names[:CHICAGO_SHOWN_WHEN_TRUNCATED]) + ", et al."
    if len(names) > CHICAGO_MAX_NAMES:
        return ", ".join(names[:CHICAGO_SHOWN_WHEN_TRUNCATED]) + ", et al."
    if len(names) <= 1:
        return "".join(names)
    if len(names) == 2 and "," not in names[0]:
        return f"{names[0]} and {names[1]}"
    return ", ".join(names[:-1]) + ", and " + names[-1]


def chicago_plain_names(persons: list[Any]) -> str:
    """Names in natural order (``edited by A and B``, ``translated by A, B, and C``)."""
    names = [n for n in (natural_name(p) for p in persons) if n]
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + ", and " + names[-1]
