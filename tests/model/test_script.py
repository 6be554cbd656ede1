"""Script detection: the one-regex CJK test answers as the character-by-character rule does."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.model.script import HAN, KANA, char_script, has_cjk

_MIXED = st.text(
    alphabet=st.one_of(
        st.characters(max_codepoint=0x052F),
        st.characters(min_codepoint=0x3000, max_codepoint=0x4E10),
        st.characters(min_codepoint=0x9FF0, max_codepoint=0xFB00),
        st.characters(min_codepoint=0x1FFF0, max_codepoint=0x2FA2F),
    )
)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.text(), _MIXED))
def test_has_cjk_agrees_with_the_script_of_each_character(text: str) -> None:
    assert has_cjk(text) == any(char_script(ch) in (HAN, KANA) for ch in text)


def test_has_cjk_examples() -> None:
    assert has_cjk("Brzezinski 大棋局") and has_cjk("ひらがな") and has_cjk("〇")
    assert not has_cjk("Бжезинский") and not has_cjk("한국어") and not has_cjk("")
