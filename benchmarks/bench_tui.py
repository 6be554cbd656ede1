"""TUI latency at scale: launch to first painted list, search keystroke to updated list, listing queries, memory.

    python benchmarks/bench_tui.py [--n 100000] [--library /tmp/bench-tui-100k] [--queries 12]

The library is written straight through biblio.store from the shared corpus generator
(tests/corpus/gen_corpus.py, a copy of ../shared/bench/gen_corpus.py, seed 42) and indexed once;
an existing library at --library with the right size is reused. Each timing runs in a fresh child
process (headless Textual, 120x40). Targets (issue 5): first paint <= 0.5 s, keystroke <= 200 ms,
memory <= 400 MB. Results print as a Markdown table; record them in docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CHILD = r"""
import time
T0 = time.perf_counter()
import asyncio, json, resource, sys
from pathlib import Path

from biblio.config import Config
from biblio.library import Library
from biblio.tui.app import make_app
from biblio.tui.screens.main import SEARCH_DELAY
from biblio.tui.widgets.record_list import RecordList

painted: list[float] = []
original = RecordList.render_line

def render_line(self, y):
    if y > 0 and self.ids and not painted:
        painted.append(time.perf_counter())
    return original(self, y)

RecordList.render_line = render_line
queries = json.loads(sys.argv[2])

