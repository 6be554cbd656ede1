"""Import/export throughput and peak memory of biblio beside bibtexparser, on the shared corpus.

    python benchmarks/bench_import_export.py --sizes 10000,100000 [--corpus-dir /tmp/benchdata]

Each measurement runs in a fresh child process (peak RSS from getrusage of that child). The corpus
comes from tests/corpus/gen_corpus.py (a copy of ../shared/bench/gen_corpus.py, seed 42).
Results go to stdout as a Markdown table; record them in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.corpus.build import write_corpus  # noqa: E402

CHILD = {
    "bibtexparser parse": """
import bibtexparser, sys
lib = bibtexparser.parse_string(open(sys.argv[1], encoding='utf-8').read())
print(len(lib.entries))
""",
    "bibtexparser write (in-place stack)": """
import bibtexparser, sys, time
from bibtexparser.entrypoint import default_unparse_stack
lib = bibtexparser.parse_string(open(sys.argv[1], encoding='utf-8').read())
t = time.perf_counter()
text = bibtexparser.write_string(lib, unparse_stack=default_unparse_stack(allow_inplace_modification=True))
print(len(lib.entries), time.perf_counter() - t)
""",
    "biblio add (store, no index)": """
import sys
from pathlib import Path
from biblio.config import Config
from biblio.library import Library
with Library(Config(library=Path(sys.argv[2]))) as lib:
    report = lib.add_file(Path(sys.argv[1]))
print(len(report.added))
""",
    "biblio export biblatex": """
import sys, time
from pathlib import Path
from biblio.config import Config
from biblio.library import Library
from biblio.export.bibtex import format_bibtex
with Library(Config(library=Path(sys.argv[2])), create=False) as lib:
    records = list(lib.records())
    t = time.perf_counter()
    text = format_bibtex(records, dialect='biblatex', key_of=lib.key_of)
print(len(records), time.perf_counter() - t)
""",
}


PEAK = "\nimport resource; print('PEAK', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"


def run_child(code: str, *args: str) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MiB of that process, its other stdout) of one fresh Python process."""
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code + PEAK, *args], capture_output=True, text=True, check=True).stdout
    wall = time.perf_counter() - start
    lines = out.strip().splitlines()
    peak = float(lines[-1].split()[1]) / 1024
    return wall, peak, "\n".join(lines[:-1])


def startup(args: list[str], repeat: int = 5) -> float:
    """Median wall time of ``biblio ARGS``."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "biblio", *args], capture_output=True, check=True)
        times.append(time.perf_counter() - start)
    return sorted(times)[len(times) // 2]


def main() -> None:
    """Run every measurement for every size and print a table."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000")
    parser.add_argument("--corpus-dir", default="")
    options = parser.parse_args()
    work = Path(options.corpus_dir or tempfile.mkdtemp(prefix="biblio-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    print("| size | step | wall s | records/s | peak RSS MiB |")
    print("|---|---|---|---|---|")
    for n in (int(s) for s in options.sizes.split(",")):
        corpus = work / f"corpus_{n}.bib"
        if not corpus.exists():
            write_corpus(work, n, f"corpus_{n}")
        library = Path(tempfile.mkdtemp(prefix="biblio-bench-lib-"))
        for step, code in CHILD.items():
            wall, peak, out = run_child(code, str(corpus), str(library))
            parts = out.split()
            seconds = float(parts[1]) if len(parts) > 1 else wall
            rate = n / seconds if seconds else 0.0
            print(f"| {n:,} | {step} | {seconds:.2f} | {rate:,.0f} | {peak:.0f} |")
    print()
    print(json.dumps({"--version s": round(startup(["--version"]), 3), "--help s": round(startup(["--help"]), 3)}))


if __name__ == "__main__":
    main()
