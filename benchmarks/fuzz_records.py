"""Seeded random RIS and Refer records for :mod:`ris_differential`: realistic value shapes, random tag subsets.

Each record is a list of ``(tag, value)`` pairs. The type is any RIS type Zotero's ``RIS.js`` knows (or any
``%0`` type for Refer); the tags are a random subset of 2-15 of those relevant to the type's family (a journal's
``JO``/``VL``/``IS``, a book's ``PB``/``CY``/``ET``/``T3``/``NV``, a bill's ``M1``/``OP`` ...), some repeated,
with values in the shapes real exports use: personal names in several forms and corporate names, dates in
several forms, page ranges, numbers, places ``City, ST``, editions ``2nd ed.``. A ProCite-shaped record (ProCite's
RIS export writes fields RIS has no tag for as ``N1  - Label: value`` notes, and a role note after its people)
is made by :func:`procite_record`. Values are unique within a record, so a missed value names its tag.
"""

from __future__ import annotations

import random
from collections.abc import Callable

from realworld.ris_peers import ZOTERO_TYPES

# every TY code RIS.js (2017) reads: its import map, the codes it exports, and biblio's extra ones
RIS_TYPES: tuple[str, ...] = tuple(sorted(set(ZOTERO_TYPES) | {"UNBILL", "UNPD", "GRNT"}))

_COMMON = "AU AU A1 PY DA Y1 KW KW AB N2 N1 UR DO SN LA ST J2 AN CN DB DP Y2 M3 ID".split()
_COMMON += "AV CR H1 M2 LB CA RI TT TA RN AD".split()  # Citavi's H1 (with H2), RefMan's AV, rights, labels ...
# tags real exports repeat (people, keywords, notes, links, both ISSNs); the others appear once
REPEATED = frozenset("AU A1 A2 A3 A4 ED KW N1 UR SN".split())
_PERIODICAL = "T2 JO JF JA VL IS SP EP M1 ET A2 C6 C7 SE".split()
_BOOKISH = "T2 T3 BT PB CY PP ET VL NV SP EP SE SV M1 A2 A3 ED A4 C1 C2 C3 C4 C5 OP RI".split()
_LEGAL = "T2 T3 A2 A3 A4 PB CY VL IS M1 SP EP SV SE OP ET C1 C2 C3 C5 RI".split()
_MEDIA = "T2 T3 A2 A3 A4 PB CY ET VL IS M1 SP C1 C2 C3 C4 C5 C6 OP".split()
_FAMILY = {
    **dict.fromkeys("JOUR EJOUR JFULL ABST INPR MGZN NEWS CTLG GEN GRANT GRNT".split(), _PERIODICAL),
    **dict.fromkeys("BILL CASE STAT HEAR LEGAL UNBILL PAT".split(), _LEGAL),
    **dict.fromkeys("ADVS MPCT VIDEO MULTI MUSIC SOUND ART CHART FIGURE SLIDE COMP MAP".split(), _MEDIA),
}

_GIVEN = "John Anna Wei Olga José Marie Kenji Fatima Lars Priya".split()
_FAMILY_NAMES = "Smith Müller Zhang Ivanova García Dubois Tanaka Haddad Nilsson Sharma".split()
_CORPORATE = ("World Health Organization", "U.S. Congress", "National Research Council", "IEEE", "UNESCO")
_CITIES = ("Boston, MA", "London", "New York, NY", "Berlin", "Oxford, UK", "Washington, D.C.", "Paris")
_WORDS = "atlas river policy growth signal memory coast theory market winter garden protein urban".split()
_ISBNS = ("9780198526636", "0-19-852663-6", "978-3-16-148410-0", "0306406152")
_ISSNS = ("0028-0836", "1234-5679", "0036-8075", "2049-3630")
_MONTHS = "January February March April May June July August September October November December".split()


def person(rng: random.Random) -> str:
    """A name as exports write it: ``Last, First``, ``Last, F. M.``, ``First Last``, ``Last, First, Jr.``, a body."""
    last, first = rng.choice(_FAMILY_NAMES), rng.choice(_GIVEN)
    shapes: tuple[str, ...] = (
        f"{last}, {first}",
        f"{last}, {first[0]}.",
        f"{last}, {first[0]}. {rng.choice(_GIVEN)[0]}.",
        f"{first} {last}",
        f"{last}, {first}, Jr.",
        f"van der {last}, {first}",
        f"{last}, {first[0]}.{rng.choice(_GIVEN)[0]}.",
        f"{last} {first[0]}",
        rng.choice(_CORPORATE),
    )
    return rng.choice(shapes)


