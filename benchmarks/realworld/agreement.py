"""Field agreement between a biblio :class:`Record` and an expected item written by another tool.

Shared by the ``cnki`` and ``tagged`` sections. The unit of agreement is one *field value* of the
expected item: one scalar field (title, volume, date ...), one creator, one tag, one line of Zotero's
``extra``, one note. Each unit is a hit or a miss; agreement = hits / units. A value biblio has and the
peer lacks costs nothing (the peer is the reference, and biblio keeps more than Zotero in several places;
these are listed as "biblio only" where it matters).

Values are compared after :func:`norm`: Unicode NFKC (full-width brackets and the ideographic space fold
to ASCII), HTML entities and tags removed, every dash-like character or run of them (``-``, ``–``, ``—``,
``——``) one ``-``, whitespace collapsed and dropped next to a CJK character (CNKI wraps Chinese text at
arbitrary places and tools join the pieces differently), case folded, trailing ``.,;:`` removed.

Two kinds of expected field:

* **mapped**: the field has a biblio slot (table :data:`ZOTERO_FIELDS`); the value must be in that slot.
* **kept**: biblio has no slot for it (``callNumber``, ``artworkSize``, ``court``, Zotero's ``extra``
  lines, notes ...); the value counts as a hit when biblio kept it verbatim anywhere in the record
  (``extra``, ``identifiers``, ``note``, another field). Nothing lost is the promise; these are reported
  apart so the strict part stays visible.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from biblio.importers.fieldmap import language_code
from biblio.model import EntryType, Name, Record
from biblio.model.kept_fields import ROLE_KEYS
from biblio.names.lists import make_names

_CJK = r"\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef"
_DASHES = re.compile(r"[\u2010-\u2015\u2212\u30fc\ufe58\ufe63\uff0d-]+")
_TAGS = re.compile(r"<[^<>]{0,200}>")
_SPACE_NEXT_TO_CJK = re.compile(rf"\s+(?=[{_CJK}])|(?<=[{_CJK}])\s+")


_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def norm(text: str) -> str:
    """The comparable form of a value (see the module docstring)."""
    # only entities ending in ";": a URL's "&param=1" is no entity (html.unescape reads it as "¶m=1")
    text = _ENTITY.sub(lambda m: html.unescape(m.group(0)), _TAGS.sub(" ", str(text)))
    text = unicodedata.normalize("NFKC", text)
    text = _DASHES.sub("-", text)
    text = " ".join(text.split())
    text = _SPACE_NEXT_TO_CJK.sub("", text)
    return text.casefold().rstrip(".,;: ")


def name_key(text: str) -> str:
    """A name with spaces, dots, hyphens and commas removed (``S. A.`` = ``S.A.``)."""
    return re.sub(r"[\s.,\-‐·・'’]+", "", norm(text))


@dataclass(slots=True)
class Unit:
    """One compared value."""

    field: str
    expected: str
    got: str
    hit: bool
    kind: str = "mapped"  # or "kept"


@dataclass(slots=True)
class ItemResult:
    """The units of one expected item and whether its type was right."""

    source: str
    expected_type: str
    got_type: str
    type_ok: bool
    units: list[Unit] = field(default_factory=list)

    @property
    def hits(self) -> int:
        return sum(u.hit for u in self.units)


# Zotero item type -> the biblio types that are right for it.
ZOTERO_TYPES: dict[str, frozenset[EntryType]] = {
    "journalArticle": frozenset({EntryType.ARTICLE}),
    "magazineArticle": frozenset({EntryType.MAGAZINE}),
    "newspaperArticle": frozenset({EntryType.NEWSPAPER}),
    "book": frozenset({EntryType.BOOK, EntryType.COLLECTION}),
    "bookSection": frozenset({EntryType.INCOLLECTION, EntryType.INBOOK}),
    "thesis": frozenset({EntryType.THESIS}),
    "conferencePaper": frozenset({EntryType.INPROCEEDINGS}),
    # Zotero's RIS translator reads a standard (STAND) as a report: Zotero had no standard type before 7
    "report": frozenset({EntryType.REPORT, EntryType.STANDARD}),
    "patent": frozenset({EntryType.PATENT}),
    "standard": frozenset({EntryType.STANDARD}),
    "dataset": frozenset({EntryType.DATASET}),
    "webpage": frozenset({EntryType.ONLINE}),
    "blogPost": frozenset({EntryType.ONLINE}),
    "forumPost": frozenset({EntryType.ONLINE}),
    "encyclopediaArticle": frozenset({EntryType.INCOLLECTION, EntryType.INBOOK}),
    "dictionaryEntry": frozenset({EntryType.INCOLLECTION, EntryType.INBOOK}),
    "manuscript": frozenset({EntryType.MISC}),
    "document": frozenset({EntryType.MISC}),
}
# Zotero types with no biblio counterpart (artwork, film, case, statute ...) are right as misc.
OTHER_TYPES_OK = frozenset({EntryType.MISC})

_PRIMARY = {
    "author",
    "inventor",
    "artist",
    "director",
    "programmer",
    "performer",
    "composer",
    "podcaster",
    "presenter",
    "interviewee",
    "sponsor",
    "cartographer",
}
_EDITORS = {"editor", "seriesEditor", "bookAuthor"}


def _titles(r: Record) -> list[str]:
    """The titles, and the main title joined to each subtitle (``A: B``: a title read in two parts is whole)."""
    joined = [f"{r.title[0].value}{sep}{s.value}" for s in r.subtitle for sep in (": ", " ")] if r.title else []
    return [t.value for t in r.title] + joined


def _containers(r: Record) -> list[str]:
    return [t.value for t in r.container] + [r.extra.get(k, "") for k in ("eventtitle", "shortjournal")]


Getter = Callable[[Record], Iterable[str]]


def _kept(key: str) -> Getter:
    """A documented ``Record.extra`` name (:mod:`biblio.model.kept_fields`); each ``; `` part is a value."""
    return lambda r: [r.extra.get(key, ""), *r.extra.get(key, "").split("; ")]


ZOTERO_FIELDS: dict[str, Getter] = {
    "title": _titles,
    "caseName": _titles,
    "nameOfAct": _titles,
    "subject": _titles,
    "abstractNote": lambda r: [t.value for t in r.abstract],
    "publicationTitle": _containers,
    "proceedingsTitle": _containers,
    "bookTitle": _containers,
    "websiteTitle": _containers,
    "blogTitle": _containers,
    "forumTitle": _containers,
    "dictionaryTitle": _containers,
    "encyclopediaTitle": _containers,
    "programTitle": _containers,
    "conferenceName": _containers,
    "journalAbbreviation": lambda r: [r.extra.get("shortjournal", ""), *_containers(r)],
    "shortTitle": lambda r: [r.extra.get("shorttitle", ""), *_titles(r)],
    "volume": lambda r: [r.volume],
    "issue": lambda r: [r.number],
    "number": lambda r: [r.number],
    "reportNumber": lambda r: [r.number],
    "patentNumber": lambda r: [r.number],
    "billNumber": lambda r: [r.number],
    "documentNumber": lambda r: [r.number],
    "seriesNumber": lambda r: [r.number, r.volume],
    "pages": lambda r: [r.pages],
    "numPages": lambda r: [r.pagetotal],
    "publisher": lambda r: [r.publisher],
    "place": lambda r: [r.place],
    "country": lambda r: [r.place],
    "edition": lambda r: [r.edition],
    "series": lambda r: [r.series],
    "seriesTitle": lambda r: [r.series],
    "university": lambda r: [r.institution],
    "institution": lambda r: [r.institution],
    "thesisType": lambda r: [r.genre],
    "reportType": lambda r: [r.genre],
    "genre": lambda r: [r.genre],
    "manuscriptType": lambda r: [r.genre],
    "websiteType": lambda r: [r.genre],
    "letterType": lambda r: [r.genre],
    "mapType": lambda r: [r.genre],
    "url": lambda r: [r.url],
    "accessDate": lambda r: [r.urldate],
    # legal, media, software and patent fields: biblio's slot, else its documented extra name
    "code": _containers,
    "reporter": _containers,
    "publicLawNumber": lambda r: [r.number],
    "docketNumber": lambda r: [r.number],
    "codeVolume": lambda r: [r.volume],
    "reporterVolume": lambda r: [r.volume],
    "codeNumber": lambda r: [r.volume],
    "codePages": lambda r: [r.pages],
    "firstPage": lambda r: [r.pages],
    "court": lambda r: [r.institution],
    "legislativeBody": lambda r: [r.institution],
    "issuingAuthority": lambda r: [r.institution],
    "distributor": lambda r: [r.publisher],
    "label": lambda r: [r.publisher],
    "studio": lambda r: [r.publisher],
    "network": lambda r: [r.publisher],
    "company": lambda r: [r.publisher],
    "repository": lambda r: [r.publisher],
    "repositoryLocation": lambda r: [r.place],
    "numberOfVolumes": _kept("volumes"),
    "versionNumber": _kept("version"),
    "artworkMedium": _kept("medium"),
    "audioRecordingFormat": _kept("medium"),
    "videoRecordingFormat": _kept("medium"),
    "artworkSize": _kept("dimensions"),
    "runningTime": _kept("dimensions"),
    "scale": _kept("scale"),
    "session": _kept("session"),
    "history": _kept("history"),
    "committee": _kept("committee"),
    "legalStatus": _kept("legalstatus"),
    "references": _kept("references"),
    "priorityNumbers": _kept("prioritynumbers"),
    # (applicationNumber stays kept-only: Zotero's CNKI translators write the patent's kind, 发明公开, there)
    "assignee": _kept("holder"),
}
_DATE_FIELDS = {"date", "issueDate", "dateDecided", "dateEnacted"}
_ID_FIELDS = {"ISBN": "isbn", "ISSN": "issn"}
_SKIPPED = {"itemType", "creators", "tags", "notes", "attachments", "seeAlso", "relations", "collections"}


def compare_zotero(item: dict[str, object], record: Record | None, source: str) -> ItemResult:
    """The units of one Zotero item against ``record`` (``None``: every unit is a miss)."""
    kind = str(item.get("itemType", ""))
    got_type = record.type.value if record else ""
    allowed = ZOTERO_TYPES.get(kind, OTHER_TYPES_OK)
    result = ItemResult(source, kind, got_type, bool(record) and record.type in allowed)  # type: ignore[union-attr]
    bag = _bag(record) if record else []
    for name, value in item.items():
        if name in _SKIPPED or value in ("", None, [], {}):
            continue
        result.units += _field_units(name, str(value), record, bag)
    for creator in item.get("creators", []) or []:  # type: ignore[attr-defined]
        result.units.append(_creator_unit(creator, record))
    for tag in item.get("tags", []) or []:  # type: ignore[attr-defined]
        value = tag["tag"] if isinstance(tag, dict) else str(tag)
        words = {norm(k.value) for k in record.keywords} if record else set()
        result.units.append(Unit("tags", value, "", norm(value) in words))
    for note in item.get("notes", []) or []:  # type: ignore[attr-defined]
        text = note["note"] if isinstance(note, dict) else str(note)
        result.units.append(_kept_unit("notes", text, bag))
    return result


def _field_units(name: str, value: str, record: Record | None, bag: list[str]) -> list[Unit]:
    if name == "extra":
        return [_kept_unit("extra", line.split(": ", 1)[-1], bag) for line in value.splitlines() if line.strip()]
    if record is None:
        return [Unit(name, value, "", False)]
    special = _SPECIAL.get(name) or (_id_unit if name in _ID_FIELDS else None)
    if special is not None:
        return [special(name, value, record, bag)]
    getter = ZOTERO_FIELDS.get(name)
    if getter is None:
        return [_kept_unit(name, value, bag)]
    got = [v for v in getter(record) if v]
    return [Unit(name, value, " | ".join(got)[:200], norm(value) in {norm(v) for v in got})]


def _doi_unit(name: str, value: str, record: Record, bag: list[str]) -> Unit:
    return Unit(name, value, record.doi, norm(value) == norm(record.doi))


def _url_unit(name: str, value: str, record: Record, bag: list[str]) -> Unit:
    """A ``doi.org`` URL Zotero made from the DOI agrees with the DOI. URLs compare without whitespace: a URL has
    none, and a wrapped one joined back with a space (Zotero, JabRef) is the same URL."""
    got = record.url or ("https://doi.org/" + record.doi if record.doi else "")
    return Unit(name, value, got, url_key(value) in {url_key(record.url), url_key(got)})


def url_key(text: str) -> str:
    """A URL's comparable form: :func:`norm` without any whitespace."""
    return "".join(norm(text).split())


