"""``biblio export --profile / --aux / --tex / --keep-updated`` and ``biblio exports``."""

from __future__ import annotations

import argparse
import io
from pathlib import Path

from biblio.cli.commands import exports as exports_command
from biblio.cli.context import Context
from biblio.config import Config
from tests.cli.conftest import Runner

DATA = Path(__file__).parent.parent / "data"
SEED = DATA / "cnki" / "seed_002_central_asia.txt"
BOOKS = DATA / "latex" / "books.json"


def _exports(library: Path, *args: str) -> str:
    """Run ``biblio exports ARGS`` (its own parser: the command is registered by the CLI's main module)."""
    parser = argparse.ArgumentParser()
    exports_command.register(parser.add_subparsers())
    parsed = parser.parse_args(["exports", *args])
    ctx = Context(Config(library=library), out=io.StringIO())
    try:
        assert parsed.run(parsed, ctx) == 0
    finally:
        ctx.close()
    assert isinstance(ctx.out, io.StringIO)
    return ctx.out.getvalue()


def test_profile_output(biblio: Runner) -> None:
    assert biblio("add", str(SEED), str(BOOKS)).code == 0
    result = biblio("export", "--profile", "gbt7714-bst", "-o", "-")
    assert result.code == 0
    assert "key = {zhang1 ning2}" in result.out and "author = {{Бжезинский З.}}" in result.out
    marked = biblio("export", "--profile", "gb7714", "--nationality", "-o", "-")
    assert "author = {{（英）哈·麦金德}}" in marked.out
    assert biblio("export", "--profile", "gb7714", "--format", "csl-json").code == 2


def test_aux_and_tex_select_exactly_the_cited_works(biblio: Runner, tmp_path: Path) -> None:
    biblio("add", str(SEED), str(BOOKS))
    aux = tmp_path / "paper.aux"
    aux.write_text("\\abx@aux@cite{0}{brzezinski1997}\n\\citation{nokey,maijinde1985lishi}\n", encoding="utf-8")
    result = biblio("export", "--aux", str(aux), "--profile", "biblatex", "-o", "-")
    assert result.code == 0
    assert [line for line in result.out.splitlines() if line.startswith("@")] == [
        "@book{brzezinski1997,",
        "@book{maijinde1985lishi,",
    ]
    assert "nokey" in result.err
    tex = tmp_path / "paper.tex"
    tex.write_text("\\parencite[12]{spykman1965heping} % \\cite{brzezinski1997}\n", encoding="utf-8")
    result = biblio("export", "--tex", str(tex), "-o", "-")
    assert [line for line in result.out.splitlines() if line.startswith("@")] == ["@book{spykman1965heping,"]


def test_keep_updated_then_list_and_remove(biblio: Runner, library_dir: Path, tmp_path: Path) -> None:
    biblio("add", str(SEED))
    target = tmp_path / "refs.bib"
    result = biblio("export", "--keep-updated", str(target), "--profile", "gb7714")
    assert result.code == 0 and "auto-export 1" in result.out
    assert target.read_text(encoding="utf-8").count("\n@") == 3
    assert biblio("add", str(BOOKS)).code == 0  # the same command rewrites the file
    assert "brzezinski1997" in target.read_text(encoding="utf-8")
    assert f"1  {target.resolve()}  gb7714" in _exports(library_dir)
    assert "removed auto-export 1" in _exports(library_dir, "--remove", "1")
    assert "no auto-exports" in _exports(library_dir)