async def main() -> dict:
    t_app = time.perf_counter()
    library = Library(Config(library=Path(sys.argv[1])), create=False)
    app = make_app(library)
    result = {}
    async with app.run_test(size=(120, 40)) as pilot:
        while not painted:
            await asyncio.sleep(0.002)
        result["first_paint"] = painted[0] - T0
        result["first_paint_app"] = painted[0] - t_app
        screen = app.main_screen
        box = screen.query_one("#search")
        box.value = queries[0]  # warm-up: opens the index, loads the analyzers
        await _wait(screen, queries[0])
        box.value = ""
        await _wait(screen, "")
        times, work, full = [], [], []
        for q in queries:
            start = time.perf_counter()
            box.value = q
            await _wait(screen, q)
            elapsed = time.perf_counter() - start
            times.append(elapsed)
            work.append(elapsed - SEARCH_DELAY)
            while not screen.outcome.exact:  # the second pass: exact count, up to 1000 hits
                await asyncio.sleep(0.002)
            await app.workers.wait_for_complete()
            full.append(time.perf_counter() - start)
        result["keystroke"] = times
        result["work"] = work
        result["full"] = full
        result["hits"] = screen.outcome.total
    result["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    library.close()
    return result

async def _wait(screen, text):
    before = screen.outcome
    while screen.query_text != text or screen.outcome is before:
        await asyncio.sleep(0.001)
    await asyncio.sleep(0)  # let the list repaint
    return screen.outcome

print(json.dumps(asyncio.run(main())))
"""

LISTING = r"""
import json, sys, time
from pathlib import Path
from biblio.config import DB_NAME
from biblio.store.listing import ListFilter, Reader
reader = Reader(Path(sys.argv[1]) / DB_NAME)
out = {}
for sort in ("added", "year", "author", "title"):
    t = time.perf_counter()
    ids = reader.ordered_ids(ListFilter(), sort)
    out[f"ordered_ids {sort}"] = time.perf_counter() - t
t = time.perf_counter(); reader.ordered_ids(ListFilter(languages=("zh",), year_from=2000), "year")
out["ordered_ids zh, year>=2000"] = time.perf_counter() - t
t = time.perf_counter(); reader.summaries(ids[50000:50040]); out["summaries of 40 rows"] = time.perf_counter() - t
t = time.perf_counter(); reader.facets(); out["facets"] = time.perf_counter() - t
print(json.dumps(out))
"""


def to_record(item: dict[str, Any]) -> Any:
    """A generator dict as a Record (Chinese names split family/given, others "Last, First")."""
    from biblio.model import EntryType, LangText, Name, Record

    lang = item.get("lang", "")

    def name(text: str) -> Name:
        if lang == "zh" and "," not in text and "·" not in text:
            return Name(family=text[:1], given=text[1:], script="Hani", written=text)
        family, _, given = text.partition(",")
        return Name(family=family.strip(), given=given.strip(), script="Cyrl" if lang == "ru" else "Latn")

    record = Record(
        type=EntryType.parse(item.get("type", "misc")),
        key=item["key"],
        title=(LangText(item.get("title", ""), lang),),
        authors=[name(a) for a in item.get("authors", [])],
        editors=[name(a) for a in item.get("editors", [])],
        container=(LangText(item["journal"], lang),) if item.get("journal") else (),
        date=str(item.get("year", "")),
        volume=item.get("volume", ""),
        number=item.get("number", ""),
        pages=item.get("pages", "").replace("--", "-"),
        publisher=item.get("publisher", ""),
        place=item.get("address", ""),
        doi=item.get("doi", ""),
        isbn=item.get("isbn", ""),
        language=lang,
        keywords=tuple(LangText(k, lang) for k in item.get("keywords", [])),
        abstract=(LangText(item["abstract"], lang),) if item.get("abstract") else (),
    )
    return record


def build(root: Path, n: int) -> None:
    """Write ``n`` corpus records into a new library at ``root`` and build its index."""
    from biblio.config import DB_NAME, Config
    from biblio.library import Library
    from biblio.names.sorting import sort_name
    from biblio.store import Store
    from biblio.store.records import insert_record
    from tests.corpus import gen_corpus

    root.mkdir(parents=True, exist_ok=True)
    store = Store(root / DB_NAME)
    start = time.perf_counter()
    batch = 5000
    for first in range(0, n, batch):
        with store.transaction() as db:
            for i in range(first, min(first + batch, n)):
                record = to_record(gen_corpus.generate_record(i, gen_corpus.DEFAULT_SEED))
                stamp = f"2025-01-01T00:00:{i % 60:02d}+00:00"
                insert_record(db, record, author_sort=sort_name(record), source_id=None, now=stamp)
    store.close()
    print(f"wrote {n} records in {time.perf_counter() - start:.1f} s", file=sys.stderr)
    start = time.perf_counter()
    with Library(Config(library=root)) as library:
        library.reindex()
    print(f"indexed in {time.perf_counter() - start:.1f} s", file=sys.stderr)


def ensure_library(root: Path, n: int) -> None:
    """Reuse a library of the right size, else build one."""
    import sqlite3

    db = root / "biblio.sqlite3"
    if db.exists():
        count = sqlite3.connect(db).execute("SELECT count(*) FROM records").fetchone()[0]
        if count == n and (root / "index" / "current.json").exists():
            return
        raise SystemExit(f"{root} holds {count} records, not {n}: remove it or give another --library")
    build(root, n)


def child(code: str, *args: str) -> dict[str, Any]:
    """Run a snippet in a fresh interpreter and parse its JSON output."""
    command = [sys.executable, "-c", code, *args]
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    if done.returncode:
        raise SystemExit(done.stderr)
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def main() -> None:
    """Build (or reuse) the library, run the measurements, print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--n", type=int, default=100_000)
    parser.add_argument("--library", type=Path, default=None)
    parser.add_argument("--queries", type=int, default=12)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    root = args.library or Path(f"/tmp/bench-tui-{args.n // 1000}k")
    ensure_library(root, args.n)
    sys.path.insert(0, "/work/shared/bench")
    queries = _queries(args.queries)
    runs = [child(CHILD, str(root), json.dumps(queries)) for _ in range(args.runs)]
    listing = child(LISTING, str(root))
    _print(args.n, runs, listing, queries)


def _queries(count: int) -> list[str]:
    try:
        from queries import QUERIES  # type: ignore[import-not-found]  # the shared fixed query mix, when ../shared is there
    except ImportError:
        return ["俄罗斯", "policy", "Россия", "哈尔滨", "energy", "Китай", "外交政策", "Soviet"][:count]
    return [str(q["q"]) for q in QUERIES][:count]


def _ms(values: list[float], quantile: float = 0.5) -> str:
    ordered = sorted(values)
    return f"{ordered[min(int(len(ordered) * quantile), len(ordered) - 1)] * 1000:.0f} ms"


def _print(n: int, runs: list[dict[str, Any]], listing: dict[str, float], queries: list[str]) -> None:
    keys = [t for r in runs for t in r["keystroke"]]
    work = [t for r in runs for t in r["work"]]
    full = [t for r in runs for t in r["full"]]
    rss = max(r["rss_mb"] for r in runs)
    print(f"| TUI at {n:,} records ({len(runs)} runs, {len(queries)} queries) | value | target |")
    print("|---|---|---|")
    print(f"| process start to first painted list (median) | {_ms([r['first_paint'] for r in runs])} | |")
    print(f"| app start to first painted list (median) | {_ms([r['first_paint_app'] for r in runs])} | <= 500 ms |")
    print(f"| search keystroke to updated list (best 100), median (incl. debounce) | {_ms(keys)} | <= 200 ms |")
    print(f"| search keystroke to updated list, p90 (incl. debounce) | {_ms(keys, 0.9)} | |")
    print(f"| search work after the debounce, median | {_ms(work)} | |")
    print(f"| keystroke to full result list (exact count, 1000 hits), median | {_ms(full)} | |")
    print(f"| peak RSS | {rss:.0f} MB | <= 400 MB |")
    for name, seconds in listing.items():
        print(f"| listing: {name} | {seconds * 1000:.1f} ms | |")


if __name__ == "__main__":
    main()
