"""The rule parsers (GB/T 7714, note style, GOST) and style detection never raise and stay fast on any string
up to 10,000 characters. The target is 50 ms a string; the assertions allow 10x that (shared, loaded machines),
which still catches a quadratic or backtracking regression (those cost seconds at this length)."""

# ruff: noqa: E501  (a table of grammar pieces)
from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.importers.refs import detect_style, parse_reference
from biblio.importers.refs.cnnotes import parse_cnnotes
from biblio.importers.refs.gbt7714 import parse_gbt7714
from biblio.importers.refs.gost import parse_gost

BOUND = 0.5  # seconds: 10x the 50 ms target
PARSERS = (parse_gbt7714, parse_cnnotes, parse_gost)
DATA = Path(__file__).resolve().parents[2] / "data" / "refs"

# Pieces that drive the grammars: type codes, separators, role words, numbers, dates, brackets, names.
_PIECES = [
    "《", "》", "，", "：", ". ", "[M]", "[J]", "[R]", "//", " — ", "第", "卷", "册", "年", "月", "日", "2015",
    "(", ")", ": ", " / ", "Т. ", "№ ", "С. ", "ed.", "et al.", "等", "译", "主编", "载", "见", "同上", "А. Б.",
    "SMITH J", ", ", "http://x.org/a", "doi:10.1/x", "Vol. 1", "pp. ", "-", "1-2", " и ", " and ", "&", "Inc.", "〔2019〕12号", "影印本",
    "дис. … канд.", "PhD thesis", ": RU 2671006 C1", "16.04.2016", "05/27/2021", "June 27", "[2020-01-01]", "中国", "a",
]  # fmt: skip


def _timed(parser: Callable[[str], object], text: str) -> float:
    start = time.perf_counter()
    parser(text)
    return time.perf_counter() - start


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=2500))
def test_piece_soup_up_to_10k_characters(pieces: list[str]) -> None:
    text = "".join(pieces)[:10_000]
    assert detect_style(text) in ("gbt7714", "note", "gost", "english")
    for parser in PARSERS:
        assert _timed(parser, text) < BOUND


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=10_000))
def test_any_text_up_to_10k_characters(text: str) -> None:
    for parser in PARSERS:
        assert _timed(parser, text) < BOUND
    for style in ("gbt7714", "note", "gost"):
        assert parse_reference(text, style).record.extra["rawref"] == text


def _real_strings() -> list[str]:
    texts: list[str] = []
    for name in ("zh.jsonl", "ru.jsonl", "note.jsonl", "rendered/sample.jsonl"):
        lines = (DATA / name).read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines[::9] if line.strip()]
    return texts


@pytest.mark.parametrize("parser", PARSERS, ids=lambda p: p.__name__)
def test_real_references_repeated_to_10k_characters(parser: Callable[[str], object]) -> None:
    """A reference repeated until 10,000 characters: every separator repeats too (the input that exposed the
    quadratic DOI loop and responsibility-statement loop)."""
    parser(_real_strings()[0])  # warm-up: imports, compiled regexes
    worst = max(_timed(parser, (text + " ") * (10_000 // (len(text) + 1) + 1)) for text in _real_strings())
    assert worst < BOUND


def test_long_input_is_read_with_a_warning() -> None:
    parsed = parse_reference("张宁. 中亚研究[M]. 北京: 中华书局, 2015. " * 400, "gbt7714")
    assert any("longer than" in warning for warning in parsed.warnings)
    assert parsed.record.main_title().startswith("中亚研究")


@pytest.mark.parametrize(
    "unit",
    ["1", "1 ", "1.", "12-", "a", "A. ", "Aa ", "中", "《", "《a》", "№ 1", "[", "(", "—", ", ", "/", "1 с.", "P. 1"],
)
def test_runs_of_one_pattern(unit: str) -> None:
    """Long runs of one character class: the inputs on which an unanchored ``\\d+`` retries at every start."""
    text = (unit * (10_000 // len(unit) + 1))[:10_000]
    start = time.perf_counter()
    detect_style(text)
    assert time.perf_counter() - start < BOUND
    for parser in PARSERS:
        assert _timed(parser, text) < BOUND


# Adversarial alphabets (issue 16: a 99 KB string of initials took 107 s in parse-ref): runs of initials, list
# labels, dots, commas, brackets, quotes and CJK punctuation, each alone or mixed.
_UNITS = [
    "A. B. C. ", "A.B.", "A. ", "[1] ", "1. ", ". ", ", ", "[", "]", "(", ")", "“", '"', "《", "》", "，", "。", "：",
    "、", "（", "〔", "张", "张. ", "Иванов И. И., ", "И. ", "Smith, J., ", "pp. 1-2, ", "et al. ", "& ", "In: ",
    "http://x.org/", "10.1/", "[J]. ", "// ", " — ", "2015", "《A》",
]  # fmt: skip


def _parse_ref_path(text: str) -> None:
    """What ``biblio parse-ref`` does with a string: parse it, give the record a key, write CSL-JSON and BibLaTeX."""
    from biblio.export.bibtex import format_bibtex
    from biblio.export.csl_json import record_to_csl
    from biblio.keys import key_base

    parsed = parse_reference(text)
    parsed.record.key = key_base(parsed.record)
    record_to_csl(parsed.record)
    format_bibtex([parsed.record], dialect="biblatex")


@cache
def _warm_up() -> None:
    """Imports, the model, pypinyin's dictionaries: paid once per process, not per string."""
    for text in (
        "Smith, J. (2001). Title. Journal, 1(2), 3-4.",
        "张宁. 中亚研究[M]. 北京: 中华书局, 2015.",
        "Иванов И. И. История. М.: Наука, 2001. 256 с.",
    ):
        _parse_ref_path(text)


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(_UNITS), min_size=1, max_size=4),
    st.integers(min_value=1, max_value=10_000),
)
def test_adversarial_alphabets_up_to_10k_characters(units: list[str], size: int) -> None:
    """Any mix of the units repeated to any length up to 10,000 characters: no exception, each style in bound."""
    _warm_up()
    text = ("".join(units) * (size // len("".join(units)) + 1))[:size]
    start = time.perf_counter()
    _parse_ref_path(text)
    assert time.perf_counter() - start < BOUND
    for style in ("gbt7714", "note", "gost", "english"):
        start = time.perf_counter()
        parsed = parse_reference(text, style)
        assert time.perf_counter() - start < BOUND
        assert parsed.record.extra["rawref"] == text


def _cpu(text: str) -> float:
    start = time.process_time()
    _parse_ref_path(text)
    return time.process_time() - start


def test_ten_times_the_input_costs_about_ten_times_the_time() -> None:
    """Linear time: for every unit, 100,000 characters cost about 10x what 10,000 do (CPU time, best of three
    strings of nearly the same length, so no cache hides the work); a quadratic path would cost 100x."""
    _warm_up()
    total_small = total_large = 0.0
    for unit in _UNITS:
        small, large = (min(_cpu((unit * (n // len(unit) + 2))[: n + k]) for k in range(3)) for n in (10_000, 100_000))
        assert large < max(small, 0.005) * 20, unit  # ≈10x (measured 5-11x); a quadratic path is 20-150x here
        total_small, total_large = total_small + small, total_large + large
    assert total_large < total_small * 14
