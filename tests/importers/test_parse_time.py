"""Every tagged and CNKI parser runs in linear time on adversarial input (issue 12): a time-bound fuzz.

A quadratic continuation join or a backtracking tag pattern shows as seconds on these inputs; the
bound is generous for a loaded machine (measured: at most 1 s, the linear cost of 4,000 records).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from biblio.errors import InputError
from biblio.importers.base import Importer
from biblio.importers.registry import get_importer
from tests.importers.adversarial import FIXED, adversarial_texts, repeat_to, seconds

PARSERS = ["ris", "refer", "refworks", "noteexpress", "cnki", "cnki-html", "cnki-estudy"]
BOUND = 5.0
SIZE = 30_000


def _parse(importer: Importer, text: str) -> None:
    try:
        importer.parse(text)
    except InputError:
        pass


@pytest.mark.parametrize("name", PARSERS)
def test_parsers_are_bounded_on_runs_of_one_unit(name: str) -> None:
    importer = get_importer(name)
    for label, unit in FIXED:
        elapsed = seconds(lambda unit=unit: _parse(importer, repeat_to(unit, SIZE)))  # type: ignore[misc]
        assert elapsed < BOUND, f"{name} took {elapsed:.2f}s on {label}"


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(adversarial_texts(size=SIZE))
def test_parsers_are_bounded_on_mixed_inputs(text: str) -> None:
    for name in PARSERS:
        elapsed = seconds(lambda name=name: _parse(get_importer(name), text))  # type: ignore[misc]
        assert elapsed < BOUND, f"{name} took {elapsed:.2f}s"
