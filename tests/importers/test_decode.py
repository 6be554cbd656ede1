"""Bytes -> text for every encoding users' files come in."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biblio.errors import InputError
from biblio.importers.decode import declared_charset, decode_bytes, decode_text, normalise_charset

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


ZH = "中国与中亚五国举行外长会晤，推动共建一带一路高质量发展。" * 20


def test_a_few_bad_bytes_in_gbk_are_replaced_and_counted() -> None:
    data = ZH.encode("gbk")
    data = data[:100] + b"\xff" + data[100:300] + b"\x80 " + data[300:]
    decoded = decode_text(data, "page.html")
    assert decoded.encoding == "gb18030"
    assert decoded.replaced == 2
    assert decoded.text.count("\ufffd") == 2
    assert "外长会晤" in decoded.text
    assert decoded.warning("page.html").startswith("page.html: undecodable bytes in gb18030 text at 2 places")


def test_a_stray_byte_in_utf8_is_replaced_and_counted() -> None:
    data = ("Бжезинский — 大棋局 " * 30).encode()
    cut = data.index("大棋局".encode())
    decoded = decode_text(data[:cut] + b"\xfe" + data[cut:])
    assert (decoded.encoding, decoded.replaced) == ("utf-8", 1)
    broken_character = decode_text(data[: cut + 1] + data[cut + 3 :])  # a character cut short
    assert broken_character.replaced >= 1 and "大棋局" in broken_character.text


def test_clean_text_has_no_warning() -> None:
    decoded = decode_text(TEXT.encode("utf-8"))
    assert (decoded.replaced, decoded.warning()) == (0, "")


def test_legacy_single_byte_text_is_not_taken_for_broken_chinese() -> None:
    russian = "Министр иностранных дел РФ Сергей Лавров заявил в понедельник. " * 5
    decoded = decode_text(russian.encode("cp1251"))
    assert decoded.text == russian and decoded.replaced == 0


def test_many_bad_bytes_are_still_refused() -> None:
    data = ZH.encode("gbk")
    broken = b"".join(data[i : i + 7] + b"\xff" for i in range(0, len(data), 7))
    with pytest.raises(InputError, match="not a text file"):
        decode_bytes(broken, "broken.txt")


def test_declared_charset_of_an_html_page_is_used() -> None:
    page = '<html><head><meta charset="Shift_JIS"><title>日本語のページ</title></head><body>本文です。</body></html>'
    assert decode_bytes(page.encode("shift_jis")) == page
    xml = '<?xml version="1.0" encoding="windows-1251"?><doc>Русский текст документа</doc>'
    assert decode_bytes(xml.encode("cp1251")) == xml


def test_declared_charset_with_a_bad_byte() -> None:
    page = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>{ZH}</body>'
    data = page.encode("gbk")
    cut = data.index("外长".encode("gbk"))
    decoded = decode_text(data[:cut] + b"\xff" + data[cut:])
    assert (decoded.encoding, decoded.replaced) == ("gb18030", 1)


@pytest.mark.parametrize(
    ("declared", "codec"), [("gb2312", "gb18030"), ("GBK", "gb18030"), ("utf8", "utf-8"), ("nonsense", "")]
)
def test_normalise_charset(declared: str, codec: str) -> None:
    assert normalise_charset(declared) == codec
    assert declared_charset(f'<meta charset="{declared}">'.encode()) == codec
