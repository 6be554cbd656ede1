"""The per-page choice between an outlet rule's body, biblio's own and trafilatura's (web/choose.py)."""

from __future__ import annotations

from biblio.importers.web.choose import SHORT_BODY, choose_body, plausible, word_count, words

LONG = [f"Sentence number {n} of a long enough article body, with words in it." for n in range(12)]
CAPTION = "A caption under a photo that only trafilatura kept"


def test_plausible_rule_body_wins() -> None:
    choice = choose_body([], ["other text"] * 40, ("TRS", LONG))
    assert (choice.paragraphs, choice.extractor) == (LONG, "rule:TRS")


def test_short_rule_body_falls_back_to_the_extractors() -> None:
    choice = choose_body(LONG, LONG, ("TRS", ["正文。"]))
    assert choice.extractor == "biblio"


def test_trafilatura_missing_or_empty_keeps_own() -> None:
    assert choose_body(LONG, None).extractor == "biblio"
    assert choose_body(LONG, []).extractor == "biblio"


def test_own_empty_takes_trafilatura() -> None:
    assert choose_body([], LONG).extractor == "trafilatura"


def test_agreement_keeps_own_cleaner_body() -> None:
    choice = choose_body(LONG, [CAPTION, *LONG])
    assert (choice.paragraphs, choice.extractor) == (LONG, "biblio")


def test_own_missing_most_of_the_body_takes_trafilatura() -> None:
    assert choose_body(LONG[:3], LONG).extractor == "trafilatura"


def test_disagreement_takes_trafilatura() -> None:
    other = [f"Completely different words about item {n} and things elsewhere." for n in range(12)]
    assert choose_body(other, LONG).extractor == "trafilatura"


def test_trafilatura_stopped_early_keeps_own() -> None:
    assert choose_body(LONG, LONG[:4]).extractor == "biblio"


def test_words_count_cjk_characters_one_each() -> None:
    assert word_count(["中亚五国 and Russia"]) == 6
    assert words("中中 a A")["中"] == 2 and words("a A")["a"] == 2
    assert not plausible(["短"] * (SHORT_BODY - 1))
    assert plausible(["短"] * SHORT_BODY)
