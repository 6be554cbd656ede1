"""kill -9 in the middle of a 10,000-record import: the library opens, checks clean, keeps every committed record."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import bibtexparser
import pytest

from biblio.config import Config
from biblio.library import Library
from tests.corpus.build import write_corpus

N = 10_000


def _count(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    try:
        db = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
        try:
            return int(db.execute("SELECT count(*) FROM records").fetchone()[0])
        finally:
            db.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_kill_during_import_keeps_committed_records(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path, N)
    library = tmp_path / "lib"
    db_path = library / "biblio.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-m", "biblio", "--library", str(library), "add", str(corpus)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 120
    while _count(db_path) == 0 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.005)
    time.sleep(random.Random(7).uniform(0.0, 0.05))
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    committed = _count(db_path)
    assert 0 < committed < N, "the kill must land in the middle of the import"

    source = {e.key: e for e in bibtexparser.parse_string(corpus.read_text(encoding="utf-8")).entries}
    with Library(Config(library=library), create=False) as lib:
        assert lib.check().ok, lib.check().problems
        stored = list(lib.records())
        assert len(stored) == committed
        for record in stored:
            entry = source[record.key]
            assert record.latex["title"] == entry["title"]
            assert record.date[:4] == entry["year"]
        report = lib.add_file(corpus)
        assert len(report.added) == N - committed
        assert len(report.unchanged) == committed
        assert lib.count() == N
        assert lib.check().ok
