"""Bounded reading of user files and stdin: special files refused before any read, sizes limited."""

from __future__ import annotations

import io
import os
import socket
import threading
import time
from pathlib import Path

import pytest

from biblio.config import MAX_INPUT_ENV, max_input_bytes
from biblio.errors import InputError, UsageError
from biblio.inputs import read_file, read_stdin, stdin_lines


def test_a_regular_file_is_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "a.bib"
    data = os.urandom(3 * (1 << 20) + 17)  # crosses the read chunk size
    path.write_bytes(data)
    assert read_file(path) == data


def test_a_file_over_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 1001)
    assert read_file(path, limit=1001) == b"x" * 1001
    with pytest.raises(InputError, match=r"big\.txt: input too large"):
        read_file(path, limit=1000)


def test_a_named_pipe_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)  # nobody writes to it: an open without O_NONBLOCK would wait forever
    started = time.monotonic()
    with pytest.raises(InputError, match="is a named pipe, not a file"):
        read_file(fifo)
    assert time.monotonic() - started < 1


@pytest.mark.parametrize(("device", "kind"), [("/dev/zero", "character device"), ("/dev/urandom", "character device")])
def test_devices_are_refused(device: str, kind: str) -> None:
    with pytest.raises(InputError, match=f"is a {kind}, not a file"):
        read_file(Path(device))


def test_a_directory_a_socket_and_a_missing_file_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a directory"):
        read_file(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_file(tmp_path / "missing")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(tmp_path / "sock"))
    try:
        with pytest.raises(InputError, match="is a socket"):
            read_file(tmp_path / "sock")
    finally:
        server.close()


def test_an_unreadable_file_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "secret"
    path.write_bytes(b"x")
    path.chmod(0)
    if os.access(path, os.R_OK):
        pytest.skip("running as root: permissions do not apply")
    with pytest.raises(InputError, match="cannot read"):
        read_file(path)


def test_stdin_is_bounded() -> None:
    assert read_stdin(io.BytesIO(b"abc"), limit=3) == b"abc"
    with pytest.raises(InputError, match="standard input: input too large"):
        read_stdin(io.BytesIO(b"abcd"), limit=3)


def test_stdin_from_a_device_is_refused() -> None:
    with open("/dev/zero", "rb") as zero, pytest.raises(InputError, match="is a character device"):
        read_stdin(zero)


def test_stdin_from_a_pipe_is_read() -> None:
    read_end, write_end = os.pipe()

    def feed() -> None:
        with os.fdopen(write_end, "wb") as out:
            out.write(b"x" * 200_000)

    writer = threading.Thread(target=feed)
    writer.start()
    with os.fdopen(read_end, "rb") as stream:
        assert len(read_stdin(stream)) == 200_000
    writer.join()


def test_stdin_lines_are_bounded_each() -> None:
    assert list(stdin_lines(io.BytesIO(b"ab\ncd\n"), limit=3)) == [b"ab\n", b"cd\n"]
    with pytest.raises(InputError, match="line 2: input too large"):
        list(stdin_lines(io.BytesIO(b"ab\ncdef\n"), limit=3))


def test_the_limit_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MAX_INPUT_ENV, raising=False)
    default = max_input_bytes()
    monkeypatch.setenv(MAX_INPUT_ENV, "0.5")
    assert max_input_bytes() == 1 << 19 < default
    for bad in ("x", "0", "-3", "nan", "inf"):
        monkeypatch.setenv(MAX_INPUT_ENV, bad)
        with pytest.raises(UsageError, match=MAX_INPUT_ENV):
            max_input_bytes()
