"""``biblio add URL|DOI|isbn:…`` and ``biblio lookup`` end to end against recorded answers on a local server."""

from __future__ import annotations

import argparse
import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pytest_httpserver import HTTPServer

from biblio.cli.commands import lookup as lookup_command
from biblio.cli.context import Context
from biblio.config import Config
from biblio.errors import UsageError

Runner = Callable[..., Any]  # the ``biblio`` fixture of tests/cli/conftest.py

NET = Path(__file__).resolve().parent.parent / "data" / "net"
ISBN13 = "9780465027262"
REFERENCE = {
    "id": "dragneva2016",
    "type": "article-journal",
    "title": "Russia and the Eurasian Economic Union: the view from Central Asia",
    "author": [{"family": "Dragneva", "given": "Rilka"}],
    "issued": {"date-parts": [[2016]]},
}


def _data(name: str) -> bytes:
    return (NET / name).read_bytes()


@pytest.fixture
def server(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> HTTPServer:
    """Recorded Crossref, Open Library and news answers; every endpoint env var points at the local server."""
    base = httpserver.url_for("").rstrip("/")
    for name, path in (("CROSSREF", "crossref"), ("DOI", "doi"), ("OPENLIBRARY", "openlibrary")):
        monkeypatch.setenv(f"BIBLIO_{name}_URL", f"{base}/{path}")
    for name, value in (("TIMEOUT", "0.5"), ("RETRIES", "1"), ("BACKOFF", "0"), ("MAX_BYTES", "65536")):
        monkeypatch.setenv(f"BIBLIO_NET_{name}", value)
    monkeypatch.delenv("BIBLIO_OFFLINE", raising=False)
    httpserver.expect_request("/news.html").respond_with_data(_data("news_gbk.html"), content_type="text/html")
    httpserver.expect_request("/crossref/works/10.1234/abc").respond_with_data(_data("crossref_work.json"))
    httpserver.expect_request("/crossref/works").respond_with_data(_data("crossref_query.json"))
    httpserver.expect_request("/openlibrary/api/books").respond_with_data(_data("openlibrary_9780465027262.json"))
    httpserver.expect_request("/missing.html").respond_with_data(_data("not_found.html"), 404)
    httpserver.expect_request("/data.json").respond_with_json({"not": "html"})
    return httpserver


def _keys(biblio: Runner) -> list[str]:
    listed = biblio("list", "--format", "csl-json")
    return [item["id"] for item in json.loads(listed.out)] if listed.code == 0 else []


@pytest.mark.parametrize("source", ["URL", "10.1234/abc", f"isbn:{ISBN13}"])
def test_add_twice_reports_the_stored_record(server: HTTPServer, biblio: Runner, source: str) -> None:
    source = server.url_for("/news.html") if source == "URL" else source
    first = biblio("add", source, "--json")
    assert first.code == 0, first.err
    added = json.loads(first.out)["added"]
    assert len(added) == 1
    second = biblio("add", source)
    assert second.code == 0
    assert second.out.strip() == f"unchanged 1: {added[0]}"
    assert _keys(biblio) == added


def test_added_doi_shows_its_metadata(server: HTTPServer, biblio: Runner) -> None:
    key = json.loads(biblio("add", "10.1234/abc", "--json").out)["added"][0]
    shown = json.loads(biblio("show", key, "--format", "csl-json").out)
    item = shown[0] if isinstance(shown, list) else shown
    assert (item["DOI"], item["container-title"], item["page"]) == ("10.1234/abc", "Central Asian Survey", "201-223")


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("/missing.html", "biblio: network: http://localhost:PORT/missing.html: HTTP 404 Not Found"),
        (
            "/data.json",
            "biblio: bad input: http://localhost:PORT/data.json: not a web page (content type application/json)",
        ),
    ],
)
def test_errors_are_one_line_and_change_nothing(server: HTTPServer, biblio: Runner, path: str, message: str) -> None:
    biblio("add", server.url_for("/news.html"))
    before = _keys(biblio)
    result = biblio("add", server.url_for(path))
    assert result.code == 1
    assert result.err.strip() == message.replace("localhost:PORT", f"{server.host}:{server.port}")
    assert _keys(biblio) == before


