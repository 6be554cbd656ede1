"""BibTeX import time against input size, per shape of growth (issue 16: every parser linear).

    .venv/bin/python benchmarks/bench_bibtex_scaling.py                       # parse, 10 KB / 1 MB / 10 MB
    .venv/bin/python benchmarks/bench_bibtex_scaling.py --add --sizes 100000,1000000

The shapes are ``tests/importers/bibtex/shapes.py`` (entries, authors, fields, long values, macros,
crossref children, junk, refused entries). ``parse`` is ``BibtexImporter().parse`` in this process
(CPU seconds); ``--add`` also runs ``biblio add`` of the file into a fresh library in a fresh process
(CPU seconds of the child: sort names, JSON, SQLite). The last columns are the time per input byte at
the largest size over the same at the size before it: about 1 for linear growth (smaller inputs carry
fixed costs, so below 1 is common), 10 for quadratic growth over 1 MB -> 10 MB.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.importers.bibtex.shapes import SHAPES, parse_seconds  # noqa: E402


def add_seconds(text: str) -> float:
    """CPU seconds of ``biblio add`` of ``text`` into a fresh library (a fresh process)."""
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.bib"
        source.write_text(text, encoding="utf-8")
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        subprocess.run(
            [sys.executable, "-m", "biblio", "--library", str(Path(tmp) / "lib"), "add", str(source)],
            capture_output=True,
            check=False,
        )
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,1000000,10000000", help="input sizes in bytes")
    parser.add_argument("--shapes", default=",".join(SHAPES), help="comma-separated shape names")
    parser.add_argument("--add", action="store_true", help="also time `biblio add` in a fresh process")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    steps = ["parse", "add"] if args.add else ["parse"]
    head = [f"{step} {size // 1000:,} KB" for step in steps for size in sizes]
    print("| shape | " + " | ".join(head) + " | " + " | ".join(f"{s} per byte ratio" for s in steps) + " |")
    print("|---" * (1 + len(head) + len(steps)) + "|")
    for name in args.shapes.split(","):
        texts = [SHAPES[name](size) for size in sizes]
        cells, ratios = [], []
        for step in steps:
            measure = parse_seconds if step == "parse" else add_seconds
            times = [measure(text) for text in texts]
            cells += [f"{t:.3f}" for t in times]
            per_byte = [t / len(text) for t, text in zip(times, texts, strict=True)]
            ratios.append(f"{per_byte[-1] / per_byte[-2]:.2f}" if len(per_byte) > 1 and per_byte[-2] > 0 else "-")
        print(f"| {name} | " + " | ".join(cells) + " | " + " | ".join(ratios) + " |", flush=True)


if __name__ == "__main__":
    main()
