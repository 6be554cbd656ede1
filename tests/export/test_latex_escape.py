"""Unicode -> LaTeX escaping is safe and exactly inverted by the importer's decoder."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.export.latex_escape import escape_latex, has_accented_latin
from biblio.importers.bibtex.latex_decode import decode_latex

_COMMAND = re.compile(r"\\([A-Za-z]+|.)")
_ALLOWED = {
    "textbackslash",
    "textbraceleft",
    "textbraceright",
    "textasciicircum",
    "textasciitilde",
    "textless",
    "textgreater",
    "ldots",
    "guillemotleft",
    "guillemotright",
    "copyright",
    "ss",
    "o",
    "O",
    "ae",
    "AE",
    "oe",
    "OE",
    "l",
    "L",
    "i",
    "dh",
    "DH",
    "th",
    "TH",
    "S",
    "P",
    "c",
    "v",
    "u",
    "H",
    "k",
    "r",
    "d",
    "b",
    "{",
    "}",
    "$",
    "&",
    "%",
    "#",
    "_",
    '"',
    "'",
    "`",
    "^",
    "~",
    "=",
    ".",
}
_TEXT = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("\\{}$&%#_^~<>-–—…@\n \u00a0")),
        st.characters(max_codepoint=0x052F, blacklist_categories=("Cs", "Cc")),
        st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),
        st.characters(min_codepoint=0x4E00, max_codepoint=0x4E40),
    ),
    max_size=40,
).map(lambda s: unicodedata.normalize("NFC", s))


@settings(max_examples=500)
@given(_TEXT, st.booleans())
def test_escape_is_inverted_by_decode(text: str, ascii_only: bool) -> None:
    escaped = escape_latex(text, ascii_only)
    assert decode_latex(escaped) == text
    assert {m.group(1) for m in _COMMAND.finditer(escaped)} <= _ALLOWED


@settings(max_examples=300)
@given(_TEXT)
def test_escaped_text_has_balanced_braces_and_no_line_start_entries(text: str) -> None:
    escaped = escape_latex(text)
    depth = 0
    for match in re.finditer(r"(?<!\\)[{}]", escaped):
        depth += 1 if match.group() == "{" else -1
        assert depth >= 0
    assert depth == 0
    assert not re.search(r"\n[ \t]*@", escaped)


@pytest.mark.parametrize(
    ("text", "biblatex", "bibtex"),
    [
        (
            "\\input{/etc/passwd}",
            "\\textbackslash{}input\\textbraceleft{}/etc/passwd\\textbraceright{}",
            "{\\textbackslash}input{\\textbraceleft}/etc/passwd{\\textbraceright}",
        ),
        ("50% & $x_1$ #", "50\\% \\& \\$x\\_1\\$ \\#", "50\\% \\& \\$x\\_1\\$ \\#"),
        ("Müller", "Müller", 'M{\\"u}ller'),
        ("Łódź", "Łódź", "{\\L}{\\'o}d{\\'z}"),
        ("a--b", "a-{}-b", "a-{}-b"),
        ("1920–1930", "1920–1930", "1920--1930"),
        ("<b>", "<b>", "{\\textless}b{\\textgreater}"),
        ("张宁 Иванов", "张宁 Иванов", "张宁 Иванов"),
    ],
)
def test_escape_examples(text: str, biblatex: str, bibtex: str) -> None:
    assert escape_latex(text) == biblatex
    assert escape_latex(text, ascii_only=True) == bibtex


def test_has_accented_latin() -> None:
    assert has_accented_latin("Müller")
    assert not has_accented_latin("张宁 Иванов Smith")
