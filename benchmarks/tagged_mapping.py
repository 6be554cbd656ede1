"""Every RIS type x every RIS tag: where Zotero, JabRef and biblio put the value, and where biblio disagrees.

Usage: python benchmarks/tagged_mapping.py [--misses] [--markdown]

For each RIS type (``TY``) two records carrying every tag (each value distinct) go through biblio's RIS
importer; the item Zotero's translator and the entry JabRef's importer would make of the same record are
built from the peer tables (:mod:`realworld.ris_peers`) and scored with the benchmark's own comparisons
(:func:`realworld.agreement.compare_zotero`, :func:`realworld.bib_agreement.compare_bib`). ``--misses``
lists each disagreement (type, tag, peer field, what biblio made of it); ``--markdown`` prints the mapping
table of ``docs/tagged-mapping.md``. No file written by others is read.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from realworld.agreement import Unit, compare_zotero  # noqa: E402
from realworld.bib_agreement import compare_bib  # noqa: E402
from realworld.ris_peers import (  # noqa: E402
    JABREF_TYPES,
    ZOTERO_TYPES,
    jabref_field,
    jabref_first_journal,
    zotero_field,
)

from biblio.importers.fieldmap import language_code  # noqa: E402
from biblio.importers.tagged.ris import RisImporter  # noqa: E402
from biblio.model import Record  # noqa: E402

# Two records per type: every tag once, the alternatives of the same field (T1 for TI, A1 for AU ...) in the second.
VARIANTS: tuple[tuple[str, ...], ...] = (
    tuple(
        "TI AU A2 A3 A4 T2 T3 J2 ST AB KW PY DA Y2 VL IS NV SE SV SP EP SN CY PB ET LA M1 M2 M3 C1 C2 C3 C4 C5"
        " C6 C7 C8 DO UR ID AN DB DP CN N1 RN OP CA AD LB RP RI TT TA".split()
    ),
    tuple("T1 A1 ED BT JF JA N2 Y1 U1 U2 U3 PP".split()),
    tuple("TI AU JO J1".split()),
)
_NAMES = frozenset("AU A1 A2 A3 A4 ED".split())
_NUMBERS = {"VL": "21", "IS": "22", "NV": "23", "SE": "24", "SV": "25", "M1": "26", "M2": "27", "SP": "31"}
_NUMBERS |= {"EP": "39", "ID": "42"}
_DATES = {"PY": "2002", "DA": "2002/03/04", "Y1": "2002/03/04", "Y2": "2003/04/05"}


def value_of(tag: str, code: str) -> str:
    """A distinct, realistic value for ``tag``."""
    if tag in _NAMES or tag in ("C1", "C2", "C4"):  # C1, C2, C4 are people in some types
        return f"Fam{tag}, Given"
    if tag in _NUMBERS:
        return _NUMBERS[tag]
    if tag in _DATES:
        return _DATES[tag]
    special = {
        "DO": f"10.1234/{code.lower()}",
        "UR": f"http://example.org/{code.lower()}",
        "LA": "English",
        "SN": "SNvalue",
        "KW": "kw one",
    }
    return special.get(tag, f"{tag} value")


def ris_record(code: str, tags: tuple[str, ...]) -> str:
    """One RIS record of type ``code`` with ``tags``."""
    lines = [f"TY  - {code}"] + [f"{tag}  - {value_of(tag, code)}" for tag in tags]
    if "KW" in tags:
        lines.append("KW  - kw two")
    return "\n".join([*lines, "ER  - ", ""])


def zotero_item(code: str, tags: tuple[str, ...]) -> tuple[dict[str, object], dict[str, str]]:
    """The item Zotero's RIS translator makes of the record, and which tag each of its fields came from."""
    kind = ZOTERO_TYPES.get(code, "journalArticle")
    item: dict[str, object] = {"itemType": kind, "creators": [], "tags": [], "notes": []}
    origin: dict[str, str] = {}
    for tag in tags:
        field, value = zotero_field(tag, kind, code), value_of(tag, code)
        if not field or (field in item and field not in ("creators", "tags", "notes")):
            continue
        if field.startswith("creators/"):
            family, _, given = value.partition(", ")
            role = field.split("/")[1]
            item["creators"].append({"creatorType": role, "lastName": family, "firstName": given})  # type: ignore[attr-defined]
            origin[f"creator:{role}"] = tag
        elif field == "tags":
            item["tags"] = [{"tag": "kw one"}, {"tag": "kw two"}]
        elif field == "notes":
            item["notes"].append({"note": value})  # type: ignore[attr-defined]
        elif field == "extra":
            item["extra"] = "\n".join(filter(None, [str(item.get("extra", "")), value]))
        elif field in ("date", "issueDate", "dateEnacted", "dateDecided") and "DA" in tags:
            item[field], origin[field] = value_of("DA", code).replace("/", "-"), "DA"  # the fuller date
        elif field == "accessDate":
            item[field], origin[field] = value.replace("/", "-"), tag
        elif field in ("pages", "codePages") and "EP" in tags:
            item[field], origin[field] = f"{value}-{value_of('EP', code)}", tag
        else:
            item[field], origin[field] = value, tag
    return item, origin


