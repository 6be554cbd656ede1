"""Benchmark of biblio.search on the shared synthetic corpus (not a test; prints a Markdown table).

    .venv/bin/python benchmarks/bench_search.py --size 100000 --reference [--keep DIR [--reuse]]
        [--cli-library LIB] [--single] [--bench-dir ../shared/bench] [--json]

Measures, on ``gen_corpus.py`` records (seed 42) converted to biblio Records:
- bulk build time (multiprocess writer, and with --single also one writer) and index size;
- warm query latency p50/p95 over the fixed 50-query mix of ``queries.py`` (top 20 with snippets),
  three rounds after one warm-up round, one kept-open SearchIndex; also with the exact count;
- the wall time of a fresh process that imports biblio.search, opens the index and answers one query,
  and with --cli-library of a whole ``biblio search`` process on that library;
- adding one record (one writer, one commit): median of 15 adds on a scratch copy of the index.
With --reference, the same for a bare Whoosh index (benchmarks/reference_whoosh.py) measured in the
same run, queries interleaved, and the table shows each ratio beside the target ratio
(docs/benchmarks.md explains why ratios: this machine is slower than the baselines').
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import biblio.search.index as index_module
from biblio.model import EntryType, LangText, Name, Record
from biblio.model.script import HAN, detect_script
from biblio.search.documents import snippet_source
from biblio.search.index import SearchIndex

ROUNDS = 3
ADDS = 15  # one-record adds timed per index
QUERY_REWRITES = {"year:[2010 TO 2015]": "year:2010..2015"}
# Our syntax -> the reference's (Whoosh QueryParser) for the few queries that differ.
REFERENCE_SYNTAX = {
    "year:2010..2015": "year:[2010 TO 2015]",
    "keyword:一带一路": "keywords:一带一路",
    "author:Smith": "authors:Smith",
}


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


def snippet_texts(corpus: ModuleType, size: int) -> Callable[[list[str]], dict[str, str]]:
    """What the library gives the index for snippets (abstracts by uid), from memory instead of the store."""
    texts = {record.uid: snippet_source(record) for record in records(corpus, size)}
    return lambda uids: {uid: texts[uid] for uid in uids if uid in texts}


def warm_latency(
    directory: Path, mix: list[str], texts: Callable[[list[str]], dict[str, str]] | None = None, exact: bool = True
) -> tuple[float, float, dict[str, int]]:
    """(p50 ms, p95 ms, hits per query) with one kept-open index; ``exact``: count every match."""
    times: list[float] = []
    totals: dict[str, int] = {}
    with SearchIndex(directory, texts) as ix:
        for query in mix:  # warm-up round
            totals[query] = ix.search(query).total
        for _ in range(ROUNDS):
            for query in mix:
                start = time.perf_counter()
                ix.search(query, exact_total=exact)
                times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95)], totals


def reference_latency(
    live: Path, reference: Path, mix: list[str], texts: Callable[[list[str]], dict[str, str]] | None = None
) -> tuple[tuple[float, float], tuple[float, float], dict[str, int]]:
    """((our p50, p95), (reference p50, p95), reference hits): both top 20, queries interleaved.

    Ours returns the top 20 with snippets and a count that may be a lower bound (as the TUI's first pass
    and ``--json`` do); the reference as the baselines did
    (MultifieldParser, stored fields of the top 20). Interleaving puts both under the same load.
    """
    import reference_whoosh

    ours_times: list[float] = []
    ref_times: list[float] = []
    ref = reference_whoosh.ReferenceSearcher(reference)
    ref_queries = [REFERENCE_SYNTAX.get(q, q) for q in mix]
    totals = {q: ref.count(r) for q, r in zip(mix, ref_queries, strict=True)}
    with SearchIndex(live, texts) as ix:
        for query, ref_query in zip(mix, ref_queries, strict=True):  # warm-up round
            ix.search(query, exact_total=False)
            ref.search(ref_query)
        for _ in range(ROUNDS):
            for query, ref_query in zip(mix, ref_queries, strict=True):
                start = time.perf_counter()
                ix.search(query, exact_total=False)
                middle = time.perf_counter()
                ref.search(ref_query)
                ours_times.append((middle - start) * 1000)
                ref_times.append((time.perf_counter() - middle) * 1000)
    ref.close()
    return _percentiles(ours_times), _percentiles(ref_times), totals


def _percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[int(len(times) * 0.95)]


def reference_cold(reference: Path, query: str, repeats: int = 5) -> float:
    """Median wall seconds of a fresh process answering ``query`` from the reference index."""
    import reference_whoosh

    here = str(Path(__file__).resolve().parent)
    walls = []
    for _ in range(repeats):
        start = time.perf_counter()
        command = [sys.executable, "-c", reference_whoosh.COLD_CODE, str(reference), query, here]
        subprocess.run(command, check=True, capture_output=True)
        walls.append(time.perf_counter() - start)
    return statistics.median(walls)


def reference_add_one(reference: Path, corpus: ModuleType, size: int) -> float:
    """Median ms to add one document to the reference with its own writer and commit (on a scratch copy)."""
    import reference_whoosh

    walls = []
    with scratch_copy(reference) as copy:
        ref = reference_whoosh.ReferenceSearcher(copy)
        for i in range(ADDS):
            item = corpus.generate_record(size + 100 + i, 42)
            start = time.perf_counter()
            ref.add_one(item)
            walls.append((time.perf_counter() - start) * 1000)
        ref.close()
    return statistics.median(walls)


@contextlib.contextmanager
def scratch_copy(directory: Path) -> Iterator[Path]:
    """A throwaway copy of an index, so that every run adds to the same starting state.

    What one add costs depends on the segments Whoosh's MERGE_SMALL policy finds (most commits merge
    the small segments of earlier adds), so repeated runs on one index drift.
    """
    with tempfile.TemporaryDirectory(prefix="bench-add-") as scratch:
        copy = Path(scratch) / directory.name
        shutil.copytree(directory, copy)
        yield copy


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


def cli_search(library: Path, query: str, repeats: int = 5) -> float:
    """Median wall seconds of a whole ``biblio --library LIB search QUERY`` process (table output)."""
    walls = []
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    for _ in range(repeats):
        start = time.perf_counter()
        command = [sys.executable, "-m", "biblio", "--library", str(library), "search", query]
        subprocess.run(command, check=True, capture_output=True, env=env)
        walls.append(time.perf_counter() - start)
    return statistics.median(walls)


def update_one(directory: Path, corpus: ModuleType, size: int) -> float:
    """Median ms to add one record with its own writer and commit (on a scratch copy)."""
    fresh = [to_record(corpus.generate_record(size + i, 42)) for i in range(ADDS)]
    walls = []
    with scratch_copy(directory) as copy, SearchIndex(copy) as ix:
        for generation, record in enumerate(fresh, (ix.generation() or 0) + 1):
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
    parser.add_argument("--reference", action="store_true", help="also measure a bare Whoosh index (calibration)")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--reuse", action="store_true", help="reuse the indexes already built in --keep")
    parser.add_argument("--cli-library", type=Path, help="a library of --size records: time `biblio search` on it")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    corpus = load_module(args.bench_dir / "gen_corpus.py")
    mix = query_mix(load_module(args.bench_dir / "queries.py"))
    directory = args.keep or Path(tempfile.mkdtemp(prefix="bench-search-"))
    result: dict[str, Any] = {"size": args.size, "cpus": os.cpu_count(), "load_before": os.getloadavg()[0]}
    live, reference = directory / "multi", directory / "reference"
    if args.reference and not (args.reuse and reference.exists()):
        import reference_whoosh

        shutil.rmtree(reference, ignore_errors=True)
        items = corpus.iter_records(args.size, 42)
        result["reference_build_s"] = reference_whoosh.build(items, reference, multiprocess=True)
    if args.single:
        shutil.rmtree(directory / "single", ignore_errors=True)
        result["build_single_s"] = build(corpus, args.size, directory / "single", single=True)
    if not (args.reuse and live.exists()):
        shutil.rmtree(live, ignore_errors=True)
        result["build_multi_s"] = build(corpus, args.size, live, single=False)
    result["index_mib"] = folder_size(live) / 2**20
    texts = snippet_texts(corpus, args.size)
    if args.reference:
        result["reference_mib"] = folder_size(reference) / 2**20
        ours, ref, result["reference_hits"] = reference_latency(live, reference, mix, texts)
        result["p50_ms"], result["p95_ms"] = ours
        result["reference_p50_ms"], result["reference_p95_ms"] = ref
        result["reference_cold_s"] = reference_cold(reference, "俄罗斯")
        result["reference_add_one_ms"] = reference_add_one(reference, corpus, args.size)
    else:
        result["p50_ms"], result["p95_ms"], _ = warm_latency(live, mix, texts, exact=False)
    result["p50_exact_ms"], result["p95_exact_ms"], _ = warm_latency(live, mix, texts, exact=True)
    totals = {query: SearchIndex(live).search(query, limit=1).total for query in mix}
    result["cold_first_query_s"] = cold_query(live, "俄罗斯")
    if args.cli_library:
        subprocess.run([sys.executable, "-m", "biblio", "--library", str(args.cli_library), "search", "x"], check=True,
                       capture_output=True)  # brings its index up to date first  # fmt: skip
        result["cli_search_s"] = cli_search(args.cli_library, "俄罗斯")
    result["update_one_ms"] = update_one(live, corpus, args.size)
    result["hits"] = totals
    result["load_after"] = os.getloadavg()[0]
    print_table(result)
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
    return 0


# (our measure, reference measure, format, target ratio from the issue's targets over the baselines')
COMPARED = (
    ("bulk build, procs=2 multisegment", "build_multi_s", "reference_build_s", "{:.1f} s", 80 / 78),
    ("index size", "index_mib", "reference_mib", "{:.0f} MiB", 200 / 178),
    ("warm query p50 (top 20 with snippets)", "p50_ms", "reference_p50_ms", "{:.1f} ms", 15 / 14),
    ("warm query p95 (top 20 with snippets)", "p95_ms", "reference_p95_ms", "{:.1f} ms", 150 / 173),
    ("fresh process: import, open, first query", "cold_first_query_s", "reference_cold_s", "{:.2f} s", 0.8 / 0.70),
    ("one-shot `biblio search 俄罗斯` (whole CLI)", "cli_search_s", "reference_cold_s", "{:.2f} s", 0.8 / 0.70),
    ("add one record (update + commit)", "update_one_ms", "reference_add_one_ms", "{:.0f} ms", 100 / 85),
)


def print_table(result: dict[str, Any]) -> None:
    """The result as Markdown rows: ours, the same-run reference, their ratio and the target ratio."""
    load = f"load average {result['load_before']:.1f} -> {result['load_after']:.1f} on {result['cpus']} CPUs"
    print(f"{result['size']} records ({load})\n")
    print("| measure | biblio | bare Whoosh reference | ratio | target ratio |\n|---|---|---|---|---|")
    for name, ours, ref, fmt, target in COMPARED:
        if ours not in result:
            continue
        mine = fmt.format(result[ours])
        if ref in result:
            ratio = result[ours] / result[ref]
            print(f"| {name} | {mine} | {fmt.format(result[ref])} | {ratio:.2f} | <= {target:.2f} |")
        else:
            print(f"| {name} | {mine} | - | - | <= {target:.2f} |")
    exact = f"{result['p50_exact_ms']:.1f} / {result['p95_exact_ms']:.1f} ms"
    print(f"| warm query p50 / p95 with the exact count of all matches (the CLI table) | {exact} | | | |")
    if "build_single_s" in result:
        print(f"| bulk build, one writer | {result['build_single_s']:.1f} s | | | |")


if __name__ == "__main__":
    sys.exit(main())
