"""Scoring the reference parsers on a labelled corpus (JSON lines ``{"text", "expected", "style"?}``).

Each field of each entry counts once: a true positive when parsed and expected agree (after light
canonicalisation: case, spaces, dots in initials, dash forms), a false positive when the parser gave a
value the label does not have (or a wrong one), a false negative when the label has a value the parser
missed (or got wrong). Name lists compare as whole lists (family and given, or the corporate literal).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from biblio.model import Name, Record

FIELDS = (
    "type",
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
    "urldate",
    "doi",
    "language",
)


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of given values that were right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """Share of expected values that were found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Score:
    """Per-field counts, whole-entry exact matches, and the mismatches for inspection."""

    fields: dict[str, Counts] = field(default_factory=lambda: {f: Counts() for f in FIELDS})
    entries: int = 0
    exact: int = 0
    mismatches: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def total(self) -> Counts:
        """Micro-averaged counts over all fields."""
        out = Counts()
        for counts in self.fields.values():
            out.tp += counts.tp
            out.fp += counts.fp
            out.fn += counts.fn
        return out


def load_corpus(path: Path) -> list[dict[str, Any]]:
    """The labelled entries of a JSON-lines file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


_CJK = "\u3000-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef"
_CJK_GAP = re.compile(rf"\s+(?=[{_CJK}])|(?<=[{_CJK}])\s+")


def canon(value: str) -> str:
    """Case, width, spacing and dash forms do not count as errors."""
    from biblio.importers.refs.common import normalize

    text = normalize(value).casefold().replace("\u2019", "'")
    text = re.sub(r"[\s\u2014\u2013-]+", " ", text)
    text = _CJK_GAP.sub("", text)  # "2002 年以来" = "2002年以来": typesetters put glue beside Han characters
    return text.strip(" .,;:")


def canon_name(name: Name | dict[str, str] | str) -> str:
    """One name as ``family|given`` (initials without dots or spaces), or ``=literal``."""
    if isinstance(name, Name):
        if name.literal:
            return "=" + canon(name.literal)
        family, given = name.family, name.given
        if name.particle:
            family = f"{name.particle} {family}"
    elif isinstance(name, dict):
        return "=" + canon(name.get("literal", ""))
    else:
        family, _, given = name.partition(",")
    given = re.sub(r"[\s.\-]+", "", given).casefold()
    return f"{canon(family)}|{given}"


_NAME_WORD_RE = re.compile(r"[^\W\d_]+")
_NOT_NAME_WORDS = frozenset(
    "and & et al in ed eds edited editor editors by trans translated translator hrsg hg herausgegeben dir dirs "
    "éd éds coord comp comps others cura trad übers und".split()
)


def name_words(text: str) -> str:
    """The words of a name list as a sorted bag: role words, "and", "et al." dropped; "JJ" read as "J J".

    Gold name lists labelled as a segment (AnyStyle: ``"Romero, C., & Dweck, C."``) are compared with
    the parsed names this way: the segment boundary and every name word count, the family/given split does not.
    """
    words: list[str] = []
    for word in _NAME_WORD_RE.findall(text):
        if word.isupper() and len(word) <= 3 and word.casefold() not in _NOT_NAME_WORDS:
            words.extend(word.casefold())
        elif word.casefold() not in _NOT_NAME_WORDS:
            words.append(word.casefold())
    return " ".join(sorted(words))


def names_as_text(names: list[Name]) -> str:
    """Every part of every name, for :func:`name_words` (the suffix too: the segment's "Jr." and "III" count)."""
    return " ; ".join(" ".join((n.literal, n.given, n.particle, n.family, n.suffix)) for n in names)


def actual_fields(record: Record) -> dict[str, str]:
    """The scored fields of a parsed record, canonicalised."""
    out: dict[str, str] = {"type": record.type.value, "language": record.language}
    for role in ("authors", "editors", "translators"):
        names: list[Name] = getattr(record, role)
        out[role] = ";".join(canon_name(n) for n in names)
    out["title"] = canon(record.title[0].value) if record.title else ""
    out["container"] = canon(record.container[0].value) if record.container else ""
    for name in FIELDS:
        if name not in out:
            out[name] = canon(str(getattr(record, name)))
    return out


def expected_fields(expected: dict[str, Any]) -> dict[str, str]:
    """The scored fields of a label, canonicalised the same way."""
    out: dict[str, str] = {}
    for name in FIELDS:
        value = expected.get(name, "")
        if name in ("authors", "editors", "translators") and not isinstance(value, str):
            out[name] = ";".join(canon_name(n) for n in value or [])
        elif name in ("type", "language"):
            out[name] = str(value)
        else:
            out[name] = canon(str(value))
    return out


def score(entries: Iterable[dict[str, Any]], style: str = "auto") -> Score:
    """Parse every entry and count agreements field by field."""
    from biblio.importers.refs import parse_reference

    result = Score()
    for entry in entries:
        record = parse_reference(entry["text"], entry.get("style", style)).record
        got, want = actual_fields(record), expected_fields(entry["expected"])
        for role in ("authors", "editors", "translators"):
            if isinstance(entry["expected"].get(role), str):  # a labelled segment: compared by its words
                want[role] = name_words(entry["expected"][role])
                got[role] = name_words(names_as_text(getattr(record, role)))
        result.entries += 1
        all_right = True
        for name in entry.get("fields", FIELDS):
            counts = result.fields[name]
            if got[name] == want[name]:
                counts.tp += bool(want[name])
                continue
            all_right = False
            counts.fp += bool(got[name])
            counts.fn += bool(want[name])
            result.mismatches.append((entry["text"], name, want[name], got[name]))
        result.exact += all_right
    return result


def report(name: str, result: Score) -> str:
    """A plain-text table: per-field precision, recall, F1; the micro average; exact matches."""
    lines = [f"## {name}: {result.entries} references", "", "| field | P | R | F1 | n |", "|---|---|---|---|---|"]
    for field_name, counts in result.fields.items():
        n = counts.tp + counts.fn
        if n or counts.fp:
            lines.append(f"| {field_name} | {counts.precision:.3f} | {counts.recall:.3f} | {counts.f1:.3f} | {n} |")
    total = result.total
    lines.append(
        f"| **all fields** | {total.precision:.3f} | {total.recall:.3f} | **{total.f1:.3f}** | {total.tp + total.fn} |"
    )
    share = result.exact / result.entries if result.entries else 0.0
    lines += ["", f"whole-entry exact match: {result.exact}/{result.entries} ({share:.1%})", ""]
    return "\n".join(lines)
