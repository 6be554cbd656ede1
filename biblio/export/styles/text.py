"""Small pure text helpers shared by the styles: title case, page ranges, dates."""

from __future__ import annotations

import re

from biblio.model.script import detect_script, has_cjk

MINOR_WORDS = frozenset(
    "a an the and but or nor for so yet as at by in of off on per to up via vs from into onto with".split()
)
MONTHS = "January February March April May June July August September October November December".split()
_DASHES = re.compile(r"\s*(?:--|[-‐‑‒–—―~～])\s*")
_RANGE = re.compile(r"\A(\d+)-(\d+)\Z")


def tidy(text: str) -> str:
    """One line, single spaces."""
    return " ".join(text.split())


def is_english(text: str, lang: str) -> bool:
    """True when a title should get English casing rules (language ``en``, or untagged Latin text)."""
    if lang:
        return lang.lower().split("-")[0] == "en"
    return detect_script(text) == "Latn"


def _keeps_case(word: str) -> bool:
    """Acronyms (NATO), mixed case (McDonald, iPhone) and words without letters keep their case."""
    letters = [c for c in word if c.isalpha()]
    if not letters:
        return True
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return True
    return any(c.isupper() for c in letters[1:])


def looks_title_case(title: str) -> bool:
    """True if most longer words after the first (and not after a colon) are capitalized.

    A title already in sentence case keeps its proper nouns ("China, Russia and Central Asia").
    """
    words = title.split()
    inner = [w for i, w in enumerate(words) if i and not words[i - 1].endswith(":") and len(w) > 3 and w[0].isalpha()]
    if not inner:
        return False
    capitalized = sum(1 for w in inner if w[0].isupper())
    return capitalized * 2 > len(inner)


def sentence_case(title: str) -> str:
    """BibTeX-style sentence case: lower-case every word except the first, the first after a colon,
    acronyms and mixed-case words ("The Grand Chessboard: American Primacy" -> "The grand chessboard:
    American primacy")."""
    words = title.split(" ")
    out: list[str] = []
    keep_next = True
    for word in words:
        out.append(word if keep_next or _keeps_case(word) or word == "I" else word.lower())
        keep_next = word.endswith((":", "?", "!")) or (not word and keep_next)
    return " ".join(out)


def _capitalize(word: str) -> str:
    for i, ch in enumerate(word):
        if ch.isalpha():
            return word[:i] + ch.upper() + word[i + 1 :]
    return word


def headline_case(title: str) -> str:
    """Chicago headline case: capitalize lower-case words except minor ones inside the title."""
    words = title.split(" ")
    out: list[str] = []
    first = True
    for i, raw in enumerate(words):
        bare = raw.strip("\"'“”‘’()[]").lower()
        last = i == len(words) - 1
        word = raw
        if raw.islower() and (first or last or bare not in MINOR_WORDS):
            word = "-".join(_capitalize(part) for part in raw.split("-"))
        out.append(word)
        if word:
            first = word.endswith((":", "?", "!", "—"))
    return " ".join(out)


def hyphen_pages(pages: str) -> str:
    """Page ranges with an ASCII hyphen ("5--23", "5–23" -> "5-23"), as GB/T 7714 prints them."""
    return _DASHES.sub("-", tidy(pages))


def chicago_pages(pages: str) -> str:
    """Page ranges with an en dash and Chicago's abbreviation of the second number (421-437 -> 421–37)."""
    plain = hyphen_pages(pages)
    match = _RANGE.match(plain)
    if not match:
        return plain.replace("-", "–")
    first, second = match.groups()
    return f"{first}–{_abbreviate(first, second)}"


def _abbreviate(first: str, second: str) -> str:
    """CMOS 9.61: inclusive numbers."""
    start = int(first)
    if len(first) != len(second) or start < 100 or start % 100 == 0 or int(second) < start:
        return second
    keep = 1 if start % 100 < 10 else 2
    digits = len(first)
    for size in range(keep, digits + 1):
        if first[: digits - size] == second[: digits - size]:
            return second[digits - size :]
    return second


def long_date(date: str) -> str:
    """``2020-01-05`` -> ``January 5, 2020``; ``2020-01`` -> ``January 2020``; else unchanged."""
    match = re.match(r"\A(\d{4})-(\d{2})(?:-(\d{2}))?", date)
    if not match or not 1 <= int(match[2]) <= 12:
        return date
    month = MONTHS[int(match[2]) - 1]
    if match[3] and 1 <= int(match[3]) <= 31:
        return f"{month} {int(match[3])}, {match[1]}"
    return f"{month} {match[1]}"


def short_date(date: str) -> str:
    """The date part of an EDTF date-time (``2025-12-09T18:06:40`` -> ``2025-12-09``)."""
    return date.split("T", 1)[0].strip()


def ordinal(number: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    if 10 <= number % 100 <= 20:
        return f"{number}th"
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{suffix}"


def cjk(text: str) -> bool:
    """True if ``text`` has Han or kana characters."""
    return has_cjk(text)
