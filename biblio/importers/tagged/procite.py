"""ProCite's RIS export: fields RIS has no tag for written as ``N1  - Label: value`` notes, roles as notes.

ProCite (Thomson's reference manager, EndNote's sibling) writes what RIS cannot say into notes:
``N1  - Edition: 2nd ed.``, ``N1  - Series Volume ID: 12``, ``N1  - Place of Publication: London``,
``N1  - Scale: 1:50000``, and, after a run of ``A1``/``A2``/``A3`` lines, the role of those people
(``N1  - Author Role: editor``, ``N1  - Producer Role: producer``). Its tags also mean other things than
RIS says in some types: a book's or chapter's ``VL`` is its edition and a book's ``IS`` its volume, a
conference paper's ``CY`` the conference's place, a program's ``IS`` its version, a bill's ``CY`` its
code, ``VL`` its number and ``SP`` its section, an artwork's ``M1`` its medium.

This rewrites such a record into the RIS tags that say the same (each label to the tag of that field in
the record's type, each role's people to that role's tag), read by Zotero's RIS translator (``RIS.js``,
``ProCiteCleaner``) the same way; biblio's per-type tables then read them as any RIS record. As there,
a file is ProCite's once one of its records has rewritten a note: the type-specific tag meanings apply
from that record on, and a book's or chapter's ``VL`` is read as the edition from the next record on.
A note whose label has no tag in the record's type stays a note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from biblio.importers.tagged.reader import TaggedEntry

_SPLIT = re.compile(r"([A-Za-z,\s]+)\s*:\s*([\s\S]*)")  # "Label: value" (as RIS.js, unanchored)

# ProCite label -> the field it names
LABELS = {
    "Call Number": "callNumber",
    "Edition": "edition",
    "ISBN": "ISBN",
    "Language": "language",
    "Publisher Name": "publisher",
    "Series Title": "series",
    "Proceedings Title": "proceedingsTitle",
    "Page(s)": "pages",
    "Volume ID": "volume",
    "Issue ID": "issue",
    "Issue Identification": "issue",
    "Series Volume ID": "seriesNumber",
    "Scale": "scale",
    "Place of Publication": "place",
    "Histroy": "history",  # sic: ProCite's export filter spells it so
    "Size": "artworkSize",
}
ROLE_LABELS = frozenset(
    "Author Role,Artist Role,Series Editor Role,Editor/Compiler Role,Cartographer Role,Composer Role,"
    "Producer Role,Director Role,Performer Role".split(",")
)
ROLES = {
    **dict.fromkeys(("author",), "author"),
    **dict.fromkeys(("cartographer",), "cartographer"),
    **dict.fromkeys(("composer", "composed"), "composer"),
    **dict.fromkeys(("director", "directed"), "director"),
    **dict.fromkeys(("performer", "performed"), "performer"),
    **dict.fromkeys(("producer", "produced"), "producer"),
    **dict.fromkeys(
        ("editor", "ed", "edited", "editor-in-chief", "compiler", "compiled", "collected", "assembled"), "editor"
    ),
    **dict.fromkeys(("presenter", "presented"), "presenter"),
    **dict.fromkeys(("translator", "translated"), "translator"),
    "introduction": "contributor",
    "actor": "cast-member",  # no RIS tag holds a cast member in any type: the note stays
}
# field or role -> (its tag in most RIS types, {tag: the types where it is another tag ("": none)})
_TAG_OF: dict[str, tuple[str, dict[str, str]]] = {
    "edition": ("ET", {"": "BILL COMP HEAR STAT"}),
    "seriesNumber": ("", {"M1": "BOOK CLSWK EBOOK EDBOOK SER", "SV": "CHAP ECHAP"}),
    "volume": ("VL", {"": "BILL CASE ELEC LEGAL PAT STAT WEB"}),
    "issue": ("IS", {"": "CHAP ECHAP"}),
    "place": ("CY", {"C1": "CONF CPAPER"}),
    "publisher": ("PB", {"": "ADVS CASE COMP GOVDOC LEGAL MPCT MULTI MUSIC PAT RPRT SOUND STAND THES VIDEO"}),
    "series": ("", {"T3": "ABST CHAP CONF CPAPER ECHAP EJOUR GEN JFULL JOUR", "T2": "BOOK CLSWK EBOOK EDBOOK SER"}),
    "proceedingsTitle": ("", {"C3": "CONF CPAPER"}),
    "pages": ("SP", {"EP": "ADVS BILL BOOK CASE CLSWK EBOOK EDBOOK INPR LEGAL MANSCPT MPCT PAMP SER THES UNBILL UNPD"}),
    "scale": ("", {"C1": "MAP"}),
    "history": ("", {"OP": "BILL CASE HEAR LEGAL STAT"}),
    "artworkSize": ("", {"C3": "ART CHART FIGURE"}),
    "callNumber": ("CN", {}),
    "ISBN": ("SN", {"": "ABST CTLG EJOUR GEN GOVDOC JFULL JOUR MGZN NEWS PAT RPRT STAND"}),
    "language": ("LA", {"": "COMP"}),
    "numPages": ("", {"SP": "BOOK CLSWK EBOOK EDBOOK INPR MANSCPT PAMP SER THES UNBILL UNPD"}),
    "numberOfVolumes": ("NV", {}),  # a chapter's too (RIS.js of 2017 wrote IS there, the newer one NV)
    "author": ("AU", {"": "ADVS ART CHART COMP FIGURE MAP MPCT MULTI MUSIC PAT SOUND VIDEO"}),
    "editor": (
        "ED",
        {"A2": "ABST AGGR ANCIENT CHAP CONF CPAPER DATA DBASE DICT ECHAP EJOUR ENCYC EQUA GEN GRNT JFULL JOUR"}
        | {"A3": "BOOK CLSWK EBOOK EDBOOK SER"},
    ),
    "seriesEditor": (
        "",
        {"A2": "BOOK CLSWK EBOOK EDBOOK GOVDOC RPRT SER STAND", "A3": "CHAP CONF CPAPER DICT ECHAP ENCYC MAP"},
    ),
    "producer": ("", {"A3": "ADVS MPCT MULTI VIDEO"}),
    "translator": ("A4", {"": "ADVS CASE CONF CPAPER LEGAL MPCT"}),
    "performer": ("", {"A2": "MUSIC SOUND"}),
    "director": ("", {"AU": "ADVS MPCT MULTI VIDEO"}),
    "cartographer": ("", {"AU": "MAP"}),
    "composer": ("", {"AU": "MUSIC SOUND"}),
    "presenter": ("", {"A2": "SLIDE"}),
    "contributor": ("", {"A4": "ADVS CONF CPAPER MPCT"}),
}
# the RIS types Zotero's translator knows; it reads any other as a journal article
_ZOTERO_CODES = frozenset(
    "ABST ADVS AGGR ANCIENT ART BILL BLOG BOOK CASE CHAP CHART CLSWK COMP CONF CPAPER CTLG DATA DBASE DICT EBOOK"
    " ECHAP EDBOOK EJOUR ELEC ENCYC EQUA FIGURE GEN GOVDOC GRNT HEAR ICOMM INPR JFULL JOUR LEGAL MANSCPT MAP MGZN"
    " MPCT MULTI MUSIC NEWS PAMP PAT PCOMM RPRT SER SLIDE SOUND STAND STAT THES UNBILL UNPD VIDEO WEB".split()
)
_EXTENT = re.compile(r"^(\d+)\s*(pages?|p(?:p|gs?)?|vols?|volumes?)\.?$", re.IGNORECASE)
_UNITS = re.compile(r":\s*(pages?|p(?:p|gs?)?|vols?|volumes?)\.?\s*$", re.IGNORECASE)


def tag_of(name: str, code: str) -> str:
    """The RIS tag that holds field or role ``name`` in RIS type ``code`` (``""``: none)."""
    default, others = _TAG_OF.get(name, ("", {}))
    return next((tag for tag, codes in others.items() if code in codes.split()), default)


@dataclass(eq=False, slots=True)
class _Pair:
    tag: str
    value: str
    line: int
    roles: int = 0  # role notes that gave it a role (at most MAX_ROLES: then a later role note ends its run)


@dataclass(slots=True)
class ProCite:
    """Whether the file being read is known to be ProCite's (once a record's notes were rewritten)."""

    known: bool = False


@dataclass(slots=True)
class _Entry:
    """A record's tag-value pairs in order, and by tag (the lists RIS.js keeps, whose quirks decide some values).

    By tag, the pairs are an insertion-ordered dict (a set in order): taking one out is O(1), not a list's scan.
    """

    pairs: list[_Pair]
    state: ProCite
    tags: dict[str, dict[_Pair, None]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for pair in self.pairs:
            self.tags.setdefault(pair.tag, {})[pair] = None

    def add(self, pair: _Pair) -> None:
        """List ``pair`` under its tag (the caller puts it in ``pairs``)."""
        self.tags.setdefault(pair.tag, {})[pair] = None

    def change(self, at: int, to: tuple[str, ...] = (), *, role: bool = False) -> None:
        """Give the pair at ``at`` the tag ``to[0]`` (copies for the others); no tag: drop it."""
        source = self.pairs[at]
        listed = self.tags[source.tag]
        del listed[source]
        if not listed:
            del self.tags[source.tag]
        self.state.known = True
        if not to:
            del self.pairs[at]
            return
        source.tag = to[0]
        source.roles += role
        self.add(source)
        for offset, tag in enumerate(to[1:], start=1):
            copy = _Pair(tag, source.value, source.line, source.roles)
            self.pairs.insert(at + offset, copy)
            self.add(copy)

    def change_all(self, old: str, new: str) -> None:
        """Every ``old`` pair becomes ``new`` (the ``new`` list is replaced, as RIS.js does)."""
        if old in self.tags:
            for pair in self.tags[old]:
                pair.tag = new
            self.tags[new] = self.tags.pop(old)


# A record of more lines than this is no ProCite export (a real one has tens): it is read as plain RIS, its notes
# kept as notes, so that the list edits below (insertions, deletions) stay bounded on any input.
MAX_PAIRS = 2000
MAX_ROLES = 3  # ProCite has three author fields (analytic, monographic, series), each with a role note


def rewrite(entry: TaggedEntry, code: str, state: ProCite) -> None:
    """Rewrite ``entry``'s ProCite notes (and, in a ProCite file, its ProCite tag meanings) into RIS tags."""
    if ("N1" not in entry.tags() and not state.known) or len(entry.fields) > MAX_PAIRS:
        return
    record = _Entry([_Pair(*triple) for triple in entry.fields], state)
    code = code if code in _ZOTERO_CODES else "JOUR"
    if state.known and code in ("CHAP", "BOOK") and "VL" in record.tags:
        record.change_all("VL", "ET")
    _notes(record, code)
    if state.known:
        _type_tags(record, code)
    entry.fields = [(p.tag, p.value, p.line) for p in record.pairs]