def date(rng: random.Random, when: tuple[int, int, int] | None = None, *, yearless: bool = False) -> str:
    """A date in one of the forms exports use (``when``: the record's own date, as year, month, day)."""
    year, month, day = when or (rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28))
    shapes: tuple[str, ...] = (
        f"{year}",
        f"{year}/{month:02}/{day:02}",
        f"{year}/{month:02}/{day:02}/",
        f"{year}/{month:02}//",
        f"{year}///",
        f"{year}/{month:02}",
        f"{_MONTHS[month - 1]} {year}",
        f"{year} {_MONTHS[month - 1][:3]} {day}",
        f"{year}-{month:02}-{day:02}",
        f"{year}///Spring",
    )
    if yearless:  # EndNote's DA: month and day, the year in PY
        shapes += (f"{_MONTHS[month - 1][:3]} {day}", "Spring")
    return rng.choice(shapes)


def _text(rng: random.Random, words: int = 3) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(words)).capitalize()


def _number(rng: random.Random) -> str:
    shapes = (str(rng.randint(1, 60)), f"{rng.randint(1, 12)}-{rng.randint(13, 20)}", f"Suppl {rng.randint(1, 3)}")
    return rng.choice(shapes)


def _pages(rng: random.Random) -> str:
    start = rng.randint(1, 400)
    return rng.choice((f"{start}-{start + rng.randint(1, 30)}", str(start), f"e{start}", f"{start}pp"))


def value(tag: str, code: str, rng: random.Random, when: tuple[int, int, int] | None = None) -> str:
    """A realistic value for ``tag`` in a record of type ``code`` (``when``: the record's date, which its date
    tags write in their own forms; ``PY`` mostly as the year alone)."""
    if tag in ("AU", "A1", "A2", "A3", "A4", "ED"):
        return person(rng)
    if tag in ("PY", "Y1", "DA", "Y2"):
        return _date_tag(tag, rng, when)
    if tag in ("VL", "IS", "NV", "SE", "SV", "M1", "M2"):
        return _number(rng)
    if tag in ("SP", "EP"):
        return _pages(rng) if tag == "SP" else str(rng.randint(401, 900))
    shaped: Shape = _SHAPED.get(tag, _free)
    return shaped(rng, tag, code)


def _date_tag(tag: str, rng: random.Random, when: tuple[int, int, int] | None) -> str:
    if tag == "Y2":  # the day it was read: its own date
        return date(rng)
    if tag == "PY" and when and rng.random() < 0.7:
        return str(when[0])
    return date(rng, when, yearless=tag == "DA")


def _serial(rng: random.Random, code: str) -> str:
    """An ``SN`` as the type's exports write it: a periodical's ISSN, a report's or patent's number, else an ISBN."""
    if code in ("JOUR", "EJOUR", "JFULL", "ABST", "MGZN", "NEWS", "INPR", "GEN"):
        return rng.choice(_ISSNS)
    if code in ("RPRT", "GOVDOC", "PAT", "STAND"):
        return rng.choice((f"TR-{rng.randint(1, 999)}", f"US{rng.randint(1000000, 9999999)}"))
    return rng.choice(_ISBNS)


# M3 per type: its kind of work (EndNote's "Type of Work", Zotero's thesisType, reportType, artworkMedium ...)
_M3 = {"THES": "PhD thesis", "RPRT": "Technical report", "ART": "Oil on canvas", "MAP": "Road map", "PCOMM": "Letter"}
_M3 |= {"SLIDE": "Keynote", "MANSCPT": "Draft", "ELEC": "Blog", "BLOG": "Blog", "GOVDOC": "White paper"}


def _free(rng: random.Random, tag: str, code: str) -> str:
    return f"{_text(rng)} {tag.lower()}{rng.randint(10, 99)}"


def _c_tag(rng: random.Random, tag: str, code: str) -> str:
    """``C1``-``C8`` hold people, dates, places, sizes or text depending on the type."""
    kind = rng.choice(("person", "date", "place", "text", "size"))
    if kind == "person":
        return person(rng)
    if kind == "date":
        return date(rng)
    if kind == "place":
        return rng.choice(_CITIES)
    return f"{rng.randint(10, 90)} x {rng.randint(10, 90)} cm" if kind == "size" else _free(rng, tag, code)