def _id_unit(name: str, value: str, record: Record, bag: list[str]) -> Unit:
    return _identifier_unit(name, value, getattr(record, _ID_FIELDS[name]))


def _kept_unit(name: str, value: str, bag: list[str]) -> Unit:
    wanted = norm(value)
    hit = bool(wanted) and any(wanted in v for v in bag)
    return Unit(name, value, "", hit or not wanted, kind="kept")


def _date_unit(name: str, value: str, record: Record, bag: list[str]) -> Unit:
    """Zotero's ``0000 Text`` is a date it could not parse: biblio must not invent one and must keep the text.

    (Zotero joins the unparsed texts of several date tags; biblio keeps each in ``extra["date_unparsed"]``.)
    """
    if value.startswith("0000 "):
        kept = record.extra.get("date_unparsed", "")
        return Unit(name, value, kept, not record.date and bool(kept), kind="kept")
    return Unit(name, value, record.date, _date_parts(value) == _date_parts(record.date))


def _date_parts(text: str) -> tuple[str, ...]:
    match = re.match(r"\s*(\d{4})(?:[-/.](\d{1,2}))?(?:[-/.](\d{1,2}))?", text)
    if not match:
        return (norm(text),)
    return tuple(str(int(p)) if p and int(p) else "" for p in match.groups())


