"""Entries of TeX Live's own bibliographies (Beebe's font, tugboat and texbook2.bib, public domain: excerpts in
tests/data/bibtex/) go through `biblio add` and export to BibLaTeX that biber and xelatex compile."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.latex.test_file_field_compile import DOC  # biblatex + biber, xeCJK fonts
from tests.latex.texbuild import TexRunner, export_through_cli

pytestmark = pytest.mark.latex

DATA = Path(__file__).parents[1] / "data" / "bibtex"


def test_tex_live_entries_compile_with_biber(
    tex: TexRunner, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    files = [DATA / f"beebe-{name}-excerpt.bib" for name in ("font", "tugboat", "texbook2")]
    bib = export_through_cli(tmp_path, *files)
    build = bib.parent
    warnings = capsys.readouterr().err
    result = tex.build(build, "xelatex", "biber", DOC, bib.read_text(encoding="utf-8"))
    assert result.problems() == []
    assert "ERROR" not in result.backend_log
    assert result.shows("TeX Collection editors") and result.shows("Using METAFONT for Original Font Design")
    assert result.shows("TeXworks—As you like it")
    assert result.shows("The UMAP Journal")  # its editor's braced affiliation with commas: biber skipped it
    assert "biber cannot read" in warnings  # {{\TeX} Collection editors}: written from its plain name
