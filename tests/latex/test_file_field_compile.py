"""An export with JabRef/Better BibTeX file fields (``--with-files``) still compiles with biber and xelatex."""

from __future__ import annotations

from pathlib import Path

import pytest

from biblio.cli.main import main
from tests.latex.texbuild import TexRunner
from tests.pdfgen.build import PdfBuilder

pytestmark = pytest.mark.latex

DOC = r"""\documentclass{article}
\usepackage{fontspec}
\setmainfont{DejaVu Serif}
\usepackage{xeCJK}
\setCJKmainfont{Noto Serif CJK SC}
\usepackage[backend=biber,style=authoryear]{biblatex}
\addbibresource{refs.bib}
\begin{document}
\nocite{*}
\printbibliography
\end{document}
"""


def test_export_with_files_compiles_with_biber(
    tex: TexRunner, pdfs: PdfBuilder, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = tmp_path / "odd;lib:1"  # JabRef escapes ; and : in the path
    names = ("zh_long", "english_twocolumn", "ru_long")
    assert main(["--library", str(library), "add", *(str(pdfs.path(n)) for n in names), "--offline"]) == 0
    build = tmp_path / "build"
    build.mkdir()
    bib = build / "refs.bib"
    assert main(["--library", str(library), "export", "--with-files", "-o", str(bib)]) == 0
    capsys.readouterr()
    text = bib.read_text(encoding="utf-8")
    assert text.count("file = {:../odd\\;lib\\:1/files/") == 3 and text.count(".pdf:PDF}") == 3
    result = tex.build(build, "xelatex", "biber", DOC, text)
    assert result.problems() == []
    assert "ERROR" not in result.backend_log and "WARN" not in result.backend_log
    assert result.shows("中亚国家多元平衡外交的演进与前景") and result.shows("Водная дипломатия")
