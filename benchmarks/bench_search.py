"""Benchmark of biblio.search on the shared synthetic corpus (not a test; prints a Markdown table).

    .venv/bin/python benchmarks/bench_search.py --size 10000 [--bench-dir ../shared/bench] [--single] [--keep DIR]

Measures, on ``gen_corpus.py`` records (seed 42) converted to biblio Records:
- bulk build time (multiprocess writer, and with --single also one writer) and index size;
- warm query latency p50/p95 over the fixed 50-query mix of ``queries.py`` (top 20, hits with snippets),
  three rounds after one warm-up round, one kept-open SearchIndex;
- the wall time of a fresh process that imports biblio.search, opens the index and answers one query;
- adding or replacing one record (update with one writer and one commit), median of 7.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import biblio.search.index as index_module
from biblio.model import EntryType, LangText, Name, Record
from biblio.model.script import HAN, detect_script
from biblio.search.index import SearchIndex

ROUNDS = 3
QUERY_REWRITES = {"year:[2010 TO 2015]": "year:2010..2015"}


def load_module(path: Path) -> ModuleType:
    """Import a module of the shared bench folder by path."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def to_name(text: str) -> Name:
    """A corpus name string ("Smith, John", "张宁", "亚历山大·伊万诺夫") as a Name."""
    script = detect_script(text)
    if "," in text:
        family, given = (p.strip() for p in text.split(",", 1))
        return Name(family=family, given=given, script=script)
    if script == HAN and "·" not in text:
        return Name(family=text[:1], given=text[1:], script=script, written=text)
    return Name(literal=text, script=script)


def to_record(item: dict[str, Any]) -> Record:
    """One corpus JSON object as a Record."""
    lang = item.get("lang", "")
    container = item.get("journal") or item.get("booktitle") or ""
    return Record(
        type=EntryType.parse(item["type"]),
        key=item["key"],
        uid=item["key"],
        title=(LangText(item["title"], lang),),
        authors=[to_name(a) for a in item.get("authors", [])],
        editors=[to_name(a) for a in item.get("editors", [])],
        translators=[to_name(a) for a in item.get("translators", [])],
        container=(LangText(container, lang),) if container else (),
        publisher=item.get("publisher", ""),
        place=item.get("address", ""),
        institution=item.get("institution", ""),
        genre=item.get("thesis_type", ""),
        date=str(item.get("year", "")),
        doi=item.get("doi", ""),
        isbn=item.get("isbn", ""),
        url=item.get("url", ""),
        keywords=tuple(LangText(k, lang) for k in item.get("keywords", [])),
        abstract=(LangText(item["abstract"], lang),) if item.get("abstract") else (),
        language=lang,
    )


def records(corpus: ModuleType, size: int) -> Iterator[Record]:
    """The first ``size`` corpus records."""
    for item in corpus.iter_records(size, 42):
        yield to_record(item)


def folder_size(path: Path) -> int:
    """Bytes under ``path``."""
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def build(corpus: ModuleType, size: int, directory: Path, single: bool) -> float:
    """Rebuild the index from scratch; seconds taken."""
    saved = index_module.MULTIPROCESS_THRESHOLD
    index_module.MULTIPROCESS_THRESHOLD = sys.maxsize if single else saved
    try:
        start = time.perf_counter()
        SearchIndex(directory).rebuild(records(corpus, size), size, generation=1)
        return time.perf_counter() - start
    finally:
        index_module.MULTIPROCESS_THRESHOLD = saved


def query_mix(queries: ModuleType) -> list[str]:
    """The 50 benchmark queries in our syntax."""
    out = []
    for item in queries.QUERIES:
        text = QUERY_REWRITES.get(item["q"], item["q"])
        out.append(text.replace("keywords:", "keyword:").replace("authors:", "author:"))
    return out


def warm_latency(directory: Path, mix: list[str], exact: bool = True) -> tuple[float, float, dict[str, int]]:
    """(p50 ms, p95 ms, hits per query) with one kept-open index."""
    times: list[float] = []
    totals: dict[str, int] = {}
    with SearchIndex(directory) as ix:
        for query in mix:  # warm-up round
            totals[query] = ix.search(query).total
        for _ in range(ROUNDS):
            for query in mix:
                start = time.perf_counter()
                ix.search(query, exact_total=exact)
                times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], totals