def test_offline_uses_the_cache_or_fails(server: HTTPServer, biblio: Runner, library_dir: Path) -> None:
    assert biblio("add", "10.1234/abc").code == 0
    assert (library_dir / "cache" / "http").is_dir()
    assert biblio("add", "--offline", "10.1234/abc").out.startswith("unchanged 1:")
    missing = biblio("add", "--offline", f"isbn:{ISBN13}")
    assert missing.code == 1
    assert "offline and not in the cache" in missing.err and "\n" not in missing.err.strip()


def test_bad_sources_do_not_stop_the_others(server: HTTPServer, biblio: Runner) -> None:
    result = biblio("add", server.url_for("/missing.html"), "isbn:123", f"isbn:{ISBN13}")
    assert result.code == 1
    assert result.out.startswith("added 1:")
    assert [line.split(":")[1].strip() for line in result.err.splitlines()] == ["network", "bad input"]


def _lookup(library_dir: Path, *args: str) -> tuple[int, str]:
    """Run the ``lookup`` command module with its own parser (``biblio.cli.main`` lists the registered commands)."""
    parser = argparse.ArgumentParser(prog="biblio")
    lookup_command.register(parser.add_subparsers())
    namespace = parser.parse_args(["lookup", *args])
    out = io.StringIO()
    ctx = Context(Config(library=library_dir), out=out, err=io.StringIO())
    try:
        code = int(namespace.run(namespace, ctx))
    finally:
        ctx.close()
    return code, out.getvalue()


def test_lookup_lists_and_applies(server: HTTPServer, biblio: Runner, library_dir: Path, tmp_path: Path) -> None:
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps([REFERENCE]), encoding="utf-8")
    assert biblio("add", str(refs)).code == 0
    code, out = _lookup(library_dir, "dragneva2016")
    lines = out.splitlines()
    assert code == 0
    assert lines[0] == "dragneva2016: candidates (confidence = title, year, first author):"
    assert lines[1].startswith("  [1] 1.00  2016  Rilka Dragneva  Russia and the Eurasian Economic Union")
    assert lines[1].endswith("doi:10.1080/02634937.2016.1245181")
    code, out = _lookup(library_dir, "dragneva2016", "--apply", "1")
    assert code == 0
    assert "filled: " in out and "doi" in out and "differing values kept, not overwritten: crossref_" in out
    shown = json.loads(biblio("show", "dragneva2016", "--format", "json").out)
    assert shown["doi"] == "10.1080/02634937.2016.1245181"
    assert shown["title"][0]["value"] == REFERENCE["title"]
    with pytest.raises(UsageError, match="there are 3 candidates"):
        _lookup(library_dir, "dragneva2016", "--apply", "9")


def test_add_enrich_shows_candidates(server: HTTPServer, biblio: Runner, tmp_path: Path) -> None:
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps([REFERENCE]), encoding="utf-8")
    result = biblio("add", "--enrich", str(refs))
    assert result.code == 0, result.err
    assert "dragneva2016: candidates" in result.out
    assert "[1] 1.00" in result.out


def test_add_as_a_child_process(server: HTTPServer, tmp_path: Path) -> None:
    """The real entry point: the endpoint env vars reach the lookups; an error exits 1 without a traceback."""
    library = tmp_path / "lib"
    command = [sys.executable, "-m", "biblio", "--library", str(library), "add"]
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    env.pop("BIBLIO_DEBUG", None)
    done = subprocess.run([*command, "10.1234/abc"], capture_output=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.decode().startswith("added 1: kassenova2023")
    failed = subprocess.run(
        [*command, server.url_for("/missing.html")], capture_output=True, env=env, timeout=120, check=False
    )
    assert failed.returncode == 1
    assert failed.stderr.decode().count("\n") == 1 and b"Traceback" not in failed.stderr
