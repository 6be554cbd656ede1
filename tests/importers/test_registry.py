"""Format detection: every registered detector runs in bounded time on any input (issue 12).

Each detector sees at most ``SNIFF_CHARS`` characters (the registry cuts the head) and must be linear
in that head. A backtracking pattern shows as seconds or hours on these inputs, not as a 2x slowdown,
so the bounds are generous for a loaded machine.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from biblio.errors import InputError
from biblio.importers.registry import SNIFF_CHARS, all_importers, choose_importer
from tests.importers.adversarial import FIXED, adversarial_texts, repeat_to, seconds

DETECTOR_BOUND = 2.0  # seconds for one detector on a full head (measured: at most 0.3 s)
NAMES = [importer.name for importer in all_importers()]


def _slowest(text: str) -> tuple[float, str]:
    return max((seconds(lambda imp=imp: imp.sniff(text)), imp.name) for imp in all_importers())  # type: ignore[misc]


def test_every_format_has_a_detector_under_test() -> None:
    assert {"bibtex", "csl-json", "ris", "refer", "refworks", "noteexpress", "cnki", "cnki-html"} <= set(NAMES)


@pytest.mark.parametrize(("name", "unit"), FIXED, ids=[name for name, _ in FIXED])
def test_detectors_are_bounded_on_a_full_head_of_one_unit(name: str, unit: str) -> None:
    text = repeat_to(unit, SNIFF_CHARS)[:SNIFF_CHARS]
    elapsed, slowest = _slowest(text)
    assert elapsed < DETECTOR_BOUND, f"{slowest} took {elapsed:.2f}s on {name} x {len(text)} chars"


def test_percent_lines_no_longer_hang() -> None:
    """The class of the reported hang: lines starting with ``%`` (EndNote/Refer, LaTeX comments)."""
    for lines in (16, 64, 5000):
        text = "%A 张三\n" * lines
        elapsed, slowest = _slowest(text)
        assert elapsed < DETECTOR_BOUND, f"{slowest}: {lines} lines, {elapsed:.2f}s"


def test_the_registry_only_shows_detectors_the_head() -> None:
    text = "%0 Journal Article\n%T 标题\n%A 张三\n" + "%X " + "中" * (20 * SNIFF_CHARS)
    assert seconds(lambda: choose_importer(text)) < DETECTOR_BOUND * 3
    assert choose_importer(text).name == "refer"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(adversarial_texts(size=40_000))
def test_detectors_are_bounded_on_mixed_adversarial_inputs(text: str) -> None:
    elapsed, slowest = _slowest(text)
    assert elapsed < DETECTOR_BOUND, f"{slowest} took {elapsed:.2f}s"
    try:
        choose_importer(text)
    except InputError:
        pass
