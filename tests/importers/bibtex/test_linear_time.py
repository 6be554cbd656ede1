"""The BibTeX importer is linear in every dimension an input can grow (issue 16), on generated shapes.

Each shape of ``shapes.py`` (entries, authors, fields, long values, macros, crossref children, junk,
refused entries) is parsed at 30 KB and 300 KB. Measured on the shared 2-core machine at load 11: about
1 s at most at 300 KB (refused entries, the Splitter's path), about ten times the 30 KB figure; a quadratic
path takes minutes there. ``benchmarks/bench_bibtex_scaling.py`` measures 10 KB -> 1 MB -> 10 MB.
"""

from __future__ import annotations

import pytest

from tests.importers.bibtex.shapes import SHAPES
from tests.importers.bibtex.shapes import parse_seconds as _seconds


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_parse_time_grows_linearly(shape: str) -> None:
    small, large = SHAPES[shape](30_000), SHAPES[shape](300_000)
    _seconds(small)  # warm caches and lazy imports
    small_time, large_time = _seconds(small), _seconds(large)
    assert large_time < 5, f"{shape}: {large_time:.2f} s for 300 KB"
    assert large_time < 40 * small_time + 0.5, f"{shape}: {small_time:.3f} s -> {large_time:.3f} s"
