"""The TeX community's own macros in BibTeX values: logos, verbatim arguments, a database's own macros.

Found on the bibliographies TeX Live ships (Beebe's font.bib, tugboat.bib, texbook*.bib): a value with one macro
the fast decoder did not know fell back whole to pylatexenc, which drops logos it does not know ("Using {\\MF} for
Original Font Design" -> "Using for Original Font Design", a TUGboat journal "{\\TUB{}}" -> ""), keeps
``\\path``'s delimiters and turns a URL's ``~`` into a no-break space, and took ~3 ms an entry.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.importers.bibtex import latex_decode
from biblio.importers.bibtex.latex_decode import _pylatexenc, decode_latex
from biblio.importers.registry import get_importer

EXCERPT = Path(__file__).parents[2] / "data" / "bibtex" / "beebe-font-excerpt.bib"


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        ("Using {\\MF} for Original Font Design", "Using METAFONT for Original Font Design"),
        ("{\\TUB{}}", "TUGboat"),
        ("selection\\Dash User interface to standard {\\LaTeX}", "selection—User interface to standard LaTeX"),
        ("\\BibTeX, \\AmSLaTeX{} and \\LaTeXe", "BibTeX, AMS-LaTeX and LaTeX2ε"),
        ("\\METAPOST\\ and \\POSTSCRIPT", "METAPOST and PostScript"),
        ("UNIX\\reg{} systems, \\pounds 5", "UNIX® systems, £5"),
        ("e-mail: \\path|beebe@math.utah.edu|", "e-mail: beebe@math.utah.edu"),
        ("URL: \\path|http://www.math.utah.edu/~beebe/|", "URL: http://www.math.utah.edu/~beebe/"),
        ("\\url{http://x.org/a_b~c}", "http://x.org/a_b~c"),
        ("\\nolinkurl{ftp://a.b/c}", "ftp://a.b/c"),
        ("the \\verb+\\relax+ command", "the \\relax command"),
        ("A review of {{\\booktitle{Make It New}} by B. Katz}", "A review of Make It New by B. Katz"),
        ("{\\TeX} \\path|x_y| and \\unknownmacro{z}", "TeX x_y and z"),
        ("checking the date stamps.\\par\n\nThe archive", "checking the date stamps.\n\nThe archive"),
        ("{{\\TeX} Collection 2011 \\DVD}", "TeX Collection 2011 DVD"),  # a database's own logos print their name
        ("{\\TeXworks}{\\Dash}{As} you like it", "TeXworks—As you like it"),
        ("\\TikZ\\ and \\PDF{} on \\CTAN.", "TikZ and PDF on CTAN."),
        ("{\\sl slanted}\\space and \\enquote{quoted}", "slanted and quoted"),
        ("a {Chinese\\slash Japanese} Word-Processing System", "a Chinese/Japanese Word-Processing System"),
        ("{Euler-\\kern-1pt VM: Generic math fonts}", "Euler-VM: Generic math fonts"),  # TeX's own spacing
        ("a\\hskip 1em plus 2pt b and \\penalty0---\\penalty0 c", "a b and —c"),
        ("Reprinted from \\cite{Knuth:TB1-1-5}; see \\cite[p.~3]{a,b}", "Reprinted from [Knuth:TB1-1-5]; see [a,b]"),
    ],
)
def test_tex_community_macros_decode_to_their_text(latex: str, text: str) -> None:
    assert decode_latex(latex) == text


_WORDS = st.sampled_from(["Font", " design ", "of ", "{Type}", '{\\"o}', "\\'e", "--", "\\&", " ", "x"])
_UNKNOWN = st.sampled_from(["\\booktitle{A b}", "\\toenglish{Kunst}", "\\ssf ", "\\circled{R}", "\\xyz", "\\foo{}"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_WORDS, _UNKNOWN), min_size=1, max_size=8))
def test_a_macro_neither_decoder_knows_reads_as_pylatexenc_reads_it(parts: list[str]) -> None:
    """Dropped, its arguments kept as text: the same as pylatexenc, without handing it the whole value."""
    text = "".join(parts)
    assert decode_latex(text) == _pylatexenc(text)


def test_values_of_tex_bibliographies_need_no_pylatexenc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Speed: pylatexenc reads ~7 µs a character; these values are the fast decoder's now."""

    def refuse(value: str) -> str:
        raise AssertionError(f"fell back to pylatexenc: {value!r}")

    monkeypatch.setattr(latex_decode, "_pylatexenc", refuse)
    latex_decode._decode_short.cache_clear()
    for value in ("See \\path|http://a.b/~c| and {\\MF}", "\\booktitle{The {\\TeX}book}\\Dash a \\url{x}"):
        assert "\\" not in decode_latex(value)


