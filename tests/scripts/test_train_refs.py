"""scripts/train_refs.py: the CV's mismatch classes (where a field is lost: routing, reading, labelling)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from biblio.importers.refs.crf.anystyle import Sequence, token_labels
from scripts import train_refs


def test_a_string_sent_to_another_parser_is_classed_routed() -> None:
    # a gold that swaps place and publisher, so the GOST parser's (right) reading differs from it
    gost = Sequence(
        0,
        (
            ("author", "Berg T."),
            ("title", "Wells of the steppe."),
            ("publisher", "— London :"),
            ("location", "Steppe Press,"),
            ("date", "2004."),
        ),
    )
    classes = train_refs.classify_mismatches([gost])
    assert set(classes) == {"routed", "labels right", "labels wrong"}
    assert classes["routed"] and not classes["labels right"] and not classes["labels wrong"]
    assert all(text == gost.text for text, _, _, _ in classes["routed"])


THESIS = Sequence(
    1,
    (
        ("author", "Berg, T."),
        ("date", "(2014)."),
        ("title", "Wells of the steppe"),
        ("note", "(Unpublished doctoral dissertation)."),
        ("publisher", "Steppe University."),
    ),
)


def _labelled_as(monkeypatch: pytest.MonkeyPatch, labels_of: Callable[[list[str]], list[str]]) -> None:
    from biblio.importers.refs.crf import model

    def fake(tokens: list[str]) -> model.Labelled:
        labels = labels_of(tokens)
        return model.Labelled(tokens, labels, [0.9] * len(tokens), None)

    monkeypatch.setattr(model, "label_tokens", fake)


def test_right_labels_read_into_another_value_are_classed_labels_right(monkeypatch: pytest.MonkeyPatch) -> None:
    # AnyStyle's gold keeps a thesis's university as the publisher when the genre words are a note; the reading
    # makes it the institution: lost after the labelling, whatever the model
    _labelled_as(monkeypatch, lambda tokens: token_labels(THESIS)[1])
    classes = train_refs.classify_mismatches([THESIS])
    assert {field for _, field, _, _ in classes["labels right"]} == {"publisher", "institution"}
    assert not classes["labels wrong"] and not classes["routed"]


def test_wrong_labels_are_classed_labels_wrong(monkeypatch: pytest.MonkeyPatch) -> None:
    _labelled_as(monkeypatch, lambda tokens: ["title"] * len(tokens))
    classes = train_refs.classify_mismatches([THESIS])
    assert {"authors", "title", "date"} <= {field for _, field, _, _ in classes["labels wrong"]}
