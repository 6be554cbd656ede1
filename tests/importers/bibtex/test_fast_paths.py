"""The import's fast paths give exactly what the general code gives (hypothesis), in linear time."""

from __future__ import annotations

import re
import time
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from biblio.importers.bibtex.latex_decode import _decode, _Decoder, _Fallback, _pylatexenc
from biblio.importers.bibtex.names import _LATEX_MARK, _western, latex_name, parse_name
from biblio.model.script import LATIN

# ASCII names as bibliographies write them: words, initials, particles, commas, hyphens, odd spacing
_ASCII_NAME = st.lists(
    st.sampled_from(["Doe", "Jane", "J.", "van", "der", "de la", "Jr", ",", " ", "  ", "-", "O'Neil", "\t", "A.-M."]),
    max_size=10,
).map("".join)


@given(_ASCII_NAME | st.text(alphabet=st.characters(max_codepoint=127), max_size=40))
def test_plain_ascii_names_parse_as_the_general_path_does(raw: str) -> None:
    raw = raw.strip()
    if not raw or raw == "others" or _LATEX_MARK.search(raw):
        return
    spaced = re.sub(r"[ \t\n\r\f\v]+", " ", raw)  # TeX's white space in a name is one space (parse_name)
    assert parse_name(raw) == latex_name(spaced) == _western(spaced, spaced, LATIN)


def _general_decode(value: str) -> str:
    try:
        return unicodedata.normalize("NFC", _Decoder(value).run())
    except _Fallback:
        return "<fallback>"


@given(st.lists(st.sampled_from(["{", "}", "{{", "}}", "ZnO", " ", "é", "e\u0301", "-", "N", "a-b", "%"])).map("".join))
def test_values_with_only_braces_decode_as_the_decoder_does(value: str) -> None:
    assert _decode(value) == _general_decode(value)


def test_brace_only_decoding_is_linear() -> None:
    def cpu(size: int) -> float:
        value = "{{Zn}}O " * size
        start = time.process_time()
        _decode(value)
        return time.process_time() - start

    small, large = min(cpu(20_000) for _ in range(3)), min(cpu(200_000) for _ in range(3))
    assert large < 30 * max(small, 1e-4)  # ten times the text: about ten times the time


_PHANTOM_PIECES = st.sampled_from(
    ["\\vphantom", "\\hphantom", "\\vphantom\\textbf", "\\hphantom\\alpha", "\\{", "\\}", "{{II}}", "{a{b}c}", " ",
     "  ", "~", "x", "-", "GaN", "{", "}", "\\vphantom\\'"]
)  # fmt: skip


@given(st.lists(_PHANTOM_PIECES, max_size=8).map("".join))
def test_phantoms_decode_as_pylatexenc_does(value: str) -> None:
    """(A value without a phantom is the other tests' business.)"""
    if "phantom" not in value:
        return
    try:
        fast = unicodedata.normalize("NFC", _Decoder(value).run())
    except _Fallback:
        return  # pylatexenc decides: nothing to compare
    assert fast == _pylatexenc(value)


def test_phantom_titles_of_a_real_database() -> None:
    title = "Type-\\{\\vphantom\\}{{II}}\\vphantom\\{\\} Semiconductor"
    assert _Decoder(title).run() == _pylatexenc(title) == "Type-{II} Semiconductor"


def test_a_no_break_space_is_a_character_of_the_name() -> None:
    """TeX's white space is ASCII: a wrapped name is one line, a U+00A0 inside a corporate name stays (it was
    made a plain space, so a name exported with one did not come back the same; found by the round-trip test)."""
    assert parse_name("{ACME\u00a0Corp.}") == latex_name("{ACME\u00a0Corp.}")
    name = parse_name("{ACME\u00a0Corp.}")
    assert name is not None and name.literal == "ACME\u00a0Corp."
    wrapped = parse_name("Doe,\n    Jane")
    assert wrapped is not None and (wrapped.family, wrapped.given) == ("Doe", "Jane")
