"""Run every biblio command on hostile inputs and list each internal error (exit 70), hang or blow-up.

    .venv/bin/python scripts/hostile_audit.py [--jobs 2] [--timeout 60] [--max-seconds 10] [--max-mb 500]

Inputs come from :mod:`scripts.hostile.payloads` (junk bytes, broken encodings, bombs, wrong JSON shapes,
hostile field text in every format, truncations, special files). Each command runs in its own process
(:func:`scripts.hostile.run.run_biblio`); the report lists the runs that broke the contract (exit 70 or a
traceback, no answer before the timeout, more time or memory than the bounds) and exits 1 if there are any.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.hostile.payloads import hostile_batch_lines, hostile_files, hostile_refs
from scripts.hostile.run import Run, run_biblio
from scripts.hostile.samples import IMPORTER_SAMPLES, grow

Job = Callable[[], Run]
SEARCHES = ("(" * 500, '"', "title:", "*", "a OR", "NOT", "year:>", "author:张*", "\\", "title:(a OR (b", "-" * 99)
EDITS = ("date=" + "9" * 5000, "date=xx/yy", "title=", "pages=" + "9" * 5000, "volume=-1", "nosuchfield=x", "key=../x")


def _add_jobs(work: Path) -> Iterator[Job]:
    for label, data in hostile_files():
        path = work / "in" / label.replace("/", "_")
        path.write_bytes(data)
        library = work / "libs" / label.replace("/", "_")
        yield partial(run_biblio, ["add", str(path)], library)
    junk = work / "in" / "random-bytes"
    for sample in IMPORTER_SAMPLES:
        other = work / "in" / f"{sample.name}-1mb-field"
        for path in (junk, other):
            library = work / "libs" / f"forced-{sample.name}-{path.name}"
            yield partial(run_biblio, ["add", "--format", sample.name, str(path)], library)


def _ref_jobs(work: Path) -> Iterator[Job]:
    library = work / "libs" / "unused"
    for _label, text in hostile_refs():
        yield partial(run_biblio, ["parse-ref", text.replace("\0", "")], library)  # argv cannot hold NUL
        yield partial(run_biblio, ["parse-ref", "--format", "biblatex"], library, stdin=text.encode("utf-8"))
    for _label, line in hostile_batch_lines():
        yield partial(run_biblio, ["parse-ref", "--batch"], library, stdin=line)
    yield partial(run_biblio, ["parse-ref"], library, stdin=b"\xff\xfe\xfd Smith (2020)")


def _special_jobs(work: Path) -> Iterator[Job]:
    fifo = work / "fifo"
    os.mkfifo(fifo)
    library = work / "libs" / "special"
    for source in (str(fifo), "/dev/zero", "/dev/urandom", str(work)):
        yield partial(run_biblio, ["add", source], library, timeout=20)
        yield partial(run_biblio, ["export", "--aux", source, "-o", "-"], library, timeout=20)
    for device in ("/dev/zero", "/dev/urandom"):
        yield partial(run_biblio, ["add", "-"], library, stdin=Path(device), timeout=20)
        yield partial(run_biblio, ["parse-ref"], library, stdin=Path(device), timeout=20)
        yield partial(run_biblio, ["parse-ref", "--batch"], library, stdin=Path(device), timeout=20)


def _library_jobs(work: Path) -> Iterator[Job]:
    library = work / "libs" / "filled"
    seed = work / "in" / "seed.ris"
    seed.write_text(grow(IMPORTER_SAMPLES[2], 3000), encoding="utf-8")
    run = run_biblio(["add", str(seed), "--json"], library)
    key = run.out.split('"')[3] if run.code == 0 and run.out.count('"') > 3 else "missing"
    fifo = work / "fifo"
    for source in (str(fifo), "/dev/zero", str(work)):
        yield partial(run_biblio, ["attach", key, source], library, timeout=20)
    for target in (str(fifo), str(work)):  # never a device here: a regression would replace it with a file
        yield partial(run_biblio, ["export", "-o", target], library, timeout=20)
        yield partial(run_biblio, ["export", "--keep-updated", target], library, timeout=20)
    for query in SEARCHES:
        yield partial(run_biblio, ["search", query], library)
        yield partial(run_biblio, ["list", query], library)
        yield partial(run_biblio, ["export", query, "-o", "-"], library)
    for edit in EDITS:
        yield partial(run_biblio, ["edit", key, edit], library)
    odd = ["show", "\udcff"], ["edit", key, "title=a\udcffb"], ["parse-ref", "A \udcff"], ["add", str(work / "x\udcff")]
    for args in (["show", "../x"], ["show", key, "--format", "x"], ["cite", key, "--style", "nope"], ["check"], *odd):
        yield partial(run_biblio, args, library)


def main() -> int:
    """Run the audit; print the broken runs; 1 if any."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=60.0)
    parser.add_argument("--max-seconds", type=float, default=10.0)
    parser.add_argument("--max-mb", type=float, default=500.0)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="biblio-audit-") as tmp:
        work = Path(tmp)
        (work / "in").mkdir()
        (work / "libs").mkdir()
        jobs = [*_add_jobs(work), *_ref_jobs(work), *_special_jobs(work), *_library_jobs(work)]
        with ThreadPoolExecutor(options.jobs) as pool:
            runs = list(pool.map(lambda job: job(), jobs))
    broken = [(run, run.problem(options.max_seconds, options.max_mb)) for run in runs]
    broken = [(run, why) for run, why in broken if why]
    for run, why in broken:
        shown = " ".join(arg if len(arg) < 60 else arg[:57] + "..." for arg in run.args)
        print(f"{why}\n    biblio {shown!r}")
    slowest = max(runs, key=lambda r: r.seconds)
    largest = max(runs, key=lambda r: r.rss_mb)
    print(f"{len(runs)} runs, {len(broken)} broken; slowest {slowest.seconds:.1f} s ({slowest.args[:2]}), "
          f"largest {largest.rss_mb:.0f} MB ({largest.args[:2]})")  # fmt: skip
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main())
