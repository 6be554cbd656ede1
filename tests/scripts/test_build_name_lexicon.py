"""scripts/build_name_lexicon.py: the shipped names.tsv is what the script writes from the Census lists (skipped
when the ``train`` extra, which brings the ``names`` package, is not installed)."""

from __future__ import annotations

import pytest

from scripts import build_name_lexicon


def test_the_shipped_gazetteer_is_reproducible() -> None:
    pytest.importorskip("names")
    assert build_name_lexicon.build(20000) == build_name_lexicon.OUT.read_text(encoding="utf-8")


def test_surnames_are_cut_by_frequency_and_lower_case() -> None:
    pytest.importorskip("names")
    lines = build_name_lexicon.build(3).splitlines()
    assert lines[2:5] == ["surname\tsmith", "surname\tjohnson", "surname\twilliams"]
    assert lines[5].startswith("given\t") and all(line == line.casefold() for line in lines[2:])
