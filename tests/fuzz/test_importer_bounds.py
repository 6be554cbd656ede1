"""Every importer and parse-ref stay within 2 s of CPU and 500 MB on inputs up to 1 MB, and the CLI never
fails internally (exit 70) on them (issue 16).

Inputs are the generated documents of :mod:`scripts.hostile.samples` (many small records, or one record
with one huge field), with hostile text spliced in and cut short at random places. Each parse runs in a
fresh process (:func:`scripts.hostile.run.measure_parse`) so its peak RSS is its own. The bound is on CPU
time: the CI machine is shared, and wall time on it varies 3-4x with the load (a hang still shows: the
wall bound catches it).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scripts.hostile.payloads import FIELD_PAYLOADS
from scripts.hostile.run import INTERNAL, measure_parse, run_biblio
from scripts.hostile.samples import MODES, SAMPLES, Sample, grow

MAX_CPU = 2.0
MAX_MB = 500.0
MAX_WALL = 60.0
# A shared machine with both cores busy inflates even CPU time (hyper-threads, caches; measured here 2026-12-02:
# a 1 MB RIS file took 1.9-3.2 s of CPU while a training ran on both cores). An input over the bound is parsed
# again, up to RETRIES times, and the least CPU time counts: noise rarely repeats, a super-linear parse always does.
RETRIES = 2
MEGABYTE = 1_000_000
FUZZ = settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture]
)


@st.composite
def hostile_documents(draw: st.DrawFn) -> tuple[Sample, str]:
    """A sample grown to up to 1 MB, with a hostile payload spliced in and maybe cut short."""
    sample = draw(st.sampled_from(SAMPLES))
    size = draw(st.sampled_from((2_000, 100_000, MEGABYTE)) | st.integers(100, MEGABYTE))
    text = grow(sample, size, draw(st.sampled_from(MODES)))
    payload = draw(st.sampled_from(("", *FIELD_PAYLOADS)))
    at = int(len(text) * draw(st.floats(0, 1)))
    text = text[:at] + payload + text[at:]
    keep = draw(st.sampled_from((1.0, 1.0, 0.5, 0.99)))
    return sample, text[: max(1, int(len(text) * keep))]


def _check_parse(sample: Sample, text: str, path: Path) -> None:
    path.write_text(text, encoding="utf-8")
    parsed = measure_parse(sample.name, path, timeout=MAX_WALL)
    for _ in range(RETRIES):  # the best of up to three runs, as a benchmark takes: a hang or a blow-up fails all
        if parsed.cpu < MAX_CPU:
            break
        parsed = min(parsed, measure_parse(sample.name, path, timeout=MAX_WALL), key=lambda p: p.cpu)
    where = f"{sample.name} on {len(text.encode('utf-8')):,} bytes ({parsed.outcome[:80]})"
    assert parsed.cpu < MAX_CPU, f"{where}: {parsed.cpu:.2f} s of CPU"
    assert parsed.rss_mb < MAX_MB, f"{where}: {parsed.rss_mb:.0f} MB"


SHAPES = [(sample, mode) for sample in SAMPLES for mode in (MODES if sample.many else MODES[1:])]


@pytest.mark.parametrize(("sample", "mode"), SHAPES, ids=[f"{s.name}-{m}" for s, m in SHAPES])
def test_a_megabyte_of_each_format_parses_within_bounds(sample: Sample, mode: str, tmp_path: Path) -> None:
    """1 MB of each format in each shape: many records, one huge field, one field wrapped over many lines."""
    _check_parse(sample, grow(sample, MEGABYTE, mode), tmp_path / "input")


@FUZZ
@given(hostile_documents())
def test_hostile_documents_parse_within_bounds(tmp_path: Path, document: tuple[Sample, str]) -> None:
    sample, text = document
    _check_parse(sample, text, tmp_path / "input")


@FUZZ
@given(hostile_documents())
def test_the_cli_never_fails_internally(tmp_path: Path, document: tuple[Sample, str]) -> None:
    sample, text = document
    data = text.encode("utf-8")
    if sample.name.startswith("parse-ref"):
        run = run_biblio(["parse-ref"], tmp_path / "lib", stdin=data, timeout=MAX_WALL)
    else:
        path = tmp_path / "input"
        path.write_bytes(data)
        run = run_biblio(["add", "--format", sample.name, str(path)], tmp_path / "lib", timeout=MAX_WALL)
    assert not run.timed_out, f"{sample.name}: no answer after {MAX_WALL} s"
    assert run.code != INTERNAL and "Traceback" not in run.err, f"{sample.name}: {run.first_error_line()}"
    if run.code != 0:
        assert run.first_error_line().startswith("biblio: "), run.err[:300]


def test_every_text_importer_has_a_sample() -> None:
    """A new importer is fuzzed here only once it has a sample (PDFs are binary: tests/importers/pdf fuzz them)."""
    from biblio.importers.registry import IMPORTERS

    assert set(IMPORTERS) - {"pdf"} <= {sample.name for sample in SAMPLES}
