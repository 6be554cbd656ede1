"""BibTeX failure classes found on files written by others (Better BibTeX's import cases), each with its excerpt
(``tests/data/realworld/``, sources in SOURCES.md) and inputs of our own for the class.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.export.bibtex import format_bibtex
from biblio.importers.base import ImportResult
from biblio.importers.bibtex.importer import BibtexImporter
from biblio.importers.bibtex.latex_decode import _pylatexenc, decode_latex
from biblio.importers.bibtex.macros import evaluate
from biblio.importers.bibtex.names import split_and
from biblio.importers.bibtex.repair import repair_entry
from biblio.model import Record

REAL = Path(__file__).parent.parent.parent / "data" / "realworld"


def _parse(text: str) -> ImportResult:
    return BibtexImporter().parse(text)


def _only(text: str) -> Record:
    result = _parse(text)
    assert not [p for p in result.problems if p.severity == "error"], result.problems
    [record] = result.records
    return record


def _warnings(result: ImportResult) -> list[str]:
    return [p.message for p in result.problems if p.severity == "warning"]


# ---- whitespace at the edges of concatenated parts ------------------------------------------------


def test_string_macro_keeps_its_trailing_space_when_concatenated() -> None:
    """BBT issue #1081: `@string{j = {a space between this }}` + `journal = j # "and this"`."""
    record = _only((REAL / "string-concat-space.bib").read_text(encoding="utf-8"))
    assert record.container[0].value == "a space between this and this"
    exported = format_bibtex([record])
    assert "journal = {a space between this and this}" in exported


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("{a } # { b}", "a  b"),
        ('"x " # "y"', "x y"),
        ('m # " tail"', "macro  tail"),
        ('" lead" # m', "leadmacro"),  # only the whole value's edges are stripped, as BibTeX does
        ("m", "macro"),
        ("{ whole }", "whole"),
    ],
)
def test_concatenation_keeps_inner_edges(expression: str, expected: str) -> None:
    assert evaluate(expression, {"m": "macro "}) == expected


def test_macro_values_keep_their_edges() -> None:
    record = _only('@string{pre = { von }}\n@misc{k, title = "Ludwig" # pre # "Mises"}\n')
    assert record.title[0].value == "Ludwig von Mises"


# ---- entries BibTeX refuses, repaired with a warning -----------------------------------------------


def test_entry_without_key_is_read_with_a_warning() -> None:
    """BBT fixture "Endnote should parse": `@article{` followed directly by `author = …`."""
    result = _parse((REAL / "keyless-endnote.bib").read_text(encoding="utf-8"))
    [record] = result.records
    assert record.key == ""
    assert record.title[0].value == "Alzheimer mechanisms and therapeutic strategies"
    assert record.volume == "148" and record.date == "2012"
    assert any("without a key" in w for w in _warnings(result))


@pytest.mark.parametrize(
    "text",
    [
        "@book{ title = {X}, year = 2000}\n",
        "@book(\n  title = {X},\n  year = 2000\n)\n",
        '@book{title = "X", year = 2000}\n',
    ],
)
def test_keyless_entries_of_every_delimiter(text: str) -> None:
    result = _parse(text)
    [record] = result.records
    assert record.title[0].value == "X" and record.date == "2000"
    assert _warnings(result)


def test_stray_comma_between_fields_is_skipped_with_a_warning() -> None:
    """BBT issue #2377: `title = {…},  , number = {2PTE3}` made the whole file "unreadable"."""
    result = _parse((REAL / "stray-comma.bib").read_text(encoding="utf-8"))
    [record] = result.records
    assert record.key == "TBD"
    assert record.number == "2PTE3"
    assert record.url == "https://website.org/?uid=2PTE3"
    assert record.extra["accessed"] == "2023-01-13"
    assert any("stray comma" in w for w in _warnings(result))


