"""Crossref, doi.org and page fetching against the local server: odd but possible answers."""

from __future__ import annotations

import pytest
from pytest_httpserver import HTTPServer

from biblio.errors import InputError, NetworkError
from biblio.net import crossref, doi
from biblio.net.config import NetConfig
from biblio.net.fetch import fetch_page
from biblio.net.session import HttpStatusError, make_session


def test_crossref_answer_without_message(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/crossref/works/10.1234/abc").respond_with_json({"status": "failed"})
    with make_session(net_config) as session, pytest.raises(NetworkError, match="not a Crossref answer"):
        crossref.work_by_doi(session, net_config, "10.1234/abc")


def test_crossref_query_without_items(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/crossref/works").respond_with_json({"message": {"total-results": 0}})
    with make_session(net_config) as session, pytest.raises(NetworkError, match="not a Crossref list"):
        crossref.query_bibliographic(session, net_config, "anything")


def test_crossref_query_sends_the_reference_and_rows(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request(
        "/crossref/works", query_string={"query.bibliographic": "Cooley Great Games 2012", "rows": "2"}
    ).respond_with_json({"message": {"items": [{"type": "book", "title": ["Great Games, Local Rules"]}, "junk"]}})
    with make_session(net_config) as session:
        items = crossref.query_bibliographic(session, net_config, "Cooley Great Games 2012", rows=2)
    assert items == [{"type": "book", "title": "Great Games, Local Rules"}]


def test_doi_org_list_answer_and_404(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/doi/10.1/a").respond_with_json([{"type": "book", "title": "A"}])
    httpserver.expect_request("/doi/10.1/b").respond_with_data("DOI Not Found", 404)
    with make_session(net_config) as session:
        item, raw = doi.csl_by_doi(session, net_config, "10.1/a")
        assert (item, raw.startswith(b"[")) == ({"type": "book", "title": "A"}, True)
        with pytest.raises(HttpStatusError, match="404"):
            doi.csl_by_doi(session, net_config, "10.1/b")


def test_fetch_page_kinds(httpserver: HTTPServer, net_config: NetConfig) -> None:
    httpserver.expect_request("/x.xhtml").respond_with_data(
        "<html><p>x</p></html>", content_type="application/xhtml+xml; charset=windows-1251"
    )
    httpserver.expect_request("/empty.html").respond_with_data("  ", content_type="text/html")
    httpserver.expect_request("/pic.png").respond_with_data(b"\x89PNG", content_type="image/png")
    with make_session(net_config) as session:
        page = fetch_page(session, httpserver.url_for("/x.xhtml"))
        assert (page.charset, page.content_type) == ("windows-1251", "application/xhtml+xml")
        with pytest.raises(InputError, match="the page is empty"):
            fetch_page(session, httpserver.url_for("/empty.html"))
        with pytest.raises(InputError, match=r"not a web page \(content type image/png\)"):
            fetch_page(session, httpserver.url_for("/pic.png"))
