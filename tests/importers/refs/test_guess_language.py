"""refs.common.guess_language's short cuts (ASCII text, one kana/Hangul search, a Han majority) give the full
count's answer (hypothesis against the rule written out plainly)."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from biblio.importers.refs.common import guess_language, kana_or_hangul_language

_SCRIPTS = {
    "zh": re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"),
    "ru": re.compile(r"[\u0400-\u052f]"),
    "en": re.compile(r"[A-Za-z\u00c0-\u024f]"),
}


def _by_counts(text: str) -> str:
    """The rule: kana anywhere -> ja, else Hangul -> ko, else the script with most letters (ties: zh, ru, en)."""
    if re.search(r"[\u3040-\u30ff]", text):
        return "ja"
    if re.search(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]", text):
        return "ko"
    best = max((len(pattern.findall(text)), lang) for lang, pattern in _SCRIPTS.items())
    return best[1] if best[0] else ""


_PIECES = st.sampled_from(
    ["张宁", "俄罗斯学刊", "の", "ア", "한국", "ᄀ", "Иванов", "Smith", "é", " ", ".", "[J]", "2024", "，"]
)


@given(st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=30))
def test_short_cuts_agree_with_the_plain_rule(text: str) -> None:
    assert guess_language(text) == _by_counts(text)


@given(st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=30))
def test_kana_or_hangul_is_the_rules_ja_or_ko(text: str) -> None:
    expected = _by_counts(text)
    assert kana_or_hangul_language(text) == (expected if expected in ("ja", "ko") else "")
