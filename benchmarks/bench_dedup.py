"""Duplicate detection on 5,000 corpus records with 200 planted duplicates: recall and false merges.

    python benchmarks/bench_dedup.py [--records 5000] [--duplicates 200] [--seed 7]

The corpus is tests/corpus/gen_corpus.py (seed 42); the duplicates are changed copies (title typos,
missing fields, authors in another script, punctuation) made by tests/authority/planted.py. Prints
recall (target >= 95 %) and the share of suggested pairs that are not planted duplicates (<= 2 %).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.config import Config  # noqa: E402
from biblio.library import Library  # noqa: E402
from tests.authority.planted import evaluate, planted_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a small Markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--duplicates", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    start = time.perf_counter()
    planted = planted_corpus(args.records, args.duplicates, args.seed)
    with tempfile.TemporaryDirectory() as tmp, Library(Config(library=Path(tmp) / "lib")) as library:
        score = evaluate(library, planted)
    total = time.perf_counter() - start
    print("| records | planted | found | recall | suggested | false | false rate | dedup s | total s |")
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {score.records} | {score.planted} | {score.found} | {score.recall:.1%} | {score.suggested} |"
        f" {score.false} | {score.false_rate:.1%} | {score.seconds:.1f} | {total:.1f} |"
    )
    if score.missed:
        print("missed:", dict(Counter(score.missed)))
    ok = score.recall >= 0.95 and score.false_rate <= 0.02
    print(
        "PASS" if ok else "FAIL",
        f"recall {score.recall:.1%} (>= 95%), false merges suggested {score.false_rate:.1%} (<= 2%)",
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
