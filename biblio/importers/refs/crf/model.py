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

from biblio.importers.refs.crf.features import sequence_features, stacked_features

MODEL_FILE = "refs.crfsuite"
STACKED_FILE = "refs-stacked.crfsuite"  # the second pass (labels of the first as features), when shipped


@dataclass(frozen=True, slots=True)
class Labelled:
    """Tokens with their labels and the model's marginal probability of each label."""

    tokens: list[str]
    labels: list[str]
    marginals: list[float]
    title_scores: list[float] | None = None  # P(title) per token, when no token was labelled title


_override: list[Path] = []


_stacked_override: list[Path | None] = []


@cache
def tagger() -> Any:
    """The opened crfsuite tagger (one per process)."""
    import pycrfsuite

    opened = pycrfsuite.Tagger()
    path = _override[-1] if _override else resources.files(__package__).joinpath(MODEL_FILE)
    opened.open(str(path))
    return opened


@cache
def stacked_tagger() -> Any:
    """The second-pass tagger, or None when no second-pass model is shipped (or the override has none)."""
    import pycrfsuite

    if _stacked_override:
        path = _stacked_override[-1]
    else:
        shipped = resources.files(__package__).joinpath(STACKED_FILE)
        path = Path(str(shipped)) if shipped.is_file() else None
    if path is None:
        return None
    opened = pycrfsuite.Tagger()
    opened.open(str(path))
    return opened


def use_model(path: Path, stacked: Path | None = None) -> None:
    """Label with other model files from now on (training scripts score fresh models this way)."""
    _override.append(path)
    _stacked_override.append(stacked)
    tagger.cache_clear()
    stacked_tagger.cache_clear()


def use_shipped_model() -> None:
    """Back to the model files shipped in the package (after :func:`use_model`)."""
    _override.clear()
    _stacked_override.clear()
    tagger.cache_clear()
    stacked_tagger.cache_clear()


def label_tokens(tokens: list[str]) -> Labelled:
    """Label each token; an empty list stays empty."""
    if not tokens:
        return Labelled([], [], [])
    model = tagger()
    model.set(sequence_features(tokens))
    labels: list[str] = model.tag()
    second = stacked_tagger()
    if second is not None:
        model = second
        model.set(stacked_features(tokens, labels))
        labels = model.tag()
    marginals = [model.marginal(label, i) for i, label in enumerate(labels)]
    title_scores = None
    if "title" not in labels and "title" in model.labels():
        title_scores = [model.marginal("title", i) for i in range(len(tokens))]
    return Labelled(tokens, labels, marginals, title_scores)
