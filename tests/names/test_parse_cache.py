"""names.parse.parse_name and names.split.split_name_list are cached for short texts: a cached answer is the
function's own, a caller gets a fresh list, long texts are not kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.names.parse import _CACHED_LENGTH, _parse, _parse_short, parse_name
from biblio.names.split import _split, split_name_list

_NAMES = st.sampled_from(
    ["张宁", "(英)哈·麦金德著", "Smith, J.", "Бжезинский З.", "斯皮克曼(N.J.Spykman)", "王缉思 主编", " "]
)


@given(st.lists(_NAMES, min_size=1, max_size=3).map("".join) | st.text(max_size=40), st.sampled_from(["", "zh", "ja"]))
def test_cached_answers_are_the_parse(text: str, lang: str) -> None:
    assert parse_name(text, lang) == parse_name(text, lang) == _parse(text, lang)


def test_long_names_are_parsed_but_not_kept() -> None:
    long = "张" + "宁" * (_CACHED_LENGTH + 10)
    before = _parse_short.cache_info().currsize
    assert parse_name(long) == _parse(long, "")
    assert _parse_short.cache_info().currsize == before


@given(st.lists(_NAMES | st.sampled_from(["，", "; ", " and ", "等", " et al."]), max_size=6).map("".join))
def test_cached_lists_are_the_split_and_fresh_lists(text: str) -> None:
    first = split_name_list(text)
    first[0].append("changed by the caller")
    assert split_name_list(text) == _split(text)
