"""`biblio add` of real files, wall and CPU time per fresh process, beside references measured in the same run.

    python benchmarks/bench_add.py [--runs 7] [--tree before=/path/to/other/checkout] [--tree after=.]

Inputs (from ``../shared``, written by others; a missing one is skipped):

- ``bbt-7166``: the largest file users sent to Better BibTeX's issue tracker (``data/realworld/bib/bbt-import``);
- ``bbt-911``: "Maintain the JabRef group … #97.bib" from the same folder: 911 entries, so the import also runs
  the duplicate check and the translation/person linking (imports of at most 2,000 entries do);
- ``cnki-refer-1``: a one-record EndNote/Refer export from CNKI (``data/realworld/cnki-exports/cnki_refer``);
- ``web-page``: a NetEase article copied as page text (the first of ``seeds/``);
- ``gbt-list``: the GB/T 7714 lines of ``tests/data/refs/rendered/sample.jsonl`` (rendered by TeX Live's
  gbt7714 and biblatex-gb7714-2015 styles) as one numbered reference list.

Every measurement is a fresh process adding one file to a fresh library; runs are interleaved round-robin
over trees and inputs so that the load of a shared machine spreads over all of them, and the table shows
the minimum and the median. References in the same run: ``python -c pass`` (interpreter start-up), ``biblio
--help`` (CLI start-up, per tree) and bibtexparser's bare ``parse_string`` of each .bib input.

Each tree gets its own derived-cache dir (``$BIBLIO_CACHE_DIR``, the pinyin phrase index) warmed by one
first run, shown in its own column: a user pays that once per pypinyin installation. Bytecode is written
and used (``PYTHONDONTWRITEBYTECODE`` is dropped from the children's environment): without it every process
compiles biblio's sources again (~0.15 s), which no installed copy does. ``--tree NAME=PATH`` runs biblio
from another checkout (``PYTHONPATH``), e.g. ``git worktree add /tmp/base main`` for a before/after table.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@dataclass
class Timing:
    """CPU (user + system) and wall seconds of repeated runs of one command."""

    cpu: list[float] = field(default_factory=list)
    wall: list[float] = field(default_factory=list)
    first_cpu: float = 0.0

    def row(self) -> str:
        def fmt(values: list[float]) -> str:
            return f"{min(values):.2f} | {statistics.median(values):.2f}" if values else "— | —"

        first = f"{self.first_cpu:.2f}" if self.first_cpu else "—"
        return f"{fmt(self.wall)} | {fmt(self.cpu)} | {first}"


def run(command: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of one child process; it must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr.decode(errors='replace')[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return cpu, wall


def gbt_list(directory: Path) -> Path:
    """The GB/T 7714 strings rendered by TeX Live styles, as one numbered list."""
    lines = [json.loads(line) for line in (ROOT / "tests/data/refs/rendered/sample.jsonl").open(encoding="utf-8")]
    texts = [e["text"] for e in lines if "gb7714" in e["source"] or "gbt7714" in e["source"]]
    path = directory / "gbt-list.txt"
    path.write_text("".join(f"[{i}] {text}\n" for i, text in enumerate(texts, 1)), encoding="utf-8")
    return path


def inputs(directory: Path) -> dict[str, Path]:
    """The inputs that exist on this machine."""
    found: dict[str, Path] = {}
    bibs = sorted((SHARED / "data/realworld/bib/bbt-import").glob("*.bib"), key=lambda p: p.stat().st_size)
    if bibs:
        found["bbt-7166"] = bibs[-1]
    careful = [p for p in bibs if "#97" in p.name]  # 911 entries: <= 2,000, so duplicate check and linking run
    if careful:
        found["bbt-911"] = careful[0]
    refer = SHARED / "data/realworld/cnki-exports/cnki_refer/CNKI_Refer-00.txt"
    if refer.exists():
        found["cnki-refer-1"] = refer
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    if seeds:
        found["web-page"] = seeds[0]
    found["gbt-list"] = gbt_list(directory)
    return found


class Bench:
    """The trees, inputs, environments and timings of one run."""

    def __init__(self, trees: dict[str, str], files: dict[str, Path], work: Path) -> None:
        self.trees, self.files, self.work = trees, files, work
        self.base_env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        self.envs = {
            name: {
                **self.base_env,
                "PYTHONPATH": str(Path(path).resolve()),
                "BIBLIO_CACHE_DIR": str(work / f"cache-{i}"),
            }
            for i, (name, path) in enumerate(trees.items())
        }
        self.timings: dict[tuple[str, str], Timing] = {}
        self.references: dict[str, Timing] = {}

    def add(self, tree: str, source: Path) -> tuple[float, float]:
        library = self.work / "library"
        shutil.rmtree(library, ignore_errors=True)
        command = [sys.executable, "-m", "biblio", "--library", str(library), "add", str(source)]
        return run(command, self.envs[tree], self.work)

    def reference(self, label: str, command: list[str], env: dict[str, str]) -> None:
        cpu, wall = run(command, env, self.work)
        timing = self.references.setdefault(label, Timing())
        timing.cpu.append(cpu)
        timing.wall.append(wall)

    def first_runs(self) -> None:
        """The first run of each tree builds its caches and bytecode: timed apart."""
        for tree in self.trees:
            for label, source in self.files.items():
                self.timings[tree, label] = Timing(first_cpu=self.add(tree, source)[0])

    def one_round(self) -> None:
        for tree in self.trees:
            for label, source in self.files.items():
                cpu, wall = self.add(tree, source)
                self.timings[tree, label].cpu.append(cpu)
                self.timings[tree, label].wall.append(wall)
            self.reference(f"biblio --help ({tree})", [sys.executable, "-m", "biblio", "--help"], self.envs[tree])
        self.reference("python -c pass", [sys.executable, "-c", "pass"], self.base_env)
        code = "import bibtexparser, sys; bibtexparser.parse_string(open(sys.argv[1], encoding='utf-8').read())"
        for label, source in self.files.items():
            if source.suffix == ".bib":
                self.reference(
                    f"bibtexparser parse_string, {label}", [sys.executable, "-c", code, str(source)], self.base_env
                )

    def table(self) -> str:
        rows = ["| input | tree | wall s min | wall s median | CPU s min | CPU s median | first run CPU s |"]
        rows.append("|---|---|---|---|---|---|---|")
        rows += [f"| {label} | {tree} | {timing.row()} |" for (tree, label), timing in self.timings.items()]
        rows += [f"| (reference) {label} | | {timing.row()} |" for label, timing in self.references.items()]
        return "\n".join(rows)


def main() -> None:
    """Measure and print the table (Markdown)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--tree", action="append", default=[], help="NAME=PATH of a biblio checkout (repeatable)")
    parser.add_argument("--only", default="", help="comma-separated input names")
    options = parser.parse_args()
    trees = dict(t.split("=", 1) for t in options.tree) or {"this tree": str(ROOT)}
    work = Path(tempfile.mkdtemp(prefix="biblio-bench-add-"))
    files = inputs(work)
    if options.only:
        files = {k: v for k, v in files.items() if k in options.only.split(",")}
    bench = Bench(trees, files, work)
    bench.first_runs()
    for _ in range(options.runs):
        bench.one_round()
    load = os.getloadavg()
    print(f"{options.runs} runs each, load average at the end {load[0]:.1f} / {load[1]:.1f} / {load[2]:.1f}\n")
    print(bench.table())
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
