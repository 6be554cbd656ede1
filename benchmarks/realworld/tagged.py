"""RIS and EndNote/Refer files written by others, against the items their own test suites expect.

* ``zotero_ris/``, ``zotero_refer/``: Zotero's RIS and Refer/BibIX import cases, each with the Zotero
  items Zotero's translator makes (``*.expected.json``), compared as :mod:`realworld.agreement` says.
* ``jabref/*.ris`` with ``*.bib``: JabRef's RIS cases, compared with JabRef's expected BibTeX entries
  (:mod:`realworld.bib_agreement`).
* ``jabref/*.enw`` and ``RisImporterCorrupted.ris`` have no expected items: only the import is checked
  (``biblio add`` by detection, exit 0, within 2 s CPU).

Every file goes through ``biblio add FILE`` with no ``--format``. Target (issue 12): field agreement
>= 0.97. Files are split dev/test (``splits/tagged.json``); both are reported.
"""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser

from realworld import Section
from realworld.agreement import compare_zotero
from realworld.bib_agreement import compare_bib
from realworld.cli_import import add_file
from realworld.cnki import TARGET
from realworld.scoring import HEADER, FileRun, agreement, align, miss_notes, missed_fields, summary_row
from realworld.split import load_split


def _importer_for(path: Path) -> str:
    return "ris" if path.suffix == ".ris" else "refer"


def run(data: Path, *, quick: bool) -> Section:
    """Import every file, score those with expected items, and build the section."""
    root = data / "tagged"
    patterns = ("zotero_ris/*.ris", "zotero_refer/*.txt", "jabref/*.ris", "jabref/*.enw")
    files = sorted(path for pattern in patterns for path in root.glob(pattern))
    if quick:
        files = files[::4]
    split = load_split("tagged", [str(p.relative_to(root)) for p in files])
    runs = [score_file(root, path, split[str(path.relative_to(root))]) for path in files]
    return build_section(runs)


def score_file(root: Path, path: Path, split: str) -> FileRun:
    """``biblio add`` one file and compare its records with the expected items, if there are any."""
    cli = add_file(path)
    run = FileRun(str(path.relative_to(root)), split, path.parent.name, _importer_for(path), cli)
    zotero = path.with_suffix(".expected.json")
    jabref = path.with_suffix(".bib")
    if zotero.exists():
        expected = json.loads(zotero.read_text(encoding="utf-8"))
        records = align([str(item.get("title", "") or item.get("caseName", "")) for item in expected], cli.records)
        run.items = [compare_zotero(item, rec, run.rel) for item, rec in zip(expected, records, strict=True)]
    elif jabref.exists():
        library = bibtexparser.parse_string(jabref.read_text(encoding="utf-8-sig"))
        entries = [(e.entry_type, {f.key: str(f.value) for f in e.fields}) for e in library.entries]
        records = align([fields.get("title", "") for _, fields in entries], cli.records)
        run.items = [compare_bib(t, f, rec, run.rel) for (t, f), rec in zip(entries, records, strict=True)]
    return run


def build_section(runs: list[FileRun]) -> Section:
    """The table (dev, test, all; then per source) and the target checks."""
    rows = [summary_row(s, [r for r in runs if r.split == s]) for s in ("dev", "test")]
    rows.append(summary_row("all", runs))
    for group in sorted({r.group for r in runs}):
        rows.append(summary_row(f"all · {group}", [r for r in runs if r.group == group]))
    title = "Tagged formats (RIS, Refer) vs Zotero's and JabRef's expected items (issue 12)"
    section = Section(title, HEADER + "\n" + "\n".join(rows) + "\n")
    for split in ("dev", "test"):
        chosen = [r for r in runs if r.split == split]
        section.checks[f"{split}: field agreement >= {TARGET}"] = agreement(chosen) >= TARGET
        section.checks[f"{split}: every file added by detection, exit 0, <= 2 s"] = all(
            r.imported_right for r in chosen
        )
    misses = miss_notes([r for r in runs if r.split == "dev"], limit=150)
    section.notes.append("dev misses: " + ("none" if not misses else f"{len(misses)}"))
    section.notes += misses
    test_missed = missed_fields([r for r in runs if r.split == "test"])
    section.notes.append("test misses by field: " + (", ".join(f"{k} {v}" for k, v in test_missed.items()) or "none"))
    return section
