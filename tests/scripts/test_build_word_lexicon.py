"""scripts/build_word_lexicon.py: frequency and language flags from wordfreq (skipped without wordfreq)."""

from __future__ import annotations

import pytest

from scripts import build_word_lexicon

pytest.importorskip("wordfreq")


def test_common_words_get_their_frequency_band_and_language() -> None:
    lines = build_word_lexicon.build(top=2000, min_zipf=3.0).splitlines()
    flags: dict[str, set[str]] = {}
    for line in lines:
        if not line.startswith("#"):
            flag, word = line.split("\t")
            flags.setdefault(word, set()).add(flag)
    assert "z7" in flags["the"] and "wl-en" in flags["the"]
    assert "wl-de" in flags["und"] and "wl-fr" in flags["avec"]
    assert all(word.isalpha() for word in flags)
    assert all(any(f.startswith("z") for f in found) for found in flags.values())
