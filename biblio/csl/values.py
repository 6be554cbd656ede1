"""CSL-JSON values <-> model values: dates, names, keywords (shared by the importer and the exporter)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from biblio.model import EntryType, LangText, Name, Record
from biblio.model.dates import csl_season, edtf_date, season_in, year_season
from biblio.model.language import language_tag
from biblio.model.script import CYRILLIC, HAN, HANGUL, KANA, detect_script
from biblio.model.written_dates import tagged_date
from biblio.names.written import cjk_name

ISSUE_TYPES = frozenset({EntryType.ARTICLE, EntryType.NEWSPAPER, EntryType.MAGAZINE})
NAME_KEYS = ("family", "given", "literal", "non-dropping-particle", "dropping-particle", "suffix")
_CJK = (HAN, KANA, HANGUL)
_SCRIPT_LANG = {HAN: "zh", KANA: "ja", HANGUL: "ko", CYRILLIC: "ru"}
_NAME_EXTENSIONS = {"biblio-nationality": "nationality", "biblio-original": "original", "biblio-written": "written"}
_KEYWORD_SPLIT = re.compile(r"\s*[,;；，、]\s*")
TEXT_VARIABLES = {
    "collection-title": "series",
    "volume": "volume",
    "page": "pages",
    "number-of-pages": "pagetotal",
    "edition": "edition",
    "publisher": "publisher",
    "publisher-place": "place",
    "URL": "url",
    "DOI": "doi",
    "ISBN": "isbn",
    "ISSN": "issn",
    "note": "note",
    "genre": "genre",
}
MULTI_VARIABLES = {"title": "title", "container-title": "container", "abstract": "abstract"}
NAME_VARIABLES = {"author": "authors", "editor": "editors", "translator": "translators"}
DATE_VARIABLES = {"issued": "date", "accessed": "urldate", "original-date": "origdate"}
MAPPED = frozenset(
    {
        *TEXT_VARIABLES,
        *MULTI_VARIABLES,
        *NAME_VARIABLES,
        *DATE_VARIABLES,
        "type",
        "language",
        "keyword",
        "number",
        "issue",
    }
)


def take_variable(record: Record, variable: str, value: Any) -> bool:
    """Store a CSL variable in its model slot; False if it has none or the value does not fit."""
    if variable in TEXT_VARIABLES:
        return _take_text(record, TEXT_VARIABLES[variable], value)
    if variable in MULTI_VARIABLES:
        if not isinstance(value, str) or not value:
            return False
        setattr(record, MULTI_VARIABLES[variable], (LangText(value, record.language),))
        return True
    if variable in NAME_VARIABLES:
        names = csl_names(value)
        setattr(record, NAME_VARIABLES[variable], names or [])
        return names is not None
    return _take_other(record, variable, value)


def _take_other(record: Record, variable: str, value: Any) -> bool:
    if variable in DATE_VARIABLES:
        date = csl_date(value)
        setattr(record, DATE_VARIABLES[variable], date)
        season = _season(value) if variable == "issued" else ""
        if year_season(date, season):  # "Spring 2003": kept for the exports to write back
            record.extra["season"] = season
        return bool(date)
    if variable in ("number", "issue"):
        return variable == number_variable(record.type) and _take_text(record, "number", value)
    if not isinstance(value, str) or variable not in ("type", "language", "keyword"):
        return False
    if variable == "type":
        record.type = EntryType.parse(value)
    elif variable == "language":
        record.language = language_tag(value) or value.strip()
    else:
        record.keywords = tuple(LangText(w, record.language) for w in split_csl_keywords(value))
    return True


def _take_text(record: Record, slot: str, value: Any) -> bool:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        return False
    setattr(record, slot, str(value))
    return True


def number_variable(kind: EntryType) -> str:
    """The CSL variable for ``Record.number``: ``issue`` for periodicals, ``number`` otherwise."""
    return "issue" if kind in ISSUE_TYPES else "number"


def csl_date(value: Any) -> str:
    """An EDTF-like date from a CSL date object (``date-parts`` or ``raw``); ``""`` if it has more or less."""
    if not isinstance(value, dict):
        return ""
    if "date-parts" in value:
        return _from_parts(value["date-parts"])
    for key in ("raw", "literal"):  # "2003-05-01"; "Spring 2003", "May 2003" (written for people, kept verbatim)
        if isinstance(value.get(key), str):
            return edtf_date(value[key]) or _written_date(value[key])
    return ""


_WRITTEN_YEAR = re.compile(r"(?<!\d)(?:1[5-9]|20)\d\d(?!\d)")


def _written_date(text: str) -> str:
    """A date written in words (``Spring 2003`` -> ``2003``, ``May 3, 2003`` -> ``2003-05-03``), read as the tagged
    formats read one (:func:`biblio.model.written_dates.tagged_date`); ``""`` unless it names exactly one year
    (``1998-1999`` is no one date)."""
    text = text[:200]
    return tagged_date(text) if len(_WRITTEN_YEAR.findall(text)) == 1 else ""


def _season(value: Any) -> str:
    """A CSL date's season: its ``season``, else one named in its ``raw``/``literal`` text."""
    if not isinstance(value, dict):
        return ""
    if "season" in value:
        return csl_season(value["season"])
    written = value.get("literal") or value.get("raw")
    return season_in(written) if isinstance(written, str) else ""


