"""Zotero item JSON (``biblio add X.expected.json``) against Zotero's items and against biblio's own reading
of the export beside each file.

Every ``*.expected.json`` of ``cnki-exports/*`` and ``tagged/zotero_*`` (Zotero's translator-test items
for the ``.txt``/``.ris`` beside it) is read by the importer ``biblio add`` detects for it, then:

* **items**: :func:`realworld.agreement.compare_zotero` of each item with its own record — how much of
  what Zotero wrote the importer puts where it belongs (type, every field, creator, tag, ``extra`` line);
* **vs export**: the record against the record biblio makes of the export beside it (aligned by title), on
  type, date, title, container, authors, volume, issue, pages, DOI — the two roads into the library agree.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from biblio.importers.decode import decode_bytes
from biblio.importers.registry import choose_importer
from biblio.model import Record
from realworld import Section
from realworld.agreement import compare_zotero, norm
from realworld.scoring import align

TARGET = 0.97
_SLOTS: dict[str, Callable[[Record], str]] = {
    "type": lambda r: r.type.value,
    "date": lambda r: r.date,
    "title": lambda r: r.title[0].value if r.title else "",
    "container": lambda r: r.container[0].value if r.container else "",
    "authors": lambda r: "; ".join(a.family + a.given + a.literal for a in r.authors),
    "volume": lambda r: r.volume,
    "issue": lambda r: r.number,
    "pages": lambda r: r.pages,
    "doi": lambda r: r.doi.lower(),
}


def _test_split(data: Path) -> set[Path]:
    """The exports of the tagged and CNKI sections' frozen test splits: their differences are counted, never
    printed (the split is not looked at)."""
    splits = Path(__file__).parent / "splits"
    found: set[Path] = set()
    for section, folder in (("tagged", "tagged"), ("cnki", "cnki-exports")):
        split = json.loads((splits / f"{section}.json").read_text(encoding="utf-8"))
        found |= {data / folder / name for name in split["test"]}
    return found


def _read(path: Path) -> tuple[str, list[Record]]:
    text = decode_bytes(path.read_bytes(), str(path))
    importer = choose_importer(text, path.suffix)
    return importer.name, importer.parse(text).records


def run(data: Path, *, quick: bool) -> Section:
    """Read every expected.json and its export; one table row per folder."""
    files = sorted(data.glob("cnki-exports/*/*.expected.json")) + sorted(data.glob("tagged/zotero_*/*.expected.json"))
    if quick:
        files = files[::4]
    rows: dict[str, list[int]] = {}  # folder -> items, types right, hits, units, agree, compared
    chosen: set[str] = set()
    diffs: list[str] = []
    hidden = 0
    test_split = _test_split(data)
    for path in files:
        name, records = _read(path)
        chosen.add(name)
        items = json.loads(path.read_text(encoding="utf-8"))
        row = rows.setdefault(path.parent.name, [0] * 6)
        results = [compare_zotero(item, rec, path.name) for item, rec in zip(items, records, strict=False)]
        row[0] += len(items)
        row[1] += sum(r.type_ok for r in results)
        row[2] += sum(r.hits for r in results)
        row[3] += sum(len(r.units) for r in results)
        export = next((p for p in path.parent.glob(path.name.removesuffix(".expected.json") + ".*") if p != path), None)
        if export is None:
            continue
        _, theirs = _read(export)
        titles = [r.title[0].value if r.title else "" for r in records]
        for mine, other in zip(records, align(titles, theirs), strict=True):
            for slot, get in _SLOTS.items():
                if other is None or not (get(mine) or get(other)):
                    continue
                same = norm(get(mine)) == norm(get(other))
                row[4] += same
                row[5] += 1
                if not same and export in test_split:
                    hidden += 1
                elif not same:
                    diffs.append(f"{path.name} {slot}: json {get(mine)[:40]!r} vs export {get(other)[:40]!r}")
    lines = ["| folder | items | importer | type right | field agreement (items) | agreement with the export |"]
    lines.append("|---|---:|---|---:|---:|---:|")
    total = [0] * 6
    for folder, row in rows.items():
        total = [a + b for a, b in zip(total, row, strict=True)]
        lines.append(_row(folder, row, ", ".join(sorted(chosen))))
    lines.append(_row("**all**", total, ", ".join(sorted(chosen))))
    fields = total[2] / max(total[3], 1)
    notes = [f"differences with the export: {len(diffs) + hidden} ({hidden} in test-split files, not shown)", *diffs]
    return Section(
        "Zotero item JSON (importer)",
        "\n".join(lines),
        {
            f"items field agreement >= {TARGET}": fields >= TARGET,
            "every file read as zotero-json": chosen == {"zotero-json"},
        },
        notes,
    )


def _row(folder: str, row: list[int], importer: str) -> str:
    items, types, hits, units, agree, compared = row
    return (
        f"| {folder} | {items} | {importer} | {types}/{items} | {hits}/{units} = {hits / max(units, 1):.3f}"
        f" | {agree}/{compared} = {agree / max(compared, 1):.3f} |"
    )
