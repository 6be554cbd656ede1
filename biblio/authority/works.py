"""Translation links between records: detected from the authority and title evidence, or set by hand.

A record T is taken as a translation of a record O when both have the same first author (one person
of the authority, whatever the script) and one of these holds:

- strong: T names O's title as its original (``extra["origtitle"]`` or CSL ``original-title``);
- strong: a work listed for that person in the starter file has titles matching both, and O is in the
  work's original language;
- weak (suggested only): T has translators, O is the only earlier record of that author in another
  language, and O has no translators itself.
"""

from __future__ import annotations

import bisect
import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from biblio.model import Link, LinkKind, Record
from biblio.store import persons as persons_store
from biblio.store import records as rows

if TYPE_CHECKING:
    from biblio.authority.starter import Work

MIN_TITLE = 2


@dataclass(frozen=True)
class Found:
    """A detected translation link ``src`` (the translation) -> ``dst`` (the original)."""

    src: str
    dst: str
    evidence: str
    strong: bool


def title_key(text: str) -> str:
    """Lower-case letters and digits only: punctuation, spaces and width differences do not count."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def titles_match(a: str, b: str) -> bool:
    """Equal titles, or one is the main title of the other (大棋局 / 大棋局:美国的首要地位…)."""
    ka, kb = title_key(a), title_key(b)
    if min(len(ka), len(kb)) < MIN_TITLE:
        return False
    return ka.startswith(kb) or kb.startswith(ka)


def original_title(record: Record) -> str:
    """The original title a translation names (BibLaTeX ``origtitle`` or CSL ``original-title``)."""
    value = record.extra.get("origtitle") or record.csl_extra.get("original-title") or ""
    return str(value)


def _titles(record: Record) -> list[str]:
    return [t.value for t in record.title if t.value]


def _lang(record: Record) -> str:
    return record.effective_language().split("-")[0].lower()


def _work_says(works: list[Work], trans: Record, orig: Record) -> Work | None:
    for work in works:
        if work.lang != _lang(orig) or _lang(trans) == work.lang:
            continue
        t_title, o_title = work.titles.get(_lang(trans), ""), work.titles.get(work.lang, "")
        if not (t_title and o_title):
            continue
        trans_ok = any(titles_match(t_title, x) for x in _titles(trans))
        if trans_ok and any(titles_match(o_title, x) for x in _titles(orig)):
            return work
    return None


def judge(trans: Record, orig: Record, works: list[Work]) -> Found | None:
    """The strong evidence that ``trans`` translates ``orig``, if any."""
    if trans.uid == orig.uid or _lang(trans) == _lang(orig):
        return None
    named = original_title(trans)
    if named and any(titles_match(named, x) for x in _titles(orig)):
        return Found(trans.uid, orig.uid, f"original title {named!r}", True)
    work = _work_says(works, trans, orig)
    if work is not None:
        return Found(trans.uid, orig.uid, f"authority work {work.titles.get(work.lang)!r} ({work.year})", True)
    return None


def _works_of(db: sqlite3.Connection, person: int) -> list[Work]:
    from biblio.authority.starter import starter_works

    ref = persons_store.starter_ref(db, person)
    return starter_works().get(ref, []) if ref else []


def detect(db: sqlite3.Connection, only: Iterable[str] | None = None) -> list[Found]:
    """Translation links the evidence supports (strong and weak) that are not stored yet.

    ``only`` restricts to pairs involving these uids (e.g. the records just imported). The authority
    must be synced (:func:`biblio.authority.service.sync_db`); the use cases that store what is found
    are in :mod:`biblio.library.works`.
    """
    wanted = set(only) if only is not None else None
    found: list[Found] = []
    for person, uids in persons_store.first_author_groups(db).items():
        if len(uids) < 2 or (wanted is not None and not wanted & set(uids)):
            continue
        records = list(rows.load_records(db, f"uid IN ({','.join('?' * len(uids))})", tuple(uids)))
        found += _detect_group(records, _works_of(db, person))
    return [f for f in found if wanted is None or f.src in wanted or f.dst in wanted]


def _detect_group(records: list[Record], works: list[Work]) -> list[Found]:
    """What :func:`judge` and the weak rule (the module's docstring) find for each record of one first author
    against the author's records in other languages, the first such record winning (the records in language
    groups, each group in the order given), in O(n log n): titles are looked up in an index, the earlier works
    counted by bisection.

    Judging every pair made an author with thousands of records cost millions of comparisons (an import of
    2,000 records of one author took over a minute; 1,500 records in each of two languages, 3.3 s per import
    touching the author)."""
    by_lang: dict[str, list[Record]] = {}
    for record in records:
        by_lang.setdefault(_lang(record), []).append(record)
    if len(by_lang) < 2:
        return []
    ordered = [record for group in by_lang.values() for record in group]  # the rank of a candidate original
    ranked: dict[str, list[tuple[int, Record]]] = {}
    start = 0
    for lang, group in by_lang.items():
        ranked[lang] = list(enumerate(group, start=start))
        start += len(group)
    indexes = {lang: _TitleIndex(pairs) for lang, pairs in ranked.items()}
    earlier = _EarlierWorks(ranked, ordered)
    found = []
    for lang, group in by_lang.items():
        for trans in group:
            if any(link.kind is LinkKind.TRANSLATION_OF for link in trans.links):
                continue
            strong = _strong(trans, lang, indexes, works, ordered)
            if strong is not None:
                found.append(strong)
            elif (weak := earlier.only_one(trans, lang)) is not None:
                found.append(weak)
    return found


def _strong(
    trans: Record, lang: str, indexes: dict[str, _TitleIndex], works: list[Work], ordered: list[Record]
) -> Found | None:
    """:func:`judge`'s verdict for the first record (by rank) of another language it finds evidence for."""
    named = original_title(trans)
    by_name = {r for other, index in indexes.items() if other != lang for r in index.matching(named)}
    by_work: dict[int, Work] = {}
    for work in works:
        if work.lang == lang or work.lang not in indexes:
            continue
        t_title, o_title = work.titles.get(lang, ""), work.titles.get(work.lang, "")
        if t_title and o_title and any(titles_match(t_title, x) for x in _titles(trans)):
            for rank in indexes[work.lang].matching(o_title):
                by_work.setdefault(rank, work)
    if not by_name and not by_work:
        return None
    rank = min(by_name | set(by_work))
    orig = ordered[rank]
    if rank in by_name:
        return Found(trans.uid, orig.uid, f"original title {named!r}", True)
    work = by_work[rank]
    return Found(trans.uid, orig.uid, f"authority work {work.titles.get(work.lang)!r} ({work.year})", True)


