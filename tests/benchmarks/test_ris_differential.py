"""benchmarks/ris_differential.py and fuzz_records.py without node: the records it draws are RIS/Refer every
importer reads, seeded, and its tally names the tag a missed value came from and the tags that decide a class."""

from __future__ import annotations

import random
import runpy
from pathlib import Path
from typing import Any

import pytest

from biblio.importers.registry import choose_importer

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def fuzz() -> dict[str, Any]:
    return runpy.run_path(str(ROOT / "benchmarks" / "ris_differential.py"), run_name="ris_differential")


@pytest.fixture(scope="module")
def records(fuzz: dict[str, Any]) -> dict[str, Any]:
    """fuzz_records.py (``fuzz`` put the benchmarks folder on the path it imports from)."""
    return runpy.run_path(str(ROOT / "benchmarks" / "fuzz_records.py"), run_name="fuzz_records")


def test_drawn_records_are_seeded_and_read_one_each(records: dict[str, Any]) -> None:
    drawn = [records["random_record"](random.Random(7)) for _ in range(3)]
    assert drawn[0] == drawn[1] == drawn[2]  # the same seed, the same record
    rng = random.Random(1)
    source = records["ris_text"]([records["random_record"](rng) for _ in range(200)])
    chosen = choose_importer(source, ".ris")
    assert chosen.name == "ris" and len(chosen.parse(source).records) == 200


def test_procite_and_refer_records_are_read(records: dict[str, Any]) -> None:
    rng = random.Random(3)
    procite = records["ris_text"]([records["procite_record"](rng) for _ in range(100)])
    assert len(choose_importer(procite, ".ris").parse(procite).records) == 100
    refer = records["refer_text"]([records["refer_record"](rng) for _ in range(100)])
    chosen = choose_importer(refer, ".txt")
    assert chosen.name == "refer" and len(chosen.parse(refer).records) == 100


def test_a_missed_value_is_traced_to_its_tag(fuzz: dict[str, Any]) -> None:
    unit = fuzz["Unit"]("edition", "2nd ed.", "", False)
    pairs = [("TY", "BOOK"), ("TI", "A title"), ("ET", "2nd ed."), ("PB", "Press")]
    assert fuzz["source_tags"](unit, pairs) == "ET"
    assert (
        fuzz["source_tags"](fuzz["Unit"]("date", "March 4, 2002", "", False), [("TY", "JOUR"), ("PY", "2002")]) == "PY"
    )


def test_the_tags_that_decide_a_class(fuzz: dict[str, Any]) -> None:
    seen = [(False, frozenset({"IS", "M1"}), "JOUR")] * 4 + [(True, frozenset({"M1"}), "JOUR")] * 4
    assert fuzz["deciding_tags"](seen) == ["+IS"]