Shape = Callable[[random.Random, str, str], str]
_SHAPED: dict[str, Shape] = {
    "SN": lambda rng, tag, code: _serial(rng, code),
    "DO": lambda rng, tag, code: f"10.{rng.randint(1000, 9999)}/x{rng.randint(1, 9999)}",
    "UR": lambda rng, tag, code: (
        f"https://example.org/{rng.choice(_WORDS)}/{rng.randint(1, 9999)}"
        if rng.random() < 0.95
        else f"PM:{rng.randint(1000000, 9999999)}"
    ),  # RefMan's PubMed id in UR
    "LA": lambda rng, tag, code: rng.choice(("English", "en", "French", "ger", "Russian")),
    "CY": lambda rng, tag, code: rng.choice(_CITIES),
    "PP": lambda rng, tag, code: rng.choice(_CITIES),
    "ET": lambda rng, tag, code: rng.choice(("2nd ed.", "3", "Third edition", "Rev. ed.", "1.2.3", "105th")),
    "KW": lambda rng, tag, code: rng.choice(_WORDS) + f" {rng.randint(1, 99)}",
    "M3": lambda rng, tag, code: (
        _M3.get(code, "Type of work")
        if code not in _FAMILY or _FAMILY[code] is not _PERIODICAL
        else f"10.{rng.randint(1000, 9999)}/m{rng.randint(1, 99)}"
    ),  # a DOI in a periodical's M3 (EndNote)
    **dict.fromkeys(("C1", "C2", "C3", "C4", "C5", "C6", "C7", "C8"), _c_tag),
}


def random_record(rng: random.Random, code: str | None = None) -> list[tuple[str, str]]:
    """One RIS record: its ``TY``, a title, then 2-15 tags drawn from those relevant to its type."""
    code = code or rng.choice(RIS_TYPES)
    pool = _COMMON + _FAMILY.get(code, _BOOKISH)
    tags = [rng.choice(pool) for _ in range(rng.randint(2, 15))]
    tags = [t for n, t in enumerate(tags) if t in REPEATED or t not in tags[:n]]
    title_tag = rng.choice(("TI", "TI", "TI", "T1", "CT"))
    pairs = [("TY", code), (title_tag, f"{_text(rng, 4)} {rng.randint(100, 999)}")]
    when = (rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28))
    seen: set[str] = set()
    for tag in tags:
        made = value(tag, code, rng, when)
        if made not in seen:
            seen.add(made)
            pairs.append((tag, made))
            if tag == "H1":  # Citavi writes a library (H1) and its call number (H2) in pairs
                pairs.append(("H2", value("H2", code, rng)))
    return pairs


# ProCite's labels (RIS.js ProCiteCleaner) and the value shapes under them
PROCITE_LABELS: dict[str, Callable[[random.Random], str]] = {
    "Edition": lambda rng: rng.choice(("2nd ed.", "3rd", "Rev. ed.")),
    "Series Volume ID": lambda rng: str(rng.randint(1, 60)),
    "Volume ID": lambda rng: str(rng.randint(1, 30)),
    "Issue ID": lambda rng: str(rng.randint(1, 12)),
    "Place of Publication": lambda rng: rng.choice(_CITIES),
    "Publisher Name": lambda rng: rng.choice(_CORPORATE) + " Press",
    "Series Title": lambda rng: _text(rng) + " series",
    "Proceedings Title": lambda rng: "Proceedings of the " + _text(rng),
    "Page(s)": _pages,
    "Scale": lambda rng: f"1:{rng.choice((25000, 50000, 100000))}",
    "Histroy": lambda rng: "Referred to " + _text(rng),
    "Size": lambda rng: f"{rng.randint(10, 90)} x {rng.randint(10, 90)} cm",
    "Call Number": lambda rng: f"QA{rng.randint(1, 999)} .{rng.choice('ABCDEFG')}{rng.randint(1, 99)}",
    "ISBN": lambda rng: rng.choice(_ISBNS),
    "Language": lambda rng: rng.choice(("English", "French")),
}


def _first_last(rng: random.Random) -> str:
    return f"{rng.choice(_GIVEN)} {rng.choice(_FAMILY_NAMES)}"


# ProCite's other notes: subsidiary authors (First Last; ...), the extent of a work, record ids, plain notes
PROCITE_OTHER: tuple[Callable[[random.Random], str], ...] = (
    lambda rng: f"Author, Subsidiary: {_first_last(rng)}; {_first_last(rng)}",
    lambda rng: f"Author, Monographic: {_first_last(rng)}",
    lambda rng: f"Extent of Work: {rng.randint(50, 900)} {rng.choice(('p.', 'pages', 'vols.', 'v'))}",
    lambda rng: f"Record Number: {rng.randint(1, 999)}",
    lambda rng: f"Notes: {_text(rng)}",
    lambda rng: "Connective Phrase: In",
)
PROCITE_ROLES: tuple[str, ...] = ("editor", "Editor", "Series Editor", "Producer", "Translator", "Performer")
PROCITE_ROLES += ("Director", "Compiler", "edited by", "Editor, Translator", "Author", "Actor", "Cartographer")
PROCITE_ROLES += ("Composer and Performer",)
PROCITE_ROLE_LABELS = ("Author Role", "Editor/Compiler Role", "Series Editor Role", "Producer Role", "Artist Role")


