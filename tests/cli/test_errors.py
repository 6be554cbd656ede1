"""Bad input: one line on stderr, non-zero exit, no traceback, the library unchanged."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.cli.conftest import Result, Runner, run_process

GOOD = "@book{kept, title = {Kept}, author = {Keeper, Kim}, date = {2000}}\n"


@pytest.fixture
def seeded(biblio: Runner, tmp_path: Path) -> Runner:
    good = tmp_path / "good.bib"
    good.write_text(GOOD, encoding="utf-8")
    assert biblio("add", str(good)).code == 0
    return biblio


def _state(biblio: Runner) -> str:
    return biblio("list", "--format", "csl-json").out


def _assert_one_line_error(result: Result) -> None:
    assert result.code != 0
    lines = result.err.strip().splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("biblio: ")
    assert "Traceback" not in result.err


def _make_truncated(path: Path) -> None:
    path.write_text("@article{cut,\n  title = {Half a rec", encoding="utf-8")


def _make_junk(path: Path) -> None:
    path.write_bytes(bytes(range(256)) * 64)


def _make_empty(path: Path) -> None:
    path.write_bytes(b"")


def _make_huge(path: Path) -> None:
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: 200 MB without writing them


@pytest.mark.parametrize("maker", [_make_truncated, _make_junk, _make_empty, _make_huge])
def test_malformed_input_leaves_library_unchanged(
    seeded: Runner, tmp_path: Path, maker: Callable[[Path], None]
) -> None:
    before = _state(seeded)
    bad = tmp_path / "bad.bib"
    maker(bad)
    _assert_one_line_error(seeded("add", str(bad)))
    assert _state(seeded) == before
    assert seeded("check").code == 0


def test_missing_file_and_directory(seeded: Runner, tmp_path: Path) -> None:
    before = _state(seeded)
    missing = seeded("add", str(tmp_path / "nope.bib"))
    _assert_one_line_error(missing)
    assert "no such file" in missing.err
    directory = seeded("add", str(tmp_path))
    _assert_one_line_error(directory)
    assert "is a directory" in directory.err
    assert _state(seeded) == before


def test_one_broken_entry_is_named_with_its_line(biblio: Runner, tmp_path: Path) -> None:
    path = tmp_path / "mixed.bib"
    path.write_text(
        "@book{a, title = {First}, date = {2001}}\n\n"
        "@book{b, title = {Broken, date = {2002}\n\n"
        "@book{c, title = {Third}, date = {2003}}\n",
        encoding="utf-8",
    )
    result = biblio("add", str(path), "--json")
    assert result.code == 1
    report = json.loads(result.out)
    assert set(report["added"]) == {"a", "c"}
    assert any("line 3" in problem for problem in report["problems"])


@pytest.mark.parametrize("encoding", ["gb18030", "gbk", "utf-16"])
def test_legacy_and_utf16_encodings(biblio: Runner, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "zh.bib"
    path.write_bytes(
        "@book{daqiju, title = {大棋局}, author = {布热津斯基}, publisher = {上海人民出版社}, date = {2007}}\n".encode(
            encoding
        )
    )
    assert biblio("add", str(path)).code == 0
    item = json.loads(biblio("show", "daqiju", "--format", "csl-json").out)[0]
    assert item["title"] == "大棋局" and item["publisher"] == "上海人民出版社"


def test_no_traceback_from_a_real_process(tmp_path: Path) -> None:
    result = run_process(["add", str(tmp_path / "missing.bib")], tmp_path / "lib")
    _assert_one_line_error(result)
    result = run_process(["show", "nothing"], tmp_path / "lib2")
    _assert_one_line_error(result)


def test_stdin_import(tmp_path: Path) -> None:
    result = run_process(["add", "-", "--json"], tmp_path / "lib", stdin=GOOD.encode("utf-8"))
    assert result.code == 0, result.err
    assert json.loads(result.out)["added"] == ["kept"]
