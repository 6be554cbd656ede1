"""kill -9 during ``biblio index --rebuild`` (issue 16): its writer processes end with it, the next
open removes its ``tmp-…`` folder, and the index is consistent with the store; a rebuild still
running is never touched, and a failed rebuild stops its writer processes too.

Real processes on a generated library big enough to use the two writer processes
(MULTIPROCESS_THRESHOLD) and to be killed in the middle of its rebuild (~6 s on the dev machine).
"""

from __future__ import annotations

import json
import multiprocessing
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio.model import Record
from biblio.search.builds import sweep
from biblio.search.index import MULTIPROCESS_THRESHOLD, SearchIndex
from tests.search.generated import generated_record, generated_records
from tests.search.processes import HAS_PROC, children, running, wait_until

pytestmark = pytest.mark.skipif(not HAS_PROC or (os.cpu_count() or 1) < 2, reason="Linux, two cores")

RECORDS = MULTIPROCESS_THRESHOLD + 1000
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def biblio(library: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "biblio", "--library", str(library), *args],
        capture_output=True, text=True, env=ENV, timeout=600, check=False,
    )  # fmt: skip


def start_rebuild(library: Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "biblio", "--library", str(library), "index", "--rebuild"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=ENV,
    )  # fmt: skip


def csl(record: Record) -> dict[str, object]:
    """A generated record as CSL-JSON (what `biblio add` reads)."""
    return {
        "id": record.key,
        "type": "article-journal",
        "title": record.title[0].value,
        "abstract": record.abstract[0].value,
        "author": [{"family": name.family, "given": name.given} for name in record.authors],
        "issued": {"date-parts": [[int(record.date)]]},
    }


@pytest.fixture(scope="module")
def base_library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of RECORDS generated records, without an index."""
    folder = tmp_path_factory.mktemp("rebuild-kill")
    source = folder / "records.json"
    source.write_text(json.dumps([csl(generated_record(i)) for i in range(RECORDS)]), encoding="utf-8")
    library = folder / "lib"
    added = biblio(library, "add", str(source))
    assert added.returncode == 0, added.stderr
    shutil.rmtree(library / "index", ignore_errors=True)
    return library


@pytest.fixture
def library(base_library: Path, tmp_path: Path) -> Path:
    """A copy of the base library for one test."""
    copy = tmp_path / "lib"
    shutil.copytree(base_library, copy)
    return copy


def builds(library: Path) -> list[Path]:
    return sorted((library / "index").glob("tmp-*"))


def mid_rebuild(library: Path) -> tuple[subprocess.Popen[str], list[int]]:
    """A rebuild caught with its two writer processes at work; (its process, the writers' pids)."""
    rebuild = start_rebuild(library)
    assert wait_until(lambda: len(children(rebuild.pid)) >= 2 and bool(builds(library)), timeout=120), (
        "the rebuild never started its writer processes"
    )
    workers = children(rebuild.pid)
    assert wait_until(lambda: rebuild.poll() is not None, timeout=0.5) is False, "library too small: rebuild done"
    return rebuild, workers


def test_the_library_is_big_enough_to_use_writer_processes(base_library: Path) -> None:
    assert RECORDS >= MULTIPROCESS_THRESHOLD


@pytest.mark.parametrize("existing_index", [False, True], ids=["first-build", "replacing-an-index"])
def test_kill_9_during_rebuild(library: Path, existing_index: bool) -> None:
    if existing_index:
        assert biblio(library, "index", "--rebuild").returncode == 0
    rebuild, workers = mid_rebuild(library)
    rebuild.send_signal(signal.SIGKILL)
    rebuild.wait()
    assert wait_until(lambda: not any(running(pid) for pid in workers), timeout=5.0), (
        f"writer processes {[pid for pid in workers if running(pid)]} outlived the killed rebuild"
    )
    assert len(builds(library)) == 1  # what the killed rebuild left
    found = biblio(library, "search", "unique4321", "--json")  # the next open (rebuilds when there was no index)
    assert found.returncode == 0, found.stderr
    assert [hit["key"] for hit in json.loads(found.stdout)] == ["gen004321"]
    assert builds(library) == []
    status = biblio(library, "index", "--status")
    assert status.returncode == 0 and "current" in status.stdout, status.stdout  # generation equals the store's


def test_opening_the_index_never_touches_a_running_rebuild(library: Path) -> None:
    assert biblio(library, "index", "--rebuild").returncode == 0
    rebuild, _ = mid_rebuild(library)
    assert len(builds(library)) == 1
    swept: list[str] = []
    opened = 0
    while rebuild.poll() is None:
        swept += sweep(library / "index", None)
        with SearchIndex(library / "index") as index:  # a first open: it sweeps too
            assert index.search("unique4321", limit=1, snippets=False).total == 1
        opened += 1
    assert rebuild.wait() == 0, rebuild.stderr.read() if rebuild.stderr else ""
    assert opened >= 3 and swept == [] and builds(library) == []  # renamed to ix-… when done, not swept
    assert biblio(library, "index", "--status").returncode == 0


def _failing(records: list[Record], after: int, pause: float) -> Iterator[Record]:
    for i, record in enumerate(records):
        if i == after:
            time.sleep(pause)  # the writer processes have read every batch: they wait on the queue
            raise RuntimeError("a record that cannot be indexed")
        yield record


@pytest.mark.parametrize("pause", [0.0, 1.5], ids=["while-writing", "while-waiting"])
def test_a_failed_rebuild_stops_its_writer_processes(
    tmp_path: Path, capfd: pytest.CaptureFixture[str], pause: float
) -> None:
    index = SearchIndex(tmp_path)
    with pytest.raises(RuntimeError, match="cannot be indexed"):  # total=RECORDS: the multiprocess writer
        index.rebuild(_failing(generated_records(800), after=700, pause=pause), RECORDS, generation=1)
    assert multiprocessing.active_children() == [] and children(os.getpid()) == []
    assert not list(tmp_path.glob("tmp-*")) and index.generation() is None
    assert "Traceback" not in capfd.readouterr().err  # stopped, not crashed on their deleted batch files
