"""The TeX runner fixture: skips without the toolchain, except under ``CI=true`` where that fails."""

from __future__ import annotations

import pytest

from tests.latex.texbuild import TexRunner, require_toolchain


@pytest.fixture(scope="session")
def tex() -> TexRunner:
    """The runner; skips (or fails under CI=true) when the TeX toolchain is missing."""
    require_toolchain()
    return TexRunner()