def test_a_tex_live_bibliography_keeps_its_logos_and_addresses() -> None:
    """A trimmed excerpt of Beebe's font.bib (TeX Live; public domain): every value whole."""
    records = get_importer("bibtex").parse(EXCERPT.read_text(encoding="utf-8")).records
    titles = [r.title[0].value for r in records]
    assert titles[:2] == [
        "Using METAFONT for Original Font Design",
        "The new font family selection—User interface to standard LaTeX",
    ]
    assert [c.value for c in records[1].container] == ["TUGboat"]
    acknowledgement = records[2].extra["acknowledgement"]
    assert "e-mail: beebe@math.utah.edu, beebe@acm.org" in acknowledgement
    assert acknowledgement.endswith("URL: http://www.math.utah.edu/~beebe/")


def test_a_bibliography_whose_comment_header_runs_past_4_kb_is_bibtex() -> None:
    """Beebe's TeX Live bibliographies open with 4-10 KB of ``%%%`` header lines: the detector read 4 KB of
    comments, found no entry and refused them (or took them for a web page's text)."""
    from biblio.importers.bibtex.sniff import sniff_bibtex
    from biblio.importers.registry import choose_importer

    header = "".join(f'%%%     keywords        = "bibliography; TeX; typography; line {n}",\n' for n in range(200))
    assert len(header) > 12_000
    text = header + '\n@Preamble{"\\def\\booktitle #1{{\\em #1}}"}\n' + EXCERPT.read_text(encoding="utf-8")
    assert sniff_bibtex(text) == 0.95
    assert choose_importer(text, ".bib").name == "bibtex"
    assert sniff_bibtex("%%% header\n" * 2000 + "some text, no entry\n") == 0.0


@pytest.mark.parametrize(
    ("raw", "given", "family"),
    [
        ("Paul J. Campbell {(Beloit College, 700 College St.,\n     Beloit, WI 53511-5595, USA)}", "Paul J. Campbell",
         "(Beloit College, 700 College St., Beloit, WI 53511-5595, USA)"),
        ("Charles Louis Xavier Joseph {de la Vall{\\'e}e Poussin}", "Charles Louis Xavier Joseph",
         "de la Vallée Poussin"),
        ("Knuth, {\\relax Don}ald", "Donald", "Knuth"),
    ],
)  # fmt: skip
def test_a_brace_group_is_one_word_of_a_name_as_bibtex_reads_it(raw: str, given: str, family: str) -> None:
    """The words of a name are split at spaces outside braces (texbook2.bib's editor lost "Paul J. Campbell
    (Beloit College, ... WI" into the given name and kept "USA)" as the family name)."""
    from biblio.importers.bibtex.names import parse_name

    name = parse_name(raw)
    assert name is not None and (name.given, name.family) == (given, family)
    assert "\n" not in name.written and "  " not in name.written


def test_a_url_field_with_several_addresses_gives_one_link_each() -> None:
    """Beebe's files (a line each) and Better BibTeX's issue files ("a; b") hold several addresses in one url
    field: it was kept whole ("not a web address") and exported as one broken, percent-encoded link."""
    from biblio.export.bibtex import format_bibtex

    text = (
        "@misc{a, title = {T}, url = {http://citeseer.ist.psu.edu/507370.html; http://www.x.de/~y/a_b.ps}}\n"
        '@misc{b, title = {T}, url = "https://tug.org/tb35-2/a.pdf;\n     https://tug.org/tb35-2/b.pdf;\n'
        '     https://www.tug.org/2014/c.pdf"}\n'
        "@misc{c, title = {T}, url = {http://a.org/x;y,z?q=1,2}}\n"
    )
    records = get_importer("bibtex").parse(text).records
    assert [r.url for r in records] == [
        "http://citeseer.ist.psu.edu/507370.html",
        "https://tug.org/tb35-2/a.pdf",
        "http://a.org/x;y,z?q=1,2",  # a ; or , inside an address stays
    ]
    assert records[0].extra["url-2"] == "http://www.x.de/~y/a_b.ps"
    assert (records[1].extra["url-2"], records[1].extra["url-3"]) == (
        "https://tug.org/tb35-2/b.pdf",
        "https://www.tug.org/2014/c.pdf",
    )
    out = format_bibtex(records[:1])
    assert "url = {http://citeseer.ist.psu.edu/507370.html}," in out
    assert "url-2 = {http://www.x.de/~y/a_b.ps}" in out  # written as an address, not escaped text
