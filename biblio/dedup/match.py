"""Scoring a pair of records as the same work, and finding candidate pairs by blocking."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import combinations

from biblio.dedup.features import Features

TITLE_SIMILAR = 0.88  # typo-level difference
TITLE_NEAR_YEAR = 0.95  # needed when the years differ by one
MAX_BLOCK = 60  # a larger block is a common prefix, not evidence
AFFIX = 10
MAIN_TITLE = 8  # characters of a main title that may stand for the full title


@dataclass(frozen=True)
class Match:
    """Two records judged to be the same work, with a score in (0, 1] and the reasons."""

    a: str
    b: str
    score: float
    reasons: tuple[str, ...] = field(default=())


TITLE_COMPARED = 300  # characters of a title key difflib compares


def title_similarity(a: Features, b: Features) -> float:
    """The best similarity of any title of ``a`` with any title of ``b`` (0..1)."""
    best = 0.0
    for x in a.titles:
        for y in b.titles:
            if x == y:
                return 1.0
            if abs(len(x) - len(y)) / max(len(x), len(y)) > 1 - TITLE_SIMILAR:
                continue
            # difflib is quadratic in the length: a title's first TITLE_COMPARED characters decide (a hostile
            # 1 MB title took minutes against each candidate)
            best = max(best, SequenceMatcher(None, x[:TITLE_COMPARED], y[:TITLE_COMPARED], autojunk=False).ratio())
    return best


def authors_agree(a: Features, b: Features) -> bool | None:
    """True if the first authors are the same person (authority or name key), False if clearly not, None if unknown."""
    if a.persons and b.persons and a.persons & b.persons:
        return True
    if not a.authors or not b.authors:
        return None
    return bool(a.authors & b.authors)


def _main_title_of(a: Features, b: Features) -> bool:
    """One record's title is the beginning of the other's (at least MAIN_TITLE characters)."""
    return any(
        min(len(x), len(y)) >= MAIN_TITLE and (x.startswith(y) or y.startswith(x)) for x in a.titles for y in b.titles
    )


def _same_publication(a: Features, b: Features) -> bool:
    """Nothing says these are two publications: same type, and same journal/publisher where both have one."""
    return a.type == b.type and (not a.venue or not b.venue or a.venue == b.venue)


def score(a: Features, b: Features) -> Match | None:
    """A match if the evidence says the two records are the same work (cheap checks first)."""
    same_doi = bool(a.doi) and a.doi == b.doi
    same_id = same_doi or (a.isbn and a.isbn == b.isbn and a.type == b.type == "book")
    if same_id:
        title = title_similarity(a, b)
        return (
            Match(a.uid, b.uid, 1.0, ("same DOI" if same_doi else "same ISBN", f"title {title:.2f}"))
            if title >= 0.6
            else None
        )
    if a.doi and b.doi:
        return None
    years = None if a.year is None or b.year is None else abs(a.year - b.year)
    agree = authors_agree(a, b)
    if (years is not None and years > 1) or agree is False or (years == 1 and not _same_publication(a, b)):
        return None
    title = title_similarity(a, b)
    if title < TITLE_SIMILAR and agree and years == 0 and _same_publication(a, b) and _main_title_of(a, b):
        title = TITLE_SIMILAR  # one lacks the subtitle: "Великая шахматная доска" / "…доска: господство Америки"
    if title < TITLE_SIMILAR or (years == 1 and title < TITLE_NEAR_YEAR):
        return None
    reasons = [f"title {title:.2f}", "same year" if years == 0 else "year ±1" if years else "year missing"]
    reasons.append("same first author" if agree else "author missing")
    value = title * (1.0 if agree else 0.9) * (1.0 if years == 0 else 0.95)
    return Match(a.uid, b.uid, round(value, 3), tuple(reasons))


def block_keys(f: Features) -> Iterator[str]:
    """Blocking keys: identifiers, title prefixes and suffixes, first author + year (a typo spoils few of them)."""
    for author in f.authors:
        yield f"a:{author}|{f.year}"
    for person in f.persons:
        yield f"h:{person}|{f.year}"
    if f.doi:
        yield f"d:{f.doi}"
    if f.isbn:
        yield f"i:{f.isbn}"
    for title in f.titles:
        yield f"p:{title[:AFFIX]}"
        yield f"s:{title[-AFFIX:]}"


def candidate_pairs(items: Iterable[Features]) -> set[tuple[int, int]]:
    """Index pairs that share a block (blocks larger than MAX_BLOCK are skipped)."""
    blocks: dict[str, list[int]] = {}
    for index, item in enumerate(items):
        for key in set(block_keys(item)):
            blocks.setdefault(key, []).append(index)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        if 1 < len(members) <= MAX_BLOCK:
            pairs.update(combinations(members, 2))
    return pairs


def find_matches(items: list[Features]) -> list[Match]:
    """Every pair judged the same work, best first."""
    found = [m for i, j in candidate_pairs(items) if (m := score(items[i], items[j])) is not None]
    return sorted(found, key=lambda m: (-m.score, m.a, m.b))
