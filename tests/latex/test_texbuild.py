"""The LaTeX tests skip without the toolchain, but fail under CI=true."""

from __future__ import annotations

import pytest

from tests.latex.texbuild import flatten, require_toolchain


def test_missing_toolchain_skips_locally_and_fails_in_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", "")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        require_toolchain()
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception):
        require_toolchain()


def test_flatten_undoes_line_breaks_between_cjk_characters() -> None:
    assert flatten("中\n国国际问题研究所, 译. 上海:\n上海人民出版社") == "中国国际问题研究所,译.上海:上海人民出版社"
    assert flatten("New\n  York: Basic") == "New York: Basic"
