"""Hostile text from every importer, exported by every profile, compiled with real LaTeX as a user would.

Every importer family (BibTeX, CSL-JSON, RIS, Refer, reference strings, web pages) reads a file with a
payload in each plain-text field it knows (``\\input`` of a canary file, ``^^5c`` spellings of
``\\csname @@input``, ``\\write18``, ``\\openout``, ``\\catcode``, unbalanced braces, ``% # & ~ _ $``,
NUL, CR, U+2028) and a DOI and URL built to read the canary or run ``touch`` through gbt7714.bst +
hyperref. One library holds them all; it is exported once per profile (and by the plain biblatex
export) and compiled once per tool chain, all builds in parallel, with ``openin_any=a`` (TeX Live's
default) and one build under ``-shell-escape``. Every build must finish without a TeX error
(``-halt-on-error``), never show the canary's content and never create a file.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import pytest

from biblio.config import Config
from biblio.export.bibtex import format_bibtex
from biblio.export.profiles import Options, export_profile
from biblio.library import Library
from tests.latex.documents import GB7714_DOC, GBT_DOC, POLYGLOSSIA_DOC
from tests.latex.texbuild import Build, TexRunner, flatten
from tests.security.hostile_inputs import Target, short, write_all

pytestmark = pytest.mark.latex

PLAINNAT_DOC = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage{lmodern}
\usepackage{natbib}
\usepackage{hyperref}
\begin{document}
CITES
\bibliographystyle{plainnat}
\bibliography{refs}
\end{document}
"""
GBT_NUMBERS = GBT_DOC.replace("OPTION", "numbers")
# one tall page (no page number or running head inside a reference), with room on the right for overfull lines
_ONE_PAGE = "\\usepackage[paperwidth=60cm,paperheight=500cm,margin=1cm,right=25cm]{geometry}\n\\begin{document}"
# build -> (engine, backend, export: a profile or "plain", document, shell escape)
BUILDS = {
    "gb7714": ("xelatex", "biber", "gb7714", GB7714_DOC, False),
    "gbt7714-bst": ("xelatex", "bibtex", "gbt7714-bst", GBT_NUMBERS, False),
    "gbt7714-bst-shell-escape": ("xelatex", "bibtex", "gbt7714-bst", GBT_NUMBERS, True),
    "biblatex": ("xelatex", "biber", "biblatex", POLYGLOSSIA_DOC, False),
    "bibtex-plainnat": ("pdflatex", "bibtex", "bibtex", PLAINNAT_DOC, False),
    "bibtex-gbt7714": ("xelatex", "bibtex", "bibtex", GBT_NUMBERS, False),
    "plain-biblatex": ("xelatex", "biber", "plain", POLYGLOSSIA_DOC, False),
}


class Builds:
    """The finished builds and the target files."""

    def __init__(self, target: Target, futures: dict[str, Future[Build]]) -> None:
        self.target, self._futures = target, futures

    def __call__(self, name: str) -> Build:
        return self._futures[name].result()


@pytest.fixture(scope="module")
def builds(lax_tex: TexRunner, shell_tex: TexRunner, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Builds]:
    root = tmp_path_factory.mktemp("hostile")
    target = Target(root / "c.tex", root / "pwned")
    target.canary.write_text(target.secret + "\n", encoding="utf-8")
    with Library(Config(library=root / "library")) as library:
        for path in write_all(root, target):
            library.add_file(path)
        records = list(library.records())
        options = Options(key_of=library.key_of, record_of=library.get_uid)
        bibs = {
            name: format_bibtex(records, "biblatex", library.key_of)
            if export == "plain"
            else export_profile(records, export, options).text
            for name, (_, _, export, _, _) in BUILDS.items()
        }
        keys = [record.key for record in records]
    # no hyphenation, so that a line break in the PDF text is only ever a space
    cites = "\\hyphenpenalty=10000 \\exhyphenpenalty=10000 \\sloppy\\nocite{*}\\cite{" + ",".join(keys[:1]) + "}"
    with ThreadPoolExecutor(max_workers=max(2, os.cpu_count() or 2)) as pool:
        futures = {
            name: pool.submit(
                shell_tex.build if shell else lax_tex.build,
                root / name,
                engine,
                backend,
                document.replace("\\begin{document}", _ONE_PAGE).replace("CITES", cites),
                bibs[name],
            )
            for name, (engine, backend, _, document, shell) in BUILDS.items()
        }
        yield Builds(target, futures)


def _text(build: Build) -> str:
    return flatten(re.sub(r"-\n", "", build.text)).lower()


@pytest.mark.parametrize("name", list(BUILDS))
def test_nothing_is_read_written_or_run(builds: Builds, name: str) -> None:
    build = builds(name)
    assert builds.target.secret.lower() not in _text(build)
    assert builds.target.secret not in build.log
    assert not builds.target.marker.exists()
    assert sorted(p.name for p in build.directory.iterdir() if "pwned" in p.name) == []
    assert "runsystem(touch" not in build.log


def test_hostile_dois_and_urls_are_percent_encoded(builds: Builds) -> None:
    build: Callable[[str], Build] = builds
    bib = (build("gbt7714-bst").directory / "refs.bib").read_text(encoding="utf-8")
    for name, value in re.findall(r"^\s*(doi|url) = \{(.*)\},?$", bib, re.MULTILINE):
        assert not re.search(r"[\^\\{}|\" ]", value), (name, value)


@pytest.mark.parametrize("name", list(BUILDS))
def test_every_record_shows_its_title_literally(builds: Builds, name: str) -> None:
    text = _reading_order(builds(name))
    for family, index, expected in builds.target.titles():
        assert _visible(expected) in text, (family, index, _visible(expected))
    for payload in builds.target.payloads():  # a corporate author from CSL-JSON: as written (upper-cased by GB/T)
        assert _visible(short(payload)) in text, _visible(short(payload))
    assert "textbackslash" not in text and "textasciicircum" not in text  # no command name printed as text
    bib_records = len(builds.target.payloads()) + len(builds.target.latex_payloads())  # .bib values are LaTeX
    assert [i for i in range(bib_records) if f"hostile bibtex {i} " not in text] == []


def _reading_order(build: Build) -> str:
    """The PDF's text in reading order (``pdftotext -raw``), whitespace collapsed, lower case."""
    done = subprocess.run(
        ["pdftotext", "-raw", "-enc", "UTF-8", str(build.directory / "doc.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    )
    return flatten(done.stdout).lower()


def _visible(value: str) -> str:
    """What the PDF shows of a title: control characters and separators as spaces, whitespace collapsed."""
    return flatten(re.sub("[\x00-\x1f\u2028]", " ", value)).lower()