class _TitleIndex:
    """The records of one language by title key, for :func:`titles_match` lookups (one key a prefix of the
    other) in O(log n): keys cut to :data:`_INDEXED` characters find the candidates, the whole titles decide."""

    def __init__(self, ranked: list[tuple[int, Record]]) -> None:
        self._titles: dict[int, list[str]] = {}
        self._exact: dict[str, list[int]] = {}
        for r, record in ranked:
            self._titles[r] = _titles(record)
            for title in self._titles[r]:
                self._exact.setdefault(title_key(title)[:_INDEXED], []).append(r)
        self._sorted = sorted(self._exact)
        self._lengths = sorted({len(key) for key in self._exact})

    def matching(self, title: str) -> set[int]:
        """Ranks of the records with a title that :func:`titles_match` ``title``."""
        key = title_key(title)[:_INDEXED]
        if len(key) < MIN_TITLE:
            return set()
        found: set[int] = set()
        at = bisect.bisect_left(self._sorted, key)
        while at < len(self._sorted) and self._sorted[at].startswith(key):  # keys that go on from this one
            found.update(self._exact[self._sorted[at]])
            at += 1
        for length in self._lengths:  # keys this one goes on from
            if length >= len(key):
                break
            found.update(self._exact.get(key[:length], ()))
        return {r for r in found if any(titles_match(title, x) for x in self._titles[r])}


_INDEXED = 300  # characters of a title key the index holds (a longer key's candidates share all of them)


class _EarlierWorks:
    """The weak rule by counting (one earlier record in another language, without translators): per language,
    the years of the records without translators, sorted."""

    def __init__(self, ranked: dict[str, list[tuple[int, Record]]], ordered: list[Record]) -> None:
        self._ordered = ordered
        self._years = {
            lang: sorted((r.year, rank) for rank, r in pairs if not r.translators and r.year is not None)
            for lang, pairs in ranked.items()
        }

    def only_one(self, trans: Record, lang: str) -> Found | None:
        """The weak link when exactly one record in another language is earlier than the translation ``trans``."""
        if not trans.translators or trans.year is None:
            return None
        year = trans.year
        counts = {other: bisect.bisect_left(years, (year, -1)) for other, years in self._years.items() if other != lang}
        if sum(counts.values()) != 1:
            return None
        other = next(other for other, count in counts.items() if count)
        orig = self._ordered[self._years[other][0][1]]
        return Found(trans.uid, orig.uid, "same author, only earlier work in another language", False)


_LANGUAGE_NAMES = {"en": "english", "ru": "russian", "zh": "chinese", "ja": "japanese", "de": "german",
                   "fr": "french", "uk": "ukrainian", "ko": "korean"}  # fmt: skip


def original_fields(original: Record) -> dict[str, str]:
    """What a translation says about its original in BibLaTeX: origtitle, origlanguage, origdate."""
    fields = {"origtitle": original.main_title(), "origdate": original.date}
    language = _LANGUAGE_NAMES.get(_lang(original), "")
    if language:
        fields["origlanguage"] = language
    return {name: value for name, value in fields.items() if value}


def link_translation(record: Record, original: Record) -> bool:
    """Add the link and fill origtitle/origlanguage/origdate the record lacks; False if it was linked already."""
    link = Link(LinkKind.TRANSLATION_OF, original.uid)
    if link in record.links:
        return False
    record.links.append(link)
    for name, value in original_fields(original).items():
        if name == "origdate":
            record.origdate = record.origdate or value
        elif name not in record.extra and not (name == "origtitle" and original_title(record)):
            record.extra[name] = value
    return True


def unlink_translation(record: Record, original: Record) -> bool:
    """Remove the link and the orig* values that came from ``original``; False if there was no link."""
    link = Link(LinkKind.TRANSLATION_OF, original.uid)
    if link not in record.links:
        return False
    record.links.remove(link)
    for name, value in original_fields(original).items():
        if name == "origdate" and record.origdate == value:
            record.origdate = ""
        elif record.extra.get(name) == value:
            del record.extra[name]
    return True
