"""Cited keys from .aux and .tex files."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.export.cited import keys_from_aux, keys_from_tex


def test_aux_biblatex_and_bibtex_forms() -> None:
    aux = (
        "\\relax\n\\abx@aux@cite{0}{zhang2024}\n\\abx@aux@segm{0}{0}{zhang2024}\n"
        "\\abx@aux@cite{old}\n\\citation{a,b}\n\\citation{a}\n"
    )
    assert keys_from_aux(aux) == ["zhang2024", "old", "a", "b"]


def test_tex_cite_variants_and_comments() -> None:
    tex = (
        "See \\cite{a, b}, \\citep[p.~5]{c}, \\parencite*[see][12]{d}, \\cites[5]{e}{f}\n"
        "% \\cite{commented}\n100\\% sure \\textcite{g} \\footcite(x)(y)[z]{h} \\nocite{*}\n"
    )
    assert keys_from_tex(tex) == ["a", "b", "c", "d", "e", "f", "g", "h", "*"]


@given(st.text(alphabet=st.sampled_from(list("\\{}[]()%,abcite@xu \n*")), max_size=80))
def test_any_text_gives_a_list_of_keys(text: str) -> None:
    for keys in (keys_from_aux(text), keys_from_tex(text)):
        assert all(key and "," not in key and key == key.strip() for key in keys)
