"""Safe JSON: nesting bombs, huge numbers, lone surrogates and bad bytes become JsonError or are repaired."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from biblio.jsonsafe import MAX_DEPTH, JsonError, decode_item, load, loads, nesting_depth


@pytest.mark.parametrize("opener", ["[", '{"a":'])
def test_a_nesting_bomb_is_refused_before_parsing(opener: str) -> None:
    closer = "]" if opener == "[" else "}"
    bomb = opener * 200_000 + "1" + closer * 200_000
    with pytest.raises(JsonError, match="nested 200000 levels deep"):
        loads(bomb)


def test_nesting_up_to_the_limit_parses() -> None:
    text = "[" * MAX_DEPTH + "]" * MAX_DEPTH
    assert nesting_depth(text) == MAX_DEPTH
    assert loads(text) is not None


def test_brackets_inside_strings_do_not_count() -> None:
    text = json.dumps({"a": "[" * 500 + '\\"{' * 300})
    assert nesting_depth(text) == 1
    assert loads(text) == json.loads(text)


def test_a_huge_number_is_a_one_line_error() -> None:
    with pytest.raises(JsonError, match="number longer than") as caught:
        loads("[" + "9" * 5000 + "]")
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("text", ["NaN", "[Infinity]", "[-Infinity]", "1e999"])
def test_non_finite_numbers_are_refused(text: str) -> None:
    with pytest.raises(JsonError):
        loads(text)


def test_lone_surrogates_are_replaced_and_counted() -> None:
    loaded = load('{"t\\udc00": ["a\\ud800", {"x": "\\udfff b"}], "ok": "\\ud83d\\ude00"}')
    assert loaded.replaced == 3
    assert loaded.value == {"t\ufffd": ["a\ufffd", {"x": "\ufffd b"}], "ok": "\U0001f600"}
    assert "lone surrogates" in loaded.warning("line 1")
    json.dumps(loaded.value, ensure_ascii=False).encode("utf-8")  # writable now


def test_bytes_must_be_utf8() -> None:
    assert loads(b'{"a": 1}') == {"a": 1}
    with pytest.raises(JsonError, match="not valid UTF-8"):
        loads(b'{"a": "\xff"}')


def test_syntax_errors_name_line_and_column() -> None:
    with pytest.raises(JsonError, match="line 2, column 1"):
        loads('{"a": 1,\n}')


def test_decode_item_reads_one_value_at_a_position() -> None:
    decoder = json.JSONDecoder()
    loaded, end = decode_item(decoder.raw_decode, '  ["\\udc00"] rest', 2)
    assert (loaded.value, loaded.replaced, end) == (["\ufffd"], 1, 12)
    with pytest.raises(JsonError, match="number longer than"):
        decode_item(decoder.raw_decode, "9" * 5000, 0)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('[]{}",:\\0123456789.eE-+ tuanlfrsx\ud800\udc00')), max_size=300))
def test_any_text_parses_or_is_a_json_error(text: str) -> None:
    try:
        loaded = load(text)
    except JsonError as exc:
        assert "\n" not in str(exc)
    else:
        json.dumps(loaded.value, ensure_ascii=False).encode("utf-8")


@settings(max_examples=100, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(), lambda c: st.lists(c) | st.dictionaries(st.text(), c)
    )
)
def test_valid_json_round_trips(value: object) -> None:
    assert loads(json.dumps(value)) == value
