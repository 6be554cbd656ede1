"""The designation GB/T 7714 prints after a multi-volume work's title: as written while it names the volume."""

from __future__ import annotations

import pytest

from biblio.export.volumes import designation, is_numbered, names_volume


@pytest.mark.parametrize(
    ("volume", "written", "cjk", "shown"),
    [
        ("1", "第一卷", True, "第一卷"),  # the source's numerals
        ("3", "第三辑", True, "第三辑"),  # and unit
        ("上", "上卷", True, "上卷"),
        ("下", "下", True, "下"),
        ("2", "第 2 分册", True, "第 2 分册"),
        ("11", "vol. 11", False, "vol. 11"),
        ("2", "", True, "第2卷"),  # no written form: gbt7714.bst's form
        ("2", "", False, "Vol. 2"),
        ("3-4", "", True, "第3-4卷"),
        ("II", "", False, "Vol. II"),
        ("上", "", True, "上"),  # not a number: as it is
        ("Suppl.", "", False, "Suppl."),
        ("", "第一卷", True, ""),  # the volume was removed: nothing to print
    ],
)
def test_designation(volume: str, written: str, cjk: bool, shown: str) -> None:
    assert designation(volume, written, cjk) == shown


@pytest.mark.parametrize(("volume", "written"), [("2", "第一卷"), ("下", "上卷"), ("4", "第三辑"), ("2", "美国卷")])
def test_a_stale_written_form_gives_way_to_the_volume(volume: str, written: str) -> None:
    assert not names_volume(written, volume)
    assert designation(volume, written, True) == (f"第{volume}卷" if volume.isdigit() else volume)


@pytest.mark.parametrize(
    ("volume", "numbered"), [("2", True), ("3-4", True), ("XII", True), ("上", False), ("", False)]
)
def test_is_numbered(volume: str, numbered: bool) -> None:
    assert is_numbered(volume) is numbered
