"""The AnyStyle loader: segments, gold entries in the corpus format, token labels, the frozen split."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.importers.refs.crf.anystyle import (
    SPLIT_SEED,
    Sequence,
    gold_date,
    gold_edition,
    gold_pages,
    gold_volume_number,
    load_sequences,
    make_split,
    to_gold,
    token_labels,
)
from biblio.importers.refs.evaluate import name_words, score

DATA = Path(__file__).resolve().parents[3] / "data" / "refs"
EXCERPT = DATA / "anystyle_excerpt.xml"
SPLIT = DATA / "splits" / "anystyle.json"
CORE = Path(__file__).resolve().parents[4].parent / "shared" / "data" / "anystyle" / "core.xml"


def test_excerpt_loads_as_labelled_segments() -> None:
    sequences = load_sequences(EXCERPT)
    assert len(sequences) == 30
    first = sequences[0]
    assert first.segments[0] == ("author", "Heidegger M.,")
    assert first.text.startswith("Heidegger M., 1927, Être et temps,")


def test_token_labels_cover_every_token() -> None:
    for seq in load_sequences(EXCERPT):
        tokens, labels = token_labels(seq)
        assert tokens == seq.text.split()
        assert len(labels) == len(tokens)
        assert "director" not in labels and "medium" not in labels


def test_gold_entry_strips_wrappers_and_reads_volume_issue() -> None:
    seq = Sequence(
        0,
        (
            ("author", "Romero, C., Paunesku, D., & Dweck, C."),
            ("date", "(2011)."),
            ("title", "“Brainology in the classroom.”"),
            ("journal", "In: Child Development,"),
            ("volume", "18(2)."),
            ("pages", "pp. 77–85)."),
            ("url", "https://doi.org/10.1111/j.1467.x"),
        ),
    )
    gold = to_gold(seq)
    expected = gold["expected"]
    assert expected["title"] == "Brainology in the classroom"
    assert expected["container"] == "Child Development"
    assert (expected["volume"], expected["number"], expected["pages"]) == ("18", "2", "77-85")
    assert expected["date"] == "2011"
    assert expected["doi"] == "10.1111/j.1467.x" and "url" not in expected  # a doi.org link is the DOI
    assert "type" not in gold["fields"] and "language" not in gold["fields"]


@pytest.mark.parametrize(
    ("segment", "want"),
    [
        ("Vol. 81, No. 5,", ("81", "5", "")),
        ("84, No. 1,", ("84", "1", "")),
        ("1994;2(4):", ("2", "4", "")),
        ("16, 1,", ("16", "1", "")),
        ("(Vol. 1),", ("1", "", "")),
        ("22. Jg. Heft 3,", ("22", "3", "")),
        ("2011 ;(61) :", ("", "61", "")),  # an issue printed without its volume
        ("29(8):1898-1905.", ("29", "8", "1898-1905")),  # pages glued to the volume
        ("2012;30(15): 1750-1754.", ("30", "15", "1750-1754")),
        ("50: 3", ("50", "3", "")),
    ],
)
def test_gold_volume_number(segment: str, want: tuple[str, str, str]) -> None:
    assert gold_volume_number(segment) == want


def test_gold_pages_and_dates() -> None:
    assert gold_pages("pages 393-397,") == ("393-397", "")
    assert gold_pages("(pp. 45-87).") == ("45-87", "")
    assert gold_pages("223 p.") == ("", "223")
    assert gold_date("septembre 2014,") == "2014-09"
    assert gold_date("(2011, March 3).") == "2011-03-03"
    assert gold_date("(1991b).") == "1991"
    assert gold_edition("(2nd ed.).") == "2"
    assert gold_edition("Third Edition.") == "3"
    assert gold_edition("Rev. ed.") == "revised"


def test_name_words_ignore_roles_and_glued_initials() -> None:
    assert name_words("Pérez-Higueras JJ, Arias A") == name_words("Arias, A.; Pérez-Higueras, J. J.")
    assert name_words("In O. Card (Ed.),") == name_words("Card, O.")
    assert name_words("Smith, J.") != name_words("Smith, K.")


def test_scoring_uses_the_entry_fields_only() -> None:
    entries = [to_gold(seq) for seq in load_sequences(EXCERPT)]
    result = score(entries, style="english")
    assert result.fields["language"].tp + result.fields["language"].fp == 0  # not scored: AnyStyle has no label
    assert result.total.f1 > 0.5


def test_split_file_is_a_fifth_fixed_by_the_seed() -> None:
    data = json.loads(SPLIT.read_text(encoding="utf-8"))
    assert data["seed"] == SPLIT_SEED
    assert len(data["test"]) == round(1514 * 0.2) and data["test"] == sorted(set(data["test"]))
    fake = [Sequence(i, (("title", str(i)),)) for i in range(1514)]
    assert make_split(fake) == data["test"]  # the same seed gives the same ids


@pytest.mark.skipif(not CORE.exists(), reason="the shared AnyStyle data is not on this machine")
def test_split_matches_the_shared_file() -> None:
    from biblio.importers.refs.crf.anystyle import file_digest

    data = json.loads(SPLIT.read_text(encoding="utf-8"))
    assert file_digest(CORE) == data["file_sha256"]