def _notes(record: _Entry, code: str) -> None:
    notes = record.tags.get("N1", {})
    extent: list[_Pair] = []
    index = 0
    while notes and index < len(record.pairs):
        pair = record.pairs[index]
        match = _SPLIT.search(pair.value.strip()) if pair.tag == "N1" else None
        if match:
            index = _note(record, code, index, match, extent)
        index += 1
    if extent:
        _extent(record, code, extent)


def _note(record: _Entry, code: str, index: int, match: re.Match[str], extent: list[_Pair]) -> int:
    """Read one ``Label: value`` note; the index of the pair read last."""
    label, text = match.group(1), match.group(2)
    pair = record.pairs[index]
    if label in ("Author, Subsidiary", "Author, Monographic"):
        return _people_note(record, index, text)
    if label in ROLE_LABELS:
        return _role_note(record, code, index, text)
    if label in ("Record ID", "Record Number"):
        record.change(index, ("ID",))
        pair.value = text
    elif label == "Notes":
        pair.value = text
    elif label == "Connective Phrase" and text.strip().lower() == "in":
        record.change(index)
        return index - 1
    elif label in ("Extent of Work", "Packaging Method"):
        extent.append(pair)
    elif (name := LABELS.get(label)) and (tag := tag_of(name, code)):
        record.change(index, (tag,))
        pair.value = text
    return index


