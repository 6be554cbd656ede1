"""Differential fuzzing: seeded random RIS (or Refer) records read by Zotero's own translator and by biblio.

Usage:
    python benchmarks/ris_differential.py --node DIR                    # 2000 random RIS records
    python benchmarks/ris_differential.py --node DIR --procite          # records shaped as ProCite's RIS export
    python benchmarks/ris_differential.py --node DIR --refer            # Refer records (%0 types)
    python benchmarks/ris_differential.py --node DIR --records 5000 --seed 7 --show 40

The peer model (``tagged_mapping.py``) puts every tag into one record per type; real records carry *subsets*,
and Zotero's ``RIS.js`` has co-occurrence logic (what ``EP``, ``M1``, ``PY``, ``BT``, ``JO`` ... give depends on
what else the record holds; ProCite's role and label notes rewrite other tags). This draws records of every type
with random subsets of the tags relevant to it (:mod:`fuzz_records`), has Zotero's translator (the node runner of
:mod:`zotero_node_probe`, one call per batch) and biblio (the importer detection chooses, as ``biblio add`` does)
read the same file, aligns item *i* with record *i*, scores each with the benchmark's own comparison
(:func:`realworld.agreement.compare_zotero`) and tallies the units biblio misses by class: (Zotero item type, field,
the tag that carried the value), each with the RIS codes it occurs in and the co-occurring tags that decide it
(a tag whose presence changes the class's miss rate by half or more). Types read differently are tallied too.

The runner's RIS.js is of 2017, older than the benchmark's: a class is a lead to check against the dev files'
expected items (and the RIS specification), not a verdict.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fuzz_records import procite_record, random_record, refer_record, refer_text, ris_text  # noqa: E402
from realworld.agreement import Unit, compare_zotero, norm  # noqa: E402
from realworld.scoring import align  # noqa: E402
from zotero_node_probe import _same_date, zotero_items  # noqa: E402

from biblio.importers.registry import choose_importer  # noqa: E402
from biblio.model import Record  # noqa: E402

Pairs = list[tuple[str, str]]


@dataclass(slots=True)
class Tally:
    """Every compared unit by class, and the type disagreements."""

    records: int = 0
    units: int = 0
    agreed: int = 0
    seen: dict[tuple[str, str, str], list[tuple[bool, frozenset[str], str]]] = field(default_factory=dict)
    example: dict[tuple[str, str, str], str] = field(default_factory=dict)
    types: Counter[tuple[str, str, str]] = field(default_factory=Counter)

    def add(self, pairs: Pairs, item: dict[str, object], record: Record | None) -> None:
        """Score one record against Zotero's item."""
        code = pairs[0][1]
        tags = frozenset(tag for tag, _ in pairs[1:])
        result = compare_zotero(item, record, code)
        self.records += 1
        if not result.type_ok:
            self.types[code, result.expected_type, result.got_type] += 1
        for unit in result.units:
            if "NaN" in unit.expected:  # the old runner's access date of a text it could not read
                continue
            hit = unit.hit or _same_date(unit) or _padded_access_date(unit)
            key = (result.expected_type, unit.field, source_tags(unit, pairs))
            self.seen.setdefault(key, []).append((hit, tags, code))
            self.units += 1
            self.agreed += hit
            if not hit and key not in self.example:
                shown = " | ".join(f"{t} {v}" for t, v in pairs)[:600]
                self.example[key] = f"expected {unit.expected[:60]!r} got {unit.got[:60]!r}\n      record: {shown}"


def _padded_access_date(unit: Unit) -> bool:
    """Zotero stores an access date as a full SQL date, inventing a missing month and day as ``01``."""
    padding = unit.expected[len(unit.got) :]
    padded = unit.expected.startswith(unit.got) and padding in ("-01", "-01-01")
    return unit.field == "accessDate" and bool(unit.got) and padded


def source_tags(unit: Unit, pairs: Pairs) -> str:
    """The tag(s) whose value Zotero's unit holds (``?`` when none is recognisable)."""
    wanted = norm(unit.expected.split(": ", 1)[-1] if unit.field == "notes" else unit.expected)
    found = sorted({t for t, v in pairs[1:] if _holds(wanted, norm(v))})
    if not found and unit.field.endswith("ate"):
        year = next((w for w in wanted.split() if len(w) == 4 and w.isdigit()), "")
        found = sorted({t for t, v in pairs[1:] if year and year in v})
    if not found:
        found = sorted({t for t, v in pairs[1:] if len(norm(v)) > 3 and wanted and wanted in norm(v)})
    return "+".join(found) or "?"


def _holds(wanted: str, value: str) -> bool:
    return bool(value) and (value == wanted or (len(wanted) > 3 and value in wanted))


