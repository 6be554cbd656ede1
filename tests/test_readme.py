"""The README's two commands are what CI runs and what a newcomer pastes."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    match = re.search(r'^TEST_COMMAND="(.+)"$', ci, re.MULTILINE)
    assert match is not None
    blocks = re.findall(r"```sh\n(.+?)\n```", readme, re.DOTALL)
    assert len(blocks) >= 2
    assert blocks[1].strip() == match.group(1)


def test_main_command_uses_the_bundled_demo_library() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    first = re.findall(r"```sh\n(.+?)\n```", readme, re.DOTALL)[0]
    assert "library/demo/" in first
    assert any((ROOT / "library" / "demo").iterdir())
