"""scripts/train_refs.py: the CV's mismatch classes (where a field is lost: routing, reading, labelling)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

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


def test_the_stacked_training_writes_both_passes_and_they_label(tmp_path: Path) -> None:
    from biblio.importers.refs.crf import model

    words = [("Berg,", "author"), ("T.", "author"), ("(2014).", "date"), ("Wells", "title"), ("Press.", "publisher")]
    sequences = [([w for w, _ in words], [label for _, label in words]) for _ in range(8)]
    out = tmp_path / "refs.crfsuite"
    train_refs.train_stacked(sequences, [i % train_refs.STACK_FOLDS for i in range(8)], out, train_refs.PARAMS)
    second = train_refs.stacked_path(out)
    assert out.is_file() and second.is_file() and second.name == "refs-stacked.crfsuite"
    model.use_model(out, second)
    try:
        assert model.label_tokens([w for w, _ in words]).labels == [label for _, label in words]
    finally:
        model.use_shipped_model()


def _strings(path: Path, prefix: str, count: int, kind: str = "book") -> Path:
    lines = [f'{{"text": "{prefix}{i}", "expected": {{"type": "{kind}"}}}}' for i in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_extra_training_strings_come_from_several_files_each_with_its_own_limit(tmp_path: Path) -> None:
    first = _strings(tmp_path / "csl.jsonl", "a", 10)
    second = _strings(tmp_path / "texlive.jsonl", "b", 10, kind="article")
    both = train_refs.extra_entries([first, second], [3, 5])
    assert sorted(e["text"][0] for e in both) == ["a"] * 3 + ["b"] * 5
    assert train_refs.extra_entries([first, second], [4]) == train_refs.extra_entries([first, second], [4, 4])
    assert len(train_refs.extra_entries([first, second], None)) == 20
    # the sample of a file does not depend on the files beside it (the shipped training's 3,000 stay the same)
    assert both[:3] == train_refs.extra_entries([first], [3])
    articles = train_refs.extra_entries([first, second], None, "article")
    assert sorted(e["text"] for e in articles) == sorted(f"b{i}" for i in range(10))
    assert train_refs.extra_entries(None, None) == []
