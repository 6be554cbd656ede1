"""roles.find_role's first-letter test before the leading-role patterns and its cache change no answer."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from biblio.names import roles
from biblio.names.lazyre import pattern


def _find_every_prefix(text: str) -> tuple[str, str, bool]:
    """find_role trying every leading-role pattern, whatever the first letter."""
    body = text.strip()
    for source, role in roles._PREFIX:
        match = pattern(source, re.IGNORECASE).match(body)
        if match and body[match.end() :].strip():
            return body[match.end() :].strip(roles._TRIM), role, True
    rest, role = roles._strip_trailing(body)
    return rest, role, False


_WORDS = st.sampled_from(
    ["Edited by ", "ed. ", "Compiled by ", "Translated from Russian by ", "TR. by ", "под ред. ", "Пер. с англ. ",
     "ПОД ОБЩ. РЕД. ", "张宁", "主编", "Smith, J.", " (eds.)", "Иванов И. И.", " ", "译", "Cheng"]
)  # fmt: skip


@given(st.lists(_WORDS, max_size=5).map("".join) | st.text(max_size=30))
def test_same_answer_as_trying_every_prefix(text: str) -> None:
    assert roles.find_role(text) == roles.find_role(text) == _find_every_prefix(text)


def test_long_texts_are_not_kept() -> None:
    long = "张宁" * roles._CACHED_LENGTH + " 主编"
    before = roles._find_short.cache_info().currsize
    assert roles.find_role(long) == _find_every_prefix(long)
    assert roles._find_short.cache_info().currsize == before
