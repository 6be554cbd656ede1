"""Throughput of the reference-string parsers on one core (issue 15 target: >= 2,000 references/s mixed).

Usage: python benchmarks/bench_refs.py [--rounds N]
Parses every reference of the labelled corpus (tests/data/refs/*.jsonl) N times, auto-detecting the
style as `biblio parse-ref` does, and prints references per second per corpus and for the mixed batch
(zh + ru + en: GB/T and GOST by the rules, English by the learned labeller). Also measured in fresh
processes, against a bare ``python -c pass`` in the same run: the labeller's model load (target <= 0.3 s)
and ``biblio --help`` start-up (which must not load the model).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.importers.refs import parse_reference  # noqa: E402


def load(name: str) -> list[str]:
    """The reference strings of one corpus file."""
    path = ROOT / "tests" / "data" / "refs" / name
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def rate(texts: list[str], rounds: int) -> tuple[float, float]:
    """References per second: the best pass by CPU time and by wall time (after a warm-up pass).

    CPU time (``process_time``) is what one core does; the best of ``rounds`` passes (as ``timeit``
    reports) filters out other processes competing for the machine.
    """
    for text in texts:
        parse_reference(text)
    best_cpu = best_wall = float("inf")
    for _ in range(rounds):
        cpu, wall = time.process_time(), time.perf_counter()
        for text in texts:
            parse_reference(text)
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    return len(texts) / best_cpu, len(texts) / best_wall


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    corpora = {"zh (GB/T 7714)": "zh.jsonl", "ru (GOST)": "ru.jsonl", "en (APA/Chicago/...)": "en.jsonl"}
    everything: list[str] = []
    print("| corpus | references | refs/s (CPU, one core, best pass) | refs/s (wall, best pass) |\n|---|---|---|---|")
    for label, name in corpora.items():
        texts = load(name)
        everything += texts
        cpu, wall = rate(texts, args.rounds)
        print(f"| {label} | {len(texts)} | {cpu:,.0f} | {wall:,.0f} |")
    cpu, wall = rate(everything, args.rounds)
    print(f"| all (mixed zh/ru/en) | {len(everything)} | {cpu:,.0f} | {wall:,.0f} |")
    print()
    print(f"model load (fresh process, best of 5): {best_of(5, _LOAD):.3f} s")
    bare = best_of(5, "pass")
    helped = best_of(5, _HELP)
    print(
        f"`biblio --help` start-up: {helped:.3f} s (bare python: {bare:.3f} s); loads the model: {_help_loads_model()}"
    )


_LOAD = (
    "import time; t = time.perf_counter(); from biblio.importers.refs.crf.model import tagger; tagger(); "
    "print(time.perf_counter() - t)"
)
_HELP = (  # timed whole, interpreter start included, like the bare reference
    "import contextlib, io; from biblio.cli.main import main\n"
    "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()): main(['--help'])"
)


def best_of(runs: int, code: str) -> float:
    """The best time of ``runs`` fresh interpreters running ``code`` (which prints its own time, or is timed whole)."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
        elapsed = float(out) if out.strip() else time.perf_counter() - start
        best = min(best, elapsed)
    return best


def _help_loads_model() -> bool:
    code = (
        "import contextlib, io, sys; from biblio.cli.main import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()): main(['--help'])\n"
        "print('pycrfsuite' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return out.strip() == "True"


if __name__ == "__main__":
    main()
