"""Special files, size limits and hostile JSON through the real CLI: one-line errors, exit 1, never a hang.

Each command runs as a real process (:func:`scripts.hostile.run.run_biblio`) with a timeout: a named
pipe nobody writes to used to block ``biblio add`` forever, ``/dev/zero`` grew it to 3.7 GB.
"""

from __future__ import annotations

import json
import os
import socket
import stat
from pathlib import Path

import pytest

from biblio.config import MAX_INPUT_ENV
from scripts.hostile.run import Run, run_biblio

TIMEOUT = 30.0
GOOD_RIS = "TY  - JOUR\nAU  - 张宁\nTI  - 中亚国家多元平衡外交\nPY  - 2024\nER  - \n"


def _refused(run: Run, message: str) -> None:
    """Exit 1 within the timeout; the error is the last stderr line, every line a one-line ``biblio:`` message."""
    assert not run.timed_out, "no answer: the command blocked"
    assert run.code == 1, run.err
    lines = run.err.strip().splitlines()
    assert lines and all(line.startswith("biblio: ") for line in lines), run.err
    assert message in lines[-1], run.err
    assert run.rss_mb < 200


@pytest.fixture
def fifo(tmp_path: Path) -> Path:
    """A named pipe no one writes to."""
    path = tmp_path / "pipe.bib"
    os.mkfifo(path)
    return path


@pytest.fixture
def filled(tmp_path: Path) -> tuple[Path, str]:
    """A library with one record, and its key."""
    source = tmp_path / "one.ris"
    source.write_text(GOOD_RIS, encoding="utf-8")
    library = tmp_path / "lib"
    run = run_biblio(["add", str(source), "--json"], library, timeout=TIMEOUT)
    assert run.code == 0, run.err
    return library, json.loads(run.out)["added"][0]


@pytest.mark.parametrize(
    ("source", "message"),
    [("/dev/zero", "is a character device"), ("/dev/urandom", "is a character device"), ("/", "is a directory")],
)
def test_add_refuses_devices_and_directories(source: str, message: str, tmp_path: Path) -> None:
    _refused(run_biblio(["add", source], tmp_path / "lib", timeout=TIMEOUT), message)
    assert not (tmp_path / "lib" / "sources").exists()


def test_add_refuses_a_named_pipe_without_blocking(fifo: Path, tmp_path: Path) -> None:
    _refused(run_biblio(["add", str(fifo)], tmp_path / "lib", timeout=TIMEOUT), "is a named pipe")


@pytest.mark.parametrize("command", [["add", "-"], ["parse-ref"], ["parse-ref", "--batch"]])
def test_stdin_from_a_device_is_refused(command: list[str], tmp_path: Path) -> None:
    _refused(run_biblio(command, tmp_path / "lib", stdin=Path("/dev/zero"), timeout=TIMEOUT), "is a character device")


def test_attach_and_export_aux_refuse_special_files(fifo: Path, filled: tuple[Path, str]) -> None:
    library, key = filled
    _refused(run_biblio(["attach", key, str(fifo)], library, timeout=TIMEOUT), "is a named pipe")
    _refused(run_biblio(["attach", key, "/dev/urandom"], library, timeout=TIMEOUT), "is a character device")
    _refused(run_biblio(["export", "--aux", str(fifo), "-o", "-"], library, timeout=TIMEOUT), "is a named pipe")


def test_the_size_limit_holds_for_files_and_stdin(tmp_path: Path) -> None:
    big = tmp_path / "big.ris"
    big.write_text(GOOD_RIS * 3000, encoding="utf-8")  # ~200 KB
    small = {MAX_INPUT_ENV: "0.1"}
    _refused(run_biblio(["add", str(big)], tmp_path / "lib", env=small, timeout=TIMEOUT), "input too large")
    stdin = big.read_bytes()
    _refused(run_biblio(["add", "-"], tmp_path / "lib", stdin=stdin, env=small, timeout=TIMEOUT), "input too large")
    _refused(run_biblio(["parse-ref"], tmp_path / "lib", stdin=stdin, env=small, timeout=TIMEOUT), "input too large")
    assert not (tmp_path / "lib" / "sources").exists()
    assert run_biblio(["add", str(big)], tmp_path / "lib", timeout=TIMEOUT).code == 0  # the default allows it


