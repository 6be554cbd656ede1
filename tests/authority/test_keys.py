"""Folded keys, given-name compatibility and the variants a record's name brings."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from biblio.authority.keys import (
    _FOLD,
    _base,
    display_variant,
    fold,
    given_compatible,
    is_strict,
    name_variants,
    variant,
)
from biblio.model import Name


def test_fold_drops_case_accents_and_punctuation() -> None:
    assert fold("N. J.") == "nj"
    assert fold("Гумилёв") == fold("Гумилев") == "гумилев"
    assert fold("哈·麦金德") == "哈麦金德"
    assert fold("Brzeziński") == "brzezinski"


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_fold_of_ascii_takes_the_short_way_to_the_same_key(text: str) -> None:
    slow = "".join(_base(ch) for ch in unicodedata.normalize("NFKC", text).casefold().translate(_FOLD) if ch.isalnum())
    assert fold(text) == slow


def test_fold_keeps_kana_voicing() -> None:
    assert fold("ブレジンスキー") != fold("フレシンスキー")


def test_initials_are_compatible_with_full_given_names() -> None:
    assert given_compatible(variant("Spykman", "N. J."), variant("Spykman", "Nicholas John"))
    assert not given_compatible(variant("Said", "A."), variant("Said", "Edward W."))
    assert given_compatible(variant("Mackinder", ""), variant("Mackinder", "Halford"))


def test_native_chinese_names_need_the_exact_given_name() -> None:
    zhang_ning, zhang_wei = variant("张", "宁", "zh"), variant("张", "伟", "zh")
    assert is_strict(zhang_ning)
    assert not given_compatible(zhang_ning, zhang_wei)
    assert given_compatible(zhang_ning, variant("张", "宁", "zh"))
    assert not given_compatible(variant("张", ""), zhang_ning)


def test_transliterated_chinese_names_match_by_first_character() -> None:
    written = variant("麦金德", "哈", "zh", "record:foreign")
    assert not is_strict(written)
    assert given_compatible(written, variant("麦金德", "哈尔福德", "zh", "starter:foreign"))


def test_name_variants_include_original_and_romanized_forms() -> None:
    spykman = Name(family="斯皮克曼", script="Hani", nationality="美", original="N. J. Spykman", written="斯皮克曼")
    forms = [(v.family, v.given) for v in name_variants(spykman, "zh")]
    assert forms == [("斯皮克曼", ""), ("Spykman", "N. J.")]
    zhang = Name(family="张", given="宁", script="Hani", romanized="Zhang Ning", written="张宁")
    assert [(v.family, v.given) for v in name_variants(zhang, "zh")] == [("张", "宁"), ("Zhang", "Ning")]
    assert name_variants(Name(literal="中国国际问题研究所"), "zh") == []


def test_display_forms() -> None:
    assert display_variant(variant("Brzezinski", "Zbigniew")) == "Brzezinski, Zbigniew"
    assert display_variant(variant("布热津斯基", "兹比格纽", "zh", "starter:foreign")) == "兹比格纽·布热津斯基"
    japanese = variant("ブレジンスキー", "ズビグネフ", "ja", "starter:foreign")
    assert display_variant(japanese) == "ズビグネフ・ブレジンスキー"
    assert display_variant(variant("张", "宁", "zh")) == "张宁"


@given(st.text(max_size=40), st.text(max_size=20))
def test_variants_of_any_text_never_raise(family: str, given_name: str) -> None:
    form = variant(family, given_name)
    assert form.fkey == fold(family)
    assert isinstance(display_variant(form), str)
    assert isinstance(name_variants(Name(family=family, given=given_name, original=given_name), "zh"), list)
