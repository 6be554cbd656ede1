"""The judged relevance set (tests/data/search/judged.json): MRR >= 0.9 and a relevant record in every top 3."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from biblio.model import Record
from biblio.search.index import SearchIndex
from biblio.search.relevance import Judgement, evaluate, mean_recall, mean_reciprocal_rank, score_query

JUDGED = Path(__file__).resolve().parent.parent / "data" / "search" / "judged.json"


def judgements() -> list[Judgement]:
    return [Judgement(i["query"], tuple(i["relevant"]), i["lang"]) for i in json.loads(JUDGED.read_text("utf-8"))]


def test_judged_set_is_large_and_covers_three_languages(library: list[Record]) -> None:
    judged = judgements()
    assert len(judged) >= 40
    assert {j.lang for j in judged} == {"zh", "ru", "en"}
    assert all(sum(j.lang == lang for j in judged) >= 10 for lang in ("zh", "ru", "en"))
    known = {r.key for r in library}
    assert all(set(j.relevant) <= known and j.relevant for j in judged)


def test_mrr_and_recall(index: SearchIndex) -> None:
    scores = evaluate(index, judgements())
    assert mean_reciprocal_rank(scores) >= 0.9
    assert mean_recall(scores) >= 0.9


@pytest.mark.parametrize("judgement", judgements(), ids=lambda j: j.query)
def test_a_relevant_record_is_in_the_top_three(index: SearchIndex, judgement: Judgement) -> None:
    score = evaluate(index, [judgement])[0]
    assert score.first_rank is not None and score.first_rank <= 3, score.ranked


def test_metrics_arithmetic() -> None:
    judgement = Judgement("q", ("a", "b"))
    score = score_query(judgement, ["x", "a", "y"], k=10)
    assert score.first_rank == 2
    assert score.reciprocal_rank == 0.5
    assert score.recall == 0.5
    missing = score_query(judgement, ["x"], k=10)
    assert missing.reciprocal_rank == 0.0
    assert mean_reciprocal_rank([score, missing]) == 0.25
    assert mean_reciprocal_rank([]) == 0.0
