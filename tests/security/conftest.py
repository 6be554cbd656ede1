"""TeX runners as lax as a user's set-up: any file readable (TeX Live's default), and one with shell escape."""

from __future__ import annotations

import pytest

from tests.latex.texbuild import TexRunner, require_toolchain


@pytest.fixture(scope="session")
def lax_tex() -> TexRunner:
    """``openin_any=a``: TeX may read any file, /etc/passwd included."""
    require_toolchain()
    return TexRunner(openin_any="a")


@pytest.fixture(scope="session")
def shell_tex() -> TexRunner:
    """``openin_any=a`` and ``-shell-escape``: TeX may also run commands."""
    require_toolchain()
    return TexRunner(openin_any="a", shell_escape=True)
