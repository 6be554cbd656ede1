"""Kept LaTeX from a .bib file is written verbatim only if every command in it is on the whitelist."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biblio.export.latex_safety import ALLOWED, kept_is_safe

BYPASSES = [
    r"\inpu^^74{/etc/passwd}",  # ^^74 is t: \input to TeX
    r"\^^5cinput{/etc/passwd}",
    r"^^5cinput{/etc/passwd}",
    r"\def\a{\a}\a",  # recursion: hangs the build
    r"\newcommand{\a}{\a}\a",
    r"\csname @@input\endcsname /etc/passwd",
    r"\expandafter\input\relax x",
    r"\catcode`\^=7 x",
    r"\immediate\write18{touch x}",
    r"\openin5=/etc/passwd",
    r"\scantokens{x}",
    r"\makeatletter\@@input x",
    r"\let\emph\input \emph{/etc/passwd}",
    "a\x00b",
    "ends with a backslash \\",
    "unbalanced {",
    "100% raw",
    "#1 raw",
    "odd $ dollar",
]
REAL_WORLD = [  # from the JabRef and Better BibTeX .bib files of tests/data/realworld and the seeds
    r"M{\"u}ller",
    r"On $\alpha$ and {\"u}",
    r"Proceedings 2001\textendash{}2002",
    r"{\v{S}}koda and {\l}{\'o}d{\'z}",
    r"The \emph{Sino}-{Russian} border",
    r"H$_2$O and CO\textsubscript{2}",
    r"{\cyrchar\CYRA}",
    r"\mkbibquote{x} \enquote{y} \url{https://x.org/a_b}",
    r"50\% of \#1 \& co",
    r"{\relax Ch}ebyshev",
]


@pytest.mark.parametrize("value", BYPASSES)
def test_unsafe_kept_latex_is_refused(value: str) -> None:
    assert not kept_is_safe(value)


@pytest.mark.parametrize("value", REAL_WORLD)
def test_ordinary_markup_is_kept(value: str) -> None:
    assert kept_is_safe(value)


_PIECES = st.sampled_from(
    ["\\", "^", "{", "}", "input", "def", "emph", "csname", "a", " ", "$", "%", "#", "7", "4", "\\emph{", "\\'"]
)


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_an_accepted_value_has_only_whitelisted_commands_and_no_hex_notation(value: str) -> None:
    if kept_is_safe(value):
        assert "^^" not in value
        words = re.findall(r"\\([A-Za-z]+)", value.replace("\\\\", ""))
        assert all(word in ALLOWED for word in words), value