def _people_note(record: _Entry, index: int, text: str) -> int:
    """``Author, Subsidiary: First Last; Other Person``: people after the authors, one pair each."""
    tags = record.tags
    tag = ("A3" if "A2" in tags else "A2") if "A1" in tags else "A1"
    people = re.split(r";\s*", text)
    record.change(index, (tag,))
    record.pairs[index].value = _last_first(people[0])
    for offset, person in enumerate(people[1:], start=1):
        added = _Pair(tag, person, record.pairs[index].line)
        record.pairs.insert(index + offset, added)
        record.add(added)
    return index + len(people) - 1


def _last_first(name: str) -> str:
    if "," in name or " " not in name.strip():
        return name
    name = name.strip()
    return f"{name[name.rfind(' ') + 1 :]}, {name[: name.rfind(' ')]}"


def _role_note(record: _Entry, code: str, index: int, text: str) -> int:
    """``Author Role: editor``: the run of ``A1``/``A2``/``A3`` people just before it have that role."""
    words = re.sub(r"s\b|\.|\s+by\b|with an\s*", "", text.lower(), flags=re.ASCII)
    targets: list[str] = []
    for word in re.split(r"\s*(?:,|and)\s*", words):
        role = ROLES.get(word)
        if role is None:
            continue
        tag = tag_of(role, code)
        if not tag:
            return index  # a role this type has no tag for: nothing is remapped, the note stays
        if tag not in targets:
            targets.append(tag)
    if not targets:
        return index
    added = _remap_before(record, index, tuple(targets))
    if added is None:
        return index
    record.change(index)
    return index - 1 + added


