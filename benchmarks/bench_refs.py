"""Throughput of the reference-string parsers on one core (issue 3 target: >= 2,000 references/s).

Usage: python benchmarks/bench_refs.py [--rounds N]
Parses every reference of the labelled corpus (tests/data/refs/*.jsonl) N times, auto-detecting the
style as `biblio parse-ref` does, and prints references per second per corpus and overall.
"""

from __future__ import annotations

import argparse
import json
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
    print(f"| all | {len(everything)} | {cpu:,.0f} | {wall:,.0f} |")


if __name__ == "__main__":
    main()
