"""Score the reference-string parsers: dev and frozen-test F1 per style, per field (docs/refs-eval.md).

Usage: python scripts/eval_refs.py [--fields] [--errors dev] [--style NAME] [--rendered PATH]

Corpora, each split into a development part and a frozen test part (tests/data/refs/splits/):
  gbt7714, gost, english-rendered  strings rendered by TeX Live's styles (scripts/build_ref_corpus.py writes
                                   build/refs/rendered.jsonl; without it the committed sample is scored)
  note                             Chinese note-style citations (tests/data/refs/note.jsonl)
  english-anystyle                 AnyStyle's core.xml (../shared/data/anystyle/), through refcrf's loader
The older corpora (tests/data/refs/{zh,ru,en,holdout_*}.jsonl) are printed "as today": they were tuned on
whole, so they have no test part. ``--errors`` lists mismatches of the dev part only: never tune on test.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.importers.refs.evaluate import FIELDS, Score, load_corpus, report, score  # noqa: E402
from biblio.importers.refs.splits import load_groups, partition  # noqa: E402

DATA = ROOT / "tests" / "data" / "refs"
SPLITS = DATA / "splits"
RENDERED = ROOT / "build" / "refs" / "rendered.jsonl"
ANYSTYLE = ROOT.parent / "shared" / "data" / "anystyle" / "core.xml"
AS_TODAY = {
    "zh": "zh.jsonl",
    "ru": "ru.jsonl",
    "en": "en.jsonl",
    "zh-holdout": "holdout_zh.jsonl",
    "ru-holdout": "holdout_ru.jsonl",
    "en-holdout": "holdout_en.jsonl",
}
Split = tuple[list[dict[str, Any]], list[dict[str, Any]]]


def rendered_split(path: Path) -> tuple[dict[str, Split], dict[str, Split], str]:
    """The rendered corpus split by record, per style family and per style package."""
    source = path if path.exists() else DATA / "rendered" / "sample.jsonl"
    entries = load_corpus(source)
    test_groups = load_groups(SPLITS / "rendered.test.txt")
    families: dict[str, list[dict[str, Any]]] = {}
    sources: dict[str, list[dict[str, Any]]] = {}
    for entry in entries:
        family = "english-rendered" if entry["family"] == "english" else entry["family"]
        families.setdefault(family, []).append(entry)
        sources.setdefault(entry["source"], []).append(entry)
    by_family = {name: partition(items, test_groups) for name, items in families.items()}
    by_source = {name: partition(items, test_groups) for name, items in sorted(sources.items())}
    return by_family, by_source, str(source.relative_to(ROOT) if source.is_relative_to(ROOT) else source)


def note_split() -> Split | None:
    """The note-style corpus, split by entry id."""
    path = DATA / "note.jsonl"
    if not path.exists():
        return None
    return partition(load_corpus(path), load_groups(SPLITS / "note.test.txt"))


def anystyle_split() -> Split | None:
    """AnyStyle's core.xml through refcrf's loader (biblio.importers.refs.crf.anystyle), when both exist."""
    try:
        from biblio.importers.refs.crf import anystyle  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    split_file = SPLITS / "anystyle.json"
    if not ANYSTYLE.exists() or not split_file.exists():
        return None
    sequences = anystyle.load_sequences(ANYSTYLE)
    dev, test = anystyle.split_sequences(sequences, anystyle.load_split(split_file))
    return [anystyle.to_gold(s) for s in dev], [anystyle.to_gold(s) for s in test]


def _f1(result: Score | None) -> str:
    if result is None or not result.entries:
        return "–"
    return f"{result.total.f1:.3f} ({result.entries})"


def main() -> None:
    """Print the summary (dev and test F1 per style), then per-field tables with --fields."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fields", action="store_true", help="per-field tables of every dev and test part")
    parser.add_argument("--errors", action="store_true", help="list the dev part's mismatches")
    parser.add_argument("--style", help="only this style row (e.g. gbt7714, note, gost, biblatex-apa, zh)")
    parser.add_argument("--rendered", type=Path, default=RENDERED, help="the rendered corpus (JSON lines)")
    parser.add_argument("--no-as-today", action="store_true", help="skip the older corpora")
    parser.add_argument("--dev", action="store_true", help="dev parts only (what to look at while tuning)")
    args = parser.parse_args()

    by_family, by_source, rendered_from = rendered_split(args.rendered)
    rows: list[tuple[str, Callable[[], Split | None]]] = [
        ("gbt7714", lambda: by_family.get("gbt7714")),
        ("note", note_split),
        ("gost", lambda: by_family.get("gost")),
        ("english-rendered", lambda: by_family.get("english-rendered")),
        ("english-anystyle", anystyle_split),
    ]
    rows += [(name, lambda name=name: by_source[name]) for name in by_source]  # type: ignore[misc]
    tables: list[str] = []
    print(f"rendered corpus: {rendered_from}\n")
    print("| style | dev F1 (refs) | test F1 (refs) |\n|---|---|---|")
    for name, load in rows:
        if args.style and name != args.style:
            continue
        split = load()
        if split is None:
            print(f"| {name} | not available | not available |")
            continue
        dev, test = (score(part) if part else None for part in (split[0], [] if args.dev else split[1]))
        print(f"| {name} | {_f1(dev)} | {_f1(test)} |")
        for part, result in (("dev", dev), ("test", test)):
            if result is not None and args.fields:
                tables.append(report(f"{name} {part}", result))
        if args.errors and dev is not None:
            tables.append(_errors(name, dev))
    if not args.no_as_today:
        print("\n| corpus (as today: tuned on whole, no test part) | F1 (refs) |\n|---|---|")
        for name, filename in AS_TODAY.items():
            if args.style and name != args.style:
                continue
            result = score(load_corpus(DATA / filename))
            print(f"| {name} ({filename}) | {_f1(result)} |")
            if args.fields:
                tables.append(report(name, result))
            if args.errors:
                tables.append(_errors(name, result))
    if tables:
        print()
        print("\n".join(tables))


def _errors(name: str, result: Score) -> str:
    lines = [f"### mismatches: {name}"]
    for text, field, want, got in result.mismatches:
        if field in FIELDS:
            lines.append(f"  {field}: want {want!r} got {got!r}\n    {text}")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
