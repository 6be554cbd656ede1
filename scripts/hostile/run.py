"""Run ``biblio`` in a child process and measure it: exit code, stderr, wall time and peak RSS.

A small wrapper process starts biblio and reports ``resource.getrusage(RUSAGE_CHILDREN)`` for it (its only
child, so the peak RSS is biblio's own); on a timeout the whole process group is killed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

MARK = "@@biblio-bounds"
_WRAPPER = (
    "import resource, subprocess, sys, time\n"
    "start = time.perf_counter()\n"
    "code = subprocess.run(sys.argv[1:], check=False).returncode\n"
    "wall = time.perf_counter() - start\n"
    f"print('{MARK}', resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, wall, file=sys.stderr)\n"
    "sys.exit(code)\n"
)
INTERNAL = 70


@dataclass(frozen=True, slots=True)
class Run:
    """One command's outcome; ``code`` is None when it was killed at the timeout."""

    args: tuple[str, ...]
    code: int | None
    out: str
    err: str
    seconds: float
    rss_mb: float

    @property
    def timed_out(self) -> bool:
        """True if the command was killed at the timeout."""
        return self.code is None

    def first_error_line(self) -> str:
        """The first line of stderr (what the user saw first)."""
        return next((line for line in self.err.splitlines() if line.strip()), "")

    def problem(self, max_seconds: float, max_mb: float) -> str:
        """Why this run breaks the contract ("" if it does not)."""
        if self.timed_out:
            return f"no answer after {self.seconds:.0f} s"
        if self.code == INTERNAL or "Traceback" in self.err:
            return f"internal error: {self.first_error_line()}"
        if self.seconds > max_seconds:
            return f"took {self.seconds:.1f} s (bound {max_seconds} s)"
        if self.rss_mb > max_mb:
            return f"peak RSS {self.rss_mb:.0f} MB (bound {max_mb} MB)"
        return ""


def run_biblio(
    args: list[str],
    library: Path,
    *,
    stdin: bytes | Path | None = None,
    timeout: float = 60.0,
    env: dict[str, str] | None = None,
) -> Run:
    """``python -m biblio --library LIBRARY ARGS`` with ``stdin`` (bytes, a file to redirect, or nothing)."""
    command = [sys.executable, "-c", _WRAPPER, sys.executable, "-m", "biblio", "--library", str(library), *args]
    environment = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    environment.pop("BIBLIO_DEBUG", None)
    source = open(stdin, "rb") if isinstance(stdin, Path) else None
    try:
        proc = subprocess.Popen(
            command,
            stdin=source if source is not None else (subprocess.PIPE if stdin is not None else subprocess.DEVNULL),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=environment,
            start_new_session=True,
        )
        data = stdin if isinstance(stdin, bytes) else None
        try:
            out, err = proc.communicate(data, timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
            return Run(tuple(args), None, "", err.decode("utf-8", "replace"), timeout, 0.0)
    finally:
        if source is not None:
            source.close()
    return _measured(tuple(args), proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"))


def _measured(args: tuple[str, ...], code: int, out: str, err: str) -> Run:
    lines = err.rstrip("\n").split("\n")
    last = lines[-1].split() if lines else []
    if len(last) == 3 and last[0] == MARK:
        return Run(args, code, out, "\n".join(lines[:-1]), float(last[2]), int(last[1]) / 1024)
    return Run(args, code, out, err, 0.0, 0.0)


_PARSE_CHILD = """
import resource, sys, time
from pathlib import Path
from biblio.errors import InputError
from biblio.importers.decode import decode_text
from biblio.importers.base import iter_parse
from biblio.importers.refs import parse_reference
from biblio.importers.registry import get_importer
name, path = sys.argv[1], Path(sys.argv[2])
data = path.read_bytes()
importer = None if name.startswith("parse-ref") else get_importer(name)  # imports are start-up, not parsing
start, cpu = time.perf_counter(), time.process_time()
try:
    text = decode_text(data, str(path)).text
    if importer is None:
        outcome = "ok " + parse_reference(text.strip(), "auto").record.type.value
    else:
        outcome = f"ok {sum(len(r.records) for r in iter_parse(importer, text))} records"
except InputError as exc:
    outcome = f"InputError: {exc}"
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
print(seconds, cpu, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, outcome.splitlines()[0] if outcome else "")
"""


@dataclass(frozen=True, slots=True)
class Parsed:
    """How one parse in a fresh process went: wall and CPU seconds, the process's peak RSS, what came out."""

    seconds: float
    cpu: float
    rss_mb: float
    outcome: str


def measure_parse(name: str, path: Path, timeout: float = 120.0) -> Parsed:
    """Decode and parse ``path`` with importer ``name`` (or ``parse-ref*``) in a fresh process.

    Raises RuntimeError with the child's stderr if it failed with anything but InputError.
    """
    done = subprocess.run(
        [sys.executable, "-c", _PARSE_CHILD, name, str(path)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"parse of {path.name} with {name} failed:\n{done.stderr[-3000:]}")
    seconds, cpu, rss_kb, outcome = done.stdout.strip().split(" ", 3)
    return Parsed(float(seconds), float(cpu), int(rss_kb) / 1024, outcome)
