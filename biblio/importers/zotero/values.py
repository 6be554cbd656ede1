"""Zotero's values -> biblio's: dates, access dates, languages, creators, the ``extra`` field's ``key: value`` lines."""

from __future__ import annotations

import re
from typing import Any

from biblio.importers.fieldmap import language_code
from biblio.model import Name
from biblio.model.dates import edtf_date
from biblio.model.script import detect_script, has_cjk
from biblio.model.written_dates import tagged_date
from biblio.names.lists import make_name

# Zotero's stored form of a date: the parsed SQL date, then the date as written ("2001-03-00 March 2001");
# "0000-00-00 Spring" when it parsed nothing
_MULTIPART = re.compile(r"(\d{4})-(\d{2})-(\d{2}) (.*)", re.DOTALL)
# what Zotero's translator tests write for such a date: "0000 Year Date"
_UNPARSED = re.compile(r"0000 (.*)", re.DOTALL)
_BCP47 = re.compile(r"[a-z]{2}(?:-[A-Za-z0-9]{2,8})*")


def parse_date(text: str) -> str:
    """EDTF for a Zotero date (``2023-09-07``, ``March 2001``, ``1997/1998``); ``""`` if it names no date."""
    text = text.strip()
    multipart = _MULTIPART.fullmatch(text)
    if multipart:
        year, month, day, _ = multipart.groups()
        if year == "0000":
            return ""
        return "-".join(part for part in (year, month, day) if int(part)) if int(month) else year
    if _UNPARSED.fullmatch(text):
        return ""
    if "-00" not in text and (edtf := edtf_date(text)):
        return edtf
    return tagged_date(text)


def parse_access_date(text: str) -> str:
    """EDTF for Zotero's ``accessDate`` (``2023-09-07 10:22:33``, ``2023-09-07T10:22:33Z``); ``""`` if none."""
    stamp = edtf_date(text.strip().replace(" ", "T", 1))
    return stamp.removesuffix("Z") if stamp else parse_date(text)


def parse_language(text: str) -> str:
    """A BCP 47 tag for ``zh-CN``, ``en``, ``chi``, ``German``; ``""`` if there is none."""
    text = text.strip()
    if _BCP47.fullmatch(text):
        return text
    return language_code(text)


def creator_name(creator: dict[str, Any]) -> Name | None:
    """A Zotero creator as a name: a single-field one (``name``, ``fieldMode: 1``) whole unless it is a CJK
    personal name, which is split as :mod:`biblio.names` splits it; a two-field one by its parts."""
    if "name" in creator:
        return _single(_text(creator.get("name")))
    last, first = _text(creator.get("lastName")).strip(), _text(creator.get("firstName")).strip()
    if str(creator.get("fieldMode", "0")) == "1":
        return _single(" ".join(p for p in (first, last) if p))
    if not first:
        return make_name(last) if has_cjk(last) else (Name(family=last, script=detect_script(last)) if last else None)
    if has_cjk(last + first):
        return Name(family=last, given=first, script=detect_script(last + first), written=last + first)
    name = make_name(f"{last}, {first}")
    return name if name is None or name.family else Name(family=last, given=first, script=detect_script(last))


def _single(text: str) -> Name | None:
    text = text.strip()
    if not text:
        return None
    return make_name(text) if has_cjk(text) else Name(literal=text, script=detect_script(text))


def _text(value: Any) -> str:
    return value if isinstance(value, str) else "" if value is None else str(value)


def person_text(name: Name) -> str:
    """A name as the documented people fields of ``Record.extra`` hold it (``Family, Given``)."""
    if name.literal or name.written:
        return name.literal or name.written
    return f"{name.family}, {name.given}" if name.given else name.family


_EXTRA_LINE = re.compile(r"([A-Za-z][A-Za-z -]{0,40}):\s*(.*)")
# ``extra`` lines Zotero and Better BibTeX write for CSL variables and ids it has no field for
EXTRA_KEYS: dict[str, str] = {
    "original-date": "origdate",
    "original date": "origdate",
    "doi": "doi",
    "isbn": "isbn",
    "issn": "issn",
    "pmid": "id:pmid",
    "pmcid": "id:pmcid",
    "arxiv": "id:arxiv",
    "citation key": "key",
}


def extra_lines(text: str) -> tuple[dict[str, str], str]:
    """The ``key: value`` lines of ``extra`` biblio has a slot for (by target), and the other lines as written."""
    mapped: dict[str, str] = {}
    rest: list[str] = []
    for line in text.splitlines():
        found = _EXTRA_LINE.fullmatch(line.strip())
        target = EXTRA_KEYS.get(found.group(1).strip().lower(), "") if found else ""
        if found and target and found.group(2).strip() and target not in mapped:
            mapped[target] = found.group(2).strip()
        else:
            rest.append(line)
    return mapped, "\n".join(rest).strip()
