"""Golden files: the full records (as ``biblio show --format json`` would keep them) for each seed and saved page.

Regenerate after an intended change with ``BIBLIO_REGEN_GOLDEN=1 .venv/bin/pytest tests/importers/web/test_golden.py``
and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from biblio.importers.base import ImportResult
from biblio.importers.web.html_importer import parse_html
from biblio.importers.web.text_importer import WebTextImporter
from biblio.model.serialize import record_to_dict

DATA = Path(__file__).parents[2] / "data" / "web"
ACCESSED = "2026-03-01"
CASES = ["netease_000.txt", "netease_001.txt", "english_003.txt"] + [
    f"html/{name}.html" for name in ("netease", "xinhua", "people", "tass", "ria", "english", "bbc")
]


def _result(name: str) -> ImportResult:
    path = DATA / name
    if path.suffix == ".html":
        return parse_html(path.read_bytes(), accessed=ACCESSED)
    return WebTextImporter(accessed=ACCESSED).parse(path.read_text(encoding="utf-8"))


def _stable(result: ImportResult) -> list[dict[str, Any]]:
    """Records as dicts with the random uids replaced by their position."""
    index = {record.uid: f"record-{n}" for n, record in enumerate(result.records)}
    out = []
    for record in result.records:
        data = record_to_dict(record)
        data["uid"] = index[record.uid]
        for link in data.get("links", ()):
            link["target"] = index[link["target"]]
        out.append(data)
    return out


@pytest.mark.parametrize("name", CASES)
def test_golden(name: str) -> None:
    golden = DATA / "golden" / (Path(name).stem + ("_html" if name.endswith(".html") else "") + ".json")
    got = _stable(_result(name))
    if os.environ.get("BIBLIO_REGEN_GOLDEN"):
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))
