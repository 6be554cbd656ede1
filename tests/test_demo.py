"""The README's main command: the bundled demo library loads, lists and exports."""

from __future__ import annotations

import json
from pathlib import Path

import bibtexparser

from tests.cli.conftest import run_process

DEMO = Path(__file__).resolve().parent.parent / "library" / "demo"


def test_demo_library_loads_lists_and_exports(tmp_path: Path) -> None:
    library = tmp_path / "lib"
    sources = sorted(str(p) for p in DEMO.iterdir())
    added = run_process(["add", *sources, "--json"], library)
    assert added.code == 0, added.err
    keys = json.loads(added.out)["added"]
    assert {"mackinder1904geographical", "brzezinski1997grand", "burejinsiji2007daqiju"} <= set(keys)

    again = run_process(["add", *sources, "--json"], library)
    assert json.loads(again.out)["added"] == []

    table = run_process(["list"], library)
    assert "The Grand Chessboard" in table.out and "Великая шахматная доска" in table.out

    exported = run_process(["export"], library, cwd=tmp_path)
    assert exported.code == 0 and "exports/library.bib" in exported.out
    entries = bibtexparser.parse_string((tmp_path / "exports" / "library.bib").read_text(encoding="utf-8")).entries
    assert len(entries) == len(keys)
    assert not bibtexparser.parse_string(
        (tmp_path / "exports" / "library.bib").read_text(encoding="utf-8")
    ).failed_blocks