def jabref_entry(code: str, tags: tuple[str, ...]) -> tuple[str, dict[str, str]]:
    """The BibTeX entry JabRef's RIS importer makes of the record."""
    fields: dict[str, str] = {}
    people: dict[str, list[str]] = {"author": [], "editor": []}
    comments: list[str] = []
    for tag in tags:
        name, value = jabref_field(tag, code), value_of(tag, code)
        if name in people:
            people[name].append(value)
        elif name == "comment":
            comments.append(value)
        elif name in ("year", "pages") or not name or (name == "doi" and not value.startswith("10.")):
            continue
        elif not (jabref_first_journal(tag) and fields.get("journal")):
            fields[name] = value
    fields |= {name: " and ".join(names) for name, names in people.items() if names}
    if comments:
        fields["comment"] = "\n".join(comments)
    dated = next((t for t in ("Y1", "PY", "DA", "Y2") if t in tags), "")
    if dated:
        fields["year"] = value_of(dated, code)[:4]
    if "SP" in tags:
        fields["pages"] = value_of("SP", code) + ("--" + value_of("EP", code) if "EP" in tags else "")
    if "KW" in tags:
        fields["keywords"] = "kw one, kw two"
    return JABREF_TYPES.get(code, "misc"), fields


def biblio_record(code: str, tags: tuple[str, ...]) -> Record:
    """What biblio's RIS importer makes of the record."""
    result = RisImporter().parse(ris_record(code, tags))
    return result.records[0]


def misses() -> Iterator[tuple[str, str, str, Unit]]:
    """(peer, RIS type, tag, the missed unit) for every disagreement."""
    for code in sorted(ZOTERO_TYPES):
        for tags in VARIANTS:
            record = biblio_record(code, tags)
            item, origin = zotero_item(code, tags)
            for unit in compare_zotero(item, record, code).units:
                if not unit.hit:
                    yield "zotero", code, origin.get(unit.field, _tag_of(unit.expected, tags, code)), unit
            kind, fields = jabref_entry(code, tags)
            for unit in compare_bib(kind, fields, record, code).units:
                if not unit.hit:
                    yield "jabref", code, _tag_of(unit.expected, tags, code), unit


def _tag_of(value: str, tags: tuple[str, ...], code: str) -> str:
    return next((t for t in tags if value_of(t, code) == value), "?")


def slot_of(record: Record, value: str) -> str:
    """Where biblio put ``value`` (the first slot holding it), ``-`` when nowhere."""
    return _scalar_slot(record, value) or _list_slot(record, value.casefold()) or _kept_slot(record, value) or "-"


def _scalar_slot(record: Record, value: str) -> str:
    wanted = value.casefold()
    scalars = ("volume", "number", "pages", "pagetotal", "edition", "publisher", "place", "institution", "series")
    for name in (*scalars, "isbn", "issn", "doi", "url", "genre"):
        if wanted == str(getattr(record, name)).casefold() or (name == "pages" and wanted in record.pages):
            return name
    for name in ("date", "urldate"):  # 2002/03/04 is read as 2002-03-04; a year alone joins a fuller date
        if getattr(record, name) and getattr(record, name).startswith(wanted.replace("/", "-")):
            return name
    return "language" if language_code(value) and language_code(value) == record.language else ""


def _list_slot(record: Record, wanted: str) -> str:
    for name in ("title", "container", "abstract", "keywords", "subtitle"):
        if any(wanted == t.value.casefold() for t in getattr(record, name)):
            return name
    for name in ("authors", "editors", "translators"):
        if any(wanted.split(",", maxsplit=1)[0] in p.display().casefold() for p in getattr(record, name)):
            return name
    return "funding" if any(wanted.split(",", maxsplit=1)[0] in f.funder.casefold() for f in record.funding) else ""


def _kept_slot(record: Record, value: str) -> str:
    wanted = value.casefold().split(",")[0]
    for key, kept in [*record.extra.items(), *record.identifiers.items()]:
        if any(wanted in part for part in kept.casefold().split("; ")):
            return f"extra.{key}"
    return ""


def markdown() -> str:
    """The mapping table: per tag, the RIS types grouped by (Zotero's field, JabRef's field, biblio's slot)."""
    missed = {(peer, code, tag) for peer, code, tag, _ in misses()}
    groups: dict[tuple[str, str, str, str, str], list[str]] = {}
    for code in sorted(ZOTERO_TYPES):
        seen: set[str] = set()
        for tags in VARIANTS:
            record = biblio_record(code, tags)
            for tag in (t for t in tags if t not in seen):
                seen.add(tag)
                zotero = zotero_field(tag, ZOTERO_TYPES[code], code).removeprefix("creators/") or "—"
                jabref = jabref_field(tag, code) or "—"
                slot = slot_of(record, value_of(tag, code))
                agree = "".join(
                    mark for peer, mark in (("zotero", "Z"), ("jabref", "J")) if (peer, code, tag) not in missed
                )
                groups.setdefault((tag, zotero, jabref, slot, agree), []).append(code)
    rows = ["| tag | Zotero | JabRef | biblio | agrees with | RIS types |", "|---|---|---|---|---|---|"]
    order = {tag: i for i, tag in enumerate(t for tags in VARIANTS for t in tags)}
    for (tag, zotero, jabref, slot, agree), codes in sorted(groups.items(), key=lambda g: (order[g[0][0]], g[0])):
        rows.append(f"| {tag} | {zotero} | {jabref} | {slot} | {agree or '—'} | {' '.join(codes)} |")
    return "\n".join(rows)


def main() -> int:
    """Print the disagreements (default) or the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--markdown", action="store_true")
    args = parser.parse_args()
    if args.markdown:
        print(markdown())
        return 0
    found = list(misses())
    for peer, code, tag, unit in found:
        print(f"{peer:7} {code:8} {tag:3} {unit.field:22} expected {unit.expected!r:28} got {unit.got[:60]!r}")
    print(f"{len(found)} disagreements", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
