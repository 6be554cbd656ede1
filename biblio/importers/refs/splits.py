"""Development and frozen test parts of the labelled reference corpora (docs/refs-eval.md).

A corpus entry belongs to a *group*: ``entry["group"]`` when given (the rendered corpus groups the strings
of one record, so a work rendered in eight styles is never in dev and test at once), else ``entry["id"]``,
else a hash of its text. The split is committed as lists of groups, ``tests/data/refs/splits/<name>.test.txt``
(frozen: never tuned on) and ``<name>.dev.txt``; a group in neither list counts as dev.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path
from typing import Any


def entry_group(entry: dict[str, Any]) -> str:
    """The split group of a corpus entry."""
    group = entry.get("group") or entry.get("id")
    if group:
        return str(group)
    return "sha1:" + hashlib.sha1(str(entry.get("text", "")).encode("utf-8")).hexdigest()[:12]


def load_groups(path: Path) -> set[str]:
    """The group ids listed in a split file (one a line; ``#`` comments and blank lines ignored)."""
    if not path.exists():
        return set()
    lines = (line.strip() for line in path.read_text(encoding="utf-8").splitlines())
    return {line for line in lines if line and not line.startswith("#")}


def partition(
    entries: Iterable[dict[str, Any]], test_groups: set[str]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The entries split into (dev, test) by their group."""
    dev: list[dict[str, Any]] = []
    test: list[dict[str, Any]] = []
    for entry in entries:
        (test if entry_group(entry) in test_groups else dev).append(entry)
    return dev, test


def in_test(group: str, seed: str, share: float = 0.2) -> bool:
    """The seeded rule the committed test lists were drawn with: a hash of seed and group below ``share``."""
    digest = hashlib.sha256(f"{seed}:{group}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < share
