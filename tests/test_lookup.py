"""The lookup services: add by URL/DOI/ISBN from recorded answers on a local server; duplicates, errors, matching."""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from biblio.config import Config
from biblio.errors import InputError, NetworkError, UsageError
from biblio.library import Library
from biblio.library.lookup import (
    DOI,
    FILE,
    ISBN,
    STDIN,
    URL,
    add_from_network,
    apply_candidate,
    lookup_record,
    resolve_source,
)
from biblio.model import EntryType
from biblio.model.serialize import record_to_dict

NET = Path(__file__).parent / "data" / "net"
ISBN13 = "9780465027262"
CSL_TYPE = "application/vnd.citationstyles.csl+json"


def _data(name: str) -> bytes:
    return (NET / name).read_bytes()


@pytest.fixture
def server(httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch) -> HTTPServer:
    """The local server with every endpoint env var pointing at it; short timeouts, one retry."""
    base = httpserver.url_for("").rstrip("/")
    for name, path in (("CROSSREF", "crossref"), ("DOI", "doi"), ("OPENLIBRARY", "openlibrary")):
        monkeypatch.setenv(f"BIBLIO_{name}_URL", f"{base}/{path}")
    monkeypatch.setenv("BIBLIO_CONTACT_EMAIL", "tests@example.org")
    monkeypatch.setenv("BIBLIO_NET_TIMEOUT", "0.5")
    monkeypatch.setenv("BIBLIO_NET_RETRIES", "1")
    monkeypatch.setenv("BIBLIO_NET_BACKOFF", "0")
    monkeypatch.setenv("BIBLIO_NET_MAX_BYTES", "65536")
    monkeypatch.delenv("BIBLIO_OFFLINE", raising=False)
    return httpserver


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    """An empty library."""
    with Library(Config(library=tmp_path / "lib")) as lib:
        yield lib


def _state(library: Library) -> tuple[list[str], list[str]]:
    """Everything stored: the records and the kept source files (not the network cache)."""
    records = [json.dumps(record_to_dict(r), sort_keys=True) for r in library.records()]
    sources = sorted(str(p.relative_to(library.root)) for p in (library.root / "sources").rglob("*") if p.is_file())
    return records, sources


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("-", STDIN),
        ("https://news.example.org/a.html", URL),
        ("http://127.0.0.1:8000/news.html", URL),
        ("ftp://example.org/x", URL),
        ("https://doi.org/10.1234/abc", DOI),
        ("10.1234/abc", DOI),
        ("doi:10.1234/abc", DOI),
        ("isbn:9780465027262", ISBN),
        ("ISBN:0-465-02726-1", ISBN),
        ("refs.bib", FILE),
        ("notes/10.txt", FILE),
        ("10.1234/a\x00b", DOI),
        ("10.1234/" + "a" * 5000, DOI),
    ],
)
def test_resolve_source(text: str, kind: str) -> None:
    assert resolve_source(text) == kind


