"""Sections of ``benchmarks/bench_realworld.py``: one module per input family, each measured beside a peer.

Every module exposes ``run(data: Path, *, quick: bool) -> Section`` where ``data`` is
``../shared/data/realworld``. A section prints its own Markdown table and says whether the issue's
targets were met; ``bench_realworld.py`` runs them all (or those named) and prints the tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class Section:
    """One family's result: a Markdown table, the target checks, and notes (e.g. per-file failures)."""

    title: str
    table: str
    checks: dict[str, bool] = field(default_factory=dict)  # "web-en body F1 mean >= 0.95": True
    notes: list[str] = field(default_factory=list)

    def render(self) -> str:
        """The section as Markdown."""
        lines = [f"## {self.title}", "", self.table.rstrip(), ""]
        if self.checks:
            lines += [f"- {'PASS' if ok else 'FAIL'}: {name}" for name, ok in self.checks.items()] + [""]
        lines += [f"- {note}" for note in self.notes]
        return "\n".join(lines).rstrip() + "\n"
