"""Per-file runs of ``biblio add`` scored against expected items, summed into the sections' tables."""

from __future__ import annotations

import difflib
from collections import Counter
from dataclasses import dataclass, field

from biblio.model import Record
from realworld.agreement import ItemResult, norm
from realworld.cli_import import CliImport

TIME_LIMIT = 2.0  # CPU seconds per file, `biblio add` start-up included


@dataclass(slots=True)
class FileRun:
    """One file: its split, the importer that should read it, what ``biblio add`` did, the scored items."""

    rel: str
    split: str
    group: str
    want_importer: str
    cli: CliImport
    items: list[ItemResult] = field(default_factory=list)
    biblio_only: list[str] = field(default_factory=list)  # fields biblio filled where the expected item has none

    @property
    def imported_right(self) -> bool:
        """Exit 0, the right importer chosen by detection, within the time limit."""
        return self.cli.exit_code == 0 and self.cli.importers == [self.want_importer] and self.cli.seconds <= TIME_LIMIT


def align(titles: list[str], records: list[Record]) -> list[Record | None]:
    """The record for each expected item, both in file order: the longest runs of equal normalized titles are paired
    (:class:`difflib.SequenceMatcher`), the items between two runs with the records between them in order, and an
    item left over takes the next unused record.

    In order, not by title alone: where many items share a title (an export of every type, each titled "Title"), one
    record whose title differs from its item's made every later item take its neighbour's record.
    """
    wanted = [norm(t) for t in titles]
    present = set(wanted) - {""}
    keys = [next((k for k in (norm(t.value) for t in r.title) if k in present), "\x00") for r in records]
    chosen: list[Record | None] = [None] * len(titles)
    matcher = difflib.SequenceMatcher(None, wanted, keys, autojunk=False)
    for _, i1, i2, j1, j2 in matcher.get_opcodes():
        for i, j in zip(range(i1, i2), range(j1, j2), strict=False):  # equal runs, and a replaced run in order
            chosen[i] = records[j]
    used = {id(r) for r in chosen if r is not None}
    free = [r for r in records if id(r) not in used]
    for i, found in enumerate(chosen):
        if found is None and free:
            chosen[i] = free.pop(0)
    return chosen


def _ratio(hits: int, total: int) -> str:
    return f"{hits / total:.3f} ({hits}/{total})" if total else "-"


def summary_row(label: str, runs: list[FileRun]) -> str:
    """One Markdown table row for ``runs``."""
    items = [i for r in runs for i in r.items]
    units = [u for i in items for u in i.units]
    mapped = [u for u in units if u.kind == "mapped"]
    kept = [u for u in units if u.kind == "kept"]
    slowest = max((r.cli.seconds for r in runs), default=0.0)
    slowest_wall = max((r.cli.wall for r in runs), default=0.0)
    cells = [
        label,
        str(len(runs)),
        f"{sum(r.imported_right for r in runs)}/{len(runs)}",
        f"{slowest:.2f} / {slowest_wall:.2f}",
        str(len(items)),
        f"{sum(r.cli.stored for r in runs)}/{sum(len(r.cli.records) for r in runs)}",
        f"{sum(i.type_ok for i in items)}/{len(items)}",
        _ratio(sum(u.hit for u in units), len(units)),
        _ratio(sum(u.hit for u in mapped), len(mapped)),
        _ratio(sum(u.hit for u in kept), len(kept)),
    ]
    return "| " + " | ".join(cells) + " |"


HEADER = (
    "| files | n | `biblio add` right (exit 0, detected, ≤ 2 s) | slowest add: CPU / wall (s) | items "
    "| records kept by `add` | types right | field agreement | mapped fields | kept-only fields |\n"
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
)


def agreement(runs: list[FileRun]) -> float:
    """Hits / units over ``runs`` (1.0 when there is nothing to compare)."""
    units = [u for r in runs for i in r.items for u in i.units]
    return sum(u.hit for u in units) / len(units) if units else 1.0


def miss_notes(runs: list[FileRun], limit: int = 60) -> list[str]:
    """The misses, one line each (for the dev split: what to work on)."""
    lines = []
    for run in runs:
        if not run.imported_right:
            lines.append(
                f"`{run.rel}`: add exit {run.cli.exit_code}, importers {run.cli.importers}, "
                f"{run.cli.seconds:.2f} s CPU {run.cli.error}"
            )
        for item in run.items:
            if not item.type_ok:
                lines.append(f"`{run.rel}`: type {item.got_type or '-'} for {item.expected_type}")
            for u in item.units:
                if not u.hit:
                    lines.append(f"`{run.rel}`: {u.field} expected {u.expected[:80]!r} got {u.got[:80]!r}")
    return lines[:limit] + ([f"... {len(lines) - limit} more"] if len(lines) > limit else [])


def missed_fields(runs: list[FileRun]) -> Counter[str]:
    """How often each field was missed."""
    return Counter(u.field for r in runs for i in r.items for u in i.units if not u.hit)
