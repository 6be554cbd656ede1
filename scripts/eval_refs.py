"""Score the reference-string parsers on the labelled corpus in tests/data/refs/.

Usage: python scripts/eval_refs.py [--errors] [--lang zh|ru|en]
Prints per-field precision/recall/F1 and whole-entry exact match per language (see docs/refs-eval.md).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.importers.refs.evaluate import load_corpus, report, score  # noqa: E402

CORPORA = {
    "zh": "zh.jsonl",
    "ru": "ru.jsonl",
    "en": "en.jsonl",
    "zh-holdout": "holdout_zh.jsonl",
    "ru-holdout": "holdout_ru.jsonl",
    "en-holdout": "holdout_en.jsonl",
}


def main() -> None:
    """Print the tables (and with --errors, every mismatch)."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--errors", action="store_true", help="list every field mismatch")
    parser.add_argument("--lang", choices=sorted(CORPORA), help="only this corpus")
    args = parser.parse_args()
    for lang, filename in CORPORA.items():
        if args.lang and lang != args.lang:
            continue
        path = ROOT / "tests" / "data" / "refs" / filename
        if not path.exists():
            continue
        result = score(load_corpus(path))
        print(report(f"{lang} ({filename})", result))
        if args.errors:
            for text, field, want, got in result.mismatches:
                print(f"  {field}: want {want!r} got {got!r}\n    {text}")
            print()


if __name__ == "__main__":
    main()
