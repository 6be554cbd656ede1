"""CNKI exports (``cnki-exports/``) against the items Zotero's CNKI translators make of the same files.

Each ``*.txt`` is imported with ``biblio add FILE`` (no ``--format``: detection must pick ``refer`` for
the EndNote/Refer exports and ``refworks`` for the RefWorks ones) into a fresh library, and every record
is compared with Zotero's item (``*.expected.json``) field by field as :mod:`realworld.agreement`
describes. Targets (issue 12): field agreement >= 0.97, every type right, every file imported in <= 2 s.
Files are split dev/test (``splits/cnki.json``); both are reported.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from realworld import Section
from realworld.agreement import biblio_only, compare_zotero
from realworld.cli_import import add_file
from realworld.scoring import HEADER, FileRun, agreement, align, miss_notes, missed_fields, summary_row
from realworld.split import load_split

FOLDERS = {"cnki_refer": "refer", "cnki_refworks": "refworks"}
TARGET = 0.97


def run(data: Path, *, quick: bool) -> Section:
    """Import every export, score it, and build the section."""
    root = data / "cnki-exports"
    files = sorted(p for folder in FOLDERS for p in (root / folder).glob("*.txt"))
    if quick:
        files = files[::3]
    split = load_split("cnki", [str(p.relative_to(root)) for p in files])
    runs = [score_file(root, path, split[str(path.relative_to(root))]) for path in files]
    return build_section("CNKI exports vs Zotero's CNKI translators (issue 12)", runs)


def score_file(root: Path, path: Path, split: str) -> FileRun:
    """``biblio add`` one export and compare each record with Zotero's item."""
    expected = json.loads(path.with_suffix(".expected.json").read_text(encoding="utf-8"))
    cli = add_file(path)
    folder = path.parent.name
    run = FileRun(str(path.relative_to(root)), split, folder, FOLDERS[folder], cli)
    records = align([str(item.get("title", "")) for item in expected], cli.records)
    run.items = [compare_zotero(item, rec, run.rel) for item, rec in zip(expected, records, strict=True)]
    run.biblio_only = [f for item, rec in zip(expected, records, strict=True) for f in biblio_only(item, rec)]
    return run


def build_section(title: str, runs: list[FileRun]) -> Section:
    """The table (dev, test, all; then per folder) and the target checks."""
    rows = [summary_row(s, [r for r in runs if r.split == s]) for s in ("dev", "test")]
    rows.append(summary_row("all", runs))
    for group in sorted({r.group for r in runs}):
        rows.append(summary_row(f"all · {group}", [r for r in runs if r.group == group]))
    section = Section(title, HEADER + "\n" + "\n".join(rows) + "\n")
    for split in ("dev", "test"):
        chosen = [r for r in runs if r.split == split]
        section.checks[f"{split}: field agreement >= {TARGET}"] = agreement(chosen) >= TARGET
        section.checks[f"{split}: every type right"] = all(i.type_ok for r in chosen for i in r.items)
        section.checks[f"{split}: every file added by detection, exit 0, <= 2 s"] = all(
            r.imported_right for r in chosen
        )
    only = Counter(f for r in runs for f in r.biblio_only)
    section.notes.append(
        "values biblio keeps where Zotero's item has none (all files): "
        + ", ".join(f"{name} {count}" for name, count in only.most_common())
    )
    dev = [r for r in runs if r.split == "dev"]
    misses = miss_notes(dev)
    section.notes.append("dev misses: " + ("none" if not misses else f"{len(misses)}"))
    section.notes += misses
    test_missed = missed_fields([r for r in runs if r.split == "test"])
    section.notes.append("test misses by field: " + (", ".join(f"{k} {v}" for k, v in test_missed.items()) or "none"))
    return section
