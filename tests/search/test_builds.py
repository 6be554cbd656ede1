"""biblio.search.builds: leftovers of killed index writes are swept; a write still running never is.

Real processes hold the locks and are killed with SIGKILL, as in issue 16.
"""

from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from biblio.search.builds import GRACE_SECONDS, LOCK_NAME, WHOOSH_TEMP, BuildFolder, sweep
from biblio.search.index import SearchIndex
from tests.search.generated import generated_records
from tests.search.processes import read_line


def hold(code: str, *args: str) -> subprocess.Popen[str]:
    """A process running ``code`` (which prints one line when ready, then sleeps); its line is read."""
    process = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code), *args], stdout=subprocess.PIPE, text=True)
    read_line(process, timeout=60)
    return process


def kill(process: subprocess.Popen[str]) -> None:
    process.kill()
    process.wait()


def make_old(path: Path, seconds: float = GRACE_SECONDS + 5) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


def test_a_build_is_kept_while_its_process_lives_and_swept_once_it_is_killed(tmp_path: Path) -> None:
    builder = hold(
        """
        import sys, time
        from pathlib import Path
        from biblio.search.builds import BuildFolder
        build = BuildFolder(Path(sys.argv[1]))
        print(build.path.name, flush=True)
        time.sleep(60)
        """,
        str(tmp_path),
    )
    try:
        (build,) = tmp_path.glob("tmp-*")
        make_old(build, 3600)  # age does not matter while the lock is held
        assert sweep(tmp_path, None) == [] and build.exists()
    finally:
        kill(builder)
    assert sweep(tmp_path, None) == [build.name] and not build.exists()


def test_the_lock_file_is_only_ever_seen_locked(tmp_path: Path) -> None:
    with BuildFolder(tmp_path) as build:
        assert sorted(p.name for p in build.path.iterdir()) == [LOCK_NAME]
        fd = os.open(build.path / LOCK_NAME, os.O_RDWR)
        try:
            with pytest.raises(BlockingIOError):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        finally:
            os.close(fd)
    assert sweep(tmp_path, None) == [build.path.name]  # released: nobody is building there


def test_an_unlocked_build_folder_is_swept_only_after_the_grace_period(tmp_path: Path) -> None:
    starting = tmp_path / "tmp-starting"
    starting.mkdir()
    (starting / "MAIN_x.seg").write_bytes(b"partial")
    assert sweep(tmp_path, None) == [] and starting.exists()  # may be a build between mkdtemp and its lock
    make_old(starting)
    assert sweep(tmp_path, None) == ["tmp-starting"]


def test_state_files_of_a_killed_write_are_swept_when_old(tmp_path: Path) -> None:
    fresh, stale = tmp_path / ".current-a.json", tmp_path / ".current-b.json"
    fresh.write_text("{}")
    stale.write_text("{}")
    make_old(stale)
    assert sweep(tmp_path, None) == [stale.name] and fresh.exists()


def test_other_folders_are_never_touched(tmp_path: Path) -> None:
    for name in ("ix-1", "notes", "tmpfolder"):
        (tmp_path / name).mkdir()
        make_old(tmp_path / name)
    assert sweep(tmp_path, "ix-1") == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ix-1", "notes", "tmpfolder"]


KILLED_UPDATE = """
    import os, signal, sys
    from biblio.search.documents import make_romanizer, record_document
    from biblio.search.index import _whoosh_index
    from tests.search.generated import generated_records
    ix = _whoosh_index().open_dir(sys.argv[1])
    writer = ix.writer(limitmb=1)  # small pool runs: some are written to MAIN.tmp before the kill
    romanize = make_romanizer()
    for record in generated_records(3000, start=100):
        writer.add_document(**record_document(record, romanize))
    print("killing", flush=True)
    os.kill(os.getpid(), signal.SIGKILL)
"""


LIVE_WRITER = """
    import sys, time
    from biblio.search.index import _whoosh_index
    writer = _whoosh_index().open_dir(sys.argv[1]).writer()
    writer.add_document(uid="live", title="being written")
    print("writing", flush=True)
    time.sleep(60)
"""


def test_a_killed_update_is_cleaned_but_never_under_a_live_writer(tmp_path: Path) -> None:
    index = SearchIndex(tmp_path)
    index.rebuild(generated_records(100), 100, generation=1)
    state = index._read_state()
    assert state is not None
    live = tmp_path / state.dir
    before = sorted(p.name for p in live.iterdir())
    killed = subprocess.Popen([sys.executable, "-c", textwrap.dedent(KILLED_UPDATE), str(live)], stdout=subprocess.PIPE)
    assert killed.wait(timeout=120) == -9
    left = sorted(p.name for p in live.iterdir())
    assert WHOOSH_TEMP in left and any((live / WHOOSH_TEMP).iterdir())  # pool runs of the killed writer
    strays = set(left) - set(before) - {WHOOSH_TEMP}
    assert strays  # its new segment's files

    writer = hold(LIVE_WRITER, str(live))  # a writer at work: its lock is held, its files are in use
    try:
        assert sweep(tmp_path, live.name) == []
        assert set(left) <= {p.name for p in live.iterdir()}
    finally:
        kill(writer)  # now killed as well: two writers' leftovers
    removed = sweep(tmp_path, live.name)
    assert WHOOSH_TEMP in removed and strays <= set(removed)
    assert sorted(p.name for p in live.iterdir()) == before
    with SearchIndex(tmp_path) as fresh:
        assert fresh.search("central", limit=1).total == 100
        fresh.update(generated_records(1, start=100), [], generation=2, expected=1)
        assert fresh.search("central", limit=1).total == 101
