"""Import one file the way a user does: ``biblio add FILE`` (no ``--format``) into a fresh library.

The fields are scored on what the detected importer makes of the file (:func:`parse_file`, the same
decode + detection path as ``biblio add``), and the library is read back only to count what it kept:
at the time of writing the library's duplicate check merges distinct records that share a placeholder
title inside one file (Zotero's RIS type-coverage cases: 48 records become 2), which is issue 12's
"no value lost on import" item and belongs to the ingest code, not to the importers measured here.

Returns the time of the whole command (interpreter start-up included) as wall seconds and as CPU
seconds (user + system of the child: the machine is shared, so the 2 s bound is checked on CPU time,
which load does not inflate; both are reported), its exit status, the warnings it printed, and the
records the library then holds (in import order), so a section measures what the user gets rather
than what an importer returns in-process.
"""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from biblio.config import Config
from biblio.errors import InputError
from biblio.importers.base import iter_parse
from biblio.importers.decode import decode_bytes
from biblio.importers.registry import choose_importer
from biblio.library import Library, read_source
from biblio.model import Record

ROOT = Path(__file__).resolve().parents[2]


@dataclass(slots=True)
class CliImport:
    """What ``biblio add`` did with one file."""

    path: Path
    seconds: float  # CPU (user + system) of the `biblio add` process
    wall: float
    exit_code: int
    importers: list[str] = field(default_factory=list)
    records: list[Record] = field(default_factory=list)  # what the importer made (in import order)
    stored: int = 0  # how many the library holds after `biblio add`
    warnings: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    error: str = ""


def add_file(path: Path) -> CliImport:
    """Run ``python -m biblio --library TMP add PATH --json`` and read the library back."""
    with tempfile.TemporaryDirectory(prefix="bench-add-") as tmp:
        library = Path(tmp) / "lib"
        env = {**os.environ, "BIBLIO_CONFIG_DIR": str(Path(tmp) / "config"), "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "biblio", "--library", str(library), "add", str(path), "--json"]
        before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=False, timeout=120)
        wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        result = CliImport(path, cpu, wall, done.returncode)
        try:
            report = json.loads(done.stdout or "{}")
        except json.JSONDecodeError:
            report = {}
        result.warnings = list(report.get("warnings", []))
        result.problems = list(report.get("problems", []))
        if done.returncode and not report:
            result.error = done.stderr.strip().splitlines()[-1] if done.stderr.strip() else "failed"
        if (library / "biblio.sqlite3").exists():
            with Library(Config(library=library), create=False) as lib:
                stored = [r for r in lib.records() if not _is_cited_work(r)]
            result.stored = len(stored)
            result.importers = sorted({r.provenance.importer for r in stored if r.provenance})
        try:
            result.records = parse_file(path)
        except InputError:  # not recognised or nothing in it: `biblio add` refused it too
            result.records = []
        return result


def parse_file(path: Path) -> list[Record]:
    """The records the detected importer makes of ``path`` (cited works left out)."""
    text = decode_bytes(read_source(path), str(path))
    importer = choose_importer(text, suffix=path.suffix)
    records = [r for part in iter_parse(importer, text) for r in part.records]
    return [r for r in records if not _is_cited_work(r)]


def _is_cited_work(record: Record) -> bool:
    """Cited works parsed from a page's reference list are records too; they are not items of the file."""
    locator = record.provenance.locator if record.provenance else ""
    return locator.startswith("reference ")
