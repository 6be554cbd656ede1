"""Relevance of biblio search on the judged set: MRR and recall@10, per query and per language.

    .venv/bin/python scripts/eval_search.py [--library tests/data/search/library.json]
                                            [--judged tests/data/search/judged.json] [-v]

Builds a throwaway index from the fixture library (record JSON as in ``biblio show --format json``).
Exit status 1 if MRR < 0.9.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from biblio.model.serialize import record_from_dict
from biblio.search.index import SearchIndex
from biblio.search.relevance import Judgement, QueryScore, evaluate, mean_recall, mean_reciprocal_rank

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "search"
TARGET_MRR = 0.9


def load_judgements(path: Path) -> list[Judgement]:
    """The judged queries of a judged.json file."""
    items = json.loads(path.read_text(encoding="utf-8"))
    return [Judgement(i["query"], tuple(i["relevant"]), i.get("lang", "")) for i in items]


def report(scores: list[QueryScore], verbose: bool) -> None:
    """Print per-query lines (misses always, all with -v) and the per-language summary."""
    for s in scores:
        if verbose or s.first_rank != 1:
            print(
                f"{s.judgement.lang:3} rank={s.first_rank or '-':>2} recall={s.recall:.2f}  {s.judgement.query}"
                f"  -> {', '.join(s.ranked[:3])}"
            )
    for lang in sorted({s.judgement.lang for s in scores}):
        part = [s for s in scores if s.judgement.lang == lang]
        print(f"{lang}: {len(part)} queries  MRR {mean_reciprocal_rank(part):.3f}  recall@10 {mean_recall(part):.3f}")
    print(f"all: {len(scores)} queries  MRR {mean_reciprocal_rank(scores):.3f}  recall@10 {mean_recall(scores):.3f}")


def main(argv: list[str] | None = None) -> int:
    """Build the index, run the judged set, print the metrics."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--library", type=Path, default=DATA / "library.json")
    parser.add_argument("--judged", type=Path, default=DATA / "judged.json")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args(argv)
    records = [record_from_dict(d) for d in json.loads(args.library.read_text(encoding="utf-8"))]
    with tempfile.TemporaryDirectory() as tmp, SearchIndex(Path(tmp)) as index:
        index.rebuild(records, len(records), generation=1)
        scores = evaluate(index, load_judgements(args.judged))
    report(scores, args.verbose)
    return 0 if mean_reciprocal_rank(scores) >= TARGET_MRR else 1


if __name__ == "__main__":
    sys.exit(main())
