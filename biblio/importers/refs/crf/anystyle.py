"""AnyStyle's hand-labelled reference set (``core.xml``) -> labelled segments, gold records, token labels.

The data: the training set of AnyStyle's reference parser (github.com/inukshuk/anystyle,
``res/parser/core.xml``), Copyright 2011-2023 Sylvester Keil, BSD 2-clause (the notice travels with
anything derived from it: see ``LICENSE.anystyle`` beside the trained model). Each ``<sequence>`` is one
reference cut into labelled segments (author, date, title, journal, volume, pages, ...); the segments
joined with single spaces give back the reference string.

The gold record of a sequence (the corpus format of :mod:`biblio.importers.refs.evaluate`) is derived by
rule from its segments: punctuation and wrappers around a segment ("(2011).", "pp. 1761–1800).",
"“Title,”") are not part of the value; "18(2)." is volume 18, number 2; a thesis's publisher is its
institution. Name lists stay the labelled segment as written (``"authors": "Romero, C., & Dweck, C."``)
and are scored by their words (see ``evaluate.name_words``): AnyStyle labels the segment, not the
family/given split. Fields AnyStyle has no label for (type, language, urldate, ...) are not scored.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from biblio.importers.refs.crf.dates import month_number

SPLIT_SEED = 15
TEST_SHARE = 0.2

# The fields a gold record from AnyStyle can vouch for; the others are not scored.
SCORED = (
    "authors",
    "editors",
    "translators",
    "title",
    "container",
    "volume",
    "number",
    "pages",
    "pagetotal",
    "edition",
    "place",
    "publisher",
    "institution",
    "date",
    "url",
    "doi",
)
# Labels with no field of their own: when one of them holds a digit, "number" is not scored (a report or
# series number may be in it, and reading it is not wrong).
_UNMAPPED = ("note", "genre", "collection-title", "medium", "source", "isbn", "director", "producer")


@dataclass(frozen=True, slots=True)
class Sequence:
    """One labelled reference: its position in the file and its (label, text) segments in order."""

    index: int
    segments: tuple[tuple[str, str], ...]

    @property
    def text(self) -> str:
        """The reference string (segments joined with single spaces)."""
        return " ".join(text for _, text in self.segments)

    def first(self, *labels: str) -> str:
        """The text of the first segment with one of ``labels`` (``""`` if none)."""
        return next((text for label, text in self.segments if label in labels), "")


def load_sequences(path: Path) -> list[Sequence]:
    """Every ``<sequence>`` of an AnyStyle XML file, whitespace inside segments collapsed."""
    root = ET.parse(path).getroot()
    out: list[Sequence] = []
    for index, node in enumerate(root.iter("sequence")):
        segments = tuple(
            (child.tag, " ".join((child.text or "").split())) for child in node if (child.text or "").strip()
        )
        if segments:
            out.append(Sequence(index, segments))
    return out


def file_digest(path: Path) -> str:
    """SHA-256 of the file, recorded with the split so a changed file is noticed."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def make_split(sequences: list[Sequence], seed: int = SPLIT_SEED, share: float = TEST_SHARE) -> list[int]:
    """The indices of the frozen test part: a seeded random ``share`` of the sequences, sorted."""
    indices = [seq.index for seq in sequences]
    chosen = random.Random(seed).sample(indices, round(len(indices) * share))
    return sorted(chosen)