def test_an_existing_file_named_like_a_doi_is_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "10.1234").mkdir()
    (tmp_path / "10.1234" / "abc").write_text("@misc{a, title={A}}", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert resolve_source("10.1234/abc") == FILE


def test_add_doi_from_crossref_then_again_is_unchanged(server: HTTPServer, library: Library) -> None:
    server.expect_request("/crossref/works/10.1234/abc").respond_with_data(_data("crossref_work.json"))
    first = add_from_network(library, "10.1234/abc")
    assert len(first.added) == 1
    record = library.get(first.added[0])
    assert record.type is EntryType.ARTICLE
    assert record.main_title() == "Eurasian integration and the Caspian transport corridor"
    assert [a.family for a in record.authors] == ["Kassenova", "Petrov"]
    assert (record.container[0].value, record.volume, record.number, record.pages) == (
        "Central Asian Survey",
        "42",
        "2",
        "201-223",
    )
    assert (record.date, record.doi, record.issn) == ("2023-05-12", "10.1234/abc", "0263-4937")
    assert record.abstract[0].value.startswith("This article examines")
    assert record.provenance is not None and record.provenance.importer == "crossref"
    again = add_from_network(library, "https://doi.org/10.1234/ABC".replace("ABC", "abc"))
    assert (again.added, again.unchanged) == ([], first.added)
    assert library.count() == 1


def test_add_doi_falls_back_to_doi_org(server: HTTPServer, library: Library) -> None:
    doi = "10.5281/zenodo.7654321"
    server.expect_request(f"/crossref/works/{doi}").respond_with_data(_data("crossref_404.txt"), 404)
    server.expect_request(f"/doi/{doi}", headers={"Accept": CSL_TYPE}).respond_with_data(
        "", 302, headers={"Location": "/datacite/" + doi}
    )
    server.expect_request(f"/datacite/{doi}").respond_with_data(_data("doi_csl.json"), content_type=CSL_TYPE)
    report = add_from_network(library, f"doi:{doi}")
    record = library.get(report.added[0])
    assert record.type is EntryType.DATASET
    assert record.main_title() == "Trans-Caspian freight volumes 2015-2023"
    assert record.authors[1].literal == "Central Asia Data Collective"
    assert record.provenance is not None and record.provenance.importer == "doi.org"
    assert add_from_network(library, doi).unchanged == report.added


def test_unknown_doi_names_both_services(server: HTTPServer, library: Library) -> None:
    server.expect_request("/crossref/works/10.9999/none").respond_with_data("Resource not found.", 404)
    server.expect_request("/doi/10.9999/none").respond_with_data("DOI Not Found", 404)
    before = _state(library)
    with pytest.raises(NetworkError) as caught:
        add_from_network(library, "10.9999/none")
    message = str(caught.value)
    assert "Crossref" in message and "doi.org" in message and "404" in message and "\n" not in message
    assert _state(library) == before


def test_add_isbn_from_open_library_twice(server: HTTPServer, library: Library) -> None:
    server.expect_request(
        "/openlibrary/api/books", query_string={"bibkeys": f"ISBN:{ISBN13}", "format": "json", "jscmd": "data"}
    ).respond_with_data(_data("openlibrary_9780465027262.json"), content_type="application/json")
    report = add_from_network(library, "isbn:978-0-465-02726-2")
    record = library.get(report.added[0])
    assert record.type is EntryType.BOOK
    assert (record.main_title(), record.subtitle[0].value) == (
        "The grand chessboard",
        "American primacy and its geostrategic imperatives",
    )
    assert (record.authors[0].family, record.authors[0].given) == ("Brzezinski", "Zbigniew")
    assert (record.publisher, record.place, record.date, record.isbn, record.pagetotal) == (
        "BasicBooks",
        "New York",
        "1997",
        ISBN13,
        "223",
    )
    assert record.identifiers["oclc"] == "36548834"
    assert add_from_network(library, "isbn:0465027261").unchanged == report.added
    assert library.count() == 1


def test_isbn_unknown_to_open_library(server: HTTPServer, library: Library) -> None:
    server.expect_request("/openlibrary/api/books").respond_with_json({})
    with pytest.raises(NetworkError, match="not found in Open Library"):
        add_from_network(library, f"isbn:{ISBN13}")
    assert library.count() == 0


def test_invalid_isbn_is_input_error(library: Library) -> None:
    with pytest.raises(InputError, match="not a valid ISBN"):
        add_from_network(library, "isbn:9780465027263")


PAGES = [
    ("news_utf8.html", "utf-8", "Caspian ports race to handle Middle Corridor freight", "dredging the approach"),
    ("news_gbk.html", "GBK", "中欧班列今年开行突破一万五千列", "途经哈萨克斯坦的跨里海国际运输走廊"),
]
CHROME = ("相关推荐", "版权所有", "首页", "All rights reserved", "Related", "Privacy")


@pytest.mark.parametrize("case", PAGES)
def test_add_url_twice(server: HTTPServer, library: Library, case: tuple[str, str, str, str]) -> None:
    page, charset, title, phrase = case
    server.expect_request("/news.html").respond_with_data(_data(page), content_type=f"text/html; charset={charset}")
    url = server.url_for("/news.html")
    report = add_from_network(library, url)
    record = library.get(report.added[0])
    assert (record.type, record.url, record.main_title()) == (EntryType.ONLINE, url, title)
    assert phrase in record.fulltext
    assert not [c for c in CHROME if c in record.fulltext]
    again = add_from_network(library, url)
    assert again.added == [] and again.unchanged + again.updated == report.added
    assert library.count() == 1


def test_a_body_phrase_is_searchable(server: HTTPServer, library: Library) -> None:
    server.expect_request("/news.html").respond_with_data(_data("news_utf8.html"), content_type="text/html")
    key = add_from_network(library, server.url_for("/news.html")).added[0]
    found = library.search('"customs checks are repeated"')
    assert key in [hit.key for hit in found.hits]


def _server_errors(server: HTTPServer, release: threading.Event) -> None:
    def slow(_request: Request) -> Response:
        release.wait(5)  # answers after the client gave up; released at the end of the test
        return Response("late", content_type="text/html")

    server.expect_request("/missing.html").respond_with_data(_data("not_found.html"), 404, content_type="text/html")
    server.expect_request("/busy.html").respond_with_data("", 429, headers={"Retry-After": "0"})
    server.expect_request("/slow.html").respond_with_handler(slow)
    server.expect_request("/loop1.html").respond_with_data("", 302, headers={"Location": "/loop2.html"})
    server.expect_request("/loop2.html").respond_with_data("", 302, headers={"Location": "/loop1.html"})
    server.expect_request("/big.html").respond_with_data(b"<html>" + b"x" * 70000, content_type="text/html")
    server.expect_request("/paper.pdf").respond_with_data(b"%PDF-1.7\n", content_type="application/pdf")


@pytest.mark.parametrize(
    ("path", "error", "message"),
    [
        ("/missing.html", NetworkError, "HTTP 404 Not Found"),
        ("/busy.html", NetworkError, "HTTP 429 Too Many Requests"),
        ("/slow.html", NetworkError, "timeout"),
        ("/loop1.html", NetworkError, "redirect loop"),
        ("/big.html", NetworkError, "too large"),
        ("/paper.pdf", InputError, "not a web page (content type application/pdf)"),
    ],
)
def test_url_errors_leave_the_library_unchanged(
    server: HTTPServer, library: Library, path: str, error: type[Exception], message: str
) -> None:
    release = threading.Event()
    _server_errors(server, release)
    server.expect_request("/news.html").respond_with_data(_data("news_utf8.html"), content_type="text/html")
    add_from_network(library, server.url_for("/news.html"))
    before = _state(library)
    try:
        with pytest.raises(error, match=re.escape(message)):
            add_from_network(library, server.url_for(path))
    finally:
        release.set()
    assert _state(library) == before


def test_unreachable_network(server: HTTPServer, library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BIBLIO_CROSSREF_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("BIBLIO_DOI_URL", "http://127.0.0.1:9")
    with pytest.raises(NetworkError, match="cannot connect"):
        add_from_network(library, "10.1234/abc")
    assert library.count() == 0


def test_offline_serves_from_the_cache_or_fails(server: HTTPServer, library: Library) -> None:
    server.expect_oneshot_request("/crossref/works/10.1234/abc").respond_with_data(_data("crossref_work.json"))
    key = add_from_network(library, "10.1234/abc").added[0]
    assert add_from_network(library, "10.1234/abc", offline=True).unchanged == [key]
    with pytest.raises(NetworkError, match="offline and not in the cache"):
        add_from_network(library, "10.1234/other", offline=True)
    server.check_assertions()


def test_files_are_not_network_sources(library: Library) -> None:
    with pytest.raises(UsageError):
        add_from_network(library, "refs.bib")


REFERENCE = {
    "id": "ref1",
    "type": "article-journal",
    "title": "Russia and the Eurasian Economic Union: The View from Central Asia",
    "author": [{"family": "Dragneva", "given": "R."}],
    "container-title": "Central Asian Survey",
    "issued": {"date-parts": [[2016]]},
    "volume": "36",
}


def _query(server: HTTPServer) -> None:
    server.expect_request("/crossref/works").respond_with_data(_data("crossref_query.json"))


def test_lookup_ranks_candidates(server: HTTPServer, library: Library) -> None:
    _query(server)
    library.add_bytes(json.dumps([REFERENCE]).encode(), "refs.json")
    candidates = lookup_record(library, "ref1")
    best = candidates[0]
    assert (best.number, best.record.doi) == (1, "10.1080/02634937.2016.1245181")
    assert best.confidence > 0.9 > candidates[1].confidence
    assert [c.number for c in candidates] == [1, 2, 3]
    assert candidates == sorted(candidates, key=lambda c: -c.confidence)
    request = server.log[0][0]
    assert "Dragneva" in request.args["query.bibliographic"]


def test_apply_fills_empty_fields_and_keeps_differing_ones(server: HTTPServer, library: Library) -> None:
    _query(server)
    library.add_bytes(json.dumps([REFERENCE]).encode(), "refs.json")
    best = lookup_record(library, "ref1")[0]
    report = apply_candidate(library, "ref1", best)
    record = library.get("ref1")
    assert record.main_title() == REFERENCE["title"]
    assert record.volume == "36"
    assert {"doi", "pages", "number", "issn", "abstract"} <= set(report.filled)
    assert (record.doi, record.pages) == ("10.1080/02634937.2016.1245181", "467-488")
    assert record.extra["crossref_volume"] == "35"
    assert record.extra["crossref_date"] == "2016-10-18"
    assert "crossref_title" not in record.extra  # same title up to case
    assert {"crossref_volume", "crossref_date", "crossref_authors"} <= set(report.kept)
    assert re.match(r"10\.1080/02634937\.2016\.1245181 \(confidence 1\.00, applied 20", record.extra["crossref_match"])


def test_429_retry_after_then_the_record(server: HTTPServer, library: Library) -> None:
    from biblio.library.lookup import net_config
    from biblio.net.session import make_session

    server.expect_ordered_request("/crossref/works/10.1234/abc").respond_with_data(
        "rate limited", 429, headers={"Retry-After": "3"}
    )
    server.expect_ordered_request("/crossref/works/10.1234/abc").respond_with_data(_data("crossref_work.json"))
    waits: list[float] = []
    with make_session(net_config(library), sleep=waits.append) as session:
        report = add_from_network(library, "10.1234/abc", session=session)
    assert waits == [3.0]
    assert library.get(report.added[0]).doi == "10.1234/abc"


@given(st.text(max_size=60))
def test_resolve_source_always_answers(text: str) -> None:
    assert resolve_source(text) in (FILE, STDIN, URL, DOI, ISBN)
