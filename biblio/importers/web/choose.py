"""Which extractor's body a page keeps: an outlet rule's, biblio's own, or trafilatura's; chosen per page.

Measured on the dev half of the web-en benchmark (docs/web-extraction.md), in this order:

1. An outlet/CMS rule matched (:mod:`biblio.importers.web.body_rules`) and its containers hold a body of
   plausible length (at least :data:`SHORT_BODY` words): the rule wins.
2. trafilatura found (almost) nothing: biblio's own extraction.
3. The two agree: at least :data:`OWN_INSIDE` of biblio's words are in trafilatura's text and biblio
   covers at least :data:`OWN_COVERS` of trafilatura's words. biblio wins: its extra cleaning
   (captions, editor lines, teasers, end markers like 相关推荐) is what differs.
4. trafilatura's text is inside biblio's and biblio found at least :data:`STOPPED_EARLY` times as much:
   trafilatura stopped at a sub-container; biblio wins.
5. Otherwise (they disagree, or biblio has clearly lost part of the body): trafilatura.

Words are counted as the benchmark does (``\\w+`` runs, lower-cased), with each CJK character a word.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

SHORT_BODY = 50  # words (CJK characters count one each); below this a body is suspiciously short
OWN_INSIDE = 0.9
OWN_COVERS = 0.5
STOPPED_EARLY = 2.0
_NOTHING = 5
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af"
_WORDS = re.compile(rf"[{_CJK}]|[^\W{_CJK}]+")


@dataclass(frozen=True, slots=True)
class BodyChoice:
    """The chosen paragraphs and which extractor gave them (``rule:NetEase``, ``biblio``, ``trafilatura``)."""

    paragraphs: list[str]
    extractor: str


def words(text: str) -> Counter[str]:
    """The words of ``text`` as a multiset (lower-cased; each CJK character a word)."""
    return Counter(_WORDS.findall(text.lower()))


def word_count(paragraphs: list[str]) -> int:
    """How many words the paragraphs hold."""
    return sum(len(_WORDS.findall(p)) for p in paragraphs)


def plausible(paragraphs: list[str]) -> bool:
    """True for a body long enough not to be suspicious."""
    return word_count(paragraphs) >= SHORT_BODY


def choose_body(own: list[str], trafilatura: list[str] | None, rule: tuple[str, list[str]] | None = None) -> BodyChoice:
    """The body to keep; ``trafilatura`` is None when it did not run, ``rule`` is (rule name, its paragraphs)."""
    if rule is not None and plausible(rule[1]):
        return BodyChoice(rule[1], f"rule:{rule[0]}")
    theirs = trafilatura or []
    ours_words, their_words = words("\n".join(own)), words("\n".join(theirs))
    ours_total, their_total = ours_words.total(), their_words.total()
    if their_total < _NOTHING:
        return BodyChoice(own, "biblio")
    if ours_total == 0:
        return BodyChoice(theirs, "trafilatura")
    common = (ours_words & their_words).total()
    if common >= OWN_INSIDE * ours_total and common >= OWN_COVERS * their_total:
        return BodyChoice(own, "biblio")
    if common >= 0.95 * their_total and ours_total >= STOPPED_EARLY * their_total:
        return BodyChoice(own, "biblio")
    return BodyChoice(theirs, "trafilatura")