def test_repair_leaves_commas_inside_values_alone() -> None:
    text = '@misc{k, title = {a, , b}, note = "c ,, d",, year = 2000}'
    repaired, repairs = repair_entry(text)
    assert repaired == '@misc{k, title = {a, , b}, note = "c ,, d", year = 2000}'
    assert repairs == ["empty field (a stray comma) skipped"]
    record = _only(text)
    assert record.title[0].value == "a, , b" and record.note == "c ,, d"


def test_repair_is_linear_on_adversarial_input() -> None:
    for text in ["@misc{k" + ", " * 200_000 + "}", "@misc{ a =" + "{" * 200_000, "@misc{" + '"' * 200_000]:
        start = time.perf_counter()
        repair_entry(text)
        assert time.perf_counter() - start < 2.0


# ---- repeated fields ------------------------------------------------------------------------------


def test_repeated_field_keeps_the_later_value() -> None:
    """BBT issue #2300: BibDesk writes two `file` fields; BibTeX reads the first, the second was lost."""
    result = _parse((REAL / "repeated-field.bib").read_text(encoding="utf-8"))
    [record] = result.records
    assert record.extra["file"].endswith("(2003).pdf")
    assert record.extra["file-2"].endswith("(2003)a.pdf")
    assert record.title[0].value == "The Cambridge History of Seventeenth-Century Philosophy"
    assert record.extra["title-2"] == "The Cambridge History of Seventeenth-Century Philosophy"
    [warning] = _warnings(result)
    assert "file-2" in warning and "title-2" in warning
    exported = format_bibtex([record])
    assert exported.count("file = {") == 1 and "file-2 = {" in exported


def test_three_times_the_same_field() -> None:
    record = _only("@misc{k, note = {a}, note = {b}, note = {c}}\n")
    assert (record.note, record.extra["note-2"], record.extra["note-3"]) == ("a", "b", "c")


# ---- LaTeX decoding: the fast path agrees with pylatexenc ----------------------------------------------

_MATH = st.lists(
    st.sampled_from(
        [
            "\\mu",
            "\\cdot",
            "\\alpha ",
            "<",
            ">",
            "_2",
            "^{3}",
            "x",
            "1",
            " ",
            "\\langle",
            "\\Delta",
            "-",
            "--",
            "'",
            "\\{",
            "\\,",
            "a b",
            "~",
            "\\slash",
            "{",
            "}",
            "\\unknown",
            "=",
        ]
    ),
    min_size=1,
    max_size=6,
).map(lambda parts: "$" + "".join(parts) + "$")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_MATH, st.sampled_from(["Ga", "As ", "{N}", "\\textsubscript{2}", "m"])), max_size=5))
def test_fast_math_decoding_agrees_with_pylatexenc(parts: list[str]) -> None:
    text = "".join(parts)
    assert decode_latex(text) == _pylatexenc(text)


# ---- names: linear on whitespace --------------------------------------------------------------------


def test_split_and_is_linear_on_long_whitespace() -> None:
    for text in ["a" + " " * 100_000 + "b", "{" + " " * 100_000 + "and", "x" + "\t" * 100_000 + "and y"]:
        start = time.perf_counter()
        split_and(text)
        assert time.perf_counter() - start < 1.0
    assert split_and("A and {B and C} and D\\{ and E") == ["A", "{B and C}", "D\\{", "E"]


# ---- fuzz: crashes and time ---------------------------------------------------------------------------

_PIECES = [
    "@article{", "@book(", "@string{m = {x }}", "@misc{ ", "k,", ",", ", ,", "title", " = ", "{", "}", '"', "#",
    " m ", "\\{", "\\", "$", "$\\mu$", "\n", "author = {A and B}", "year = 2000", ")", "=", "@", "%",
]  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), max_size=80).map("".join))
def test_fuzz_importer_only_raises_input_error(text: str) -> None:
    start = time.perf_counter()
    try:
        result = _parse(text)
    except InputError:
        return
    finally:
        assert time.perf_counter() - start < 5.0
    assert all(isinstance(r, Record) for r in result.records)


