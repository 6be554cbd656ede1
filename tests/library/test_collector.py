"""The import's raised garbage-collection threshold: raised inside, put back after, a higher one left alone."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

from biblio.library import Library
from biblio.library.collector import IMPORT_THRESHOLD, fewer_collections


@pytest.fixture
def default_thresholds() -> Iterator[tuple[int, ...]]:
    """CPython's default thresholds for the test, whatever the process had (restored after)."""
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield gc.get_threshold()
    gc.set_threshold(*saved)


def test_raised_inside_and_restored(default_thresholds: tuple[int, ...]) -> None:
    with fewer_collections():
        assert gc.get_threshold() == (IMPORT_THRESHOLD, *default_thresholds[1:])
    assert gc.get_threshold() == default_thresholds


def test_restored_when_the_block_raises(default_thresholds: tuple[int, ...]) -> None:
    with pytest.raises(KeyError), fewer_collections():
        raise KeyError("x")
    assert gc.get_threshold() == default_thresholds


def test_nested_blocks_restore_once(default_thresholds: tuple[int, ...]) -> None:
    with fewer_collections():
        with fewer_collections():
            assert gc.get_threshold()[0] == IMPORT_THRESHOLD
        assert gc.get_threshold()[0] == IMPORT_THRESHOLD  # the inner block found it raised: left alone
    assert gc.get_threshold() == default_thresholds


def test_a_higher_threshold_is_kept(default_thresholds: tuple[int, ...]) -> None:
    gc.set_threshold(50_000, 5, 5)
    with fewer_collections():
        assert gc.get_threshold() == (50_000, 5, 5)
    assert gc.get_threshold() == (50_000, 5, 5)


def test_a_change_made_inside_is_not_undone(default_thresholds: tuple[int, ...]) -> None:
    with fewer_collections():
        gc.set_threshold(1_000, 10, 10)  # someone else's choice while the import ran
    assert gc.get_threshold() == (1_000, 10, 10)


def test_an_add_puts_the_thresholds_back(default_thresholds: tuple[int, ...], library: Library, tmp_path: Path) -> None:
    seen: list[tuple[int, ...]] = []
    path = tmp_path / "a.bib"
    path.write_text("@article{a, title = {T}, author = {Doe, Jane}, year = 2001}\n", encoding="utf-8")
    library.hooks.register(lambda _changes: seen.append(gc.get_threshold()))
    report = library.add_file(path)
    assert report.added == ["a"]
    assert seen and seen[0][0] == IMPORT_THRESHOLD  # the after-commit hooks ran inside the import
    assert gc.get_threshold() == default_thresholds
