"""Shared pieces of the reference-string parsers: the result type, text normalisation, regexes, helpers.

Normalisation maps full-width punctuation to ASCII one character for one character, so a span found
in the normalised text slices the original text at the same place: structure is read from the
normalised copy, values (titles, publishers) are taken from the original as the source wrote them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.model import EntryType, LangText, Name, Provenance, Record

PARSER_VERSION = "1"

_WIDTH = str.maketrans(
    {
        "．": ".",
        "。": ".",
        "，": ",",
        "：": ":",
        "；": ";",
        "（": "(",
        "）": ")",
        "［": "[",
        "］": "]",
        "【": "[",
        "】": "]",
        "〔": "[",
        "〕": "]",
        "／": "/",
        "－": "-",
        "—": "-",
        "–": "-",
        "～": "~",
        "　": " ",
        "\u00a0": " ",
        "\t": " ",
        "“": '"',
        "”": '"',
        "«": '"',
        "»": '"',
        "０": "0",
        "１": "1",
        "２": "2",
        "３": "3",
        "４": "4",
        "５": "5",
        "６": "6",
        "７": "7",
        "８": "8",
        "９": "9",
        "№": "#",
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
    }
)

STYLES = ("gbt7714", "gost", "english", "note")

DOI_RE = re.compile(r"(?:\bdoi\s*[:：]?\s*|https?://(?:dx\.)?doi\.org/)?\b(10\.\d{4,9}/[^\s,;，；]+)", re.IGNORECASE)
URL_RE = re.compile(r"(?:https?://|www\.)[^\s<>\"，,；]+", re.IGNORECASE)
YEAR_RE = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
LEAD_NUMBER_RE = re.compile(
    r"^\s*(?:[•●▪◦]\s*)?(?:注\s*)?(?:[\u2460-\u2473\u2776-\u277f]\s*|[\[(]\d{1,4}[\])]\s*|\d{1,4}[.、)]\s+|\d{1,4}[.、](?=\D)"
    r"|\d{1,4}\s+|\d{1,3}(?=[(\[]))"
)


@dataclass(slots=True)
class ParsedReference:
    """What a reference string parser made of one string.

    ``record`` carries every field found (the raw string in ``record.extra["rawref"]``); ``style`` is
    the style that was applied (``gbt7714``, ``gost``, ``english`` or ``unknown``); ``warnings`` says
    what could not be understood; ``roles`` maps each role word found to the names it governed;
    ``confidence`` (0-1) how sure the parse is: the labeller's marginals for English strings, the
    rules' certainty otherwise (``None`` until :func:`biblio.importers.refs.parse_reference` sets it).
    """

    record: Record
    style: str
    warnings: list[str] = field(default_factory=list)
    roles: dict[str, list[str]] = field(default_factory=dict)
    confidence: float | None = None


_KANA_RE = re.compile(r"[\u3040-\u30ff]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u052f]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")
_NOT_HAN_RE = re.compile(r"[^\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_OR_HANGUL_RE = re.compile(r"[\u3040-\u30ff\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")


def kana_or_hangul_language(text: str) -> str:
    """``ja`` with kana anywhere, else ``ko`` with Hangul, else ``""``: :func:`guess_language`'s first rules,
    alone (a search for two scripts, no counting)."""
    first = _KANA_OR_HANGUL_RE.search(text)
    if first is None:
        return ""
    return "ja" if _KANA_RE.search(text, first.start()) else "ko"


def guess_language(text: str) -> str:
    """``zh``, ``ja``, ``ko``, ``ru`` or ``en`` by the dominant script (kana anywhere: ``ja``, Hangul: ``ko``);
    ``""`` without letters.

    The same rule as :func:`biblio.model.script.guess_language`, with regexes instead of a per-character
    loop: reference parsing calls it several times per string and must stay fast.
    """
    if text.isascii():  # most English references: ASCII letters are the only letters
        return "en" if _LATIN_RE.search(text) else ""
    if phonetic := kana_or_hangul_language(text):
        return phonetic
    han = len(text) - len(_NOT_HAN_RE.findall(text))  # most references here are mostly Han: count the rest
    if 2 * han > len(text):  # more than half of the text: no other script can count as many
        return "zh"
    counts = (
        (han, "zh"),
        (len(_CYRILLIC_RE.findall(text)), "ru"),
        (len(_LATIN_RE.findall(text)), "en"),
    )
    best = max(counts)
    return best[1] if best[0] else ""


_WIDE_CHARS = "".join(chr(code) for code in _WIDTH)
_WIDE_RE = re.compile("[" + re.escape(_WIDE_CHARS) + "]")


def _narrow(match: re.Match[str]) -> str:
    return match.group().translate(_WIDTH)


def normalize(text: str) -> str:
    """Full-width punctuation and digits to ASCII, one character for one (spans stay valid).

    A regex finds the few characters to map (``str.translate`` with a dict visits every character slowly).
    """
    return text if text.isascii() else _WIDE_RE.sub(_narrow, text)


def clean_text(text: str) -> str:
    """Collapse whitespace and strip a trailing list number like "[3]" or "3." from the start."""
    text = " ".join(text.split())
    return text


def strip_number(text: str) -> str:
    """Drop a list number ("[1]", "1.", "1 ", "1(" as CNKI pages print it) from the start."""
    match = LEAD_NUMBER_RE.match(normalize(text))
    if match and match.end() < len(text):
        return text[match.end() :].lstrip()
    return text


MAX_READ = 2000
"""Characters of a reference the rule parsers read (the longest real references run to about 600): a longer
input is read up to this length, with a warning, so parsing time is bounded whatever the input."""


def reference_text(raw: str, result: ParsedReference) -> str:
    """The reference with the list number dropped and spaces collapsed, cut at :data:`MAX_READ` (warned)."""
    text = " ".join(strip_number(raw[: MAX_READ * 4]).split())
    if len(text) > MAX_READ:
        result.warnings.append(f"reference longer than {MAX_READ} characters: only the first {MAX_READ} were read")
        text = text[:MAX_READ]
    return text


def new_record(raw: str, style: str) -> Record:
    """An empty record with provenance and the raw string kept."""
    record = Record(provenance=Provenance(importer=f"refs-{style}", importer_version=PARSER_VERSION))
    record.extra["rawref"] = raw
    return record


_ABBREV_END_RE = re.compile(r"(?:\b[A-Z]\.){2,}$|\.\s?\S{1,4}\.$|,\s*[A-Z][a-z]{1,4}\.$")


def tidy(value: str) -> str:
    """Strip spaces and dangling punctuation from a field value.

    A final full stop that closes an abbreviation stays ("Washington, D.C.", "Юрид. лит.", "Berkeley, Calif.").
    """
    value = value.strip().strip(" ,;:/").strip()
    if value.endswith(".") and _ABBREV_END_RE.search(value):
        return value
    return value.rstrip(" .").strip()


def tidy_title(value: str) -> str:
    """Strip spaces and the separators around a title, keeping a final "?" or "!"."""
    value = value.strip().rstrip(" .,;:/").lstrip(" .,;:").strip()
    return value.strip('"').strip() if value.count('"') == 2 and value.startswith('"') else value


def set_title(record: Record, title: str, lang: str = "") -> None:
    """Set the title with its language (guessed from the script if not given)."""
    title = tidy_title(title)
    if title:
        record.title = (LangText(title, lang or guess_language(title)),)


def set_container(record: Record, container: str, lang: str = "") -> None:
    """Set the container title (journal, book, proceedings) with its language."""
    container = tidy_title(container)
    if container:
        record.container = (LangText(container, lang or guess_language(container)),)


def pages_of(text: str) -> str:
    """Normalise a page range: "5-23", "5–23", "5~23" -> "5-23"; keeps "12, 15-16"."""
    value = re.sub(r"\s*[-–—~]+\s*", "-", text.strip())
    return tidy(value)


def find_doi(text: str) -> tuple[str, str]:
    """The DOI in ``text`` and the text without it (and without its "DOI:" label)."""
    match = DOI_RE.search(text)
    if not match:
        return "", text
    doi = match.group(1).rstrip(".)]")
    return doi, text[: match.start()] + text[match.start() + len(match.group(0)) :]


def find_url(text: str) -> tuple[str, str]:
    """The first URL in ``text`` and the text without it."""
    match = URL_RE.search(text)
    if not match:
        return "", text
    url = match.group(0).rstrip(".,;)]")
    end = match.start() + len(url)
    return url, text[: match.start()] + text[end:]


def iso_date(text: str) -> str:
    """A date as EDTF ("2020-01-01", "2020-01", "2020") from "2020-1-1", "2020.01.01", "01.02.2020"."""
    text = text.strip()
    match = re.fullmatch(r"(\d{4})[-./年](\d{1,2})(?:[-./月](\d{1,2})日?)?", text)
    if match:
        year, month, day = match.groups()
        return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")
    match = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
    if match:
        day, month, year = match.groups()
        return f"{year}-{int(month):02d}-{int(day):02d}"
    match = YEAR_RE.search(text)
    return match.group(1) if match else ""


def finish(record: Record, text: str) -> None:
    """Fill the record language from the title (else the whole string) when the parser did not."""
    if not record.language:
        sample = record.main_title() or text
        record.language = guess_language(sample) or guess_language(text)


def fallback(raw: str, style: str, why: str) -> ParsedReference:
    """The text as the title (with any DOI, URL and year found) and a warning: never nothing."""
    record = new_record(raw, style)
    text = normalize(raw)
    record.doi, text = find_doi(text)
    record.url, text = find_url(text)
    year = YEAR_RE.search(text)
    if year:
        record.date = year.group(1)
    set_title(record, raw.strip())
    finish(record, raw)
    return ParsedReference(record=record, style="unknown", warnings=[why])


def split_top(text: str, seps: str) -> list[str]:
    """Split on any character of ``seps`` that is not inside brackets."""
    parts: list[str] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
        elif ch in seps and not depth:
            parts.append(text[start:i])
            start = i + 1
    parts.append(text[start:])
    return parts


def entry_type(code: str) -> EntryType:
    """The entry type of a GB/T 7714 type code ("M", "J/OL", "EB/OL")."""
    from biblio.model.types import GBT_TO_TYPE

    base = code.split("/", 1)[0].upper()
    return GBT_TO_TYPE.get(base, EntryType.MISC)


def name_strings(names: list[Name]) -> list[str]:
    """Names as display strings (for role notes)."""
    return [n.display() for n in names]
