"""The multi-script analyzer: CJK bigrams with token positions, stemming by script, name keys."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from biblio.search.analyzers import MultiScriptAnalyzer, name_key, split_text

WORDS = MultiScriptAnalyzer(stem=True)
NAMES = MultiScriptAnalyzer(stem=False, names=True)


def texts(analyzer: MultiScriptAnalyzer, value: str) -> list[str]:
    return [t.text for t in analyzer(value)]


def test_cjk_runs_become_bigrams_with_consecutive_positions() -> None:
    tokens = [(t.text, t.pos) for t in WORDS("多元平衡外交", positions=True)]
    assert tokens == [("多元", 0), ("元平", 1), ("平衡", 2), ("衡外", 3), ("外交", 4)]


def test_single_han_character_is_a_unigram() -> None:
    assert texts(WORDS, "张 宁") == ["张", "宁"]


def test_mixed_scripts_keep_every_word() -> None:
    assert texts(WORDS, "中亚 Central Asia Россия") == ["中亚", "central", "asia", "росс"]


def test_english_and_russian_stemming() -> None:
    assert texts(WORDS, "balanced balancing") == ["balanc", "balanc"]
    assert texts(WORDS, "политики политика") == ["политик", "политик"]
    assert texts(WORDS, "Харбине Харбин") == ["харбин", "харбин"]


def test_possessive_and_apostrophes() -> None:
    assert texts(WORDS, "Zakharova's O'Brien") == ["zakharova", "obrien"]


def test_traditional_and_fullwidth_are_folded_before_tokenizing() -> None:
    assert texts(WORDS, "亞洲 ＷＴＯ") == ["亚洲", "wto"]


def test_char_offsets_point_into_the_original() -> None:
    value = "ＷＴＯ与中国"
    spans = [(t.startchar, t.endchar) for t in WORDS(value, chars=True)]
    assert [value[a:b] for a, b in spans] == ["ＷＴＯ", "ＷＴＯ与中国"[3:5], "中国"]


def test_name_keys_meet_across_romanizations() -> None:
    assert name_key("бжезинский") == name_key("brzezinski") == name_key("bzhezinskiy")
    assert name_key("захарова") == name_key("zakharova")
    assert name_key("федор") == name_key("fyodor")
    assert name_key("ельцин") == name_key("yeltsin")
    assert name_key("иванов") != name_key("иванова")


def test_name_analyzer_does_not_stem() -> None:
    assert texts(NAMES, "Petrova Petrov") == ["petrova", "petrov"]


def test_analyzer_pickles_and_compares_by_options() -> None:
    clone = pickle.loads(pickle.dumps(WORDS))
    assert clone == WORDS
    assert clone != NAMES
    assert texts(clone, "balanced") == ["balanc"]


def test_untokenized_value_is_folded_whole() -> None:
    assert [t.text for t in WORDS("Ｆoo Bar", tokenize=False)] == ["foo bar"]


@given(st.text())
def test_analyzer_never_fails_and_offsets_are_in_range(value: str) -> None:
    for raw, start, end in split_text(value):
        assert raw
        assert 0 <= start < end <= len(value)
    for token in NAMES(value, positions=True, chars=True):
        assert isinstance(token.text, str)
