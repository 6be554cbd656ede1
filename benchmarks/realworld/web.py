"""web-en: article bodies of 181 saved news/blog pages, biblio's ``web-html`` importer beside trafilatura alone.

Data: ``web-en/html/<key>.html.gz`` and ``web-en/ground-truth.json`` (``articleBody`` per key), the
scrapinghub article-extraction benchmark (MIT). Score: token F1 per page between the gold body and the
extracted one (bags of lower-cased ``\\w+`` tokens, as the benchmark tokenises), then mean and median
over pages. The pages are split once into dev and test halves (``web_split.json``: sorted keys shuffled
with ``random.Random(12)``); extraction rules and the body chooser were tuned on dev only.

biblio: ``parse_html(bytes)``, the whole importer (decoding, metadata, outlet rules, own extractor,
trafilatura, the chooser), timed per file. trafilatura alone: ``trafilatura.extract(bytes,
include_comments=False)`` with its defaults, as a user would call it, in the same run.
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from statistics import mean, median

from realworld import Section

SPLIT_FILE = Path(__file__).with_name("web_split.json")
MAX_SECONDS = 2.0
TARGET_F1 = 0.95
_TOKEN = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class PageResult:
    """One page: F1 of each extractor, whether biblio's body is empty and warned about, biblio's time."""

    key: str
    biblio: float
    trafilatura: float
    empty: bool
    warned: bool
    seconds: float
    peer_seconds: float
    extractor: str


def token_f1(gold: str, found: str) -> float:
    """Harmonic mean of token precision and recall (multisets of lower-cased ``\\w+`` tokens)."""
    want, got = Counter(_TOKEN.findall(gold.lower())), Counter(_TOKEN.findall(found.lower()))
    common = (want & got).total()
    if not common:
        return 1.0 if not want and not got else 0.0
    precision, recall = common / got.total(), common / want.total()
    return 2 * precision * recall / (precision + recall)


def split(keys: list[str]) -> dict[str, list[str]]:
    """The committed dev/test split (only keys present in ``keys``)."""
    data = json.loads(SPLIT_FILE.read_text(encoding="utf-8"))
    present = set(keys)
    return {name: [k for k in data[name] if k in present] for name in ("dev", "test")}


def measure(folder: Path, key: str, gold: str) -> PageResult:
    """Run biblio's importer and trafilatura alone on one page."""
    import logging

    import trafilatura

    from biblio.errors import InputError
    from biblio.importers.web.html_importer import parse_html

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    raw = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
    start = time.perf_counter()
    try:
        result = parse_html(raw, accessed="2026-01-01")
        body, extractor = result.records[0].fulltext, result.records[0].extra.get("body_extractor", "")
        warned = any(p.severity == "warning" and "text" in p.message for p in result.problems)
    except InputError:
        body, extractor, warned = "", "refused", True  # a refusal is an error the user sees
    seconds = time.perf_counter() - start
    start = time.perf_counter()
    theirs = trafilatura.extract(raw, include_comments=False) or ""
    peer_seconds = time.perf_counter() - start
    return PageResult(
        key, token_f1(gold, body), token_f1(gold, theirs), not body.strip(), warned, seconds, peer_seconds, extractor
    )


def run(data: Path, *, quick: bool) -> Section:
    """The web-en section: F1 of biblio and trafilatura on the dev and test halves, empties, time per file."""
    folder = data / "web-en"
    gold = {k: v.get("articleBody", "") for k, v in json.loads((folder / "ground-truth.json").read_text()).items()}
    halves = split(sorted(gold))
    if quick:
        halves = {name: keys[::6] for name, keys in halves.items()}
    results = {name: [measure(folder, k, gold[k]) for k in keys] for name, keys in halves.items()}
    every = [r for rs in results.values() for r in rs]
    rows = [_row(name, rs) for name, rs in (*results.items(), ("all", every))]
    table = "\n".join(
        [
            "| pages | n | biblio F1 mean | biblio F1 median | trafilatura F1 mean | trafilatura F1 median "
            "| empty bodies (warned) | biblio s/file max (median) | trafilatura s/file max (median) |",
            "|---|---|---|---|---|---|---|---|---|",
            *rows,
        ]
    )
    test = results["test"]
    empty_unwarned = [r.key for r in every if r.empty and not r.warned]
    slow = [f"{r.key} ({r.seconds:.2f} s)" for r in every if r.seconds > MAX_SECONDS]
    checks = {
        f"test split: biblio F1 mean >= {TARGET_F1}": bool(test) and mean(r.biblio for r in test) >= TARGET_F1,
        "test split: biblio F1 mean >= trafilatura's": bool(test)
        and mean(r.biblio for r in test) >= mean(r.trafilatura for r in test),
        f"all pages: biblio F1 mean >= {TARGET_F1} and >= trafilatura's": mean(r.biblio for r in every)
        >= max(TARGET_F1, mean(r.trafilatura for r in every)),
        "no empty body without a warning": not empty_unwarned,
        f"every file imported in <= {MAX_SECONDS:g} s": not slow,
    }
    chosen = Counter(r.extractor.split(":")[0] for r in every)
    behind = [f"{r.key[:10]} ({r.biblio:.2f} vs {r.trafilatura:.2f})" for r in every if r.trafilatura - r.biblio > 0.1]
    notes = [
        "body kept from: " + ", ".join(f"{name} {count}" for name, count in chosen.most_common()),
        "pages where biblio trails trafilatura by > 0.1 F1: " + (", ".join(behind) or "none"),
    ]
    if empty_unwarned:
        notes.append("empty without warning: " + ", ".join(empty_unwarned))
    if slow:
        notes.append("slower than the bound: " + ", ".join(slow))
    return Section("web-en: article bodies (biblio web-html vs trafilatura)", table, checks, notes)


def _row(name: str, results: list[PageResult]) -> str:
    if not results:
        return f"| {name} | 0 | | | | | | | |"
    ours, theirs = [r.biblio for r in results], [r.trafilatura for r in results]
    empty = [r for r in results if r.empty]
    times, peer = [r.seconds for r in results], [r.peer_seconds for r in results]
    return (
        f"| {name} | {len(results)} | {mean(ours):.3f} | {median(ours):.3f} | {mean(theirs):.3f} | "
        f"{median(theirs):.3f} | {len(empty)} ({sum(r.warned for r in empty)}) | "
        f"{max(times):.2f} ({median(times):.3f}) | {max(peer):.2f} ({median(peer):.3f}) |"
    )