def _identifier_unit(name: str, value: str, got: str) -> Unit:
    wanted = {re.sub(r"[^0-9x]", "", v.lower()) for v in re.split(r"[\s,;]+", value) if v}
    have = {re.sub(r"[^0-9x]", "", v.lower()) for v in re.split(r"[\s,;]+", got) if v}
    if not any(w.isdigit() or w.rstrip("x").isdigit() for w in wanted if w):  # a placeholder ("ISBN")
        return Unit(name, value, got, norm(value) in {norm(v) for v in re.split(r"[\s,;]+", got)})
    return Unit(name, value, got, bool(wanted - {""}) and (wanted - {""}) <= have)


def _language_unit(name: str, value: str, record: Record, bag: list[str]) -> Unit:
    code = (language_code(value) or norm(value)).split("-")[0]  # primary subtags compared (en-US = en)
    got = record.language.split("-")[0]
    kept = norm(record.extra.get("language", ""))  # a language name biblio has no code for, kept as written
    return Unit("language", value, record.language, code == got or norm(value) in (norm(record.language), kept))


def _creator_unit(creator: dict[str, object], record: Record | None) -> Unit:
    last, first = str(creator.get("lastName", "") or creator.get("name", "")), str(creator.get("firstName", ""))
    role = str(creator.get("creatorType", "author"))
    shown = f"{last}, {first}" if first else last
    if record is None:
        return Unit(f"creator:{role}", shown, "", False)
    if role in _PRIMARY:
        people = record.authors
    elif role in _EDITORS:
        people = record.editors + (make_names([record.extra["bookauthor"]]) if "bookauthor" in record.extra else [])
    elif role == "translator":
        people = record.translators
    else:
        people = record.authors + record.editors + record.translators
    keys = {k for n in people for k in _name_keys(n)}
    if role not in _PRIMARY:  # the other people: a thesis's advisors, a film's producers, a letter's recipients
        others = [p for key in (*ROLE_KEYS, "organization") for p in re.split(r"\s*;\s*", record.extra.get(key, ""))]
        keys |= {name_key(p) for p in others + [f.funder for f in record.funding] if p}
    got = "; ".join(n.display() for n in people)[:200]
    return Unit(f"creator:{role}", shown, got, all(_person_keys(person) & keys for person in _people_in(last, first)))