def reference_build(corpus: ModuleType, size: int, directory: Path) -> float:
    """Seconds for a bare Whoosh index like the baselines': 12 text fields, CJK bigrams, no stemming, one writer."""
    from whoosh import fields
    from whoosh import index as windex

    from biblio.search.analyzers import MultiScriptAnalyzer

    names = ["title", "authors", "keywords", "abstract", "journal", "booktitle", "publisher", "address"]
    names += ["institution", "translators", "editors", "doi"]
    bigrams = MultiScriptAnalyzer(stem=False)
    text = {n: fields.TEXT(analyzer=bigrams, phrase=True, stored=n == "title") for n in names}
    schema = fields.Schema(key=fields.ID(stored=True), year=fields.NUMERIC(stored=True), lang=fields.ID, **text)
    directory.mkdir(parents=True)
    start = time.perf_counter()
    writer = windex.create_in(str(directory), schema).writer(limitmb=128)
    for item in corpus.iter_records(size, 42):
        values = {n: " ".join(v) if isinstance(v, list) else str(v) for n in names if (v := item.get(n))}
        writer.add_document(key=item["key"], year=item.get("year"), lang=item["lang"], **values)
    writer.commit()
    return time.perf_counter() - start


def cold_query(directory: Path, query: str, repeats: int = 5) -> float:
    """Median wall seconds of a fresh process: import, open, answer ``query`` with 20 hits."""
    code = (
        "import sys; from pathlib import Path; from biblio.search.index import SearchIndex; "
        "r = SearchIndex(Path(sys.argv[1])).search(sys.argv[2]); print(len(r.hits))"
    )
    walls = []
    for _ in range(repeats):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code, str(directory), query], check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
    return statistics.median(walls)


def update_one(directory: Path, corpus: ModuleType, size: int) -> float:
    """Median ms to add (then replace) one record with its own writer and commit."""
    fresh = [to_record(corpus.generate_record(size + i, 42)) for i in range(7)]
    walls = []
    with SearchIndex(directory) as ix:
        for generation, record in enumerate(fresh, 2):
            start = time.perf_counter()
            ix.update([record], [], generation=generation)
            walls.append((time.perf_counter() - start) * 1000)
    return statistics.median(walls)


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the table (and JSON with --json)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--bench-dir", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "bench")
    parser.add_argument("--single", action="store_true", help="also time a build with one writer")
    parser.add_argument("--reference", action="store_true", help="also time a bare Whoosh build (calibration)")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    corpus = load_module(args.bench_dir / "gen_corpus.py")
    mix = query_mix(load_module(args.bench_dir / "queries.py"))
    directory = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    result: dict[str, Any] = {"size": args.size, "cpus": os.cpu_count(), "load_before": os.getloadavg()[0]}
    if args.reference:
        result["reference_build_s"] = reference_build(corpus, args.size, directory / "reference")
    if args.single:
        result["build_single_s"] = build(corpus, args.size, directory / "single", single=True)
    result["build_multi_s"] = build(corpus, args.size, directory / "multi", single=False)
    live = directory / "multi"
    result["index_mib"] = folder_size(live) / 2**20
    result["p50_ms"], result["p95_ms"], totals = warm_latency(live, mix)
    result["p50_top_ms"], result["p95_top_ms"], _ = warm_latency(live, mix, exact=False)
    result["cold_first_query_s"] = cold_query(live, "俄罗斯")
    result["update_one_ms"] = update_one(live, corpus, args.size)
    result["hits"] = totals
    result["load_after"] = os.getloadavg()[0]
    print_table(result)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    return 0


def print_table(result: dict[str, Any]) -> None:
    """The result as Markdown rows."""
    size = result["size"]
    rows = [
        ("reference: bare Whoosh build, 12 fields, one writer", _seconds(result, "reference_build_s")),
        ("bulk build, one writer", _seconds(result, "build_single_s")),
        (
            "bulk build, procs=2 multisegment",
            f"{result['build_multi_s']:.1f} s ({size / result['build_multi_s']:.0f} docs/s)",
        ),
        ("index size", f"{result['index_mib']:.0f} MiB"),
        (
            "warm query p50 / p95 (50-query mix, top 20, exact total)",
            f"{result['p50_ms']:.1f} / {result['p95_ms']:.1f} ms",
        ),
        (
            "warm query p50 / p95 (top 20 only, exact_total=False)",
            f"{result['p50_top_ms']:.1f} / {result['p95_top_ms']:.1f} ms",
        ),
        ("fresh process: import, open, first query", f"{result['cold_first_query_s']:.2f} s"),
        ("add one record (update + commit)", f"{result['update_one_ms']:.0f} ms"),
    ]
    load = f"load average {result['load_before']:.1f} -> {result['load_after']:.1f} on {result['cpus']} CPUs"
    print(f"| {size} records ({load}) | |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")


def _seconds(result: dict[str, Any], name: str) -> str:
    return f"{result[name]:.1f} s" if name in result else "-"


if __name__ == "__main__":
    sys.exit(main())
