"""keys.sanitize_imported_key's one-scan safety test answers as the per-character loop did (hypothesis)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from biblio.keys import FORBIDDEN_KEY_CHARS, path_safe, sanitize_imported_key


def _safe_by_loop(key: str) -> bool:
    return key.isprintable() and "^" not in key and not any(ch in FORBIDDEN_KEY_CHARS for ch in key) and path_safe(key)


@given(st.text(alphabet=st.sampled_from([*FORBIDDEN_KEY_CHARS, "^", "a", "Z", "9", "/", ".", "_", "é", "\x00"])))
def test_a_key_is_kept_exactly_when_the_loop_found_it_safe(key: str) -> None:
    cleaned = sanitize_imported_key(key)
    assert (cleaned == key) == _safe_by_loop(key) or (cleaned == key == "ref")
