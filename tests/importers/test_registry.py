"""Format detection: every registered detector runs in bounded time on any input (issue 12).

Each detector sees at most ``SNIFF_CHARS`` characters (the registry cuts the head) and must be linear
in that head. A backtracking pattern shows as seconds or hours on these inputs, not as a 2x slowdown,
so the bounds are generous for a loaded machine.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from biblio.errors import InputError
from biblio.importers.base import Importer
from biblio.importers.registry import (
    IMPORTERS,
    SNIFF_CHARS,
    SNIFFERS,
    all_importers,
    choose_importer,
    get_importer,
    get_sniffer,
)
from tests.importers.adversarial import FIXED, adversarial_texts, repeat_to, seconds

DATA = Path(__file__).resolve().parent.parent / "data"
ROOT = Path(__file__).resolve().parents[2]

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


def _chosen_by_every_importer(text: str, suffix: str = "") -> str:
    """The rule choose_importer keeps, computed the old way: every importer's own sniff, ties to the suffix."""
    best: tuple[float, int, Importer] | None = None
    for importer in all_importers():
        score = importer.sniff(text[:SNIFF_CHARS])
        bonus = 1 if suffix and suffix in importer.suffixes else 0
        if score > 0 and (best is None or (score, bonus) > best[:2]):
            best = (score, bonus, importer)
    return "" if best is None or best[0] < 0.2 else best[2].name


def _chosen(text: str, suffix: str = "") -> str:
    try:
        return choose_importer(text, suffix=suffix).name
    except InputError:
        return ""


def test_every_importer_has_its_sniffer() -> None:
    assert list(SNIFFERS) == list(IMPORTERS)
    samples = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*")) if p.is_file()]
    for importer in all_importers():
        for text in samples:
            assert importer.sniff(text) == get_sniffer(importer.name)(text), importer.name


@pytest.mark.parametrize("suffix", ["", ".txt", ".bib", ".json", ".html", ".ris"])
def test_detection_by_sniffers_chooses_as_every_importer_would(suffix: str) -> None:
    paths = [p for p in sorted(DATA.rglob("*")) if p.is_file() and not p.name.endswith(".expected.json")]
    assert len(paths) > 100
    for path in paths:
        text = path.read_text(encoding="utf-8", errors="replace")
        assert _chosen(text, suffix) == _chosen_by_every_importer(text, suffix), path.name


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(adversarial_texts(size=4_000))
def test_detection_by_sniffers_agrees_on_adversarial_inputs(text: str) -> None:
    assert _chosen(text, ".txt") == _chosen_by_every_importer(text, ".txt")


def test_detection_imports_only_the_chosen_importer(tmp_path: Path) -> None:
    """Each `biblio add` used to import all thirteen importers (~0.13 s CPU) to pick one."""
    source = tmp_path / "one.enw"
    source.write_text("%0 Journal Article\n%A 张三\n%T 标题\n%D 2024\n", encoding="utf-8")
    code = (
        "import sys\nfrom biblio.importers.registry import choose_importer\n"
        f"print(choose_importer(open({str(source)!r}, encoding='utf-8').read(), suffix='.enw').name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('biblio.importers.') and m.count('.') >= 3))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout.splitlines()
    assert out[0] == "refer"
    loaded = ast.literal_eval(out[1])
    other_formats = [m for m in loaded if m.rsplit(".", 1)[-1] in {"importer", "text_importer", "html_importer"}]
    assert other_formats == []
    assert "biblio.importers.bibtex.scan" not in loaded and "biblio.importers.web.article" not in loaded


@pytest.fixture
def broken_format(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """A registered format whose module fails to import (it raises NameError at import time)."""
    (tmp_path / "biblio_broken_format.py").write_text("x = undefined_name\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(IMPORTERS, "broken", "biblio_broken_format:BrokenImporter")
    monkeypatch.setitem(SNIFFERS, "broken", "biblio_broken_format:sniff_broken")
    get_importer.cache_clear()
    get_sniffer.cache_clear()
    yield "biblio_broken_format"
    get_importer.cache_clear()
    get_sniffer.cache_clear()
    sys.modules.pop("biblio_broken_format", None)


def test_a_broken_importer_module_is_named_not_dropped(broken_format: str) -> None:
    with pytest.raises(
        ImportError, match=rf"importer 'broken': cannot load {broken_format}:BrokenImporter .*NameError"
    ):
        all_importers()


def test_a_broken_sniffer_module_stops_detection_with_its_name(broken_format: str) -> None:
    with pytest.raises(ImportError, match=rf"sniffer of 'broken': cannot load {broken_format}:sniff_broken"):
        choose_importer("@article{k, title={T}}\n")


def test_a_missing_attribute_is_named_too(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(IMPORTERS, "gone", "biblio.importers.registry:NoSuchImporter")
    get_importer.cache_clear()
    try:
        with pytest.raises(ImportError, match=r"importer 'gone': cannot load .*AttributeError"):
            get_importer("gone")
    finally:
        get_importer.cache_clear()
