"""Import one file the way a user does: ``biblio add FILE`` (no ``--format``) into a fresh library.

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
from biblio.library import Library
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
    records: list[Record] = field(default_factory=list)
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
                result.records = [r for r in lib.records() if not _is_cited_work(r)]
        result.importers = sorted({r.provenance.importer for r in result.records if r.provenance})
        return result


def _is_cited_work(record: Record) -> bool:
    """Cited works parsed from a page's reference list are records too; they are not items of the file."""
    locator = record.provenance.locator if record.provenance else ""
    return locator.startswith("reference ")
