"""Every langid biblio writes is a name polyglossia and babel both load, and nothing else is ever written.

Both documents switch to each entry's language (biblatex ``autolang=other``): polyglossia with every
name declared, babel with every name provided from its ini files; the build must end without error.
"""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biblio.export.langid import CJK_LANGIDS, SAFE_LANGIDS, SAFE_NAMES, plain_langid, safe_langid
from tests.latex.texbuild import Build, TexRunner

NAMES = sorted(SAFE_NAMES | set(CJK_LANGIDS.values()))
_OTHERS = [name for name in NAMES if name != "english"]
_PROVIDED = "".join("\\babelprovide[import]{" + name + "}\n" for name in _OTHERS)
POLYGLOSSIA = rf"""\documentclass{{article}}
\usepackage{{fontspec}}
\usepackage{{polyglossia}}
\setmainlanguage{{english}}
\setotherlanguages{{{",".join(_OTHERS)}}}
\setmainfont{{DejaVu Serif}}
\usepackage[backend=biber,autolang=other]{{biblatex}}
\addbibresource{{refs.bib}}
\begin{{document}}\nocite{{*}}\printbibliography\end{{document}}
"""
BABEL = rf"""\documentclass{{article}}
\usepackage{{fontspec}}
\setmainfont{{DejaVu Serif}}
\usepackage[english]{{babel}}
{_PROVIDED}\usepackage[backend=biber,autolang=other]{{biblatex}}
\addbibresource{{refs.bib}}
\begin{{document}}\nocite{{*}}\printbibliography\end{{document}}
"""


@pytest.fixture(scope="module")
def builds(lax_tex: TexRunner, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Future[Build]]:
    """Both documents, compiled in parallel against one entry per name."""
    root = tmp_path_factory.mktemp("langid")
    bib = "".join(f"@book{{k{i}, author={{Smith, J}}, title={{T {n}}}, date={{2000}}, langid={{{n}}}}}\n"
                  for i, n in enumerate(NAMES))  # fmt: skip
    pool = ThreadPoolExecutor(max_workers=2)
    documents = {"polyglossia": POLYGLOSSIA, "babel": BABEL}
    futures = {
        name: pool.submit(lax_tex.build, root / name, "xelatex", "biber", doc, bib) for name, doc in documents.items()
    }
    pool.shutdown(wait=False)
    return futures


@pytest.mark.latex
@pytest.mark.parametrize("package", ["polyglossia", "babel"])
def test_every_langid_loads(builds: dict[str, Future[Build]], package: str) -> None:
    build = builds[package].result()
    assert all(f"T {name}" in build.text for name in NAMES)


@given(st.one_of(st.text(max_size=12), st.sampled_from([*SAFE_LANGIDS, "zh-CN", "en-US", "xx-Klingon", "中文"])))
def test_only_checked_names_are_ever_written(value: str) -> None:
    assert safe_langid(value) in {*SAFE_NAMES, ""}
    assert plain_langid(value) in {*NAMES, ""}
