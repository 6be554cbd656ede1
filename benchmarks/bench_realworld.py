"""biblio against inputs written by others (``../shared/data/realworld/``), beside the best peer, in one run.

Usage: python benchmarks/bench_realworld.py [SECTION ...] [--data DIR] [--quick]

Sections (``benchmarks/realworld/<name>.py``, each ``run(data, quick=...) -> Section``): web (article
bodies vs trafilatura on web-en), cnki (CNKI exports vs Zotero's expected items), tagged (RIS/Refer vs
Zotero's and JabRef's expected items), bib (Better BibTeX's import cases: add -> export biblatex).
zotero_json (Zotero item JSON read by biblio vs Zotero's items and vs the export beside them).
Prints each section's Markdown table and target checks; exit status 1 when a target is missed.
Results are recorded in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

SECTIONS = ("web", "cnki", "tagged", "bib", "zotero_json")


def main() -> int:
    """Run the sections asked for and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sections", nargs="*", default=list(SECTIONS), help=f"any of {', '.join(SECTIONS)}")
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data" / "realworld")
    parser.add_argument("--quick", action="store_true", help="a sample of each folder (for a smoke run)")
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"bench_realworld: no data folder at {args.data}", file=sys.stderr)
        return 2
    failed = False
    for name in args.sections:
        module = importlib.import_module(f"realworld.{name}")
        start = time.perf_counter()
        section = module.run(args.data, quick=args.quick)
        print(section.render())
        print(f"({name}: {time.perf_counter() - start:.1f} s)\n")
        failed |= not all(section.checks.values())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
