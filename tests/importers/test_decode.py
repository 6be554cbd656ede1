"""Bytes -> text for every encoding users' files come in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.decode import decode_bytes

TEXT = "@book{x, title = {大棋局：美国的首要地位}, author = {Бжезинский, Збигнев and Müller, Jörg}}\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be"])
def test_unicode_encodings(encoding: str) -> None:
    assert decode_bytes(TEXT.encode(encoding)) == TEXT


def test_gb18030_and_gbk() -> None:
    chinese = "@book{x, title = {中亚国家的多元平衡外交}, publisher = {商务印书馆}}\n"
    assert decode_bytes(chinese.encode("gbk")) == chinese
    assert decode_bytes(chinese.encode("gb18030")) == chinese


def test_cp1251_russian() -> None:
    russian = "Бжезинский З. Великая шахматная доска. М.: Международные отношения, 1998. 256 с.\n" * 3
    assert decode_bytes(russian.encode("cp1251")) == russian


def test_crlf_becomes_lf() -> None:
    assert decode_bytes(b"a\r\nb\rc") == "a\nb\nc"


def test_binary_junk_is_rejected() -> None:
    junk = bytes(range(256)) * 50
    with pytest.raises(InputError, match="not a text file"):
        decode_bytes(junk, "junk.bin")


@given(st.binary(max_size=2000))
def test_never_raises_anything_but_input_error(data: bytes) -> None:
    try:
        assert isinstance(decode_bytes(data), str)
    except InputError:
        pass
