"""Report objects the library returns and the front ends render."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class AddReport:
    """What an import did: keys added, updated and unchanged, and what could not be imported."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=list)

    def merge(self, other: AddReport) -> None:
        """Fold another report into this one."""
        self.added += other.added
        seen = set(self.added)  # a record added by an earlier source of the same command stays "added"
        self.updated += [k for k in other.updated if k not in seen and k not in self.updated]
        self.unchanged += [k for k in other.unchanged if k not in seen and k not in self.updated]
        self.problems += other.problems
        self.warnings += other.warnings
        self.formats += [f for f in other.formats if f not in self.formats]

    def as_json(self) -> dict[str, list[str]]:
        """The machine-readable form of ``biblio add --json``."""
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "problems": self.problems,
            "warnings": self.warnings,
        }


@dataclass(slots=True)
class CheckReport:
    """Result of ``biblio check``."""

    records: int = 0
    sources: int = 0
    files: int = 0  # attached files
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when nothing is wrong."""
        return not self.problems
