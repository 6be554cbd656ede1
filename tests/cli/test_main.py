"""The entry point: the parser is built for the one command run, the help still lists every command."""

from __future__ import annotations

import pytest

from biblio.cli.main import COMMANDS, command_of, main


@pytest.mark.parametrize(
    ("argv", "command"),
    [
        (["search", "中亚"], "search"),
        (["--library", "/tmp/x", "search", "x"], "search"),
        (["-L", "/tmp/x", "parse-ref", "x"], "parse-ref"),
        (["--library=/tmp/x", "list"], "list"),
        (["-L/tmp/x", "list"], "list"),
        (["--help"], None),
        (["--version"], None),
        (["nosuch"], None),
        ([], None),
        (["--library", "/tmp/x"], None),
    ],
)
def test_command_of(argv: list[str], command: str | None) -> None:
    assert command_of(argv) == command


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS)


def test_a_command_gets_its_own_arguments_and_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["search", "--help"])
    assert "query language:" in capsys.readouterr().out


def test_unknown_command_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        main(["nosuch"])
    assert stop.value.code == 2
    assert "invalid choice" in capsys.readouterr().err