@pytest.mark.parametrize("piece", ["@misc{", "{", ", ", " and ", "$", "#", "@string{a = {b}}\n", '"'])
def test_long_runs_import_in_linear_time(piece: str) -> None:
    text = "@misc{k, title = {x}}\n" + piece * 20_000
    start = time.perf_counter()
    try:
        _parse(text)
    except InputError:
        pass
    assert time.perf_counter() - start < 10.0


@pytest.mark.parametrize(
    ("latex", "text"),
    [(r"Krej{\v{c}}{\'{\i}}", "Krejčí"), (r"\'\i", "í"), (r"na\"{\i}ve", "naïve"), (r"\v{\j}", "ǰ"), (r"\i", "ı")],
)
def test_an_accent_on_a_dotless_letter_is_the_plain_letter_accented(latex: str, text: str) -> None:
    """``\\'{\\i}`` is how LaTeX writes í (the dotless i only carries the accent); ``\\i`` alone stays ı."""
    assert decode_latex(latex) == text


# ---- TeX's reading of % and $ in values written by databases (BBT issue #873, JabRef's Citavi test) ---------


@pytest.mark.parametrize(
    ("raw", "meant"),
    [
        (
            "Computer Science Division (EECS), %\n\t\t\t\tUniversity of California",
            "Computer Science Division (EECS), University of California",
        ),
        ("Dept. of Physics,%   \r\n   Moscow State University", "Dept. of Physics,Moscow State University"),
        ("Institute %\nof %\n  Oriental Studies", "Institute of Oriental Studies"),
    ],
)
def test_percent_at_a_line_end_is_tex_line_continuation(raw: str, meant: str) -> None:
    """BBT #873's `school = {... (EECS), %<newline> University ...}`: TeX drops the % and the line break."""
    record = _only(
        "@phdthesis{k,\n  author = {A. Author},\n  title = {T},\n  school = {" + raw + "},\n  year = 1987}\n"
    )
    assert record.institution == meant
    assert f"school = {{{meant}}}" in format_bibtex([record])  # the source's field name, its value as TeX reads it


def test_percent_followed_by_text_stays_a_percent_sign() -> None:
    """A database's unescaped "50% of" is the text the user reads: kept (export escapes it)."""
    record = _only("@article{k, title = {T}, abstract = {about 50% of the sample,\n and 10% more}, year = 2000}")
    assert "about 50% of the sample," in record.abstract[0].value
    assert "10% more" in record.abstract[0].value
    assert r"50\% of" in format_bibtex([record])


def test_percent_after_a_digit_at_a_line_end_stays_a_percent_sign() -> None:
    """A database wrapping "efficiency of 12%" before the line end meant the percent sign, not a TeX comment."""
    record = _only("@article{k, title = {T}, abstract = {an efficiency of 12%\n    for thin films}, year = 2000}")
    assert " ".join(record.abstract[0].value.split()) == "an efficiency of 12% for thin films"


def test_percent_in_a_url_is_a_character_even_at_a_line_end() -> None:
    record = _only("@misc{k, title = {T}, url = {https://e.org/a%20b}, year = 2000}")
    assert record.url == "https://e.org/a%20b"


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        ("spent more than $70,000 a year", "spent more than $70,000 a year"),
        ("efficiency is 1$, but estimates are >13", "efficiency is 1$, but estimates are >13"),
        ("ranging from 10 $0 100 A", "ranging from 10 $0 100 A"),
        ("{Cu$_2$O} costs $5", "Cu_2O costs $5"),
    ],
)
def test_a_lone_dollar_is_a_dollar_sign_not_math(raw: str, text: str) -> None:
    """JabRef's Citavi export ("spent more than $70,000"), OCR'd abstracts ("1$, hut"): no math opened, so no $ lost."""
    assert decode_latex(raw) == text
    record = _only("@article{k, title = {T}, note = {" + raw + "}, year = 2000}")
    assert record.note == text
    assert r"\$" in format_bibtex([record])


