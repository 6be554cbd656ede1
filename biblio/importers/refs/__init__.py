"""Reference-string parsers: GB/T 7714, GOST 7.1/7.0.5 and common English styles -> records.

``parse_reference(text, style="auto")`` never raises: a string it cannot make sense of still comes
back with what was found (at least the text as title) and a warning. The raw string is kept in
``record.extra["rawref"]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from biblio.importers.refs.common import STYLES, ParsedReference, fallback

__all__ = ["REVIEW_BELOW", "STYLES", "ParsedReference", "detect_style", "parse_reference"]

# Confidence (ParsedReference.confidence) below which a parse should be checked by a person: reference
# lists tag such records ``needs-review``. English strings get the labeller's confidence; the rule
# parsers (GB/T 7714, GOST: hard anchors) are sure unless they warned about something they could not read.
REVIEW_BELOW = 0.8
RULES_SURE = 0.95
RULES_UNSURE = 0.5


def detect_style(text: str) -> str:
    """The style of a reference string (``gbt7714``, ``note``, ``gost`` or ``english``)."""
    from biblio.importers.refs.detect import detect_style as detect

    return detect(text)


def parse_reference(text: str, style: str = "auto") -> ParsedReference:
    """Parse one reference string in ``style`` (``auto``, ``gbt7714``, ``note``, ``gost`` or ``english``)."""
    if not text.strip():
        return _unsure(fallback(text, "unknown", "empty reference"))
    chosen = style if style in STYLES else _route(text)
    try:
        parsed = _parser(chosen)(text)
    except Exception as error:  # the contract is "never raises": keep what we can and say why
        return _unsure(fallback(text, chosen, f"{chosen} parser failed: {type(error).__name__}: {error}"))
    if style not in ("auto", *STYLES):
        parsed.warnings.append(f"unknown style {style!r}: detected {chosen}")
    _check(parsed, text)
    if parsed.confidence is None:  # a rule parser: sure unless it said what it could not read
        parsed.confidence = RULES_SURE if not parsed.warnings else RULES_UNSURE
    elif parsed.warnings:  # the labeller was sure of its labels, but something was not understood
        parsed.confidence = min(parsed.confidence, RULES_UNSURE)
    return parsed


# "Гумилёв, Лев Николаевич. 1983. …" (an inverted first name) or "Абашин СН. …" (Vancouver initials without
# full stops), as English styles print a name; GOST writes "Абашин С. Н." ("Абашин С." alone is either)
_ENGLISH_FIRST_NAME = re.compile(
    r"^\W*(?:\d{1,4}\.\s+)?[^\W\d_][\w’'-]*(?:,\s+[^\W\d_]|\s[A-ZА-ЯЁ]{2,3}[.,]|\s[A-ZА-ЯЁ]{1,3}\s+and\s)"
)


def _route(text: str) -> str:
    """The detected style, except that Cyrillic in an English layout with no GOST anchor goes to the labeller.

    Detection sends Cyrillic text to GOST unless English-style marks (a year in brackets, "&", "pp.")
    outnumber GOST's; a Russian work in Chicago author-date ("Гумилёв, Лев Николаевич. 1983. Название.
    Санкт-Петербург: Питер.") or Vancouver ("Абашин СН. Название. Журнал. 2021 :203–23") has neither. It
    opens with a name as English styles print it (inverted, or with bare initials) and has none of GOST's anchors
    (``//``, ``М.:``, ``С. 15``, ``256 с.``, ISBD " — " areas, "дата обращения"): the labeller, trained on
    such strings, reads it. Without such a name ("Бжезинский З. Название. М., 1998.") it stays GOST.
    """
    from biblio.importers.refs.common import normalize
    from biblio.importers.refs.detect import _GOST_MARKS, _URL_RE

    chosen = detect_style(text)
    if chosen == "gost" and _ENGLISH_FIRST_NAME.match(text):
        norm = _URL_RE.sub(" ", normalize(text))
        if not (_GOST_MARKS.search(norm) or "дата обр" in norm.casefold()):
            return "english"
    return chosen


def _unsure(parsed: ParsedReference) -> ParsedReference:
    parsed.confidence = 0.0
    return parsed


def _check(parsed: ParsedReference, text: str) -> None:
    """Warn when little was understood; keep the text as the title if no title was found."""
    from biblio.importers.refs.common import set_title

    record = parsed.record
    # "同上" refers back, and a physics-style "Phys. Rev. Lett. 83, 3370 (1999)": no title of their own
    titled_elsewhere = record.extra.get("ibid") or (record.container and (record.authors or record.date))
    if not record.title and not titled_elsewhere:
        set_title(record, text)
        parsed.warnings.append("no title found: the whole text kept as the title")
    found = record.date or record.authors or record.editors or record.container or record.publisher
    if not (found or record.url or record.doi or record.institution):
        parsed.warnings.append("not understood as a reference: no names, date or source found")


def _parser(style: str) -> Callable[[str], ParsedReference]:
    if style == "gost":
        from biblio.importers.refs.gost import parse_gost

        return parse_gost
    if style == "note":
        from biblio.importers.refs.cnnotes import parse_cnnotes

        return parse_cnnotes
    if style == "english":
        from biblio.importers.refs.english_crf import parse_english_crf

        return parse_english_crf
    from biblio.importers.refs.gbt7714 import parse_gbt7714

    return parse_gbt7714