# A role word written into a name ("Brown, A. (ed.)", "Green, B., ed.", "Grey, E. (trans.)"): Zotero keeps it in
# the name, biblio takes it for the role the tag already gives; the person is the same.
_ROLE_WORDS = r"(?:eds?|editors?|trans|tr|transl|comp|hrsg|hg|éds?|dir|red)"
_ROLE_IN_NAME = re.compile(rf"(?:\s*\({_ROLE_WORDS}\.?\)|,\s*{_ROLE_WORDS}\.)\s*$", re.I)


def _people_in(last: str, first: str) -> list[tuple[str, str]]:
    """The people of one Zotero creator: several written in one tag ("AU - Smith, J.; Doe, K.") are one creator
    named "J.; Doe, K." in Zotero and each a person in biblio; the unit holds when every one of them is there."""
    written = f"{last}, {first}" if first else last
    parts = [p.strip() for p in written.split(";") if p.strip()] if ";" in first else [written]
    people = []
    for part in parts:
        family, _, given = part.partition(",") if ";" in first else (last, "", first)
        people.append((_ROLE_IN_NAME.sub("", family.strip()), _ROLE_IN_NAME.sub("", given.strip())))
    return people


def _person_keys(person: tuple[str, str]) -> set[str]:
    last, first = person
    return {name_key(last + first), name_key(first + last)}


