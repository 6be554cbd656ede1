"""Keys are safe tokens: hand-set keys are validated, imported keys are cleaned, exported keys are inert."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from biblio.errors import UsageError
from biblio.export.bibtex import entry_key
from biblio.export.profiles.common import safe_key
from biblio.keys import path_safe, sanitize_imported_key, validate_key
from biblio.model import Record

_UNSAFE = set("(),#%{}~\\\"'=@ \t\n^")


@pytest.mark.parametrize("key", ["a/../../x", "a/./b", "/a", "a/", "../x", "..", "a b", "a{b", "a\x00b", "ä"])
def test_hand_set_keys_that_are_not_safe_tokens_are_refused(key: str) -> None:
    with pytest.raises(UsageError):
        validate_key(key)


@pytest.mark.parametrize("key", ["smith2020", "DBLP:conf/acl/Smith20", "a.b+c-d_e:f", "UMCP-CSD//CS-TR-3981"])
def test_hand_set_safe_keys_are_kept(key: str) -> None:
    assert validate_key(key) == key


@pytest.mark.parametrize(
    ("key", "cleaned"),
    [
        ("a\x00b", "a_b"),
        ("a\rb", "a_b"),
        ("a\u2028b", "a_b"),
        ("a\u200bb", "a_b"),
        ("a^^5cb", "a__5cb"),
        ("a/../../x", "a_.._.._x"),
        ("..", "ref"),
        ("DBLP:conf/acl/Smith20", "DBLP:conf/acl/Smith20"),
        ("UMCP-CSD//CS-TR-3981", "UMCP-CSD//CS-TR-3981"),
        ("/etc/x", "etc_x"),
        ("张宁2024", "张宁2024"),
    ],
)
def test_imported_keys_are_cleaned(key: str, cleaned: str) -> None:
    assert sanitize_imported_key(key) == cleaned


@given(st.text(min_size=1, max_size=30))
def test_any_imported_key_becomes_a_safe_token(key: str) -> None:
    cleaned = sanitize_imported_key(key)
    assert cleaned and cleaned.isprintable() and not set(cleaned) & _UNSAFE
    assert path_safe(cleaned)
    assert sanitize_imported_key(cleaned) == cleaned


@given(st.text(min_size=1, max_size=30))
def test_exported_keys_never_carry_what_breaks_biber_or_tex(key: str) -> None:
    for written, unsafe in ((safe_key(key), _UNSAFE), (entry_key(Record(key=key)), _UNSAFE - {"@"})):
        assert written and written.isprintable() and not set(written) & unsafe
