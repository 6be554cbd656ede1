"""Build the rendered reference corpus: records from real bibliographic facts, rendered by TeX Live's styles.

Usage: python scripts/build_ref_corpus.py [--out build/refs] [--jobs 2] [--style NAME ...] [--sample]

Writes ``<out>/rendered.jsonl`` (one labelled string per line, the format of docs/refs-eval.md) and, with
``--sample``, the committed sample ``tests/data/refs/rendered/sample.jsonl``. The frozen test split
(``tests/data/refs/splits/rendered.test.txt``, record keys) is written when missing and never changed
afterwards: the split is by record, so one work rendered in eight styles is never in dev and test at once.
Needs xelatex, biber, bibtex and pdftotext; about two minutes for all styles on one core.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from biblio.importers.refs.splits import in_test  # noqa: E402
from scripts.refcorpus import gold, records, render  # noqa: E402

SPLITS = ROOT / "tests" / "data" / "refs" / "splits"
SAMPLE = ROOT / "tests" / "data" / "refs" / "rendered" / "sample.jsonl"
SPLIT_SEED = "refs-2026"
TEST_SHARE = 0.2


def write_split(name: str, groups: list[str]) -> Path:
    """Write ``<name>.test.txt`` and ``<name>.dev.txt`` (sorted group ids) unless the test list exists."""
    SPLITS.mkdir(parents=True, exist_ok=True)
    test_path = SPLITS / f"{name}.test.txt"
    if not test_path.exists():
        test = sorted(g for g in set(groups) if in_test(g, SPLIT_SEED, TEST_SHARE))
        dev = sorted(g for g in set(groups) if not in_test(g, SPLIT_SEED, TEST_SHARE))
        test_path.write_text("\n".join(test) + "\n", encoding="utf-8")
        (SPLITS / f"{name}.dev.txt").write_text("\n".join(dev) + "\n", encoding="utf-8")
    return test_path


def build_style(
    conf: render.StyleConf, recs: list[records.Record], work: Path, reuse: bool = False
) -> list[dict[str, Any]]:
    """Render one style (or, with ``reuse``, read its kept rendering) and pair each string with its gold."""
    chosen = [r for r in recs if r["lang"] in conf.langs]
    if reuse:
        texts = render.extract(work / conf.name / "doc.txt")
    else:
        texts = render.render(conf, chosen, work / conf.name)
    entries = []
    for record in chosen:
        text = texts.get(record["key"])
        if not text:
            print(f"warning: {conf.name}: no text for {record['key']}", file=sys.stderr)
            continue
        entries.append(
            {
                "id": f"{conf.name}/{record['key']}",
                "group": record["key"],
                "family": conf.family,
                "source": conf.name,
                "text": text,
                "expected": gold.gold(record, text),
            }
        )
    print(f"{conf.name}: {len(entries)} of {len(chosen)} entries", file=sys.stderr)
    return entries


def sample(entries: list[dict[str, Any]], per_kind: int = 1) -> list[dict[str, Any]]:
    """A small deterministic sample: ``per_kind`` entries of each (style, record kind), languages mixed."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for entry in sorted(entries, key=lambda e: hashlib.sha256(e["id"].encode()).hexdigest()):
        slot = (entry["source"], entry["group"].split("-")[1])
        if seen.get(slot, 0) < per_kind:
            seen[slot] = seen.get(slot, 0) + 1
            out.append(entry)
    return sorted(out, key=lambda e: e["id"])


def main() -> None:
    """Render every style (or those named) and write the corpus, the split and optionally the sample."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "refs")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--style", action="append", help="only this style (repeatable)")
    parser.add_argument("--sample", action="store_true", help=f"also write {SAMPLE.relative_to(ROOT)}")
    parser.add_argument("--keep", action="store_true", help="keep the LaTeX build folders in <out>/tex")
    parser.add_argument("--reuse", action="store_true", help="no LaTeX: re-read the renderings kept by --keep")
    args = parser.parse_args()
    recs = records.generate()
    write_split("rendered", [r["key"] for r in recs])
    confs = [c for c in render.STYLES if not args.style or c.name in args.style]
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = args.out / "tex" if args.keep or args.reuse else Path(tmp)
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            results = list(pool.map(lambda c: build_style(c, recs, work, args.reuse), confs))
    entries = [entry for result in results for entry in result]
    corpus = args.out / "rendered.jsonl"
    with corpus.open("w", encoding="utf-8") as handle:
        for entry in entries:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
    print(f"{len(entries)} strings -> {corpus}", file=sys.stderr)
    if args.sample:
        picked = sample(entries)
        SAMPLE.write_text("".join(json.dumps(e, ensure_ascii=False) + "\n" for e in picked), encoding="utf-8")
        print(f"{len(picked)} strings -> {SAMPLE}", file=sys.stderr)


if __name__ == "__main__":
    main()
