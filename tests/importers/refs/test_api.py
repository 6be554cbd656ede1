"""parse_reference: style detection, forcing a style, never raising, and the fuzz."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.importers.refs import detect_style, parse_reference
from biblio.importers.refs.english import parse_english
from biblio.importers.refs.gbt7714 import parse_gbt7714
from biblio.importers.refs.gost import parse_gost


@pytest.mark.parametrize(
    ("text", "style"),
    [
        ("张宁. 题名[J]. 俄罗斯学刊, 2024(6): 5-23.", "gbt7714"),
        ("BRZEZINSKI Z. The grand chessboard[M]. New York: Basic Books, 1997.", "gbt7714"),
        ("Бжезинский З. Великая шахматная доска. М.: Междунар. отношения, 1998. 256 с.", "gost"),
        ("Brzezinski Z. The Grand Chessboard. N.Y.: Basic Books, 1997. 223 p.", "gost"),
        ("Cooley, A. (2012). Great games, local rules. Oxford University Press.", "english"),
        ("Laruelle, M. (2015). Title. Journal, 34(2), 1–2. https://doi.org/10.1/x//y", "english"),
    ],
)
def test_detect_style(text: str, style: str) -> None:
    assert detect_style(text) == style


def test_forced_style_is_used() -> None:
    parsed = parse_reference("Cooley, A. (2012). Great games. Oxford University Press.", style="gbt7714")
    assert parsed.style == "gbt7714"
    assert parsed.record.provenance is not None
    assert parsed.record.provenance.importer == "refs-gbt7714"


@pytest.mark.parametrize("text", ["", "   ", "???", "Hello world", "[M]", "//", "(1999)", "М.:", "10.1234/abc"])
def test_nonsense_still_returns_something(text: str) -> None:
    parsed = parse_reference(text)
    assert parsed.record.extra["rawref"] == text
    if text.strip(" ?"):
        assert parsed.record.title or parsed.record.doi or parsed.record.date or parsed.warnings
    else:
        assert parsed.warnings


_REFERENCE_ALPHABET = st.characters(
    codec="utf-8", categories=("L", "N", "P", "Zs", "S"), exclude_characters="\x00"
) | st.sampled_from(list("[]().,:;//—–-МЛС№ТJMCDNRPSZEBOL著编译等 "))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_REFERENCE_ALPHABET, max_size=200))
def test_fuzz_never_raises(text: str) -> None:
    for style in ("auto", "gbt7714", "gost", "english"):
        parsed = parse_reference(text, style)
        assert parsed.record.extra["rawref"] == text


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_REFERENCE_ALPHABET, max_size=160))
def test_fuzz_parsers_directly(text: str) -> None:
    """The parsers themselves (not only the guarded entry point) survive arbitrary text."""
    for parser in (parse_gbt7714, parse_gost, parse_english):
        parser(text)


def _corpus_texts() -> list[str]:
    import json
    from pathlib import Path

    data = Path(__file__).resolve().parents[2] / "data" / "refs"
    texts: list[str] = []
    for name in ("zh.jsonl", "ru.jsonl", "en.jsonl"):
        lines = (data / name).read_text(encoding="utf-8").splitlines()
        texts += [json.loads(line)["text"] for line in lines if line.strip()]
    return texts


_TEXTS = _corpus_texts()


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(_TEXTS),
    st.lists(st.tuples(st.integers(0, 300), st.integers(0, 8), st.text(_REFERENCE_ALPHABET, max_size=4)), max_size=4),
)
def test_fuzz_mutated_real_references(text: str, edits: list[tuple[int, int, str]]) -> None:
    """Real references with random cuts and insertions: the parsers themselves must not raise."""
    for position, length, insert in edits:
        at = position % (len(text) + 1)
        text = text[:at] + insert + text[at + length :]
    for parser in (parse_gbt7714, parse_gost, parse_english):
        parser(text)