def _from_parts(parts: Any) -> str:
    if not isinstance(parts, list) or not 1 <= len(parts) <= 2:
        return ""
    dates = [_one_date(p) for p in parts]
    if not all(dates):
        return ""
    return "/".join(dates)


def _one_date(part: Any) -> str:
    if not isinstance(part, list) or not 1 <= len(part) <= 3:
        return ""
    numbers = [_integer(p) for p in part]
    if any(n is None for n in numbers):
        return ""
    year, rest = int(numbers[0] or 0), [int(n or 0) for n in numbers[1:]]
    if not -9999 <= year <= 9999 or any(not 1 <= p <= (12 if i == 0 else 31) for i, p in enumerate(rest)):
        return ""
    text = f"-{-year:04d}" if year < 0 else f"{year:04d}"
    return text + "".join(f"-{p:02d}" for p in rest)


def _integer(value: Any) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit() and len(value) < 8:
        return int(value)
    return None


def date_parts(date: str) -> dict[str, Any]:
    """The CSL date object for an EDTF-like date (``{"raw": ...}`` if it has no parts CSL can hold)."""
    ranges = [p for p in date.split("/") if p and p != ".."]
    parts = [_parts_of(p) for p in ranges]
    if parts and all(parts):
        return {"date-parts": parts}
    return {"raw": date}


def _parts_of(date: str) -> list[int]:
    negative = date.startswith("-")
    pieces = date.lstrip("-").split("T")[0].split("-")
    if not all(p.isdigit() for p in pieces) or len(pieces) > 3:
        return []
    numbers = [int(p) for p in pieces]
    if negative:
        numbers[0] = -numbers[0]
    return numbers


def csl_names(value: Any) -> list[Name] | None:
    """Names from a CSL name list (unknown keys ignored); None if the value is not a list."""
    if not isinstance(value, list):
        return None
    names = []
    for item in value:
        if isinstance(item, dict):
            known = {k: v for k, v in item.items() if k in NAME_KEYS and isinstance(v, str)}
            if known:
                names.append(_with_extensions(_name(known), item))
    return names


def _name(item: dict[str, str]) -> Name:
    literal = item.get("literal", "")
    if literal:
        return Name(literal=literal, script=detect_script(literal), written=literal)
    family, given = item.get("family", ""), item.get("given", "")
    script = detect_script(family + given)
    particle = item.get("non-dropping-particle") or item.get("dropping-particle", "")
    written = _cjk_written(family, given) if script in _CJK else ""
    return Name(
        family=family, given=given, particle=particle, suffix=item.get("suffix", ""), script=script, written=written
    )


