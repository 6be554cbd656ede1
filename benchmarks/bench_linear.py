"""Parse time of every importer and parse-ref from 10 KB to 10 MB: linear parsers grow ~10x per 10x of input.

    .venv/bin/python benchmarks/bench_linear.py [--sizes 10000,100000,1000000,10000000] [--only ris,cnki]
                                                [--modes records,field,lines] [--add]

Inputs are the generated documents of :mod:`scripts.hostile.samples` in three shapes: ``records`` (as many
small records as fit), ``field`` (one record with one huge field: a title, an abstract, a page body) and
``lines`` (that field wrapped over many lines: continuation lines, wrapped references, paragraphs).
Each parse (decode + parse, as ``biblio add`` does before storing) runs in a fresh process; the table shows
CPU seconds (the box is shared: wall time follows the load), the growth ratio against the previous size
(a linear parser: ~10; quadratic: ~100) and the process's peak RSS. ``--add`` times the whole
``biblio add`` (wall seconds, start-up included) of the one-huge-field documents instead: keys and sort
names romanize titles and names, which the parse alone does not show (a 1 MB RIS title took 25 s there).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.hostile.run import Parsed, measure_parse, run_biblio
from scripts.hostile.samples import MODES, SAMPLES, Sample, grow

SIZES = (10_000, 100_000, 1_000_000, 10_000_000)


def _row(sample: Sample, mode: str, sizes: list[int], work: Path) -> str:
    cells: list[str] = []
    previous: Parsed | None = None
    for size in sizes:
        path = work / "input"
        path.write_text(grow(sample, size, mode), encoding="utf-8")
        parsed = measure_parse(sample.name, path, timeout=900)
        ratio = f" (x{parsed.cpu / previous.cpu:.0f})" if previous is not None and previous.cpu > 0.005 else ""
        cells.append(f"{parsed.cpu:.2f}{ratio}")
        previous = parsed
    assert previous is not None
    return f"| {sample.name} | {mode} | " + " | ".join(cells) + f" | {previous.rss_mb:.0f} |"


def _add_row(sample: Sample, sizes: list[int], work: Path) -> str:
    """The whole ``biblio add`` of one record with one huge field (keys, sort names, the store): wall seconds."""
    cells: list[str] = []
    previous, rss = 0.0, 0.0
    for size in sizes:
        path = work / f"input-{size}"
        path.write_text(grow(sample, size, "field"), encoding="utf-8")
        run = run_biblio(["add", "--format", sample.name, str(path)], work / f"lib-{sample.name}-{size}", timeout=900)
        ratio = f" (x{run.seconds / previous:.0f})" if previous > 0.005 else ""
        cells.append(f"{run.seconds:.2f}{ratio}" + ("" if run.code == 0 else f" exit {run.code}"))
        previous, rss = run.seconds, run.rss_mb
    return f"| {sample.name} | biblio add, field | " + " | ".join(cells) + f" | {rss:.0f} |"


def main() -> int:
    """Print the table (markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=",".join(map(str, SIZES)))
    parser.add_argument("--only", default="", help="comma-separated sample names")
    parser.add_argument("--modes", default=",".join(MODES), help="shapes to run (records, field, lines)")
    parser.add_argument("--add", action="store_true", help="time the whole `biblio add` (wall s) instead")
    options = parser.parse_args()
    sizes = [int(s) for s in options.sizes.split(",")]
    only = set(filter(None, options.only.split(",")))
    print(f"load average at start: {os.getloadavg()[0]:.1f}")
    unit = "wall s" if options.add else "CPU s"
    print("| input | shape | " + " | ".join(f"{s / 1e6:g} MB {unit}" for s in sizes) + " | peak RSS MB (largest) |")
    print("|---|---|" + "---|" * len(sizes) + "---|")
    with tempfile.TemporaryDirectory(prefix="bench-linear-") as tmp:
        for sample in SAMPLES:
            if only and sample.name not in only:
                continue
            if options.add and not sample.name.startswith("parse-ref"):
                print(_add_row(sample, sizes, Path(tmp)), flush=True)
                continue
            if options.add:
                continue  # parse-ref: the parse table has it
            for mode in [m for m in options.modes.split(",") if sample.many or m != "records"]:
                print(_row(sample, mode, sizes, Path(tmp)), flush=True)
    print(f"load average at end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
