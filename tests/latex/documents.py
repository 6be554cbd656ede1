"""The LaTeX documents each export profile is compiled with: one per tool chain the profile is made for.

``CITES`` in a document is replaced by the citation commands of the test.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from biblio.config import Config
from biblio.export.profiles import Options, export_profile
from biblio.library import Library
from tests.latex.texbuild import Build, TexRunner

GB7714_DOC = r"""\documentclass[UTF8,fontset=ubuntu]{ctexart}
\setmainfont{DejaVu Serif}
\usepackage[backend=biber,style=gb7714-2015]{biblatex}
\addbibresource{refs.bib}
\begin{document}
CITES
\printbibliography
\end{document}
"""
GBT_DOC = r"""\documentclass[UTF8,fontset=ubuntu]{ctexart}
\setmainfont{DejaVu Serif}
\usepackage[OPTION]{gbt7714}  % writes \bibstyle{gbt7714-numerical / -author-year}
\usepackage{hyperref}
\begin{document}
CITES
\bibliography{refs}
\end{document}
"""
PLAIN_DOC = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\begin{document}
CITES
\bibliographystyle{plain}
\bibliography{refs}
\end{document}
"""
POLYGLOSSIA_DOC = r"""\documentclass{article}
\usepackage{fontspec}
\usepackage{polyglossia}
\setmainlanguage{english}
\setotherlanguage{russian}
\setmainfont{DejaVu Serif}
\newfontfamily\cyrillicfont{DejaVu Serif}
\usepackage{xeCJK}
\setCJKmainfont{Noto Serif CJK SC}
\usepackage[backend=biber,style=numeric,autolang=other]{biblatex}
\addbibresource{refs.bib}
\begin{document}
CITES
\printbibliography
\end{document}
"""
# build name -> (engine, backend, profile, document)
BUILDS = {
    "gb7714": ("xelatex", "biber", "gb7714", GB7714_DOC),
    "gbt7714-numerical": (
        "xelatex", "bibtex", "gbt7714-bst", GBT_DOC.replace("OPTION", "numbers")
    ),
    "gbt7714-author-year": (
        "xelatex", "bibtex", "gbt7714-bst", GBT_DOC.replace("OPTION", "authoryear")
    ),
    "plain": ("pdflatex", "bibtex", "bibtex", PLAIN_DOC),
    "biblatex": ("xelatex", "biber", "biblatex", POLYGLOSSIA_DOC),
}  # fmt: skip


@contextmanager
def compiled(
    tex: TexRunner, root: Path, sources: Iterable[Path], cites: str, wide: bool = False
) -> Iterator[dict[str, Future[Build]]]:
    """Every BUILDS document compiled (in parallel) against the profile export of a library made from ``sources``.

    ``wide``: on a 100 cm wide page, so that no reference is broken across lines (pdftotext drops the
    hyphen of a date broken at a line end).
    """
    with Library(Config(library=root / "library")) as library:
        for source in sources:
            library.add_file(source)
        records = list(library.records())
        options = Options(key_of=library.key_of, record_of=library.get_uid)
        bibs = {name: export_profile(records, profile, options).text for name, (_, _, profile, _) in BUILDS.items()}
    page = "\\usepackage[paperwidth=100cm,paperheight=80cm,margin=1cm]{geometry}\n\\begin{document}"
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures: dict[str, Future[Build]] = {}
        for name, (engine, backend, _, document) in BUILDS.items():
            text = document.replace("CITES", cites)
            if wide:
                text = text.replace("\\begin{document}", page)
            futures[name] = pool.submit(tex.build, root / name, engine, backend, text, bibs[name])
        yield futures
