"""A fixed dev/test split of a section's files, committed beside the sections (``splits/<name>.json``).

Rules are tuned on ``dev`` only; ``test`` is measured and reported, never looked at for tuning. The
split is drawn once (seeded shuffle, stratified by folder, about 60 % dev) and then read from the
committed file, so adding files later does not move the old ones between splits.
"""

from __future__ import annotations

import json
import random
from collections import defaultdict
from pathlib import Path

SPLITS = Path(__file__).with_name("splits")
SEED = 20261202
DEV_SHARE = 0.6


def load_split(name: str, files: list[str]) -> dict[str, str]:
    """``{relative path: "dev" | "test"}`` for ``files``; files not in the committed split are drawn now."""
    path = SPLITS / f"{name}.json"
    known: dict[str, list[str]] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    assigned = {f: split for split, members in known.items() for f in members}
    new = sorted(f for f in files if f not in assigned)
    if new:
        assigned.update(_draw(new))
        grouped: dict[str, list[str]] = {"dev": [], "test": []}
        for f, split in sorted(assigned.items()):
            grouped[split].append(f)
        SPLITS.mkdir(exist_ok=True)
        path.write_text(json.dumps(grouped, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return {f: assigned[f] for f in files}


def _draw(files: list[str]) -> dict[str, str]:
    by_folder: dict[str, list[str]] = defaultdict(list)
    for f in files:
        by_folder[str(Path(f).parent)].append(f)
    rng = random.Random(SEED)
    drawn: dict[str, str] = {}
    for folder in sorted(by_folder):
        members = sorted(by_folder[folder])
        rng.shuffle(members)
        cut = max(1, round(len(members) * DEV_SHARE))
        drawn.update({f: "dev" if i < cut else "test" for i, f in enumerate(members)})
    return drawn