def deciding_tags(observations: list[tuple[bool, frozenset[str], str]]) -> list[str]:
    """Tags whose presence changes the miss rate by at least one half: ``+X`` misses when X is there, ``-X`` when
    it is not (each side seen at least 3 times)."""
    every = set().union(*(tags for _, tags, _ in observations))
    shown = []
    for tag in sorted(every):
        with_tag = [hit for hit, tags, _ in observations if tag in tags]
        without = [hit for hit, tags, _ in observations if tag not in tags]
        if len(with_tag) < 3 or len(without) < 3:
            continue
        difference = with_tag.count(False) / len(with_tag) - without.count(False) / len(without)
        if abs(difference) >= 0.5:
            shown.append(f"{'+' if difference > 0 else '-'}{tag}")
    return shown


Read = tuple[Pairs, dict[str, object], Record | None]


def pairs_read(node: Path, batches: Iterator[list[Pairs]], refer: bool) -> Iterator[Read]:
    """Each record with Zotero's item and biblio's record of it (one file, one node call per batch)."""
    for whole in batches:
        for batch, items in _read_by_zotero(node, whole, refer):
            yield from _paired(batch, items, refer)


def _read_by_zotero(
    node: Path, batch: list[Pairs], refer: bool
) -> Iterator[tuple[list[Pairs], list[dict[str, object]]]]:
    """Zotero's items for ``batch``; where the translator fails (a record it cannot read throws), the batch is read
    in halves, and a single record it fails on is left out (said on stderr)."""
    try:
        yield batch, zotero_items(node, refer_text(batch) if refer else ris_text(batch))
    except subprocess.CalledProcessError:
        if len(batch) == 1:
            print(f"Zotero failed on: {' | '.join(f'{t} {v}' for t, v in batch[0])[:300]}", file=sys.stderr)
            return
        middle = len(batch) // 2
        yield from _read_by_zotero(node, batch[:middle], refer)
        yield from _read_by_zotero(node, batch[middle:], refer)


def _paired(batch: list[Pairs], items: list[dict[str, object]], refer: bool) -> Iterator[Read]:
    """Each record with its item and biblio's record, in order."""
    text = refer_text(batch) if refer else ris_text(batch)
    records = choose_importer(text, ".txt" if refer else ".ris").parse(text).records
    if len(items) != len(batch):
        print(f"batch skipped: Zotero made {len(items)} items of {len(batch)} records", file=sys.stderr)
        return
    titles = [next((v for t, v in pairs if t in ("T", "TI", "T1", "CT")), "") for pairs in batch]
    chosen: list[Record | None] = list(records) if len(records) == len(batch) else align(titles, records)
    yield from zip(batch, items, chosen, strict=True)


def report(tally: Tally, show: int) -> str:
    """The classes biblio misses, most units first, and the type disagreements."""
    lines = [f"{tally.records} records, {tally.units} units, agreement {tally.agreed / max(tally.units, 1):.4f}"]
    classes = [(sum(not hit for hit, _, _ in seen), key) for key, seen in tally.seen.items()]
    classes.sort(key=lambda c: (-c[0], c[1]))
    for misses, key in [c for c in classes if c[0]][:show]:
        seen = tally.seen[key]
        codes = Counter(code for hit, _, code in seen if not hit)
        where = " ".join(f"{code}:{n}" for code, n in codes.most_common(8))
        decided = " ".join(deciding_tags(seen))
        lines.append(f"{misses:4}/{len(seen):<4} {key[0]:18} {key[1]:24} from {key[2]:8} [{where}] {decided}")
        lines.append(f"      {tally.example[key]}")
    lines.append("types read otherwise (RIS code, Zotero type, biblio type):")
    lines += [f"{n:4} {code:8} {zot:18} {got}" for (code, zot, got), n in tally.types.most_common(show)]
    return "\n".join(lines)


def batches_of(make: Callable[[random.Random], Pairs], total: int, size: int, seed: int) -> Iterator[list[Pairs]]:
    """``total`` records from ``make``, seeded, in batches of ``size``."""
    rng = random.Random(seed)
    for start in range(0, total, size):
        yield [make(rng) for _ in range(min(size, total - start))]


def main() -> int:
    """Draw, read with both, tally."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--node", type=Path, required=True, help="the folder zotero_node_probe.py --setup made")
    parser.add_argument("--refer", action="store_true", help="Refer records (Zotero's ReferBibIX.js)")
    parser.add_argument("--procite", action="store_true", help="RIS records shaped as ProCite's export")
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--batch", type=int, default=250)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--show", type=int, default=30, help="how many classes to print")
    args = parser.parse_args()
    make = refer_record if args.refer else procite_record if args.procite else random_record
    tally = Tally()
    for pairs, item, record in pairs_read(args.node, batches_of(make, args.records, args.batch, args.seed), args.refer):
        tally.add(pairs, item, record)
    print(report(tally, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
