"""Imported keys made safe (biblio.library.infile.make_key_safe): an alias only where it is a safe token."""

from __future__ import annotations

import pytest

from biblio.library.infile import make_key_safe
from biblio.model import EntryType, LangText, Record


def _record(key: str) -> Record:
    return Record(key=key, type=EntryType.BOOK, title=(LangText("A title"),))


def test_a_key_biber_cannot_read_is_kept_as_an_alias() -> None:
    record = _record("O'Hara_1999")
    warning = make_key_safe(record)
    assert record.key != "O'Hara_1999" and "'" not in record.key
    assert record.extra["ids"] == "O'Hara_1999"
    assert "kept as an alias" in warning


@pytest.mark.parametrize("key", ["a/../../x", "bad\x00key", "line\u2028sep", "carriage\rreturn"])
def test_a_key_that_is_no_safe_token_is_not_kept_as_an_alias(key: str) -> None:
    record = _record(key)
    warning = make_key_safe(record)
    assert record.key != key
    assert "ids" not in record.extra
    assert warning and "alias" not in warning
