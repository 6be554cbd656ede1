"""One routing of sources for every front end: Library.add(source, AddOptions)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from biblio.errors import UsageError
from biblio.library import Library
from biblio.library.adding import ROUTES, AddOptions
from biblio.library.lookup import DOI, FILE, ISBN, STDIN, URL
from biblio.tui.screens.add import add_source

BIB = "@book{grand, author={Brzezinski, Zbigniew}, title={The Grand Chessboard}, year={1997}}\n"


def test_every_kind_of_source_has_a_route() -> None:
    assert set(ROUTES) == {FILE, STDIN, URL, DOI, ISBN}


def test_a_file_and_stdin_give_the_same_record(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    assert library.add(str(path)).added == ["grand"]
    again = library.add("-", AddOptions(stdin=io.BytesIO(BIB.encode())))
    assert again.unchanged == ["grand"] and again.formats == ["bibtex"]


def test_stdin_where_there_is_none_is_a_usage_error(library: Library) -> None:
    with pytest.raises(UsageError, match="standard input"):
        library.add("-")
    assert library.count() == 0


def test_a_home_relative_path_is_expanded(library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    assert library.add("~/refs.bib").added == ["grand"]


def test_the_tui_adds_through_the_same_route(library: Library, tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(BIB, encoding="utf-8")
    steps: list[tuple[int, int]] = []
    report = add_source(library, str(path), lambda done, total: steps.append((done, total)))
    assert report.added == ["grand"] and steps == [(1, 1)]
