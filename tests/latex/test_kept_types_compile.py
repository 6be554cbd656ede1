"""Legal, media and patent records imported from RIS export to BibLaTeX that biber and xelatex compile."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.latex.test_file_field_compile import DOC  # biblatex + biber, xeCJK fonts
from tests.latex.texbuild import TexRunner, export_through_cli

pytestmark = pytest.mark.latex

RIS = Path(__file__).parents[1] / "data" / "tagged" / "ris_types.ris"


def test_kept_types_compile_with_biber(tex: TexRunner, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bib = export_through_cli(tmp_path, RIS)
    build = bib.parent
    capsys.readouterr()
    text = bib.read_text(encoding="utf-8")
    assert "@jurisdiction{" in text and "@legislation{" in text and "@movie{" in text
    result = tex.build(build, "xelatex", "biber", DOC, text)
    assert result.problems() == []
    assert "ERROR" not in result.backend_log
    assert result.shows("Nazarbayev v. Ablyazov") and result.shows("The Silk Road Revisited")
    assert result.shows("Central Asia Energy Security Act")