def _remap_before(record: _Entry, start: int, targets: tuple[str, ...]) -> int | None:
    """Give the run of people pairs before ``start`` the ``targets`` tags; the pairs added, ``None``: no run.

    A run given a role joins the next run when the role's tag is the next run's (ProCite's three author fields,
    each with its role note: a later note retags the earlier people too, as RIS.js does). People retagged
    :data:`MAX_ROLES` times end a run: the role notes of a record then cost linear time on any input (a record of
    thousands of role notes after one run retagged it once per note: cubic, 158 s for 8,000).
    """
    previous, added = "", 0
    for at in range(start - 1, -1, -1):
        pair = record.pairs[at]
        if pair.roles >= MAX_ROLES or (previous and pair.tag != previous):
            return added if previous else None
        previous = pair.tag
        if pair.tag not in ("A1", "A2", "A3"):
            return None
        record.change(at, targets, role=True)
        added += len(targets) - 1
    return added if previous else None


def _extent(record: _Entry, code: str, notes: list[_Pair]) -> None:
    """``Extent of Work: 320 p.`` (or ``320`` with ``Packaging Method: pages``): the page count or volumes."""
    work = next((p for p in reversed(notes) if p.value.strip().startswith("Extent of Work")), None)  # the last
    packaging = next((p for p in reversed(notes) if p.value.strip().startswith("Packaging Method")), None)
    if work is None:
        return
    split = _SPLIT.search(work.value.strip())
    amount = split.group(2) if split else ""
    units, drop = "", False
    if match := _EXTENT.match(amount):
        units, amount = match.group(2), match.group(1)
    elif packaging and amount.strip().isdigit() and (found := _UNITS.search(packaging.value)):
        units, amount, drop = found.group(1), amount.strip(), True
    tag = tag_of("numPages" if units[:1].lower() == "p" else "numberOfVolumes", code) if units else ""
    if tag:
        work.value = amount
        record.change(record.pairs.index(work), (tag,))
        if drop and packaging is not None:
            record.change(record.pairs.index(packaging))


def _type_tags(record: _Entry, code: str) -> None:
    """What ProCite's tags mean in some types (RIS.js: "the rest we only fix if we're sure this is ProCite")."""
    tags = record.tags
    if code == "CHAP":
        _chapter_titles(record)
    if code == "BOOK" and "IS" in tags:
        record.change_all("IS", "VL")
    if code in ("CHAP", "BOOK") and len(tags.get("VL", {})) > 1:
        record.change(record.pairs.index(next(iter(tags["VL"]))), ("ET",))
    if code == "CONF" and "CY" in tags and "C1" not in tags:
        record.change_all("CY", "C1")
    if code == "COMP":
        record.change_all("IS", "ET")
    if code == "BILL":
        for old, new in (("CY", "T2"), ("VL", "M1"), ("SP", "SE")):
            record.change_all(old, new)
    if code == "ART":
        record.change_all("M1", "M3")


def _chapter_titles(record: _Entry) -> None:
    """A chapter's title tags in order are its title, its book's title, the series."""
    wanted = ["T3", "T2", "TI"]
    for at, pair in enumerate(record.pairs):
        if not wanted:
            return
        if pair.tag in ("TI", "T1", "T2", "T3"):
            tag = wanted.pop()
            if pair.tag != tag:
                record.change(at, (tag,))
