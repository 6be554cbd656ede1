"""Legal, media and patent records imported from RIS export to BibLaTeX that biber and xelatex compile."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.cli.main import main
from tests.latex.test_file_field_compile import DOC  # biblatex + biber, xeCJK fonts
from tests.latex.texbuild import TexRunner

pytestmark = pytest.mark.latex

RIS = Path(__file__).parents[1] / "data" / "tagged" / "ris_types.ris"


def test_kept_types_compile_with_biber(tex: TexRunner, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    library = tmp_path / "lib"
    assert main(["--library", str(library), "add", str(RIS)]) == 0
    build = tmp_path / "build"
    build.mkdir()
    bib = build / "refs.bib"
    assert main(["--library", str(library), "export", "--format", "biblatex", "-o", str(bib)]) == 0
    capsys.readouterr()
    text = bib.read_text(encoding="utf-8")
    assert "@jurisdiction{" in text and "@legislation{" in text and "@movie{" in text
    result = tex.build(build, "xelatex", "biber", DOC, text)
    assert result.problems() == []
    assert "ERROR" not in result.backend_log
    assert result.shows("Nazarbayev v. Ablyazov") and result.shows("The Silk Road Revisited")
    assert result.shows("Central Asia Energy Security Act")
