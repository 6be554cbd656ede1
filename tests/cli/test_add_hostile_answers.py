"""``biblio add DOI|isbn:…`` against a local server that answers badly: one-line error, nothing stored or cached.

Wrong shapes, malformed JSON and nesting bombs are refused before they become records; a body that drips
a byte at a time fails at the deadline; an answer that was refused is fetched again once the server recovers.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

Runner = Callable[..., Any]  # the ``biblio`` fixture of tests/cli/conftest.py

DOI = "10.1234/abc"
ISBN = "9780465027262"
WORK = {
    "type": "journal-article",
    "title": ["Great Games, Local Rules"],
    "author": [{"family": "Cooley", "given": "Alexander"}],
    "container-title": ["Journal of Tests"],
    "issued": {"date-parts": [[2012, 5]]},
    "volume": "3",
    "DOI": DOI,
}
BOOK = {"title": "The Grand Chessboard", "authors": [{"name": "Zbigniew Brzezinski"}], "number_of_pages": 240}


@pytest.fixture
def server(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> HTTPServer:
    """Every endpoint on the local server; doi.org knows nothing (so a Crossref failure is final)."""
    base = httpserver.url_for("").rstrip("/")
    for name, path in (("CROSSREF", "crossref"), ("DOI", "doi"), ("OPENLIBRARY", "openlibrary")):
        monkeypatch.setenv(f"BIBLIO_{name}_URL", f"{base}/{path}")
    for name, value in (("TIMEOUT", "1"), ("RETRIES", "0"), ("BACKOFF", "0")):
        monkeypatch.setenv(f"BIBLIO_NET_{name}", value)
    monkeypatch.delenv("BIBLIO_OFFLINE", raising=False)
    httpserver.expect_request(f"/doi/{DOI}").respond_with_data("DOI Not Found", 404)
    return httpserver


def _one_line_failure(biblio: Runner, source: str, library: Path, expected: str) -> None:
    """The add fails with exit 1 and one line naming ``expected``; the library holds no record, the cache nothing."""
    result = biblio("add", source)
    assert result.code == 1, result.err
    lines = result.err.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], result.err
    assert "Traceback" not in result.err
    listed = biblio("list", "--format", "csl-json")
    assert listed.code != 0 or json.loads(listed.out) == []
    cached = list((library / "cache").rglob("*.body")) if (library / "cache").exists() else []
    assert cached == []


WRONG_WORKS = [
    pytest.param({**WORK, "title": 5}, "title", id="title-number"),
    pytest.param({**WORK, "title": [5]}, "title", id="title-list-of-numbers"),
    pytest.param({**WORK, "title": []}, "no title", id="title-empty"),
    pytest.param({k: v for k, v in WORK.items() if k != "title"}, "no title", id="title-missing"),
    pytest.param({}, "no title", id="empty-message"),
    pytest.param({**WORK, "author": "Cooley"}, "author", id="author-string"),
    pytest.param({**WORK, "author": [{"family": 5}]}, "author", id="author-family-number"),
    pytest.param({**WORK, "issued": "2012"}, "issued", id="date-string"),
    pytest.param({**WORK, "issued": {"date-parts": 2012}}, "issued", id="date-parts-number"),
    pytest.param({**WORK, "volume": {"n": 3}}, "volume", id="volume-object"),
    pytest.param({**WORK, "abstract": ["a"]}, "abstract", id="abstract-list"),
    pytest.param({**WORK, "type": 7}, "type", id="type-number"),
    pytest.param([WORK], "list instead of an object", id="message-list"),
    pytest.param("x", "string instead of an object", id="message-string"),
]


@pytest.mark.parametrize(("message", "expected"), WRONG_WORKS)
def test_a_crossref_work_of_the_wrong_shape_is_refused(
    server: HTTPServer, biblio: Runner, library_dir: Path, message: Any, expected: str
) -> None:
    server.expect_request(f"/crossref/works/{DOI}").respond_with_json({"status": "ok", "message": message})
    _one_line_failure(biblio, DOI, library_dir, expected)


def test_an_answer_without_message_is_refused(server: HTTPServer, biblio: Runner, library_dir: Path) -> None:
    server.expect_request(f"/crossref/works/{DOI}").respond_with_json([1, 2])
    _one_line_failure(biblio, DOI, library_dir, "not a Crossref answer")


WRONG_BOOKS = [
    pytest.param({**BOOK, "title": 5}, "title", id="title-number"),
    pytest.param({**BOOK, "authors": "Brzezinski"}, "authors", id="authors-string"),
    pytest.param({**BOOK, "authors": [{"name": ["Z"]}]}, "authors", id="author-name-list"),
    pytest.param({**BOOK, "number_of_pages": "240"}, "number_of_pages", id="pages-string"),
    pytest.param({**BOOK, "identifiers": {"oclc": 5}}, "identifiers", id="identifiers-number"),
    pytest.param({**BOOK, "publish_date": 1997}, "publish_date", id="date-number"),
    pytest.param(["x"], "list instead of an object", id="entry-list"),
]


@pytest.mark.parametrize(("entry", "expected"), WRONG_BOOKS)
def test_an_open_library_book_of_the_wrong_shape_is_refused(
    server: HTTPServer, biblio: Runner, library_dir: Path, entry: Any, expected: str
) -> None:
    server.expect_request("/openlibrary/api/books").respond_with_json({f"ISBN:{ISBN}": entry})
    _one_line_failure(biblio, f"isbn:{ISBN}", library_dir, expected)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        pytest.param('{"message": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply", id="bomb"),
        pytest.param('{"message": ' + "[" * 100 + "]" * 100 + "}", "nested too deeply", id="deep"),
        pytest.param('{"message": {"title": ["A"], "volume": ' + "9" * 5000 + "}}", "not valid JSON", id="huge-int"),
        pytest.param('{"message": {"title": ["A"]', "not valid JSON", id="truncated"),
    ],
)
def test_json_that_cannot_be_read_is_refused(
    server: HTTPServer, biblio: Runner, library_dir: Path, body: str, expected: str
) -> None:
    server.expect_request(f"/crossref/works/{DOI}").respond_with_data(body, content_type="application/json")
    _one_line_failure(biblio, DOI, library_dir, expected)


def test_a_malformed_answer_is_not_cached_so_the_next_add_works(server: HTTPServer, biblio: Runner) -> None:
    server.expect_oneshot_request(f"/crossref/works/{DOI}").respond_with_data("{oops", content_type="application/json")
    server.expect_request(f"/crossref/works/{DOI}").respond_with_json({"message": WORK})
    first = biblio("add", DOI)
    assert first.code == 1 and "not valid JSON" in first.err
    second = biblio("add", DOI)
    assert second.code == 0, second.err
    shown = json.loads(biblio("list", "--format", "csl-json").out)
    assert [(item["title"], item["DOI"]) for item in shown] == [("Great Games, Local Rules", DOI)]
    assert biblio("add", "--offline", DOI).code == 0  # the good answer was cached


class _Drip(BaseHTTPRequestHandler):
    """A 200 answer whose body comes one byte every ``interval`` seconds (never finishing in time)."""

    interval = 0.3

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "1000")
        self.end_headers()
        try:
            for _ in range(1000):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(self.interval)
        except OSError:
            return  # the client gave up: what the test wants

    def log_message(self, *args: Any) -> None:
        return


@pytest.fixture(params=[0.3, 3.0], ids=["drip-fast", "drip-slower-than-the-deadline"])
def drip_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A local server dripping its body (a byte every 0.3 s, or every 3 s: longer than the whole deadline)."""
    handler = type("Drip", (_Drip,), {"interval": request.param})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()


def test_a_dripping_body_fails_at_the_deadline(
    drip_url: str, biblio: Runner, library_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("CROSSREF", "DOI"):
        monkeypatch.setenv(f"BIBLIO_{name}_URL", drip_url)
    for name, value in (("TIMEOUT", "10"), ("DEADLINE", "1.5"), ("RETRIES", "2"), ("BACKOFF", "0")):
        monkeypatch.setenv(f"BIBLIO_NET_{name}", value)
    started = time.monotonic()
    _one_line_failure(biblio, DOI, library_dir, "no complete answer within the 1.5s deadline")
    elapsed = time.monotonic() - started
    assert elapsed < 2 * 1.5 + 1.5  # Crossref, then doi.org: each stopped at its deadline, not at 1000 bytes
