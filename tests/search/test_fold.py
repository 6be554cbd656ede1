"""Character folding: width, case, ё, traditional -> simplified, length preserved."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.search.fold import fold_char, fold_query_syntax, fold_text


def test_traditional_folds_to_simplified() -> None:
    assert fold_text("亞洲") == "亚洲"
    assert fold_text("與") == "与"
    assert fold_text("關係") == "关系"
    assert fold_text("問題與研究") == "问题与研究"


def test_simplified_words_that_double_as_traditional_stay() -> None:
    assert fold_text("乾隆 著作") == "乾隆 著作"


def test_width_case_and_yo() -> None:
    assert fold_text("ＡＢＣ１２３") == "abc123"
    assert fold_text("Ёлка Королёв") == "елка королев"
    assert fold_text("Hello\u3000World") == "hello world"


def test_fold_char_always_one_char() -> None:
    assert fold_char("İ") == "i"
    assert len(fold_text("İstanbul")) == len("İstanbul")


def test_query_syntax_keeps_case_and_maps_cjk_punctuation() -> None:
    assert fold_query_syntax("“多元平衡外交” AND ａｕｔｈｏｒ：张宁") == '"多元平衡外交" AND author:张宁'


@given(st.text())
def test_fold_preserves_length(text: str) -> None:
    assert len(fold_text(text)) == len(text)
    assert len(fold_query_syntax(text)) == len(text)
