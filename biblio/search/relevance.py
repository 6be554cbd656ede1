"""Relevance evaluation over a judged query set: reciprocal rank and recall@k per query, MRR overall."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from biblio.search.index import SearchResults


class Searchable(Protocol):
    """Anything with the SearchIndex.search signature."""

    def search(self, query: str, limit: int = 20) -> SearchResults:
        """Run one query."""


@dataclass(frozen=True, slots=True)
class Judgement:
    """One judged query: the keys of the records relevant to it."""

    query: str
    relevant: tuple[str, ...]
    lang: str = ""


@dataclass(frozen=True, slots=True)
class QueryScore:
    """How one query did: the 1-based rank of the first relevant hit (None if not in the top k)."""

    judgement: Judgement
    ranked: tuple[str, ...]
    first_rank: int | None
    recall: float

    @property
    def reciprocal_rank(self) -> float:
        """1/rank of the first relevant hit, 0 if none."""
        return 1.0 / self.first_rank if self.first_rank else 0.0


def score_query(judgement: Judgement, ranked: Sequence[str], k: int = 10) -> QueryScore:
    """Score one ranked key list against its judgement."""
    top = tuple(ranked[:k])
    relevant = set(judgement.relevant)
    first = next((i for i, key in enumerate(top, 1) if key in relevant), None)
    recall = len(relevant & set(top)) / len(relevant) if relevant else 1.0
    return QueryScore(judgement, top, first, recall)


def evaluate(index: Searchable, judgements: Iterable[Judgement], k: int = 10) -> list[QueryScore]:
    """Run every judged query against ``index``."""
    return [score_query(j, [h.key for h in index.search(j.query, limit=k).hits], k) for j in judgements]


def mean_reciprocal_rank(scores: Sequence[QueryScore]) -> float:
    """MRR over the scored queries."""
    return sum(s.reciprocal_rank for s in scores) / len(scores) if scores else 0.0


def mean_recall(scores: Sequence[QueryScore]) -> float:
    """Mean recall@k over the scored queries."""
    return sum(s.recall for s in scores) / len(scores) if scores else 0.0
