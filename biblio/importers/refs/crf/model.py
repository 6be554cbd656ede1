"""The trained labeller (``refs.crfsuite`` beside this module), opened on first use.

``python-crfsuite`` and the model file are only touched when an English reference is parsed:
``biblio --help`` and GB/T or GOST strings never pay for them. The model was trained by
``scripts/train_refs.py`` on AnyStyle's labelled references (BSD 2-clause, notice in
``LICENSE.anystyle`` beside the model) and biblio's own rendered strings.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from biblio.importers.refs.crf.features import sequence_features

MODEL_FILE = "refs.crfsuite"


@dataclass(frozen=True, slots=True)
class Labelled:
    """Tokens with their labels and the model's marginal probability of each label."""

    tokens: list[str]
    labels: list[str]
    marginals: list[float]
    title_scores: list[float] | None = None  # P(title) per token, when no token was labelled title


_override: list[Path] = []


@cache
def tagger() -> Any:
    """The opened crfsuite tagger (one per process)."""
    import pycrfsuite

    opened = pycrfsuite.Tagger()
    path = _override[-1] if _override else resources.files(__package__).joinpath(MODEL_FILE)
    opened.open(str(path))
    return opened


def use_model(path: Path) -> None:
    """Label with another model file from now on (training scripts score a fresh model this way)."""
    _override.append(path)
    tagger.cache_clear()


def label_tokens(tokens: list[str]) -> Labelled:
    """Label each token; an empty list stays empty."""
    if not tokens:
        return Labelled([], [], [])
    model = tagger()
    model.set(sequence_features(tokens))
    labels: list[str] = model.tag()
    marginals = [model.marginal(label, i) for i, label in enumerate(labels)]
    title_scores = None
    if "title" not in labels and "title" in model.labels():
        title_scores = [model.marginal("title", i) for i in range(len(tokens))]
    return Labelled(tokens, labels, marginals, title_scores)
