"""biblio.search.lifeline: a helper process ends when the process that started it is killed (kill -9),
by the Linux parent-death signal and by the polling fallback other systems use."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from biblio.search.lifeline import EXIT_ORPHANED
from tests.search.processes import HAS_PROC, read_line, running, wait_until

pytestmark = pytest.mark.skipif(not HAS_PROC, reason="looks at processes through /proc")

# A creator that starts one helper (start method and lifeline mode from argv), prints the helper's pid
# and how it is tied, then sleeps until killed. The helper would sleep for a minute on its own.
CREATOR = textwrap.dedent(
    """
    import multiprocessing, os, sys, time
    from biblio.search.lifeline import end_with

    def helper(creator, kernel_signal, report):
        report.send(end_with(creator, kernel_signal=kernel_signal))
        time.sleep(60)

    if __name__ == "__main__":
        context = multiprocessing.get_context(sys.argv[1])
        mine, theirs = context.Pipe()
        process = context.Process(target=helper, args=(os.getpid(), sys.argv[2] == "signal", theirs))
        process.start()
        print(process.pid, mine.recv() if mine.poll(30) else "silent", flush=True)
        time.sleep(60)
    """
)


def start(args: list[str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, *args], stdout=subprocess.PIPE, text=True)


def stop(*processes: subprocess.Popen[str]) -> None:
    for process in processes:
        if process.poll() is None:
            process.kill()
        process.wait()


@pytest.mark.parametrize(
    ("start_method", "mode"),
    [("fork", "signal"), ("fork", "poll"), ("spawn", "signal"), ("forkserver", "poll")],
)
def test_the_helper_ends_within_seconds_of_its_creator(tmp_path: Path, start_method: str, mode: str) -> None:
    script = tmp_path / "creator.py"  # a file, not -c: spawn and forkserver import the helper from it
    script.write_text(CREATOR, encoding="utf-8")
    creator = start([str(script), start_method, mode])
    try:
        pid_text, how = read_line(creator, timeout=60).split()
        helper = int(pid_text)
        # forkserver: the helper's parent is the fork server, so it cannot use the parent-death signal
        assert how == ("poll" if start_method == "forkserver" else mode)
        assert running(helper)
    finally:
        stop(creator)  # SIGKILL: no cleanup of any kind runs in the creator
    assert wait_until(lambda: not running(helper), timeout=5.0), f"helper {helper} outlived its creator"


def test_a_helper_whose_creator_died_before_it_was_tied_ends_at_once() -> None:
    code = textwrap.dedent(
        """
        import os, time
        from biblio.search.lifeline import end_with
        creator = os.getpid()
        helper = os.fork()
        if helper == 0:
            os.close(1)
            time.sleep(0.5)  # the creator is gone by now, and reaped
            end_with(creator)
            time.sleep(60)
            os._exit(0)
        print(helper, flush=True)
        os._exit(0)
        """
    )
    creator = start(["-c", code])
    helper = int(read_line(creator, timeout=30))
    creator.wait()
    assert running(helper)  # still in its half-second sleep
    assert wait_until(lambda: not running(helper), timeout=5.0), f"helper {helper} outlived its creator"


def test_polling_sees_a_killed_creator_that_is_not_the_parent() -> None:
    """The forkserver case from the inside: the creator is any process, watched by its pid."""
    sleeper = start(["-c", "import time; time.sleep(60)"])
    watcher = start(
        ["-c", "import sys, time; from biblio.search.lifeline import end_with;"
         " print(end_with(int(sys.argv[1])), flush=True); time.sleep(60)", str(sleeper.pid)]
    )  # fmt: skip
    try:
        assert read_line(watcher, timeout=30).strip() == "poll"
        os.kill(sleeper.pid, signal.SIGKILL)
        assert watcher.wait(timeout=5.0) == EXIT_ORPHANED  # the sleeper is a zombie here: not running
    finally:
        stop(sleeper, watcher)
