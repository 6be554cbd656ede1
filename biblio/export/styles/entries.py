"""Record -> pybtex ``Entry``: the plain-text view of a record that the citation styles format.

Field values are plain Unicode text, never LaTeX: styles build rich text from them with
:mod:`pybtex.richtext` and the backends escape for HTML or Markdown. The entry type is the
record's :class:`~biblio.model.EntryType` value (``article``, ``book``, ``thesis``...).

Names: a corporate body, or a name to be printed exactly as written (every CJK name, which keeps
its ``written`` form such as 哈·麦金德), becomes a pybtex ``Person`` whose only part is one last
name wrapped in one pair of braces, the BibTeX convention for "do not split". Other names keep
their parts (given names, particle, family, suffix).
"""

from __future__ import annotations

from typing import Any

from biblio.export.volumes import VOLUME_WRITTEN
from biblio.model import Name, Record, pick
from biblio.model.script import has_cjk

CJK_SCRIPTS = ("Hani", "Jpan", "Hang")
ROLES = (("author", "authors"), ("editor", "editors"), ("translator", "translators"))
_CONTAINER_FIELD = {
    "article": "journal",
    "newspaper": "journal",
    "magazine": "journal",
    "incollection": "booktitle",
    "inproceedings": "booktitle",
    "inbook": "booktitle",
}


def to_entry(record: Record, nationality: bool = False) -> Any:
    """The pybtex ``Entry`` for ``record`` (fields and persons; empty values are left out).

    ``nationality`` puts a CJK name's nationality marker in front of it as one token without a
    space, in full-width parentheses (``（英）哈·麦金德``), the form the LaTeX styles accept.
    """
    from pybtex.database import Entry

    entry = Entry(record.type.value, fields=_fields(record))
    for role, attr in ROLES:
        people = [to_person(n, nationality) for n in getattr(record, attr) if not is_blank(n)]
        if people:
            entry.persons[role] = people
    revisers = revisers_of(record)
    if revisers:
        entry.persons["reviser"] = revisers
    entry.key = record.key
    return entry


def revisers_of(record: Record) -> list[Any]:
    """Proof-readers (校), kept as BibLaTeX keeps them: ``editora`` with ``editoratype = reviser``.

    ``editora`` is a BibLaTeX name list (``A and B``); CJK names stay as written, others are split
    by pybtex (``Smith, John``).
    """
    if record.extra.get("editoratype", "").strip().lower() != "reviser":
        return []
    parts = (p.strip() for p in record.extra.get("editora", "").split(" and "))
    return [_person_of(part) for part in parts if part.strip("{} ") and part.lower() != "others"]


def _person_of(text: str) -> Any:
    """A pybtex ``Person`` from one BibLaTeX name; CJK names and names pybtex cannot split stay literal."""
    from pybtex.database import Person
    from pybtex.exceptions import PybtexError

    if has_cjk(text):
        return to_person(Name(written=text.replace("{", "").replace("}", "").strip()))
    try:
        return Person(text)
    except (PybtexError, ValueError):
        return to_person(Name(literal=text))


def _fields(record: Record) -> dict[str, str]:
    prefer = (record.language,) if record.language else ()
    values = {
        "title": record.main_title(),
        "title-en": _english_title(record),
        "subtitle": pick(record.subtitle, prefer),
        _CONTAINER_FIELD.get(record.type.value, "journal"): pick(record.container, prefer),
        "address": record.place,
        "publisher": record.publisher,
        "institution": record.institution,
        "year": str(record.year) if record.year is not None else "",
        "date": record.date,
        "urldate": record.urldate,
        "pages": record.pages,
        "volume": record.volume,
        "volume-written": record.extra.get(VOLUME_WRITTEN, ""),
        "number": record.number,
        "edition": record.edition,
        "series": record.series,
        "type": record.genre,
        "url": record.url,
        "doi": record.doi,
        "note": record.note,
        "langid": record.language,
        "mark": record.extra.get("mark") or record.extra.get("usera", ""),
        "medium": record.extra.get("medium", ""),
    }
    for role, attr in ROLES:
        if record.extra.get(f"{attr}_et_al") == "true":
            values[f"{role}-et-al"] = "true"
    if revisers_of(record) and record.extra.get("editora", "").rstrip().lower().endswith(" and others"):
        values["reviser-et-al"] = "true"
    return {k: v.strip() for k, v in values.items() if v and v.strip()}


def _english_title(record: Record) -> str:
    """The English parallel title of a record whose own title is in another language (``""`` if none)."""
    main = record.main_title()
    main_lang = next((t.lang for t in record.title if t.value == main), "")
    if not main or main_lang.startswith("en") or (not main_lang and record.language.startswith("en")):
        return ""
    return next((t.value for t in record.title if t.lang.startswith("en") and t.value != main), "")


def is_blank(name: Name) -> bool:
    """True for a name with nothing printable."""
    return not (name.literal or name.family or name.given or name.written).strip()


def to_person(name: Name, nationality: bool = False) -> Any:
    """A pybtex ``Person``; literal and CJK names become one braced last name."""
    from pybtex.database import Person

    person = Person()
    literal = _literal_form(name)
    if literal and nationality and name.nationality.strip() and not name.literal.strip():
        literal = f"（{name.nationality.strip()}）{literal}"
    if literal:
        person.last_names = ["{" + literal + "}"]
        return person
    person.first_names = name.given.split()
    person.prelast_names = name.particle.split()
    person.last_names = [name.family.strip()] if name.family.strip() else []
    person.lineage_names = name.suffix.split()
    return person


def _literal_form(name: Name) -> str:
    """The as-written text for corporate and CJK names, else ``""``."""
    if name.literal.strip():
        return name.literal.strip()
    cjk = name.script in CJK_SCRIPTS or has_cjk(name.family + name.given + name.written)
    if cjk:
        return (name.written or f"{name.family}{name.given}").strip()
    if not name.family.strip() and not name.given.strip():
        return name.written.strip()
    return ""


def literal_of(person: Any) -> str:
    """The as-written text of a person made by :func:`to_person`, or ``""`` for a structured name."""
    parts = (person.first_names, person.middle_names, person.prelast_names, person.lineage_names)
    if any(parts) or len(person.last_names) != 1:
        return ""
    last = str(person.last_names[0])
    if len(last) >= 2 and last.startswith("{") and last.endswith("}"):
        return last[1:-1]
    return ""


def field_of(entry: Any, name: str) -> str:
    """A field value, ``""`` when absent."""
    return str(entry.fields.get(name, ""))


def et_al(entry: Any, role: str) -> bool:
    """True when the source cut the ``role`` list short ("张三, 李四, 等"); importers record it in
    ``Record.extra`` as ``authors_et_al`` (``editors_et_al``, ``translators_et_al``)."""
    return field_of(entry, f"{role}-et-al") == "true"


def persons_of(entry: Any, role: str) -> list[Any]:
    """The persons in ``role`` (``author``, ``editor``, ``translator``), possibly empty."""
    return list(entry.persons.get(role, []))