def test_unbalanced_braces_in_a_one_field_a_line_export_are_characters() -> None:
    """Scopus writes abstracts with a stray ``}`` or ``{`` (``∼}7×``, ``{&lt;10-3``): BibTeX refuses the entry, and
    bibtexparser's Splitter either refuses it or ends it at the stray brace, the fields after it read as a comment
    and lost. biblio reads each stray brace as the character it is, every field kept."""
    result = _parse((REAL / "scopus-stray-braces.bib").read_text(encoding="utf-8"))
    first, second = result.records
    assert "Ku of ∼}7× 106 erg/cc before" in first.abstract[0].value
    assert "tolerance of 1.2 nm 1σ and a defect rate of {&lt;10-3. Media" in second.abstract[0].value
    assert first.issn == second.issn == "00189464" and first.language == second.language == "en"
    assert first.extra["document_type"] == "Article"  # the fields after the stray brace
    assert [w for w in _warnings(result) if "unbalanced brace" in w] == [
        "unbalanced brace in a value read as a character in Oshima20133608",
        "unbalanced brace in a value read as a character in Albrecht2013773",
    ]


@pytest.mark.parametrize(
    ("line", "expected"),
    [("note={a}b, c},", "a}b, c"), ("note={a, {b},", "a, {b")],
)
def test_each_unmatched_brace_of_a_line_is_a_character(line: str, expected: str) -> None:
    record = _only(f"@misc{{k,\ntitle={{T}},\n{line}\nissn={{1234-5678}},\n}}\n")
    assert record.note == expected and record.title[0].value == "T" and record.issn == "1234-5678"


def test_a_value_over_several_lines_is_no_stray_brace() -> None:
    """Braces one line opens and another closes are one value over lines: the repair leaves them alone."""
    text = "@misc{k,\ntitle={Part {one},\nnote={two}},\n}\n"
    assert repair_entry(text) == (text, [])


def test_fields_lost_to_an_early_end_are_named_when_no_repair_applies() -> None:
    """A stray brace inside a value that goes on over lines: not repaired, but the fields left behind are said."""
    result = _parse("@misc{k,\ntitle={Over\ntwo lines},\nnote={a}b c},\nissn={1234-5678},\nyear={2000},\n}\n")
    [record] = result.records
    assert record.title[0].value == "Over two lines"
    assert any("not read: issn, year" in w for w in _warnings(result))


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        ("1\\sigma and", "1σ and"),  # a math symbol written in text (Scopus): the space after it was meant
        ("\\alpha{}-helix", "α-helix"),
        ("AT&T and \\unknownmacro{x}", "AT&T and x"),  # a bare & is the character, also on the slow path
        ("rate {&lt;10} \\foo{}", "rate &lt;10 "),
    ],
)
def test_symbols_and_ampersands_in_text_read_as_written(latex: str, text: str) -> None:
    assert decode_latex(latex) == text


def test_a_value_wrapped_over_lines_is_read_as_tex_reads_it() -> None:
    """JabRef, Emacs and hand-written files wrap long values with indentation: one line break and the next
    line's indentation are one space; a blank line (a paragraph in an abstract) stays; ``~`` stays unbreakable."""
    record = _only(
        "@book{k,\n  title = {The Grand\n           Chessboard},\n  publisher = {Basic\n   Books},\n"
        "  abstract = {First  paragraph\n  goes on.\n\n  Second~one.},\n  year = 1997,\n}\n"
    )
    assert record.title[0].value == "The Grand Chessboard" and record.publisher == "Basic Books"
    assert record.abstract[0].value == "First paragraph goes on.\n\nSecond\u00a0one."