def _with_extensions(name: Name, item: dict[str, Any]) -> Name:
    """The name with what biblio's name extensions (and a ``multi`` romanization) add to it."""
    extra = {slot: item[key] for key, slot in _NAME_EXTENSIONS.items() if isinstance(item.get(key), str)}
    romanized = _romanized_from(item.get("multi"), name.script in _CJK)
    if romanized:
        extra["romanized"] = romanized
    return replace(name, **extra) if extra else name


def _romanized_from(multi: Any, family_first: bool) -> str:
    """The romanized form from a name-level ``{"_key": {"zh-Latn": {"family", "given"}}}`` (first entry)."""
    forms = multi.get("_key") if isinstance(multi, dict) else None
    if not isinstance(forms, dict) or not forms:
        return ""
    form = next(iter(forms.values()))
    if not isinstance(form, dict):
        return ""
    parts = {k: v for k, v in form.items() if k in ("family", "given", "literal") and isinstance(v, str)}
    if parts.get("literal"):
        return parts["literal"]
    return _join_romanized(parts.get("family", ""), parts.get("given", ""), family_first)


def _join_romanized(family: str, given: str, family_first: bool) -> str:
    if not given:
        return family
    return f"{family} {given}" if family_first else f"{family}, {given}"


def _romanized_to(name: Name, script: str) -> dict[str, Any]:
    """A name-level ``multi`` holding ``name.romanized``, split when the split joins back exactly."""
    text = name.romanized
    family_first = script in _CJK
    family, _, given = text.partition(" " if family_first else ", ")
    form: dict[str, str] = {"family": family, "given": given} if given else {"family": family}
    tidy = family and family.strip() == family and given.strip() == given
    if name.literal or not tidy or _join_romanized(family, given, family_first) != text:
        form = {"literal": text}
    return {"_key": {f"{_SCRIPT_LANG.get(script, 'und')}-Latn": form}}


def _cjk_written(family: str, given: str) -> str:
    """How a CJK name is written: family + given (张宁), or given·family for a transliterated one (哈·麦金德)."""
    from biblio.names.cjk import looks_transliterated

    if given and (len(family) >= 3 or looks_transliterated(family)):  # Chinese surnames have at most 2 characters
        return f"{given}·{family}"
    return f"{family}{given}"


def name_to_csl(name: Name) -> dict[str, Any] | None:
    """A CSL name: ``{"literal"}`` for corporate bodies, family/given otherwise (Chinese split in hanzi).

    What CSL cannot say goes into keys processors ignore: the romanization as citeproc-js's
    name-level ``"multi": {"_key": {"zh-Latn": {"family": "Zhang", "given": "Ning"}}}``,
    ``"biblio-nationality"``, ``"biblio-original"``, and ``"biblio-written"`` when a CJK name's
    written form is not the one an importer derives from family and given.
    """
    out = _plain_csl_name(name)
    if out is None:
        return None
    base = _name({k: v for k, v in out.items() if isinstance(v, str)})
    if name.romanized:
        out["multi"] = _romanized_to(name, base.script)
    for key, slot in _NAME_EXTENSIONS.items():
        value = getattr(name, slot)
        if value and (slot != "written" or (value != base.written and base.script in _CJK)):
            out[key] = value
    return out


def _plain_csl_name(name: Name) -> dict[str, Any] | None:
    if name.literal:
        return None if name.literal == "others" else {"literal": name.literal}
    family, given = name.family, name.given
    if not family and not given and name.written:
        split = cjk_name(name.written)
        if split.literal:
            return {"literal": split.literal}
        family, given = split.family, split.given
    out = {"family": family} if family else {}
    if given:
        out["given"] = given
    if name.particle:
        out["non-dropping-particle"] = name.particle
    if name.suffix:
        out["suffix"] = name.suffix
    return out or None


def split_csl_keywords(value: str) -> list[str]:
    """The keywords of a CSL ``keyword`` string (comma/semicolon separated)."""
    return [w for w in _KEYWORD_SPLIT.split(value.strip()) if w]