def test_a_bad_limit_setting_is_a_usage_error(tmp_path: Path) -> None:
    run = run_biblio(["parse-ref"], tmp_path / "lib", stdin=b"x", env={MAX_INPUT_ENV: "lots"}, timeout=TIMEOUT)
    assert (run.code, run.first_error_line()) == (2, f"biblio: usage: ${MAX_INPUT_ENV}='lots': expected a positive "
                                                      "number of MiB (e.g. 64)")  # fmt: skip


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b'[{"id": "k", "type": "book", "note": ' + b"[" * 100_000 + b"]" * 100_000 + b"}]", "nested 100002 levels"),
        (b'[{"id": "k", "type": "book", "volume": ' + b"9" * 5000 + b"}]", "number longer than 4300 digits"),
    ],
    ids=["nesting-bomb", "huge-number"],  # short: pytest puts the test id in every child's environment
)
def test_hostile_csl_json_is_refused_in_one_line(data: bytes, message: str, tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(data)
    _refused(run_biblio(["add", "--format", "csl-json", str(path)], tmp_path / "lib", timeout=TIMEOUT), message)
    assert not (tmp_path / "lib" / "sources").exists()


def test_lone_surrogates_in_csl_json_are_replaced_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "in.json"
    path.write_bytes(b'[{"id": "k", "type": "book", "title": "a\\ud800b"}]')
    added = run_biblio(["add", str(path)], tmp_path / "lib", timeout=TIMEOUT)
    assert added.code == 0 and "lone surrogates" in added.err, added.err
    shown = run_biblio(["show", "k", "--format", "csl-json"], tmp_path / "lib", timeout=TIMEOUT)
    assert json.loads(shown.out)[0]["title"] == "a\ufffdb"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        (b'{"text": ' + b"[" * 50_000 + b"]" * 50_000 + b"}\n", "line 1: JSON nested 50001 levels"),
        (b'{"text": ' + b"9" * 5000 + b"}\n", "line 1: a number longer than"),
        (b'{"text": "\xff\xfe"}\n', "line 1: not valid UTF-8 (byte 11)"),
        (b'{"text": "ok"}\n[1, 2]\n', 'line 2: expected a JSON object {"text": "..."}'),
    ],
    ids=["nesting-bomb", "huge-number", "invalid-utf8", "not-an-object"],
)
def test_parse_ref_batch_refuses_bad_lines_in_one_line(line: bytes, message: str, tmp_path: Path) -> None:
    _refused(run_biblio(["parse-ref", "--batch"], tmp_path / "lib", stdin=line, timeout=TIMEOUT), message)


def test_parse_ref_batch_repairs_lone_surrogates(tmp_path: Path) -> None:
    line = b'{"text": "\\ud800Smith, J. (2020). A title. Journal of Things, 1(2), 3-4."}\n'
    run = run_biblio(["parse-ref", "--batch"], tmp_path / "lib", stdin=line, timeout=TIMEOUT)
    assert run.code == 0, run.err
    assert json.loads(run.out)["issued"]["date-parts"][0][0] == 2020


def test_arguments_that_are_not_utf8_are_refused(filled: tuple[Path, str], tmp_path: Path) -> None:
    """Bytes like 0xff in argv reach Python as lone surrogates; stored or printed, they were exit 70."""
    library, key = filled
    odd_name = tmp_path / "x\udcff.ris"  # the file name b"x\xff.ris": legal on Linux, not UTF-8
    odd_name.write_text(GOOD_RIS, encoding="utf-8")
    message = "is not valid UTF-8 (rename or retype it)"
    odd = (["add", str(odd_name)], ["show", "\udcff"], ["edit", key, "title=a\udcffb"], ["parse-ref", "A \udcff"])
    for args in odd:
        _refused(run_biblio(args, library, timeout=TIMEOUT), message)
    assert run_biblio(["check"], library, timeout=TIMEOUT).code == 0


def test_export_never_replaces_a_pipe_socket_or_directory(fifo: Path, filled: tuple[Path, str], tmp_path: Path) -> None:
    """atomic_write renames a temp file over the target: over /dev/zero, as root, that replaced the device node.

    (Tested on a pipe, a socket and a directory of our own: the same check refuses devices.)
    """
    library, _ = filled
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(tmp_path / "sock"))
    try:
        for target, kind in ((fifo, "a device, pipe or socket"), (tmp_path / "sock", "a device, pipe or socket")):
            _refused(run_biblio(["export", "-o", str(target)], library, timeout=TIMEOUT), f"is {kind}")
            assert not target.is_file()
        _refused(run_biblio(["export", "-o", str(tmp_path)], library, timeout=TIMEOUT), "is a directory")
        keep = run_biblio(["export", "--keep-updated", str(fifo)], library, timeout=TIMEOUT)
        _refused(keep, "not a file to write")
        assert "no auto-exports" in run_biblio(["exports"], library, timeout=TIMEOUT).out  # nothing registered
        assert stat.S_ISFIFO(fifo.stat().st_mode)
    finally:
        sock.close()


def test_a_write_that_fails_is_one_line_not_an_internal_error(filled: tuple[Path, str], tmp_path: Path) -> None:
    """Writes the OS refuses (here: a folder that is a file; as root permissions would not stop it) say why."""
    library, _ = filled
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    for command in (["export", "-o", str(blocker / "out.bib")], ["export", "--keep-updated", str(blocker / "k.bib")]):
        run = run_biblio(command, library, timeout=TIMEOUT)
        _refused(run, "cannot write")
    assert blocker.read_text(encoding="utf-8") == "not a folder"
