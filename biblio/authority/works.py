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

import sqlite3
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from biblio.model import Link, LinkKind, Record
from biblio.store import records as rows

if TYPE_CHECKING:
    from biblio.authority.starter import Work
    from biblio.library import Library

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


def _weak(trans: Record, others: list[Record]) -> Found | None:
    if not trans.translators or trans.year is None:
        return None
    earlier = [
        o for o in others
        if _lang(o) != _lang(trans) and not o.translators and o.year is not None and o.year < trans.year
    ]  # fmt: skip
    if len(earlier) != 1:
        return None
    return Found(trans.uid, earlier[0].uid, "same author, only earlier work in another language", False)


def _groups(db: sqlite3.Connection) -> dict[int, list[str]]:
    """First-author person -> uids of their records."""
    groups: dict[int, list[str]] = {}
    sql = (
        "SELECT rp.person, r.uid FROM record_persons rp JOIN records r ON r.id = rp.record"
        " WHERE rp.role = 'author' AND rp.position = 0 ORDER BY r.id"
    )
    for person, uid in db.execute(sql):
        groups.setdefault(person, []).append(uid)
    return groups


def _works_of(db: sqlite3.Connection, person: int) -> list[Work]:
    from biblio.authority.starter import starter_works

    row = db.execute("SELECT ref FROM persons WHERE id = ? AND origin = 'starter'", (person,)).fetchone()
    return starter_works().get(row[0], []) if row else []


def detect(db: sqlite3.Connection, only: Iterable[str] | None = None) -> list[Found]:
    """Translation links the evidence supports (strong and weak) that are not stored yet.

    ``only`` restricts to pairs involving these uids (e.g. the records just imported). The authority
    must be synced (:func:`biblio.authority.service.sync_db`).
    """
    wanted = set(only) if only is not None else None
    found: list[Found] = []
    for person, uids in _groups(db).items():
        if len(uids) < 2 or (wanted is not None and not wanted & set(uids)):
            continue
        records = list(rows.load_records(db, f"uid IN ({','.join('?' * len(uids))})", tuple(uids)))
        found += _detect_group(records, _works_of(db, person))
    return [f for f in found if wanted is None or f.src in wanted or f.dst in wanted]


def _detect_group(records: list[Record], works: list[Work]) -> list[Found]:
    found = []
    for trans in records:
        if any(link.kind is LinkKind.TRANSLATION_OF for link in trans.links):
            continue
        strong = [f for orig in records if (f := judge(trans, orig, works)) is not None]
        if strong:
            found.append(strong[0])
        elif (weak := _weak(trans, [r for r in records if r.uid != trans.uid])) is not None:
            found.append(weak)
    return found


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


def set_translation(library: Library, key: str, original_key: str, linked: bool = True) -> Record:
    """Link (or with ``linked=False`` unlink) record ``key`` as a translation of ``original_key``."""
    from biblio.errors import InputError

    original = library.get(original_key)

    def change(record: Record) -> Record:
        if record.uid == original.uid:
            raise InputError("a record cannot be a translation of itself")
        if linked:
            link_translation(record, original)
        elif not unlink_translation(record, original):
            raise InputError(f"{key} is not linked as a translation of {original_key}")
        return record

    return library.update(key, change)  # read and written in one transaction


def apply(library: Library, found: list[Found]) -> int:
    """Store the given links; returns how many were written."""
    written = 0
    for item in found:
        record, original = library.get_uid(item.src), library.get_uid(item.dst)
        if record is None or original is None or not link_translation(record, original):
            continue
        library.save(record)
        written += 1
    return written


def detect_and_link(library: Library, only: Iterable[str] | None = None) -> list[Found]:
    """Sync the authority, find translation links, store the strong ones; returns everything found."""
    from biblio.authority.service import refresh

    refresh(library)
    found = detect(library.store.db, only)
    apply(library, [f for f in found if f.strong])
    return found


def translations_of(library: Library, uid: str) -> list[str]:
    """Keys of the records linked as translations of the record ``uid`` (the other members of its family)."""
    found = rows.citing_uids(library.store.db, uid, LinkKind.TRANSLATION_OF)
    return [key for u in found if (key := library.key_of(u))]