def procite_record(rng: random.Random) -> list[tuple[str, str]]:
    """A record as ProCite's RIS export writes it: people under ``A1``/``A2``/``A3`` followed by a role note, and
    fields RIS has no tag for as ``N1  - Label: value``."""
    code = rng.choice(("BOOK", "CHAP", "CONF", "MAP", "ART", "MPCT", "VIDEO", "SOUND", "COMP", "BILL", "RPRT", "JOUR"))
    pairs = [("TY", code), ("T1", f"{_text(rng, 4)} {rng.randint(100, 999)}")]
    for tag in rng.sample(("A1", "A2", "A3"), rng.randint(1, 3)):
        pairs += [(tag, person(rng)) for _ in range(rng.randint(1, 2))]
        if rng.random() < 0.7:
            pairs.append(("N1", f"{rng.choice(PROCITE_ROLE_LABELS)}: {rng.choice(PROCITE_ROLES)}"))
    for label in rng.sample(sorted(PROCITE_LABELS), rng.randint(1, 5)):
        pairs.append(("N1", f"{label}: {PROCITE_LABELS[label](rng)}"))
    pairs += [("N1", rng.choice(PROCITE_OTHER)(rng)) for _ in range(rng.randint(0, 2))]
    when = (rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28))
    for tag in rng.sample(("Y1", "PB", "CY", "VL", "IS", "SP", "T2", "T3", "M1", "KW"), rng.randint(1, 5)):
        pairs.append((tag, value(tag, code, rng, when)))
    return pairs


def ris_text(records: list[list[tuple[str, str]]]) -> str:
    """The records as one RIS file."""
    return "".join("".join(f"{t}  - {v}\n" for t, v in pairs) + "ER  - \n\n" for pairs in records)


REFER_TYPES = (
    "Journal Article, Book, Book Section, Edited Book, Thesis, Report, Conference Paper, Conference Proceedings,"
    " Newspaper Article, Magazine Article, Web Page, Electronic Article, Electronic Book, Generic, Patent, Statute,"
    " Case, Bill, Film or Broadcast, Map, Computer Program, Unpublished Work, Government Document, Encyclopedia,"
    " Dictionary, Artwork, Personal Communication, Hearing, Audiovisual Material, Ancient Text, Chart or Table,"
    " Classical Work, Equation, Figure, Grant, Legal Rule or Regulation, Online Database, Online Multimedia,"
    " Electronic Source, Manuscript"
).split(", ")
_REFER_POOL = "A A A E ? Q T S V N C I R P W * @ L M U 7 X G J B 9 H O Z D 8 K Y".split()
_REFER_AS_RIS = {"A": "AU", "E": "ED", "?": "A4", "Y": "A3", "D": "PY", "8": "DA", "V": "VL", "N": "IS", "P": "SP"}
_REFER_AS_RIS |= {"C": "CY", "7": "ET", "@": "SN", "U": "UR", "G": "LA", "K": "KW", "Q": "Q"}


def refer_record(rng: random.Random) -> list[tuple[str, str]]:
    """One Refer record: ``%0`` type, ``%T``, then 2-15 tags with values shaped as the RIS tag of the same field."""
    kind = rng.choice(REFER_TYPES)
    pairs = [("0", kind), ("T", f"{_text(rng, 4)} {rng.randint(100, 999)}")]
    when = (rng.randint(1950, 2024), rng.randint(1, 12), rng.randint(1, 28))
    seen: set[str] = set()
    tags = [rng.choice(_REFER_POOL) for _ in range(rng.randint(2, 15))]
    for tag in [t for n, t in enumerate(tags) if t in "AE?KZ" or t not in tags[:n]]:
        ris = _REFER_AS_RIS.get(tag, "")
        made = rng.choice(_CORPORATE) if ris == "Q" else value(ris, "GEN", rng, when) if ris else _free(rng, tag, "GEN")
        if made not in seen:
            seen.add(made)
            pairs.append((tag, made))
    return pairs


def refer_text(records: list[list[tuple[str, str]]]) -> str:
    """The records as one Refer file, a blank line between records."""
    return "".join("".join(f"%{t} {v}\n" for t, v in pairs) + "\n" for pairs in records)