def _name_keys(name: Name) -> set[str]:
    forms = {name.literal, name.written, name.family + name.given, name.given + name.family, name.display()}
    if name.suffix:  # BibTeX's "Last, Jr., First" and "First Last Jr."
        forms |= {name.family + name.suffix + name.given, name.given + name.family + name.suffix}
    return {name_key(f) for f in forms if f}


def _bag(record: Record) -> list[str]:
    """Every value the record holds, normalized (for ``kept`` units)."""
    values: list[str] = [
        record.series,
        record.volume,
        record.number,
        record.pages,
        record.pagetotal,
        record.edition,
        record.publisher,
        record.place,
        record.institution,
        record.genre,
        record.date,
        record.urldate,
        record.origdate,
        record.url,
        record.doi,
        record.isbn,
        record.issn,
        record.note,
        record.user_note,  # Zotero's child notes, read from Zotero item JSON
        record.language,
    ]
    for texts in (record.title, record.subtitle, record.container, record.abstract, record.keywords):
        values += [t.value for t in texts]
    for person in record.authors + record.editors + record.translators:
        values += [person.display(), person.romanized, f"{person.family}, {person.given}"]
    values += list(record.identifiers.values()) + list(record.extra.values())
    values += [f.text for f in record.funding]
    values += [str(v) for v in record.csl_extra.values()]
    return [norm(v) for v in values if v]


def _pages_unit(name: str, value: str, record: Record, bag: list[str]) -> Unit:
    """Pages compare without spaces (``94-98,93`` = ``94-98, 93``). Zotero writes an article number into the
    pages when there are none (its Web of Science translator); biblio keeps it as the article's ``eid``."""
    got = record.pages or record.extra.get("eid", "")
    return Unit(name, value, got, norm(value).replace(" ", "") == norm(got).replace(" ", ""))


_SPECIAL: dict[str, Callable[[str, str, Record, list[str]], Unit]] = {
    "pages": _pages_unit,
    "DOI": _doi_unit,
    "url": _url_unit,
    "language": _language_unit,
    **dict.fromkeys(_DATE_FIELDS, _date_unit),
}


# biblio value -> the Zotero fields that would hold it; used to list what biblio keeps and Zotero drops
_BIBLIO_ONLY: dict[str, tuple[Callable[[Record], object], tuple[str, ...]]] = {
    "url": (lambda r: r.url, ("url",)),
    "doi": (lambda r: r.doi, ("DOI", "extra")),
    "authors": (lambda r: r.authors, ("creators",)),
    "publisher": (lambda r: r.publisher, ("publisher", "extra", "institution", "university")),
    "pages": (lambda r: r.pages, ("pages",)),
    "issn": (lambda r: r.issn, ("ISSN",)),
    "affiliation": (lambda r: r.extra.get("affiliation"), ()),
    "CN serial number": (lambda r: r.identifiers.get("cn"), ()),
    "effective date (U4)": (lambda r: r.extra.get("refworks-u4"), ("extra",)),
}


def biblio_only(item: dict[str, object], record: Record | None) -> list[str]:
    """Fields biblio filled from the file where Zotero's item has nothing."""
    if record is None:
        return []
    return [
        name
        for name, (value, zotero) in _BIBLIO_ONLY.items()
        if value(record) and not any(item.get(z) not in (None, "", []) for z in zotero)
    ]