def load_split(path: Path) -> set[int]:
    """The test indices of a committed split file (``{"test": [...]}``)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return set(data["test"])


def split_sequences(sequences: list[Sequence], test: set[int]) -> tuple[list[Sequence], list[Sequence]]:
    """(dev, test) by the frozen test indices."""
    dev = [seq for seq in sequences if seq.index not in test]
    return dev, [seq for seq in sequences if seq.index in test]


# --- gold records ---------------------------------------------------------------------------------

_EDGE = " \t.,;:()[]{}<>\"'“”‘’„«»"
_EDGE_KEEP = " \t.,;:{}<>\"'“”‘’„«»"
_MONTH_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_THESIS = re.compile(r"thes|diss|doctor|ph\.?\s?d|master|m\.?a\.? |mémoire|these|tesis|tesi", re.IGNORECASE)


def clean(text: str) -> str:
    """A segment without the punctuation and wrappers around it; balanced brackets ("(abstract)") stay."""
    value = text.strip(_EDGE_KEEP)
    while value:
        if value[-1] in ")]" and value.count(value[-1]) > value.count("(" if value[-1] == ")" else "["):
            value = value[:-1].rstrip(_EDGE_KEEP)
        elif value[0] in "([" and value.count(value[0]) > value.count(")" if value[0] == "(" else "]"):
            value = value[1:].lstrip(_EDGE_KEEP)
        else:
            break
    return value


def unwrap(text: str) -> str:
    """A value without one pair of brackets around it all: "(pp. 45-87)" -> "pp. 45-87"."""
    if text and text[0] in "([" and text[-1] in ")]" and text.count(text[0]) == 1:
        return text[1:-1].strip()
    return text


def strip_in(text: str) -> str:
    """A container without the "In:" / "In" that introduces it."""
    return re.sub(r"^(?:in|dans|en|im)\s*:?\s+", "", text, flags=re.IGNORECASE)


def gold_date(text: str) -> str:
    """EDTF of a labelled date: the first year, with month and day when the segment names one month."""
    year = _YEAR.search(text)
    if not year:
        return ""
    months = [m for m in (month_number(w.group()) for w in _MONTH_WORD.finditer(text)) if m]
    if len(months) != 1:
        return year.group(1)
    rest = text[: year.start()] + " " + text[year.end() :]
    day = re.search(r"(?<!\d)([12]?\d|3[01])(?!\d)", rest)
    out = f"{year.group(1)}-{months[0]:02d}"
    return out + (f"-{int(day.group(1)):02d}" if day and int(day.group(1)) > 0 else "")


_ROLE_WORDS = re.compile(r"\((?:writer/)?(?:director|producer)s?\)|\b(?:dir|prod)\b[.,]|,?\s*director\b", re.IGNORECASE)
_VOL_WORD = r"(?:vol(?:ume)?s?|bd|band|t|т|том|tome|tomo|v|jg|jahrgang|anno|année|ano)\.?"
_NO_WORD = r"(?:no|nos|nr|n°|nº|num|number|issue|iss|heft|h|fasc|fascicule|#)\.?"


def gold_volume_number(text: str) -> tuple[str, str, str]:
    """(volume, number, pages) of a labelled volume segment: "18(2).", "Vol. 9,", "vol. 12, no. 3", "No. 134";
    "(61)" alone is an issue; pages glued on ("29(8):1898-1905", "30(15): 1750-1754") are pages."""
    value = re.sub(r"^\s*(?:1[5-9]|20)\d\d\s*;\s*", "", text).strip(" .,;:[]")
    glued = re.fullmatch(r"(\w*\s*(?:\([^)]*\))?)\s*:\s*(\d[\w]*(?:\s*[-–—]\s*\w+)?)", value)
    pages = ""
    if glued and re.search(r"\d\s*\(|[-–—]", value):
        value, pages = glued.group(1).strip(), re.sub(r"\s*[-–—]\s*", "-", glued.group(2))
    if re.fullmatch(r"\(\s*[\w\-–/]+\s*\)", value):
        return "", value.strip("() "), pages
    volume, number = _volume_and_number(value)
    return volume, number, pages


def _volume_and_number(value: str) -> tuple[str, str]:
    if value.startswith("(") and value.endswith(")") and value.count("(") == 1:
        value = value[1:-1]
    value = re.sub(r"^\(", "", value) if value.count("(") > value.count(")") else value
    value = re.sub(r"\)$", "", value) if value.count(")") > value.count("(") else value
    value = re.sub(r"\b(\d+)\.?\s*(?:Jg|Jahrg)\.?", r"Jg. \1", value)
    volume = re.search(rf"\b{_VOL_WORD}\s*(\d[\w\-–/]*|[IVXLC]+\b)", value, re.IGNORECASE)
    number = re.search(rf"(?<![\w]){_NO_WORD}\s*(\d[\w\-–/]*)", value, re.IGNORECASE)
    paren = re.match(r"^([\w\-–/.]+?)\s*\(([^)]+)\)$", value)
    if paren and not volume and not number:
        return paren.group(1), paren.group(2)
    if number and not volume:
        volume = re.match(r"^(\d[\w\-–/]*)(?:\s*[,.:]|\s+\()", value)
    if volume or number:
        return (volume.group(1) if volume else ""), (number.group(1) if number else "")
    lead = re.match(r"^([\w\-–/]+)(?:\s*[,:.]\s*([\w\-–/]+))?$", value)
    if lead:
        return lead.group(1), lead.group(2) or ""
    return value, ""


def gold_pages(text: str) -> tuple[str, str]:
    """(pages, pagetotal) of a labelled pages segment: "pp. 1761–1800)." is pages; "223 p." an extent."""
    value = unwrap(clean(text))
    total = re.fullmatch(r"(?:[xivlc]+\s*,\s*)?(\d+)\s*(?:pp|p|pages|S|Seiten|с)\.?", value, re.IGNORECASE)
    if total:
        return "", total.group(1)
    value = re.sub(r"^(?:pages?|pgs?|pp?|Seiten?|S)\b\.?\s*", "", value, flags=re.IGNORECASE)
    value = re.sub(r"\s*[-–—\u2010\u2011]+\s*", "-", value)
    return clean(value), ""


_ORDINAL_WORDS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6"}


def gold_edition(text: str) -> str:
    """ "2nd ed." / "(2nd ed.)" -> "2"; "Third Edition" -> "3"; "Rev. ed." -> "revised"; other wording kept."""
    value = unwrap(clean(text))
    number = re.match(r"^(\d+)\s*(?:st|nd|rd|th|e|er|re|\.)?\b", value)
    if number:
        return number.group(1)
    lead = value.split(" ", 1)[0].casefold()
    if lead in _ORDINAL_WORDS and re.search(r"\bed", value, re.IGNORECASE):
        return _ORDINAL_WORDS[lead]
    if re.match(r"^rev", value, re.IGNORECASE):
        return "revised"
    return value


def gold_doi(text: str) -> str:
    """The DOI alone: no "doi:" label, no resolver prefix."""
    value = clean(text)
    match = re.search(r"10\.\d{4,9}/\S+", value)
    return match.group(0).rstrip(".,;)") if match else value


def to_gold(seq: Sequence) -> dict[str, Any]:
    """The sequence as a corpus entry of :mod:`biblio.importers.refs.evaluate`."""
    expected: dict[str, Any] = {}
    names = {"author": "authors", "editor": "editors", "translator": "translators"}
    for label, key in names.items():
        labels = (label, "director", "producer") if label == "author" else (label,)  # films: as token_labels
        joined = " ; ".join(_ROLE_WORDS.sub(" ", text) for lab, text in seq.segments if lab in labels)
        if joined.strip(_EDGE):
            expected[key] = joined
    simple = {"title": "title", "location": "place", "publisher": "publisher"}
    for label, key in simple.items():
        value = clean(seq.first(label))
        if value:
            expected[key] = value
    url = re.sub(r"^(?:url|available(?: at| from)?)\s*:?\s*", "", clean(seq.first("url")), flags=re.IGNORECASE)
    url = re.sub(r"\s+", "", url)  # a URL broken across lines ("http://www. boston.com/…") is one URL
    if re.search(r"//(?:dx\.)?doi\.org/10\.", url):  # biblio's record: a doi.org link is the DOI, not a URL
        expected["doi"] = gold_doi(url)
    elif url:
        expected["url"] = url
        if "/doi/10." in url:  # a publisher's /doi/ page stays the URL and gives the DOI too
            expected["doi"] = gold_doi(url)
    container = strip_in(clean(seq.first("journal") or seq.first("container-title")))
    if container:
        expected["container"] = container
    volume, number, glued = gold_volume_number(seq.first("volume")) if seq.first("volume") else ("", "", "")
    pages, pagetotal = gold_pages(seq.first("pages")) if seq.first("pages") else (glued, "")
    extra = {
        "volume": volume,
        "number": number,
        "pages": pages,
        "pagetotal": pagetotal,
        "edition": gold_edition(seq.first("edition")),
        "date": gold_date(seq.first("date")),
    }
    if seq.first("doi"):
        extra["doi"] = gold_doi(seq.first("doi"))
    expected.update({key: value for key, value in extra.items() if value})
    if _THESIS.search(seq.first("genre")) and "publisher" in expected:
        expected["institution"] = expected.pop("publisher")
    fields = list(SCORED)
    if any(lab in _UNMAPPED and re.search(r"\d", text) for lab, text in seq.segments):
        fields.remove("number")
    return {"id": f"anystyle-{seq.index}", "text": seq.text, "expected": expected, "fields": fields}


def gold_entries(core: Path, split: Path, part: str) -> list[dict[str, Any]]:
    """The corpus entries of the ``dev`` or ``test`` part of ``core.xml`` by the committed split."""
    dev, test = split_sequences(load_sequences(core), load_split(split))
    return [to_gold(seq) for seq in (test if part == "test" else dev)]


# --- token labels ---------------------------------------------------------------------------------

# AnyStyle's rare labels folded into the ones the record has a place for.
_LABEL_MAP = {"director": "author", "producer": "author", "medium": "note", "source": "note"}


def token_labels(seq: Sequence) -> tuple[list[str], list[str]]:
    """(tokens, labels): every whitespace token of a segment carries the segment's label."""
    tokens: list[str] = []
    labels: list[str] = []
    for label, text in seq.segments:
        words = text.split()
        tokens.extend(words)
        labels.extend([_LABEL_MAP.get(label, label)] * len(words))
    return tokens, labels
