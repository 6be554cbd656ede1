"""scripts/build_field_lexicon.py: words flagged with the field they are found in, against the field's share."""

from __future__ import annotations

from typing import Any

from scripts import build_field_lexicon


def _items() -> list[dict[str, Any]]:
    article: dict[str, Any] = {
        "type": "article-journal",
        "title": "A study of rivers",
        "container-title": "Quarterly Review",
    }
    book: dict[str, Any] = {
        "type": "book",
        "title": "Rivers of Asia",
        "publisher": "Oxford University Press",
        "publisher-place": "Oxford",
        "author": [{"family": "Hopkirk", "given": "Peter"}, {"literal": "World Bank"}],
    }
    return [dict(article) for _ in range(3)] + [dict(book) for _ in range(3)]


def test_values_are_read_per_field_and_periodicals_apart_from_books() -> None:
    values = build_field_lexicon.field_values(_items()[0]) + build_field_lexicon.field_values(_items()[-1])
    assert ("journal", "Quarterly Review") in values and ("publisher", "Oxford University Press") in values
    assert ("family", "Hopkirk") in values and ("org", "World Bank") in values and ("place", "Oxford") in values


def test_a_word_gets_a_field_it_is_mostly_found_in_and_often_enough() -> None:
    per_word, per_field = build_field_lexicon.count_words(_items())
    lines = set(build_field_lexicon.affinities(per_word, per_field, min_count=3, min_lift=2.0, min_share=0.3))
    assert ("f-journal", "quarterly") in lines and ("f-publisher", "press") in lines
    assert ("f-title", "rivers") in lines  # 6 titles of 6 values with "rivers"
    assert {("f-place", "oxford"), ("f-publisher", "oxford")} <= lines  # half and half: a word may have two
    assert ("f-org", "bank") in lines
    assert not any(word == "of" and field != "f-title" for field, word in lines)
    strict = set(build_field_lexicon.affinities(per_word, per_field, min_count=4, min_lift=2.0, min_share=0.3))
    assert ("f-journal", "quarterly") not in strict  # seen 3 times only
